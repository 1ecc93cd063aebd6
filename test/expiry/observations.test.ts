/**
 * What the online sources observe, judged by the pure policy and rules: evidence merged with the declared dates
 * (earliest wins, both said), "never expires" judged by max-lifetime-days, a 401 dated now, and scope drift both ways.
 * Table-driven; the sources themselves are tested against the doubles.
 */
import { scan } from '../../src/engine.js';
import { parseRegistry } from '../../src/registry/parse.js';
import { EXPIRY_RULE_IDS, registryProjectRules } from '../../src/registry/rules/index.js';
import type { RegistryPolicy, RegistryToken } from '../../src/registry/types.js';
import { tokenExpiry } from '../../src/expiry/token.js';
import { scopeDrift } from '../../src/expiry/rules/token-scope-drift.js';
import { canonicalPermission } from '../../src/registry/scopes.js';
import type { TokenObservation } from '../../src/expiry/sources/types.js';

const ms = (iso: string) => Date.parse(iso);
const policy: Pick<RegistryPolicy, 'thresholds' | 'thresholdsByCategory' | 'maxLifetimeDays'> = {
  thresholds: { critical: 7, warning: 30, info: 45 },
  thresholdsByCategory: {},
  maxLifetimeDays: { 'github-pat': 90 },
};
const token = (extra: Partial<RegistryToken>): RegistryToken => ({ name: 'T', key: 'T', description: 'd', category: 'ci-cd', risk: 'high', kind: 'github-pat', scopes: [], span: [0, 0], ...extra });
const NOW = ms('2027-01-01T00:00:00Z');

describe('tokenExpiry with observations', () => {
  it('the earlier of a declared date and a GitHub header applies, and the notes say both', () => {
    const observed: Partial<TokenObservation> = { evidence: [{ source: 'github', expiresAt: '2027-01-05T10:00:00Z', note: 'GitHub: expires 2027-01-05 10:00:00 UTC' }] };
    const e = tokenExpiry(token({ expires: '2027-03-01' }), policy, NOW, observed);
    expect(e).toMatchObject({ source: 'github', expiresAt: '2027-01-05T10:00:00Z', daysLeft: 4, status: 'critical', action: 'rotate' });
    expect(e.notes).toEqual(['GitHub: expires 2027-01-05 10:00:00 UTC', 'declared: expires 2027-03-01']);
    // Declared earlier than GitHub: declared wins, GitHub's date still said.
    const later: Partial<TokenObservation> = { evidence: [{ source: 'github', expiresAt: '2027-06-05T10:00:00Z', note: 'GitHub: expires 2027-06-05 10:00:00 UTC' }] };
    expect(tokenExpiry(token({ expires: '2027-03-01' }), policy, NOW, later)).toMatchObject({ source: 'declared', status: 'ok', notes: ['expires 2027-03-01', 'github: GitHub: expires 2027-06-05 10:00:00 UTC'] });
  });

  it('a 401 is evidence dated now: expired', () => {
    const observed: Partial<TokenObservation> = { evidence: [{ source: 'github', expiresAt: new Date(NOW).toISOString(), note: 'GitHub answered 401: expired or revoked' }] };
    expect(tokenExpiry(token({ expires: '2027-12-01' }), policy, NOW, observed)).toMatchObject({ status: 'expired', source: 'github', daysLeft: 0, action: 'rotate' });
  });

  it.each<[string, Partial<RegistryToken>, object]>([
    ['no date anywhere: ok, never expires, rotate because the policy sets a lifetime', {}, { status: 'ok', source: 'github', expiresAt: null, daysLeft: null, action: 'rotate', longestLifetimeDays: Infinity }],
    ['a declared date still applies', { expires: '2027-01-20' }, { status: 'warning', source: 'declared', daysLeft: 19, action: 'rotate' }],
    ['no policy for the kind: nothing to do', { kind: 'api-key' }, { status: 'ok', action: 'none', maxLifetimeDays: null }],
  ])('never expires — %s', (_name, extra, expected) => {
    const observed: Partial<TokenObservation> = { evidence: [], neverExpires: { source: 'github', note: 'GitHub sent no expiry header: the token never expires' }, notes: [] };
    const e = tokenExpiry(token(extra), policy, NOW, observed);
    expect(e).toMatchObject(expected);
    expect(e.notes.join('; ')).toContain('never expires');
  });
});

describe('scopeDrift', () => {
  const classic = (...names: string[]) => names.map((n) => ({ name: n, canonical: n, level: 'write' as const, form: 'classic' as const, span: [0, 0] as [number, number] }));
  const perms = (map: Record<string, 'read' | 'write' | 'admin'>) =>
    Object.entries(map).map(([n, level]) => ({ name: n, canonical: canonicalPermission(n), level, form: 'permission' as const, span: [0, 0] as [number, number] }));
  it.each<[string, Pick<RegistryToken, 'scopes' | 'kind'>, Partial<TokenObservation>, { undeclared: string[]; unused: string[] } | undefined]>([
    ['same scopes', { kind: 'github-pat', scopes: classic('repo', 'read:org') }, { classicScopes: ['read:org', 'repo'] }, { undeclared: [], unused: [] }],
    ['GitHub reports more', { kind: 'github-pat', scopes: classic('public_repo') }, { classicScopes: ['repo', 'workflow'] }, { undeclared: ['repo', 'workflow'], unused: [] }],
    ['declared covers by implication', { kind: 'github-pat', scopes: classic('repo', 'admin:org') }, { classicScopes: ['public_repo', 'read:org'] }, { undeclared: [], unused: ['admin:org', 'repo'] }],
    ['no scopes at all', { kind: 'github-pat', scopes: classic('repo') }, { classicScopes: [] }, { undeclared: [], unused: ['repo'] }],
    ['case and spaces', { kind: 'github-pat', scopes: classic('repo') }, { classicScopes: [' REPO '] }, { undeclared: [], unused: [] }],
    ['not observed', { kind: 'github-pat', scopes: classic('repo') }, {}, undefined],
    ['classic scopes on a fine-grained entry are not compared', { kind: 'github-pat-fine-grained', scopes: [] }, { classicScopes: ['repo'] }, undefined],
    [
      'App permissions above the declared level',
      { kind: 'github-app', scopes: perms({ contents: 'read', issues: 'write' }) },
      { permissions: { contents: 'write', issues: 'write', metadata: 'read' } },
      { undeclared: ['contents: write (declared read)', 'metadata: read'], unused: [] },
    ],
    [
      'App has less than declared; metadata: read is implicit',
      { kind: 'github-app', scopes: perms({ contents: 'write', metadata: 'read', pull_requests: 'write' }) },
      { permissions: { contents: 'read', pull_requests: 'write' } },
      { undeclared: [], unused: ['contents: write (has read)'] },
    ],
  ])('%s', (_name, t, observed, expected) => {
    const drift = scopeDrift(t, observed);
    if (expected === undefined) expect(drift).toBeUndefined();
    else expect(drift).toMatchObject(expected);
  });
});

describe('the rules with observations', () => {
  const text = [
    'version: 1',
    'policy:',
    '  max-lifetime-days: { github-pat: 90 }',
    'tokens:',
    '  BOT:',
    '    description: d',
    '    category: bot',
    '    risk: high',
    '    kind: github-pat',
    '    scopes: [public_repo]',
    '    used-by: []',
    '  FG:',
    '    description: d',
    '    category: bot',
    '    risk: low',
    '    kind: github-pat-fine-grained',
    '    used-by: []',
    '',
  ].join('\n');
  const registry = parseRegistry(text, 'map.yml');
  const run = (observations: Map<string, Partial<TokenObservation>>) =>
    scan([], { projectRules: registryProjectRules(registry, 'map.yml', { scope: 'registry-file', now: new Date(NOW), observations }), extraFiles: [{ path: 'map.yml', text }] })
      .findings.filter((f) => EXPIRY_RULE_IDS.has(f.ruleId))
      .map((f) => `${f.ruleId} ${f.severity} ${f.location.startLine}: ${f.message}`);

  it('offline: only the unknown expiry of the fine-grained PAT (and the classic PAT without a date)', () => {
    expect(run(new Map())).toEqual([
      'token-expiry-unknown medium 5: Token "BOT" is a github-pat, which normally expires, but no source gives its expiry (declared: no expires, no rotated + max-age-days)',
      'token-expiry-unknown medium 12: Token "FG" is a github-pat-fine-grained, which normally expires, but no source gives its expiry (declared: no expires, no rotated + max-age-days)',
    ]);
  });

  it('online: never-expiring PAT with more scopes than declared; a dated fine-grained PAT', () => {
    const observations = new Map<string, Partial<TokenObservation>>([
      ['BOT', { evidence: [], neverExpires: { source: 'github', note: 'GitHub sent no expiry header' }, classicScopes: ['repo'], notes: [] }],
      ['FG', { evidence: [{ source: 'github', expiresAt: '2027-01-03T00:00:00Z', note: 'GitHub: expires 2027-01-03 00:00:00 UTC' }], notes: [] }],
    ]);
    expect(run(observations)).toEqual([
      'token-scope-drift high 5: Token "BOT" can do more than the registry declares: repo (GitHub reports scopes: repo)',
      'token-lifetime-exceeded medium 5: Token "BOT" never expires (GitHub sent no expiry header); policy.max-lifetime-days allows 90 days for github-pat',
      'token-expiring critical 12: Token "FG" expires on 2027-01-03T00:00:00Z, in 2 days (GitHub: expires 2027-01-03 00:00:00 UTC): critical (thresholds 7/30/45 days)',
    ]);
  });
});
