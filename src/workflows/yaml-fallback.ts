/**
 * The second parse path: the `yaml` package, for files js-yaml rejects. GitHub's own workflow parser
 * (@actions/workflow-parser) is built on `yaml` (parseDocument, YAML 1.2 core schema), so what `yaml` accepts is what
 * GitHub accepts — e.g. a flow sequence whose closing `]` sits at the indentation of its key, which js-yaml calls
 * "deficient indentation".
 *
 * It builds the same values with the same offset tables as the fast path, through the same ValueBuilder (so the
 * same duplicate-key, alias and budget rules), resolving plain scalars with the same resolvePlain. One intended
 * difference: a tag written through a `%TAG` handle (`%TAG !e! tag:yaml.org,2002:` then `!e!str 12`) is resolved
 * here, so the scalar stays a string, as on GitHub; the fast path knows only `!!str`, `!` and
 * `!<tag:yaml.org,2002:str>`, and reads 12 as a number. (And js-yaml accepts a lone CR as a line break, which `yaml`
 * does not: such a file never reaches this path.)
 *
 * `yaml` is slower and needs far more memory per node than js-yaml (a CST and then an AST: ~300 bytes per token),
 * and its composer recurses once per nesting level. So before building either, a streaming pass over the lexer's
 * tokens stops files with too many nodes (files over 64 KiB), and an iterative walk over the CST stops files nested
 * too deep.
 */
import type { CST, Node, Scalar } from 'yaml';
import { loadYaml } from '../shims/lazy-yaml.cjs';
import { EMPTY_FILE, isStringTag, resolvePlain, ResourceLimitError, ValueBuilder, YamlSyntaxError, type ParsedYaml, type YScalar } from './yaml.js';

interface Budgets {
  readonly maxBytes: number;
  readonly maxNodes: number;
  readonly maxDepth: number;
}

type YamlModule = ReturnType<typeof loadYaml>;

/** Files up to this many characters skip countNodeTokens: at most ~64k tokens, a CST of ~20 MB. */
const COUNT_FIRST_ABOVE = 64 * 1024;

const STR_TAG = 'tag:yaml.org,2002:str';

/**
 * Parses one YAML document with `yaml`. Throws YamlSyntaxError with `yaml`'s own message and position (what GitHub
 * reports for the file), and ResourceLimitError past a budget. `counted`: countNodeTokens already passed; `near`: an
 * offset to report when `yaml` cannot give one (where js-yaml gave up).
 */
export function parseYamlFallback(source: string, budgets: Budgets, counted = false, near = 0): ParsedYaml {
  const yaml = loadYaml();
  const { Composer, Parser } = yaml;
  // A small file cannot hold enough tokens to matter: spare it the extra lexer pass.
  if (!counted && source.length > COUNT_FIRST_ABOVE) withStack(near, budgets, () => countNodeTokens(source, budgets));
  const tokens = withStack(near, budgets, () => Array.from(new Parser().parse(source)));
  checkDepth(tokens, budgets);

  // GitHub's options (YamlObjectReader): the defaults (YAML 1.2, core schema, no merge keys), keys not checked for
  // uniqueness by `yaml` (the ValueBuilder rejects duplicates, as GitHub's template reader does).
  const composer = new Composer({ uniqueKeys: false, merge: false, keepSourceTokens: true });
  const docs = withStack(near, budgets, () => Array.from(composer.compose(tokens, true, source.length)));
  const doc = docs[0]!;
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new YamlSyntaxError(firstLine(e.message), e.pos[0], 'syntax');
  }
  if (docs.length > 1) throw new YamlSyntaxError('several YAML documents in one file', docs[1]!.range[0]);

  const builder = new ValueBuilder(budgets, source.length);
  const contents = doc.contents as Node | null;
  if (contents === null) {
    if (onlyCommentsAndSpace(source)) throw new YamlSyntaxError(EMPTY_FILE, 0);
    builder.scalar(null, -1, -1, undefined); // `---` alone: a document holding null
  } else build(yaml, builder, source, contents);
  return { root: builder.result(), nodes: builder.nodes, repeated: builder.repeated };
}

/**
 * Runs a step of `yaml` that may recurse. Its CST parser does on some malformed nesting (a line of `a: b: c: …`
 * compact mappings, thousands deep), before any depth check can see it; out of stack, it cannot say where. That is
 * reported as nesting past the budget, at `near` (where js-yaml gave up).
 */
function withStack<T>(near: number, budgets: Budgets, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof RangeError) {
      throw new ResourceLimitError('depth', `mappings and sequences nest deeper than the ${budgets.maxDepth}-level budget (the YAML parser ran out of stack)`, near);
    }
    throw error;
  }
}

function build(yaml: YamlModule, builder: ValueBuilder, source: string, node: Node): void {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yaml;
  if (isScalar(node)) {
    scalar(builder, source, node);
  } else if (isAlias(node)) {
    builder.alias(node.source, node.range![0], node.range![1]);
  } else if (isMap(node)) {
    builder.openMap(node.range![0], node.anchor);
    for (const pair of node.items) {
      buildOrNull(yaml, builder, source, pair.key as Node | null);
      buildOrNull(yaml, builder, source, pair.value as Node | null);
    }
    builder.close();
  } else if (isSeq(node)) {
    builder.openSeq(node.range![0], node.anchor);
    for (const item of node.items) {
      if (isPair(item)) {
        // Not produced by the composer for parsed text (a pair in a flow sequence becomes a one-pair map); kept
        // so an unexpected shape is still read, as that map.
        builder.openMap(-1, undefined);
        buildOrNull(yaml, builder, source, item.key as Node | null);
        buildOrNull(yaml, builder, source, item.value as Node | null);
        builder.close();
      } else buildOrNull(yaml, builder, source, item as Node | null);
    }
    builder.close();
  } else {
    throw new YamlSyntaxError('unexpected YAML node', 0, 'syntax');
  }
}

function buildOrNull(yaml: YamlModule, builder: ValueBuilder, source: string, node: Node | null): void {
  if (node === null || node === undefined) builder.scalar(null, -1, -1, undefined);
  else build(yaml, builder, source, node);
}

function scalar(builder: ValueBuilder, source: string, node: Scalar): void {
  const [start, end] = node.range!;
  const raw = node.source ?? '';
  const type = node.type;
  const stringTag = node.tag === STR_TAG || node.tag === '!' || (node.tag !== undefined && isStringTag(node.tag));
  if (type === 'PLAIN' || type === undefined) {
    // An empty plain scalar (`key:`, `-`) has no text: the builder places it (the fast path gives it no offsets).
    const empty = start === end;
    const value: YScalar = stringTag ? raw : resolvePlain(raw);
    builder.scalar(value, empty ? -1 : start, empty ? -1 : end, node.anchor);
    return;
  }
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    // js-yaml's offsets of a block scalar cover its content, from the line after the `|` / `>` header.
    builder.scalar(raw, afterLineBreak(source, start), blockEnd(source, end), node.anchor);
    return;
  }
  // Quoted: the span includes the quotes, as on the fast path.
  builder.scalar(raw, start, end, node.anchor);
}

/**
 * js-yaml ends a block scalar after its trailing blank lines, at the start of the next line holding anything (a
 * last line of spaces without a line break excluded); `yaml` ends it after its last content line.
 */
function blockEnd(source: string, end: number): number {
  let at = end;
  for (;;) {
    let i = at;
    while (i < source.length && (source.charCodeAt(i) === 0x20 || source.charCodeAt(i) === 0x09)) i++;
    if (i >= source.length) return at;
    const c = source.charCodeAt(i);
    if (c === 0x0a) at = i + 1;
    else if (c === 0x0d) at = source.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
    else return at;
  }
}

function afterLineBreak(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a) return i + 1;
    if (c === 0x0d) return source.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
  }
  return source.length;
}

/**
 * Counts the lexer's tokens that build nodes, without keeping them, and stops as soon as they prove the file over
 * the node budget: more scalars, aliases and flow collections than the budget (each is a node of its own), or more
 * than twice the budget with `-` and `?` entries counted too (each entry is at most one more node). A file under the
 * budget never stops here; one that passes holds few enough tokens for `yaml`'s CST and AST (or js-yaml's events)
 * to stay small. The exact count is the ValueBuilder's.
 */
export function countNodeTokens(source: string, budgets: Budgets): void {
  const limit = budgets.maxNodes;
  let nodes = 0;
  let entries = 0;
  let offset = 0;
  let scalarNext = false;
  for (const token of new (loadYaml().Lexer)().lex(source)) {
    if (scalarNext) {
      scalarNext = false;
      offset += token.length;
      continue;
    }
    switch (token) {
      case '\x1f': // SCALAR: the next token is a plain or block scalar's text
        scalarNext = true;
        nodes++;
        break;
      case '\x02': // DOCUMENT and FLOW_END markers take no room in the source
      case '\x18':
        break;
      case '[':
      case '{':
        nodes++;
        offset += token.length;
        break;
      case '-':
      case '?':
        entries++;
        offset += token.length;
        break;
      default: {
        const c = token.charCodeAt(0);
        if (c === 0x22 || c === 0x27 || c === 0x2a) nodes++; // " ' *
        offset += token.length;
      }
    }
    if (nodes > limit || nodes + entries > 2 * limit) {
      throw new ResourceLimitError('nodes', `more than ${limit.toLocaleString('en-US')} YAML nodes (the node budget; aliases count every node they repeat)`, Math.min(offset, source.length));
    }
  }
}

type Item = CST.BlockMap['items'][number] | CST.BlockSequence['items'][number] | CST.CollectionItem;

/** Nesting depth of the CST, walked with an explicit stack (the composer recurses; this must not). */
function checkDepth(tokens: readonly CST.Token[], budgets: Budgets): void {
  const stack: Array<{ token: CST.Token; depth: number }> = [];
  for (const token of tokens) if (token.type === 'document' && token.value) stack.push({ token: token.value, depth: 0 });
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth + 1 > budgets.maxDepth) {
      throw new ResourceLimitError('depth', `mappings and sequences nest deeper than the ${budgets.maxDepth}-level budget`, token.offset);
    }
    for (const item of token.items as Item[]) {
      if (item.key) stack.push({ token: item.key, depth: depth + 1 });
      if (item.value) stack.push({ token: item.value, depth: depth + 1 });
    }
  }
}

function onlyCommentsAndSpace(source: string): boolean {
  for (const line of source.split(/\r\n|\r|\n/)) {
    const t = line.replace(/^\uFEFF/, '').trim();
    if (t !== '' && !t.startsWith('#')) return false;
  }
  return true;
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return nl < 0 ? message : message.slice(0, nl);
}
