/**
 * Hostile files (issue 7, part 3): whatever a file holds, scanning it never throws, never fails a rule, reports
 * positions inside the file, and stays within its work budgets (src/workflows/budgets.ts).
 *
 * The time bound, stated: a file costs at most what its budgets allow — 2 MiB read (plus 2 MiB of text repeated by
 * aliases), 100,000 nodes built (aliases expanded), nesting 64, lines of 65,536 characters — and every later stage
 * (the expression walk, rules, locating and suppressing findings) is linear in those. The test checks the counters
 * (nodes built, nodes walked), not the clock, so it cannot be timing-flaky; a stage that went super-linear again
 * would show up as a Jest timeout on the full-size inputs and in the benchmark's "worst hostile file" row.
 */
import { permissionCheckWork, triggerExposure } from '../../src/workflows/exposure.js';
import { triggers } from '../../src/workflows/model.js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { scan } from '../../src/engine.js';
import { parseInlineIgnore } from '../../src/workflows/inline-ignore.js';
import { isParseFailure, loadSource } from '../../src/workflows/source.js';
import { PARSE_BUDGETS } from '../../src/workflows/budgets.js';
import { BUDGETS, HOSTILE_INPUTS } from '../../bench/hostile-inputs.mjs';
import { sharedDir } from '../helpers.js';

const PATHS = ['.github/workflows/ci.yml', 'tools/action.yml'];
/** `HOSTILE_RUNS=20 npm run jest -- test/workflows/hostile.test.ts` for a longer hunt. */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 1);

function decode(file: string | Uint8Array): string {
  // As readInputs does: UTF-8, invalid sequences as U+FFFD.
  return typeof file === 'string' ? file : Buffer.from(file).toString('utf8');
}

/** Scans one file and checks everything that must hold whatever the file is. */
function checkFile(filePath: string, text: string): void {
  const result = scan([{ path: filePath, text }]);
  expect(result.ruleFailures).toEqual([]);
  expect(result.stats.files).toBe(1);
  // Lines as LineIndex counts them (split at \n; a \r before it belongs to the line).
  const lengths = text.split('\n').map((l) => l.length);
  for (const f of result.findings) {
    const { startLine, startColumn, endLine, endColumn } = f.location;
    expect(f.location.file).toBe(filePath);
    expect(startLine).toBeGreaterThanOrEqual(1);
    expect(startLine).toBeLessThanOrEqual(lengths.length);
    expect(startColumn).toBeGreaterThanOrEqual(1);
    expect(startColumn).toBeLessThanOrEqual(lengths[startLine - 1]! + 1);
    expect(endLine).toBeGreaterThanOrEqual(startLine);
    expect(endLine).toBeLessThanOrEqual(lengths.length);
    // An empty span still marks one character, so a position at the end of a line reaches one past it.
    expect(endColumn).toBeLessThanOrEqual(lengths[endLine - 1]! + 2);
    if (endLine === startLine) expect(endColumn).toBeGreaterThan(startColumn);
    expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  }
  expect(new Set(result.findings.map((f) => f.fingerprint)).size).toBe(result.findings.length);

  // The work counters: nodes built within the budget, and the expression walk visits no more than were built.
  const loaded = loadSource(filePath, text);
  if (isParseFailure(loaded)) {
    expect(loaded.offset).toBeGreaterThanOrEqual(0);
    expect(loaded.offset).toBeLessThanOrEqual(text.length);
    return;
  }
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(PARSE_BUDGETS.maxBytes);
  expect(loaded.nodes).toBeLessThanOrEqual(PARSE_BUDGETS.maxNodes);
  loaded.expressions.all();
  expect(loaded.expressions.visited).toBeLessThanOrEqual(loaded.nodes);
}

// A sample of the corpus to mutate (every 25th file: about 150 real workflows and actions).
const CORPUS: Array<{ name: string; bytes: Buffer }> = [];
for (const folder of ['workflows', 'actions']) {
  const dir = sharedDir('corpus', folder);
  readdirSync(dir)
    .sort()
    .forEach((name, i) => {
      if (i % 25 === 0) CORPUS.push({ name: `${folder}/${name}`, bytes: readFileSync(path.join(dir, name)) });
    });
}

type Mutation = (bytes: Buffer) => Buffer;

/** A mutation that says what it does in a counterexample. */
function named(description: string, fn: Mutation): Mutation {
  return Object.assign(fn, { [fc.toStringMethod]: () => description });
}

const at = (bytes: Buffer, n: number): number => (bytes.length === 0 ? 0 : n % (bytes.length + 1));
const insert = (bytes: Buffer, where: number, what: Buffer | string): Buffer => {
  const i = at(bytes, where);
  return Buffer.concat([bytes.subarray(0, i), Buffer.from(what), bytes.subarray(i)]);
};
/** The start of the line holding offset `n`: inserted YAML then starts a line of its own. */
const lineStart = (bytes: Buffer, n: number): number => {
  const i = at(bytes, n);
  return bytes.lastIndexOf(0x0a, i - 1) + 1;
};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n) => named(`truncate at ${n}`, (b) => b.subarray(0, at(b, n)))),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })).map(([n, bit]) =>
    named(`flip bit ${bit} of byte ${n}`, (b) => {
      const c = Buffer.from(b);
      if (c.length > 0) c[n % c.length]! ^= 1 << bit;
      return c;
    }),
  ),
  fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.nat(), fc.integer({ min: 1, max: 20 })).map(([from, len, to, times]) =>
    named(`copy ${len} bytes at ${from} ${times} times to ${to}`, (b) => {
      const i = at(b, from);
      return insert(b, to, Buffer.concat(Array.from({ length: times }, () => b.subarray(i, i + len))));
    }),
  ),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 24 })).map(([n, bytes]) => named(`insert bytes ${[...bytes].join(',')} at ${n}`, (b) => insert(b, n, Buffer.from(bytes)))),
  fc.tuple(fc.nat(), fc.constantFrom('\u0000', '\uFEFF', '\r', '\t', '\u2028', '&a ', '*a', '*a\n', '<<: *a\n', '? ', '- ', ': ', '{', '[', '"', "'", '|\n', '${{ ', ' }}')).map(([n, text]) =>
    named(`insert ${JSON.stringify(text)} at ${n}`, (b) => insert(b, n, text)),
  ),
  // Nested aliases (billion laughs) at the start of a line.
  fc.tuple(fc.nat(), fc.integer({ min: 2, max: 40 }), fc.integer({ min: 0, max: 8 })).map(([n, levels, indent]) =>
    named(`${levels} levels of nested aliases indented ${indent} at the line of ${n}`, (b) => {
      const pad = ' '.repeat(indent);
      const lines = [`${pad}l0: &l0 ["\${{ secrets.A }}", "\${{ github.token }}"]`];
      for (let i = 1; i <= levels; i++) lines.push(`${pad}l${i}: &l${i} [*l${i - 1}, *l${i - 1}, *l${i - 1}]`);
      return insert(b, lineStart(b, n), lines.join('\n') + '\n');
    }),
  ),
  // Deep nesting, flow or block.
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3000 }), fc.boolean()).map(([n, depth, flow]) =>
    named(`${flow ? 'flow' : 'block'} nesting ${depth} deep at the line of ${n}`, (b) =>
      insert(b, lineStart(b, n), flow ? `deep: ${'['.repeat(depth)}${']'.repeat(depth)}\n` : Array.from({ length: Math.min(depth, 200) }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' v\n'),
    ),
  ),
  // A long line, sometimes past the line budget.
  fc.tuple(fc.nat(), fc.integer({ min: 1000, max: BUDGETS.maxLineLength + 1000 }), fc.constantFrom('a', '${{ github.token }} ', '#token-warden: ignore[', 'ghp_' + 'A'.repeat(36) + ' ')).map(([n, length, unit]) =>
    named(`insert ${length} characters of ${JSON.stringify(unit)} at ${n}`, (b) => insert(b, n, unit.repeat(Math.ceil(length / unit.length)))),
  ),
  fc.constantFrom<Mutation>(
    named('CRLF line breaks', (b) => Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1')),
    named('CR line breaks', (b) => Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r'), 'latin1')),
    named('a BOM', (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])),
  ),
);

describe('hostile files', () => {
  it('mutated corpus files: truncations, byte flips, duplicated chunks, aliases, nesting, line endings, BOM, NUL, invalid UTF-8', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CORPUS.map((c) => c.name)), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.constantFrom(...PATHS), (name, mutations, filePath) => {
        const file = CORPUS.find((c) => c.name === name)!;
        const bytes = mutations.reduce((b, m) => m(b), file.bytes);
        checkFile(filePath, decode(new Uint8Array(bytes)));
      }),
      { numRuns: 200 * RUNS },
    );
  });

  it('random bytes and random text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 2000 })), fc.constantFrom(...PATHS), (file, filePath) => {
        checkFile(filePath, decode(file));
      }),
      { numRuns: 300 * RUNS },
    );
  });

  it('the hostile inputs of bench/hostile-inputs.mjs, scaled down', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOSTILE_INPUTS), fc.constantFrom(0.002, 0.01, 0.03), fc.constantFrom(...PATHS), (input, scale, filePath) => {
        checkFile(filePath, decode(input.make(scale)));
      }),
      { numRuns: 20 * RUNS },
    );
  });

  it.each(['billion-laughs', 'alias-text', 'deep-nesting', 'dense-flow', 'dense-invalid', 'ten-megabytes'])('%s at full size: stopped by a budget', (name) => {
    const input = HOSTILE_INPUTS.find((i) => i.name === name)!;
    const text = decode(input.make(1));
    checkFile(PATHS[0]!, text);
    const loaded = loadSource(PATHS[0]!, text);
    expect(isParseFailure(loaded) && loaded.problem).toBe('resource-limit');
  });

  it('permission-check at full size: each step list is read once for a permission check, however many steps ask', () => {
    const input = HOSTILE_INPUTS.find((i) => i.name === 'permission-check')!;
    const text = decode(input.make(1));
    const before = permissionCheckWork.steps;
    checkFile(PATHS[0]!, text);
    const steps = (text.match(/^ {6}- /gm) ?? []).length;
    expect(steps).toBeGreaterThan(10_000);
    // checkFile scans the file once: one read of the step list (rules asking again hit the memo), not one per step.
    expect(permissionCheckWork.steps - before).toBeLessThanOrEqual(steps);
  });

  it('many-triggers at full size: who can start a job is worked out once per file, not once per job (the test timeout is the hang guard: 41 s before, ~1 s now)', () => {
    const input = HOSTILE_INPUTS.find((i) => i.name === 'many-triggers')!;
    const text = decode(input.make(1));
    checkFile(PATHS[0]!, text);
    const loaded = loadSource(PATHS[0]!, text);
    if (isParseFailure(loaded)) throw new Error(loaded.message);
    expect(triggers(loaded.root)).toBe(triggers(loaded.root)); // memoised on the document
    expect(triggerExposure(loaded.root).events).toEqual(['pull_request_target']); // each event once
  });

  // Each took more than a minute before the work per step stopped growing with the number of variables (76 s, more
  // than 200 s, and 154 s ending out of memory at full size); about a second now. The test timeout is the hang guard.
  it.each(['env-over-steps', 'publish-env', 'token-env-over-steps'])('%s at full size: scanned, positions inside the file', (name) => {
    const input = HOSTILE_INPUTS.find((i) => i.name === name)!;
    checkFile(PATHS[0]!, decode(input.make(1)));
  });

  it('the generators use the default budgets', () => {
    expect(BUDGETS).toEqual({ ...PARSE_BUDGETS });
  });
});

describe('linear rewrites match the regular expressions they replace', () => {
  const INLINE_IGNORE_RE = /#\s*token-warden:\s*ignore\[([^\]]*)\]\s*(.*)$/;
  const piece = fc.constantFrom('#', ' ', '\t', 'token-warden:', 'token-warden', 'ignore[', 'ignore', '[', ']', 'a,b', 'permissions', '\r', '\u2028', 'x', ',', '*');

  it('inline ignore comments', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((p) => p.join('')), (line) => {
        const m = INLINE_IGNORE_RE.exec(line);
        const expected = m ? { ids: m[1]!.split(',').map((s) => s.trim().toLowerCase()), justification: m[2]!.trim() } : undefined;
        expect(parseInlineIgnore(line)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

});
