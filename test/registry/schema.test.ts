import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { ConfigError } from '../../src/config/validate-error.js';
import { checkRegistry, parseRegistry } from '../../src/registry/parse.js';
import { registryJsonSchema } from '../../src/registry/schema.js';
import { FINE_GRAINED_PERMISSIONS } from '../../src/registry/scopes.js';
import { spanAt } from '../../src/registry/types.js';
import { LineIndex } from '../../src/workflows/lines.js';
import { load } from 'js-yaml';
import { PROJECT_ROOT, yaml } from '../helpers.js';

const UPDATE = process.env.UPDATE_DOCS === '1';
const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'token-scope-map.schema.json');

/** `line:column key: message` for every issue, in order. */
function issuesOf(text: string): string[] {
  return checkRegistry(text, 'map.yml').issues.map((i) => `${i.line}:${i.column} ${i.key}: ${i.message}`);
}

const FULL = yaml`
  # yaml-language-server: $schema=../schema/token-scope-map.schema.json
  version: 1
  policy:
    default-token: read-only
    default-token-allowed-in: [".github/workflows/release.yml"]
    thresholds: { critical: 5, warning: 20 }
    max-lifetime-days: { github-pat: 45 }
  tokens:
    RELEASE_BOT_TOKEN:
      description: Pushes release tags
      owner: "@org/platform"
      category: ci-cd
      risk: high
      kind: github-pat-fine-grained
      scopes: { contents: write, pull_requests: read }
      reason: to push release tags
      used-by: [".github/workflows/release.yml"]
      environments: [production]
      expires: 2027-01-31
    LEGACY_PAT:
      description: Old bot
      category: bot
      risk: low
      kind: github-pat
      scopes: [repo, "read:org"]
      rotated: 2026-01-01
      max-age-days: 90
    VAULT_TOKEN:
      description: Vault reads
      category: runtime
      risk: medium
      kind: vault
      scopes: [ci-read]
      used-by: []
`;

describe('registry schema: valid files', () => {
  it('parses a full registry into typed data with defaults and positions', () => {
    const registry = parseRegistry(FULL, 'map.yml');
    expect(registry.policy).toEqual({
      defaultToken: 'read-only',
      defaultTokenAllowedIn: ['.github/workflows/release.yml'],
      thresholds: { critical: 5, warning: 20, info: 45 },
      thresholdsByCategory: {},
      maxLifetimeDays: { 'github-pat': 45 },
    });
    expect(registry.tokens.map((t) => t.name)).toEqual(['RELEASE_BOT_TOKEN', 'LEGACY_PAT', 'VAULT_TOKEN']);
    const [release, legacy, vault] = registry.tokens;
    expect(release).toMatchObject({
      key: 'RELEASE_BOT_TOKEN',
      owner: '@org/platform',
      category: 'ci-cd',
      risk: 'high',
      kind: 'github-pat-fine-grained',
      reason: 'to push release tags',
      usedBy: ['.github/workflows/release.yml'],
      environments: ['production'],
      expires: '2027-01-31',
    });
    expect(release!.scopes.map((s) => [s.name, s.canonical, s.level, s.form])).toEqual([
      ['contents', 'contents', 'write', 'permission'],
      ['pull_requests', 'pull-requests', 'read', 'permission'],
    ]);
    expect(legacy!.scopes.map((s) => [s.name, s.level, s.form])).toEqual([
      ['repo', 'write', 'classic'],
      ['read:org', 'read', 'classic'],
    ]);
    expect(legacy).toMatchObject({ rotated: '2026-01-01', maxAgeDays: 90 });
    expect(legacy!.owner).toBeUndefined();
    expect(vault!.usedBy).toEqual([]);
    expect(vault!.scopes.map((s) => [s.name, s.level, s.form])).toEqual([['ci-read', 'unspecified', 'list']]);

    const lines = new LineIndex(FULL);
    expect(lines.position(release!.span[0])).toEqual({ line: 9, column: 3 });
    expect(lines.position(legacy!.scopes[0]!.span[0]).line).toBe(25);
    expect(lines.position(spanAt(registry, ['tokens', 'LEGACY_PAT', 'max-age-days'], 'value')[0])).toEqual({ line: 27, column: 19 });
    expect(registry.pastedSecrets).toEqual([]);
  });

  it('reads the renewal keys of a vault token: address, and durations in seconds', () => {
    const text = token('      vault-address: https://vault.example.com:8200\n      renew-increment: 1h30m\n      renew-threshold: 1200\n').replace('kind: github-app', 'kind: vault');
    expect(parseRegistry(text, 'map.yml').tokens[0]).toMatchObject({ vaultAddress: 'https://vault.example.com:8200', renewIncrement: 5400, renewThreshold: 1200 });
    expect(parseRegistry(token('      renew-increment: 2d\n').replace('kind: github-app', 'kind: vault'), 'map.yml').tokens[0]!.renewIncrement).toBe(172_800);
  });

  it('accepts a registry with only a version; the policy defaults to allow', () => {
    const registry = parseRegistry('version: 1\n', 'map.yml');
    expect(registry.tokens).toEqual([]);
    expect(registry.policy).toEqual({ defaultToken: 'allow', defaultTokenAllowedIn: [], thresholds: { critical: 7, warning: 30, info: 45 }, thresholdsByCategory: {}, maxLifetimeDays: {} });
  });
});

const token = (extra: string) => yaml`
  version: 1
  tokens:
    T:
      description: d
      category: bot
      risk: low
      kind: github-app
${extra}`;

describe('registry schema: invalid files (line:column key: message)', () => {
  it.each<[string, string, Array<string | RegExp>]>([
    ['no version', 'tokens: {}\n', ['1:1 version: required key "version" is missing (must be 1)']],
    ['wrong version', 'version: 2\n', ['1:10 version: expected one of 1, got "2" (did you mean "1"?)']],
    ['unknown top-level key with a suggestion', 'version: 1\ntoken: {}\n', ['2:1 token: unknown key (did you mean "tokens"?)']],
    ['unknown policy key', 'version: 1\npolicy:\n  default_token: forbid\n', ['3:3 policy.default_token: unknown key (did you mean "default-token"?)']],
    ['bad policy value', 'version: 1\npolicy:\n  default-token: readonly\n', [/^3:18 policy.default-token: expected one of "forbid", "read-only", "allow", got "readonly" \(did you mean "read-only"\?\)$/]],
    ['unknown token field', token('      descripton: x\n'), ['8:5 tokens.T.descripton: unknown key (did you mean "description"?)']],
    ['bad risk', token('      owner: me\n').replace('risk: low', 'risk: hihg'), [/^6:11 tokens.T.risk: expected one of .*got "hihg" \(did you mean "high"\?\)$/]],
    ['bad kind', token('').replace('kind: github-app', 'kind: github_app'), [/^7:11 tokens.T.kind: .*got "github_app" \(did you mean "github-app"\?\)$/]],
    [
      'missing required fields, each named at the entry that lacks it',
      'version: 1\ntokens:\n  T:\n    owner: me\n',
      [
        /^3:3 tokens.T.category: required key "category" is missing: one of "ci-cd", /,
        '3:3 tokens.T.description: required key "description" is missing',
        /^3:3 tokens.T.kind: required key "kind" is missing: one of "github-pat", /,
        /^3:3 tokens.T.risk: required key "risk" is missing: one of "high", "medium", "low"/,
      ],
    ],
    ['bad date', token('      expires: 2027-13-01\n'), ['8:14 tokens.T.expires: expected a date written as YYYY-MM-DD']],
    ['a token that is not a mapping', 'version: 1\ntokens:\n  T: yes\n', [/^3:6 tokens.T: .*expected object/i]],
    ['scopes of the wrong type', token('      scopes: contents\n'), [/^8:13 tokens.T.scopes: expected a mapping of permission names/]],
    [
      'case-insensitive duplicate names, with both lines',
      'version: 1\ntokens:\n  Release_Token: { description: a, category: bot, risk: low, kind: other }\n  RELEASE_TOKEN: { description: b, category: bot, risk: low, kind: other }\n',
      ['4:3 tokens.RELEASE_TOKEN: same secret as "Release_Token" on line 3 (GitHub secret names are case-insensitive)'],
    ],
    ['an exact duplicate name is a YAML error', 'version: 1\ntokens:\n  A: {}\n  A: {}\n', ['4:3 : invalid YAML: duplicated mapping key "A"']],
    [
      'invalid secret names',
      'version: 1\ntokens:\n  release-token: { description: a, category: bot, risk: low, kind: other }\n  GITHUB_PAT: { description: b, category: bot, risk: low, kind: other }\n',
      [
        '3:3 tokens.release-token: a secret name may contain only letters, digits and underscores, and must not start with a digit',
        '4:3 tokens.GITHUB_PAT: secret names starting with GITHUB_ are reserved by GitHub; the GITHUB_TOKEN is governed by policy.default-token',
      ],
    ],
    ['unknown fine-grained permission', token('      scopes: { pull_request: read }\n'), ['8:15 tokens.T.scopes.pull_request: unknown permission "pull_request" (did you mean "pull-requests"?)']],
    ['bad permission level', token('      scopes: { contents: wrte }\n'), ['8:25 tokens.T.scopes.contents: expected read or write, got "wrte" (did you mean "write"?)']],
    ['a write-only permission given read', token('      scopes: { workflows: read }\n'), ['8:26 tokens.T.scopes.workflows: "workflows" accepts only write, got "read"']],
    [
      'both spellings of one permission',
      token('      scopes:\n        pull_requests: read\n        pull-requests: write\n'),
      ['10:7 tokens.T.scopes.pull-requests: same permission as "pull_requests" on line 9'],
    ],
    ['classic scopes given to an app', token('      scopes: [repo]\n'), [/^8:13 tokens.T.scopes: kind github-app has fine-grained permissions: a mapping/]],
    ['unknown classic scope', token('      scopes: [admin:orgs]\n').replace('kind: github-app', 'kind: github-pat'), ['8:14 tokens.T.scopes.0: unknown classic scope "admin:orgs" (did you mean "admin:org"?)']],
    ['a permission map given to a classic PAT', token('      scopes: { contents: write }\n').replace('kind: github-app', 'kind: github-pat'), [/^8:13 tokens.T.scopes: kind github-pat \(a classic PAT\) has OAuth scopes: list them/]],
    ['rotated without max-age-days', token('      rotated: 2026-01-01\n'), [/^8:14 tokens.T.rotated: `rotated` needs `max-age-days`/]],
    ['max-age-days without rotated', token('      max-age-days: 30\n'), [/^8:19 tokens.T.max-age-days: `max-age-days` needs `rotated`/]],
    ['thresholds out of order', 'version: 1\npolicy:\n  thresholds: { critical: 40 }\n', ['3:27 policy.thresholds.critical: thresholds must be ordered critical ≤ warning ≤ info: critical is 40, warning 30']],
    // layered: a category's or a token's override is ordered against what it inherits
    [
      'a category override out of order with the registry thresholds',
      'version: 1\npolicy:\n  thresholds: { warning: 20 }\n  thresholds-by-category:\n    runtime: { critical: 25 }\n',
      ['5:26 policy.thresholds-by-category.runtime.critical: thresholds must be ordered critical ≤ warning ≤ info: critical is 25, warning 20'],
    ],
    ['an unknown category in thresholds-by-category', 'version: 1\npolicy:\n  thresholds-by-category:\n    runtim: { critical: 1 }\n', [/^4:5 policy.thresholds-by-category.runtim: unknown key \(did you mean "runtime"\?\)/]],
    [
      "a token override out of order with its category's",
      'version: 1\npolicy:\n  thresholds-by-category:\n    bot: { info: 60, warning: 50 }\n' + token('      thresholds: { info: 40 }\n').replace('version: 1\n', ''),
      [/^\d+:\d+ tokens.T.thresholds.info: thresholds must be ordered critical ≤ warning ≤ info: warning is 50, info 40$/],
    ],
    ['a negative threshold', 'version: 1\npolicy:\n  thresholds: { info: -1 }\n', [/^3:23 policy.thresholds.info: .*>=\s*0/]],
    ['an unknown kind in max-lifetime-days', 'version: 1\npolicy:\n  max-lifetime-days: { github-pats: 90 }\n', ['3:24 policy.max-lifetime-days.github-pats: unknown key (did you mean "github-pat"?)']],
    ['an absolute glob', token('      used-by: [/.github/workflows/a.yml]\n'), ['8:15 tokens.T.used-by.0: globs are relative to the repository root: drop the leading /']],
    ['renewal keys on a token that is not kind vault', token('      renew-increment: 1h\n'), ['8:22 tokens.T.renew-increment: `renew-increment` belongs to kind vault (this token is github-app)']],
    ['a renew-increment that is no duration', token('      renew-increment: an hour\n').replace('kind: github-app', 'kind: vault'), [/^8:22 tokens.T.renew-increment: expected a duration such as 1h, 90m or 2d, or whole seconds/]],
    ['a zero renew-threshold', token('      renew-threshold: 0s\n').replace('kind: github-app', 'kind: vault'), ['8:22 tokens.T.renew-threshold: `renew-threshold` must be longer than 0 seconds']],
    ['a vault-address that is not an http(s) URL', token('      vault-address: vault.example.com:8200\n').replace('kind: github-app', 'kind: vault'), [/^8:20 tokens.T.vault-address: expected an http\(s\) URL/]],
    ['invalid YAML', 'version: 1\ntokens: [\n', [/^3:1 : invalid YAML: /]],
  ])('%s', (_name, text, expected) => {
    const got = issuesOf(text);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => (typeof e === 'string' ? expect(got[i]).toBe(e) : expect(got[i]).toMatch(e)));
  });

  it('lists every error in the file, not only the first, in file order', () => {
    const text = yaml`
      version: 1
      policy:
        default-token: never
      tokens:
        A_TOKEN:
          description: a
          category: ci
          risk: high
          kind: github-pat
          scopes: [repoo]
        b_token:
          description: b
          category: bot
          risk: low
          kind: other
          rotated: 2026-01-01
        B_TOKEN:
          description: c
          category: bot
          risk: low
          kind: other
          enviroments: [prod]
    `;
    expect(issuesOf(text).map((i) => i.split(':').slice(0, 1).join() + ' ' + i.split(' ')[1])).toEqual([
      '3 policy.default-token:',
      '7 tokens.A_TOKEN.category:',
      '10 tokens.A_TOKEN.scopes.0:',
      '16 tokens.b_token.rotated:',
      '17 tokens.B_TOKEN:',
      '22 tokens.B_TOKEN.enviroments:',
    ]);
  });

  it('parseRegistry throws a ConfigError naming file:line:column and the key of each problem', () => {
    let error: unknown;
    try {
      parseRegistry('version: 1\ntokens:\n  T: { description: x, category: bot, risk: low, kind: github-app, scopes: { contents: red } }\n', '.github/token-scope-map.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^\.github\/token-scope-map\.yml:3:\d+: tokens\.T\.scopes\.contents: expected read or write, got "red" \(did you mean "read"\?\)$/);
  });
});

describe('registry JSON Schema', () => {
  const schema = registryJsonSchema();

  it('the committed schema/token-scope-map.schema.json is current (UPDATE_DOCS=1 rewrites it)', () => {
    const expected = JSON.stringify(schema, null, 2) + '\n';
    const actual = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (UPDATE && actual !== expected) writeFileSync(SCHEMA_FILE, expected);
    else expect(actual).toBe(expected);
  });

  it('accepts what the validator accepts and rejects per-kind scope mistakes, for editors', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    const validate = ajv.compile(schema);
    const demo = readFileSync(path.join(PROJECT_ROOT, 'examples', 'demo-repo', '.github', 'token-scope-map.yml'), 'utf8');
    const asData = (text: string) => load(text) as unknown;
    for (const text of [FULL, demo]) expect({ valid: validate(asData(text)), errors: validate.errors }).toEqual({ valid: true, errors: null });
    const bad = [
      token('      scopes: [repo]\n'),
      token('      scopes: { workflows: read }\n'),
      token('      extra: 1\n'),
      token('      scopes: [repoo]\n').replace('kind: github-app', 'kind: github-pat'),
      'version: 1\ntokens:\n  GITHUB_X: { description: a, category: bot, risk: low, kind: other }\n',
    ];
    for (const text of bad) expect({ text, valid: validate(asData(text)) }).toEqual({ text, valid: false });
  });
});

describe('fine-grained permission table', () => {
  it("is in step with GitHub's REST description (app-permissions in @octokit/openapi)", () => {
    const api = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json'), 'utf8')) as {
      components: { schemas: Record<string, { properties: Record<string, { enum: string[] }> }> };
    };
    const fromApi = Object.fromEntries(Object.entries(api.components.schemas['app-permissions']!.properties).map(([name, p]) => [name.replace(/_/g, '-'), p.enum]));
    expect(FINE_GRAINED_PERMISSIONS).toEqual(fromApi);
  });
});
