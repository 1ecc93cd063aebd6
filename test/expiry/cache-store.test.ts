/**
 * CacheStateStore with the real @actions/cache 6.x against the loopback double of the cache service (v2, twirp):
 * first run, round trip, newest wins, corrupt blobs, service failures (4xx and ok:false only: the library retries
 * 5xx for about 30 s), the environment it runs in, and no token value in any saved byte.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CACHE_ENV_KEYS, CacheStateStore, keyPart, NOT_AVAILABLE, stateKeyPrefix, type CacheStateStoreOptions } from '../../src/expiry/state/cache-store.js';
import { stateFromRun, type ExpiryState } from '../../src/expiry/state/state.js';
import { CacheDouble } from '../double/cache.js';
import { plantedToken } from '../planted.js';
import { finding, plan, row } from './state-fixtures.js';

const REPO = 'acme/app';
const REF = 'refs/heads/main';
const PREFIX = `token-warden-expiry-v1:${REPO}:${REF}:`;

function state(savedAt: string, status: 'ok' | 'warning' | 'critical' = 'ok'): ExpiryState {
  return { version: 1, savedAt, tokens: { GH_PAT: { status, daysLeft: 20, expiresAt: '2027-01-21', source: 'declared' } }, findings: [{ fingerprint: 'f1', ruleId: 'token-expiring', severity: 'high', token: 'GH_PAT' }] };
}

let double: CacheDouble;
let root: string;
let log: string;

beforeEach(async () => {
  double = await CacheDouble.start();
  root = mkdtempSync(path.join(tmpdir(), 'tw-cache-'));
  mkdirSync(path.join(root, 'workspace'));
  log = '';
});

afterEach(async () => {
  await double.stop();
  expect(double.violations).toEqual([]);
});

/** The runner's variables for the double: v2, its URL and token, a temp dir and a workspace (the tar base). */
function runnerEnv(extra: Record<string, string> = {}): Record<string, string> {
  return double.env({ RUNNER_TEMP: path.join(root, 'temp'), GITHUB_WORKSPACE: path.join(root, 'workspace'), ...extra });
}

/** A store as run `runId` of the schedule would make it. */
function store(runId: string | undefined, options: Partial<CacheStateStoreOptions> = {}): CacheStateStore {
  return new CacheStateStore({ env: runnerEnv(), repository: REPO, ref: REF, ...(runId ? { runId } : {}), runAttempt: '1', libraryLog: (t) => (log += t), ...options });
}

const rpcs = () => double.log.filter((r) => r.call && r.call !== 'upload' && r.call !== 'download').map((r) => ({ call: r.call, body: r.body, status: r.status }));

describe('CacheStateStore against the cache double', () => {
  it('first run: no state, no warning, one lookup by this run’s key with the prefix as restore key', async () => {
    await expect(store('100').load()).resolves.toEqual({});
    const [lookup, ...rest] = rpcs();
    expect(rest).toEqual([]);
    expect(lookup).toMatchObject({ call: 'GetCacheEntryDownloadURL', status: 200, body: { key: `${PREFIX}100-1`, restore_keys: [PREFIX] } });
  });

  it('saves under <prefix><run id>-<attempt>, and the next run’s store restores it', async () => {
    const first = store('100');
    expect(first.describe()).toBe(`Actions cache ${PREFIX}*`);
    await expect(first.save(state('2027-01-01T00:00:00.000Z'))).resolves.toEqual({ saved: true });
    expect(double.list().map((e) => [e.key, e.finalized])).toEqual([[`${PREFIX}100-1`, true]]);

    await expect(store('101').load()).resolves.toEqual({ state: state('2027-01-01T00:00:00.000Z') });
    // the same paths on both sides: one version for create, finalize and lookups
    const versions = new Set(rpcs().map((r) => (r.body as { version: string }).version));
    expect(versions.size).toBe(1);
    expect(rpcs().map((r) => r.call)).toEqual(['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL', 'GetCacheEntryDownloadURL']);
    expect(double.calls('upload')).toBe(1);
    expect(double.calls('download')).toBe(1);
  });

  it('two saves: the newest wins', async () => {
    await store('100').save(state('2027-01-01T00:00:00.000Z', 'ok'));
    await store('101').save(state('2027-01-08T00:00:00.000Z', 'warning'));
    const loaded = await store('102').load();
    expect(loaded.warning).toBeUndefined();
    expect(loaded.state?.savedAt).toBe('2027-01-08T00:00:00.000Z');
    expect(loaded.state?.tokens.GH_PAT?.status).toBe('warning');
  });

  it('a rerun (attempt 2) restores what attempt 1 saved', async () => {
    await store('100').save(state('2027-01-01T00:00:00.000Z'));
    const loaded = await store('100', { runAttempt: '2' }).load();
    expect(loaded.state?.savedAt).toBe('2027-01-01T00:00:00.000Z');
  });

  it('another ref is another line of states: refs/heads/main never restores refs/heads/main-2', async () => {
    await store('100', { ref: 'refs/heads/main-2' }).save(state('2027-01-01T00:00:00.000Z'));
    await expect(store('101').load()).resolves.toEqual({});
  });

  it('a state file left from an earlier step is not taken for a restored one', async () => {
    const s = store('100');
    mkdirSync(s.dir, { recursive: true });
    writeFileSync(s.paths[0]!, JSON.stringify(state('2027-01-01T00:00:00.000Z')));
    await expect(s.load()).resolves.toEqual({});
    expect(existsSync(s.paths[0]!)).toBe(false);
  });

  it('a corrupt blob: a warning and no state', async () => {
    await store('100').save(state('2027-01-01T00:00:00.000Z'));
    double.failNext('download', { kind: 'corrupt-blob' });
    const loaded = await store('101').load();
    expect(loaded.state).toBeUndefined();
    expect(loaded.warning).toMatch(new RegExp(`^the expiry state ${PREFIX}100-1 is in the Actions cache but could not be restored: Failed to restore: .*tar`));
  });

  it('a blob holding something that is not a state of this version: a warning and no state', async () => {
    await store('100').save({ ...state('2027-01-01T00:00:00.000Z'), version: 2 } as unknown as ExpiryState);
    const loaded = await store('101').load();
    expect(loaded).toEqual({ warning: `Actions cache entry ${PREFIX}100-1: saved expiry state ignored: version 2 is not one this Token Warden reads (1)` });
  });

  it('a lookup the service refuses (4xx): a warning, not a silent first run', async () => {
    double.failNext('GetCacheEntryDownloadURL', { kind: 'status', status: 403, msg: 'cache read denied: untrusted event' });
    const loaded = await store('101').load();
    expect(loaded.state).toBeUndefined();
    expect(loaded.warning).toMatch(/^cannot look up the expiry state in the Actions cache: Failed to restore: .*403.*cache read denied/);
  });

  it.each<[string, Parameters<CacheDouble['failNext']>, RegExp]>([
    ['CreateCacheEntry answers 400', ['CreateCacheEntry', { kind: 'status', status: 400, msg: 'bad request' }], /Unable to reserve cache with key/],
    ['CreateCacheEntry answers ok:false', ['CreateCacheEntry', { kind: 'not-ok', message: 'cache quota exceeded' }], /Cache reservation failed: cache quota exceeded/],
    ['CreateCacheEntry denies the write', ['CreateCacheEntry', { kind: 'not-ok', message: 'cache write denied: read-only token' }], /cache write denied: read-only token/],
    ['FinalizeCacheEntryUpload answers ok:false', ['FinalizeCacheEntryUpload', { kind: 'not-ok', message: 'finalize refused' }], /finalize refused/],
    ['FinalizeCacheEntryUpload answers 404', ['FinalizeCacheEntryUpload', { kind: 'status', status: 404, msg: 'gone' }], /Failed to save: .*404/],
  ])('a save the service fails (%s): saved false and a warning, never a throw', async (_name, fault, reason) => {
    double.failNext(...fault);
    const started = Date.now();
    const saved = await store('100').save(state('2027-01-01T00:00:00.000Z'));
    expect(saved.saved).toBe(false);
    expect(saved.warning).toMatch(new RegExp(`^cannot save the expiry state to the Actions cache as ${PREFIX}100-1: `));
    expect(saved.warning).toMatch(reason);
    expect(Date.now() - started).toBeLessThan(10_000); // no 5xx retry path
    await expect(store('101').load()).resolves.toEqual({});
  });

  it('an upload the blob store refuses (403): saved false and a warning; nothing is finalised', async () => {
    double.failNext('upload', { kind: 'status', status: 403, msg: 'signature expired' });
    const started = Date.now();
    const saved = await store('100').save(state('2027-01-01T00:00:00.000Z'));
    expect(saved.saved).toBe(false);
    expect(saved.warning).toMatch(/^cannot save the expiry state to the Actions cache as .*: .*Failed to save: signature expired$/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(double.calls('FinalizeCacheEntryUpload')).toBe(0);
  });

  it('caches are immutable: a second save under the same key is refused with a warning', async () => {
    await expect(store('100').save(state('2027-01-01T00:00:00.000Z'))).resolves.toEqual({ saved: true });
    const again = await store('100').save(state('2027-01-02T00:00:00.000Z'));
    expect(again.saved).toBe(false);
    expect(again.warning).toMatch(/already exists/);
    expect((await store('101').load()).state?.savedAt).toBe('2027-01-01T00:00:00.000Z');
  });

  it.each<[string, Record<string, string | undefined>]>([
    ['no ACTIONS_RESULTS_URL', { ACTIONS_RESULTS_URL: undefined }],
    // any host but github.com, *.ghe.com or *.localhost selects protocol v1, which needs ACTIONS_CACHE_URL
    ['a GHES server URL', { GITHUB_SERVER_URL: 'https://ghes.example.com' }],
  ])('without the cache service (%s): a warning on load and save, no request', async (_name, change) => {
    const env: Record<string, string | undefined> = { ...runnerEnv(), ...change };
    const s = store('100', { env });
    await expect(s.load()).resolves.toEqual({ warning: NOT_AVAILABLE });
    await expect(s.save(state('2027-01-01T00:00:00.000Z'))).resolves.toEqual({ saved: false, warning: NOT_AVAILABLE });
    expect(double.log).toEqual([]);
    expect(NOT_AVAILABLE).toBe('cache service not available; the trend needs it');
  });

  it('ACTIONS_CACHE_MODE: read allows the load but not the save; none allows neither', async () => {
    const read = store('100', { env: runnerEnv({ ACTIONS_CACHE_MODE: 'read' }) });
    await expect(read.load()).resolves.toEqual({});
    await expect(read.save(state('2027-01-01T00:00:00.000Z'))).resolves.toEqual({ saved: false, warning: 'ACTIONS_CACHE_MODE=read does not allow saving to the cache: the next run has no trend' });
    const none = store('100', { env: runnerEnv({ ACTIONS_CACHE_MODE: 'none' }) });
    await expect(none.load()).resolves.toEqual({ warning: 'ACTIONS_CACHE_MODE=none does not allow reading the cache; the trend needs it' });
    expect(double.calls('CreateCacheEntry')).toBe(0);
  });

  it('without a run id nothing is saved, with a warning', async () => {
    const s = new CacheStateStore({ env: runnerEnv(), repository: REPO, ref: REF, libraryLog: (t) => (log += t) });
    expect(s.key).toBeUndefined();
    await expect(s.save(state('2027-01-01T00:00:00.000Z'))).resolves.toEqual({ saved: false, warning: 'no run id (GITHUB_RUN_ID): the expiry state is not saved to the Actions cache' });
    await expect(s.load()).resolves.toEqual({});
    expect(double.calls('CreateCacheEntry')).toBe(0);
  });

  it('reads GITHUB_REPOSITORY, GITHUB_REF, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT from env by default', async () => {
    const s = new CacheStateStore({ env: runnerEnv({ GITHUB_REPOSITORY: 'o/r', GITHUB_REF: 'refs/heads/dev', GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '3' }), libraryLog: (t) => (log += t) });
    expect(s.key).toBe('token-warden-expiry-v1:o/r:refs/heads/dev:7-3');
    expect(s.dir).toBe(path.join(root, 'temp', 'token-warden-expiry-state'));
    expect(s.paths).toEqual([path.join(root, 'temp', 'token-warden-expiry-state', 'state.json')]);
  });
});

describe('the environment @actions/cache runs in', () => {
  it('env’s cache variables are in process.env only during a call, then put back as they were', async () => {
    const before = Object.fromEntries(CACHE_ENV_KEYS.map((k) => [k, process.env[k]]));
    const planted: Record<string, string> = { ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/', ACTIONS_RUNTIME_TOKEN: 'the-real-runner-token', GITHUB_SERVER_URL: 'https://ghes.example.com', ACTIONS_CACHE_SERVICE_V2: '' };
    Object.assign(process.env, planted);
    try {
      await expect(store('100').save(state('2027-01-01T00:00:00.000Z'))).resolves.toEqual({ saved: true });
      await expect(store('101').load()).resolves.toMatchObject({ state: { savedAt: '2027-01-01T00:00:00.000Z' } });
      for (const [k, v] of Object.entries(planted)) expect(process.env[k]).toBe(v);
    } finally {
      for (const [k, v] of Object.entries(before)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it('with the default env (process.env itself) it uses process.env as it is', async () => {
    const env = runnerEnv();
    const before = Object.fromEntries(CACHE_ENV_KEYS.map((k) => [k, process.env[k]]));
    for (const k of CACHE_ENV_KEYS) delete process.env[k];
    Object.assign(process.env, env);
    try {
      const s = new CacheStateStore({ repository: REPO, ref: REF, runId: '5', libraryLog: (t) => (log += t) });
      await expect(s.save(state('2027-01-01T00:00:00.000Z'))).resolves.toEqual({ saved: true });
      expect(double.entry(`${PREFIX}5-1`)).toBeDefined();
    } finally {
      for (const [k, v] of Object.entries(before)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it('calls are one at a time: two stores on two services at once each reach their own', async () => {
    const other = await CacheDouble.start();
    try {
      const a = store('100');
      const b = new CacheStateStore({ env: other.env({ RUNNER_TEMP: path.join(root, 'temp-b'), GITHUB_WORKSPACE: path.join(root, 'workspace') }), repository: REPO, ref: REF, runId: '200', libraryLog: (t) => (log += t) });
      const [sa, sb] = await Promise.all([a.save(state('2027-01-01T00:00:00.000Z')), b.save(state('2027-02-01T00:00:00.000Z'))]);
      expect([sa, sb]).toEqual([{ saved: true }, { saved: true }]);
      expect(double.list().map((e) => e.key)).toEqual([`${PREFIX}100-1`]);
      expect(other.list().map((e) => e.key)).toEqual([`${PREFIX}200-1`]);
      expect(other.violations).toEqual([]);
    } finally {
      await other.stop();
    }
  });

  it('the library’s log goes to libraryLog when given (and stdout otherwise)', async () => {
    await store('100').save(state('2027-01-01T00:00:00.000Z'));
    expect(log).toContain('Cache Paths');
  });
});

describe('cache keys', () => {
  it.each<[string, string]>([
    ['acme/app', 'acme/app'],
    ['refs/heads/main', 'refs/heads/main'],
    ['refs/pull/12/merge', 'refs/pull/12/merge'],
  ])('keeps a plain part as it is: %s', (value, expected) => {
    expect(keyPart(value)).toBe(expected);
  });

  it.each<[string, string]>([
    ['a comma', 'refs/heads/a,b'],
    ['a colon', 'refs/heads/a:b'],
    ['a non-ASCII letter', 'refs/heads/ü'],
    ['nothing', ''],
    ['101 characters', 'x'.repeat(101)],
    ['611 characters', `refs/heads/${'y'.repeat(600)}`],
  ])('makes a part with %s safe: no comma, no colon, short, with a digest', (_name, value) => {
    const part = keyPart(value);
    expect(part).not.toMatch(/[,:]/);
    expect(part.length).toBeLessThanOrEqual(77);
    expect(part).toMatch(/~[0-9a-f]{16}$/);
  });

  it('two values that sanitise alike stay apart', () => {
    expect(keyPart('refs/heads/a,b')).not.toBe(keyPart('refs/heads/a;b'));
  });

  it('a long repository and ref still give a key within 512 characters, and the double sees a valid one', async () => {
    const s = store('9'.repeat(300), { repository: `acme/${'r'.repeat(400)}`, ref: `refs/heads/${'b,'.repeat(300)}` });
    expect(s.key!.length).toBeLessThanOrEqual(512);
    expect(s.prefix).toBe(stateKeyPrefix(`acme/${'r'.repeat(400)}`, `refs/heads/${'b,'.repeat(300)}`));
    await expect(s.save(state('2027-01-01T00:00:00.000Z'))).resolves.toEqual({ saved: true });
    expect(double.list()[0]!.key).toBe(s.key);
  });
});

describe('no token value in any saved byte', () => {
  function tarBytes(blob: Buffer): Buffer {
    if (blob[0] === 0x1f && blob[1] === 0x8b) return gunzipSync(blob);
    return execFileSync('zstd', ['-d', '-c', '-q'], { input: blob });
  }

  it('a value planted in a plan row’s notes and a finding’s message is in neither the state file nor the cache blob', async () => {
    const value = plantedToken('ghp_');
    const run = stateFromRun(plan('2027-01-01T00:00:00.000Z', [row('GH_PAT', { notes: [`rotated, was ${value}`], owner: value })]), [
      finding('token-expiring', 'high', `Token "GH_PAT" expires; old value ${value}`),
    ]);
    const s = store('100');
    await expect(s.save(run)).resolves.toEqual({ saved: true });
    const file = readFileSync(s.paths[0]!);
    expect(file.includes(value)).toBe(false);
    const blob = double.list()[0]!.blob!;
    expect(blob.includes(value)).toBe(false);
    const tar = tarBytes(blob);
    expect(tar.includes('"GH_PAT"')).toBe(true); // decompressed: the state is in there
    expect(tar.includes(value)).toBe(false);
    expect(tar.includes(value.slice(4))).toBe(false);
  });
});

describe('the cache double checks requests like a contract', () => {
  const rpc = (name: string) => `${double.url}twirp/github.actions.results.api.v1.CacheService/${name}`;
  const post = (name: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(rpc(name), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${double.token}`, ...headers }, body: JSON.stringify(body) });
  const version = 'a'.repeat(64);

  it.each<[string, () => Promise<Response>, number, RegExp]>([
    ['a wrong runtime token', () => post('CreateCacheEntry', { key: 'k', version }, { authorization: 'Bearer nope' }), 401, /Authorization is not Bearer/],
    ['no Authorization', () => fetch(rpc('CreateCacheEntry'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }), 401, /no Authorization header/],
    ['a GET', () => fetch(rpc('CreateCacheEntry'), { headers: { authorization: `Bearer ${double.token}` } }), 405, /twirp wants POST/],
    ['another content type', () => post('CreateCacheEntry', { key: 'k', version }, { 'content-type': 'text/plain' }), 200, /not application\/json/],
    ['no key', () => post('CreateCacheEntry', { version }), 400, /key must be a non-empty string/],
    ['no version', () => post('CreateCacheEntry', { key: 'k' }), 400, /version missing/],
    ['a key with a comma', () => post('CreateCacheEntry', { key: 'a,b', version }), 200, /key contains a comma/],
    ['a key over 512 characters', () => post('CreateCacheEntry', { key: 'k'.repeat(513), version }), 200, /513 characters/],
    ['size_bytes as a number', () => post('FinalizeCacheEntryUpload', { key: 'k', version, size_bytes: 3 }), 400, /size_bytes must be a string/],
    ['a finalize before the upload', async () => (await post('CreateCacheEntry', { key: 'k', version }), post('FinalizeCacheEntryUpload', { key: 'k', version, size_bytes: '0' })), 200, /before its upload/],
    ['a finalize of nothing', () => post('FinalizeCacheEntryUpload', { key: 'k', version, size_bytes: '0' }), 200, /without a created, unfinalised entry/],
    ['restore_keys not a list', () => post('GetCacheEntryDownloadURL', { key: 'k', version, restore_keys: 'k' }), 400, /restore_keys must be an array/],
    ['eleven keys', () => post('GetCacheEntryDownloadURL', { key: 'k', version, restore_keys: Array.from({ length: 10 }, (_, i) => `p${i}`) }), 200, /11 keys/],
    ['an unknown RPC', () => post('DeleteCacheEntry', { key: 'k', version }), 404, /unknown RPC/],
    ['an unknown route', () => fetch(`${double.url}_apis/artifactcache/cache`), 404, /no such route/],
    ['an upload to no entry', () => fetch(`${double.url}devstoreaccount1/cache/99?sig=x`, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'x' }), 404, /upload to unknown entry/],
  ])('records a violation for %s', async (_name, send, status, violation) => {
    const res = await send();
    expect(res.status).toBe(status);
    const taken = double.takeViolations();
    expect(taken.map((v) => v.message).join('\n')).toMatch(violation);
  });

  it('immutability: a second CreateCacheEntry for the same key and version is ok:false (no violation)', async () => {
    expect(await (await post('CreateCacheEntry', { key: 'k', version })).json()).toMatchObject({ ok: true });
    expect(await (await post('CreateCacheEntry', { key: 'k', version })).json()).toMatchObject({ ok: false, message: expect.stringMatching(/already exists/) });
  });

  it('logs every request, with the RPC and its body', async () => {
    await post('GetCacheEntryDownloadURL', { key: 'k', version, restore_keys: ['p'] });
    expect(double.log).toEqual([{ seq: 1, method: 'POST', path: '/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', call: 'GetCacheEntryDownloadURL', status: 200, body: { key: 'k', version, restore_keys: ['p'] } }]);
  });
});
