/**
 * runRotate against the GitHub API double: due secrets get a fresh value (the double decrypts it: length, alphabet,
 * prefix and checksum checked), fresh ones are not rewritten, --force, dry runs write nothing, the GITHUB_TOKEN
 * message, retries, a failed write as a finding, and the history in the state without a single value.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from '../../src/errors.js';
import { apiKeyChecksumValid } from '../../src/renewal/generate.js';
import { runRotate, type RotateOptions, type RotateResult } from '../../src/renewal/rotate.js';
import { MemoryRenewalStateStore, parseRenewalState } from '../../src/renewal/state.js';
import { faults } from '../double/faults.js';
import { useGitHubDouble } from '../double/jest.js';
import { harness, renewalClient, TestClock, writes, type Harness } from './helpers.js';

const START = '2027-03-01T10:00:00Z';
const DAY = 86_400_000;
let clock = new TestClock(START);
const gh = useGitHubDouble({ now: () => clock.date() });
beforeEach(() => {
  clock = new TestClock(START);
});

const REGISTRY = `version: 1
tokens:
  WEBHOOK_SECRET:
    description: Signs outgoing webhooks; updated 40 days ago, rotated every 30
    category: ci-cd
    risk: medium
    kind: webhook-secret
    rotation:
      generate: { type: hex, length: 64 }
      max-age-days: 30
  PARTNER_API_KEY:
    description: Key partners call us with; updated 10 days ago, rotated every 90
    category: runtime
    risk: high
    kind: api-key
    rotation:
      generate: { type: api-key, prefix: sk_live_ }
      max-age-days: 90
  SESSION_SIGNING:
    description: JWT signing secret; not yet in GitHub
    category: runtime
    risk: high
    kind: jwt
    rotation: { generate: { type: jwt-secret }, max-age-days: 30 }
  CACHE_KEY:
    description: exactly 7 days old, rotated every 7
    category: ci-cd
    risk: low
    kind: other
    rotation: { generate: { type: base64, prefix: ck., length: 48 }, max-age-days: 7 }
  DEPLOY_PAT:
    description: no rotation rule; never touched
    category: ci-cd
    risk: high
    kind: github-pat-fine-grained
    expires: 2027-12-31
`;

const OLD = { WEBHOOK_SECRET: 'old-webhook-value-0123456789abcdef', PARTNER_API_KEY: 'sk_live_oldpartnerkeyvalue0000', CACHE_KEY: 'old-cache-key-value-000000', DEPLOY_PAT: 'github_pat_oldvalue_000000000000' };

function repoDir(text = REGISTRY): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-rotate-'));
  mkdirSync(path.join(dir, '.github'));
  writeFileSync(path.join(dir, '.github', 'token-scope-map.yml'), text);
  return dir;
}

function seed(): void {
  const repo = gh.double.state.addRepo('acme/app');
  const s = gh.double.state;
  s.addSecret(repo.actions, 'WEBHOOK_SECRET', OLD.WEBHOOK_SECRET, { updatedAt: new Date(clock.ms - 40 * DAY) });
  s.addSecret(repo.actions, 'PARTNER_API_KEY', OLD.PARTNER_API_KEY, { updatedAt: new Date(clock.ms - 10 * DAY) });
  s.addSecret(repo.actions, 'CACHE_KEY', OLD.CACHE_KEY, { updatedAt: new Date(clock.ms - 7 * DAY) });
  s.addSecret(repo.actions, 'DEPLOY_PAT', OLD.DEPLOY_PAT, { updatedAt: new Date(clock.ms - 400 * DAY) });
}

function secretsToken(): string {
  return gh.double.state.addToken({ kind: 'fine-grained', permissions: { secrets: 'write' }, repositories: ['acme/app'] }).token;
}

async function rotate(token: string, h: Harness, options: Partial<RotateOptions> = {}): Promise<RotateResult> {
  const root = options.root ?? repoDir();
  return runRotate({
    root,
    cwd: root,
    repository: 'acme/app',
    client: await renewalClient(gh.double, token, h),
    dryRun: false,
    mask: (v) => h.masked.push(v),
    now: clock.now,
    sleep: h.sleep,
    random: () => 0.5,
    log: (m) => h.logs.push(m),
    run: 'acme/app run 99 attempt 1',
    ...options,
  });
}

function value(name: string): string {
  return gh.double.state.mustRepo('acme/app').actions.secrets.get(name)!.value;
}

function newValues(): string[] {
  return [...gh.double.state.mustRepo('acme/app').actions.secrets.values()].map((s) => s.value).filter((v) => !Object.values(OLD).includes(v));
}

describe('rotate', () => {
  test('writes fresh values to due secrets only; each decrypts to the right length, alphabet and prefix', async () => {
    seed();
    const h = harness();
    const state = new MemoryRenewalStateStore();
    const result = await rotate(secretsToken(), h, { state });

    expect(writes(gh.double)).toEqual(['PUT /repos/acme/app/actions/secrets/WEBHOOK_SECRET', 'PUT /repos/acme/app/actions/secrets/SESSION_SIGNING', 'PUT /repos/acme/app/actions/secrets/CACHE_KEY']);
    expect(gh.double.calls('actions/get-repo-public-key')).toBe(1);
    expect(value('WEBHOOK_SECRET')).toMatch(/^[0-9a-f]{64}$/);
    expect(value('SESSION_SIGNING')).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(value('CACHE_KEY')).toMatch(/^ck\.[A-Za-z0-9+/]{48}$/);
    // not due: untouched, value and date
    expect(value('PARTNER_API_KEY')).toBe(OLD.PARTNER_API_KEY);
    expect(value('DEPLOY_PAT')).toBe(OLD.DEPLOY_PAT);
    expect(gh.double.state.mustRepo('acme/app').actions.secrets.get('PARTNER_API_KEY')!.updatedAt.getTime()).toBe(clock.ms - 10 * DAY);

    expect(result.status).toBe('rotated');
    expect(result.wrote).toBe(true);
    expect(result.actions).toEqual([
      'PARTNER_API_KEY: not due — updated 2027-02-19, 10 day(s) ago; due 2027-05-20 (max-age-days 90)',
      'WEBHOOK_SECRET: rotated — a new hex: 64 characters (256 random bits), because updated 2027-01-20, 40 day(s) ago: at least max-age-days 30',
      'SESSION_SIGNING: created — a new jwt-secret: 86 characters (516 random bits), because no Actions secret of this name yet: it is created',
      'CACHE_KEY: rotated — a new base64: ck. + 48 characters (288 random bits), because updated 2027-02-22, 7 day(s) ago: at least max-age-days 7',
    ]);
    expect(newValues()).toHaveLength(3);
    expect(h.masked).toEqual(expect.arrayContaining(newValues()));
    expect(result.outputs).toEqual({});

    const saved = parseRenewalState(state.text!).state!;
    expect(saved.rotations.map((e) => [e.name, e.at, e.run, e.outcome])).toEqual([
      ['WEBHOOK_SECRET', '2027-03-01T10:00:00.000Z', 'acme/app run 99 attempt 1', 'rotated'],
      ['SESSION_SIGNING', '2027-03-01T10:00:00.000Z', 'acme/app run 99 attempt 1', 'created'],
      ['CACHE_KEY', '2027-03-01T10:00:00.000Z', 'acme/app run 99 attempt 1', 'rotated'],
    ]);
    for (const v of [...newValues(), ...Object.values(OLD)]) {
      expect(state.text!.includes(v)).toBe(false);
      expect(JSON.stringify(result).includes(v)).toBe(false);
      expect(h.logs.join('\n').includes(v)).toBe(false);
    }

    // The next day nothing is due: nothing is written.
    gh.double.clearLog();
    clock.advance(DAY);
    const next = await rotate(secretsToken(), h, { state });
    expect(next.status).toBe('nothing-due');
    expect(writes(gh.double)).toEqual([]);
    expect(parseRenewalState(state.text!).state!.rotations).toHaveLength(3);
  });

  test('--force NAME and --force-all rotate what is not due; the api-key checksum holds', async () => {
    seed();
    const h = harness();
    const forced = await rotate(secretsToken(), h, { force: { names: ['partner_api_key'] } });
    expect(forced.actions).toContain('PARTNER_API_KEY: rotated — a new api-key: sk_live_ + 40 characters (202 random bits), because forced (updated 2027-02-19, 10 day(s) ago)');
    const key = value('PARTNER_API_KEY');
    expect(key).toMatch(/^sk_live_[A-Za-z0-9]{40}$/);
    expect(apiKeyChecksumValid(key)).toBe(true);

    gh.double.clearLog();
    const all = await rotate(secretsToken(), h, { force: { all: true } });
    expect(all.history.map((e) => e.name)).toEqual(['WEBHOOK_SECRET', 'PARTNER_API_KEY', 'SESSION_SIGNING', 'CACHE_KEY']);
    expect(writes(gh.double)).toHaveLength(4);

    await expect(rotate(secretsToken(), h, { force: { names: ['DEPLOY_PAT'] } })).rejects.toThrow(new UsageError('--force DEPLOY_PAT: no token of that name has a rotation rule in .github/token-scope-map.yml (rules: WEBHOOK_SECRET, PARTNER_API_KEY, SESSION_SIGNING, CACHE_KEY)'));
  });

  test('outputValues hands each new value back, masked first', async () => {
    seed();
    const h = harness();
    const result = await rotate(secretsToken(), h, { outputValues: true, force: { names: ['WEBHOOK_SECRET'] } });
    expect(result.secretOutputs).toEqual(['WEBHOOK_SECRET', 'SESSION_SIGNING', 'CACHE_KEY']);
    expect(result.outputs.WEBHOOK_SECRET).toBe(value('WEBHOOK_SECRET'));
    expect(h.masked).toEqual(expect.arrayContaining(Object.values(result.outputs)));
  });

  test('a dry run lists what it would write and writes nothing (no PUT, no state)', async () => {
    seed();
    const h = harness();
    const state = new MemoryRenewalStateStore();
    const token = secretsToken();
    const result = await rotate(token, h, { dryRun: true, state });
    expect(writes(gh.double)).toEqual([]);
    expect(state.saves).toBe(0);
    expect(result.status).toBe('would-rotate');
    expect(result.actions).toEqual([
      'PARTNER_API_KEY: not due — updated 2027-02-19, 10 day(s) ago; due 2027-05-20 (max-age-days 90)',
      'WEBHOOK_SECRET: would write a new hex: 64 characters (256 random bits) to the repository acme/app secret, sealed with its public key — because updated 2027-01-20, 40 day(s) ago: at least max-age-days 30',
      'SESSION_SIGNING: would write a new jwt-secret: 86 characters (516 random bits) to the repository acme/app secret, sealed with its public key — because no Actions secret of this name yet: it is created',
      'CACHE_KEY: would write a new base64: ck. + 48 characters (288 random bits) to the repository acme/app secret, sealed with its public key — because updated 2027-02-22, 7 day(s) ago: at least max-age-days 7',
      'dry run: nothing was written (run with --apply to do it)',
    ]);
    expect(h.masked).toEqual([token]); // only the API token, by the client: nothing generated
  });

  test('the default GITHUB_TOKEN: one message naming the secrets permission and how to supply an App or a PAT', async () => {
    seed();
    const token = gh.double.state.addToken({ kind: 'github-actions', permissions: { contents: 'write', metadata: 'read' }, repositories: ['acme/app'] }).token;
    const result = await rotate(token, harness());
    expect(result.status).toBe('failed');
    expect(result.error).toBe(
      'GitHub answered GET /repos/acme/app/actions/secrets?per_page=100 with 403 (Resource not accessible by integration). Rotating the Actions secrets of acme/app needs the repository permission "Secrets: write" (secrets) for a GitHub App or fine-grained PAT, or the scope repo for a classic PAT. The default GITHUB_TOKEN never has it, whatever the workflow\'s permissions block says: supply a GitHub App (--app-id, its private key in GITHUB_APP_PRIVATE_KEY, --installation-id) or a PAT in GITHUB_TOKEN/GH_TOKEN that has it.',
    );
    expect(writes(gh.double)).toEqual([]);
  });

  test('retries a 502 with backoff; a write that keeps failing is a finding at the registry entry, the others still rotate', async () => {
    seed();
    gh.double.inject('actions/create-or-update-repo-secret', faults.serverError(502), { calls: [1] });
    gh.double.inject('PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}', faults.serverError(503), { calls: { from: 3, to: 5 } });
    const h = harness();
    const state = new MemoryRenewalStateStore();
    const result = await rotate(secretsToken(), h, { state });
    // WEBHOOK_SECRET: 502 then 204 (updated); SESSION_SIGNING: 503 ×3 → failed; CACHE_KEY: 204
    expect(gh.double.requests('actions/create-or-update-repo-secret').map((r) => `${r.path.split('/').pop()} ${r.status}`)).toEqual([
      'WEBHOOK_SECRET 502',
      'WEBHOOK_SECRET 204',
      'SESSION_SIGNING 503',
      'SESSION_SIGNING 503',
      'SESSION_SIGNING 503',
      'CACHE_KEY 204',
    ]);
    expect(h.sleeps).toEqual([1500, 1500, 3000]);
    expect(result.status).toBe('partial');
    expect(result.findings.map((f) => [f.ruleId, f.severity, `${f.location.file}:${f.location.startLine}`])).toEqual([['secret-rotation-failed', 'high', '.github/token-scope-map.yml:19']]);
    expect(result.findings[0]!.message).toBe(
      'Secret SESSION_SIGNING of repository acme/app was due for rotation (no Actions secret of this name yet: it is created) and was not rotated: PUT the secret SESSION_SIGNING failed after 3 attempts: GitHub failed PUT /repos/acme/app/actions/secrets/SESSION_SIGNING (503 Service Unavailable)',
    );
    expect(parseRenewalState(state.text!).state!.rotations.map((e) => `${e.name} ${e.outcome}`)).toEqual(['WEBHOOK_SECRET rotated', 'SESSION_SIGNING failed', 'CACHE_KEY rotated']);
    for (const v of h.masked) expect(JSON.stringify(result).includes(v) || state.text!.includes(v)).toBe(false);
  });

  test('a registry without rotation rules: nothing to do, said so', async () => {
    seed();
    const root = repoDir('version: 1\ntokens:\n  DEPLOY_PAT: { description: x, category: ci-cd, risk: low, kind: other }\n');
    const result = await rotate(secretsToken(), harness(), { root });
    expect(result.notes).toEqual(['no token in .github/token-scope-map.yml has a rotation rule: nothing to rotate']);
    expect(gh.double.log).toEqual([]);
  });
});
