/** The pure renewal policy: LifetimeWatcher's threshold and jitter, the decision, the judgement and the metrics. */
import { decideRenewal, judgeRenewal, lifetimeWatcherThreshold, renewalMetrics, renewalStatus, type RenewalOutcome } from '../../src/renewal/vault-policy.js';
import type { VaultTokenInfo } from '../../src/vault/client.js';
import { formatDuration } from '../../src/vault/duration.js';

const NOW = Date.parse('2027-01-01T00:00:00Z');
const fixed = (r: number) => () => r;

function info(extra: Partial<VaultTokenInfo> = {}): VaultTokenInfo {
  return { ttl: 3600, expireTime: '2027-01-01T01:00:00Z', renewable: true, creationTtl: 3600, explicitMaxTtl: 0, policies: ['default'], warnings: [], ...extra };
}

function outcome(extra: Partial<RenewalOutcome> = {}): RenewalOutcome {
  return { name: 'VAULT_CI_TOKEN', key: 'VAULT_CI_TOKEN', variable: 'VAULT_CI_TOKEN', dryRun: false, checkedAtMs: NOW, ...extra };
}

describe('lifetimeWatcherThreshold: renew after about two thirds, with jitter', () => {
  it('is ⅓·(d − grace), grace = 10 % + up to 10 % more: between 26⅔ % and 30 % of the lease left', () => {
    expect(lifetimeWatcherThreshold(3600, fixed(0))).toBe(1080); // grace 360 s → (3600 − 360)/3
    expect(lifetimeWatcherThreshold(3600, fixed(0.5))).toBe(1020); // grace 540 s
    expect(lifetimeWatcherThreshold(3600, fixed(0.999999))).toBe(960); // grace → 720 s
  });

  it('stays within the bounds for any random value, and the jitter spreads it', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const t = lifetimeWatcherThreshold(86_400, Math.random);
      expect(t).toBeGreaterThanOrEqual(Math.floor((86_400 * 0.8) / 3));
      expect(t).toBeLessThanOrEqual((86_400 * 0.9) / 3);
      seen.add(t);
    }
    expect(seen.size).toBeGreaterThan(50);
    // out-of-range randomness is clamped
    expect(lifetimeWatcherThreshold(3600, fixed(-1))).toBe(1080);
    expect(lifetimeWatcherThreshold(3600, fixed(7))).toBe(960);
  });
});

describe('decideRenewal', () => {
  it.each<[string, Partial<VaultTokenInfo>, Record<string, unknown>]>([
    ['fresh: a third of the lease used', { ttl: 2400 }, { action: 'wait', ttl: 2400, threshold: 1080, thresholdFrom: 'lifetime-watcher', increment: 3600 }],
    ['due: below the threshold', { ttl: 1000 }, { action: 'renew', ttl: 1000, threshold: 1080, increment: 3600 }],
    ['the lease is the creation TTL: a 30-day token renews with 9 days left', { ttl: 9 * 86_400 - 1, creationTtl: 30 * 86_400 }, { action: 'renew', threshold: 9 * 86_400, increment: 30 * 86_400 }],
    ['a periodic token: the period is the lease, no increment asked', { ttl: 600, period: 3600 }, { action: 'renew', threshold: 1080 }],
    ['a root token never expires', { ttl: 0, expireTime: null, creationTtl: 0, renewable: false, policies: ['root'] }, { action: 'never-expires' }],
    ['not renewable', { ttl: 600, renewable: false }, { action: 'not-renewable', ttl: 600, batch: false }],
    ['a batch token', { ttl: 600, renewable: false, type: 'batch' }, { action: 'not-renewable', batch: true }],
    [
      'due, and its explicit max TTL ends with its TTL: at the max',
      { ttl: 600, explicitMaxTtl: 7200, creationTime: NOW / 1000 - 6600 },
      { action: 'at-max', ttl: 600, threshold: 1080, maxEndsAtMs: NOW + 600_000 },
    ],
    [
      'at the explicit max but not due yet: waits (no alarm 29 days early), marked',
      { ttl: 29 * 86_400, creationTtl: 30 * 86_400, explicitMaxTtl: 30 * 86_400, creationTime: NOW / 1000 - 86_400 },
      { action: 'wait', atMax: true },
    ],
    ['explicit max TTL further away: due as usual', { ttl: 600, explicitMaxTtl: 86_400, creationTime: NOW / 1000 - 3000 }, { action: 'renew' }],
  ])('%s', (_name, extra, expected) => {
    const d = decideRenewal({ info: info(extra), nowMs: NOW, random: fixed(0) });
    expect(d).toMatchObject(expected);
    if (extra.period) expect(d).not.toHaveProperty('increment');
  });

  it('the entry threshold replaces the default (no jitter); the increment sets the lease', () => {
    expect(decideRenewal({ info: info({ ttl: 1500 }), nowMs: NOW, thresholdSeconds: 1800, random: fixed(0.9) })).toMatchObject({ action: 'renew', threshold: 1800, thresholdFrom: 'entry' });
    // increment 2h: the lease is 2h, so the threshold is a third of 2h less grace
    expect(decideRenewal({ info: info({ ttl: 2000 }), nowMs: NOW, incrementSeconds: 7200, random: fixed(0) })).toMatchObject({ action: 'renew', threshold: 2160, increment: 7200 });
  });

  it('jitter decides only near the threshold', () => {
    const at = (r: number) => decideRenewal({ info: info({ ttl: 1000 }), nowMs: NOW, random: fixed(r) }).action;
    expect(at(0)).toBe('renew'); // threshold 1080
    expect(at(0.999)).toBe('wait'); // threshold 960
  });
});

describe('judgeRenewal and the metrics', () => {
  const renewal = (leaseDuration: number, extra: Record<string, unknown> = {}) => ({ leaseDuration, renewable: true, warnings: [], capped: false, policies: ['default'], atMs: NOW + 1000, ...extra });

  it('renewed in full: no finding; metrics before and after', () => {
    const o = outcome({ info: info({ ttl: 1000, lastRenewalTime: NOW / 1000 - 7200 }), decision: { action: 'renew', ttl: 1000, threshold: 1080, thresholdFrom: 'lifetime-watcher', increment: 3600 }, renewal: renewal(3600, { requestedSeconds: 3600 }) });
    expect(judgeRenewal(o)).toBeUndefined();
    expect(renewalMetrics(o)).toEqual({
      token: 'VAULT_CI_TOKEN',
      env: 'VAULT_CI_TOKEN',
      status: 'renewed',
      last_check: '2027-01-01T00:00:00Z',
      last_renewal: '2027-01-01T00:00:01Z',
      ttl_before: 1000,
      ttl_after: 3600,
      renewed: true,
      capped: false,
      renewable: true,
      threshold: 1080,
      increment: 3600,
      expires_at: '2027-01-01T01:00:01Z',
    });
  });

  it('TTL did not grow → high, re-authenticate', () => {
    const warning = 'TTL of "1h" exceeded the effective max_ttl of "10m"; TTL value is capped accordingly';
    const o = outcome({ info: info({ ttl: 600 }), renewal: renewal(599, { requestedSeconds: 3600, warnings: [warning] }) });
    expect(renewalStatus(o)).toBe('capped');
    expect(judgeRenewal(o)).toEqual({
      ruleId: 'vault-renewal-capped',
      message: `Vault token "VAULT_CI_TOKEN" cannot be renewed any further: its TTL did not grow (10m left before renew-self, 9m59s after; Vault: ${warning}), so it expires for good at 2027-01-01T00:10:00Z (in 9m59s); re-authenticate and put the new token in VAULT_CI_TOKEN`,
    });
    expect(renewalMetrics(o)).toMatchObject({ status: 'capped', renewed: false, capped: true, ttl_before: 600, ttl_after: 599, last_renewal: '2027-01-01T00:00:01Z' });
  });

  it('renewed but capped short of the increment → medium', () => {
    const o = outcome({ info: info({ ttl: 600 }), renewal: renewal(1800, { requestedSeconds: 3600 }) });
    expect(renewalStatus(o)).toBe('renewed');
    expect(judgeRenewal(o)).toMatchObject({ ruleId: 'vault-renewal-capped', severity: 'medium' });
    expect(judgeRenewal(o)!.message).toMatch(/^Vault token "VAULT_CI_TOKEN" was renewed to 30m, less than the 1h asked for: it is capped at its max TTL and expires for good at 2027-01-01T00:30:01Z/);
    expect(renewalMetrics(o)).toMatchObject({ status: 'renewed', renewed: true, capped: true });
  });

  it('a periodic token renewed to its period is not capped', () => {
    const o = outcome({ info: info({ ttl: 600, period: 3600 }), renewal: renewal(3600) });
    expect(judgeRenewal(o)).toBeUndefined();
    expect(renewalMetrics(o).capped).toBe(false);
  });

  it.each<[string, Partial<RenewalOutcome>, string, RegExp]>([
    ['403 invalid token', { failure: { stage: 'lookup', kind: 'invalid', message: 'x' } }, 'vault-token-invalid', /is expired or revoked: Vault answered 403 \(invalid token\) to lookup-self/],
    ['denied at renew-self: a policy', { failure: { stage: 'renew', kind: 'denied', message: 'x' } }, 'vault-renewal-denied', /may not renew itself: .*although lookup-self worked/],
    ['denied at lookup-self: a policy, or an old Vault', { failure: { stage: 'lookup', kind: 'denied', message: 'x' } }, 'vault-renewal-denied', /may not look itself up: .*older than 2024/],
    ['past the max TTL', { failure: { stage: 'renew', kind: 'past-max', message: 'x' } }, 'vault-renewal-capped', /past its max TTL/],
    ['Vault says not renewable', { failure: { stage: 'renew', kind: 'not-renewable', message: 'lease is not renewable' } }, 'vault-token-not-renewable', /not renewable \(Vault refused renew-self: lease is not renewable\)/],
    ['network', { failure: { stage: 'renew', kind: 'error', message: 'Could not reach Vault' } }, 'vault-renewal-failed', /could not be renewed: Could not reach Vault$/],
    ['not renewable at lookup', { info: info({ ttl: 600, renewable: false }), decision: { action: 'not-renewable', ttl: 600, batch: false } }, 'vault-token-not-renewable', /is not renewable and expires at 2027-01-01T00:10:00Z \(in 10m\)/],
    ['a batch token', { info: info({ ttl: 600, renewable: false, type: 'batch' }), decision: { action: 'not-renewable', ttl: 600, batch: true } }, 'vault-token-not-renewable', /is a batch token, which cannot be renewed/],
    ['at the explicit max', { info: info({ ttl: 600, explicitMaxTtl: 7200 }), decision: { action: 'at-max', ttl: 600, threshold: 1080, maxEndsAtMs: NOW + 600_000 } }, 'vault-renewal-capped', /has reached its explicit max TTL \(2h\): .*at 2027-01-01T00:10:00Z \(in 10m\)/],
  ])('%s → %s', (_name, extra, ruleId, message) => {
    const judged = judgeRenewal(outcome(extra));
    expect(judged?.ruleId).toBe(ruleId);
    expect(judged?.message).toMatch(message);
    expect(judged?.severity).toBeUndefined();
  });

  it('fresh but at its explicit max: no finding yet, the metrics say capped', () => {
    const o = outcome({ info: info({ ttl: 86_400 }), decision: { action: 'wait', ttl: 86_400, threshold: 1080, thresholdFrom: 'lifetime-watcher', atMax: true } });
    expect(judgeRenewal(o)).toBeUndefined();
    expect(renewalMetrics(o)).toMatchObject({ status: 'fresh', capped: true, renewed: false });
  });

  it('nothing to say: fresh, would-renew (dry run), never expires, skipped', () => {
    expect(judgeRenewal(outcome({ info: info(), decision: { action: 'wait', ttl: 3600, threshold: 1080, thresholdFrom: 'lifetime-watcher' } }))).toBeUndefined();
    const dry = outcome({ dryRun: true, info: info({ ttl: 100 }), decision: { action: 'renew', ttl: 100, threshold: 1080, thresholdFrom: 'lifetime-watcher', increment: 3600 } });
    expect(judgeRenewal(dry)).toBeUndefined();
    expect(renewalMetrics(dry)).toMatchObject({ status: 'would-renew', renewed: false, ttl_before: 100, ttl_after: 100, increment: 3600, threshold: 1080 });
    expect(judgeRenewal(outcome({ info: info({ ttl: 0, expireTime: null }), decision: { action: 'never-expires' } }))).toBeUndefined();
    const skipped = outcome({ skipped: 'no-value' });
    delete skipped.checkedAtMs;
    expect(judgeRenewal(skipped)).toBeUndefined();
    expect(renewalMetrics(skipped)).toMatchObject({ status: 'skipped', last_check: null, ttl_before: null, renewable: null, expires_at: null });
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [59, '59s'],
    [3600, '1h'],
    [5400, '1h30m'],
    [1152, '19m12s'],
    [90_061, '1d1h1m1s'],
  ])('%p → %p', (s, text) => expect(formatDuration(s)).toBe(text));
});
