/**
 * Writing `permissions:` blocks as text: a new block at a given indentation, or the edits that narrow an existing one.
 * A block-style map is narrowed line by line (a scope lowered keeps its line, a scope removed loses only its own
 * line, comments around stay); any other shape (`write-all`, `read-all`, a flow map …) is replaced whole.
 */
import { entrySpan, isMap, keySpan, valueSpan, type YMap } from '../workflows/yaml.js';
import { PERMISSION_SCOPES } from '../workflows/permissions.js';
import type { LineEdit, TextLines } from './text.js';
import type { GrantLevel } from './types.js';

/** A scope to write, with the comment naming the step that needs it. */
export interface BlockScope {
  scope: string;
  level: GrantLevel;
  comment: string;
}

/** Comments are one line: no line breaks, and short. */
export function commentText(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').trim();
}

function scopeLine(pad: string, s: BlockScope): string {
  const comment = commentText(s.comment);
  return `${pad}${s.scope}: ${s.level}${comment ? `  # ${comment}` : ''}`;
}

/** `permissions:` and its scopes, one a line, keys at `indent` and scopes `unit` deeper; `permissions: {}` when empty. */
export function renderBlock(indent: number, unit: number, scopes: readonly BlockScope[]): string[] {
  const pad = ' '.repeat(indent);
  if (scopes.length === 0) return [`${pad}permissions: {}`];
  const inner = ' '.repeat(indent + unit);
  return [`${pad}permissions:`, ...scopes.map((s) => scopeLine(inner, s))];
}

/**
 * The offsets of the `permissions` entry of `holder`, from its key to the end of its value as written: a flow
 * collection's span ends at its last item, so its closing bracket is looked for here.
 */
export function blockSpan(lines: TextLines, holder: YMap): [number, number] {
  const entry = entrySpan(holder, 'permissions')!;
  const value = valueSpan(holder, 'permissions')!;
  const text = lines.text;
  if (text[value[0]] !== '{' && text[value[0]] !== '[') return [entry[0], entry[1]];
  let depth = 0;
  for (let i = value[0]; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      // Quoted scalars: `''` escapes a single quote, `\` escapes in double quotes.
      for (i++; i < text.length; i++) {
        if (c === '"' && text[i] === '\\') i++;
        else if (text[i] === c) {
          if (c === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
    } else if (c === '#' && /\s/.test(text[i - 1] ?? '')) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return [entry[0], Math.max(entry[1], i + 1)];
    }
  }
  return [entry[0], entry[1]];
}

/** Text of the `permissions` entry of `holder` without its comments (to look for anchors and aliases). */
function entryCode(lines: TextLines, holder: YMap): string {
  const span = blockSpan(lines, holder);
  return lines.text
    .slice(span[0], span[1])
    .split('\n')
    .map((l) => l.replace(/(^|\s)#.*$/, ''))
    .join('\n');
}

/** Why the `permissions` entry of `holder` cannot be edited as text, or undefined when it can. */
export function blockLayoutProblem(lines: TextLines, holder: YMap): string | undefined {
  const span = blockSpan(lines, holder);
  if (!lines.startsLine(span[0])) return 'its `permissions:` does not start a line';
  if (!lines.endsLine(span[1])) return 'its `permissions:` block shares its last line with something else';
  if (/[&*][A-Za-z0-9_-]/.test(entryCode(lines, holder))) return 'its `permissions:` uses a YAML anchor or alias (other places may share it)';
  return undefined;
}

/** Replaces the whole `permissions` entry of `holder` with a newly written block. */
export function replaceBlock(lines: TextLines, holder: YMap, unit: number, scopes: readonly BlockScope[]): LineEdit {
  const span = blockSpan(lines, holder);
  const first = lines.lineOf(span[0]);
  const last = lines.lineOf(Math.max(span[0], span[1] - 1));
  return { line: first, remove: last - first + 1, insert: renderBlock(lines.column(span[0]), unit, scopes) };
}

/**
 * Edits that narrow a block-style map to `target` (every scope of `target` must be in the block at the same or a
 * higher level: narrowing never adds a line). Lowered scopes keep their line with the new level and comment;
 * removed ones lose their line; kept ones keep their line and, when they have no comment, get one. Undefined when
 * the block is not a block-style map of one scope a line (the caller then replaces it whole). Comment lines directly
 * above a removed scope (same indentation, no blank line between) are removed with it; other comments stay.
 */
export function narrowBlock(lines: TextLines, holder: YMap, target: readonly BlockScope[]): LineEdit[] | undefined {
  const block = holder.permissions;
  if (!isMap(block) || Object.keys(block).length === 0) return undefined;
  const valueStart = valueSpan(holder, 'permissions')![0];
  if (lines.text[valueStart] === '{') return undefined;
  const keyLine = lines.lineOf(keySpan(holder, 'permissions')![0]);
  const wanted = new Map(target.map((s) => [s.scope, s]));
  const edits: LineEdit[] = [];
  const usedLines = new Set<number>();
  let remaining = 0;
  for (const scope of Object.keys(block)) {
    const ks = keySpan(block, scope)!;
    const vs = valueSpan(block, scope)!;
    const line = lines.lineOf(ks[0]);
    // One scope a line, below the key, with the value on the same line.
    if (line <= keyLine || usedLines.has(line) || lines.lineOf(vs[1]) !== line || !lines.startsLine(ks[0]) || !lines.endsLine(vs[1])) return undefined;
    usedLines.add(line);
    const level = block[scope];
    const want = PERMISSION_SCOPES[scope] ? wanted.get(scope) : undefined;
    wanted.delete(scope);
    const text = lines.content(line);
    const col = vs[0] - lines.start(line);
    if (want === undefined) {
      if (level === 'none' && PERMISSION_SCOPES[scope]) {
        remaining++;
        continue; // an explicit `none` grants nothing: kept as written
      }
      // The comment lines directly above a removed scope speak of it: they go with it.
      let first = line;
      const indent = lines.column(ks[0]);
      while (first - 1 > keyLine && lines.isComment(first - 1) && lines.indent(first - 1) === indent) first--;
      // A blank line that set the removed lines apart goes too, when nothing of the block follows them.
      const next = line + 1;
      const endOfBlock = next >= lines.count || lines.isBlank(next) || lines.indent(next) < indent;
      if (endOfBlock && first - 1 > keyLine && lines.isBlank(first - 1)) first--;
      edits.push({ line: first, remove: line - first + 1, insert: [] });
      continue;
    }
    remaining++;
    if (level === want.level) {
      const hasComment = /\s#/.test(text.slice(vs[1] - lines.start(line)));
      const comment = commentText(want.comment);
      if (!hasComment && comment) edits.push({ line, remove: 1, insert: [`${text.slice(0, vs[1] - lines.start(line)).trimEnd()}  # ${comment}`] });
      continue;
    }
    const comment = commentText(want.comment);
    edits.push({ line, remove: 1, insert: [`${text.slice(0, col)}${want.level}${comment ? `  # ${comment}` : ''}`] });
  }
  if (wanted.size > 0) return undefined; // a scope to add: not a narrowing
  if (remaining === 0) return undefined; // nothing left: written as `permissions: {}`
  return edits;
}
