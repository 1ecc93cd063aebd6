/** The expiry policy: every boundary of the status table, offsets, leap days and threshold overrides. */
import { addDays, declaredEvidence } from '../../src/expiry/declared.js';
import { daysLeft, earliestEvidence, effectiveThresholds, expiryStatus, parseInstant } from '../../src/expiry/policy.js';
import { tokenExpiry, tokenThresholds } from '../../src/expiry/token.js';
import { DEFAULT_THRESHOLDS, type ExpiryThresholds, type RegistryPolicy, type RegistryToken } from '../../src/registry/types.js';

const ms = (text: string) => {
  const v = parseInstant(text);
  if (v === undefined) throw new Error(`not an instant: ${text}`);
  return v;
};

describe('expiry policy: status', () => {
  it.each<[string, string, Partial<ExpiryThresholds>, number | null, string]>([
    // expires (date only = 00:00 UTC), now, thresholds, days left, status — defaults 7/30/45
    ['2027-01-31', '2027-01-25T00:00:00Z', {}, 6, 'critical'],
    ['2027-01-31', '2027-01-24T00:00:00Z', {}, 7, 'warning'],
    ['2027-01-31', '2027-01-23T00:00:00Z', {}, 8, 'warning'],
    ['2027-01-31', '2027-01-02T00:00:00Z', {}, 29, 'warning'],
    ['2027-01-31', '2027-01-01T00:00:00Z', {}, 30, 'info'],
    ['2027-01-31', '2026-12-31T00:00:00Z', {}, 31, 'info'],
    ['2027-01-31', '2026-12-18T00:00:00Z', {}, 44, 'info'],
    ['2027-01-31', '2026-12-17T00:00:00Z', {}, 45, 'ok'],
    ['2027-01-31', '2026-12-16T00:00:00Z', {}, 46, 'ok'],
    // rounded down: 7 days less one second is 6 whole days
    ['2027-01-31', '2027-01-24T00:00:01Z', {}, 6, 'critical'],
    // exactly now: the token is no longer valid at its expiry instant
    ['2027-01-31', '2027-01-31T00:00:00Z', {}, 0, 'expired'],
    ['2027-01-31', '2027-01-30T23:59:59Z', {}, 0, 'critical'],
    // past: an hour ago is -1 day, a day and a half ago -2
    ['2027-01-31', '2027-01-31T01:00:00Z', {}, -1, 'expired'],
    ['2027-01-31', '2027-02-01T12:00:00Z', {}, -2, 'expired'],
    // a date-only expiry is 00:00 UTC: late on the day before, it has 0 days left
    ['2027-01-31', '2027-01-30T12:00:00Z', {}, 0, 'critical'],
    // an offset timestamp: 00:30 at +01:00 is 23:30 UTC the day before
    ['2027-01-31T00:30:00+01:00', '2027-01-23T23:30:00Z', {}, 7, 'warning'],
    ['2027-01-31T00:30:00+01:00', '2027-01-23T23:31:00Z', {}, 6, 'critical'],
    ['2027-01-31T00:30:00+01:00', '2027-01-24T00:30:00+01:00', {}, 7, 'warning'],
    // a leap day: 2028-01-30 → 2028-02-29 is 30 days (31 in January less one, plus 29)
    ['2028-02-29', '2028-01-30T00:00:00Z', {}, 30, 'info'],
    ['2028-02-29', '2028-01-31T00:00:00Z', {}, 29, 'warning'],
    ['2028-02-29', '2028-02-28T23:00:00Z', {}, 0, 'critical'],
    ['2028-02-29', '2028-03-01T00:00:00Z', {}, -1, 'expired'],
    // overrides: the boundaries move with the thresholds
    ['2027-01-31', '2027-01-21T00:00:00Z', { critical: 14 }, 10, 'critical'],
    ['2027-01-31', '2027-01-17T00:00:00Z', { critical: 14 }, 14, 'warning'],
    ['2027-01-31', '2026-11-02T00:00:00Z', { info: 90 }, 90, 'ok'],
    ['2027-01-31', '2026-11-03T00:00:00Z', { info: 90 }, 89, 'info'],
    ['2027-01-31', '2027-01-31T00:00:00Z', { critical: 0, warning: 0, info: 0 }, 0, 'expired'],
    ['2027-01-31', '2027-01-30T00:00:00Z', { critical: 0, warning: 0, info: 0 }, 1, 'ok'],
  ])('%s at %s with %j: %p days, %s', (expires, now, thresholds, days, status) => {
    const t = effectiveThresholds(thresholds);
    expect(expiryStatus(ms(expires), ms(now), t)).toBe(status);
    expect(days === null ? null : daysLeft(ms(expires), ms(now))).toBe(days);
  });

  it('is unknown without a date', () => {
    expect(expiryStatus(undefined, ms('2027-01-01'), DEFAULT_THRESHOLDS)).toBe('unknown');
  });
});

describe('expiry policy: reading dates', () => {
  it.each<[string, string | undefined]>([
    ['2027-01-31', '2027-01-31T00:00:00.000Z'],
    ['2028-02-29', '2028-02-29T00:00:00.000Z'],
    ['2027-01-31T00:30:00+01:00', '2027-01-30T23:30:00.000Z'],
    ['2027-01-31T00:30:00-05:30', '2027-01-31T06:00:00.000Z'],
    ['2027-01-31T12:00Z', '2027-01-31T12:00:00.000Z'],
    ['2027-01-31T12:00:00.250Z', '2027-01-31T12:00:00.250Z'],
    // no leap day in 2027, no 30 February, no local times (the answer would depend on the machine), no prose
    ['2027-02-29', undefined],
    ['2028-02-30', undefined],
    ['2027-02-30T10:00:00+01:00', undefined],
    ['2027-01-31T12:00:00', undefined],
    ['next tuesday', undefined],
    ['', undefined],
  ])('%j → %s', (text, iso) => {
    const v = parseInstant(text);
    expect(v === undefined ? undefined : new Date(v).toISOString()).toBe(iso);
  });

  it('rotated + max-age-days lands on a leap day, and the earliest source wins', () => {
    expect(addDays('2027-12-31', 60)).toBe('2028-02-29');
    const evidence = declaredEvidence({ expires: '2028-06-30', rotated: '2027-12-31', maxAgeDays: 60 });
    expect(evidence).toEqual([
      { source: 'declared', expiresAt: '2028-06-30', lifetimeDays: 182, note: 'expires 2028-06-30' },
      { source: 'declared', expiresAt: '2028-02-29', lifetimeDays: 60, note: 'rotated 2027-12-31 + max-age-days 60' },
    ]);
    expect(earliestEvidence(evidence)?.evidence.expiresAt).toBe('2028-02-29');
    expect(earliestEvidence([{ source: 'declared', expiresAt: 'soon' }])).toBeUndefined();
  });
});

describe('expiry policy: thresholds by layer', () => {
  const policy: Pick<RegistryPolicy, 'thresholds' | 'thresholdsByCategory' | 'maxLifetimeDays'> = {
    thresholds: { critical: 5, warning: 20, info: 45 },
    thresholdsByCategory: { runtime: { critical: 10 }, bot: { info: 60 } },
    maxLifetimeDays: { 'github-pat': 90 },
  };
  const token = (extra: Partial<RegistryToken>): RegistryToken => ({ name: 'T', key: 'T', description: 'd', category: 'ci-cd', risk: 'high', kind: 'github-pat', scopes: [], span: [0, 0], ...extra });

  it.each<[string, Partial<RegistryToken>, ExpiryThresholds]>([
    ['registry', {}, { critical: 5, warning: 20, info: 45 }],
    ['category over registry', { category: 'runtime' }, { critical: 10, warning: 20, info: 45 }],
    ['token over category', { category: 'runtime', thresholds: { critical: 2, info: 30 } }, { critical: 2, warning: 20, info: 30 }],
    ['token over registry (category without override)', { thresholds: { warning: 25 } }, { critical: 5, warning: 25, info: 45 }],
  ])('%s', (_name, extra, expected) => {
    expect(tokenThresholds(policy, token(extra))).toEqual(expected);
  });

  it('grades a token by its own thresholds, and says which action it needs', () => {
    const now = ms('2027-01-22T00:00:00Z');
    // 9 days left: a warning by the registry's critical 5, critical by runtime's 10
    expect(tokenExpiry(token({ expires: '2027-01-31' }), policy, now)).toMatchObject({ status: 'warning', daysLeft: 9, action: 'rotate', source: 'declared' });
    expect(tokenExpiry(token({ expires: '2027-01-31', category: 'runtime' }), policy, now)).toMatchObject({ status: 'critical', action: 'rotate' });
    expect(tokenExpiry(token({ expires: '2027-01-31', kind: 'vault' }), policy, now)).toMatchObject({ status: 'warning', action: 'renew' });
    expect(tokenExpiry(token({ expires: '2028-01-31' }), policy, now)).toMatchObject({ status: 'ok', action: 'none' });
    expect(tokenExpiry(token({}), policy, now)).toMatchObject({ status: 'unknown', source: 'none', expiresAt: null, daysLeft: null, action: 'declare-expiry' });
    expect(tokenExpiry(token({ kind: 'api-key' }), policy, now)).toMatchObject({ status: 'unknown', action: 'none', notes: [] });
    expect(tokenExpiry(token({ rotated: '2026-12-01', maxAgeDays: 120 }), policy, now)).toMatchObject({
      expiresAt: '2027-03-31',
      lifetimeDays: 120,
      maxLifetimeDays: 90,
      notes: ['rotated 2026-12-01 + max-age-days 120', 'lifetime 120 days exceeds policy.max-lifetime-days 90 for github-pat'],
    });
  });
});
