import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction } from './action-harness.js';
import { PROJECT_ROOT, sharedDir } from './helpers.js';

const DEMO = path.join(PROJECT_ROOT, 'examples', 'demo-repo');

describe('the bundled action, run the way GitHub runs it', () => {
  it('scans the workspace, annotates, summarises, writes reports and fails on high', () => {
    const run = runAction(DEMO, { 'sarif-file': 'out/warden.sarif', 'json-file': 'out/warden.json' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::\d+ finding\(s\) at or above high \(worst: critical\)$/m);
    const errors = run.stdout.split('\n').filter((l) => /^::error .*file=/.test(l));
    const warnings = run.stdout.split('\n').filter((l) => /^::warning .*file=/.test(l));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(warnings.length).toBeLessThanOrEqual(10);
    // most severe first
    expect(errors[0]).toContain('(critical)');

    const json = JSON.parse(readFileSync(path.join(run.workspace, 'out/warden.json'), 'utf8'));
    expect(run.outputs['findings-count']).toBe(String(json.summary.total));
    expect(run.outputs['max-severity']).toBe('critical');
    expect(run.outputs['sarif-file']).toBe(path.join(run.workspace, 'out/warden.sarif'));
    expect(run.outputs['json-file']).toBe(path.join(run.workspace, 'out/warden.json'));
    expect(JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')).version).toBe('2.1.0');
    // paths are relative to the workspace, and linked in the summary
    expect(json.findings.every((f: { file: string }) => f.file.startsWith('.github/'))).toBe(true);
    expect(run.summary).toContain('## Token Warden:');
    expect(run.summary).toContain('](https://github.com/example/demo/blob/0123456789abcdef0123456789abcdef01234567/.github/workflows/');
    expect(run.summary).toContain('### How to fix');
  });

  it('fail-on none passes; outputs still set; annotations and summary can be turned off', () => {
    const run = runAction(DEMO, { 'fail-on': 'none', annotations: 'false', summary: 'false' });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/^::(error|warning|notice) .*file=/m);
    expect(run.summary).toBe('');
    expect(Number(run.outputs['findings-count'])).toBeGreaterThan(10);
    expect(run.outputs['sarif-file']).toBe('');
  });

  it('min-severity filters what is reported', () => {
    const run = runAction(DEMO, { 'fail-on': 'none', 'min-severity': 'critical', summary: 'false', checks: 'workflows, registry' });
    expect(run.outputs['max-severity']).toBe('critical');
    // the dangerous checkout, the token in release.yml and the one pasted into the registry
    expect(Number(run.outputs['findings-count'])).toBe(3);
    // with the expiry check (by default, as there is a registry), as of the demo's date: RUNNER_ADMIN_TOKEN expired
    const dated = runAction(DEMO, { 'fail-on': 'none', 'min-severity': 'critical', summary: 'false', now: '2026-12-01' });
    expect(Number(dated.outputs['findings-count'])).toBe(4);
  });

  it('an invalid config fails the step with one line naming the problem (exit code 2, as the CLI)', () => {
    const run = runAction(DEMO, { config: 'bad.yml' });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error::config file not found: bad\.yml$/m);
  });

  it('a config in the workspace is read; invalid content fails with its line', () => {
    const tmpRun = runAction(DEMO, { 'fail-on': 'none' });
    writeFileSync(path.join(tmpRun.workspace, '.github', 'token-warden.yml'), 'min-severity: hgh\n');
    const run = runAction(tmpRun.workspace, {});
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error::invalid configuration: \.github\/token-warden\.yml:1:15: min-severity: expected one of .*did you mean "high"/m);
  });

  it('file inputs leading out of the workspace are refused, naming the input (exit code 2)', () => {
    const run = runAction(DEMO, { 'sarif-file': '../warden.sarif' });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error::input sarif-file must name a file inside the workspace \(.*\), got "\.\.\/warden\.sarif", which resolves outside it$/m);
    expect(existsSync(path.join(run.workspace, '..', 'warden.sarif'))).toBe(false);
    const base = runAction(DEMO, { 'fail-on': 'none', summary: 'false' });
    writeFileSync(path.join(base.workspace, '..', 'outside.yml'), 'fail-on: none\n');
    symlinkSync('../outside.yml', path.join(base.workspace, 'cfg.yml'));
    const linked = runAction(base.workspace, { config: 'cfg.yml' });
    expect(linked.status).toBe(2);
    expect(linked.stdout).toMatch(/^::error::input config must name a file inside the workspace .*got "cfg\.yml", which resolves outside it$/m);
  });

  it('bad inputs are a clear failure', () => {
    const run = runAction(DEMO, { 'fail-on': 'severe' });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error::input fail-on must be one of critical, high, medium, low, none \(got "severe"\)$/m);
  });
});

describe('fail-on from the config file', () => {
  it('applies when the input is left empty, and the input overrides it', () => {
    const base = runAction(DEMO, { 'fail-on': 'none', summary: 'false' });
    writeFileSync(path.join(base.workspace, '.github', 'token-warden.yml'), 'fail-on: none\n');
    expect(runAction(base.workspace, { summary: 'false' }).status).toBe(0);
    expect(runAction(base.workspace, { summary: 'false', 'fail-on': 'critical' }).status).toBe(1);
  });
});

describe('the token registry in the action', () => {
  it('reads the registry, says so in the summary, and adds the matrix with registry-report', () => {
    const run = runAction(DEMO, { 'fail-on': 'none', 'registry-report': 'true' });
    expect(run.summary).toContain('Token registry: `.github/token-scope-map.yml` (7 tokens).');
    expect(run.summary).toContain('### Token permissions matrix');
    expect(run.stdout).toMatch(/unregistered-secret/);
  });

  it('says in the summary when there is no registry, and fails on an invalid one', () => {
    const base = runAction(DEMO, { 'fail-on': 'none', summary: 'false' });
    const moved = path.join(base.workspace, '.github', 'token-scope-map.yml');
    writeFileSync(moved, 'version: 1\ntokens:\n  X:\n    risk: extreme\n');
    const invalid = runAction(base.workspace, {});
    expect(invalid.status).toBe(2);
    expect(invalid.stdout).toMatch(/^::error::invalid configuration: .*\.github\/token-scope-map\.yml:4:11: tokens\.X\.risk: expected one of "high", "medium", "low", got "extreme"/m);
    expect(invalid.stdout).toContain('.github/token-scope-map.yml:3:3: tokens.X.description: required key "description" is missing');
    const none = runAction(path.join(PROJECT_ROOT, 'test', 'fixtures', 'registry', 'unregistered-secret'), { 'fail-on': 'none', registry: 'nope.yml' });
    expect(none.status).toBe(2);
    expect(none.stdout).toMatch(/^::error::registry file not found: nope\.yml$/m);
  });

  it('an explicit registry input is used', () => {
    const run = runAction(DEMO, { 'fail-on': 'none', registry: '.github/token-scope-map.yml' });
    expect(run.summary).toContain('(7 tokens)');
  });
});

describe('without a registry', () => {
  it('the summary says the registry rules were skipped', () => {
    const run = runAction(sharedDir('peer', 'zizmor', 'fixtures'), { 'fail-on': 'none' });
    expect(run.status).toBe(0);
    expect(run.summary).toContain('No token registry (`.github/token-scope-map.yml`) was found: the registry rules were skipped.');
  });

  it('fix-summary puts the least-privilege diff in the summary and SARIF fixes on permissions findings', () => {
    const run = runAction(DEMO, { checks: 'workflows', 'fail-on': 'none', 'fix-summary': 'true', 'sarif-file': 'out.sarif' });
    expect(run.status).toBe(0);
    expect(run.summary).toMatch(/```diff/);
    expect(run.summary).toContain('permissions: {}');
    const sarif = JSON.parse(readFileSync(path.join(run.workspace, 'out.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; fixes?: unknown[] }> }> };
    expect(sarif.runs[0]!.results.some((r) => r.ruleId === 'permissions' && (r.fixes?.length ?? 0) > 0)).toBe(true);
  });
});
