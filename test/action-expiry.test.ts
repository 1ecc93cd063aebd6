/**
 * The bundled action's expiry check, run the way GitHub runs it: the rotation plan in the summary, the outputs, and
 * the trend kept in the Actions cache (the real @actions/cache in the bundle against the loopback cache double).
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './helpers.js';
import { runActionAsync } from './action-harness.js';
import { CacheDouble } from './double/cache.js';
import { useGitHubDouble } from './double/jest.js';
import { readFileSync } from 'node:fs';

const DEMO = path.join(PROJECT_ROOT, 'examples', 'demo-repo');

describe('the action, checks: expiry', () => {
  let cache: CacheDouble;
  beforeAll(async () => {
    cache = await CacheDouble.start();
  });
  afterAll(async () => {
    await cache.stop();
    expect(cache.violations).toEqual([]);
  });

  it('summarises the plan, sets the outputs, and shows what changed since the last scheduled run', async () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'tw-action-trend-'));
    const inputs = { checks: 'expiry', 'fail-on': 'none' };
    const runnerEnv = (runId: string, workspace?: string) =>
      cache.env({ RUNNER_TEMP: temp, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: '1', GITHUB_REF: 'refs/heads/main', ...(workspace ? { GITHUB_WORKSPACE: workspace } : {}) });

    const first = await runActionAsync(DEMO, { ...inputs, now: '2026-11-20' }, runnerEnv('1'));
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.outputs).toMatchObject({ 'expired-count': '1', 'expiring-count': '1', 'next-expiry': 'VAULT_CI_TOKEN 2026-12-20' });
    expect(first.summary).toContain('### Token rotation plan');
    expect(first.summary).toContain('### Since the last run');
    expect(first.summary).toContain('First run: nothing to compare.');
    // only the expiry check: no workflow findings
    expect(first.stdout).not.toContain('persist-credentials');

    // The next scheduled run (same workspace path, as on a runner), three weeks later.
    const second = await runActionAsync(DEMO, { ...inputs, now: '2026-12-15' }, runnerEnv('2', first.workspace));
    expect(second.stderr).toBe('');
    expect(second.outputs).toMatchObject({ 'expired-count': '1', 'expiring-count': '1', 'next-expiry': 'VAULT_CI_TOKEN 2026-12-20' });
    expect(second.summary).toMatch(/Compared with the run of 2026-11-20T00:00:00\.000Z: .*worse/);
    expect(second.summary).toMatch(/\| worse \| `VAULT_CI_TOKEN` \|/);
    expect(cache.list().length).toBe(2);
  }, 60_000);

  it('without a cache service the trend is skipped with a warning; the run still reports', async () => {
    const run = await runActionAsync(DEMO, { checks: 'expiry', 'fail-on': 'none', now: '2026-12-01' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('::warning::trend skipped: cache service not available');
    expect(run.outputs['expired-count']).toBe('1');
  });

  it('trend: false never loads the cache; a wrong checks value is a usage error', async () => {
    const run = await runActionAsync(DEMO, { checks: 'expiry', 'fail-on': 'none', now: '2026-12-01', trend: 'false' });
    expect(run.summary).not.toContain('Since the last run');
    const bad = await runActionAsync(DEMO, { checks: 'workflows, secrets' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toContain('input checks must be a comma-separated list of workflows, registry, expiry (got "secrets")');
  });
});

describe('the action, expiry online against the GitHub double', () => {
  const gh = useGitHubDouble({ now: () => new Date('2026-12-01T00:00:00Z') });

  it('reads values from the job environment, reports drift, and no value reaches the log (unmasked), outputs, summary, JSON or SARIF', async () => {
    const { double } = gh;
    const repo = double.state.addRepo('example/demo');
    double.state.addSecret(repo.actions, 'NPM_TOKEN', 'npm_value', { updatedAt: new Date('2026-11-01T00:00:00Z'), createdAt: new Date('2026-01-01T00:00:00Z') });
    const api = double.state.addToken({ scopes: ['repo'] }).token;
    // LEGACY_BOT_PAT declares [repo, read:org]; its value has workflow too, and expires in 2 days.
    const legacy = double.state.addToken({ kind: 'classic', scopes: ['repo', 'read:org', 'workflow'], expiresAt: new Date('2026-12-03T12:00:00Z') }).token;
    const triage = double.state.addToken({ kind: 'fine-grained', expiresAt: new Date('2027-01-10T00:00:00Z') }).token;
    const run = await runActionAsync(
      DEMO,
      {
        checks: 'expiry',
        'fail-on': 'none',
        now: '2026-12-01',
        trend: 'false',
        'github-token': api,
        'api-url': double.url,
        'json-file': 'out/report.json',
        'sarif-file': 'out/report.sarif',
        // as a reusable workflow passes them: NAME=value lines
        'token-values': `# from the caller's secrets\nTRIAGE_BOT_TOKEN=${triage}\n`,
      },
      { LEGACY_BOT_PAT: legacy },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // Masked the moment they were read: the runner hides every later occurrence.
    for (const value of [api, legacy, triage]) expect(run.stdout).toContain(`::add-mask::${value}`);
    const json = readFileSync(path.join(run.workspace, 'out', 'report.json'), 'utf8');
    const sarif = readFileSync(path.join(run.workspace, 'out', 'report.sarif'), 'utf8');
    const unmaskedLog = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const value of [api, legacy, triage]) {
      for (const [where, text] of Object.entries({ log: unmaskedLog, summary: run.summary, json, sarif, outputs: JSON.stringify(run.outputs) })) {
        expect({ where, leaked: text.includes(value) }).toEqual({ where, leaked: false });
      }
    }
    const report = JSON.parse(json);
    const rows = Object.fromEntries(report.expiry.tokens.map((t: { name: string }) => [t.name, t]));
    expect(rows.LEGACY_BOT_PAT).toMatchObject({ source: 'github', status: 'critical', daysLeft: 2 });
    expect(rows.TRIAGE_BOT_TOKEN).toMatchObject({ source: 'github', status: 'info', daysLeft: 40 });
    expect(rows.NPM_TOKEN.notes).toContain('Actions secret updated 2026-11-01 (repository)');
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('token-scope-drift');
    expect(run.summary).toContain('sources: declared, github, actions-secret');
    expect(run.outputs['next-expiry']).toBe('LEGACY_BOT_PAT 2026-12-03T12:00:00Z');
  }, 30_000);
});

describe('the action, workflows and expiry in one run', () => {
  it('the rotation plan names tokens that trusted publishing can replace, from what the scan read of the workflows', async () => {
    const fixture = mkdtempSync(path.join(tmpdir(), 'tw-action-oidc-'));
    cpSync(DEMO, fixture, { recursive: true });
    writeFileSync(
      path.join(fixture, '.github', 'workflows', 'release.yml'),
      [
        'on: push',
        'permissions: {}',
        'jobs:',
        '  publish:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/setup-node@v4',
        '        with: { registry-url: "https://registry.npmjs.org" }',
        '      - run: npm publish',
        '        env:',
        '          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}',
        '',
      ].join('\n'),
    );
    const run = await runActionAsync(fixture, { 'fail-on': 'none', now: '2026-12-01', trend: 'false' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('trusted-publishing'); // the scan's finding
    expect(run.summary).toMatch(/NPM_TOKEN[^\n]*replaceable by OIDC trusted publishing \(npm\)/);
  });
});
