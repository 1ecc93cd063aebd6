/**
 * The text side of the fix: lines with their own line breaks, and whole-line edits. Every edit replaces whole lines,
 * so a line the fix does not touch keeps its bytes (line break included) and a diff is read straight off the edits.
 */
import type { TextEdit } from './types.js';

/** A run of lines to replace: `remove` lines from `line` (0-based) on, then `insert` (lines without line breaks). */
export interface LineEdit {
  line: number;
  remove: number;
  insert: string[];
}

export class TextLines {
  /** Offset where each line starts; a text ending in a line break has an empty last line. */
  readonly starts: number[];
  /** The file's line break: CRLF when its first line ends so, else LF. */
  readonly eol: '\r\n' | '\n';

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
    const first = text.indexOf('\n');
    this.eol = first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
  }

  get count(): number {
    return this.starts.length;
  }

  /** 0-based line holding `offset`. */
  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  start(line: number): number {
    return line >= this.starts.length ? this.text.length : this.starts[line]!;
  }

  /** The line's text without its line break. */
  content(line: number): string {
    const start = this.start(line);
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    let end = next;
    if (end > start && this.text[end - 1] === '\n') end--;
    if (end > start && this.text[end - 1] === '\r') end--;
    return this.text.slice(start, end);
  }

  /** The line with its line break, as in the file. */
  raw(line: number): string {
    return this.text.slice(this.start(line), this.start(line + 1));
  }

  column(offset: number): number {
    return offset - this.start(this.lineOf(offset));
  }

  /** Spaces before the first character of the line. */
  indent(line: number): number {
    return /^ */.exec(this.content(line))![0].length;
  }

  /** True when only spaces stand between the start of the line and `offset`. */
  startsLine(offset: number): boolean {
    return /^ *$/.test(this.text.slice(this.start(this.lineOf(offset)), offset));
  }

  /** True when the rest of the line after `offset` is blank or a comment. */
  endsLine(offset: number): boolean {
    const line = this.lineOf(offset);
    const rest = this.content(line).slice(offset - this.start(line));
    return /^[ \t]*(?:#.*)?$/.test(rest);
  }

  isComment(line: number): boolean {
    return /^ *#/.test(this.content(line));
  }

  isBlank(line: number): boolean {
    return this.content(line).trim() === '';
  }
}

/** Line edits as offsets in the original text (see TextEdit). */
export function toTextEdits(lines: TextLines, edits: readonly LineEdit[]): TextEdit[] {
  return sortEdits(edits).map((e) => {
    const start = lines.start(e.line);
    const end = lines.start(e.line + e.remove);
    return { start, end, text: joinInserted(lines, e) };
  });
}

/** The inserted lines with line breaks; the last one has none when it replaces the file's unterminated last line. */
function joinInserted(lines: TextLines, edit: LineEdit): string {
  if (edit.insert.length === 0) return '';
  const last = edit.line + edit.remove - 1;
  const replacesUnterminatedEnd = edit.remove > 0 && last === lines.count - 1 && !lines.raw(last).endsWith('\n');
  const body = edit.insert.join(lines.eol);
  return replacesUnterminatedEnd ? body : body + lines.eol;
}

export function sortEdits(edits: readonly LineEdit[]): LineEdit[] {
  const sorted = [...edits].sort((a, b) => a.line - b.line || a.remove - b.remove);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    if (sorted[i]!.line < prev.line + prev.remove) throw new Error(`overlapping edits at line ${sorted[i]!.line + 1}`);
  }
  return sorted;
}

/** Applies text edits (sorted, not overlapping) to the text they were computed on. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (e.start < at) throw new Error(`overlapping edits at offset ${e.start}`);
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
