/**
 * Per-file budgets (src/workflows/budgets.ts) and the findings around parsing: `resource-limit` where a budget ran
 * out, `parse-error` only for what GitHub rejects, `empty file` at low.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readInputs } from '../../src/sources/files.js';
import { PARSE_BUDGETS } from '../../src/workflows/budgets.js';
import { parseYamlDetailed } from '../../src/workflows/parse.js';
import { ResourceLimitError } from '../../src/workflows/yaml.js';
import { parseYamlFile } from '../../src/config/validate.js';
import { ConfigError } from '../../src/config/validate-error.js';
import { scanFiles } from '../helpers.js';

/** `levels` of anchors, each a sequence of two aliases to the one before: 2^levels leaves from a few hundred bytes. */
function billionLaughs(levels: number): string {
  const lines = ['on: push', 'x:', '  a0: &a0 ["${{ secrets.TOKEN }}", "lol"]'];
  for (let i = 1; i <= levels; i++) lines.push(`  a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
  lines.push('jobs:', '  build:', '    runs-on: ubuntu-latest', '    env:', `      X: *a${levels}`, '    steps:', '      - run: echo');
  return lines.join('\n') + '\n';
}

const WORKFLOW = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';

function only(files: Record<string, string>) {
  const result = scanFiles(files);
  expect(result.ruleFailures).toEqual([]);
  return result.findings.map((f) => ({ rule: f.ruleId, severity: f.severity, at: `${f.location.startLine}:${f.location.startColumn}`, message: f.message }));
}

describe('resource-limit findings', () => {
  it('stops nested aliases (billion laughs) while parsing, at the alias that went over the node budget', () => {
    const text = billionLaughs(30);
    expect(text.length).toBeLessThan(1000);
    const findings = only({ 'laughs.yml': text, 'ok.yml': WORKFLOW });
    expect(findings).toEqual([
      { rule: 'resource-limit', severity: 'high', at: expect.stringMatching(/^\d+:\d+$/), message: expect.stringMatching(/^more than 100,000 YAML nodes .*: the file was not scanned$/) },
    ]);
    const line = Number(findings[0]!.at.split(':')[0]);
    expect(text.split('\n')[line - 1]).toMatch(/\*a\d+/);
  });

  it('counts the text an alias repeats against the size budget', () => {
    const big = `    ${'x'.repeat(1000)}\n`.repeat(100);
    const aliases = Array.from({ length: 30 }, (_, i) => `  k${i}: *big`).join('\n');
    const text = `on: push\nbig: &big |\n${big}more:\n${aliases}\njobs: {}\n`;
    expect(() => parseYamlDetailed(text)).toThrow(ResourceLimitError);
    const findings = only({ 'w.yml': text });
    expect(findings).toEqual([{ rule: 'resource-limit', severity: 'high', at: expect.any(String), message: expect.stringMatching(/^aliases repeat more text than the size budget allows/) }]);
    expect(text.split('\n')[Number(findings[0]!.at.split(':')[0]) - 1]).toContain('*big');
  });

  it('stops a file over the size budget at the first byte past it', () => {
    const line = `# ${'é'.repeat(1000)}\n`;
    const text = WORKFLOW + line.repeat(Math.ceil(PARSE_BUDGETS.maxBytes / Buffer.byteLength(line)) + 1);
    const [finding] = only({ 'big.yml': text });
    expect(finding).toMatchObject({ rule: 'resource-limit', message: 'the file is larger than the 2 MiB size budget: the file was not scanned' });
    // The offset is the character holding byte number maxBytes.
    const error = (() => {
      try {
        parseYamlDetailed(text);
      } catch (e) {
        return e as ResourceLimitError;
      }
      throw new Error('no error');
    })();
    expect(error.budget).toBe('bytes');
    expect(Buffer.byteLength(text.slice(0, error.offset))).toBeLessThanOrEqual(PARSE_BUDGETS.maxBytes);
    expect(Buffer.byteLength(text.slice(0, error.offset + 1))).toBeGreaterThan(PARSE_BUDGETS.maxBytes);
  });

  it('stops a line over the line-length budget at its first character past it', () => {
    const text = `on: push\nrun: ${'a'.repeat(PARSE_BUDGETS.maxLineLength)}\njobs: {}\n`;
    expect(only({ 'w.yml': text })).toEqual([
      { rule: 'resource-limit', severity: 'high', at: `2:${PARSE_BUDGETS.maxLineLength + 1}`, message: 'a line is longer than the 65,536-character budget: the file was not scanned' },
    ]);
    // A lone CR ends a line too (YAML line breaks), so a CR-only file is not one long line.
    const crOnly = WORKFLOW.replace(/\n/g, '\r').repeat(1) + `# ${'c'.repeat(100)}\r`.repeat(PARSE_BUDGETS.maxLineLength / 50);
    expect(only({ 'cr.yml': crOnly }).filter((f) => f.rule === 'resource-limit')).toEqual([]);
  });

  it.each([
    ['flow', (n: number) => `on: push\njobs: ${' [\n'.repeat(n)}${' ]\n'.repeat(n)}`],
    ['block', (n: number) => 'on: push\njobs:\n' + Array.from({ length: n }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n') + ' 1\n'],
    // A syntax error first, so js-yaml gives up early and the second parser meets the nesting.
    ['after a js-yaml error', (n: number) => `on: push\nx: [\n  a,\n]\njobs: ${' [\n'.repeat(n)}${' ]\n'.repeat(n)}`],
  ])('stops nesting deeper than the budget (%s), also far deeper', (_, make) => {
    // (jobs: is then not a mapping of jobs: a parse-error, but not invalid YAML and not a resource limit)
    expect(only({ 'ok.yml': make(PARSE_BUDGETS.maxDepth - 1) }).filter((f) => f.rule === 'resource-limit' || f.message.startsWith('invalid YAML'))).toEqual([]);
    for (const n of [PARSE_BUDGETS.maxDepth, 50_000]) {
      if (n > 2000 && make(1).includes('k0')) continue; // block nesting that deep is over the line budget first
      const findings = only({ 'deep.yml': make(n) });
      expect(findings).toEqual([{ rule: 'resource-limit', severity: 'high', at: expect.any(String), message: expect.stringMatching(/nest deeper than the 64-level budget/) }]);
    }
  });

  it('reads at most one byte past the size budget from disk', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-budget-'));
    try {
      writeFileSync(path.join(dir, 'big.yml'), Buffer.alloc(PARSE_BUDGETS.maxBytes + 5000, 0x61));
      writeFileSync(path.join(dir, 'small.yml'), WORKFLOW);
      const inputs = [...readInputs({ root: dir, files: [path.join(dir, 'big.yml'), path.join(dir, 'small.yml')] })];
      expect(inputs.map((i) => [i.path, i.text.length])).toEqual([
        ['big.yml', PARSE_BUDGETS.maxBytes + 1],
        ['small.yml', WORKFLOW.length],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('applies to the config file and the registry too (a configuration error)', () => {
    expect(() => parseYamlFile(billionLaughs(30), '.github/token-warden.yml')).toThrow(ConfigError);
    expect(() => parseYamlFile(billionLaughs(30), '.github/token-warden.yml')).toThrow(/over a resource limit: more than 100,000 YAML nodes/);
  });
});

describe('parse-error only for what GitHub rejects', () => {
  it('scans a workflow js-yaml rejects and GitHub accepts, through the second parser', () => {
    const text = ['on: push', 'permissions: {}', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    strategy:', '      matrix:', '        image: [', '          a,', '          b,', '        ]', '    steps:', '      - uses: actions/checkout@v4', ''].join('\n');
    const result = scanFiles({ 'w.yml': text });
    expect(result.stats).toMatchObject({ workflows: 1, parseErrors: 0, fallbackParses: 1 });
    expect(result.findings.map((f) => [f.ruleId, f.location.startLine])).toEqual([['persist-credentials', 13]]);
  });

  it("reports `yaml`'s diagnostic when both parsers reject the file", () => {
    expect(only({ 'w.yml': 'on: push\njobs:\n  build:\n    runs-on: "ubuntu\n' })).toEqual([
      { rule: 'parse-error', severity: 'high', at: '5:1', message: 'invalid YAML: Missing closing "quote' },
    ]);
  });

  it.each([
    ['an empty file', ''],
    ['white space', '  \n\n\t\n'],
    ['comments only', '# nothing here yet\n\n  # really\n'],
    ['a BOM and a comment', '\uFEFF# c\n'],
  ])('reports %s as "empty file" at low', (_, text) => {
    expect(only({ 'w.yml': text })).toEqual([{ rule: 'parse-error', severity: 'low', at: '1:1', message: 'empty file' }]);
  });
});
