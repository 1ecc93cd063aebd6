/**
 * `token-warden runner-token` and `token-warden rotate` end to end against the GitHub API double: dry run by default
 * (no write in the double's log), --apply, text and JSON, the state file, masked step outputs through $GITHUB_OUTPUT,
 * usage errors (exit 2), the GITHUB_TOKEN-only failure (exit 1) — and no planted value in any stdout, stderr, JSON,
 * state file or error message. The one sanctioned appearance is the `::add-mask::` command a step output needs.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { useGitHubDouble } from '../double/jest.js';
import { writes } from './helpers.js';

const gh = useGitHubDouble();

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

const transcripts: string[] = [];

async function cli(args: string[], env: Record<string, string | undefined>, cwd = mkdtempSync(path.join(tmpdir(), 'tw-cli-'))): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false, env });
  transcripts.push(stdout, stderr);
  return { code, stdout, stderr };
}

/** Every value the double issued or holds, which must appear nowhere but in $GITHUB_OUTPUT and its add-mask. */
function planted(): string[] {
  const out: string[] = [];
  for (const scope of [...gh.double.state.orgs.values(), ...gh.double.state.repos.values()]) {
    out.push(...scope.runners.issuedTokens.map((t) => t.token), ...scope.runners.jitConfigs.map((j) => j.encodedJitConfig));
    out.push(...[...scope.actions.secrets.values()].map((s) => s.value));
  }
  return out;
}

function expectNoLeak(texts: string[]): void {
  const values = planted();
  for (const text of texts) {
    const withoutMask = text
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const v of values) expect({ leaked: withoutMask.includes(v) }).toEqual({ leaked: false });
  }
}

beforeEach(() => {
  transcripts.length = 0;
});

function orgToken(): string {
  gh.double.state.addOrg('acme');
  return gh.double.state.addToken({ kind: 'fine-grained', permissions: { organization_self_hosted_runners: 'write', organization_secrets: 'write' } }).token;
}

describe('token-warden runner-token', () => {
  test('a dry run by default: says what it would do, writes nothing, exit 0', async () => {
    const token = orgToken();
    const org = gh.double.state.org('acme')!;
    gh.double.state.addRunner(org.runners, { name: 'build-1', status: 'offline', labels: ['self-hosted', 'linux'] });
    gh.double.state.addRunner(org.runners, { name: 'build-2', status: 'online', labels: ['self-hosted', 'linux'] });
    const r = await cli(['runner-token', '--org', 'acme', '--store-secret', 'RUNNER_TOKEN', '--visibility', 'private', '--api-url', gh.double.url], { GITHUB_TOKEN: token });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'runner-token: registration token for organisation acme → organisation secret RUNNER_TOKEN (dry run)',
        '  would mint: POST /orgs/acme/actions/runners/registration-token — because no stored token is known (no state, no secret)',
        "  would write it to the organisation secret RUNNER_TOKEN (visibility private), sealed with the organisation's public key",
        '  dry run: nothing was written (run with --apply to do it)',
        'runners: 2 self-hosted, 1 offline',
        'findings (1):',
        '  medium    runner-offline  orgs/acme/actions/runners  1 runner(s) with the labels [linux, self-hosted] are offline in organisation acme (build-1); 1 online runner(s) still serve these labels',
        'metrics (unchanged by a dry run): last_check never, last_refresh never, total_refreshes 0, failed_refreshes 0, consecutive_failures 0',
        '',
      ].join('\n'),
    );
    expect(writes(gh.double)).toEqual([]);
  });

  test('--apply with --state and --format json: stored, metrics kept, the next run has nothing to do', async () => {
    const token = orgToken();
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-state-'));
    const state = path.join(dir, 'runner.json');
    const args = ['runner-token', '--org', 'acme', '--store-secret', 'RUNNER_TOKEN', '--visibility', 'selected', '--selected-repository-ids', '5,6', '--apply', '--state', state, '--format', 'json', '--api-url', gh.double.url];
    const first = await cli(args, { GH_TOKEN: token });
    expect(first.code).toBe(0);
    const json = JSON.parse(first.stdout);
    const org = gh.double.state.org('acme')!;
    expect(org.actions.secrets.get('RUNNER_TOKEN')).toMatchObject({ value: org.runners.issuedTokens[0]!.token, visibility: 'selected', selectedRepositoryIds: [5, 6] });
    expect(json).toMatchObject({
      version: 1,
      command: 'runner-token',
      dryRun: false,
      status: 'refreshed',
      threshold: '5m',
      error: null,
      metrics: { total_refreshes: 1, failed_refreshes: 0, consecutive_failures: 0 },
      runners: { total: 0, offline: 0 },
      outputs: { refreshed: 'true', 'expires-at': json.expiresAt },
      maskedOutputs: [],
      findings: [],
    });
    const saved = JSON.parse(readFileSync(state, 'utf8'));
    expect(saved.runner_tokens['orgs/acme#secret:RUNNER_TOKEN'].expires_at).toBe(json.expiresAt);

    gh.double.clearLog();
    const second = await cli(args, { GH_TOKEN: token });
    expect(JSON.parse(second.stdout)).toMatchObject({ status: 'fresh', metrics: { total_refreshes: 1 } });
    expect(writes(gh.double)).toEqual([]);
    expectNoLeak([...transcripts, readFileSync(state, 'utf8')]);
  });

  test('--store-output: the token goes to $GITHUB_OUTPUT after an add-mask command, and nowhere else', async () => {
    gh.double.state.addRepo('acme/app');
    const token = gh.double.state.addToken({ scopes: ['repo'] }).token;
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-out-'));
    const output = path.join(dir, 'output');
    writeFileSync(output, '');
    const r = await cli(['runner-token', '--repo', 'acme/app', '--store-output', '--apply', '--api-url', gh.double.url], { GITHUB_TOKEN: token, GITHUB_OUTPUT: output });
    expect(r.code).toBe(0);
    const issued = gh.double.state.mustRepo('acme/app').runners.issuedTokens[0]!.token;
    expect(r.stdout.split('\n')[0]).toBe(`::add-mask::${issued}`);
    const written = readFileSync(output, 'utf8');
    expect(written).toMatch(new RegExp(`^runner-token<<(ghadelimiter_[0-9a-f-]+)\\n${issued}\\n\\1\\nrefreshed<<`));
    expect(written).toMatch(/expires-at<<ghadelimiter_[0-9a-f-]+\n\d{4}-\d\d-\d\dT/);
    expect(r.stdout).toContain('  set the masked step output runner-token');
    expectNoLeak(transcripts);
  });

  test('--store-output outside a GitHub Actions step is refused before anything is minted', async () => {
    gh.double.state.addRepo('acme/app');
    const token = gh.double.state.addToken({ scopes: ['repo'] }).token;
    const r = await cli(['runner-token', '--repo', 'acme/app', '--store-output', '--apply', '--api-url', gh.double.url], { GITHUB_TOKEN: token });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('token-warden: --store-output writes a masked step output to $GITHUB_OUTPUT, which is not set (not a GitHub Actions step); the value is never printed: use --store-secret instead\n');
    expect(gh.double.log).toEqual([]);
  });

  test('--jit with --store-secret: the sealed secret is the JIT config GitHub made', async () => {
    gh.double.state.addRepo('acme/app');
    const token = gh.double.state.addToken({ scopes: ['repo'] }).token;
    const r = await cli(['runner-token', '--repo', 'acme/app', '--jit', 'ci-77', '--labels', 'linux,arm64', '--store-secret', 'JIT_CONFIG', '--apply', '--api-url', gh.double.url], { GITHUB_TOKEN: token });
    expect(r.code).toBe(0);
    const repo = gh.double.state.mustRepo('acme/app');
    expect(repo.actions.secrets.get('JIT_CONFIG')!.value).toBe(repo.runners.jitConfigs[0]!.encodedJitConfig);
    expect(r.stdout).toMatch(/generated a JIT config for runner ci-77 \(id \d+\)/);
    expectNoLeak(transcripts);
  });

  test('with only the default GITHUB_TOKEN: exit 1 and one clear message on stderr', async () => {
    gh.double.state.addRepo('acme/app');
    const token = gh.double.state.addToken({ kind: 'github-actions', permissions: { contents: 'read', metadata: 'read' } }).token;
    const r = await cli(['runner-token', '--repo', 'acme/app', '--store-secret', 'RUNNER_TOKEN', '--apply', '--api-url', gh.double.url], { GITHUB_TOKEN: token });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^token-warden: runner-token failed: GitHub answered GET \/repos\/acme\/app\/actions\/runners\?per_page=100 with 403 .* needs the repository permission "Administration: write" \(administration\) .* The default GITHUB_TOKEN never has it, whatever the workflow's permissions block says: supply a GitHub App \(--app-id, its private key in GITHUB_APP_PRIVATE_KEY, --installation-id\) or a PAT in GITHUB_TOKEN\/GH_TOKEN that has it\.\n$/);
    expect(r.stdout).toContain('high      runner-token-refresh-failed');
  });

  test('a GitHub App: the installation token is minted from --app-id and GITHUB_APP_PRIVATE_KEY', async () => {
    gh.double.state.addOrg('acme');
    const app = gh.double.state.addApp();
    const installation = gh.double.state.addInstallation({ appId: app.id, account: 'acme', permissions: { organization_self_hosted_runners: 'write', organization_secrets: 'write' } });
    const r = await cli(['runner-token', '--org', 'acme', '--store-secret', 'RUNNER_TOKEN', '--visibility', 'private', '--apply', '--app-id', String(app.id), '--installation-id', String(installation.id), '--api-url', gh.double.url], {
      GITHUB_APP_PRIVATE_KEY: app.privateKey,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(gh.double.state.org('acme')!.actions.secrets.get('RUNNER_TOKEN')!.value).toBe(gh.double.state.org('acme')!.runners.issuedTokens[0]!.token);
    expectNoLeak(transcripts);
  });

  test.each([
    [['--store-output'], 'runner-token needs exactly one of --org ORG, --repo OWNER/REPO, --enterprise SLUG'],
    [['--org', 'acme', '--repo', 'acme/app', '--store-output'], 'runner-token needs exactly one of'],
    [['--org', 'acme'], 'runner-token needs somewhere to put the token: --store-secret NAME, --store-output, or both'],
    [['--org', 'acme', '--store-secret', 'RUNNER_TOKEN'], '--store-secret with --org needs --visibility all|private|selected'],
    [['--org', 'acme', '--store-secret', 'X', '--visibility', 'selected'], '--visibility selected needs --selected-repository-ids'],
    [['--repo', 'acme/app', '--store-secret', 'GITHUB_RUNNER'], 'is not a valid secret name'],
    [['--enterprise', 'big-co', '--store-secret', 'X'], '--store-secret: an enterprise has no Actions secrets'],
    [['--repo', 'acme/app', '--store-secret', 'X', '--dry-run', '--apply'], '--dry-run and --apply contradict each other'],
    [['--repo', 'acme/app', '--store-secret', 'X', '--threshold', '2h'], "--threshold must be a duration under the token's one hour"],
    [['--repo', 'acme/app', '--store-secret', 'X', '--jit', 'r1'], '--jit needs --labels a,b'],
    [['--repo', 'acme/app', '--store-secret', 'X', '--labels', 'a'], '--labels and --runner-group-id go with --jit NAME'],
    [['--repo', 'acme/app', '--store-secret', 'X', '--format', 'xml'], '--format must be text or json'],
    [['--repo', 'acme/app', '--store-secret', 'X'], 'no credential: set GITHUB_TOKEN (or GH_TOKEN) to a token with administration: write'],
    [['--repo', 'acme/app', '--store-secret', 'X', '--app-id', '12'], '--app-id needs the App private key (PEM) in the environment variable GITHUB_APP_PRIVATE_KEY'],
  ])('usage error %j', async (args, message) => {
    const r = await cli(['runner-token', ...args], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(gh.double.log).toEqual([]);
  });
});

const REGISTRY = `version: 1
tokens:
  WEBHOOK_SECRET:
    description: Signs webhooks
    category: ci-cd
    risk: medium
    kind: webhook-secret
    rotation: { generate: { type: alphanumeric, prefix: whsec_, length: 32 }, max-age-days: 30 }
  FRESH_KEY:
    description: Not due
    category: ci-cd
    risk: low
    kind: api-key
    rotation: { generate: { type: api-key }, max-age-days: 90 }
`;

function repoWithRegistry(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-rot-'));
  mkdirSync(path.join(dir, '.github'));
  writeFileSync(path.join(dir, '.github', 'token-scope-map.yml'), REGISTRY);
  const repo = gh.double.state.addRepo('acme/app');
  gh.double.state.addSecret(repo.actions, 'WEBHOOK_SECRET', 'whsec_theOldValueThatWasPlanted0000', { updatedAt: new Date(Date.now() - 45 * 86_400_000) });
  gh.double.state.addSecret(repo.actions, 'FRESH_KEY', 'freshKeyValuePlanted000000000000', { updatedAt: new Date(Date.now() - 3 * 86_400_000) });
  return dir;
}

describe('token-warden rotate', () => {
  test('a dry run by default, then --apply writes only the due secret and records the history', async () => {
    const dir = repoWithRegistry();
    const token = gh.double.state.addToken({ scopes: ['repo'] }).token;
    const env = { GITHUB_TOKEN: token, GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '2' };
    const dry = await cli(['rotate', '--api-url', gh.double.url], env, dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^rotate: Actions secrets of acme\/app with a rotation rule in \.github\/token-scope-map\.yml \(dry run\)\n {2}FRESH_KEY: not due — updated \d{4}-\d\d-\d\d, 3 day\(s\) ago; due \d{4}-\d\d-\d\d \(max-age-days 90\)\n {2}WEBHOOK_SECRET: would write a new alphanumeric: whsec_ \+ 32 characters \(190 random bits\) to the repository acme\/app secret, sealed with its public key — because updated \d{4}-\d\d-\d\d, 45 day\(s\) ago: at least max-age-days 30\n {2}dry run: nothing was written \(run with --apply to do it\)\n$/);
    expect(writes(gh.double)).toEqual([]);

    const state = path.join(dir, 'state.json');
    const applied = await cli(['rotate', '--apply', '--state', state, '--format', 'json', '--api-url', gh.double.url], env, dir);
    expect(applied.code).toBe(0);
    const json = JSON.parse(applied.stdout);
    expect(json).toMatchObject({ command: 'rotate', dryRun: false, status: 'rotated', repository: 'acme/app', registry: '.github/token-scope-map.yml', error: null, findings: [] });
    expect(json.secrets.map((s: { name: string; due: boolean; reason: string }) => [s.name, s.due, s.reason])).toEqual([
      ['WEBHOOK_SECRET', true, 'too-old'],
      ['FRESH_KEY', false, 'fresh'],
    ]);
    expect(json.history).toEqual([expect.objectContaining({ name: 'WEBHOOK_SECRET', run: 'acme/app run 123 attempt 2', outcome: 'rotated' })]);
    const secrets = gh.double.state.mustRepo('acme/app').actions.secrets;
    expect(secrets.get('WEBHOOK_SECRET')!.value).toMatch(/^whsec_[A-Za-z0-9]{32}$/);
    expect(secrets.get('FRESH_KEY')!.value).toBe('freshKeyValuePlanted000000000000');
    expect(writes(gh.double)).toEqual(['PUT /repos/acme/app/actions/secrets/WEBHOOK_SECRET']);
    expect(JSON.parse(readFileSync(state, 'utf8')).rotations).toEqual([expect.objectContaining({ name: 'WEBHOOK_SECRET', run: 'acme/app run 123 attempt 2' })]);
    expectNoLeak([...transcripts, readFileSync(state, 'utf8')]);
  });

  test('--store-output hands the new value to $GITHUB_OUTPUT (masked); --force NAME rotates what is not due', async () => {
    const dir = repoWithRegistry();
    const token = gh.double.state.addToken({ scopes: ['repo'] }).token;
    const output = path.join(dir, 'output');
    const r = await cli(['rotate', '--apply', '--force', 'FRESH_KEY', '--store-output', '--repo', 'acme/app', '--api-url', gh.double.url], { GITHUB_TOKEN: token, GITHUB_OUTPUT: output }, dir);
    expect(r.code).toBe(0);
    const secrets = gh.double.state.mustRepo('acme/app').actions.secrets;
    const hook = secrets.get('WEBHOOK_SECRET')!.value;
    const key = secrets.get('FRESH_KEY')!.value;
    expect(r.stdout.split('\n').slice(0, 2).sort()).toEqual([`::add-mask::${hook}`, `::add-mask::${key}`].sort());
    const written = readFileSync(output, 'utf8');
    expect(written).toContain(`\n${hook}\n`);
    expect(written).toContain(`\n${key}\n`);
    expectNoLeak(transcripts);
  });

  test('usage and registry errors exit 2 before any call', async () => {
    const dir = repoWithRegistry();
    const env = { GITHUB_TOKEN: 'ghp_x', GITHUB_REPOSITORY: 'acme/app' };
    expect((await cli(['rotate', '--force', 'NOPE', '--api-url', gh.double.url], { ...env, GITHUB_TOKEN: gh.double.state.addToken({ scopes: ['repo'] }).token }, dir)).stderr).toContain(
      '--force NOPE: no token of that name has a rotation rule in .github/token-scope-map.yml (rules: WEBHOOK_SECRET, FRESH_KEY)',
    );
    expect((await cli(['rotate', '--force', 'A', '--force-all'], env, dir)).stderr).toContain('--force NAME and --force-all: give one of them');
    expect((await cli(['rotate'], { GITHUB_TOKEN: 'x' }, mkdtempSync(path.join(tmpdir(), 'tw-none-')))).stderr).toContain('rotate needs the repository whose secrets it writes');
    const empty = mkdtempSync(path.join(tmpdir(), 'tw-none-'));
    const none = await cli(['rotate', '--repo', 'acme/app', '--api-url', gh.double.url], env, empty);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no token registry found');
    expect(existsSync(path.join(empty, 'state.json'))).toBe(false);
    expect(writes(gh.double)).toEqual([]);
  });

  test('the default GITHUB_TOKEN: exit 1, the secrets permission named', async () => {
    const dir = repoWithRegistry();
    const token = gh.double.state.addToken({ kind: 'github-actions', permissions: { contents: 'read' } }).token;
    const r = await cli(['rotate', '--apply', '--repo', 'acme/app', '--api-url', gh.double.url], { GITHUB_TOKEN: token }, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^token-warden: rotate failed: GitHub answered GET \/repos\/acme\/app\/actions\/secrets\?per_page=100 with 403 .*"Secrets: write" \(secrets\).*The default GITHUB_TOKEN never has it/);
  });
});
