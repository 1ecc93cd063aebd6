/**
 * Vault token renewal against the Vault double, on one clock shared by the run and the double (no real sleeping: the
 * injected sleep moves the double's clock): due and fresh tokens, capping, not renewable, 403s, policy denials,
 * retries with backoff bounded by the token's expiry, persistent failures, dry runs, and findings at the entries.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renewVaultTokens, retriesWithin, runVaultRenew, type VaultRenewOptions, type VaultRenewRunOptions } from '../../src/renewal/vault-renew.js';
import type { RegistryToken } from '../../src/registry/types.js';
import { judgeRenewal, renewalMetrics } from '../../src/renewal/vault-policy.js';
import { VaultDouble, type VaultDoubleOptions } from '../double/vault.js';
import { registryOf } from '../expiry/source-context.js';

const NOW_ISO = '2027-01-01T00:00:00Z';
const NOW = Date.parse(NOW_ISO);
const LOOKUP = '/v1/auth/token/lookup-self';
const RENEW = '/v1/auth/token/renew-self';
let vault: VaultDouble;
let sleeps: number[];

async function startVault(options: VaultDoubleOptions = {}) {
  await vault?.stop();
  vault = await new VaultDouble({ now: NOW_ISO, ...options }).start();
}

beforeEach(async () => {
  sleeps = [];
  await startVault();
});
afterEach(async () => {
  expect(vault.violations).toEqual([]);
  await vault.stop();
});

/** The run's clock is the double's; a sleep moves it on and returns at once. */
function clockOptions(): Pick<VaultRenewOptions, 'now' | 'sleep' | 'random'> {
  return {
    now: () => vault.now(),
    sleep: async (ms) => {
      sleeps.push(ms);
      vault.advance(ms / 1000);
    },
    random: () => 0,
  };
}

type Entry = Partial<RegistryToken> & { name: string };

/** Renews vault tokens named like the keys of `values` (undefined: no value), plus `extra` entries. */
async function renew(values: Record<string, string | undefined>, options: Partial<VaultRenewOptions> = {}, extra: Entry[] = []) {
  const registry = registryOf([...Object.keys(values).map((name) => ({ name, kind: 'vault' as const })), ...extra]);
  const env: Record<string, string | undefined> = { VAULT_ADDR: vault.url, ...values };
  const masked: string[] = [];
  const result = await renewVaultTokens(registry, { dryRun: false, env, mask: (v) => masked.push(v), ...clockOptions(), ...options });
  return { ...result, masked, registry };
}

describe('renewal decisions against the double', () => {
  it('renews a token below the threshold with its creation TTL, and reports the new TTL', async () => {
    const t = vault.addToken({ ttl: 3600 });
    vault.advance(2700); // 900 s left < 1080 (a third of the hour less a tenth of grace)
    const { outcomes, calls, masked } = await renew({ A: t.id });
    expect(vault.requests(RENEW)).toMatchObject([{ method: 'POST', token: t.id, body: { increment: 3600 }, status: 200 }]);
    expect(outcomes[0]).toMatchObject({ renewal: { leaseDuration: 3600, capped: false }, decision: { action: 'renew', ttl: 900, threshold: 1080 } });
    expect(calls).toBe(2);
    expect(masked).toEqual([t.id]);
    expect(vault.token(t.id).expiresAtMs).toBe(NOW + (2700 + 3600) * 1000);
  });

  it('a later run finds it fresh, with the renewal Vault recorded as last_renewal', async () => {
    const t = vault.addToken({ ttl: 3600 });
    vault.advance(2700);
    await renew({ A: t.id });
    vault.advance(600);
    const { outcomes } = await renew({ A: t.id });
    expect(renewalMetrics(outcomes[0]!)).toMatchObject({ status: 'fresh', renewed: false, last_check: '2027-01-01T00:55:00Z', last_renewal: '2027-01-01T00:45:00Z', ttl_before: 3000 });
  });

  it('leaves a fresh token alone: one lookup, no renew-self', async () => {
    const t = vault.addToken({ ttl: 3600 });
    vault.advance(1200);
    const { outcomes } = await renew({ A: t.id });
    expect(vault.requests(RENEW)).toEqual([]);
    expect(outcomes[0]!.decision).toMatchObject({ action: 'wait', ttl: 2400 });
  });

  it('the jitter moves the threshold within LifetimeWatcher bounds: the same token is due or not by it', async () => {
    const t = vault.addToken({ ttl: 3600 });
    vault.advance(2600); // 1000 s left: due at random 0 (threshold 1080), not at random → 1 (threshold 960)
    expect((await renew({ A: t.id }, { dryRun: true, random: () => 0.999 })).outcomes[0]!.decision).toMatchObject({ action: 'wait', threshold: 960 });
    expect((await renew({ A: t.id }, { dryRun: true, random: () => 0 })).outcomes[0]!.decision).toMatchObject({ action: 'renew', threshold: 1080 });
    const seen = (await renew({ A: t.id }, { dryRun: true, random: Math.random })).outcomes[0]!.decision as { threshold: number };
    expect(seen.threshold).toBeGreaterThanOrEqual(960);
    expect(seen.threshold).toBeLessThanOrEqual(1080);
  });

  it('renew-increment on the entry, else the run increment (--increment), is what renew-self asks for', async () => {
    const a = vault.addToken({ ttl: 600, creationTtl: 3600 });
    const c = vault.addToken({ ttl: 600, creationTtl: 3600 });
    const { outcomes } = await renew({ A: a.id }, { increment: 7200, env: { VAULT_ADDR: vault.url, A: a.id, C_VALUE: c.id } }, [{ name: 'C', kind: 'vault', env: 'C_VALUE', renewIncrement: 5400 }]);
    expect(vault.requests(RENEW).map((r) => [r.token === a.id ? 'A' : 'C', r.body])).toEqual([
      ['A', { increment: 7200 }],
      ['C', { increment: 5400 }],
    ]);
    expect(outcomes.map((o) => [o.variable, o.renewal?.leaseDuration])).toEqual([
      ['A', 7200],
      ['C_VALUE', 5400],
    ]);
  });

  it('the entry renew-threshold replaces the default', async () => {
    const t = vault.addToken({ ttl: 3600 });
    vault.advance(600); // 3000 s left: not due by default, due below 3200
    await renew({ A: t.id }, {}, []);
    expect(vault.requests(RENEW)).toEqual([]);
    const { outcomes } = await renew({}, { env: { VAULT_ADDR: vault.url, A: t.id } }, [{ name: 'A', kind: 'vault', renewThreshold: 3200 }]);
    expect(outcomes[0]!.decision).toMatchObject({ action: 'renew', threshold: 3200, thresholdFrom: 'entry' });
    expect(vault.requests(RENEW)).toHaveLength(1);
  });

  it('a periodic token is renewed without an increment and gets its period', async () => {
    const t = vault.addToken({ ttl: 600, period: 3600 });
    const { outcomes } = await renew({ A: t.id }, { increment: 60 });
    expect(vault.requests(RENEW)[0]!.body).toEqual({});
    expect(outcomes[0]!.renewal).toMatchObject({ leaseDuration: 3600 });
  });
});

describe('what renewal cannot fix', () => {
  it('the TTL did not grow (the role max TTL caps it at what is left) → capped', async () => {
    const t = vault.addToken({ ttl: 3600, maxTtl: 3600 });
    vault.advance(2700);
    const { outcomes } = await renew({ A: t.id });
    expect(outcomes[0]!.renewal).toMatchObject({ leaseDuration: 900, warnings: ['TTL of "1h" exceeded the effective max_ttl of "15m"; TTL value is capped accordingly'] });
  });

  it('renewed, but to less than asked (the role max TTL): capped, medium, and it grew', async () => {
    const t = vault.addToken({ ttl: 3600, maxTtl: 4000 });
    vault.advance(3000);
    const { outcomes } = await renew({ A: t.id });
    expect(outcomes[0]!.renewal).toMatchObject({ leaseDuration: 1000, requestedSeconds: 3600, capped: true });
    expect(judgeRenewal(outcomes[0]!)).toMatchObject({ ruleId: 'vault-renewal-capped', severity: 'medium' });
    expect(renewalMetrics(outcomes[0]!)).toMatchObject({ status: 'renewed', renewed: true, capped: true, ttl_before: 600, ttl_after: 1000 });
  });

  it('an explicit max TTL that ends with the TTL: no renew-self at all', async () => {
    const t = vault.addToken({ ttl: 3600, explicitMaxTtl: 3600 });
    vault.advance(3000);
    const { outcomes } = await renew({ A: t.id });
    expect(vault.requests(RENEW)).toEqual([]);
    expect(outcomes[0]!.decision).toMatchObject({ action: 'at-max', maxEndsAtMs: NOW + 3600_000 });
  });

  it('past the max TTL, Vault refuses (400) → past-max', async () => {
    const t = vault.addToken({ ttl: 7200, maxTtl: 3600 });
    vault.advance(3700);
    const { outcomes } = await renew({}, { env: { VAULT_ADDR: vault.url, A: t.id } }, [{ name: 'A', kind: 'vault', renewThreshold: 4000 }]);
    expect(vault.requests(RENEW)).toMatchObject([{ status: 400 }]);
    expect(outcomes[0]!.failure).toMatchObject({ stage: 'renew', kind: 'past-max' });
  });

  it.each<[string, NonNullable<Parameters<VaultDouble['addToken']>[0]>]>([
    ['renewable: false', { ttl: 600, renewable: false }],
    ['a batch token', { ttl: 600, type: 'batch' }],
  ])('not renewable (%s): no renew-self', async (_name, seed) => {
    const t = vault.addToken(seed);
    const { outcomes } = await renew({ A: t.id });
    expect(vault.requests(RENEW)).toEqual([]);
    expect(outcomes[0]!.decision).toMatchObject({ action: 'not-renewable', batch: seed.type === 'batch' });
  });

  it('a root token never expires: nothing to renew', async () => {
    const t = vault.addToken({ root: true });
    const { outcomes } = await renew({ A: t.id });
    expect(outcomes[0]!.decision).toEqual({ action: 'never-expires' });
    expect(vault.requests(RENEW)).toEqual([]);
  });

  it('expired or revoked: 403 invalid token at lookup', async () => {
    const a = vault.addToken({ ttl: 60 });
    const b = vault.addToken({ ttl: 3600 });
    vault.revoke(b.id);
    vault.advance(120);
    const { outcomes } = await renew({ A: a.id, B: b.id });
    expect(outcomes.map((o) => o.failure)).toMatchObject([
      { stage: 'lookup', kind: 'invalid' },
      { stage: 'lookup', kind: 'invalid' },
    ]);
    expect(vault.log).toHaveLength(2); // 403 is not retried
  });

  it('a policy denying renew-self: denied at renew, although the lookup worked', async () => {
    const t = vault.addToken({ ttl: 600, creationTtl: 3600, deny: ['auth/token/renew-self'] });
    const { outcomes } = await renew({ A: t.id });
    expect(outcomes[0]!.failure).toMatchObject({ stage: 'renew', kind: 'denied' });
    expect(outcomes[0]!.info).toBeDefined();
  });

  it('an older Vault answers an expired token with only "permission denied": denied at lookup, not called expired', async () => {
    await startVault({ errorStyle: 'legacy' });
    const t = vault.addToken({ ttl: 60 });
    vault.advance(120);
    const { outcomes } = await renew({ A: t.id });
    expect(outcomes[0]!.failure).toMatchObject({ stage: 'lookup', kind: 'denied' });
  });
});

describe('retries: backoff, never past the token expiry', () => {
  it('network faults and 5xx, then success: backoff 1 s, 2 s on the shared clock', async () => {
    const t = vault.addToken({ ttl: 600, creationTtl: 3600 });
    vault.injectFault({ kind: 'close' }, { path: LOOKUP });
    vault.injectFault({ kind: 'status', status: 503 }, { path: RENEW, times: 2 });
    const { outcomes, calls } = await renew({ A: t.id });
    expect(outcomes[0]!.renewal).toMatchObject({ leaseDuration: 3600 });
    expect(sleeps).toEqual([1000, 1000, 2000]);
    expect(vault.log.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 0', 'GET 200', 'POST 503', 'POST 503', 'POST 200']);
    expect(calls).toBe(5);
  });

  it('persistent failure: a failure for that token, and the next token is still renewed', async () => {
    const a = vault.addToken({ ttl: 600, creationTtl: 3600 });
    const b = vault.addToken({ ttl: 600, creationTtl: 3600 });
    vault.injectFault({ kind: 'status', status: 502 }, { token: a.id, times: 100 });
    const { outcomes } = await renew({ A: a.id, B: b.id });
    expect(outcomes[0]!.failure).toEqual({ stage: 'lookup', kind: 'error', message: 'Vault answered 502 to GET /v1/auth/token/lookup-self: bad gateway (after 4 attempts)' });
    expect(outcomes[1]!.renewal).toMatchObject({ leaseDuration: 3600 });
  });

  it('with 5 s left, renew-self is retried only while the waits end before the expiry', async () => {
    const t = vault.addToken({ ttl: 5, creationTtl: 3600 });
    vault.injectFault({ kind: 'status', status: 503 }, { path: RENEW, times: 100 });
    const { outcomes } = await renew({ A: t.id });
    const posts = vault.requests(RENEW);
    expect(sleeps).toEqual([1000, 2000]); // 1 + 2 s fit in 5 s; a further 4 s would not
    expect(posts).toHaveLength(3);
    for (const p of posts) expect(p.atMs).toBeLessThan(NOW + 5000);
    expect(outcomes[0]!.failure).toMatchObject({ stage: 'renew', kind: 'error', message: 'Vault answered 503 to POST /v1/auth/token/renew-self: Vault is sealed (after 3 attempts)' });
  });

  it('a Retry-After that would end after the expiry stops the retrying', async () => {
    const t = vault.addToken({ ttl: 20, creationTtl: 3600 });
    vault.injectFault({ kind: 'status', status: 429, retryAfter: 25 }, { path: RENEW, times: 100 });
    const { outcomes } = await renew({ A: t.id });
    expect(sleeps).toEqual([]);
    expect(vault.requests(RENEW)).toHaveLength(1);
    expect(outcomes[0]!.failure).toEqual({
      stage: 'renew',
      kind: 'deadline',
      message: 'Vault kept failing and the next retry would come after the token expires at 2027-01-01T00:00:20Z; stopped retrying',
    });
  });

  it('retriesWithin: as many as fit, at most the maximum', () => {
    expect(retriesWithin(0, 3, 10)).toBe(0);
    expect(retriesWithin(1, 3, 10)).toBe(0);
    expect(retriesWithin(1.5, 3, 10)).toBe(1);
    expect(retriesWithin(5, 3, 10)).toBe(2);
    expect(retriesWithin(8, 3, 10)).toBe(3);
    expect(retriesWithin(3600, 3, 10)).toBe(3);
    expect(retriesWithin(40, 6, 10)).toBe(6); // waits 1, 2, 4, 8, 10, 10: 35 s < 40 s
    expect(retriesWithin(35, 6, 10)).toBe(5); // a sixth wait would end at 35 s: not before the expiry
  });
});

describe('what is not looked up', () => {
  it('no value, a value too short, no address: notes; nothing sent for them', async () => {
    const t = vault.addToken({ ttl: 3600 });
    const { outcomes, notes } = await renew({ A: undefined, B: 'short', C: t.id }, { env: { A: undefined, B: 'short', C: t.id } });
    expect(outcomes.map((o) => o.skipped)).toEqual(['no-value', 'no-value', 'no-address']);
    expect(notes).toEqual([
      { level: 'warning', token: 'A', message: 'A: A is not set: not looked up' },
      { level: 'warning', token: 'B', message: 'B: B is too short to be a token: not looked up' },
      { level: 'warning', token: 'C', message: "C: no Vault address (the entry's vault-address, --vault-addr or VAULT_ADDR): not looked up" },
    ]);
    expect(vault.log).toEqual([]);
  });

  it('the entry vault-address wins over the run address and VAULT_ADDR', async () => {
    const t = vault.addToken({ ttl: 3600 });
    const { outcomes } = await renew({}, { vaultAddr: 'http://127.0.0.1:9', env: { VAULT_ADDR: 'http://127.0.0.1:9', A: t.id } }, [{ name: 'A', kind: 'vault', vaultAddress: vault.url }]);
    expect(outcomes[0]!.info).toMatchObject({ ttl: 3600 });
  });

  it('a registry without vault tokens: one note', async () => {
    const { outcomes, notes } = await renew({}, {}, [{ name: 'NPM_TOKEN', kind: 'api-key' }]);
    expect(outcomes).toEqual([]);
    expect(notes).toEqual([{ level: 'info', message: 'no tokens of kind vault in .github/token-scope-map.yml: nothing to renew' }]);
  });
});

describe('dry run', () => {
  it('looks up every token and renews none: no POST in the log', async () => {
    const due = vault.addToken({ ttl: 3600 });
    const capped = vault.addToken({ ttl: 3600, maxTtl: 3600 });
    vault.advance(3000);
    const fresh = vault.addToken({ ttl: 3600 });
    const { outcomes } = await renew({ A: due.id, B: fresh.id, C: capped.id }, { dryRun: true });
    expect(vault.log.every((r) => r.method === 'GET')).toBe(true);
    expect(vault.log).toHaveLength(3);
    expect(outcomes.map((o) => o.decision?.action)).toEqual(['renew', 'wait', 'renew']);
    expect(outcomes.every((o) => o.renewal === undefined && o.dryRun)).toBe(true);
  });
});

// --- the whole run: registry file, findings at the entries ---------------------------------------------------------

const REGISTRY = `version: 1
tokens:
  VAULT_CI_TOKEN:
    description: Reads deployment credentials
    category: runtime
    risk: high
    kind: vault
    used-by: []
  VAULT_DEPLOY_TOKEN:
    description: Deploys
    category: runtime
    risk: high
    kind: vault
    env: DEPLOY_VAULT_TOKEN
    renew-increment: 2h
  VAULT_OLD_TOKEN:
    description: Legacy job
    category: runtime
    risk: medium
    kind: vault
  VAULT_BATCH_TOKEN:
    description: One-off
    category: runtime
    risk: low
    kind: vault
  VAULT_CAPPED_TOKEN:
    description: Near its max
    category: runtime
    risk: high
    kind: vault
  VAULT_DENIED_TOKEN:
    description: Without the default policy
    category: runtime
    risk: high
    kind: vault
  VAULT_DOWN_TOKEN:
    description: Behind a broken proxy
    category: runtime
    risk: high
    kind: vault
  NPM_TOKEN:
    description: Publishes
    category: ci-cd
    risk: high
    kind: api-key
`;

function repoWith(text = REGISTRY): string {
  const root = mkdtempSync(path.join(tmpdir(), 'tw-vault-renew-'));
  mkdirSync(path.join(root, '.github'));
  writeFileSync(path.join(root, '.github', 'token-scope-map.yml'), text);
  return root;
}

/** Every case of the registry above, seeded in the double; returns the environment with their values. */
function seedAll(): Record<string, string> {
  const ci = vault.addToken({ ttl: 3600 });
  const deploy = vault.addToken({ ttl: 3600 });
  const old = vault.addToken({ ttl: 3600 });
  const batch = vault.addToken({ ttl: 3600, type: 'batch' });
  const capped = vault.addToken({ ttl: 3600, maxTtl: 3600 });
  const denied = vault.addToken({ ttl: 3600, deny: ['auth/token/renew-self'] });
  const down = vault.addToken({ ttl: 3600 });
  vault.revoke(old.id);
  vault.injectFault({ kind: 'status', status: 500, errors: [`upstream rejected token ${down.id}`] }, { token: down.id, times: 100 });
  vault.advance(3000); // 600 s left for all: due
  return { VAULT_ADDR: vault.url, VAULT_CI_TOKEN: ci.id, DEPLOY_VAULT_TOKEN: deploy.id, VAULT_OLD_TOKEN: old.id, VAULT_BATCH_TOKEN: batch.id, VAULT_CAPPED_TOKEN: capped.id, VAULT_DENIED_TOKEN: denied.id, VAULT_DOWN_TOKEN: down.id };
}

async function runAll(extra: Partial<VaultRenewRunOptions> = {}) {
  const root = repoWith();
  const env = seedAll();
  const run = await runVaultRenew({ root, cwd: root, dryRun: false, env, mask: () => undefined, ...clockOptions(), ...extra });
  return { run, env, root };
}

describe('runVaultRenew: findings at the registry entries, metrics per token', () => {
  it('applies: renews what it can; one finding per thing renewal cannot fix, at the entry', async () => {
    const { run } = await runAll();
    expect(run.renewed).toEqual(['VAULT_CI_TOKEN', 'VAULT_DEPLOY_TOKEN']); // the capped one's TTL did not grow
    expect(run.findings.map((f) => `${f.location.file}:${f.location.startLine} ${f.severity} ${f.ruleId}`)).toEqual([
      '.github/token-scope-map.yml:16 critical vault-token-invalid',
      '.github/token-scope-map.yml:21 medium vault-token-not-renewable',
      '.github/token-scope-map.yml:26 high vault-renewal-capped',
      '.github/token-scope-map.yml:31 high vault-renewal-denied',
      '.github/token-scope-map.yml:36 high vault-renewal-failed',
    ]);
    expect(run.findings[3]!.message).toBe(
      'Vault token "VAULT_DENIED_TOKEN" may not renew itself: Vault answered 403 (permission denied) to renew-self although lookup-self worked, so a policy denies update on auth/token/renew-self (the default policy allows it)',
    );
    expect(run.findings[4]!.message).toBe('Vault token "VAULT_DOWN_TOKEN" could not be checked: Vault answered 500 to GET /v1/auth/token/lookup-self: upstream rejected token *** (after 4 attempts)');
    expect(run.tokens.map((t) => [t.token, t.status, t.ttl_before, t.ttl_after, t.renewed, t.capped])).toEqual([
      ['VAULT_CI_TOKEN', 'renewed', 600, 3600, true, false],
      ['VAULT_DEPLOY_TOKEN', 'renewed', 600, 7200, true, false],
      ['VAULT_OLD_TOKEN', 'invalid', null, null, false, false],
      ['VAULT_BATCH_TOKEN', 'not-renewable', 600, 600, false, false],
      ['VAULT_CAPPED_TOKEN', 'capped', 600, 600, false, true],
      ['VAULT_DENIED_TOKEN', 'denied', 600, 600, false, false],
      ['VAULT_DOWN_TOKEN', 'failed', null, null, false, false],
    ]);
    expect(run.tokens[0]).toMatchObject({ env: 'VAULT_CI_TOKEN', last_check: '2027-01-01T00:50:00Z', last_renewal: '2027-01-01T00:50:00Z', expires_at: '2027-01-01T01:50:00Z', increment: 3600, threshold: 1080 });
    expect(run.tokens[1]).toMatchObject({ env: 'DEPLOY_VAULT_TOKEN', increment: 7200 });
    expect(run.report.registry).toEqual({ path: '.github/token-scope-map.yml', tokens: 8 });
  });

  it('fingerprints are stable across runs and differ per token', async () => {
    const first = (await runAll()).run.findings.map((f) => f.fingerprint);
    await startVault();
    const second = (await runAll()).run.findings.map((f) => f.fingerprint);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('dry run: the same lookups, no POST, and what it would renew', async () => {
    const { run } = await runAll({ dryRun: true });
    expect(vault.log.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(run.renewed).toEqual([]);
    expect(run.wouldRenew).toEqual(['VAULT_CI_TOKEN', 'VAULT_DEPLOY_TOKEN', 'VAULT_CAPPED_TOKEN', 'VAULT_DENIED_TOKEN']);
    // what needs a renewal to find out (capping, a denied renew-self) is not reported by a dry run
    expect(run.findings.map((f) => f.ruleId)).toEqual(['vault-token-invalid', 'vault-token-not-renewable', 'vault-renewal-failed']);
  });

  it('the config remaps severities and an inline comment suppresses, as for every finding', async () => {
    const root = repoWith(REGISTRY.replace('  VAULT_BATCH_TOKEN:', '  VAULT_BATCH_TOKEN: # token-warden: ignore[vault-token-not-renewable] re-issued by the job'));
    writeFileSync(path.join(root, '.github', 'token-warden.yml'), 'rules:\n  vault-renewal-failed:\n    severity: medium\n');
    const env = seedAll();
    const run = await runVaultRenew({ root, cwd: root, dryRun: true, env, mask: () => undefined, ...clockOptions() });
    expect(run.findings.map((f) => `${f.ruleId} ${f.severity}${f.suppression ? ' suppressed' : ''}`)).toEqual([
      'vault-token-invalid critical',
      'vault-token-not-renewable medium suppressed',
      'vault-renewal-failed medium',
    ]);
  });
});
