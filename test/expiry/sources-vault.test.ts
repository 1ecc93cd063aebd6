/** The `vault` source against the Vault double: what each lookup becomes, 403s, a missing address, failures. */
import { vaultSource, type VaultSourceOptions } from '../../src/expiry/sources/vault.js';
import { tokenExpiry } from '../../src/expiry/token.js';
import { VaultConfigError } from '../../src/vault/errors.js';
import { VaultDouble, type VaultDoubleOptions } from '../double/vault.js';
import { registryOf, sourceContext } from './source-context.js';

const NOW_ISO = '2027-01-01T00:00:00Z';
const NOW = Date.parse(NOW_ISO);
let vault: VaultDouble;

async function startVault(options: VaultDoubleOptions = {}) {
  await vault?.stop();
  vault = await new VaultDouble({ now: NOW_ISO, ...options }).start();
}

beforeEach(() => startVault());
afterEach(async () => {
  expect(vault.violations).toEqual([]);
  await vault.stop();
});

/** Runs the source on vault tokens named A, B, C … with the given values (undefined: no value). */
async function run(values: Record<string, string | undefined>, options: VaultSourceOptions = {}, extraTokens: Parameters<typeof registryOf>[0] = []) {
  const registry = registryOf([...Object.keys(values).map((name) => ({ name, kind: 'vault' as const })), ...extraTokens]);
  const defined = Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined));
  const context = sourceContext(registry, defined, NOW);
  const result = await vaultSource({ env: { VAULT_ADDR: vault.url }, sleep: async () => undefined, ...options }).collect(context);
  return { result, registry, context };
}

describe('vault source: lookups', () => {
  it('expire_time with an offset → evidence in UTC', async () => {
    await startVault({ utcOffsetMinutes: 120 });
    const t = vault.addToken({ ttl: 3600 });
    const { result } = await run({ A: t.id });
    expect(result.observations.get('A')).toEqual({
      evidence: [{ source: 'vault', expiresAt: '2027-01-01T01:00:00Z', lifetimeDays: 0, note: 'Vault: ttl 3600 s, renewable' }],
      notes: [],
      valueKind: 'Vault service token',
    });
    expect(vault.log[0]).toMatchObject({ path: '/v1/auth/token/lookup-self', token: t.id });
    expect(result).toMatchObject({ notes: [], calls: 1 });
  });

  it('ttl only (no expire_time in the answer) → now + ttl', async () => {
    vault.injectFault({ kind: 'respond', status: 200, body: { data: { ttl: 7200, renewable: true, creation_ttl: 86_400, explicit_max_ttl: 0, policies: ['default'] } } });
    const { result } = await run({ A: 'hvs.a-token-the-double-does-not-know' });
    expect(result.observations.get('A')?.evidence).toEqual([{ source: 'vault', expiresAt: '2027-01-01T02:00:00Z', note: 'Vault: ttl 7200 s, renewable, created with ttl 86400 s' }]);
  });

  it('explicit_max_ttl → lifetime in days and a note with the hard limit', async () => {
    const t = vault.addToken({ ttl: 86_400, explicitMaxTtl: 30 * 86_400, createdAt: '2026-12-20T00:00:00Z' });
    const { result } = await run({ A: t.id });
    const o = result.observations.get('A')!;
    expect(o.evidence).toEqual([{ source: 'vault', expiresAt: '2027-01-02T00:00:00Z', lifetimeDays: 30, note: 'Vault: ttl 86400 s, renewable' }]);
    expect(o.notes).toEqual(['Vault: explicit max TTL 2592000 s (30 days): renewals cannot go past 2027-01-19T00:00:00Z']);
  });

  it('a renewable token without explicit max: lifetime so far (creation → expiry) against max-lifetime-days', async () => {
    const t = vault.addToken({ ttl: 10 * 86_400, createdAt: '2026-10-01T00:00:00Z' });
    const { result, registry } = await run({ A: t.id });
    const o = result.observations.get('A')!;
    expect(o.evidence?.[0]).toMatchObject({ expiresAt: '2027-01-11T00:00:00Z', lifetimeDays: 102 });
    const judged = tokenExpiry(registry.tokens[0]!, { ...registry.policy, maxLifetimeDays: { vault: 90 } }, NOW, o);
    expect(judged).toMatchObject({ status: 'warning', source: 'vault', daysLeft: 10, action: 'renew' });
    expect(judged.notes).toContain('lifetime 102 days exceeds policy.max-lifetime-days 90 for vault');
  });

  it('a root token → never expires', async () => {
    const t = vault.addToken({ root: true });
    const { result, registry } = await run({ A: t.id });
    const o = result.observations.get('A')!;
    expect(o).toEqual({ evidence: [], notes: ['Vault: a root token (policy "root")'], neverExpires: { source: 'vault', note: 'Vault root/non-expiring token (ttl 0)' }, valueKind: 'Vault service token' });
    expect(tokenExpiry(registry.tokens[0]!, { ...registry.policy, maxLifetimeDays: { vault: 90 } }, NOW, o)).toMatchObject({ status: 'ok', source: 'vault', longestLifetimeDays: Infinity });
  });

  it.each<[string, Parameters<VaultDouble['addToken']>[0], string]>([
    ['not renewable', { ttl: 600, renewable: false }, 'not renewable: must be re-issued'],
    ['a batch token', { ttl: 600, type: 'batch' }, 'not renewable (batch token): must be re-issued'],
    ['periodic', { period: 86_400 }, 'Vault: periodic token (period 86400 s): each renewal resets the ttl to the period'],
    ['limited uses', { numUses: 5 }, 'Vault: limited to 4 more uses'],
  ])('%s → a note', async (_name, seed, note) => {
    const t = vault.addToken(seed);
    const { result } = await run({ A: t.id });
    expect(result.observations.get('A')!.notes).toContain(note);
    expect(result.observations.get('A')!.evidence).toHaveLength(1);
  });

  it('the namespace comes from VAULT_NAMESPACE; the address option wins over VAULT_ADDR', async () => {
    const t = vault.addToken({ namespace: 'team-a' });
    const { result } = await run({ A: t.id }, { address: vault.url, env: { VAULT_ADDR: 'http://127.0.0.1:1', VAULT_NAMESPACE: 'team-a' } });
    expect(result.observations.get('A')?.evidence).toHaveLength(1);
    expect(vault.log[0]!.namespace).toBe('team-a');
  });
});

describe('vault source: 403', () => {
  it.each([
    ['revoked', (id: string) => vault.revoke(id)],
    ['expired', () => vault.advance(3600)],
  ])('%s → evidence dated now: the policy calls it expired', async (_name, spoil) => {
    const t = vault.addToken({ ttl: 3600 });
    spoil(t.id);
    const { result, registry } = await run({ A: t.id });
    const o = result.observations.get('A')!;
    expect(o.evidence).toEqual([{ source: 'vault', expiresAt: '2027-01-01T00:00:00.000Z', note: 'Vault answered 403 (invalid token): expired or revoked' }]);
    expect(tokenExpiry(registry.tokens[0]!, registry.policy, NOW, o)).toMatchObject({ status: 'expired', source: 'vault' });
    expect(result.notes).toEqual([]);
  });

  it('a policy denial (permission denied only) → a note, not expiry', async () => {
    const t = vault.addToken({ deny: ['auth/token/lookup-self'] });
    const { result, registry } = await run({ A: t.id });
    const o = result.observations.get('A')!;
    expect(o.evidence).toEqual([]);
    expect(o.notes).toEqual([expect.stringMatching(/^Vault answered 403 \(permission denied\) to lookup-self: the token's policies do not allow it/)]);
    expect(tokenExpiry(registry.tokens[0]!, registry.policy, NOW, o).status).toBe('unknown');
  });

  it('an older Vault (permission denied for an expired token) → the same note: not taken as expiry', async () => {
    await startVault({ errorStyle: 'legacy' });
    const t = vault.addToken({ ttl: 10 });
    vault.advance(10);
    const { result } = await run({ A: t.id });
    expect(result.observations.get('A')).toMatchObject({ evidence: [], notes: [expect.stringContaining('older than 2024')] });
  });
});

describe('vault source: nothing to do, and failures', () => {
  it('no VAULT_ADDR → one info note, nothing sent', async () => {
    const a = vault.addToken();
    const b = vault.addToken();
    const { result } = await run({ A: a.id, B: b.id }, { env: {} });
    expect(result).toEqual({ observations: new Map(), notes: [{ source: 'vault', level: 'info', message: 'VAULT_ADDR is not set: A, B not looked up in Vault' }], calls: 0 });
    expect(vault.log).toEqual([]);
  });

  it('vault tokens without a value → an info note naming the variables; with none at all, nothing is asked', async () => {
    const a = vault.addToken();
    const { result } = await run({ A: a.id, B: undefined });
    expect(result.notes).toEqual([{ source: 'vault', level: 'info', message: 'no value in the environment for B (B): not looked up' }]);
    expect(result.observations.has('A')).toBe(true);
    const none = await run({}, {}, [{ name: 'PAT', kind: 'github-pat' }]);
    expect(none.result).toEqual({ observations: new Map(), notes: [], calls: 0 });
    expect(none.context.read).toEqual([]);
  });

  it('one failing token among three: a warning naming it (never its value), the others are looked up', async () => {
    const [a, b, c] = [vault.addToken({ ttl: 3600 }), vault.addToken({ ttl: 7200 }), vault.addToken({ root: true })];
    // Sequential lookups: the first token's four attempts (one + three retries) all fail.
    vault.injectFault({ kind: 'status', status: 500 }, { times: 4 });
    const { result } = await run({ A: a.id, B: b.id, C: c.id });
    expect(result.notes).toEqual([
      { source: 'vault', level: 'warning', token: 'A', message: 'A: Vault answered 500 to GET /v1/auth/token/lookup-self: internal error (after 4 attempts)' },
    ]);
    expect(result.observations.has('A')).toBe(false);
    expect(result.observations.get('B')?.evidence?.[0]?.expiresAt).toBe('2027-01-01T02:00:00Z');
    expect(result.observations.get('C')?.neverExpires).toBeDefined();
    expect(result.calls).toBe(6);
    expect(vault.log.map((r) => r.token)).toEqual([a.id, a.id, a.id, a.id, b.id, c.id]);
  });

  it('a network failure after retries → a warning per token; the source itself does not fail', async () => {
    const url = vault.url;
    await vault.stop();
    const registry = registryOf([{ name: 'A', kind: 'vault' }]);
    const result = await vaultSource({ env: { VAULT_ADDR: url }, retries: 1, sleep: async () => undefined }).collect(sourceContext(registry, { A: 'hvs.unreachable-vault-token' }, NOW));
    expect(result.notes).toEqual([{ source: 'vault', level: 'warning', token: 'A', message: expect.stringMatching(/^A: Could not reach Vault for GET \/v1\/auth\/token\/lookup-self: ECONNREFUSED \(after 2 attempts\)$/) }]);
    expect(result.calls).toBe(2);
    await startVault();
  });

  it('a bad address → one warning, nothing looked up', async () => {
    const { result } = await run({ A: vault.addToken().id }, { env: { VAULT_ADDR: 'ftp://vault.example.com' } });
    expect(result.notes).toEqual([{ source: 'vault', level: 'warning', message: 'The Vault address must be an http(s) URL, not ftp:' }]);
    expect(vault.log).toEqual([]);
  });

  it('an injected client is used (and its errors are scrubbed of the value)', async () => {
    const value = 'hvs.injected-client-token-value';
    const { result } = await run(
      { A: value },
      {
        createClient: () => ({
          calls: 1,
          lookupSelf: async (token: string) => {
            throw new VaultConfigError(`odd failure for ${token}`, { operation: 'GET /v1/auth/token/lookup-self', attempts: 1 });
          },
        }),
      },
    );
    expect(result.notes).toEqual([{ source: 'vault', level: 'warning', token: 'A', message: 'A: odd failure for ***' }]);
    expect(result.calls).toBe(1);
  });
});
