/**
 * The expiry rules, table-driven: one token entry and a clock in, every expiry finding out (rule, severity, line,
 * message). Each row is complete, so a rule that should stay silent is asserted by its absence.
 */
import { scan } from '../../src/engine.js';
import { parseRegistry } from '../../src/registry/parse.js';
import { EXPIRY_RULE_IDS, registryProjectRules } from '../../src/registry/rules/index.js';

const FILE = '.github/token-scope-map.yml';

/** A registry with one token `T` (line 8) of `kind`, `category` and `risk`, and the `extra` lines of its entry. */
function registryText(extra: string, { kind = 'api-key', category = 'ci-cd', risk = 'low' } = {}): string {
  return [
    'version: 1',
    'policy:',
    '  thresholds: { critical: 7, warning: 30, info: 45 }',
    '  thresholds-by-category: { runtime: { critical: 14, warning: 20 } }',
    '  max-lifetime-days: { github-pat: 90, vault: 30 }',
    '# the token:',
    'tokens:',
    '  T:',
    '    description: d',
    `    category: ${category}`,
    `    risk: ${risk}`,
    `    kind: ${kind}`,
    '    used-by: []',
    ...extra.split('\n').filter(Boolean).map((l) => `    ${l}`),
    '',
  ].join('\n');
}

function expiryFindings(text: string, now: string | undefined, ids: ReadonlySet<string> = new Set([...EXPIRY_RULE_IDS, 'registry-missing-expiry'])): string[] {
  const registry = parseRegistry(text, FILE);
  const result = scan([], {
    projectRules: registryProjectRules(registry, FILE, { scope: 'registry-file', ...(now ? { now: new Date(now) } : {}) }),
    extraFiles: [{ path: FILE, text }],
  });
  expect(result.ruleFailures).toEqual([]);
  return result.findings.filter((f) => ids.has(f.ruleId)).map((f) => `${f.ruleId} ${f.severity} ${f.location.startLine}: ${f.message}`);
}

const NOW = '2027-01-01T00:00:00Z';

describe('expiry rules', () => {
  it.each<[string, string, { kind?: string; category?: string; risk?: string }, string | undefined, string[]]>([
    ['expired yesterday', 'expires: 2026-12-31', {}, NOW, ['token-expired critical 8: Token "T" expired on 2026-12-31, 1 day ago (expires 2026-12-31)']],
    ['expiring this instant', 'expires: 2027-01-01', {}, NOW, ['token-expired critical 8: Token "T" expired on 2027-01-01, just now (expires 2027-01-01)']],
    [
      'rotation overdue',
      'rotated: 2026-10-01\nmax-age-days: 60',
      {},
      NOW,
      ['token-expired critical 8: Token "T" expired on 2026-11-30, 32 days ago (rotated 2026-10-01 + max-age-days 60)'],
    ],
    ['6 days: critical', 'expires: 2027-01-07', {}, NOW, ['token-expiring critical 8: Token "T" expires on 2027-01-07, in 6 days (expires 2027-01-07): critical (thresholds 7/30/45 days)']],
    ['7 days: warning → high', 'expires: 2027-01-08', {}, NOW, ['token-expiring high 8: Token "T" expires on 2027-01-08, in 7 days (expires 2027-01-08): warning (thresholds 7/30/45 days)']],
    ['30 days: info → medium', 'expires: 2027-01-31', {}, NOW, ['token-expiring medium 8: Token "T" expires on 2027-01-31, in 30 days (expires 2027-01-31): info (thresholds 7/30/45 days)']],
    ['45 days: ok', 'expires: 2027-02-15', {}, NOW, []],
    // the category's thresholds, then the token's own
    ['10 days in runtime (critical 14)', 'expires: 2027-01-11', { category: 'runtime' }, NOW, ['token-expiring critical 8: Token "T" expires on 2027-01-11, in 10 days (expires 2027-01-11): critical (thresholds 14/20/45 days)']],
    ['10 days with its own critical 3', 'expires: 2027-01-11\nthresholds: { critical: 3 }', { category: 'runtime' }, NOW, [
      'token-expiring high 8: Token "T" expires on 2027-01-11, in 10 days (expires 2027-01-11): warning (thresholds 3/20/45 days)',
    ]],
    // the earlier of the two declared dates
    ['expires later than the rotation', 'expires: 2027-06-30\nrotated: 2026-12-01\nmax-age-days: 40', {}, NOW, [
      'token-expiring high 8: Token "T" expires on 2027-01-10, in 9 days (rotated 2026-12-01 + max-age-days 40): warning (thresholds 7/30/45 days)',
    ]],
    // no clock (a scan): nothing that depends on the date
    ['no clock', 'expires: 2026-12-31', {}, undefined, []],
    // lifetime, by the rotation schedule or from rotation to expiry, whatever the date
    ['rotated every 120 days, limit 90', 'rotated: 2026-12-01\nmax-age-days: 120', { kind: 'github-pat' }, undefined, [
      'token-lifetime-exceeded medium 8: Token "T" lives 120 days (rotated 2026-12-01 + max-age-days 120); policy.max-lifetime-days allows 90 for github-pat',
    ]],
    ['issued for a year at its rotation, limit 30', 'rotated: 2026-12-01\nmax-age-days: 30\nexpires: 2027-12-01', { kind: 'vault' }, undefined, [
      'token-lifetime-exceeded medium 8: Token "T" lives 365 days (expires 2027-12-01); policy.max-lifetime-days allows 30 for vault',
    ]],
    ['exactly the limit', 'rotated: 2026-12-01\nmax-age-days: 90', { kind: 'github-pat' }, undefined, []],
    ['no limit for the kind', 'rotated: 2026-12-01\nmax-age-days: 900', { kind: 'api-key' }, undefined, []],
    // unknown expiry: kinds that normally expire; high-risk others stay registry-missing-expiry — never both
    ['a PAT with no date', '', { kind: 'github-pat-fine-grained' }, NOW, [
      'token-expiry-unknown medium 8: Token "T" is a github-pat-fine-grained, which normally expires, but no source gives its expiry (declared: no expires, no rotated + max-age-days)',
    ]],
    ['a high-risk Vault token with no date', '', { kind: 'vault', risk: 'high' }, NOW, [
      'token-expiry-unknown medium 8: Token "T" is a vault, which normally expires, but no source gives its expiry (declared: no expires, no rotated + max-age-days)',
    ]],
    ['a high-risk API key with no date', '', { kind: 'api-key', risk: 'high' }, NOW, [
      'registry-missing-expiry medium 8: High-risk token "T" has no expiry information (expires, or rotated with max-age-days)',
    ]],
    ['a low-risk API key with no date', '', {}, NOW, []],
  ])('%s', (_name, extra, shape, now, expected) => {
    expect(expiryFindings(registryText(extra, shape), now)).toEqual(expected);
  });

  it('an expiring token keeps its fingerprint as it grows more urgent (alerts update one issue)', () => {
    const text = registryText('expires: 2027-01-31');
    const fingerprint = (now: string) => {
      const registry = parseRegistry(text, FILE);
      return scan([], { projectRules: registryProjectRules(registry, FILE, { scope: 'registry-file', now: new Date(now) }), extraFiles: [{ path: FILE, text }] }).findings.map((f) => [f.severity, f.fingerprint]);
    };
    const [[early, a]] = fingerprint('2027-01-01T00:00:00Z') as [[string, string]];
    const [[late, b]] = fingerprint('2027-01-28T00:00:00Z') as [[string, string]];
    expect([early, late]).toEqual(['medium', 'critical']);
    expect(a).toBe(b);
  });
});
