/**
 * Peer rows (EXPECTED*.tsv beside zizmor's fixtures): where a token scanner must report and where it must stay quiet,
 * and how a finding meets a row. Shared by the peer tests.
 */
import { readFileSync } from 'node:fs';
import { atOrAbove, isSeverity, type Severity } from '../src/model/severity.js';
import type { Finding } from '../src/model/finding.js';

export interface PeerRow {
  fixture: string;
  lines: number[] | 'anywhere';
  category: string;
  expect: 'finding' | 'none' | 'any';
  minSeverity: Severity | undefined;
  why: string;
}

export function readPeerRows(file: string): PeerRow[] {
  const text = readFileSync(file, 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [fixture, lines, category, expect, min, why] = l.split('\t');
      if (!fixture || !lines || !category || !expect || min === undefined) throw new Error(`malformed peer row: ${l}`);
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

export function onLines(f: Finding, lines: PeerRow['lines']): boolean {
  if (lines === 'anywhere') return true;
  return lines.some((l) => l >= f.location.startLine && l <= f.location.endLine);
}

/**
 * A `finding` row is met by a finding located on its lines, or by one whose related locations are: since issue 8, one
 * root cause is one finding (e.g. "no permissions anywhere" is reported once, at the workflow, with each job that
 * inherits the default as a related location), where the peer reports each place separately.
 */
export function onLinesOrRelated(f: Finding, lines: PeerRow['lines']): boolean {
  return onLines(f, lines) || (f.related ?? []).some((r) => lines !== 'anywhere' && lines.some((l) => l >= r.location.startLine && l <= r.location.endLine));
}

export function rowLabel(r: PeerRow): string {
  return `${r.expect} ${r.category} ${r.fixture}:${r.lines === 'anywhere' ? '-' : r.lines.join('|')} (${r.why})`;
}

/**
 * Checks one row against the findings of its category (throws with what was found instead). `any` rows (peers
 * disagree) are not asserted.
 */
export function checkPeerRow(row: PeerRow, findings: readonly Finding[]): void {
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
  if (wrong.length) throw new Error(`expected no ${row.category} finding (≥ ${threshold}) on ${row.fixture}:${String(row.lines)}; got ${JSON.stringify(wrong.map((f) => [f.location.startLine, f.severity, f.message]))}`);
}
