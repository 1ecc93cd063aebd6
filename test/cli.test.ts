import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCli } from '../src/cli.js';
import { PROJECT_ROOT, sharedDir } from './helpers.js';

async function cli(args: string[], cwd = PROJECT_ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false, env: {} });
  return { code, stdout, stderr };
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-cli-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  return dir;
}

const CLEAN = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';
const MEDIUM = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';
const HIGH = 'on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n';

describe('token-warden scan: exit codes', () => {
  it('0 when nothing is at or above fail-on', async () => {
    const dir = repo({ '.github/workflows/ok.yml': CLEAN, '.github/workflows/m.yml': MEDIUM });
    expect((await cli(['scan', dir])).code).toBe(0);
  });

  it('1 when a finding is at or above fail-on (default high)', async () => {
    const dir = repo({ '.github/workflows/h.yml': HIGH });
    const r = await cli(['scan', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('.github/workflows/h.yml:2:1  high      permissions');
  });

  it('--fail-on medium and none', async () => {
    const dir = repo({ '.github/workflows/m.yml': MEDIUM });
    expect((await cli(['scan', dir, '--fail-on', 'medium'])).code).toBe(1);
    expect((await cli(['scan', dir, '--fail-on', 'none'])).code).toBe(0);
  });

  it('a malformed workflow is a finding (exit 1 at high), not exit 2', async () => {
    const dir = repo({ '.github/workflows/bad.yml': 'on: push\njobs: [\n' });
    const r = await cli(['scan', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/bad\.yml:\d+:\d+\s+high\s+parse-error/);
  });

  it.each([
    [['scan', '--format', 'xml']],
    [['scan', '--fail-on', 'severe']],
    [['scan', '--bogus']],
    [['scan', '/nonexistent/path']],
    [['frobnicate']],
  ])('2 on usage errors: %j', async (args) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^token-warden: /);
  });

  it('2 on an invalid config, naming the line and key', async () => {
    const dir = repo({ '.github/workflows/ok.yml': CLEAN, '.github/token-warden.yml': 'fail-on: high\nrules:\n  permisions:\n    disabled: true\n' });
    const r = await cli(['scan', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.github/token-warden.yml:3:3: rules.permisions: unknown key (did you mean "permissions"?)');
  });

  it('2 when an explicit --config is missing', async () => {
    expect((await cli(['scan', '--config', 'nope.yml'])).code).toBe(2);
  });

  it('reads .github/token-warden.yml under the scanned root; flags override it', async () => {
    const dir = repo({ '.github/workflows/m.yml': MEDIUM, '.github/token-warden.yml': 'fail-on: medium\n' });
    expect((await cli(['scan', dir])).code).toBe(1);
    expect((await cli(['scan', dir, '--fail-on', 'high'])).code).toBe(0);
  });
});

describe('token-warden scan: what is scanned', () => {
  it('a repository root: .github/workflows and every action.yml, not other YAML, not node_modules', async () => {
    const dir = repo({
      '.github/workflows/a.yml': MEDIUM,
      '.github/workflows/nested/skip.yml': MEDIUM,
      '.github/dependabot.yml': 'version: 2\n',
      'actions/x/action.yml': 'name: x\ndescription: x\nruns:\n  using: composite\n  steps:\n    - uses: actions/checkout@v4\n',
      'node_modules/y/action.yml': 'name: y\n',
      'config.yml': 'a: 1\n',
    });
    const r = await cli(['scan', dir, '--format', 'json', '--fail-on', 'none']);
    const report = JSON.parse(r.stdout);
    expect(report.summary.files).toBe(2);
    expect([...new Set(report.findings.map((f: { file: string }) => f.file))].sort()).toEqual(['.github/workflows/a.yml', 'actions/x/action.yml']);
  });

  it('any other directory: every .yml/.yaml below it; files by name', async () => {
    const dir = repo({ 'a/w.yaml': MEDIUM, 'b/c/w.yml': CLEAN, 'b/c/notes.txt': 'x' });
    const all = JSON.parse((await cli(['scan', dir, '--format', 'json'])).stdout);
    expect(all.summary.files).toBe(2);
    const one = JSON.parse((await cli(['scan', path.join(dir, 'a/w.yaml'), '--format', 'json'])).stdout);
    expect(one.summary.files).toBe(1);
  });
});

describe('token-warden scan: formats', () => {
  const dir = repo({ '.github/workflows/h.yml': HIGH, '.github/workflows/m.yml': MEDIUM });

  it('json has the documented shape', async () => {
    const r = await cli(['scan', dir, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ version: 1, tool: { name: 'token-warden' }, summary: { files: 2, failOn: 'high', failed: true } });
    expect(Object.keys(report.findings[0]).sort()).toEqual(
      ['category', 'endColumn', 'endLine', 'file', 'fingerprint', 'message', 'remediation', 'ruleId', 'severity', 'startColumn', 'startLine', 'suppressed'].sort(),
    );
  });

  it('--output writes the file and prints a one-line summary', async () => {
    const out = path.join(dir, 'r.sarif');
    const r = await cli(['scan', dir, '--format', 'sarif', '--output', out]);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/finding\(s\)/);
  });

  it('github: workflow commands, most severe first', async () => {
    const r = await cli(['scan', dir, '--format', 'github']);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^::error file=\.github\/workflows\/h\.yml,line=2,col=1,endLine=2,endColumn=\d+,title=token-warden permissions \(high\)::/);
    expect(lines.slice(1).every((l) => l.startsWith('::warning'))).toBe(true);
  });

  it('markdown: counts and a findings table', async () => {
    const r = await cli(['scan', dir, '--format', 'markdown']);
    expect(r.stdout).toMatch(/^## Token Warden: \d+ findings \(worst: high\)/);
    expect(r.stdout).toContain('| Severity | Rule | Location | Message |');
  });

  it('text is colourless unless asked', async () => {
    expect((await cli(['scan', dir])).stdout).not.toContain('\x1b[');
    expect((await cli(['scan', dir, '--color'])).stdout).toContain('\x1b[31m');
  });
});

describe('other commands', () => {
  it('rules, schema, --version, --help', async () => {
    expect((await cli(['rules'])).stdout).toContain('persist-credentials');
    expect(JSON.parse((await cli(['rules', '--format', 'json'])).stdout).length).toBeGreaterThan(8);
    expect(JSON.parse((await cli(['schema'])).stdout).properties['fail-on']).toBeDefined();
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await cli(['--help'])).code).toBe(0);
  });
});

describe('the shipped CLI (dist/cli bundle through bin/)', () => {
  it('scans the peer fixtures as JSON, and runs the demo with exit 0', () => {
    const bin = path.join(PROJECT_ROOT, 'bin', 'token-warden.js');
    const r = spawnSync(process.execPath, [bin, 'scan', sharedDir('peer', 'zizmor', 'fixtures'), '--format', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary.files).toBe(20);
    const demo = spawnSync('npm', ['run', '-s', 'demo'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain('critical');
  });
});

describe('parallel scan (the bundled CLI starts worker threads from its own file)', () => {
  it('gives byte-identical JSON with --jobs 1 and --jobs 2 over the corpus', () => {
    const bin = path.join(PROJECT_ROOT, 'bin', 'token-warden.js');
    const dir = sharedDir('corpus', 'workflows');
    const run = (jobs: string) => spawnSync(process.execPath, [bin, 'scan', dir, '--format', 'json', '--fail-on', 'none', '--jobs', jobs], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const one = run('1');
    const two = run('2');
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(JSON.parse(one.stdout).summary.files).toBeGreaterThan(1000);
    expect(two.stdout === one.stdout).toBe(true);
  });

  it('rejects a bad --jobs value', async () => {
    expect((await cli(['scan', '--jobs', '0'])).code).toBe(2);
  });
});

describe('token registry commands', () => {
  const DEMO = path.join(PROJECT_ROOT, 'examples', 'demo-repo');
  const REGISTRY = path.join(DEMO, '.github', 'token-scope-map.yml');

  it('scan holds the workflows to the registry found under the root, and says when there is none', async () => {
    const withRegistry = JSON.parse((await cli(['scan', DEMO, '--format', 'json', '--fail-on', 'none'])).stdout);
    expect(withRegistry.summary.registry).toEqual({ path: '.github/token-scope-map.yml', tokens: 7 });
    expect(withRegistry.findings.some((f: { ruleId: string }) => f.ruleId === 'unregistered-secret')).toBe(true);
    const dir = repo({ '.github/workflows/m.yml': MEDIUM });
    const without = await cli(['scan', dir, '--fail-on', 'none']);
    expect(without.stdout).toContain('no token registry found: registry rules skipped');
    expect(JSON.parse((await cli(['scan', dir, '--format', 'json'])).stdout).summary.registry).toBeNull();
  });

  it('an invalid registry is exit 2 with every error and its line', async () => {
    const dir = repo({
      '.github/workflows/m.yml': MEDIUM,
      '.github/token-scope-map.yml': 'version: 1\ntokens:\n  A:\n    risk: extreme\n    ownr: me\n',
    });
    const r = await cli(['scan', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.github\/token-scope-map\.yml:4:\d+: tokens\.A\.risk: /);
    expect(r.stderr).toMatch(/\.github\/token-scope-map\.yml:5:5: tokens\.A\.ownr: unknown key \(did you mean "owner"\?\)/);
  });

  it('registry validate: every error listed, exit 2; a valid registry reports its own hygiene findings', async () => {
    const dir = repo({ 'bad.yml': 'version: 2\npolicy:\n  default-token: maybe\ntokens:\n  X:\n    kind: pat\n' });
    const bad = await cli(['registry', 'validate', 'bad.yml'], dir);
    expect(bad.code).toBe(2);
    const lines = bad.stderr.trim().split('\n');
    expect(lines.filter((l) => /^bad\.yml:\d+:\d+: /.test(l)).length).toBeGreaterThanOrEqual(3);
    expect(lines.at(-1)).toMatch(/error\(s\): bad\.yml is not a valid token registry/);

    const good = await cli(['registry', 'validate', REGISTRY, '--fail-on', 'none']);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/valid token registry, 7 token\(s\)/);
    expect(good.stdout).toContain('registry-missing-owner');
    expect(good.stdout).not.toContain('unregistered-secret'); // needs workflows: not part of validate
    expect((await cli(['registry', 'validate', REGISTRY])).code).toBe(1); // the pasted token is critical
    expect((await cli(['registry', 'validate'], dir)).code).toBe(2); // none found
  });

  it('registry matrix in markdown, json and csv', async () => {
    const md = await cli(['registry', 'matrix', DEMO]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('### Token permissions matrix');
    expect(md.stdout).toContain('`NPM_TOKEN`');
    const json = JSON.parse((await cli(['registry', 'matrix', DEMO, '--format', 'json'])).stdout);
    expect(json.tokens.map((t: { token: string }) => t.token)).toContain('RUNNER_ADMIN_TOKEN');
    expect(json.unregistered.map((u: { name: string }) => u.name)).toContain('DEPLOY_CONFIG');
    const csv = (await cli(['registry', 'matrix', DEMO, '--format', 'csv'])).stdout.trim().split('\n');
    expect(csv).toHaveLength(8); // the header and 7 tokens (TRIAGE_BOT_TOKEN added for token-expiry-unknown)
    expect((await cli(['registry', 'matrix', repo({ 'a.yml': CLEAN })])).code).toBe(2);
  });

  it('--registry-report adds the matrix to the markdown report', async () => {
    const r = await cli(['scan', DEMO, '--format', 'markdown', '--registry-report', '--fail-on', 'none']);
    expect(r.stdout).toContain('Token registry: `.github/token-scope-map.yml` (7 tokens).');
    expect(r.stdout).toContain('### Token permissions matrix');
  });

  it('schema registry prints the registry JSON Schema', async () => {
    const schema = JSON.parse((await cli(['schema', 'registry'])).stdout);
    expect(schema.properties.tokens).toBeDefined();
  });
});

describe('token-warden scan --repository: the owner\'s actions are first-party', () => {
  const OWN_ACTION =
    'on: push\npermissions:\n  contents: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: octo-org/release-action@v1\n        with:\n          token: ${{ github.token }}\n';
  const exposure = (out: string) => out.includes('github-token-exposure');

  it('without a repository, the action is third-party', async () => {
    const dir = repo({ '.github/workflows/r.yml': OWN_ACTION });
    expect(exposure((await cli(['scan', dir])).stdout)).toBe(true);
  });

  it('--repository OWNER/NAME makes it first-party', async () => {
    const dir = repo({ '.github/workflows/r.yml': OWN_ACTION });
    expect(exposure((await cli(['scan', dir, '--repository', 'Octo-Org/app'])).stdout)).toBe(false);
  });

  it('the origin remote in .git/config gives it when the flag is absent', async () => {
    const dir = repo({ '.github/workflows/r.yml': OWN_ACTION, '.git/config': '[remote "origin"]\n\turl = git@github.com:octo-org/app.git\n' });
    expect(exposure((await cli(['scan', dir])).stdout)).toBe(false);
  });

  it('a malformed --repository is a usage error', async () => {
    const r = await cli(['scan', '--repository', 'not-a-repo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--repository must be OWNER/NAME');
  });
});

describe('token-warden scan --baseline FILE: fail on new findings only', () => {
  const baselineOf = async (dir: string, format: 'json' | 'sarif'): Promise<string> => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tw-cli-baseline-')), `base.${format}`);
    const made = await cli(['scan', dir, '--format', format, '--output', file]);
    expect(made.code).toBe(1);
    return file;
  };

  it.each(['json', 'sarif'] as const)('a %s report of the base: existing findings are marked and do not fail; a new one does', async (format) => {
    const dir = repo({ '.github/workflows/h.yml': HIGH, '.github/workflows/m.yml': MEDIUM });
    const baseline = await baselineOf(dir, format);

    const same = await cli(['scan', dir, '--baseline', baseline]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('.github/workflows/h.yml:2:1  high      permissions  `permissions: write-all` grants every scope write access for the whole workflow [existing: in baseline]');
    expect(same.stdout).toContain('; none new at or above high\n');
    expect(same.stdout).toContain(`1 existing finding(s) at or above high are in the baseline (${baseline}) and do not fail the run\n`);

    writeFileSync(path.join(dir, '.github/workflows/n.yml'), HIGH);
    const added = await cli(['scan', dir, '--baseline', baseline]);
    expect(added.code).toBe(1);
    const line = added.stdout.split('\n').find((l) => l.startsWith('.github/workflows/n.yml:2:1'))!;
    expect(line).not.toContain('existing');
    expect(added.stdout).toContain('; 1 new at or above high\n');
    // Without the baseline, both fail.
    expect((await cli(['scan', dir])).stdout).toContain('; 2 at or above high\n');
    // --fail-on applies to new findings only: the existing medium one does not fail at medium either.
    rmSync(path.join(dir, '.github/workflows/n.yml'));
    expect((await cli(['scan', dir, '--baseline', baseline, '--fail-on', 'medium'])).code).toBe(0);
    expect((await cli(['scan', dir, '--fail-on', 'medium'])).code).toBe(1);
  });

  it('the JSON report and SARIF of a run with a baseline say which findings are new', async () => {
    const dir = repo({ '.github/workflows/h.yml': HIGH });
    const baseline = await baselineOf(dir, 'json');
    writeFileSync(path.join(dir, '.github/workflows/n.yml'), HIGH);
    const json = await cli(['scan', dir, '--baseline', baseline, '--format', 'json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { findings: Array<{ file: string; baseline?: string }>; summary: { failed: boolean; baseline?: { existing: number; new: number } } };
    expect(report.findings.map((f) => `${f.file} ${f.baseline}`)).toEqual(['.github/workflows/h.yml existing', '.github/workflows/n.yml new']);
    expect(report.summary.baseline).toMatchObject({ existing: 1, new: 1 });
    const sarif = JSON.parse((await cli(['scan', dir, '--baseline', baseline, '--format', 'sarif'])).stdout) as { runs: Array<{ results: Array<{ baselineState: string }> }> };
    expect(sarif.runs[0]!.results.map((r) => r.baselineState)).toEqual(['unchanged', 'new']);
  });

  it('a baseline made with a higher min-severity: a warning that findings below it count as new', async () => {
    const dir = repo({ '.github/workflows/m.yml': MEDIUM });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tw-cli-baseline-')), 'base.json');
    expect((await cli(['scan', dir, '--format', 'json', '--output', file, '--min-severity', 'high'])).code).toBe(0);
    const r = await cli(['scan', dir, '--baseline', file, '--fail-on', 'medium']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`warning: ${file} was made with min-severity high: findings below high are not in it`);
  });

  it.each([
    ['not JSON', '{"findings": [', /^token-warden: invalid baseline file .*bad\.json: not valid JSON/],
    ['another tool’s SARIF', JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'other' } }, results: [] }] }), /^token-warden: invalid baseline file .*bad\.json: a SARIF file without a token-warden run/],
  ])('exit 2 for %s, naming the file', async (_, text, message) => {
    const dir = repo({ '.github/workflows/h.yml': HIGH });
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, text);
    const r = await cli(['scan', dir, '--baseline', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('exit 2 for a missing or empty --baseline', async () => {
    const dir = repo({ '.github/workflows/h.yml': HIGH });
    const missing = await cli(['scan', dir, '--baseline', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('token-warden: baseline file not found: nope.json\n');
    const empty = await cli(['scan', dir, '--baseline', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--baseline needs a FILE');
  });
});
