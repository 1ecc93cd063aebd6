import { parseConfig } from '../../src/config/config.js';
import { ConfigError } from '../../src/config/validate-error.js';
import { scanFiles, yaml } from '../helpers.js';

function issuesOf(text: string): string[] {
  try {
    parseConfig(text, 'cfg.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => `${i.line}:${i.column} ${i.key}: ${i.message}`);
    throw error;
  }
  return [];
}

describe('config file', () => {
  it('accepts a full, valid config', () => {
    const config = parseConfig(
      yaml`
        version: 1
        fail-on: medium
        min-severity: low
        ignore: ["examples/**", ".github/workflows/legacy.yml:12"]
        rules:
          persist-credentials:
            severity: low
            ignore: [".github/workflows/docs.yml"]
          dangerous-trigger:
            disabled: true
      `,
      'cfg.yml',
    );
    expect(config).toEqual({
      failOn: 'medium',
      minSeverity: 'low',
      ignore: ['examples/**', '.github/workflows/legacy.yml:12'],
      rules: { 'persist-credentials': { severity: 'low', ignore: ['.github/workflows/docs.yml'] }, 'dangerous-trigger': { disabled: true } },
    });
  });

  it.each([
    ['unknown top-level key with a suggestion', 'fail_on: high\n', ['1:1 fail_on: unknown key (did you mean "fail-on"?)']],
    ['bad fail-on value', 'fail-on: hihg\n', [expect.stringMatching(/^1:10 fail-on: expected one of .*got "hihg" \(did you mean "high"\?\)/)]],
    ['misspelt rule id', 'rules:\n  persist-credential:\n    severity: low\n', ['2:3 rules.persist-credential: unknown key (did you mean "persist-credentials"?)']],
    ['unknown rule setting', 'rules:\n  permissions:\n    severty: low\n', ['3:5 rules.permissions.severty: unknown key (did you mean "severity"?)']],
    ['wrong type', 'ignore: examples\n', [expect.stringMatching(/^1:9 ignore: .*array/i)]],
    [
      'every error, not only the first',
      'fail-on: never\nmin-severity: lowest\nrules:\n  nope: {}\n',
      [expect.stringMatching(/^1:10 fail-on/), expect.stringMatching(/^2:15 min-severity/), expect.stringMatching(/^4:3 rules.nope/)],
    ],
    ['invalid YAML', 'fail-on: [high\n', [expect.stringMatching(/^\d+:\d+ : invalid YAML/)]],
  ])('%s', (_name, text, expected) => {
    expect(issuesOf(text)).toEqual(expected);
  });

  it('error messages name file, line, column and key', () => {
    expect(() => parseConfig('rules:\n  permissions:\n    disabled: maybe\n', '.github/token-warden.yml')).toThrow(
      /^\.github\/token-warden\.yml:3:15: rules\.permissions\.disabled: /,
    );
  });
});

describe('config applied by the engine', () => {
  const workflow = yaml`
    on: push
    permissions: {}
    jobs:
      a:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/checkout@v4 # token-warden: ignore[persist-credentials] only reads docs
          # token-warden: ignore[permissions,persist-credentials]
          - uses: actions/checkout@v4
          - uses: actions/checkout@v4 # token-warden: ignore[dangerous-trigger] wrong rule
  `;

  it('inline ignore on the line or the line above, by rule id; suppressed findings are kept and counted', () => {
    const { findings, stats } = scanFiles({ 'w.yml': workflow });
    const pc = findings.filter((f) => f.ruleId === 'persist-credentials');
    expect(pc.map((f) => [f.location.startLine, f.suppression?.kind ?? null, f.suppression?.justification ?? null])).toEqual([
      [7, null, null],
      [8, 'inline', 'only reads docs'],
      [10, 'inline', 'suppressed inline'],
      [11, null, null],
    ]);
    expect(stats.suppressed).toBe(2);
  });

  it('severity remap, disabled rules, path and path:line ignores, min-severity', () => {
    const files = { 'w.yml': workflow, 'legacy/old.yml': 'on: push\njobs:\n  a:\n    runs-on: x\n    permissions: write-all\n    steps: [{ run: echo }]\n' };
    const remapped = scanFiles(files, { rules: { 'persist-credentials': { severity: 'low' } } });
    expect(remapped.findings.filter((f) => f.ruleId === 'persist-credentials').every((f) => f.severity === 'low')).toBe(true);

    const disabled = scanFiles(files, { rules: { 'persist-credentials': { disabled: true } } });
    expect(disabled.findings.some((f) => f.ruleId === 'persist-credentials')).toBe(false);

    const ignored = scanFiles(files, { ignore: ['legacy/**', 'w.yml:11'] });
    const sup = ignored.findings.filter((f) => f.suppression?.kind === 'config').map((f) => `${f.location.file}:${f.location.startLine}`);
    expect(sup).toEqual(['legacy/old.yml:5', 'w.yml:11']);

    const ruleIgnore = scanFiles(files, { rules: { permissions: { ignore: ['legacy/old.yml'] } } });
    expect(ruleIgnore.findings.find((f) => f.location.file === 'legacy/old.yml')?.suppression?.kind).toBe('config');

    const min = scanFiles(files, { minSeverity: 'high' });
    expect(min.findings.every((f) => f.severity === 'high' || f.severity === 'critical')).toBe(true);
    expect(min.stats.belowMinSeverity).toBeGreaterThan(0);
  });
});
