#!/usr/bin/env node
/**
 * The API budget of a scheduled expiry run (issue 9), counted from the doubles' request logs: the bundled CLI's
 * `expiry` over a repository with 50 workflows and 30 registered tokens — 10 whose values the job has (7 GitHub
 * tokens, 2 JWTs, 1 Vault token) and 20 that exist only as Actions secrets — against the GitHub API double (every
 * request checked against GitHub's OpenAPI description) and the Vault double.
 *
 *   node bench/expiry-budget.mjs          prints a JSON line: calls by operation, writes, wall time
 *
 * Expected: one `GET /rate_limit` per GitHub value, one page of repository secrets (20 < 100 per page), one Vault
 * lookup-self; no write; ≤ 10 calls in all.
 */
import { register } from 'node:module';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

register('../test/double/ts-hooks.mjs', import.meta.url);
const { GitHubDouble } = await import('../test/double/server.ts');
const { VaultDouble } = await import('../test/double/vault.ts');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const NOW = '2026-12-01T00:00:00Z';

const github = await GitHubDouble.start({ now: () => new Date(NOW) });
const vault = await new VaultDouble({ now: NOW }).start();
const dir = mkdtempSync(path.join(tmpdir(), 'tw-budget-'));
try {
  const repo = github.state.addRepo('acme/app');
  const env = { PATH: process.env.PATH ?? '', GITHUB_REPOSITORY: 'acme/app', VAULT_ADDR: vault.url };
  env.GITHUB_TOKEN = github.state.addToken({ scopes: ['repo'] }).token;
  const tokens = [];
  for (let i = 0; i < 7; i++) {
    const name = `BOT_PAT_${i}`;
    env[name] = github.state.addToken({ kind: 'classic', scopes: ['repo'], expiresAt: new Date(Date.parse(NOW) + (10 + i * 20) * 86_400_000) }).token;
    tokens.push(`  ${name}:\n    description: bot PAT ${i}\n    category: bot\n    risk: medium\n    kind: github-pat\n    scopes: [repo]\n    used-by: [.github/workflows/w${i}.yml]`);
  }
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  for (let i = 0; i < 2; i++) {
    const name = `SERVICE_JWT_${i}`;
    env[name] = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: `svc${i}`, exp: Date.parse(NOW) / 1000 + (5 + i) * 86_400 })}.c2ln`;
    tokens.push(`  ${name}:\n    description: service JWT ${i}\n    category: runtime\n    risk: medium\n    kind: jwt\n    used-by: []`);
  }
  env.VAULT_CI = vault.addToken({ ttl: 7200 }).id;
  tokens.push(`  VAULT_CI:\n    description: Vault token\n    category: runtime\n    risk: high\n    kind: vault\n    used-by: []`);
  for (let i = 0; i < 20; i++) {
    const name = `DEPLOY_KEY_${String(i).padStart(2, '0')}`;
    github.state.addSecret(repo.actions, name, 'value', { updatedAt: new Date(Date.parse(NOW) - i * 5 * 86_400_000), createdAt: new Date('2026-01-01T00:00:00Z') });
    tokens.push(`  ${name}:\n    description: deploy key ${i}\n    category: ci-cd\n    risk: medium\n    kind: api-key\n    rotated: 2026-06-01\n    max-age-days: 180`);
  }
  mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
  writeFileSync(path.join(dir, '.github', 'token-scope-map.yml'), `version: 1\ntokens:\n${tokens.join('\n')}\n`);
  for (let i = 0; i < 50; i++) {
    writeFileSync(
      path.join(dir, '.github', 'workflows', `w${i}.yml`),
      `on: push\npermissions: {}\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \${{ secrets.DEPLOY_KEY_${String(i % 20).padStart(2, '0')} }} > /dev/null\n`,
    );
  }

  const t0 = performance.now();
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'expiry', dir, '--api-url', github.url, '--now', NOW, '--format', 'json', '--output', path.join(dir, 'out.json'), '--fail-on', 'none'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (c) => (c === 0 ? resolve(c) : reject(new Error(`expiry exited ${c}: ${stderr}`))));
  });
  const ms = performance.now() - t0;
  const byOperation = {};
  for (const r of github.log) {
    const key = `${r.method} ${r.operationId ?? r.route}`;
    byOperation[key] = (byOperation[key] ?? 0) + 1;
  }
  const vaultCalls = vault.log.length;
  const writes = github.log.filter((r) => r.method !== 'GET').length + vault.log.filter((r) => r.method !== 'GET').length;
  const result = { code, ms: Math.round(ms), tokens: 30, withValues: 10, secretsOnly: 20, workflows: 50, githubCalls: github.log.length, vaultCalls, total: github.log.length + vaultCalls, writes, byOperation, violations: github.violations.length + vault.violations.length };
  process.stdout.write(JSON.stringify(result) + '\n');
  // The budget is a target the benchmark enforces (also in CI's quick run).
  if (result.violations || result.writes || result.total > 10) process.exitCode = 1;
} finally {
  await github.stop();
  await vault.stop();
  rmSync(dir, { recursive: true, force: true });
}
