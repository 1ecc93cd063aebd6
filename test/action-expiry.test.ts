/**
 * The bundled action's expiry check, run the way GitHub runs it: the rotation plan in the summary, the outputs, and
 * the trend kept in the Actions cache (the real @actions/cache in the bundle against the loopback cache double).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './helpers.js';
import { runActionAsync } from './action-harness.js';
import { CacheDouble } from './double/cache.js';

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
    expect(run.stdout).toContain("::warning::expiry trend skipped: cache service not available");
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
