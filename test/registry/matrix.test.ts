import { buildTokenMatrix, MATRIX_CSV_COLUMNS, renderMatrixCsv, renderMatrixJson, renderMatrixMarkdown, renderTokenMatrix } from '../../src/registry/matrix.js';
import { parseRegistry } from '../../src/registry/parse.js';
import { usageOfInputs } from '../../src/registry/usage.js';
import { yaml } from '../helpers.js';

const REGISTRY = yaml`
  version: 1
  policy:
    default-token: read-only
    default-token-allowed-in: [.github/workflows/release.yml]
  tokens:
    RELEASE_TOKEN:
      description: Pushes tags
      owner: "@org/platform"
      category: ci-cd
      risk: high
      kind: github-pat-fine-grained
      scopes: { contents: write, metadata: read }
      reason: tags
      used-by: [.github/workflows/release.yml]
      environments: [production]
      expires: 2026-03-20
    LEGACY_PAT:
      description: "Old bot, see \\"runbook\\", step 1"
      owner: "=cmd|' /C calc'!A0"
      category: bot
      risk: medium
      kind: github-pat
      scopes: [repo, read:org]
      rotated: 2026-01-01
      max-age-days: 90
      expires: 2026-12-31
    SERVICE_KEY:
      description: Runtime only
      category: runtime
      risk: low
      kind: api-key
      used-by: []
`;

const WORKFLOWS = [
  { path: '.github/workflows/release.yml', text: 'on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: x\n    environment: production\n    steps:\n      - run: echo ${{ secrets.release_token }} ${{ github.token }}\n' },
  { path: '.github/workflows/ci.yml', text: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ secrets.SLACK_HOOK }}\n' },
];

const registry = parseRegistry(REGISTRY, '.github/token-scope-map.yml');
const usage = usageOfInputs(WORKFLOWS);
const NOW = new Date('2026-03-01T15:30:00Z');

describe('token permissions matrix', () => {
  const matrix = buildTokenMatrix(registry, usage, { now: NOW });

  it('builds one row per token with declared and actual use, and grades expiry against the thresholds', () => {
    expect(matrix.tokens.map((r) => [r.token, r.scopes, r.usedBy, r.usedIn, r.expiry])).toEqual([
      [
        'RELEASE_TOKEN',
        ['contents: write', 'metadata: read'],
        ['.github/workflows/release.yml'],
        ['.github/workflows/release.yml'],
        { expires: '2026-03-20', rotated: null, maxAgeDays: null, due: '2026-03-20', daysLeft: 18, status: 'warning' },
      ],
      // due: the earlier of expires and rotated + max-age-days
      ['LEGACY_PAT', ['repo', 'read:org'], null, [], { expires: '2026-12-31', rotated: '2026-01-01', maxAgeDays: 90, due: '2026-04-01', daysLeft: 30, status: 'info' }],
      ['SERVICE_KEY', [], [], [], { expires: null, rotated: null, maxAgeDays: null, due: null, daysLeft: null, status: null }],
    ]);
    expect(matrix.unregistered).toEqual([{ name: 'SLACK_HOOK', usedIn: ['.github/workflows/ci.yml'] }]);
    expect(matrix.githubToken).toEqual({ explicitUseIn: ['.github/workflows/release.yml'], writeGrantsIn: ['.github/workflows/release.yml'] });
    expect(matrix).toMatchObject({ version: 1, registry: '.github/token-scope-map.yml', asOf: '2026-03-01', scannedFiles: 2 });
  });

  // Graded by the expiry policy (src/expiry/policy.ts, where every boundary is tested): whole days from `now` to
  // 00:00 UTC on the due date, rounded down; critical below 7, warning below 30, info below 45; expired at the instant.
  it.each<[number, number, string]>([
    [-1, 0, 'expired'],
    [0, 0, 'expired'],
    [1, 0, 'critical'],
    [7, 3_600_000, 'critical'],
    [7, 0, 'warning'],
    [29, 0, 'warning'],
    [30, 0, 'info'],
    [44, 0, 'info'],
    [45, 0, 'ok'],
  ])('%i days before the due date (+%i ms) is %s', (days, later, status) => {
    const now = new Date(Date.parse('2026-03-20T00:00:00Z') - days * 86_400_000 + later);
    expect(buildTokenMatrix(registry, usage, { now }).tokens[0]!.expiry).toMatchObject({ daysLeft: later ? days - 1 : days, status });
  });

  it('without usage or a clock, says so instead of guessing', () => {
    const bare = buildTokenMatrix(registry);
    expect(bare.tokens[0]!.usedIn).toBeNull();
    expect(bare.tokens[0]!.expiry).toMatchObject({ due: '2026-03-20', daysLeft: null, status: null });
    expect(bare).toMatchObject({ asOf: null, scannedFiles: null, unregistered: [], githubToken: { explicitUseIn: null, writeGrantsIn: null } });
    expect(renderMatrixMarkdown(bare)).toContain('usage not scanned');
    expect(renderMatrixMarkdown(bare)).toContain('| not scanned |');
  });

  it('renders Markdown', () => {
    expect(renderMatrixMarkdown(matrix)).toBe(
      [
        '### Token permissions matrix',
        '',
        'Registry `.github/token-scope-map.yml` · 3 tokens · 2 files scanned · as of 2026-03-01 · default token policy: **read-only** (except in `.github/workflows/release.yml`)',
        '',
        '| Token | Owner | Category | Risk | Kind | Scopes | May be used in | Used in | Expiry |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        '| `RELEASE_TOKEN` | `@org/platform` | ci-cd | high | github-pat-fine-grained | contents: write, metadata: read | `.github/workflows/release.yml` (environments: `production`) | `.github/workflows/release.yml` | expires 2026-03-20, in 18 d **warning** |',
        "| `LEGACY_PAT` | `=cmd\\|' /C calc'!A0` | bot | medium | github-pat | repo, read:org | anywhere | — | rotate by 2026-04-01 (2026-01-01 + 90 d), in 30 d **info** |",
        '| `SERVICE_KEY` | — | runtime | low | api-key | — | no workflow | — | none declared |',
        '',
        '**Used but not registered:** `SLACK_HOOK` (`.github/workflows/ci.yml`)',
        '',
        '**GITHUB_TOKEN:** used explicitly in `.github/workflows/release.yml`; granted write access in `.github/workflows/release.yml`.',
        '',
      ].join('\n'),
    );
  });

  it('renders CSV (RFC 4180) with quoting and spreadsheet-formula defusing', () => {
    const csv = renderMatrixCsv(matrix);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(MATRIX_CSV_COLUMNS.join(','));
    expect(lines[1]).toBe("RELEASE_TOKEN,'@org/platform,ci-cd,high,github-pat-fine-grained,contents: write; metadata: read,tags,.github/workflows/release.yml,.github/workflows/release.yml,production,2026-03-20,,,2026-03-20,18,warning,");
    expect(lines[2]).toBe("LEGACY_PAT,'=cmd|' /C calc'!A0,bot,medium,github-pat,repo; read:org,,*,,,2026-12-31,2026-01-01,90,2026-04-01,30,info,");
    expect(lines[3]).toBe('SERVICE_KEY,,runtime,low,api-key,,,,,,,,,,,,');
    expect(lines[4]).toBe('');
    expect(lines).toHaveLength(5);
    const quoted = buildTokenMatrix(parseRegistry(REGISTRY.replace('reason: tags', 'reason: "tags, \\"signed\\"\\nand pushed"'), 'm.yml'), usage, { now: NOW });
    expect(renderMatrixCsv(quoted).split('\r\n')[1]).toContain(',"tags, ""signed""\nand pushed",');
  });

  it('marks tokens that publish where trusted publishing would do: "replaceable by OIDC"', () => {
    const withPublish = usageOfInputs([
      ...WORKFLOWS,
      { path: '.github/workflows/pypi.yml', text: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: pypa/gh-action-pypi-publish@release/v1\n        with:\n          password: ${{ secrets.LEGACY_PAT }}\n' },
    ]);
    const m = buildTokenMatrix(registry, withPublish, { now: NOW });
    expect(m.tokens.map((r) => [r.token, r.replaceableByOidc])).toEqual([
      ['RELEASE_TOKEN', []],
      ['LEGACY_PAT', ['PyPI']],
      ['SERVICE_KEY', []],
    ]);
    expect(buildTokenMatrix(registry).tokens[1]!.replaceableByOidc).toBeNull();
    expect(renderMatrixMarkdown(m)).toContain('**Replaceable by OIDC (trusted publishing):** `LEGACY_PAT` (PyPI) — a trusted publisher on the registry');
    expect(renderMatrixCsv(m).split('\r\n')[2]).toMatch(/,info,PyPI$/);
  });

  it('renders versioned JSON, and picks the renderer by format', () => {
    expect(JSON.parse(renderMatrixJson(matrix))).toEqual(JSON.parse(JSON.stringify(matrix)));
    expect(renderTokenMatrix(matrix, 'json')).toBe(renderMatrixJson(matrix));
    expect(renderTokenMatrix(matrix, 'csv')).toBe(renderMatrixCsv(matrix));
    expect(renderTokenMatrix(matrix, 'markdown')).toBe(renderMatrixMarkdown(matrix));
  });

  it('keeps Markdown tables intact whatever the values hold', () => {
    const odd = parseRegistry(REGISTRY.replace('owner: "@org/platform"', 'owner: "a `b` | c <img>"'), 'm.yml');
    const row = renderMatrixMarkdown(buildTokenMatrix(odd)).split('\n').find((l) => l.startsWith('| `RELEASE_TOKEN`'))!;
    expect(row).toContain('| ``a `b` \\| c <img>`` |');
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(9);
  });
});
