/** Discovery and the file system: links out of the scan root, special files, files reached twice (issue 7, part 4). */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { discover, readRegularFile } from '../../src/sources/files.js';
import { runCli } from '../../src/cli.js';

const WORKFLOW = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n';
/** Text the scan must never read: it would be a parse error if it were. */
const FOREIGN = 'this: [is not\nfor the scanner\n';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-files-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  return dir;
}

function mkfifo(p: string): void {
  const r = spawnSync('mkfifo', [p]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

const rel = (root: string, files: string[]) => files.map((f) => path.relative(root, f).split(path.sep).join('/'));

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false, env: {} });
  return { code, stdout, stderr };
}

describe('symbolic links', () => {
  it('a workflow linked to a file outside the repository is not read, and is reported as skipped', () => {
    const base = tree({ 'outside/secret.yml': FOREIGN, 'repo/.github/workflows/ci.yml': WORKFLOW });
    const repo = path.join(base, 'repo');
    symlinkSync('../../../outside/secret.yml', path.join(repo, '.github/workflows/x.yml'));
    const found = discover([], repo);
    expect(rel(repo, found.files)).toEqual(['.github/workflows/ci.yml']);
    expect(found.skipped).toEqual([{ path: '.github/workflows/x.yml', reason: 'symlink-outside-root' }]);
    // also when named on the command line, and through a linked directory
    expect(discover(['.github/workflows/x.yml'], repo).skipped).toEqual([{ path: '.github/workflows/x.yml', reason: 'symlink-outside-root' }]);
    symlinkSync('../outside', path.join(repo, 'linked'));
    expect(discover(['linked/secret.yml'], repo)).toMatchObject({ files: [], skipped: [{ path: 'linked/secret.yml', reason: 'symlink-outside-root' }] });
  });

  it('a .github/workflows directory linked outside the repository is not listed', () => {
    const base = tree({ 'outside/wf/evil.yml': FOREIGN, 'repo/.github/keep': '' });
    const repo = path.join(base, 'repo');
    symlinkSync('../../outside/wf', path.join(repo, '.github/workflows'));
    const found = discover([repo], base);
    expect(found.files).toEqual([]);
    expect(found.skipped).toEqual([{ path: '.github/workflows', reason: 'symlink-outside-root' }]);
  });

  it('in a directory walk, links to directories outside are not followed; links inside are, each file read once', () => {
    const base = tree({ 'outside/o.yml': FOREIGN, 'dir/a/one.yml': WORKFLOW, 'dir/b/two.yml': WORKFLOW });
    const dir = path.join(base, 'dir');
    symlinkSync('../outside', path.join(dir, 'out'));
    symlinkSync('../a', path.join(dir, 'b', 'to-a')); // inside: same files as a/
    symlinkSync('..', path.join(dir, 'a', 'loop')); // a cycle
    symlinkSync('one.yml', path.join(dir, 'a', 'alias.yml')); // the same file under a second name
    symlinkSync('missing.yml', path.join(dir, 'dangling.yml'));
    const found = discover([dir], base);
    expect(rel(dir, found.files)).toEqual(['a/one.yml', 'b/two.yml']);
    expect(found.skipped).toEqual([
      { path: 'dangling.yml', reason: 'broken-symlink' },
      { path: 'out', reason: 'symlink-outside-root' },
    ]);
  });

  it('a link inside the root to a file not otherwise scanned is scanned under the link name', () => {
    const repo = tree({ '.github/templates/shared.yml': WORKFLOW, '.github/workflows/ci.yml': WORKFLOW });
    symlinkSync('../templates/shared.yml', path.join(repo, '.github/workflows/shared.yml'));
    const found = discover([], repo);
    expect(rel(repo, found.files)).toEqual(['.github/workflows/ci.yml', '.github/workflows/shared.yml']);
    expect(found.skipped).toEqual([]);
  });

  it('a scan root reached through a link is fine', () => {
    const base = tree({ 'real/.github/workflows/ci.yml': WORKFLOW });
    symlinkSync('real', path.join(base, 'link'));
    const found = discover(['link'], base);
    expect(rel(path.join(base, 'link'), found.files)).toEqual(['.github/workflows/ci.yml']);
    expect(found.skipped).toEqual([]);
  });
});

describe('special files', () => {
  it('a FIFO, in a walk or named, is never opened (the scan would hang) and is reported as skipped', () => {
    const repo = tree({ '.github/workflows/ci.yml': WORKFLOW });
    mkfifo(path.join(repo, '.github/workflows/pipe.yml'));
    const found = discover([], repo);
    expect(rel(repo, found.files)).toEqual(['.github/workflows/ci.yml']);
    expect(found.skipped).toEqual([{ path: '.github/workflows/pipe.yml', reason: 'not-a-regular-file' }]);
    expect(discover(['.github/workflows/pipe.yml'], repo).skipped).toEqual([{ path: '.github/workflows/pipe.yml', reason: 'not-a-regular-file' }]);
    // a link to it, and reading it by mistake, do not block either
    symlinkSync('pipe.yml', path.join(repo, '.github/workflows/to-pipe.yml'));
    expect(discover([], repo).skipped.map((s) => s.reason)).toEqual(['not-a-regular-file', 'not-a-regular-file']);
    expect(() => readRegularFile(path.join(repo, '.github/workflows/pipe.yml'))).toThrow(/not a regular file/);
  });

  it('a device named on the command line is skipped', () => {
    expect(discover(['/dev/null'], tmpdir()).skipped).toEqual([{ path: path.relative(tmpdir(), '/dev/null'), reason: 'not-a-regular-file' }]);
  });
});

describe('skipped files in the reports', () => {
  const base = tree({ 'outside/secret.yml': FOREIGN, 'repo/.github/workflows/ci.yml': WORKFLOW });
  const repo = path.join(base, 'repo');
  symlinkSync('../../../outside/secret.yml', path.join(repo, '.github/workflows/x.yml'));
  mkfifo(path.join(repo, '.github/workflows/pipe.yml'));

  it('text: counted in the summary line, each listed with why', async () => {
    const r = await cli(['scan', '--fail-on', 'none'], repo);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 finding(s) (1 medium) in 1 file(s), 2 skipped\n');
    expect(r.stdout).toContain('skipped: .github/workflows/pipe.yml: not a regular file (a FIFO, socket or device), never opened');
    expect(r.stdout).toContain('skipped: .github/workflows/x.yml: symbolic link to a path outside the scan root, not followed');
    expect(r.stdout).not.toContain('parse-error');
  });

  it('JSON: summary.skipped', async () => {
    const r = await cli(['scan', '--format', 'json', '--fail-on', 'none'], repo);
    expect(JSON.parse(r.stdout).summary.skipped).toEqual([
      { path: '.github/workflows/pipe.yml', reason: 'not-a-regular-file' },
      { path: '.github/workflows/x.yml', reason: 'symlink-outside-root' },
    ]);
  });

  it('Markdown: a line in the header and a section', async () => {
    const r = await cli(['scan', '--format', 'markdown', '--fail-on', 'none'], repo);
    expect(r.stdout).toContain('; 2 file(s) skipped (listed below)');
    expect(r.stdout).toContain('### Skipped files\n\n- `.github/workflows/pipe.yml`: not a regular file');
  });
});

describe('the config file and the registry at their default paths', () => {
  it.each(['.github/token-warden.yml', '.github/token-scope-map.yml'])('%s linked outside the root: exit 2, not read', async (file) => {
    const base = tree({ 'outside/x.yml': FOREIGN, 'repo/.github/workflows/ci.yml': WORKFLOW });
    const repo = path.join(base, 'repo');
    symlinkSync('../../outside/x.yml', path.join(repo, file));
    const r = await cli(['scan'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`token-warden: ${file} is a symbolic link to a path outside the scan root: not followed`);
  });

  it('a FIFO as the default config file is refused, not waited on', async () => {
    const repo = tree({ '.github/workflows/ci.yml': WORKFLOW });
    mkfifo(path.join(repo, '.github/token-warden.yml'));
    const r = await cli(['scan'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/token-warden\.yml: not a regular file/);
  });
});
