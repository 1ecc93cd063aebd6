/**
 * Per-file work budgets. Every scanned file is written by whoever opened the pull request, so reading, parsing and
 * checking one file must stay bounded whatever it holds. A file over a budget is a `resource-limit` finding at the
 * position where the budget ran out, and is not scanned further; the other files are scanned as usual.
 *
 * The defaults sit well above the largest values measured over 3,890 real workflow and action files
 * (../shared/corpus; README: "Limits on hostile files" gives the numbers).
 */
import { ResourceLimitError } from './yaml.js';

export interface ParseBudgets {
  /** UTF-8 bytes of the file; alias expansion counts too (each alias adds the length of the text it repeats). */
  readonly maxBytes: number;
  /** YAML nodes built (scalars, mappings, sequences); an alias counts every node it repeats. */
  readonly maxNodes: number;
  /** Nested mappings and sequences (the top-level mapping is level 1). */
  readonly maxDepth: number;
  /** Characters in one line (lines end at LF, CRLF or a lone CR, as in YAML). */
  readonly maxLineLength: number;
}

export const PARSE_BUDGETS: ParseBudgets = Object.freeze({
  maxBytes: 2 * 1024 * 1024,
  maxNodes: 100_000,
  maxDepth: 64,
  maxLineLength: 64 * 1024,
});

/** `2 MiB`, `64 KiB`, or the plain number. */
export function formatBytes(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

/**
 * The checks that need no parsing: the file's size and its longest line. Linear in the text. Returns the first
 * budget exceeded (with the offset where it ran out), or undefined.
 */
export function checkTextBudgets(text: string, budgets: ParseBudgets = PARSE_BUDGETS): ResourceLimitError | undefined {
  // Each UTF-16 code unit is 1 to 3 UTF-8 bytes: only count when the text could be over the budget.
  if (text.length * 3 > budgets.maxBytes) {
    const at = offsetOfByte(text, budgets.maxBytes);
    if (at >= 0) {
      return new ResourceLimitError('bytes', `the file is larger than the ${formatBytes(budgets.maxBytes)} size budget`, at);
    }
  }
  const long = firstLongLine(text, budgets.maxLineLength);
  if (long >= 0) {
    return new ResourceLimitError('line-length', `a line is longer than the ${budgets.maxLineLength.toLocaleString('en-US')}-character budget`, long);
  }
  return undefined;
}

/** Offset of the code unit holding UTF-8 byte number `limit` (0-based), or -1 when the text is `limit` bytes or fewer. */
function offsetOfByte(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair is one 4-byte character.
      bytes += 4;
      if (bytes > limit) return i;
      i++;
      continue;
    } else bytes += 3; // lone surrogates are written as U+FFFD, 3 bytes
    if (bytes > limit) return i;
  }
  return -1;
}

/** Offset of the first character past `max` in the first line longer than `max`, or -1. */
function firstLongLine(text: string, max: number): number {
  if (text.length <= max) return -1;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > max) {
      // Long between two LFs: lone CRs may still break it into short lines.
      let lineStart = start;
      for (let i = start; i < end; i++) {
        if (text.charCodeAt(i) === 0x0d) lineStart = i + 1;
        else if (i - lineStart >= max) return i;
      }
    }
    start = end + 1;
  }
  return -1;
}
