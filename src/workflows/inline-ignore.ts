/** Inline suppression comments: `# token-warden: ignore[rule-id, …] reason`. */

const INLINE_IGNORE_START_RE = /#\s*token-warden:\s*ignore\[/g;
const SPACE_RUN_RE = /\s*/y;

export interface InlineIgnore {
  ids: string[];
  justification: string;
}

/**
 * The inline ignore comment of one line: what `/#\s*token-warden:\s*ignore\[([^\]]*)\]\s*(.*)$/` matches, found in
 * linear time (that regex backtracks quadratically on a long line of unclosed `ignore[`): the first
 * `# token-warden: ignore[` whose `[` is closed by a `]`, with no line terminator after the white space that follows.
 */
export function parseInlineIgnore(text: string): InlineIgnore | undefined {
  if (!text.includes('token-warden')) return undefined;
  let lastTerminator = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    // What `.` does not match, besides \n (lines are split at \n): \r, U+2028, U+2029.
    if (c === 0x0d || c === 0x2028 || c === 0x2029) {
      lastTerminator = i;
      break;
    }
  }
  const starts = new RegExp(INLINE_IGNORE_START_RE.source, 'g');
  let close = -1;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const from = m.index + m[0].length;
    if (close < from) close = text.indexOf(']', from);
    if (close < 0) return undefined;
    SPACE_RUN_RE.lastIndex = close + 1;
    SPACE_RUN_RE.exec(text);
    if (lastTerminator < SPACE_RUN_RE.lastIndex) {
      return { ids: text.slice(from, close).split(',').map((s) => s.trim().toLowerCase()), justification: text.slice(close + 1).trim() };
    }
  }
  return undefined;
}
