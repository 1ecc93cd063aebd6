/**
 * Registry × workflows: fixture repositories under test/fixtures/registry/<rule>/, each with a registry and workflows
 * holding positive and negative cases for one rule, scanned the way the CLI does. The expected lists are complete:
 * every registry-rule finding of the repository, so each negative case is asserted by its absence.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scan } from '../../src/engine.js';
import { DEFAULT_CONFIG } from '../../src/config/types.js';
import { parseRegistry } from '../../src/registry/parse.js';
import { ONLINE_ONLY_RULE_IDS, registryProjectRules, REGISTRY_RULE_META, REGISTRY_RULES } from '../../src/registry/rules/index.js';
import type { UsageSummary } from '../../src/registry/usage.js';
import { FIXTURES, scanRepo } from './repo.js';

const repo = (name: string) => path.join(FIXTURES, name);
/** The clock for token-expired and token-expiring (test/fixtures/registry/token-expiry). */
const EXPIRY_NOW = new Date('2027-01-01T00:00:00Z');

describe('registry rules over fixture repositories', () => {
  it.each<[string, string[]]>([
    [
      'unregistered-secret',
      [
        // composite action referencing an unregistered secret
        'unregistered-secret .github/actions/notify/action.yml:9',
        // SLACK_WEBHOOK twice: one finding (the second is related); npm_token is NPM_TOKEN; GITHUB_TOKEN is the policy's
        'unregistered-secret .github/workflows/build.yml:11',
        'unregistered-secret .github/workflows/build.yml:13',
        // passed to a reusable workflow under `secrets:`; the callee's declared SIGNING_KEY is a parameter, not flagged
        'unregistered-secret .github/workflows/call.yml:8',
      ],
    ],
    [
      'stale-registry-entry',
      [
        // USED_TOKEN and Mixed_Case (as MIXED_CASE) are used; SERVICE_TOKEN is declared `used-by: []`
        'stale-registry-entry .github/token-scope-map.yml:13',
        'stale-registry-entry .github/token-scope-map.yml:24',
      ],
    ],
    [
      'secret-outside-scope',
      [
        // RELEASE_TOKEN by name outside used-by (once per file), RUNTIME_TOKEN has used-by [], DEPLOY_TOKEN via inherit
        'secret-outside-scope .github/workflows/ci.yml:9',
        'secret-outside-scope .github/workflows/ci.yml:10',
        'secret-outside-scope .github/workflows/ci.yml:15',
        // workflow-level env, job in "staging", job without environment; production, {name: Production} and a
        // computed environment are fine
        'secret-outside-scope .github/workflows/deploy-prod.yml:4',
        'secret-outside-scope .github/workflows/deploy-prod.yml:23',
        'secret-outside-scope .github/workflows/deploy-prod.yml:28',
        // toJSON(secrets) hands over both restricted tokens (not RUNTIME_TOKEN: used-by [] keeps it out of `secrets`)
        'secret-outside-scope .github/workflows/dump.yml:9',
        'secret-outside-scope .github/workflows/dump.yml:9',
      ],
    ],
    [
      'app-token-permissions',
      [
        // DOCS_APP_KEY's `contents: read` is declared, and its only minting step asks for pages alone
        'app-token-permissions .github/token-scope-map.yml:15',
        // docs.yml asks within what is declared; DEPLOY_KEY is not an App key
        // RELEASE_APP_KEY: issues above the declared read, actions not declared; pull_requests: read is within
        // pull-requests: write; a second step asks for nothing, so "declared but unused" is not judged for it
        'app-token-permissions .github/workflows/release.yml:12',
        'app-token-permissions .github/workflows/release.yml:13',
      ],
    ],
    [
      'default-token-policy',
      [
        'default-token-policy .github/actions/login/action.yml:6',
        'default-token-policy .github/workflows/admin.yml:2',
        // explicit use at workflow level; job "build" grants writes and uses the token twice (one finding);
        // id-token: write and read scopes are fine; release.yml is allowed
        'default-token-policy .github/workflows/ci.yml:6',
        'default-token-policy .github/workflows/ci.yml:11',
        'default-token-policy .github/workflows/ci.yml:17',
      ],
    ],
    [
      'registry-hygiene',
      [
        // the expiry checks of the registry alone came here from src/expiry: classic PATs with no date are
        // token-expiry-unknown, and the lifetime check (once registry-lifetime-exceeded, at the max-age-days or
        // expires value) is token-lifetime-exceeded, at the token's name like every expiry finding
        'registry-missing-reason .github/token-scope-map.yml:22',
        'token-expiry-unknown .github/token-scope-map.yml:23',
        'registry-missing-reason .github/token-scope-map.yml:28',
        'token-expiry-unknown .github/token-scope-map.yml:35',
        'registry-missing-owner .github/token-scope-map.yml:41',
        'registry-missing-expiry .github/token-scope-map.yml:52',
        'token-expiry-unknown .github/token-scope-map.yml:66',
        'registry-broad-classic-pat .github/token-scope-map.yml:72',
        'token-expiry-unknown .github/token-scope-map.yml:74',
        'token-lifetime-exceeded .github/token-scope-map.yml:81',
        'token-lifetime-exceeded .github/token-scope-map.yml:88',
      ],
    ],
    [
      'pasted-secret-in-registry',
      // a token literal in a description and an AWS key in a comment; the docs' EXAMPLE key and ghp_xxx… are placeholders
      ['pasted-secret-in-registry .github/token-scope-map.yml:5', 'pasted-secret-in-registry .github/token-scope-map.yml:12'],
    ],
    [
      'token-expiry',
      [
        'token-expired .github/token-scope-map.yml:7',
        'token-expired .github/token-scope-map.yml:14',
        'token-expiring .github/token-scope-map.yml:22',
        'token-expiry-unknown .github/token-scope-map.yml:36',
        // ROTATION_OVERDUE's 90 days are within the limit; FAR_AWAY is ok; NO_DATE_PAT is not registry-missing-expiry too
        'token-lifetime-exceeded .github/token-scope-map.yml:43',
      ],
    ],
  ])('%s', (name, expected) => {
    const { found, result } = scanRepo(repo(name), name === 'token-expiry' ? { now: EXPIRY_NOW } : {});
    expect(result.ruleFailures).toEqual([]);
    const relevant = name === 'registry-hygiene' || name === 'token-expiry' ? found : found.filter((f) => f.startsWith(`${name} `));
    expect(relevant).toEqual(expected);
  });

  it('every registry rule has a fixture repository with a positive case', () => {
    const covered = new Set<string>();
    for (const name of ['unregistered-secret', 'stale-registry-entry', 'secret-outside-scope', 'app-token-permissions', 'default-token-policy', 'registry-hygiene', 'pasted-secret-in-registry', 'token-expiry']) {
      for (const f of scanRepo(repo(name), name === 'token-expiry' ? { now: EXPIRY_NOW } : {}).found) covered.add(f.split(' ')[0]!);
    }
    // Online-only rules need a source's observations: test/expiry/scope-drift.test.ts covers them.
    expect([...covered].sort()).toEqual(REGISTRY_RULE_META.map((m) => m.id).filter((id) => !ONLINE_ONLY_RULE_IDS.has(id)).sort());
  });

  it('app-token-permissions: what was asked, what is declared, and the grade', () => {
    const found = scanRepo(repo('app-token-permissions')).result.findings.filter((f) => f.ruleId === 'app-token-permissions');
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['low', 'GitHub App key "DOCS_APP_KEY" is declared with `contents: read`, but no step minting a token with it asks for `contents`: the App may hold more than its workflows use (or the registry is out of date)'],
      [
        'medium',
        'This step mints a token with GitHub App key "RELEASE_APP_KEY" asking for `issues: write`, which the registry does not declare for it (contents: write, pull-requests: write, issues: read): either the step asks for more than the App should do here, or the registry is out of date',
      ],
      ['medium', expect.stringContaining('asking for `actions: read`, which the registry does not declare')],
    ]);
  });

  it('messages say what is wrong, name the token and point at the related places', () => {
    const byRule = (name: string, id: string) => scanRepo(repo(name)).result.findings.filter((f) => f.ruleId === id);
    const unregistered = byRule('unregistered-secret', 'unregistered-secret');
    expect(unregistered[1]!.message).toBe('Secret "SLACK_WEBHOOK" is not in the token registry (.github/token-scope-map.yml)');
    expect(unregistered[1]!.related?.map((r) => r.location.startLine)).toEqual([12]);
    expect(unregistered[2]!.message).toMatch(/"NPM_TOKN" .*\(did you mean "NPM_TOKEN"\?\)$/);
    expect(unregistered.every((f) => f.severity === 'high' && f.category === 'token-registry')).toBe(true);

    const outside = byRule('secret-outside-scope', 'secret-outside-scope');
    expect(outside.map((f) => f.message)).toEqual([
      'Token "RELEASE_TOKEN" is used in .github/workflows/ci.yml, outside its registered scope (used-by: .github/workflows/release.yml)',
      'Token "RUNTIME_TOKEN" is used in .github/workflows/ci.yml, outside its registered scope (used-by: [] — no workflow may use it)',
      'Token "DEPLOY_TOKEN" reaches .github/workflows/ci.yml outside its registered scope (used-by: .github/workflows/deploy-*.yml): `secrets: inherit` hands every secret to example-org/workflows/.github/workflows/shared.yml@v1',
      'Token "DEPLOY_TOKEN" is registered for environments production, but it is read at the workflow level, outside any job environment',
      'Token "DEPLOY_TOKEN" is registered for environments production, but job "staging" runs in environment "staging"',
      'Token "DEPLOY_TOKEN" is registered for environments production, but job "no-env" has no environment',
      'Token "RELEASE_TOKEN" reaches .github/workflows/dump.yml outside its registered scope (used-by: .github/workflows/release.yml): the whole `secrets` context (e.g. `toJSON(secrets)`) reaches a step',
      'Token "DEPLOY_TOKEN" reaches .github/workflows/dump.yml outside its registered scope (used-by: .github/workflows/deploy-*.yml): the whole `secrets` context (e.g. `toJSON(secrets)`) reaches a step',
    ]);
    // RELEASE_TOKEN in ci.yml: the second reference and the inherit hand-over are related locations
    expect(outside[0]!.related?.map((r) => r.location.startLine)).toEqual([12, 15]);

    const policy = byRule('default-token-policy', 'default-token-policy');
    expect(policy.map((f) => f.message)).toEqual([
      'The default-token policy forbids the GITHUB_TOKEN, but the action uses it explicitly (1 reference)',
      'The default-token policy is forbid, but the workflow grants the GITHUB_TOKEN write access (write-all)',
      'The default-token policy forbids the GITHUB_TOKEN, but the workflow level uses it explicitly (1 reference)',
      'The default-token policy is forbid, but job "build" grants the GITHUB_TOKEN write access (contents: write, packages: write)',
      'The default-token policy forbids the GITHUB_TOKEN, but job "build" uses it explicitly (2 references)',
    ]);

    const stale = byRule('stale-registry-entry', 'stale-registry-entry');
    expect(stale[0]!.message).toBe('Token "UNUSED_TOKEN" is registered but no scanned workflow or action uses it; 1 reusable-workflow call with `secrets: inherit` may use it out of sight');
  });
});

describe('default-token policy levels over the same workflows', () => {
  const root = repo('default-token-policy');
  const registryText = readFileSync(path.join(root, '.github', 'token-scope-map.yml'), 'utf8');
  const workflows = ['ci.yml', 'admin.yml', 'release.yml'].map((f) => ({ path: `.github/workflows/${f}`, text: readFileSync(path.join(root, '.github', 'workflows', f), 'utf8') }));

  const findingsWith = (policy: string) => {
    const text = registryText.replace('default-token: forbid', `default-token: ${policy}`);
    const registry = parseRegistry(text, 'map.yml');
    return scan(workflows, { rules: [], projectRules: registryProjectRules(registry, 'map.yml'), extraFiles: [{ path: 'map.yml', text }] }).findings.map(
      (f) => `${f.location.file}:${f.location.startLine}`,
    );
  };

  it('read-only: write grants only (write-all, job writes), explicit references allowed', () => {
    expect(findingsWith('read-only')).toEqual(['.github/workflows/admin.yml:2', '.github/workflows/ci.yml:11']);
  });

  it('allow: nothing', () => {
    expect(findingsWith('allow')).toEqual([]);
  });

  it('forbid: write grants and explicit references', () => {
    expect(findingsWith('forbid')).toEqual(['.github/workflows/admin.yml:2', '.github/workflows/ci.yml:6', '.github/workflows/ci.yml:11', '.github/workflows/ci.yml:17']);
  });
});

describe('registry rules through the engine', () => {
  const registryText = [
    'version: 1',
    'tokens:',
    '  # token-warden: ignore[stale-registry-entry] kept for the nightly job being rebuilt',
    '  SPARE_TOKEN: { description: spare, category: bot, risk: low, kind: other }',
    '  OLD_TOKEN: { description: old, category: bot, risk: low, kind: other }',
    '  USED_TOKEN: { description: used, category: bot, risk: low, kind: other }',
    '',
  ].join('\n');
  const workflow = { path: 'w.yml', text: 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n        env: { T: "${{ secrets.USED_TOKEN }}" }\n' };
  const registry = parseRegistry(registryText, 'map.yml');
  const run = (text = registryText, options = {}, config = DEFAULT_CONFIG, inputs = [workflow]) =>
    scan(inputs, { config, rules: [], projectRules: registryProjectRules(parseRegistry(text, 'map.yml'), 'map.yml', options), extraFiles: [{ path: 'map.yml', text }] });

  it('inline suppressions in the registry file apply to findings on it', () => {
    const stale = run().findings.filter((f) => f.ruleId === 'stale-registry-entry');
    expect(stale.map((f) => [f.location.startLine, f.suppression?.kind ?? null])).toEqual([
      [4, 'inline'],
      [5, null],
    ]);
  });

  it('config severity remaps and disables registry rules like any other', () => {
    const config = { ...DEFAULT_CONFIG, rules: { 'stale-registry-entry': { severity: 'high' as const } } };
    expect(run(registryText, {}, config).findings.filter((f) => !f.suppression).map((f) => [f.ruleId, f.severity])).toEqual([['stale-registry-entry', 'high']]);
    const disabled = { ...DEFAULT_CONFIG, rules: { 'stale-registry-entry': { disabled: true } } };
    expect(run(registryText, {}, disabled).findings).toEqual([]);
  });

  it('fingerprints of registry findings survive edits elsewhere in the file', () => {
    const before = run().findings.map((f) => f.fingerprint);
    const moved = registryText.replace('tokens:\n', '# a new comment\npolicy: { default-token: allow }\ntokens:\n');
    const after = run(moved).findings.map((f) => f.fingerprint);
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
  });

  it('with no scanned files there is nothing to compare: no stale entries', () => {
    expect(run(registryText, {}, DEFAULT_CONFIG, []).findings).toEqual([]);
  });

  it('scope registry-file keeps only the checks of the registry alone', () => {
    const ids = registryProjectRules(registry, 'map.yml', { scope: 'registry-file' }).map((r) => r.meta.id);
    expect(ids).toEqual(REGISTRY_RULES.filter((r) => r.scope === 'registry-file').map((r) => r.meta.id));
    expect(ids).toEqual([
      'registry-missing-reason',
      'registry-missing-owner',
      'registry-missing-expiry',
      'registry-broad-classic-pat',
      'pasted-secret-in-registry',
      'token-expired',
      'token-expiring',
      'token-lifetime-exceeded',
      'token-expiry-unknown',
      'token-scope-drift',
      'vault-token-invalid',
      'vault-renewal-capped',
      'vault-token-not-renewable',
      'vault-renewal-denied',
      'vault-renewal-failed',
    ]);
  });

  it('onUsage receives where secrets are used, once per scan', () => {
    const calls: UsageSummary[] = [];
    run(registryText, { onUsage: (u: UsageSummary) => calls.push(u) });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual({
      files: 1,
      secrets: { USED_TOKEN: { name: 'USED_TOKEN', files: ['w.yml'] } },
      githubTokenFiles: [],
      writeGrantFiles: [],
      bulkExposureFiles: [],
      oidcReplaceable: {},
    });
  });

  it('every rule has a README anchor, a summary and a remediation', () => {
    for (const meta of REGISTRY_RULE_META) {
      expect(meta.docs).toBe(`#rule-${meta.id}`);
      expect(meta.summary.length).toBeGreaterThan(20);
      expect(meta.remediation.length).toBeGreaterThan(20);
    }
    expect(new Set(REGISTRY_RULE_META.map((m) => m.id)).size).toBe(REGISTRY_RULE_META.length);
  });
});
