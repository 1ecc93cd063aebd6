/**
 * planAlerts: grouping, the minimum severity, suppressions, titles, owners, and stable hashes.
 */
import { ownerFromRegistry, planAlerts, type AlertGrouping, type PlanOptions } from '../../src/alerts/plan.js';
import type { Finding } from '../../src/model/finding.js';
import type { Severity } from '../../src/model/severity.js';
import { LINKS, expiring, finding } from './fixtures.js';

const A = finding({ ruleId: 'hardcoded-credential', severity: 'critical', message: 'A GitHub token is written in the file (ghp_…(40 chars)); treat it as leaked', fingerprint: 'aaaa' });
const B = finding({ ruleId: 'permissions', severity: 'high', fingerprint: 'bbbb' });
const C = finding({ ruleId: 'secrets-inherit', severity: 'high', message: 'Job "deploy" passes every secret to ./.github/workflows/x.yml with `secrets: inherit`', fingerprint: 'cccc' });
const D = finding({ ruleId: 'permissions', severity: 'medium', fingerprint: 'dddd' });
const E = finding({ ruleId: 'hardcoded-credential', severity: 'critical', fingerprint: 'eeee', suppression: { kind: 'inline', justification: 'test fixture' } });
const F = expiring('DEPLOY_TOKEN', 'high', 20, 'ffff');
const G = expiring('NPM_TOKEN', 'high', 12, 'gggg');
const ALL: Finding[] = [B, F, D, A, E, C, G];

const keys = (grouping: AlertGrouping, minSeverity?: Severity) => planAlerts(ALL, { grouping, ...(minSeverity ? { minSeverity } : {}) }).map((a) => [a.key, a.fingerprints]);

describe('grouping', () => {
  test.each<[AlertGrouping, Severity | undefined, Array<[string, string[]]>]>([
    ['auto', undefined, [['finding:aaaa', ['aaaa']], ['digest:expiry', ['ffff', 'gggg']], ['digest:scan', ['bbbb', 'cccc']]]],
    ['per-finding', undefined, [['finding:aaaa', ['aaaa']], ['finding:bbbb', ['bbbb']], ['finding:cccc', ['cccc']], ['finding:ffff', ['ffff']], ['finding:gggg', ['gggg']]]],
    ['per-rule', undefined, [['rule:hardcoded-credential', ['aaaa']], ['rule:permissions', ['bbbb']], ['rule:secrets-inherit', ['cccc']], ['rule:token-expiring', ['ffff', 'gggg']]]],
    ['digest', undefined, [['digest:scan', ['aaaa', 'bbbb', 'cccc']], ['digest:expiry', ['ffff', 'gggg']]]],
    ['auto', 'medium', [['finding:aaaa', ['aaaa']], ['digest:expiry', ['ffff', 'gggg']], ['digest:scan', ['bbbb', 'cccc', 'dddd']]]],
    ['auto', 'critical', [['finding:aaaa', ['aaaa']]]],
  ])('%s at %s', (grouping, minSeverity, expected) => {
    expect(keys(grouping, minSeverity)).toEqual(expected);
  });

  test('suppressed findings never alert, whatever the grouping', () => {
    for (const grouping of ['auto', 'per-finding', 'per-rule', 'digest'] as const) {
      expect(planAlerts([E], { grouping, minSeverity: 'info' })).toEqual([]);
    }
  });

  test('each alert carries its worst severity, its rules and its run type', () => {
    const [digest] = planAlerts(ALL, { grouping: 'digest' });
    expect(digest).toMatchObject({ key: 'digest:scan', severity: 'critical', type: 'scan', ruleIds: ['hardcoded-credential', 'permissions', 'secrets-inherit'], omitted: 0 });
    const expiry = planAlerts(ALL, { grouping: 'digest' })[1]!;
    expect(expiry).toMatchObject({ severity: 'high', type: 'expiry' });
  });

  test('nothing to alert on: no alerts', () => {
    expect(planAlerts([])).toEqual([]);
    expect(planAlerts([D])).toEqual([]);
  });
});

describe('titles', () => {
  test.each<[string, Finding[], AlertGrouping, string]>([
    ['expiring tokens, by their threshold', [F, G], 'digest', 'Token Warden: 2 tokens expire within 30 days'],
    ['one expiring token', [F], 'digest', 'Token Warden: 1 token expires within 30 days'],
    ['a critical one widens nothing: the largest threshold counts', [F, expiring('X', 'critical', 3, 'x1')], 'digest', 'Token Warden: 2 tokens expire within 30 days'],
    [
      'expired and other expiry findings',
      [F, { ...F, ruleId: 'token-expired', message: 'Token "OLD" expired on 2026-01-01, 3 days ago', fingerprint: 'old' }, { ...F, ruleId: 'token-expiry-unknown', message: 'Token "U" is a github-pat…', fingerprint: 'u' }],
      'digest',
      'Token Warden: 1 token expired, 1 token expires within 30 days, 1 other token finding',
    ],
    ['workflow findings', [B, C], 'digest', 'Token Warden: 2 workflow findings'],
    ['registry findings', [{ ...B, ruleId: 'unregistered-secret' }], 'digest', 'Token Warden: 1 token registry finding'],
    ['both', [B, { ...C, ruleId: 'unregistered-secret' }], 'digest', 'Token Warden: 2 findings in workflows and the token registry'],
    ['per rule', [B, { ...B, fingerprint: 'b2' }], 'per-rule', 'Token Warden: 2 permissions findings'],
    ['per finding, with its subject', [C], 'per-finding', 'Token Warden: secrets-inherit for "deploy" in .github/workflows/ci.yml'],
    ['per finding, hostile file name', [{ ...B, message: 'no quotes', location: { ...B.location, file: '@org/all #1.yml' } }], 'per-finding', 'Token Warden: permissions in @\u200borg/all #\u200b1.yml'],
  ])('%s', (_what, findings, grouping, title) => {
    expect(planAlerts(findings, { grouping }).map((a) => a.title)).toEqual([title]);
  });

  test('an expiry digest keeps its title while the days count down (its body changes)', () => {
    const [today] = planAlerts([expiring('T', 'high', 20, 't')], { grouping: 'digest' });
    const [tomorrow] = planAlerts([expiring('T', 'high', 19, 't')], { grouping: 'digest' });
    expect(tomorrow!.title).toBe(today!.title);
    expect(tomorrow!.hash).not.toBe(today!.hash);
  });
});

describe('stable output', () => {
  test('the same findings in any order give the same alerts, hashes included', () => {
    const options: PlanOptions = { links: LINKS, runUrl: 'https://github.com/acme/app/actions/runs/1' };
    const a = planAlerts(ALL, options);
    const b = planAlerts([...ALL].reverse(), { ...options, runUrl: 'https://github.com/acme/app/actions/runs/2', links: { ...LINKS, ref: 'f'.repeat(40) } });
    expect(b.map((x) => [x.key, x.hash, x.title])).toEqual(a.map((x) => [x.key, x.hash, x.title]));
  });

  test('a finding reported twice (same fingerprint) is listed once', () => {
    expect(planAlerts([B, { ...B }], { grouping: 'digest' })[0]!.fingerprints).toEqual(['bbbb']);
  });
});

describe('owners', () => {
  const ownerOf = ownerFromRegistry([
    { name: 'DEPLOY_TOKEN', owner: '@acme/platform' },
    { name: 'npm_token', owner: 'alice' },
    { name: 'NO_OWNER' },
  ]);

  test.each<[string, string | undefined]>([
    ['Token "DEPLOY_TOKEN" expires on 2026-03-01', '@acme/platform'],
    ['`${{ secrets.npm_token }}` is passed to …', 'alice'],
    ['Token "NPM_TOKEN" and secrets.DEPLOY_TOKEN', 'alice, @acme/platform'],
    ['Token "NO_OWNER" expires', undefined],
    ['Job "build" has no token', undefined],
  ])('%s → %s', (message, owner) => {
    expect(ownerOf(finding({ message }))).toBe(owner);
  });

  test('the owner appears in the body, escaped unless mentions are on', () => {
    const [quiet] = planAlerts([F], { ownerOf });
    expect(quiet!.body).toContain('owner: \\@\u200bacme\\/platform');
    const [loud] = planAlerts([F], { ownerOf, mentionOwners: true });
    expect(loud!.body).toContain('owner: @acme/platform');
  });
});
