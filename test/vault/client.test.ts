/**
 * The Vault client against the Vault double: lookup-self, renew-self (increment from now, capping, periodic tokens),
 * 403 in both shapes, retries (5xx, 429, a closed socket, a hung server, a body that is not JSON) with the waits
 * recorded instead of slept, configuration, and no token in any error message.
 */
import { createVaultClient, parseVaultDuration, resolveVaultAddress, resolveVaultNamespace, type VaultClientOptions } from '../../src/vault/client.js';
import { VaultConfigError, VaultError, VaultPermissionDenied, VaultRequestError, VaultServerError, VaultTokenInvalid } from '../../src/vault/errors.js';
import { VaultDouble, type VaultDoubleOptions } from '../double/vault.js';

const NOW = '2027-01-01T00:00:00Z';
let vault: VaultDouble;
let waits: number[];

async function startVault(options: VaultDoubleOptions = {}): Promise<VaultDouble> {
  await vault?.stop();
  vault = await new VaultDouble({ now: NOW, ...options }).start();
  return vault;
}

beforeEach(async () => {
  waits = [];
  await startVault();
});

afterEach(async () => {
  expect(vault.violations).toEqual([]);
  await vault.stop();
});

/** The client on the double, waits recorded (in production milliseconds) instead of slept. */
function client(extra: VaultClientOptions = {}) {
  return createVaultClient({ address: vault.url, env: {}, sleep: async (ms) => void waits.push(ms), ...extra });
}

/** The error a promise rejects with; fails when it resolves. */
async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('configuration', () => {
  it('the address option wins over VAULT_ADDR; the namespace option over VAULT_NAMESPACE', () => {
    expect(resolveVaultAddress({ address: 'https://a:8200' }, { VAULT_ADDR: 'https://b:8200' })).toBe('https://a:8200');
    expect(resolveVaultAddress({}, { VAULT_ADDR: ' https://b:8200 ' })).toBe('https://b:8200');
    expect(resolveVaultAddress({}, { VAULT_ADDR: '' })).toBeUndefined();
    expect(resolveVaultNamespace({ namespace: '/team-a/' }, { VAULT_NAMESPACE: 'other' })).toBe('team-a');
    expect(resolveVaultNamespace({}, { VAULT_NAMESPACE: 'admin/team-b' })).toBe('admin/team-b');
    expect(resolveVaultNamespace({}, {})).toBeUndefined();
    const c = createVaultClient({ env: { VAULT_ADDR: 'https://vault.example.com:8200/', VAULT_NAMESPACE: 'admin' } });
    expect([c.address, c.namespace]).toEqual(['https://vault.example.com:8200', 'admin']);
  });

  it.each([
    ['no address', {}, /No Vault address: set VAULT_ADDR/],
    ['not a URL', { address: 'not a url' }, /not a URL/],
    ['not http(s)', { address: 'ftp://vault.example.com' }, /http\(s\) URL, not ftp:/],
    ['credentials in the URL', { address: 'https://user:pw@vault.example.com' }, /must not contain credentials/],
  ])('%s: VaultConfigError', (_name, options, message) => {
    expect(() => createVaultClient({ env: {}, ...options })).toThrow(VaultConfigError);
    expect(() => createVaultClient({ env: {}, ...options })).toThrow(message);
  });

  it.each<[number | string, number | undefined]>([
    [3600, 3600],
    ['3600', 3600],
    ['1h', 3600],
    ['1h30m', 5400],
    ['1.5h', 5400],
    ['90m', 5400],
    ['45s', 45],
    ['1500ms', 1],
    ['2d', 172_800],
    ['', undefined],
    ['1x', undefined],
    ['h', undefined],
    ['-1h', undefined],
    [-5, undefined],
  ])('parseVaultDuration(%p) = %p', (input, seconds) => {
    expect(parseVaultDuration(input)).toBe(seconds);
  });
});

describe('lookupSelf', () => {
  it('reads the token and drops its id and accessor', async () => {
    const t = vault.addToken({ ttl: 3600, explicitMaxTtl: 30 * 86_400, policies: ['default', 'ci'], displayName: 'ci' });
    const c = client();
    const info = await c.lookupSelf(t.id);
    expect(info).toEqual({
      ttl: 3600,
      expireTime: '2027-01-01T01:00:00Z',
      renewable: true,
      creationTtl: 3600,
      explicitMaxTtl: 2_592_000,
      creationTime: Date.parse(NOW) / 1000,
      issueTime: '2027-01-01T00:00:00Z',
      policies: ['default', 'ci'],
      type: 'service',
      numUses: 0,
      orphan: false,
      displayName: 'token-ci',
      warnings: [],
    });
    expect(JSON.stringify(info)).not.toContain(t.id);
    expect(JSON.stringify(info)).not.toContain(t.accessor);
    expect(c.calls).toBe(1);
    expect(vault.log).toMatchObject([{ method: 'GET', path: '/v1/auth/token/lookup-self', token: t.id, status: 200 }]);
    expect(vault.log[0]!.namespace).toBeUndefined();
  });

  it('expire_time keeps the server offset; ttl counts down on the double clock', async () => {
    await startVault({ utcOffsetMinutes: -240 });
    const t = vault.addToken({ ttl: 7200 });
    vault.advance(600);
    const info = await client().lookupSelf(t.id);
    expect(info).toMatchObject({ ttl: 6600, expireTime: '2026-12-31T22:00:00-04:00' });
  });

  it('after a renewal, lookup-self shows when it was (last_renewal_time)', async () => {
    const t = vault.addToken({ ttl: 600 });
    expect((await client().lookupSelf(t.id)).lastRenewalTime).toBeUndefined();
    vault.advance(300);
    await client().renewSelf(t.id, '1h');
    expect((await client().lookupSelf(t.id)).lastRenewalTime).toBe(Date.parse(NOW) / 1000 + 300);
  });

  it('a root token: ttl 0, no expire_time, not renewable', async () => {
    const t = vault.addToken({ root: true });
    expect(await client().lookupSelf(t.id)).toMatchObject({ ttl: 0, expireTime: null, creationTtl: 0, renewable: false, policies: ['root'] });
  });

  it('sends the namespace; a namespaced token without it is an invalid token', async () => {
    const t = vault.addToken({ namespace: 'team-a' });
    expect((await client({ env: { VAULT_NAMESPACE: 'team-a' } }).lookupSelf(t.id)).ttl).toBe(3600);
    expect(vault.log[0]!.namespace).toBe('team-a');
    expect(await failure(client().lookupSelf(t.id))).toBeInstanceOf(VaultTokenInvalid);
  });

  it('a periodic token shows its period', async () => {
    const t = vault.addToken({ period: 86_400 });
    expect(await client().lookupSelf(t.id)).toMatchObject({ ttl: 86_400, period: 86_400, renewable: true });
  });
});

describe('renewSelf', () => {
  it('the increment counts from now, not from the remaining TTL', async () => {
    const t = vault.addToken({ ttl: 600 });
    const c = client();
    const renewal = await c.renewSelf(t.id, '1h');
    expect(renewal).toEqual({ leaseDuration: 3600, renewable: true, warnings: [], requestedSeconds: 3600, capped: false, policies: ['default'], tokenType: 'service' });
    expect(vault.token(t.id).expiresAtMs).toBe(Date.parse(NOW) + 3600_000);
    expect(vault.log[0]).toMatchObject({ method: 'POST', path: '/v1/auth/token/renew-self', body: { increment: '1h' }, status: 200 });
    vault.advance(60);
    expect((await c.lookupSelf(t.id)).ttl).toBe(3540);
    expect(JSON.stringify(renewal)).not.toContain(t.id);
  });

  it('whole seconds are sent as a number; no increment sends {} and gets the role or mount default', async () => {
    await startVault({ mountDefaultTtl: 7200 });
    const t = vault.addToken({ ttl: 60 });
    expect((await client().renewSelf(t.id, 1800)).leaseDuration).toBe(1800);
    expect(vault.log[0]!.body).toEqual({ increment: 1800 });
    const r = await client().renewSelf(t.id);
    expect(r).toMatchObject({ leaseDuration: 7200, capped: false });
    expect(r.requestedSeconds).toBeUndefined();
    expect(vault.log[1]!.body).toEqual({});
    const role = vault.addToken({ ttl: 60, defaultTtl: 900 });
    expect((await client().renewSelf(role.id)).leaseDuration).toBe(900);
  });

  it('capped at the max TTL, counted from creation, with Vault\'s warning', async () => {
    const t = vault.addToken({ ttl: 1500, explicitMaxTtl: 1800 });
    vault.advance(1200);
    const renewal = await client().renewSelf(t.id, '1h');
    expect(renewal).toMatchObject({ leaseDuration: 600, capped: true, requestedSeconds: 3600 });
    expect(renewal.warnings).toEqual(['TTL of "1h" exceeded the effective max_ttl of "10m"; TTL value is capped accordingly']);
  });

  it('older Vault prints Go durations in the warning; still capped', async () => {
    await startVault({ durationStyle: 'legacy', mountMaxTtl: 1800 });
    const t = vault.addToken({ ttl: 1500 });
    vault.advance(1200);
    const renewal = await client().renewSelf(t.id, 3600);
    expect(renewal).toMatchObject({ leaseDuration: 600, capped: true });
    expect(renewal.warnings).toEqual(['TTL of "1h0m0s" exceeded the effective max_ttl of "10m0s"; TTL value is capped accordingly']);
  });

  it('a periodic token gets its period whatever the increment (less than asked: capped)', async () => {
    const t = vault.addToken({ period: 3600, ttl: 100 });
    expect(await client().renewSelf(t.id, '2h')).toMatchObject({ leaseDuration: 3600, capped: true, warnings: [] });
    expect(await client().renewSelf(t.id, '30m')).toMatchObject({ leaseDuration: 3600, capped: false });
  });

  it('a period above the max TTL is capped with the period warning', async () => {
    await startVault({ mountMaxTtl: 7200 });
    const t = vault.addToken({ period: 86_400 });
    const renewal = await client().renewSelf(t.id);
    expect(renewal).toMatchObject({ leaseDuration: 7200, capped: true });
    expect(renewal.warnings).toEqual(['period of "24h" exceeded the effective max_ttl of "2h"; period value is capped accordingly']);
  });

  it.each([
    ['not renewable', { renewable: false }, 0, 'lease is not renewable'],
    ['a batch token', { type: 'batch' as const }, 0, 'lease is not renewable'],
    ['a root token', { root: true }, 0, 'lease is not renewable'],
    ['past the max TTL', { ttl: 7200, explicitMaxTtl: 3600 }, 3600, 'past the max TTL, cannot renew'],
  ])('%s: VaultRequestError 400, not retried', async (_name, seed, advance, message) => {
    const t = vault.addToken(seed);
    vault.advance(advance);
    const error = await failure(client().renewSelf(t.id, '1h'));
    expect(error).toBeInstanceOf(VaultRequestError);
    expect(error).toMatchObject({ status: 400, errors: [message], attempts: 1 });
    expect(vault.log).toHaveLength(1);
  });

  it.each<[number | string]>([[0], [-1], [1.5], ['soon'], ['']])('refuses the increment %p before sending anything', async (increment) => {
    const t = vault.addToken();
    expect(await failure(client().renewSelf(t.id, increment))).toBeInstanceOf(VaultConfigError);
    expect(vault.log).toHaveLength(0);
  });
});

describe('403', () => {
  it.each([
    ['expired', (id: string) => (vault.advance(3600), id)],
    ['revoked', (id: string) => (vault.revoke(id), id)],
    ['unknown', () => 'hvs.not-a-token-of-this-vault'],
  ])('%s token: VaultTokenInvalid (invalid token, permission denied), not retried', async (_name, spoil) => {
    const t = vault.addToken({ ttl: 3600 });
    const error = await failure(client().lookupSelf(spoil(t.id)));
    expect(error).toBeInstanceOf(VaultTokenInvalid);
    expect(error).toMatchObject({ status: 403, errors: ['invalid token', 'permission denied'], attempts: 1 });
    expect(error.message).toBe('Vault answered 403 to GET /v1/auth/token/lookup-self: invalid token; permission denied (the token is expired, revoked or not valid)');
    expect(vault.log).toHaveLength(1);
  });

  it('a policy denial: VaultPermissionDenied', async () => {
    const t = vault.addToken({ deny: ['auth/token/renew-self'] });
    const error = await failure(client().renewSelf(t.id, '1h'));
    expect(error).toBeInstanceOf(VaultPermissionDenied);
    expect(error).not.toBeInstanceOf(VaultTokenInvalid);
    expect(error).toMatchObject({ status: 403, errors: ['permission denied'] });
  });

  it('an older Vault says only permission denied for an expired token: VaultPermissionDenied', async () => {
    await startVault({ errorStyle: 'legacy' });
    const t = vault.addToken({ ttl: 10 });
    vault.advance(11);
    expect(await failure(client().lookupSelf(t.id))).toBeInstanceOf(VaultPermissionDenied);
  });

  it('a token limited in uses is invalid once used up', async () => {
    const t = vault.addToken({ numUses: 2 });
    const c = client();
    expect((await c.lookupSelf(t.id)).numUses).toBe(1);
    await c.lookupSelf(t.id);
    expect(await failure(c.lookupSelf(t.id))).toBeInstanceOf(VaultTokenInvalid);
  });
});

describe('retries', () => {
  it('5xx then success: retried with backoff 1 s, 2 s', async () => {
    const t = vault.addToken();
    vault.injectFault({ kind: 'status', status: 503 }, { times: 2 });
    const c = client();
    expect((await c.lookupSelf(t.id)).ttl).toBe(3600);
    expect(c.calls).toBe(3);
    expect(waits).toEqual([1000, 2000]);
    expect(vault.log.map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('persistent 5xx: VaultServerError after 4 attempts, backoff bounded', async () => {
    const t = vault.addToken();
    vault.injectFault({ kind: 'status', status: 500 }, { times: 100 });
    const error = await failure(client({ retries: 5, timing: { maxBackoffSeconds: 4 } }).lookupSelf(t.id));
    expect(error).toBeInstanceOf(VaultServerError);
    expect(error).toMatchObject({ failure: 'http', status: 500, errors: ['internal error'], attempts: 6 });
    expect(error.message).toBe('Vault answered 500 to GET /v1/auth/token/lookup-self: internal error (after 6 attempts)');
    expect(waits).toEqual([1000, 2000, 4000, 4000, 4000]);
    expect(vault.log).toHaveLength(6);
  });

  it('the default is 3 retries', async () => {
    vault.injectFault({ kind: 'status', status: 502 }, { times: 100 });
    expect(await failure(client().lookupSelf(vault.addToken().id))).toMatchObject({ attempts: 4 });
  });

  it('429 waits for Retry-After; one asking too long fails at once', async () => {
    const t = vault.addToken();
    vault.injectFault({ kind: 'status', status: 429, retryAfter: 5 });
    await client().lookupSelf(t.id);
    expect(waits).toEqual([5000]);
    vault.injectFault({ kind: 'status', status: 429, retryAfter: 600 });
    const error = await failure(client().lookupSelf(t.id));
    expect(error).toMatchObject({ failure: 'http', status: 429, attempts: 1 });
    expect(error.message).toMatch(/asks to wait 600 s, more than the 30 s allowed/);
  });

  it('412 (a standby not caught up) is retried', async () => {
    const t = vault.addToken();
    vault.injectFault({ kind: 'status', status: 412, errors: ['required index state not present'] });
    expect((await client().lookupSelf(t.id)).ttl).toBe(3600);
  });

  it('a closed socket is retried; always closed: a network failure', async () => {
    const t = vault.addToken();
    vault.injectFault({ kind: 'close' });
    expect((await client().renewSelf(t.id, '1h')).leaseDuration).toBe(3600);
    vault.injectFault({ kind: 'close' }, { times: 100 });
    const error = await failure(client({ retries: 1 }).lookupSelf(t.id));
    expect(error).toMatchObject({ failure: 'network', attempts: 2 });
    expect(error.message).toMatch(/^Could not reach Vault for GET \/v1\/auth\/token\/lookup-self: .+ \(after 2 attempts\)$/);
  });

  it('nothing listening: a network failure', async () => {
    const url = vault.url;
    await vault.stop();
    const error = await failure(createVaultClient({ address: url, env: {}, retries: 1, sleep: async () => undefined }).lookupSelf('hvs.whatever-token'));
    expect(error).toMatchObject({ failure: 'network', attempts: 2 });
    expect(error.message).toContain('ECONNREFUSED');
    vault = await new VaultDouble({ now: NOW }).start();
  });

  it('a hung server times out per attempt, then succeeds; always hung: a timeout failure', async () => {
    const t = vault.addToken();
    vault.injectFault({ kind: 'latency', ms: 5000 });
    const c = client({ timing: { requestTimeoutMs: 100 } });
    expect((await c.lookupSelf(t.id)).ttl).toBe(3600);
    expect(c.calls).toBe(2);
    vault.injectFault({ kind: 'latency', ms: 5000 }, { times: 2 });
    const started = Date.now();
    const error = await failure(client({ retries: 1, timing: { requestTimeoutMs: 100 } }).lookupSelf(t.id));
    expect(error).toBeInstanceOf(VaultServerError);
    expect(error).toMatchObject({ failure: 'timeout', attempts: 2 });
    expect(error.message).toBe('Vault did not answer GET /v1/auth/token/lookup-self within 100 ms (after 2 attempts)');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('a 2xx that is not JSON is retried, then invalid-response', async () => {
    const t = vault.addToken();
    vault.injectFault({ kind: 'respond', status: 200, body: '<html>proxy</html>' }, { times: 100 });
    expect(await failure(client({ retries: 2 }).lookupSelf(t.id))).toMatchObject({ failure: 'invalid-response', attempts: 3 });
  });

  it('a 2xx without data is an invalid response, not retried', async () => {
    vault.injectFault({ kind: 'respond', status: 200, body: { data: null } });
    expect(await failure(client().lookupSelf('hvs.some-token-value'))).toMatchObject({ failure: 'invalid-response', attempts: 1, message: 'Vault answered GET /v1/auth/token/lookup-self without data' });
  });

  it('other 4xx and redirects: VaultRequestError, not retried, redirect not followed', async () => {
    const t = vault.addToken();
    vault.injectFault({ kind: 'respond', status: 404, body: { errors: [] } });
    expect(await failure(client().lookupSelf(t.id))).toMatchObject({ name: 'VaultRequestError', status: 404, attempts: 1 });
    vault.injectFault({ kind: 'respond', status: 307, body: '', headers: { Location: 'http://127.0.0.1:1/v1/auth/token/lookup-self' } });
    const error = await failure(client().lookupSelf(t.id));
    expect(error).toBeInstanceOf(VaultRequestError);
    expect(error.message).toMatch(/a redirect, not followed/);
    expect(vault.log).toHaveLength(2);
  });

  it('an outer signal cancels at once', async () => {
    const t = vault.addToken();
    vault.injectFault({ kind: 'latency', ms: 5000 });
    const controller = new AbortController();
    const pending = client({ signal: controller.signal }).lookupSelf(t.id);
    setTimeout(() => controller.abort(new Error('cancelled')), 20);
    expect((await failure(pending)).message).toBe('cancelled');
  });
});

describe('no token in any error', () => {
  it('Vault error texts that echo the token are scrubbed', async () => {
    const t = vault.addToken();
    vault.injectFault({ kind: 'respond', status: 400, body: { errors: [`bad token ${t.id} here`] } });
    const error = await failure(client().lookupSelf(t.id));
    expect(error).toMatchObject({ errors: ['bad token *** here'] });
    expect(error.message).not.toContain(t.id);
  });

  it('across every kind of failure', async () => {
    const t = vault.addToken({ ttl: 100, renewable: false });
    const setups: Array<[() => void, (c: ReturnType<typeof client>) => Promise<unknown>]> = [
      [() => vault.injectFault({ kind: 'status', status: 500 }, { times: 10 }), (c) => c.lookupSelf(t.id)],
      [() => vault.injectFault({ kind: 'close' }, { times: 10 }), (c) => c.lookupSelf(t.id)],
      [() => vault.injectFault({ kind: 'latency', ms: 2000 }, { times: 10 }), (c) => c.lookupSelf(t.id)],
      [() => undefined, (c) => c.renewSelf(t.id, '1h')],
      [() => vault.injectFault({ kind: 'respond', status: 200, body: { auth: { client_token: t.id } } }), (c) => c.renewSelf(t.id, '1h')],
      [() => vault.advance(101), (c) => c.lookupSelf(t.id)],
    ];
    for (const [setup, call] of setups) {
      vault.clearFaults();
      setup();
      const error = await failure(call(client({ retries: 1, timing: { requestTimeoutMs: 50 } })));
      expect(error).toBeInstanceOf(VaultError);
      expect(`${error.message} ${JSON.stringify(error)} ${String(error.stack)}`).not.toContain(t.id);
    }
  });
});
