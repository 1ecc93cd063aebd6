/**
 * Peer fixtures from zizmor with EXPECTED.tsv: where a token scanner must report and where it must stay
 * quiet. Every row is checked; `any` rows (peers disagree) are counted but not asserted.
 */
import { readFileSync } from 'node:fs';
import { runScan } from '../src/pipeline.js';
import { atOrAbove, isSeverity, type Severity } from '../src/model/severity.js';
import type { Finding } from '../src/model/finding.js';
import { sharedDir } from './helpers.js';

interface Row {
  fixture: string;
  lines: number[] | 'anywhere';
  category: string;
  expect: 'finding' | 'none' | 'any';
  minSeverity: Severity | undefined;
  why: string;
}

function readRows(): Row[] {
  const text = readFileSync(sharedDir('peer', 'zizmor', 'EXPECTED.tsv'), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [fixture, lines, category, expect, min, why] = l.split('\t');
      if (!fixture || !lines || !category || !expect || min === undefined) throw new Error(`malformed EXPECTED.tsv row: ${l}`);
      if (expect !== 'finding' && expect !== 'none' && expect !== 'any') throw new Error(`unknown expectation ${expect}`);
      return {
        fixture,
        lines: lines === '-' ? 'anywhere' : lines.split('|').map(Number),
        category,
        expect,
        minSeverity: isSeverity(min) ? min : undefined,
        why: why ?? '',
      };
    });
}

function onLines(f: Finding, lines: Row['lines']): boolean {
  if (lines === 'anywhere') return true;
  return lines.some((l) => l >= f.location.startLine && l <= f.location.endLine);
}

/**
 * A `finding` row is met by a finding located on its lines, or by one whose related locations are: since issue 8, one
 * root cause is one finding (e.g. "no permissions anywhere" is reported once, at the workflow, with each job that
 * inherits the default as a related location), where the peer reports each place separately.
 */
function onLinesOrRelated(f: Finding, lines: Row['lines']): boolean {
  return onLines(f, lines) || (f.related ?? []).some((r) => lines !== 'anywhere' && lines.some((l) => l >= r.location.startLine && l <= r.location.endLine));
}

describe('zizmor peer fixtures (EXPECTED.tsv)', () => {
  const rows = readRows();
  let findings: Finding[] = [];

  beforeAll(async () => {
    const { report } = await runScan({ paths: [sharedDir('peer', 'zizmor', 'fixtures')], cwd: process.cwd() });
    findings = [...report.findings];
    expect(report.stats.parseErrors).toBe(0);
  });

  it('has rows to check', () => {
    expect(rows.length).toBeGreaterThan(20);
  });

  it.each(rows.map((r) => [`${r.expect} ${r.category} ${r.fixture}:${r.lines === 'anywhere' ? '-' : r.lines.join('|')} (${r.why})`, r] as const))('%s', (_label, row) => {
    const candidates = findings.filter((f) => f.location.file === row.fixture && f.category === row.category && !f.suppression);
    if (row.expect === 'any') return;
    if (row.expect === 'finding') {
      const hits = candidates.filter((f) => onLinesOrRelated(f, row.lines) && (!row.minSeverity || atOrAbove(f.severity, row.minSeverity)));
      if (hits.length === 0) {
        throw new Error(`expected a ${row.category} finding (≥ ${row.minSeverity ?? 'any'}) on ${row.fixture}:${String(row.lines)}; got ${JSON.stringify(candidates.map((f) => [f.location.startLine, f.severity, f.message]))}`);
      }
      return;
    }
    const threshold = row.minSeverity ?? 'info';
    const wrong = candidates.filter((f) => onLines(f, row.lines) && atOrAbove(f.severity, threshold));
    expect(wrong.map((f) => `${f.location.startLine} ${f.severity} ${f.message}`)).toEqual([]);
  });

  it('asserts every finding and none row', () => {
    const asserted = rows.filter((r) => r.expect !== 'any').length;
    console.log(`EXPECTED.tsv: ${rows.length} rows, ${asserted} asserted, ${rows.length - asserted} marked any`);
    expect(asserted).toBeGreaterThan(0);
  });
});
