/**
 * Scanning a pull request's base revision in the same run (fail-on-new-only): real temporary git repositories, the
 * working tree scanned as the CLI and the action do, the base read with git and scanned with the same config.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isSafeTreePath, isScannedAtBase, pullRequestBaseRevisions, readBaseRevision, type BaseRevisionFiles } from '../../src/sources/base-revision.js';
import { baselineFingerprints } from '../../src/baseline-run.js';
import { runScan } from '../../src/pipeline.js';
import { failingFindingsNewOnly, newFindings } from '../../src/report/baseline.js';
import { failingFindings, scan } from '../../src/engine.js';
import { PARSE_BUDGETS } from '../../src/workflows/budgets.js';
import { DEFAULT_CONFIG } from '../../src/config/types.js';
import { FIXTURES } from '../registry/repo.js';
import { plantedToken } from '../planted.js';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();
}

function write(root: string, files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    writeFileSync(path.join(root, p), text);
  }
}

/** A repository with `files` committed on `main`. */
function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-base-'));
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, files);
  commit(dir, 'base');
  return dir;
}

function commit(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

function ok(result: BaseRevisionFiles): Extract<BaseRevisionFiles, { ok: true }> {
  if (!result.ok) throw new Error(result.reason);
  return result;
}

function failed(result: BaseRevisionFiles): string {
  if (result.ok) throw new Error('expected no base revision');
  return result.reason;
}

const HIGH = 'on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n';
const CLEAN = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';
/** The old workflow, edited elsewhere (lines moved, a job added above), with a second high finding in a new job. */
const HIGH_EDITED =
  '# moved down\nname: ci\non: push\npermissions: write-all\njobs:\n  first:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo first\n' +
  '  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n' +
  '  deploy:\n    runs-on: ubuntu-latest\n    permissions: write-all\n    steps:\n      - run: echo deploy\n';

describe('which tree paths are used', () => {
  it.each([
    ['.github/workflows/ci.yml', true],
    ['a/b/action.yaml', true],
    ['ü/ñ.yml', true],
    ['', false],
    ['/etc/passwd', false],
    ['../outside.yml', false],
    ['.github/workflows/../../x.yml', false],
    ['a/./b.yml', false],
    ['a//b.yml', false],
    ['a/', false],
    ['.git/config', false],
    ['sub/.GIT/hooks/x.yml', false],
    ['a\\..\\b.yml', false],
    ['C:/x.yml', false],
    ['a\nb.yml', false],
    ['a\u0000b.yml', false],
  ])('isSafeTreePath(%j) = %s', (p, expected) => {
    expect(isSafeTreePath(p)).toBe(expected);
  });

  it.each([
    // a repository root: direct YAML children of .github/workflows, and action.yml/action.yaml anywhere
    ['.github/workflows/ci.yml', true, true],
    ['.github/workflows/ci.YAML', true, true],
    ['.github/workflows/nested/ci.yml', true, false],
    ['.github/dependabot.yml', true, false],
    ['.github/actions/setup/action.yml', true, true],
    ['action.yaml', true, true],
    ['node_modules/x/action.yml', true, false],
    ['docs/config.yml', true, false],
    // any other directory: every YAML file, outside node_modules
    ['docs/config.yml', false, true],
    ['deep/node_modules/x.yml', false, false],
    ['README.md', false, false],
  ])('isScannedAtBase(%j, repository root %s) = %s', (p, root, expected) => {
    expect(isScannedAtBase(p, root)).toBe(expected);
  });

  it('pullRequestBaseRevisions: the event base sha first, then origin/<GITHUB_BASE_REF>', () => {
    const sha = 'A'.repeat(40);
    expect(pullRequestBaseRevisions({ baseSha: sha, baseRef: 'main' })).toEqual(['a'.repeat(40), 'origin/main']);
    expect(pullRequestBaseRevisions({ baseRef: 'refs/heads/release/1.x' })).toEqual(['origin/release/1.x']);
    expect(pullRequestBaseRevisions({ baseSha: 'not-a-sha' })).toEqual([]);
    expect(pullRequestBaseRevisions({})).toEqual([]);
  });
});

describe('readBaseRevision', () => {
  it('lists and reads the files a scan covers at the revision, as discovery would, relative to the root', async () => {
    const dir = repository({
      '.github/workflows/ci.yml': HIGH,
      '.github/workflows/nested/skip.yml': HIGH,
      '.github/dependabot.yml': 'version: 2\n',
      '.github/actions/setup/action.yml': 'name: setup\nruns:\n  using: composite\n  steps: []\n',
      'node_modules/dep/action.yml': 'name: dep\n',
      '.github/token-warden.yml': 'fail-on: high\n',
    });
    const main = git(dir, 'rev-parse', 'HEAD');
    write(dir, { '.github/workflows/ci.yml': CLEAN, '.github/workflows/new.yml': HIGH });
    commit(dir, 'later');
    const base = ok(await readBaseRevision({ root: dir, revisions: ['main~1'], alsoRead: ['.github/token-warden.yml', '.github/absent.yml'] }));
    expect(base.commit).toBe(main);
    expect(base.revision).toBe('main~1');
    expect(base.files).toEqual([
      { path: '.github/actions/setup/action.yml', text: 'name: setup\nruns:\n  using: composite\n  steps: []\n' },
      { path: '.github/workflows/ci.yml', text: HIGH },
    ]);
    expect([...base.extra]).toEqual([['.github/token-warden.yml', 'fail-on: high\n']]);
    expect(base.skipped).toEqual([]);
  });

  it('a root below the repository top: paths relative to it; without .github/ there, every YAML file', async () => {
    const dir = repository({ '.github/workflows/ci.yml': HIGH, 'deploy/k8s/app.yml': 'a: 1\n', 'deploy/node_modules/x.yml': 'a: 1\n', 'deploy/notes.md': '#' });
    const base = ok(await readBaseRevision({ root: path.join(dir, 'deploy'), revisions: ['main'] }));
    expect(base.files.map((f) => f.path)).toEqual(['k8s/app.yml']);
  });

  it('tries the revisions in order and uses the first the clone has', async () => {
    const dir = repository({ '.github/workflows/ci.yml': HIGH });
    const base = ok(await readBaseRevision({ root: dir, revisions: ['f'.repeat(40), 'origin/main', 'main'] }));
    expect(base.revision).toBe('main');
  });

  it('a missing revision: a reason that says how to fix it', async () => {
    const dir = repository({ '.github/workflows/ci.yml': HIGH });
    expect(failed(await readBaseRevision({ root: dir, revisions: ['origin/main'] }))).toBe(
      'base revision "origin/main" not in the clone: fetch it with fetch-depth: 0 (actions/checkout) or give baseline-file',
    );
  });

  it('a shallow clone without the base: the reason says it is shallow', async () => {
    const dir = repository({ '.github/workflows/ci.yml': HIGH });
    const first = git(dir, 'rev-parse', 'HEAD');
    write(dir, { '.github/workflows/new.yml': HIGH });
    commit(dir, 'second');
    const clone = mkdtempSync(path.join(tmpdir(), 'tw-shallow-'));
    git(clone, 'clone', '-q', '--depth', '1', `file://${dir}`, 'c');
    const reason = failed(await readBaseRevision({ root: path.join(clone, 'c'), revisions: [first, 'origin/nope'] }));
    expect(reason).toBe(`base revision "${first}" or "origin/nope" not in the clone (a shallow clone): fetch it with fetch-depth: 0 (actions/checkout) or give baseline-file`);
  });

  it('not a git repository, no git, no revision, an option for a revision: reasons, never a throw', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'tw-nogit-'));
    expect(failed(await readBaseRevision({ root: plain, revisions: ['main'] }))).toMatch(/^git cannot read the repository at .*: fatal: not a git repository/);
    expect(failed(await readBaseRevision({ root: plain, revisions: ['main'], git: path.join(plain, 'no-such-git') }))).toMatch(/^git is not installed \(or not on the PATH\)/);
    expect(failed(await readBaseRevision({ root: plain, revisions: [] }))).toBe('no base revision given');
    const dir = repository({ '.github/workflows/ci.yml': HIGH });
    expect(failed(await readBaseRevision({ root: dir, revisions: ['--output=/tmp/x'] }))).toBe('"--output=/tmp/x" is not a revision name');
    expect(failed(await readBaseRevision({ root: dir, revisions: ['main:.github/workflows/ci.yml'] }))).toMatch(/is not a revision name$/);
    expect(failed(await readBaseRevision({ root: dir, revisions: ['main..HEAD'] }))).toMatch(/is not a revision name$/);
    expect(failed(await readBaseRevision({ root: dir, revisions: ['main<img src=x>'] }))).toBe('"main<img src=x>" is not a revision name');
    expect(failed(await readBaseRevision({ root: dir, revisions: ['main\nHEAD'] }))).toBe('"main\\nHEAD" is not a revision name');
  });

  it('a git command over its time budget: a reason', async () => {
    const dir = repository({ '.github/workflows/ci.yml': HIGH });
    expect(failed(await readBaseRevision({ root: dir, revisions: ['main'], budgets: { timeoutMs: 1 } }))).toMatch(/git (rev-parse|ls-tree|cat-file) took longer than 0\.001 s$/);
  });

  it('budgets: too many files, too many bytes', async () => {
    const dir = repository({ '.github/workflows/a.yml': HIGH, '.github/workflows/b.yml': HIGH });
    expect(failed(await readBaseRevision({ root: dir, revisions: ['main'], budgets: { maxFiles: 1 } }))).toBe('the base revision has more than 1 files to scan');
    // Only the files a scan reads count: YAML elsewhere in a repository root (manifests, configs) does not.
    const mono = repository({ '.github/workflows/ci.yml': HIGH, 'k8s/a.yml': 'a: 1\n', 'k8s/b.yml': 'b: 1\n', 'k8s/c.yaml': 'c: 1\n' });
    expect(ok(await readBaseRevision({ root: mono, revisions: ['main'], budgets: { maxFiles: 1 } })).files.map((f) => f.path)).toEqual(['.github/workflows/ci.yml']);
    expect(failed(await readBaseRevision({ root: dir, revisions: ['main'], budgets: { maxTotalBytes: 100 } }))).toMatch(/^the base revision's files add up to \d+ bytes, more than 100$/);
  });

  it('many files of many sizes come back whole and in path order (one cat-file --batch, answers split across chunks)', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`.github/workflows/w${String(i).padStart(2, '0')}.yml`] = `on: push\n# ${String(i).repeat(1 + ((i * 7919) % 90_000))}\njobs: {}\n`;
    files['.github/workflows/empty.yml'] = '';
    files['.github/workflows/same.yml'] = files['.github/workflows/w01.yml']!; // one object, two paths
    const dir = repository(files);
    const base = ok(await readBaseRevision({ root: dir, revisions: ['main'] }));
    expect(base.files).toEqual(Object.entries(files).map(([p, text]) => ({ path: p, text })).sort((a, b) => (a.path < b.path ? -1 : 1)));
  });

  it('a file over the size budget is read up to one byte past it, and gives the same resource-limit finding', async () => {
    const big = `on: push\njobs: {}\n# ${'x'.repeat(PARSE_BUDGETS.maxBytes)}\n`;
    const dir = repository({ '.github/workflows/big.yml': big, '.github/workflows/ci.yml': HIGH });
    const base = ok(await readBaseRevision({ root: dir, revisions: ['main'] }));
    const file = base.files.find((f) => f.path === '.github/workflows/big.yml')!;
    expect(file.text.length).toBe(PARSE_BUDGETS.maxBytes + 1);
    expect(base.files.find((f) => f.path === '.github/workflows/ci.yml')!.text).toBe(HIGH);
    const current = await runScan({ paths: [dir], cwd: dir });
    const limit = current.result.findings.find((f) => f.ruleId === 'resource-limit')!;
    expect(scan(base.files).findings.map((f) => f.fingerprint)).toContain(limit.fingerprint);
  });

  it('symbolic links and submodules are not followed at the base', async () => {
    const dir = repository({ '.github/workflows/ci.yml': HIGH });
    symlinkSync('/etc/passwd', path.join(dir, '.github/workflows/evil.yml'));
    symlinkSync('ci.yml', path.join(dir, '.github/workflows/alias.yml'));
    commit(dir, 'links');
    const base = ok(await readBaseRevision({ root: dir, revisions: ['main'] }));
    expect(base.files.map((f) => f.path)).toEqual(['.github/workflows/ci.yml']);
    expect(base.skipped).toEqual([
      { path: '.github/workflows/alias.yml', reason: 'symbolic link, not followed at the base revision' },
      { path: '.github/workflows/evil.yml', reason: 'symbolic link, not followed at the base revision' },
    ]);
  });

  it('hostile paths in a crafted tree (`..`, `.git`, control characters, backslashes) are skipped, never used', async () => {
    const dir = repository({ '.github/workflows/ci.yml': HIGH });
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: HIGH, env: GIT_ENV, encoding: 'utf8' }).trim();
    // git checks names when it checks out, not when a tree is made: craft trees with names no checkout would write.
    const tree = (entries: Array<[string, 'blob' | 'tree', string]>): string =>
      execFileSync('git', ['mktree', '-z'], { cwd: dir, env: GIT_ENV, encoding: 'utf8', input: entries.map(([name, type, oid]) => `${type === 'blob' ? '100644' : '040000'} ${type} ${oid}\t${name}\0`).join('') }).trim();
    const dotdot = tree([['action.yml', 'blob', blob]]);
    const workflows = tree([
      ['ci.yml', 'blob', blob],
      ['..', 'tree', dotdot],
      ['a\\..\\b.yml', 'blob', blob],
      ['line\nbreak.yml', 'blob', blob],
    ]);
    const dotGithub = tree([['workflows', 'tree', workflows]]);
    const top = tree([
      ['.github', 'tree', dotGithub],
      ['..', 'tree', dotdot],
      ['.git', 'tree', dotdot],
    ]);
    const crafted = execFileSync('git', ['commit-tree', top, '-m', 'crafted'], { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim();
    const base = ok(await readBaseRevision({ root: dir, revisions: [crafted] }));
    expect(base.files.map((f) => f.path)).toEqual(['.github/workflows/ci.yml']);
    // Reported when discovery would have read the file had its path been safe (never under .git, as discovery).
    expect(base.skipped.map((s) => s.path).sort()).toEqual(['"../action.yml"', '".github/workflows/../action.yml"', '".github/workflows/a\\\\..\\\\b.yml"', '".github/workflows/line\\nbreak.yml"'].sort());
    expect(base.skipped.every((s) => /^unsafe path/.test(s.reason))).toBe(true);
  });
});

describe('baselineFingerprints: the base revision scanned with the same config', () => {
  it('only the finding the branch adds fails; the old one, though its file was edited elsewhere, is existing', async () => {
    const dir = repository({ '.github/workflows/ci.yml': HIGH, '.github/workflows/ok.yml': CLEAN });
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, { '.github/workflows/ci.yml': HIGH_EDITED, '.github/workflows/new.yml': HIGH.replace('write-all', 'write-all\n') });
    // The working tree is scanned, committed or not.
    const current = await runScan({ paths: [dir], cwd: dir });
    expect(failingFindings(current.result.findings, 'high')).toHaveLength(3);

    const found = await baselineFingerprints({ root: current.root, baseRef: ['main'], config: current.config });
    expect(found.source).toBe('git');
    expect(found.warning).toBeUndefined();
    expect(found.baseline!.source).toMatch(/^base revision main \([0-9a-f]{12}\)$/);
    const failing = failingFindingsNewOnly(current.result.findings, 'high', found.baseline!);
    expect(failing.map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine}`)).toEqual([
      'permissions .github/workflows/ci.yml:16',
      'permissions .github/workflows/new.yml:2',
    ]);
    // The old finding moved from line 2 to line 4 and is existing.
    const existing = current.result.findings.filter((f) => found.fingerprints!.has(f.fingerprint));
    expect(existing.map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine}`)).toEqual(['permissions .github/workflows/ci.yml:4']);
  });

  it('the base is scanned with the current config, not its own: what the old config hid is existing, not new', async () => {
    const MEDIUM = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';
    // On main the config hid medium findings; the branch shows them and fails on them.
    const dir = repository({ '.github/workflows/ci.yml': MEDIUM, '.github/token-warden.yml': 'min-severity: high\n' });
    write(dir, { '.github/token-warden.yml': 'min-severity: info\nfail-on: medium\n' });
    const current = await runScan({ paths: [dir], cwd: dir });
    expect(failingFindings(current.result.findings, current.config.failOn).map((f) => f.ruleId)).toEqual(['persist-credentials']);
    const found = await baselineFingerprints({ root: current.root, baseRef: 'main', config: current.config, ...(current.configFile ? { configFile: current.configFile } : {}) });
    expect(failingFindingsNewOnly(current.result.findings, current.config.failOn, found.baseline!)).toEqual([]);
  });

  it('a credential literal in the config file at the base is existing too', async () => {
    const token = plantedToken('ghp_');
    const dir = repository({ '.github/workflows/ci.yml': CLEAN, '.github/token-warden.yml': `# ${token}\nfail-on: high\n` });
    const current = await runScan({ paths: [dir], cwd: dir });
    const literal = current.result.findings.filter((f) => f.location.file === '.github/token-warden.yml');
    expect(literal.map((f) => f.ruleId)).toEqual(['hardcoded-credential']);
    const found = await baselineFingerprints({ root: current.root, baseRef: 'main', config: current.config, configFile: current.configFile! });
    expect(newFindings(literal, found.baseline!)).toEqual([]);
    const without = await baselineFingerprints({ root: current.root, baseRef: 'main', config: current.config });
    expect(newFindings(literal, without.baseline!)).toHaveLength(1);
  });

  it('the token registry at the base is read too, so registry findings that existed are existing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-base-reg-'));
    cpSync(path.join(FIXTURES, 'unregistered-secret'), dir, { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    commit(dir, 'base');
    write(dir, { '.github/workflows/more.yml': 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        env:\n          X: ${{ secrets.BRAND_NEW_SECRET }}\n' });
    const current = await runScan({ paths: [dir], cwd: dir });
    const registryFindings = current.result.findings.filter((f) => f.ruleId === 'unregistered-secret');
    expect(registryFindings.length).toBeGreaterThan(1);
    const found = await baselineFingerprints({ root: current.root, baseRef: 'main', config: current.config, registryPath: current.report.registry!.path });
    expect(newFindings(registryFindings, found.baseline!).map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine}`)).toEqual(['unregistered-secret .github/workflows/more.yml:9']);
    // Without the registry at the base, every registry finding would look new.
    const without = await baselineFingerprints({ root: current.root, baseRef: 'main', config: current.config });
    expect(newFindings(registryFindings, without.baseline!)).toHaveLength(registryFindings.length);
  });

  it('no base revision in the clone: no fingerprints, a warning, and the caller fails on everything', async () => {
    const dir = repository({ '.github/workflows/ci.yml': HIGH });
    const found = await baselineFingerprints({ root: dir, baseRef: ['origin/main'], config: DEFAULT_CONFIG });
    expect(found).toEqual({
      source: 'none',
      warning: 'base revision "origin/main" not in the clone: fetch it with fetch-depth: 0 (actions/checkout) or give baseline-file; failing on every finding at or above fail-on',
    });
    expect(await baselineFingerprints({ root: dir, config: DEFAULT_CONFIG })).toEqual({ source: 'none' });
  });

  it('a baseline file wins over the base revision; an invalid one is an error naming it', async () => {
    const dir = repository({ '.github/workflows/ci.yml': HIGH });
    writeFileSync(path.join(dir, 'base.json'), JSON.stringify({ version: 1, tool: { name: 'token-warden', version: 'x' }, findings: [{ fingerprint: 'abc' }], summary: { minSeverity: 'critical' } }));
    const found = await baselineFingerprints({ root: dir, baselineFile: 'base.json', baseRef: 'main', config: DEFAULT_CONFIG });
    expect(found.source).toBe('file');
    expect([...found.fingerprints!]).toEqual(['abc']);
    expect(found.baseline).toEqual({ fingerprints: new Set(['abc']), source: 'base.json' });
    expect(found.warning).toMatch(/^base\.json was made with min-severity critical: findings below critical are not in it/);
    writeFileSync(path.join(dir, 'bad.json'), '{"findings": [');
    await expect(baselineFingerprints({ root: dir, baselineFile: 'bad.json', config: DEFAULT_CONFIG })).rejects.toThrow(/^invalid baseline file bad\.json: not valid JSON/);
    await expect(baselineFingerprints({ root: dir, baselineFile: 'missing.json', config: DEFAULT_CONFIG })).rejects.toThrow('baseline file not found: missing.json');
    expect(readFileSync(path.join(dir, 'bad.json'), 'utf8')).toBe('{"findings": [');
  });
});
