/**
 * The `github` expiry source against the GitHub double: one `GET /rate_limit` per value, the expiry header in both
 * forms, no header (never expires for a classic PAT; only a note for a fine-grained one), scopes, 401 as evidence
 * dated now, prefixes and kind mismatches, and failures after the client's retries as notes that stop nothing.
 */
import { githubSource, parseExpiryHeader, parseScopesHeader } from '../../src/expiry/sources/github.js';
import { tokenExpiry } from '../../src/expiry/token.js';
import { faults } from '../double/faults.js';
import { useGitHubDouble } from '../double/jest.js';
import { expectNoViolations, registryFrom, sourceHarness } from './source-harness.js';

const DOUBLE_NOW = new Date('2026-12-01T00:00:00Z');
const NOW = Date.parse('2026-12-01T00:00:00Z');
const gh = useGitHubDouble({ now: () => DOUBLE_NOW });

describe('parsing GitHub headers', () => {
  it.each([
    ['2027-01-05 10:00:00 UTC', '2027-01-05T10:00:00Z'],
    ['2027-01-05 10:00:00 +0100', '2027-01-05T10:00:00+01:00'],
    ['2021-09-03 14:34:04 -0700', '2021-09-03T14:34:04-07:00'],
    ['2027-02-30 10:00:00 UTC', undefined],
    ['next tuesday', undefined],
  ])('%s → %s', (header, iso) => {
    expect(parseExpiryHeader(header)).toBe(iso);
  });

  it('x-oauth-scopes: absent is not a classic token; empty is one without scopes', () => {
    expect(parseScopesHeader(undefined)).toBeUndefined();
    expect(parseScopesHeader('')).toEqual([]);
    expect(parseScopesHeader('repo, read:org')).toEqual(['repo', 'read:org']);
  });
});

describe('githubSource', () => {
  test('the expiry header in both forms becomes evidence with an offset or Z; one free call per value', async () => {
    const { double } = gh;
    const classic = double.state.addToken({ expiresAt: '2027-01-05T09:00:00Z', scopes: ['repo', 'workflow'] }).token;
    const fine = double.state.addToken({ kind: 'fine-grained', expiresAt: '2027-01-05T09:00:00Z', expiryHeader: '+0100', permissions: { contents: 'read' } }).token;
    const registry = registryFrom({ BOT: { kind: 'github-pat', scopes: ['repo'] }, FG: { kind: 'github-pat-fine-grained', env: 'FG_VALUE' }, UNSET: { kind: 'github-pat' } });
    const h = sourceHarness(double, registry, { BOT: classic, FG_VALUE: fine }, NOW);
    const result = await githubSource({ clientFor: h.clientFor }).collect(h.context);

    expect(result.observations.get('BOT')).toEqual({
      evidence: [{ source: 'github', expiresAt: '2027-01-05T09:00:00Z', note: 'GitHub: expires 2027-01-05 09:00:00 UTC' }],
      notes: [],
      classicScopes: ['repo', 'workflow'],
      scopesSource: 'github',
      valueKind: 'classic personal access token (ghp_)',
    });
    expect(result.observations.get('FG')).toEqual({
      evidence: [{ source: 'github', expiresAt: '2027-01-05T10:00:00+01:00', note: 'GitHub: expires 2027-01-05 10:00:00 +0100' }],
      notes: [],
      valueKind: 'fine-grained personal access token (github_pat_)',
    });
    // No value, no call, no observation.
    expect(result.observations.has('UNSET')).toBe(false);
    expect(result.notes).toEqual([]);
    // The policy reads both as the same instant.
    const fg = tokenExpiry(registry.tokens[1]!, registry.policy, NOW, result.observations.get('FG'));
    expect(fg).toMatchObject({ source: 'github', daysLeft: 35, status: 'info' });
    expect(result.calls).toBe(2);
    expect(double.callCounts()).toEqual({ 'rate-limit/get': 2 });
    expect(double.requests().map((r) => r.credential).sort()).toEqual([classic, fine].sort());
    // /rate_limit is free: nothing was taken from either token's quota.
    expect(double.state.tokens.get(classic)!.rate.remaining).toBe(5000);
    expectNoViolations(double);
  });

  test('no header: a classic PAT never expires; a fine-grained PAT gets only a note; empty x-oauth-scopes is no scopes', async () => {
    const { double } = gh;
    const classic = double.state.addToken({ scopes: [] }).token;
    const fine = double.state.addToken({ kind: 'fine-grained', expiresAt: '2027-03-01T00:00:00Z', expiryHeader: 'none' }).token;
    const registry = registryFrom({ BOT: { kind: 'github-pat' }, FG: { kind: 'github-pat-fine-grained' } }, { 'max-lifetime-days': { 'github-pat': 90 } });
    const h = sourceHarness(double, registry, { BOT: classic, FG: fine }, NOW);
    const result = await githubSource({ clientFor: h.clientFor }).collect(h.context);

    expect(result.observations.get('BOT')).toMatchObject({
      evidence: [],
      neverExpires: { source: 'github', note: 'GitHub sent no expiry header: the token never expires' },
      classicScopes: [],
    });
    const fg = result.observations.get('FG')!;
    expect(fg.neverExpires).toBeUndefined();
    expect(fg.evidence).toEqual([]);
    expect(fg.classicScopes).toBeUndefined();
    expect(fg.notes).toEqual(['GitHub sent no expiry header, which it does not always send for fine-grained PATs: this does not mean the token never expires; declare `expires`']);
    // Judged: the classic PAT is over the policy's lifetime; the fine-grained one stays unknown.
    expect(tokenExpiry(registry.tokens[0]!, registry.policy, NOW, result.observations.get('BOT'))).toMatchObject({ status: 'ok', action: 'rotate', longestLifetimeDays: Infinity });
    expect(tokenExpiry(registry.tokens[1]!, registry.policy, NOW, fg)).toMatchObject({ status: 'unknown', action: 'declare-expiry' });
    expect(result.calls).toBe(2);
    expect(double.calls('rate-limit/get')).toBe(2);
    expectNoViolations(double);
  });

  test('401 (revoked or expired) is evidence dated now', async () => {
    const { double } = gh;
    const revoked = double.state.addToken({ scopes: ['repo'] });
    revoked.revoked = true;
    const expired = double.state.addToken({ kind: 'fine-grained', expiresAt: '2026-11-30T00:00:00Z' }).token;
    const registry = registryFrom({ OLD: { kind: 'github-pat' }, GONE: { kind: 'github-pat-fine-grained' } });
    const h = sourceHarness(double, registry, { OLD: revoked.token, GONE: expired }, NOW);
    const result = await githubSource({ clientFor: h.clientFor }).collect(h.context);
    const evidence = { source: 'github', expiresAt: '2026-12-01T00:00:00.000Z', note: 'GitHub answered 401 Bad credentials: the token is expired or revoked' };
    expect(result.observations.get('OLD')).toMatchObject({ evidence: [evidence], notes: [] });
    expect(result.observations.get('OLD')!.neverExpires).toBeUndefined();
    expect(result.observations.get('GONE')).toMatchObject({ evidence: [evidence] });
    expect(tokenExpiry(registry.tokens[0]!, registry.policy, NOW, result.observations.get('OLD'))).toMatchObject({ status: 'expired', action: 'rotate' });
    expect(result.notes).toEqual([]);
    // A 401 is not retried.
    expect(result.calls).toBe(2);
    expect(double.calls('rate-limit/get')).toBe(2);
    expectNoViolations(double);
  });

  test('prefixes in words; a note when the registry kind disagrees; a refresh token or a non-token is not sent', async () => {
    const { double } = gh;
    const ghp = double.state.addToken({ scopes: ['repo'] }).token;
    const gho = double.state.addToken({ token: `gho_${'a'.repeat(36)}`, scopes: ['read:user'] }).token;
    const ghu = double.state.addToken({ token: `ghu_${'b'.repeat(36)}`, kind: 'fine-grained', expiresAt: '2026-12-01T08:00:00Z' }).token;
    const ghs = double.state.addToken({ kind: 'installation' }).token;
    const old = double.state.addToken({ token: 'f'.repeat(40), scopes: ['repo'] }).token;
    const registry = registryFrom({
      MISLABELLED: { kind: 'github-pat-fine-grained' },
      AN_API_KEY: { kind: 'api-key' },
      OAUTH: { kind: 'github-pat' },
      USER_TOKEN: { kind: 'github-app' },
      INSTALL: { kind: 'github-app' },
      REFRESH: { kind: 'github-app' },
      LEGACY: { kind: 'github-pat' },
      GARBAGE: { kind: 'github-pat-fine-grained' },
      NOT_GITHUB: { kind: 'api-key' },
    });
    const env = { MISLABELLED: ghp, AN_API_KEY: ghp, OAUTH: gho, USER_TOKEN: ghu, INSTALL: ghs, REFRESH: `ghr_${'c'.repeat(76)}`, LEGACY: old, GARBAGE: 'hunter2-but-longer', NOT_GITHUB: 'sk_live_abcdefgh' };
    const h = sourceHarness(double, registry, env, NOW);
    const result = await githubSource({ clientFor: h.clientFor }).collect(h.context);
    const o = (k: string) => result.observations.get(k)!;

    expect(o('MISLABELLED')).toMatchObject({
      valueKind: 'classic personal access token (ghp_)',
      notes: ['registered as kind github-pat-fine-grained, but the value is a classic personal access token (ghp_): kind github-pat'],
      neverExpires: { source: 'github' },
      classicScopes: ['repo'],
    });
    expect(o('AN_API_KEY').notes).toEqual(['registered as kind api-key, but the value is a classic personal access token (ghp_): kind github-pat']);
    expect(o('OAUTH')).toMatchObject({
      valueKind: 'OAuth app token (gho_)',
      notes: ['registered as kind github-pat, but the value is an OAuth app token (gho_)'],
      neverExpires: { source: 'github', note: 'GitHub sent no expiry header: the OAuth token never expires (GitHub revokes it after a year unused)' },
    });
    expect(o('USER_TOKEN')).toMatchObject({
      valueKind: 'GitHub App user-to-server token (ghu_)',
      evidence: [{ source: 'github', expiresAt: '2026-12-01T08:00:00Z' }],
      notes: ['a user-to-server token (ghu_) lives 8 hours and is renewed with its refresh token (ghr_)'],
    });
    expect(o('INSTALL')).toEqual({
      evidence: [],
      valueKind: 'GitHub App installation token (ghs_)',
      notes: ['an installation token (ghs_) lives at most 1 hour: a stored one is soon useless; mint it when needed'],
    });
    expect(o('REFRESH')).toEqual({
      evidence: [],
      valueKind: 'GitHub App refresh token (ghr_)',
      notes: ['a refresh token (ghr_) cannot call the API, so GitHub was not asked; it lasts 6 months and is renewed with each use'],
    });
    expect(o('LEGACY')).toMatchObject({ valueKind: 'classic token in the old format (40 hex digits, no prefix)', neverExpires: { source: 'github' }, classicScopes: ['repo'] });
    expect(o('GARBAGE')).toEqual({
      evidence: [],
      valueKind: 'not a GitHub token (no ghp_ or github_pat_ prefix)',
      notes: ["the value does not look like a GitHub token (no ghp_ or github_pat_ prefix), so GitHub was not asked: check the secret or the entry's env"],
    });
    // Not a GitHub kind and no GitHub prefix: none of this source's business.
    expect(result.observations.has('NOT_GITHUB')).toBe(false);
    // ghp_ shared by two entries: asked once. gho_, ghu_, ghs_, the old format: once each. ghr_ and garbage: never.
    expect(result.calls).toBe(5);
    expect(double.calls('rate-limit/get')).toBe(5);
    expect(result.notes).toEqual([]);
    expectNoViolations(double);
  });

  test('a 502 is retried by the client and then answered', async () => {
    const { double } = gh;
    const token = double.state.addToken({ expiresAt: '2027-02-01T00:00:00Z' }).token;
    const registry = registryFrom({ BOT: { kind: 'github-pat' } });
    const h = sourceHarness(double, registry, { BOT: token }, NOW);
    double.inject('rate-limit/get', faults.serverError(502), { calls: [1] });
    const result = await githubSource({ clientFor: h.clientFor }).collect(h.context);
    expect(result.observations.get('BOT')!.evidence).toEqual([{ source: 'github', expiresAt: '2027-02-01T00:00:00Z', note: 'GitHub: expires 2027-02-01 00:00:00 UTC' }]);
    expect(result.notes).toEqual([]);
    // One call as the source sees it; the retry is the client's.
    expect(result.calls).toBe(1);
    expect(double.requests('rate-limit/get').map((r) => r.status)).toEqual([502, 200]);
    expectNoViolations(double);
  });

  test('a persistent 5xx or a dropped connection: a warning naming the token, never its value; the other tokens are still observed', async () => {
    const { double } = gh;
    const first = double.state.addToken({ scopes: ['repo'] }).token;
    const second = double.state.addToken({ scopes: ['repo'] }).token;
    const third = double.state.addToken({ expiresAt: '2027-02-01T00:00:00Z' }).token;
    const registry = registryFrom({ FIRST: { kind: 'github-pat' }, SECOND: { kind: 'github-pat' }, THIRD: { kind: 'github-pat' } });
    const h = sourceHarness(double, registry, { FIRST: first, SECOND: second, THIRD: third }, NOW);
    // One at a time, so the call numbers are the tokens': 1-4 FIRST (a try and 3 retries), 5-8 SECOND, 9 THIRD.
    double.inject('rate-limit/get', faults.serverError(503), { calls: { from: 1, to: 4 } });
    double.inject('rate-limit/get', faults.connectionReset(), { calls: { from: 5, to: 8 } });
    const result = await githubSource({ clientFor: h.clientFor, concurrency: 1 }).collect(h.context);
    expect(result.notes).toEqual([
      { source: 'github', level: 'warning', token: 'FIRST', message: 'could not ask GitHub about FIRST: GitHub failed GET /rate_limit (503 Service Unavailable) after 4 attempts' },
      { source: 'github', level: 'warning', token: 'SECOND', message: expect.stringMatching(/^could not ask GitHub about SECOND: Could not reach GitHub for GET \/rate_limit after 4 attempts/) },
    ]);
    // No evidence from a failure: the declared dates still judge these tokens.
    expect(result.observations.get('FIRST')).toEqual({ evidence: [], notes: [], valueKind: 'classic personal access token (ghp_)' });
    expect(result.observations.get('THIRD')!.evidence).toHaveLength(1);
    expect(result.calls).toBe(3);
    expect(double.calls('rate-limit/get')).toBe(9);
    expect(JSON.stringify(result.notes)).not.toMatch(/ghp_/);
    expectNoViolations(double);
  });
});
