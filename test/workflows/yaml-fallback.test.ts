/**
 * The second parser (src/workflows/yaml-fallback.ts, the `yaml` package) builds exactly what the fast path builds —
 * values and every offset — on every corpus file both accept; it accepts what js-yaml wrongly rejects; and the
 * orchestrator (parse.ts) uses it only then.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { parseYamlFast, ResourceLimitError, YamlSyntaxError, type YValue } from '../../src/workflows/yaml.js';
import { parseYamlFallback } from '../../src/workflows/yaml-fallback.js';
import { parseYamlDetailed } from '../../src/workflows/parse.js';
import { PARSE_BUDGETS } from '../../src/workflows/budgets.js';
import { checkOffsets, withSpans } from './yaml-helpers.js';
import { sharedDir } from '../helpers.js';

function attempt(parse: () => { root: YValue }): unknown {
  try {
    return withSpans(parse().root);
  } catch (error) {
    if (error instanceof YamlSyntaxError) return { error: error.message, offset: error.offset };
    throw error;
  }
}

const ISSUE_EXAMPLE = [
  'on: push',
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-latest',
  '    strategy:',
  '      matrix:',
  '        image: [',
  '          a,',
  '          b,',
  '        ]',
  '    steps:',
  '      - run: echo ${{ matrix.image }}',
  '',
].join('\n');

describe('the second parser (yaml)', () => {
  it('reads the flow sequence js-yaml rejects as "deficient indentation" (issue 7)', () => {
    expect(() => parseYamlFast(ISSUE_EXAMPLE, PARSE_BUDGETS)).toThrow(/deficient indentation/);
    expect(parseDocument(ISSUE_EXAMPLE).errors).toEqual([]);
    const result = parseYamlDetailed(ISSUE_EXAMPLE);
    expect(result.parser).toBe('fallback');
    expect(JSON.parse(JSON.stringify(result.root))).toEqual({
      on: 'push',
      jobs: { build: { 'runs-on': 'ubuntu-latest', strategy: { matrix: { image: ['a', 'b'] } }, steps: [{ run: 'echo ${{ matrix.image }}' }] } },
    });
    const problems: string[] = [];
    checkOffsets(ISSUE_EXAMPLE, result.root, problems, 'issue example');
    expect(problems).toEqual([]);
  });

  it.each([
    ['block scalars', 'a: |\n  hello\n  world\nb: >-\n  x\nc: |+\n  keep\n\n\nd: |\ne: 1\n'],
    ['block scalar at the end with blank lines', 'a: |\n  hello\n\n\n'],
    ['block scalar with a header comment and CRLF', 'a: |-  # c\r\n  x\r\n  y\r\nb: 1\r\n'],
    ['anchors and aliases', 'a: &x\n  b: 1\nc: *x\nd: &s "q"\ne: [*s, *x]\n'],
    ['empty values', 'a:\nb: !!str\nc: ""\nd: {x: , y}\ne:\n  -\n  - 1\n'],
    ['a pair in a flow sequence', 'a: [x: 1, y]\n'],
    ['complex keys', '? [a, b]\n: c\n? {d: 1}\n: e\n'],
    ['scalar resolution', 'a: [1, -2, 0x1F, 0o17, 1.5, .inf, -.Inf, .nan, ~, null, true, False, "1", !!str 2, ! 3, 1e3, +7, 1_000, 0777]\n'],
    ['quoted and multi-line scalars', 'a: "x\\ty\n  z"\nb: \'it\'\'s\'\nc: plain\n  multi\n'],
    ['tags and anchors on collections', 'a: !!map &m {b: 1}\nc: !!seq [*m]\n'],
    ['a BOM and comments', '\uFEFF# c\na: 1 # d\n'],
    ['an explicit document', '---\na: 1\n...\n'],
    ['a document holding null', '---\n'],
  ])('builds what the fast path builds: %s', (_, text) => {
    expect(attempt(() => parseYamlFallback(text, PARSE_BUDGETS))).toEqual(attempt(() => parseYamlFast(text, PARSE_BUDGETS)));
  });

  it('resolves tags written through a %TAG handle, which the fast path does not (the one intended difference)', () => {
    const text = '%TAG !e! tag:yaml.org,2002:\n---\na: !e!str 12\nb: !<tag:yaml.org,2002:str> 13\n';
    expect(JSON.parse(JSON.stringify(parseYamlFallback(text, PARSE_BUDGETS).root))).toEqual({ a: '12', b: '13' });
    expect(JSON.parse(JSON.stringify(parseYamlFast(text, PARSE_BUDGETS).root))).toEqual({ a: 12, b: '13' });
  });

  it.each([
    ['a duplicated key', 'a: 1\na: 2\n', 'duplicated mapping key "a"'],
    ['an undefined alias', 'a: *nowhere\n', /nowhere/],
    ['several documents', 'a: 1\n---\nb: 2\n', 'several YAML documents in one file'],
    ['an alias inside its own anchor', 'a: &r [1, *r]\n', 'alias "r" refers to a node that contains it'],
    ['nothing but comments', '# only\n\n# comments\n', 'the file is empty'],
  ])('rejects %s', (_, text, message) => {
    expect(() => parseYamlFallback(text, PARSE_BUDGETS)).toThrow(message);
  });

  it('stops a file with too many nodes before `yaml` builds them', () => {
    const text = `a: [${'x, '.repeat(PARSE_BUDGETS.maxNodes * 2)}]\n`;
    expect(() => parseYamlFallback(text, PARSE_BUDGETS)).toThrow(ResourceLimitError);
  });

  it('stops deep nesting before the composer recurses into it', () => {
    const n = 100_000;
    const text = `a: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    let error: unknown;
    try {
      parseYamlFallback(text, { ...PARSE_BUDGETS, maxNodes: 10 * n });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ResourceLimitError);
    expect((error as ResourceLimitError).budget).toBe('depth');
  });
});

describe.each(['workflows', 'actions'])('the second parser over corpus/%s', (folder) => {
  it('builds the same values and offsets as the fast path wherever both accept the file, and reads what only it accepts', () => {
    const dir = sharedDir('corpus', folder);
    let same = 0;
    const differ: string[] = [];
    const onlyFallback: string[] = [];
    const offsetProblems: string[] = [];
    for (const name of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const fast = attempt(() => parseYamlFast(text, PARSE_BUDGETS));
      const fallback = attempt(() => parseYamlFallback(text, PARSE_BUDGETS));
      const fastFailed = (fast as { error?: string }).error !== undefined;
      const fallbackFailed = (fallback as { error?: string }).error !== undefined;
      // (That no file `yaml` accepts is reported as invalid YAML is checked through the scan, in corpus.test.ts.)
      if (fastFailed && !fallbackFailed) {
        onlyFallback.push(name);
        checkOffsets(text, parseYamlFallback(text, PARSE_BUDGETS).root, offsetProblems, name);
      } else if (!fastFailed) {
        if (JSON.stringify(fast) === JSON.stringify(fallback)) same++;
        else differ.push(name);
      }
    }
    console.log(`corpus/${folder}: second parser identical on ${same} files; ${onlyFallback.length} read only by it: ${onlyFallback.join(', ')}`);
    expect(differ).toEqual([]);
    expect(offsetProblems).toEqual([]);
    expect(same).toBeGreaterThan(400);
  });
});
