/**
 * `token-warden org-scan` against the GitHub double: one process, and the three steps of the sharded workflow
 * (plan → shard jobs → merge) through files, as the reusable workflow runs them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { useGitHubDouble } from '../double/jest.js';
import { GRAPHQL } from '../double/server.js';
import { REGISTRY, SCANNED, seedAcme } from './fixtures.js';

const gh = useGitHubDouble();

async function cli(args: string[], options: { cwd?: string; token?: string | null } = {}) {
  let stdout = '';
  let stderr = '';
  const env: Record<string, string> = { GITHUB_API_URL: gh.double.url };
  if (options.token !== null) env.GH_TOKEN = options.token ?? gh.double.state.addToken({ scopes: ['repo', 'admin:org'] }).token;
  const code = await runCli(['org-scan', ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: options.cwd ?? tmpdir(), isTTY: false, env });
  return { code, stdout, stderr };
}

describe('org-scan: one process', () => {
  it('--org alone plans, scans and merges; exit 1 for a high finding; text, json and markdown', async () => {
    seedAcme(gh.double);
    const text = await cli(['--org', 'acme']);
    expect(text.stderr).toBe('listed 14 repositories of acme (graphql)\nshard 1: 10 of 10 repositories\n');
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^Organisation acme: 10 of 10 repositories scanned/);
    expect(text.stdout).toMatch(/2 finding\(s\) at or above high → failed\n$/);

    const json = await cli(['--org', 'acme', '--format', 'json', '--fail-on', 'critical']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { kind: string; repositories: Array<{ repository: string }> };
    expect(report.kind).toBe('token-warden-org-report');
    expect(report.repositories.map((r) => r.repository).sort()).toEqual(SCANNED);

    const md = await cli(['--org', 'acme', '--format', 'markdown', '--forks']);
    expect(md.stdout).toMatch(/^## Token Warden: organisation acme/);
    expect(md.stdout).toContain('`acme/forked`');
  });

  it('an organisation registry from a local file', async () => {
    seedAcme(gh.double);
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-org-'));
    writeFileSync(path.join(dir, 'tokens.yml'), REGISTRY.replace('NPM_TOKEN', 'OTHER'));
    const r = await cli(['--org', 'acme', '--org-registry', 'tokens.yml', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { orgRegistry: { source: string; tokens: number }; findings: Record<string, Array<{ ruleId: string }>> };
    expect(report.orgRegistry).toEqual(expect.objectContaining({ source: 'tokens.yml', tokens: 1 }));
    expect(report.findings['acme/unregistered']!.map((f) => f.ruleId)).toEqual(['unregistered-secret', 'secrets-outside-env']);
  });

  it('usage errors: no token, no --org, two steps at once, bad values (exit 2)', async () => {
    expect(await cli(['--org', 'acme'], { token: null })).toEqual(expect.objectContaining({ code: 2, stderr: expect.stringMatching(/needs a token in GITHUB_TOKEN or GH_TOKEN.*GITHUB_TOKEN sees only its repository/) }));
    expect((await cli([])).stderr).toMatch(/needs --org ORG/);
    expect((await cli(['--org', 'acme', '--plan-only', '--merge'])).stderr).toMatch(/give one of --plan-only, --shard K or --merge/);
    expect((await cli(['--org', 'acme', '--shards', '0'])).code).toBe(2);
    expect((await cli(['--org', 'acme', '--format', 'sarif'])).stderr).toMatch(/--format must be one of text, json, markdown/);
    expect((await cli(['--shard', '1'])).stderr).toMatch(/--shard K needs --plan plan.json/);
    expect((await cli(['--org', 'acme', 'stray.json'])).stderr).toMatch(/no file arguments except with --merge/);
  });

  it('an organisation the token cannot see: exit 2 with what GitHub said', async () => {
    const r = await cli(['--org', 'nobody']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot list the repositories of "nobody": Could not resolve to an Organization/);
  });
});

describe('org-scan: the sharded workflow through files', () => {
  it('plan job → three shard jobs (one fails) → report job; the failed shard re-run alone completes it', async () => {
    seedAcme(gh.double);
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-org-'));
    const plan = await cli(['--org', 'acme', '--plan-only', '--shards', '3', '--output', 'plan.json'], { cwd: dir });
    expect(plan.code).toBe(0);
    expect(plan.stderr).toMatch(/plan: 10 repositories in 3 shard\(s\) \(3 asked for\)/);
    const written = JSON.parse(readFileSync(path.join(dir, 'plan.json'), 'utf8')) as { shards: Array<{ repositories: string[] }> };
    expect(written.shards.flatMap((s) => s.repositories).sort()).toEqual(SCANNED);

    for (const k of [1, 3]) {
      const shard = await cli(['--plan', 'plan.json', '--shard', String(k), '--output', `shard-${k}.json`], { cwd: dir });
      expect(shard.code).toBe(0);
      expect(shard.stderr).toMatch(new RegExp(`shard ${k} of 3: \\d+ repositories scanned, 0 failed`));
    }
    const partial = await cli(['--merge', '--plan', 'plan.json', 'shard-1.json', 'shard-3.json', '--fail-on', 'none', '--format', 'markdown'], { cwd: dir });
    expect(partial.code).toBe(1); // incomplete, whatever --fail-on says
    expect(partial.stdout).toMatch(/\*\*Shard 2\*\* \(3 repositories\): no result for shard 2/);

    const calls = gh.double.calls();
    expect((await cli(['--plan', 'plan.json', '--shard', '2', '--output', 'shard-2.json'], { cwd: dir })).code).toBe(0);
    expect(gh.double.calls(GRAPHQL)).toBeGreaterThan(0);
    expect(gh.double.calls()).toBeGreaterThan(calls);
    const complete = await cli(['--merge', '--plan', 'plan.json', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--fail-on', 'critical', '--output', 'report.txt'], { cwd: dir });
    expect(complete.code).toBe(0);
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toMatch(/^Organisation acme: 10 of 10 repositories scanned/);
    expect(complete.stderr).toMatch(/→ passed\n$/);
  });

  it('a shard of another plan is not merged; a file that is not a shard result is a usage error', async () => {
    seedAcme(gh.double);
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-org-'));
    await cli(['--org', 'acme', '--plan-only', '--shards', '2', '--output', 'a.json'], { cwd: dir });
    await cli(['--org', 'acme', '--plan-only', '--shards', '3', '--output', 'b.json'], { cwd: dir });
    await cli(['--plan', 'b.json', '--shard', '1', '--output', 'shard-b1.json'], { cwd: dir });
    const merged = await cli(['--merge', '--plan', 'a.json', 'shard-b1.json', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(merged.stdout) as { failedShards: Array<{ shard: number }>; notes: string[] };
    expect(report.failedShards.map((s) => s.shard)).toEqual([1, 2]);
    expect(report.notes).toEqual(expect.arrayContaining([expect.stringMatching(/follows another plan/)]));
    expect((await cli(['--merge', 'a.json'], { cwd: dir })).stderr).toMatch(/a.json is not an organisation scan shard result/);
  });

  it('--cache keeps ETags between runs: the second run of the settings is answered 304', async () => {
    seedAcme(gh.double);
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-org-'));
    await cli(['--org', 'acme', '--cache', 'cache.json', '--fail-on', 'none'], { cwd: dir });
    gh.double.clearLog();
    await cli(['--org', 'acme', '--cache', 'cache.json', '--fail-on', 'none'], { cwd: dir });
    const settings = gh.double.requests().filter((r) => r.operationId?.startsWith('actions/get-github-actions-default-workflow-permissions'));
    expect(settings.length).toBeGreaterThan(0);
    expect(settings.every((r) => r.status === 304)).toBe(true);
  });
});
