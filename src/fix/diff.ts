/**
 * A unified diff of the planned fixes (`git apply` / `patch -p1` take it from the root), read straight off the
 * whole-line edits: no diff algorithm is needed. Lines keep their bytes (a CRLF file's lines keep their `\r`).
 */
import { TextLines } from './text.js';
import type { FilePlan } from './types.js';

interface Change {
  /** 0-based first original line replaced, how many; 0-based first new line, how many. */
  oStart: number;
  oLen: number;
  nStart: number;
  nLen: number;
}

/** The original and new lines of a plan and where they differ. */
function changesOf(plan: FilePlan): { before: string[]; after: string[]; changes: Change[] } {
  const lines = new TextLines(plan.original);
  const before = rawLines(plan.original);
  const after = rawLines(plan.fixed);
  const changes: Change[] = [];
  let shift = 0;
  for (const e of plan.edits) {
    const oStart = lines.lineOf(e.start);
    const oEnd = e.end >= plan.original.length ? before.length : lines.lineOf(e.end);
    const nLen = rawLines(e.text).length;
    const prev = changes[changes.length - 1];
    // Adjacent edits are one change: all their removed lines, then all their added ones.
    if (prev && prev.oStart + prev.oLen === oStart) {
      prev.oLen += oEnd - oStart;
      prev.nLen += nLen;
    } else changes.push({ oStart, oLen: oEnd - oStart, nStart: oStart + shift, nLen });
    shift += nLen - (oEnd - oStart);
  }
  return { before, after, changes };
}

/** Lines with their line breaks; no empty entry after a final line break. */
function rawLines(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl + 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

function emit(prefix: string, raw: string): string {
  return raw.endsWith('\n') ? `${prefix}${raw}` : `${prefix}${raw}\n\\ No newline at end of file\n`;
}

function range(start: number, length: number): string {
  // An empty range names the line before it (unified diff convention).
  return length === 0 ? `${start},0` : `${start + 1},${length}`;
}

/** The unified diff of one plan (empty when it changes nothing). */
export function renderFileDiff(plan: FilePlan, context = 3): string {
  if (plan.edits.length === 0) return '';
  const { before, after, changes } = changesOf(plan);
  // Hunks: changes whose context overlaps are merged.
  const hunks: Change[][] = [];
  for (const c of changes) {
    const last = hunks[hunks.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && c.oStart - (prev.oStart + prev.oLen) <= 2 * context) last.push(c);
    else hunks.push([c]);
  }
  let out = `--- a/${plan.path}\n+++ b/${plan.path}\n`;
  for (const hunk of hunks) {
    const first = hunk[0]!;
    const last = hunk[hunk.length - 1]!;
    const oFrom = Math.max(0, first.oStart - context);
    const oTo = Math.min(before.length, last.oStart + last.oLen + context);
    const nFrom = first.nStart - (first.oStart - oFrom);
    const nTo = last.nStart + last.nLen + (oTo - (last.oStart + last.oLen));
    let body = '';
    let o = oFrom;
    for (const c of hunk) {
      for (; o < c.oStart; o++) body += emit(' ', before[o]!);
      for (let i = 0; i < c.oLen; i++) body += emit('-', before[c.oStart + i]!);
      for (let i = 0; i < c.nLen; i++) body += emit('+', after[c.nStart + i]!);
      o = c.oStart + c.oLen;
    }
    for (; o < oTo; o++) body += emit(' ', before[o]!);
    out += `@@ -${range(oFrom, oTo - oFrom)} +${range(nFrom, nTo - nFrom)} @@\n${body}`;
  }
  return out;
}

/** The unified diff of every plan that changes its file, in order. */
export function renderDiff(plans: readonly FilePlan[], context = 3): string {
  return plans.map((p) => renderFileDiff(p, context)).join('');
}
