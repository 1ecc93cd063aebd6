/** The expiry state: built from a run, serialised, parsed back; corrupt text is a warning, never a throw. */
import { findingToken, parseState, serializeState, stateFromRun, type ExpiryState } from '../../src/expiry/state/state.js';
import { plantedToken } from '../planted.js';
import { demoState, finding, plan, row } from './state-fixtures.js';

const NOW = '2027-01-01T00:00:00.000Z';

describe('stateFromRun', () => {
  it('keeps per token the status, days left, date and source, and per finding the fingerprint, rule, severity and token', () => {
    const state = stateFromRun(
      plan(NOW, [row('ZED', { status: 'critical', daysLeft: 3, expiresAt: '2027-01-04' }), row('ALPHA', { status: 'unknown', daysLeft: null, expiresAt: null, source: 'none' })]),
      [
        finding('token-expiring', 'critical', 'Token "ZED" expires on 2027-01-04, in 3 days: critical', { fingerprint: 'b' }),
        finding('token-expiry-unknown', 'medium', 'Token "ALPHA" is a github-pat, which normally expires', { fingerprint: 'a' }),
        finding('token-expiring', 'high', 'Token "GONE" expires soon', { fingerprint: 'c' }),
      ],
    );
    expect(state).toEqual({
      version: 1,
      savedAt: NOW,
      tokens: {
        ALPHA: { status: 'unknown', daysLeft: null, expiresAt: null, source: 'none' },
        ZED: { status: 'critical', daysLeft: 3, expiresAt: '2027-01-04', source: 'declared' },
      },
      findings: [
        { fingerprint: 'b', ruleId: 'token-expiring', severity: 'critical', token: 'ZED' },
        // a name the plan does not list is not taken from the message
        { fingerprint: 'c', ruleId: 'token-expiring', severity: 'high' },
        { fingerprint: 'a', ruleId: 'token-expiry-unknown', severity: 'medium', token: 'ALPHA' },
      ],
    });
    expect(Object.keys(state.tokens)).toEqual(['ALPHA', 'ZED']);
  });

  it('leaves suppressed findings out', () => {
    const state = stateFromRun(plan(NOW, [row('T')]), [
      finding('token-expiring', 'medium', 'Token "T" expires', { fingerprint: 'kept' }),
      finding('token-lifetime-exceeded', 'medium', 'Token "T" lives 400 days', { fingerprint: 'ignored', suppression: { kind: 'config', justification: 'ignores' } }),
    ]);
    expect(state.findings.map((f) => f.fingerprint)).toEqual(['kept']);
  });

  it.each([
    ['Token "A" expires', 'A'],
    ['High-risk token "B" has no owner', 'B'],
    ['Token "nope" and "A"', 'A'],
    ['no quoted name', undefined],
    ['"A "B"', undefined],
  ])('finds the token of %j', (message, expected) => {
    expect(findingToken({ message }, new Set(['A', 'B']))).toBe(expected);
  });

  it('attributes the real expiry findings of the demo registry to their tokens', () => {
    const state = demoState('2026-12-01');
    expect(state.savedAt).toBe('2026-12-01T00:00:00.000Z');
    expect(state.tokens.RUNNER_ADMIN_TOKEN).toEqual({ status: 'expired', daysLeft: -140, expiresAt: '2026-07-14', source: 'declared' });
    expect(state.findings.map((f) => `${f.ruleId} ${f.severity} ${f.token}`)).toEqual(
      expect.arrayContaining(['token-expired critical RUNNER_ADMIN_TOKEN', 'token-expiring high VAULT_CI_TOKEN', 'token-expiry-unknown medium TRIAGE_BOT_TOKEN']),
    );
    expect(state.findings.every((f) => f.token !== undefined && /^[0-9a-f]{32}$/.test(f.fingerprint))).toBe(true);
  });
});

describe('serializeState and parseState', () => {
  const state: ExpiryState = {
    version: 1,
    savedAt: NOW,
    tokens: { T: { status: 'warning', daysLeft: 10, expiresAt: '2027-01-11', source: 'declared' } },
    findings: [{ fingerprint: 'f1', ruleId: 'token-expiring', severity: 'high', token: 'T' }, { fingerprint: 'f2', ruleId: 'token-expired', severity: 'critical' }],
  };

  it('round-trips', () => {
    const text = serializeState(state);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseState(text)).toEqual({ state });
  });

  it('round-trips the demo registry state', () => {
    const demo = demoState('2026-12-13T09:30:00+01:00');
    expect(parseState(serializeState(demo))).toEqual({ state: demo });
  });

  it('drops keys it does not know (a newer writer of the same version)', () => {
    const text = JSON.stringify({ ...state, extra: 'x', tokens: { T: { ...state.tokens.T, note: 'free text' } } });
    const parsed = parseState(text);
    expect(parsed.warning).toBeUndefined();
    expect(parsed.state).toEqual(state);
  });

  const valid = JSON.parse(serializeState(state)) as Record<string, unknown>;
  it.each<[string, string, RegExp]>([
    ['empty text', '', /not JSON/],
    ['not JSON', '{"version": 1,', /not JSON/],
    ['JSON null', 'null', /the top level/],
    ['an array', '[]', /the top level/],
    ['another version', JSON.stringify({ ...valid, version: 2 }), /version 2 is not one this Token Warden reads \(1\)/],
    ['a version as text', JSON.stringify({ ...valid, version: '1' }), /version "1" is not one/],
    ['no version', JSON.stringify({ ...valid, version: undefined }), /version/],
    ['a bad status', JSON.stringify({ ...valid, tokens: { T: { ...state.tokens.T, status: 'doomed' } } }), /tokens\.T\.status/],
    ['days left not whole', JSON.stringify({ ...valid, tokens: { T: { ...state.tokens.T, daysLeft: 1.5 } } }), /daysLeft/],
    ['a bad severity', JSON.stringify({ ...valid, findings: [{ fingerprint: 'f', ruleId: 'r', severity: 'severe' }] }), /findings\.0\.severity/],
    ['no fingerprint', JSON.stringify({ ...valid, findings: [{ ruleId: 'r', severity: 'high' }] }), /findings\.0\.fingerprint/],
    ['savedAt not a timestamp', JSON.stringify({ ...valid, savedAt: 'yesterday' }), /savedAt/],
    ['findings not a list', JSON.stringify({ ...valid, findings: {} }), /findings/],
  ])('gives a warning and no state for %s', (_name, text, warning) => {
    const parsed = parseState(text);
    expect(parsed.state).toBeUndefined();
    expect(parsed.warning).toMatch(/^saved expiry state ignored: /);
    expect(parsed.warning).toMatch(warning);
  });

  it('refuses a text far bigger than any state without parsing it', () => {
    expect(parseState(' '.repeat(8 * 1024 * 1024 + 1)).warning).toMatch(/characters is more than/);
  });

  it('never echoes a token-looking key of a corrupt file in its warning', () => {
    const value = plantedToken('ghp_');
    const parsed = parseState(JSON.stringify({ ...valid, tokens: { [value]: { status: 'bad' } } }));
    expect(parsed.warning).toBeDefined();
    expect(parsed.warning).not.toContain(value);
  });
});

describe('no token value in the saved state', () => {
  it('keeps notes and messages out, and redacts a token-shaped name', () => {
    const value = plantedToken('ghp_');
    const fineGrained = plantedToken('github_pat_');
    const state = stateFromRun(plan(NOW, [row('T', { notes: [`pasted ${value} here`], owner: value }), row(fineGrained)]), [
      finding('token-expiring', 'high', `Token "T" expires; value ${value}`, { fingerprint: 'f1', related: [{ message: value, location: { file: 'x', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }] }),
    ]);
    const text = serializeState(state);
    expect(text).not.toContain(value);
    expect(text).not.toContain(value.slice(4));
    expect(text).not.toContain(fineGrained);
    expect(text).not.toContain('pasted');
    expect(text).toContain('github_pat_…(93 chars)');
  });
});
