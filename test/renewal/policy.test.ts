/** The pure decisions of the renewal jobs, as tables: durations, refresh, backoff and retry verdicts, metrics, state. */
import { GitHubForbiddenError, GitHubRateLimitError, GitHubServerError } from '../../src/github/errors.js';
import { formatDuration, parseDuration } from '../../src/renewal/duration.js';
import { backoffMs, DEFAULT_RETRY_POLICY, retryVerdict } from '../../src/renewal/retry.js';
import { lapseWarning, nextMetrics, refreshDecision } from '../../src/renewal/runner-policy.js';
import { emptyMetrics, MAX_ROTATION_HISTORY, parseRenewalState, serializeRenewalState, emptyRenewalState } from '../../src/renewal/state.js';

const MIN = 60_000;
const NOW = Date.parse('2027-03-01T10:00:00Z');
const base = { status: 0, method: 'POST', path: '/orgs/acme/actions/runners/registration-token', githubMessage: '', attempts: 1 };

test.each([
  ['5m', 5 * MIN],
  ['300', 300_000],
  ['1h30m', 90 * MIN],
  ['45s', 45_000],
  ['2d', 2 * 86_400_000],
  ['5 minutes', undefined],
  ['-5m', undefined],
  ['', undefined],
])('parseDuration(%j) = %p', (text, ms) => expect(parseDuration(text)).toBe(ms));

test.each([
  [0, '0s'],
  [1500, '1s'],
  [65 * MIN, '1h 5m'],
  [3 * 86_400_000 + 7 * MIN, '3d'],
  [-4 * MIN, '-4m'],
])('formatDuration(%p) = %p', (ms, text) => expect(formatDuration(ms)).toBe(text));

describe('refreshDecision', () => {
  const at = (minutesLeft: number) => ({ expiresAtMs: NOW + minutesLeft * MIN, source: 'state' as const });
  const input = { nowMs: NOW, thresholdMs: 5 * MIN, force: false, jit: false, wantsValue: false };
  test.each([
    ['fresh: 30 minutes left', { ...input, stored: at(30) }, false, 'fresh'],
    ['due: exactly the threshold left', { ...input, stored: at(5) }, true, 'due'],
    ['due: 4 minutes left', { ...input, stored: at(4) }, true, 'due'],
    ['expired', { ...input, stored: at(-1) }, true, 'expired'],
    ['nothing known', input, true, 'unknown'],
    ['forced although fresh', { ...input, force: true, stored: at(50) }, true, 'forced'],
    ['a step output wants a value', { ...input, wantsValue: true, stored: at(50) }, true, 'output'],
    ['a JIT config every time', { ...input, jit: true, stored: at(50) }, true, 'jit'],
    ['a wider threshold', { ...input, thresholdMs: 35 * MIN, stored: at(30) }, true, 'due'],
  ])('%s', (_name, given, refresh, reason) => {
    expect(refreshDecision(given)).toMatchObject({ refresh, reason });
  });

  test('lapse warning only when the token expires before the next run at the same pace', () => {
    expect(lapseWarning(NOW, NOW - 10 * MIN, NOW + 30 * MIN, 5 * MIN)).toBeUndefined();
    expect(lapseWarning(NOW, undefined, NOW + 30 * MIN, 5 * MIN)).toBeUndefined();
    expect(lapseWarning(NOW, NOW - 30 * MIN, NOW + 20 * MIN, 5 * MIN)).toMatch(/set --threshold above the schedule interval \(e\.g\. 35m\)/);
  });
});

describe('retries', () => {
  test('backoff doubles per retry with half of each step random, capped', () => {
    const p = DEFAULT_RETRY_POLICY;
    expect([1, 2, 3, 4].map((n) => backoffMs(p, n, () => 0))).toEqual([1000, 2000, 4000, 8000]);
    expect([1, 2, 3, 4].map((n) => backoffMs(p, n, () => 1))).toEqual([2000, 4000, 8000, 16000]);
    expect(backoffMs(p, 20, () => 1)).toBe(60_000);
  });

  test.each([
    ['5xx', new GitHubServerError('x', { ...base, status: 502, failure: 'http' }), true, 1500],
    ['network', new GitHubServerError('x', { ...base, status: 500, failure: 'network' }), true, 1500],
    ['secondary with retry-after', new GitHubRateLimitError('x', { ...base, status: 429, limit: 'secondary', retryAfterSeconds: 30 }), true, 30_000],
    ['secondary without: a minute', new GitHubRateLimitError('x', { ...base, status: 403, limit: 'secondary' }), true, 60_000],
    ['primary, reset in 90 s', new GitHubRateLimitError('x', { ...base, status: 403, limit: 'primary', resetAt: new Date(NOW + 90_000) }), true, 90_000],
    ['primary, reset in an hour', new GitHubRateLimitError('x', { ...base, status: 403, limit: 'primary', resetAt: new Date(NOW + 3_600_000) }), false, undefined],
    ['403 permission', new GitHubForbiddenError('x', { ...base, status: 403, acceptedPermissions: [], acceptedScopes: [] }), false, undefined],
    ['not an API error', new Error('sealing failed'), false, undefined],
  ])('%s', (_name, error, retry, delayMs) => {
    const verdict = retryVerdict(error, 1, DEFAULT_RETRY_POLICY, () => 0.5, NOW);
    expect(verdict.retry).toBe(retry);
    if (verdict.retry) expect(verdict.delayMs).toBe(delayMs);
  });

  test('no retry once the attempts are used', () => {
    expect(retryVerdict(new GitHubServerError('x', { ...base, status: 502, failure: 'http' }), 3, DEFAULT_RETRY_POLICY, () => 0.5, NOW)).toEqual({ retry: false });
  });
});

test('metrics: a check every run, refreshes counted, a failure streak ended by any success', () => {
  let m = emptyMetrics();
  m = nextMetrics(m, 'failed', 't1');
  m = nextMetrics(m, 'failed', 't2');
  expect(m).toEqual({ last_check: 't2', last_refresh: null, total_refreshes: 0, failed_refreshes: 2, consecutive_failures: 2 });
  m = nextMetrics(m, 'fresh', 't3');
  expect(m).toMatchObject({ consecutive_failures: 0, failed_refreshes: 2 });
  m = nextMetrics(m, 'refreshed', 't4');
  expect(m).toEqual({ last_check: 't4', last_refresh: 't4', total_refreshes: 1, failed_refreshes: 2, consecutive_failures: 0 });
});

describe('state document', () => {
  test('round-trips; malformed fields are dropped one by one; the history is capped', () => {
    const state = emptyRenewalState();
    state.runner_tokens['orgs/acme#output'] = { target: 't', expires_at: '2027-03-01T11:00:00Z', metrics: { ...emptyMetrics(), total_refreshes: 2 }, last_error: null };
    for (let i = 0; i < MAX_ROTATION_HISTORY + 5; i++) state.rotations.push({ name: `S${i}`, at: 'x', run: 'local', scope: 'r', outcome: 'rotated', reason: '' });
    const parsed = parseRenewalState(serializeRenewalState(state)).state!;
    expect(parsed.runner_tokens).toEqual(state.runner_tokens);
    expect(parsed.rotations).toHaveLength(MAX_ROTATION_HISTORY);
    expect(parsed.rotations[0]!.name).toBe('S5');

    const odd = parseRenewalState(JSON.stringify({ version: 1, runner_tokens: { k: { metrics: { total_refreshes: -3, consecutive_failures: 'x' } }, bad: 7 }, rotations: [{ name: 'A' }, 3] })).state!;
    expect(odd.runner_tokens).toEqual({ k: { target: 'k', expires_at: null, metrics: emptyMetrics(), last_error: null } });
    expect(odd.rotations).toEqual([]);
  });

  test('not JSON, or another version: a warning and a fresh start', () => {
    expect(parseRenewalState('{oops')).toEqual({ warning: 'not JSON: starting afresh' });
    expect(parseRenewalState('{"version":2}')).toEqual({ warning: 'not a renewal state of version 1: starting afresh' });
  });
});
