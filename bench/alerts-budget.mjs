#!/usr/bin/env node
/**
 * The API economy of issue alerts (issue 11), counted from the GitHub API double's request log: the project's client
 * and runIssueAlerts (what the action runs), 40 findings one issue each, over four runs — first (creates), unchanged,
 * one finding changed, one resolved.
 *
 *   node bench/alerts-budget.mjs     prints a JSON line per run: calls, writes, by operation
 *
 * Enforced: an unchanged run makes no write and at most 3 calls.
 */
import { register } from 'node:module';

register('../test/double/ts-hooks.mjs', import.meta.url);
const { GitHubDouble } = await import('../test/double/server.ts');
const { testClient } = await import('../test/double/test-client.ts');
const { planAlerts } = await import('../src/alerts/plan.ts');
const { runIssueAlerts } = await import('../src/alerts/issues.ts');

const double = await GitHubDouble.start();
try {
  double.state.addRepo('acme/app');
  const { client } = await testClient(double, double.state.addToken({ scopes: ['repo'] }).token);
  const finding = (i, severity = 'high', extra = '') => ({
    ruleId: 'permissions',
    category: 'permissions',
    severity,
    message: `Job "build${i}" is granted \`contents: write\` but none of its steps needs it${extra}`,
    location: { file: `.github/workflows/w${i}.yml`, startLine: 10, startColumn: 3, endLine: 10, endColumn: 20 },
    fingerprint: `fp${String(i).padStart(30, '0')}`,
  });
  const links = { serverUrl: 'https://github.com', repository: 'acme/app', ref: '0123456789abcdef0123456789abcdef01234567' };
  const all = Array.from({ length: 40 }, (_, i) => finding(i));
  const runs = [
    ['first run: 40 new findings', all],
    ['unchanged re-run', all],
    ['one finding changed', all.map((f, i) => (i === 7 ? finding(7, 'high', ' (and it is now also reused)') : f))],
    ['one finding resolved', all.filter((_, i) => i !== 7)],
  ];
  const results = [];
  for (const [name, findings] of runs) {
    double.clearLog();
    const desired = planAlerts(findings, { grouping: 'per-finding', minSeverity: 'info', links });
    const r = await runIssueAlerts({ client, repository: 'acme/app', desired, ref: links.ref });
    const byOperation = {};
    for (const q of double.requests()) byOperation[`${q.method} ${q.operationId}`] = (byOperation[`${q.method} ${q.operationId}`] ?? 0) + 1;
    results.push({ name, calls: double.requests().length, writes: double.requests().filter((q) => q.method !== 'GET').length, opened: r.opened, updated: r.updated, closed: r.closed, errors: r.errors.length, byOperation });
  }
  process.stdout.write(JSON.stringify({ alerts: 40, runs: results, violations: double.violations.length }) + '\n');
  const unchanged = results[1];
  if (double.violations.length || unchanged.writes !== 0 || unchanged.calls > 3) process.exitCode = 1;
} finally {
  await double.stop();
}
