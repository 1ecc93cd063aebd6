/**
 * Secrets are never printed: plant token values and passwords in every place a workflow can hold them, and look
 * for them in every output surface of the CLI and the action.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli.js';
import { runAction } from './action-harness.js';
import { plantedToken } from './planted.js';

const classic = plantedToken('ghp_');
const fine = plantedToken('github_pat_');
const server = plantedToken('ghs_');
const password = `pw-${randomBytes(12).toString('hex')}`;
const inRegistry = plantedToken('ghp_');
// Only in a workflow that does not parse, and only in the config file: found in the raw text (issue 7, part 2).
const inBroken = plantedToken('gho_');
const inConfig = plantedToken('ghu_');
const planted = [classic, fine, server, password, inRegistry, inBroken, inConfig];

function plantedRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-leak-'));
  mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
  mkdirSync(path.join(dir, 'act'), { recursive: true });
  writeFileSync(
    path.join(dir, '.github', 'workflows', 'leaky.yml'),
    `# a token in a comment: ${classic}
on: pull_request_target
env:
  TOKEN: ${fine}
jobs:
  a:
    runs-on: ubuntu-latest
    container:
      image: registry.example.com/x
      credentials:
        username: bot
        password: ${password}
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          token: ${server}
      - run: |
          echo "${classic}" >> $GITHUB_ENV
          git push https://x:${fine}@github.com/o/r.git
      - uses: other/action@v1
        with:
          token: \${{ format('{0}', '${classic}') }}
`,
  );
  writeFileSync(path.join(dir, 'act', 'action.yml'), `name: a\ndescription: b\nruns:\n  using: composite\n  steps:\n    - run: echo ${server}\n      shell: bash\n`);
  writeFileSync(path.join(dir, '.github', 'workflows', 'broken.yml'), `on: push\njobs:\n  a: [${classic}\n  b: {\n    env: ${inBroken}\n`);
  writeFileSync(path.join(dir, '.github', 'token-warden.yml'), `# the old bot token: ${inConfig}\nfail-on: high\n`);
  writeFileSync(
    path.join(dir, '.github', 'token-scope-map.yml'),
    `version: 1\ntokens:\n  TOKEN:\n    description: kept for reference ${inRegistry}\n    category: bot\n    risk: low\n    kind: github-pat\n`,
  );
  return dir;
}

function expectClean(label: string, text: string): void {
  for (const value of planted) {
    // The distinctive part: the random body without the well-known prefix.
    const body = value.replace(/^(gh[pousr]_|github_pat_|pw-)/, '');
    expect({ label, leaked: text.includes(body) }).toEqual({ label, leaked: false });
  }
}

describe('no planted secret reaches any output', () => {
  const dir = plantedRepo();

  it.each(['text', 'json', 'sarif', 'markdown', 'github'])('CLI --format %s', async (format) => {
    let out = '';
    let err = '';
    const code = await runCli(['scan', dir, '--format', format, '--fail-on', 'none'], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir, isTTY: false, env: {} });
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThan(100);
    expectClean(`${format} stdout`, out);
    expectClean(`${format} stderr`, err);
  });

  it('the action: logs, annotations, outputs, summary, SARIF and JSON files', () => {
    const run = runAction(dir, { 'sarif-file': 'r.sarif', 'json-file': 'r.json', 'fail-on': 'none' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/hardcoded-credential/);
    // Every value read from the files is registered with the runner's masker (`::add-mask::`, which the runner
    // consumes and never shows); nothing else in the log may carry it.
    const masked = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));
    expect(masked).toEqual(expect.arrayContaining(planted));
    expectClean('action stdout', run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'));
    expectClean('action stderr', run.stderr);
    expectClean('action summary', run.summary);
    expectClean('action outputs', JSON.stringify(run.outputs));
    expectClean('sarif file', readFileSync(path.join(run.workspace, 'r.sarif'), 'utf8'));
    const json = readFileSync(path.join(run.workspace, 'r.json'), 'utf8');
    expectClean('json file', json);
    // and the findings are there, redacted
    expect(json).toContain('ghp_…(40 chars)');
    expect(json).toContain('github_pat_…(93 chars)');
  });

  it('the token in the unparsable workflow and the one in the config file are reported, critical, redacted', async () => {
    let out = '';
    await runCli(['scan', dir, '--format', 'json', '--fail-on', 'none'], { stdout: (t) => (out += t), stderr: () => {}, cwd: dir, isTTY: false, env: {} });
    const findings = (JSON.parse(out) as { findings: Array<{ ruleId: string; severity: string; file: string; startLine: number; message: string }> }).findings;
    const at = (file: string) => findings.filter((f) => f.file === file && f.ruleId === 'hardcoded-credential').map((f) => [f.severity, f.startLine, f.message.match(/\((gh._…\(\d+ chars\))\)/)?.[1]]);
    expect(at('.github/workflows/broken.yml')).toEqual([
      ['critical', 3, 'ghp_…(40 chars)'],
      ['critical', 5, 'gho_…(40 chars)'],
    ]);
    expect(at('.github/token-warden.yml')).toEqual([['critical', 1, 'ghu_…(40 chars)']]);
  });
});

describe('an invalid config or registry holding a credential: exit 2, the credential listed redacted, never quoted', () => {
  const cli = async (dir: string) => {
    let out = '';
    let err = '';
    const code = await runCli(['scan', dir], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir, isTTY: false, env: {} });
    return { code, out, err };
  };
  const repoWith = (file: string, text: string): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-leak-invalid-'));
    mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(path.join(dir, '.github', 'workflows', 'ok.yml'), 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps: [{ run: echo }]\n');
    writeFileSync(path.join(dir, file), text);
    return dir;
  };

  it('config: a token as a value and as a key', async () => {
    const value = plantedToken('ghp_');
    const key = plantedToken('ghs_');
    const r = await cli(repoWith('.github/token-warden.yml', `min-severity: ${value}\n${key}: 1\n`));
    expect(r.code).toBe(2);
    expect(r.err).toContain('.github/token-warden.yml:1:15: A GitHub personal access token (classic) is written in the file (ghp_…(40 chars)); treat it as leaked');
    expect(r.err).toContain('.github/token-warden.yml:2:1: A GitHub App installation (server-to-server) token is written in the file (ghs_…(40 chars))');
    expect(r.err).toMatch(/min-severity: expected one of .*got "ghp_…\(40 chars\)"/);
    for (const v of [value, key]) expect(r.out + r.err).not.toContain(v.slice(4));
  });

  it('config: YAML that does not parse', async () => {
    const value = plantedToken('ghp_');
    const r = await cli(repoWith('.github/token-warden.yml', `fail-on: [high\n# ${value}\n`));
    expect(r.code).toBe(2);
    expect(r.err).toContain('.github/token-warden.yml:2:3: A GitHub personal access token (classic)');
    expect(r.out + r.err).not.toContain(value.slice(4));
  });

  it('registry: YAML that does not parse', async () => {
    const value = plantedToken('ghp_');
    const r = await cli(repoWith('.github/token-scope-map.yml', `version: 1\ntokens:\n  X: [\n    description: ${value}\n`));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\.github\/token-scope-map\.yml:4:18: A GitHub personal access token \(classic\) is written in the token registry.*ghp_…\(40 chars\); treat it as leaked/);
    expect(r.out + r.err).not.toContain(value.slice(4));
  });
});
