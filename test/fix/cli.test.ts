/** `token-warden fix` end to end on temporary repositories: output, --write, --check exit codes, --format json. */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import type { FixJsonReport } from '../../src/fix/index.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false, env: {} });
  return { code, stdout, stderr };
}

const dirs: string[] = [];
function repo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-fix-cli-'));
  dirs.push(dir);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const NEEDS_FIX = 'on: push\npermissions: write-all\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n';
const FIXED = 'on: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n';
const UNKNOWN = 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/deploy\n';
const REUSABLE = 'on: workflow_call\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n';

describe('token-warden fix', () => {
  it('prints a unified diff, changes nothing, exits 0; what is left alone goes to stderr with why', async () => {
    const dir = repo({ '.github/workflows/ci.yml': NEEDS_FIX, '.github/workflows/deploy.yml': UNKNOWN, '.github/workflows/called.yml': REUSABLE });
    const r = await cli(['fix', dir], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('--- a/.github/workflows/ci.yml\n+++ b/.github/workflows/ci.yml\n@@ -1,5 +1,5 @@\n on: push\n-permissions: write-all\n+permissions: {}\n jobs:\n   test:\n     runs-on: ubuntu-latest\n');
    expect(readFileSync(path.join(dir, '.github/workflows/ci.yml'), 'utf8')).toBe(NEEDS_FIX);
    expect(r.stderr).toContain('.github/workflows/deploy.yml:3: job "deploy" left as is: its needs cannot be judged: local action ./.github/actions/deploy');
    expect(r.stderr).toContain('.github/workflows/called.yml: left as is: triggered only by workflow_call');
    expect(r.stderr).toContain('1 of 3 workflow(s) to change');
  });

  it('--check exits 1 when a change would be made; --write makes it, after which --check exits 0 and the diff is empty', async () => {
    const dir = repo({ '.github/workflows/ci.yml': NEEDS_FIX });
    expect((await cli(['fix', '--check'], dir)).code).toBe(1);
    const written = await cli(['fix', '--write'], dir);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('fixed .github/workflows/ci.yml\n');
    expect(readFileSync(path.join(dir, '.github/workflows/ci.yml'), 'utf8')).toBe(FIXED);
    const again = await cli(['fix', '--check'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
  });

  it('--check exits 0 when nothing would change', async () => {
    const dir = repo({ '.github/workflows/ci.yml': FIXED, '.github/workflows/deploy.yml': UNKNOWN });
    expect((await cli(['fix', dir, '--check'], dir)).code).toBe(0);
  });

  it('--format json: per file and job the computed scopes, reasons, and what was skipped with why', async () => {
    const dir = repo({
      '.github/workflows/label.yml': 'on: pull_request_target\njobs:\n  label:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/labeler@v5\n',
      '.github/workflows/deploy.yml': UNKNOWN,
    });
    const r = await cli(['fix', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as FixJsonReport;
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ files: 2, changed: 1, skipped: 0, jobs: { add: 1, narrow: 0, keep: 0, skip: 1 } });
    const label = report.files.find((f) => f.path === '.github/workflows/label.yml')!;
    expect(label.status).toBe('changed');
    expect(label.workflow).toMatchObject({ action: 'add', scopes: { contents: 'read' } });
    expect(label.jobs).toEqual([
      expect.objectContaining({ id: 'label', action: 'add', confidence: 'certain', source: 'default', scopes: expect.objectContaining({ 'pull-requests': expect.objectContaining({ level: 'write' }) }) }),
    ]);
    // the job needs pull-requests: write besides what the top grants: it gets its own block
    expect(label.jobs[0]!.scopes!['pull-requests']!.because[0]).toEqual({ reason: expect.stringContaining('actions/labeler'), line: 6, confidence: 'certain' });
    const deploy = report.files.find((f) => f.path === '.github/workflows/deploy.yml')!;
    expect(deploy.jobs[0]).toMatchObject({ id: 'deploy', action: 'skip', skipKind: 'unknown-needs', confidence: 'unknown' });
    expect(deploy.workflow?.why).toContain('job "deploy" inherits it');
  });

  it('a file that is not UTF-8 is planned but never rewritten', async () => {
    const latin1 = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from(`\n${NEEDS_FIX}`)]);
    const dir = repo({ '.github/workflows/ci.yml': latin1 });
    const r = await cli(['fix', '--write', '--check'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('not valid UTF-8');
    expect(readFileSync(path.join(dir, '.github/workflows/ci.yml')).equals(latin1)).toBe(true);
  });

  it.each([[['fix', '--format', 'xml']], [['fix', '--bogus']], [['fix', '/nonexistent/path']]])('exit 2 on usage errors: %j', async (args) => {
    const dir = repo({ '.github/workflows/ci.yml': FIXED });
    const r = await cli(args, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^token-warden: /);
  });
});
