/**
 * `${{ }}` expressions: found in every string value, parsed with GitHub's own expression parser
 * (@actions/expressions), and summarised for the rules that care about secrets and the token.
 */
import { Lexer, Parser } from '@actions/expressions';
import { isSeq, keyIndex, META, type Span, type YMap, type YSeq, type YValue } from './yaml.js';
import { pathSegment, type PathSegment } from './paths.js';
import { indexOfWithin } from './lines.js';
import { ownString } from '../model/own-string.js';

/** What one expression does with secrets and the token. */
export interface ExpressionAnalysis {
  /** Secret names read with a literal name: `secrets.X`, `secrets['X']` (as written). */
  secretNames: string[];
  /** The whole `secrets` context escapes: `toJSON(secrets)`, `format('{0}', secrets)`, a bare `secrets`. */
  wholeSecrets: boolean;
  /** `secrets[<non-literal>]`: the secret is chosen at run time. */
  dynamicSecretIndex: boolean;
  /** Secrets passed through `fromJSON`/`fromJson`: parsed values escape log masking. */
  fromJsonSecrets: string[];
  /** `github.token` or `secrets.GITHUB_TOKEN`. */
  githubToken: boolean;
  /**
   * Secrets (by name, as written) whose value can become the expression's value, not merely be tested by it:
   * `secrets.X`, `format('{0}', secrets.X)`, `secrets.X || 'y'` carry X; `secrets.X != ''` or `secrets.X && 'y'` do
   * not. `GITHUB_TOKEN` included.
   */
  valueSecrets: string[];
  /** The token can become the value (`github.token`, `secrets.GITHUB_TOKEN`, in the same positions). */
  valueGithubToken: boolean;
  /** The whole `github` context becomes the value (`toJSON(github)`), and with it `github.token`. */
  valueGithubContext: boolean;
  /** False when the expression did not parse and a textual fallback was used. */
  parsed: boolean;
}

export interface ExpressionOccurrence {
  /** The text between `${{` and `}}`, trimmed. */
  inner: string;
  /** Offsets of `${{ … }}` inside the string it was found in. */
  start: number;
  end: number;
}

/** Finds every `${{ … }}` in a string; `}}` inside single-quoted literals does not end an expression. */
export function findExpressions(value: string): ExpressionOccurrence[] {
  const out: ExpressionOccurrence[] = [];
  let from = value.indexOf('${{');
  while (from >= 0) {
    let i = from + 3;
    let inString = false;
    let end = -1;
    for (; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c === 0x27 /* ' */) {
        // '' is an escaped quote inside a string literal
        if (inString && value.charCodeAt(i + 1) === 0x27) i++;
        else inString = !inString;
      } else if (!inString && c === 0x7d /* } */ && value.charCodeAt(i + 1) === 0x7d) {
        end = i + 2;
        break;
      }
    }
    if (end < 0) break; // unterminated: GitHub would reject the file; nothing more to find
    out.push({ inner: value.slice(from + 3, end - 2).trim(), start: from, end });
    from = value.indexOf('${{', end);
  }
  return out;
}

const CONTEXTS = ['github', 'env', 'vars', 'secrets', 'inputs', 'job', 'jobs', 'steps', 'runner', 'strategy', 'matrix', 'needs'];
const EXTENSION_FUNCTIONS = [
  { name: 'success', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
  { name: 'failure', minArgs: 0, maxArgs: 255 },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
];

// Minimal structural view of @actions/expressions' AST (its classes are not exported one by one).
export interface AstNode {
  name?: { lexeme: string };
  functionName?: { lexeme: string };
  args?: AstNode[];
  expr?: AstNode;
  index?: AstNode;
  group?: AstNode;
  left?: AstNode;
  right?: AstNode;
  literal?: { value: unknown; kind: number };
  token?: { type: number };
  operator?: { type: number; lexeme?: string };
}

// @actions/expressions TokenType values for the operators that matter to value flow.
const TOKEN_AND = 14;
const TOKEN_OR = 15;

/** TokenType values of the operators conditions are read by (see @actions/expressions' lexer). */
export const OPERATOR = { BANG: 7, NOT_EQUAL: 8, EQUAL: 9, AND: TOKEN_AND, OR: TOKEN_OR } as const;

/**
 * Parses an expression (the text inside `${{ }}`, or a bare `if:` condition) with GitHub's own parser; undefined when
 * GitHub would reject it.
 */
export function parseExpressionAst(inner: string): AstNode | undefined {
  try {
    return new Parser(new Lexer(inner).lex().tokens, CONTEXTS, EXTENSION_FUNCTIONS).parse() as unknown as AstNode;
  } catch {
    return undefined;
  }
}

function contextName(node: AstNode | undefined): string | undefined {
  return node?.name ? node.name.lexeme.toLowerCase() : undefined;
}

/** `secrets.X` / `secrets['X']` → X; undefined for anything else. */
function literalSecretName(node: AstNode): string | undefined {
  if (node.expr && node.index && contextName(node.expr) === 'secrets' && node.index.literal && typeof node.index.literal.value === 'string') {
    return node.index.literal.value;
  }
  return undefined;
}

function analyseAst(root: AstNode, out: ExpressionAnalysis): void {
  const visit = (node: AstNode | undefined): void => {
    if (!node) return;
    if (node.name) {
      // A bare context access reached here was not consumed by an index: the whole context escapes.
      if (contextName(node) === 'secrets') out.wholeSecrets = true;
      return;
    }
    if (node.expr && node.index) {
      if (contextName(node.expr) === 'secrets') {
        const name = literalSecretName(node);
        if (name !== undefined) {
          out.secretNames.push(name);
          if (name.toUpperCase() === 'GITHUB_TOKEN') out.githubToken = true;
        } else {
          out.dynamicSecretIndex = true;
          visit(node.index);
        }
        return;
      }
      if (contextName(node.expr) === 'github' && node.index.literal && String(node.index.literal.value).toLowerCase() === 'token') {
        out.githubToken = true;
        return;
      }
      visit(node.expr);
      visit(node.index);
      return;
    }
    if (node.functionName) {
      const fn = node.functionName.lexeme.toLowerCase();
      if (fn === 'fromjson') {
        for (const arg of node.args ?? []) {
          const name = literalSecretName(arg);
          if (name !== undefined) out.fromJsonSecrets.push(name);
        }
      }
      for (const arg of node.args ?? []) visit(arg);
      return;
    }
    visit(node.group);
    visit(node.expr);
    visit(node.left);
    visit(node.right);
    for (const arg of node.args ?? []) visit(arg);
  };
  visit(root);
}

/** Functions whose result is a boolean or a hash: no argument's value flows into it. */
const NON_VALUE_FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'hashfiles', 'success', 'always', 'failure', 'cancelled']);

/** `.*` in a path, or an index computed at run time: any element. */
export const ANY_SEGMENT = '*';

/**
 * The context paths whose value can become the expression's value, segments as written (`github.event.issue.title`
 * → ['github', 'event', 'issue', 'title']; `.*` and computed indexes are `*`). Comparisons and `!` yield booleans;
 * `a && b` yields b unless a is falsy, so only b flows; `a || b`, groupings, indexes into a value and other functions
 * (`format`, `join`, `toJSON`, `fromJSON`, `case` …) pass their operands through: `fromJSON(secrets.X).y` is
 * ['secrets', 'X', 'y'], `(a || b).n` is a.n and b.n.
 */
function valuePathsOfAst(root: AstNode): string[][] {
  const paths = (node: AstNode | undefined): string[][] => {
    if (!node) return [];
    if (node.name) return [[node.name.lexeme]];
    if (node.expr && node.index) {
      const base = paths(node.expr);
      if (base.length === 0) return [];
      const literal = node.index.literal?.value;
      const segment = typeof literal === 'string' || typeof literal === 'number' ? String(literal) : ANY_SEGMENT;
      return base.map((p) => [...p, segment]);
    }
    if (node.functionName) {
      if (NON_VALUE_FUNCTIONS.has(node.functionName.lexeme.toLowerCase())) return [];
      return (node.args ?? []).flatMap(paths);
    }
    if (node.group) return paths(node.group);
    if (node.left || node.right) return []; // a comparison: a boolean
    if (node.operator && node.expr) return []; // `!x`: a boolean
    if (node.operator && node.args) {
      if (node.operator.type === TOKEN_AND) return paths(node.args[node.args.length - 1]);
      if (node.operator.type === TOKEN_OR) return node.args.flatMap(paths);
    }
    return []; // a literal
  };
  return paths(root);
}

/** What of secrets and the token can become the value (see valuePathsOfAst). */
function analyseValueFlow(root: AstNode, out: ExpressionAnalysis): void {
  for (const path of valuePathsOfAst(root)) {
    const context = path[0]!.toLowerCase();
    if (context === 'github') {
      if (path.length === 1) out.valueGithubContext = true;
      else if (path[1]!.toLowerCase() === 'token') out.valueGithubToken = true;
      // github.event… is a part of the context without the token
    } else if (context === 'secrets' && path.length > 1 && path[1] !== ANY_SEGMENT) {
      out.valueSecrets.push(path[1]!);
      if (path[1]!.toUpperCase() === 'GITHUB_TOKEN') out.valueGithubToken = true;
    }
  }
}

const SECRET_DOT_RE = /\bsecrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*'([^']*)'\s*\]|(\[))/gi;
const GITHUB_TOKEN_RE = /\bgithub\s*(?:\.\s*token\b|\[\s*'token'\s*\])/i;

/** Textual fallback for expressions GitHub's parser rejects (they still reach the runner in some forms). */
function analyseText(inner: string, out: ExpressionAnalysis): void {
  for (const m of inner.matchAll(SECRET_DOT_RE)) {
    const name = m[1] ?? m[2];
    if (name !== undefined) {
      out.secretNames.push(name);
      if (name.toUpperCase() === 'GITHUB_TOKEN') out.githubToken = true;
    } else out.dynamicSecretIndex = true;
  }
  if (/\bsecrets\b(?!\s*[.[])/i.test(inner)) out.wholeSecrets = true;
  for (const m of inner.matchAll(/\bfromjson\s*\(\s*secrets\s*\.\s*([A-Za-z_][\w-]*)/gi)) out.fromJsonSecrets.push(m[1]!);
  if (GITHUB_TOKEN_RE.test(inner)) out.githubToken = true;
  // Without a parse tree, every mention is taken to flow.
  out.valueSecrets.push(...out.secretNames);
  out.valueGithubToken = out.githubToken;
  out.valueGithubContext = /\btojson\s*\(\s*github\s*\)/i.test(inner);
}

/** True when an expression is worth parsing for the secret/token rules (cheap pre-filter). */
export function mentionsSecretsOrToken(inner: string): boolean {
  const lower = inner.toLowerCase();
  return lower.includes('secrets') || lower.includes('token');
}

export function analyseExpression(inner: string): ExpressionAnalysis {
  const out: ExpressionAnalysis = {
    secretNames: [],
    wholeSecrets: false,
    dynamicSecretIndex: false,
    fromJsonSecrets: [],
    githubToken: false,
    valueSecrets: [],
    valueGithubToken: false,
    valueGithubContext: false,
    parsed: true,
  };
  try {
    const tokens = new Lexer(inner).lex().tokens;
    const ast = new Parser(tokens, CONTEXTS, EXTENSION_FUNCTIONS).parse() as unknown as AstNode;
    analyseAst(ast, out);
    analyseValueFlow(ast, out);
  } catch {
    out.parsed = false;
    out.secretNames.length = 0;
    out.fromJsonSecrets.length = 0;
    out.valueSecrets.length = 0;
    out.wholeSecrets = out.dynamicSecretIndex = out.githubToken = out.valueGithubToken = out.valueGithubContext = false;
    analyseText(inner, out);
  }
  return out;
}

/**
 * Analyses shared across the files of a scan: the same few hundred expressions (`secrets.GITHUB_TOKEN`,
 * `github.token` …) recur in every workflow, and an analysis depends on the text alone. Frozen, so no caller can
 * change what another file sees; bounded, so a hostile scan cannot grow it without limit.
 */
const SHARED_ANALYSES = new Map<string, ExpressionAnalysis>();
const SHARED_ANALYSES_MAX = 20_000;

function sharedAnalysis(inner: string): ExpressionAnalysis {
  let a = SHARED_ANALYSES.get(inner);
  if (!a) {
    // Kept across files: the key and the names cut from it must not hold on to this file's text.
    inner = ownString(inner);
    const fresh = analyseExpression(inner);
    Object.freeze(fresh.secretNames);
    Object.freeze(fresh.fromJsonSecrets);
    Object.freeze(fresh.valueSecrets);
    a = Object.freeze(fresh);
    if (SHARED_ANALYSES.size >= SHARED_ANALYSES_MAX) SHARED_ANALYSES.clear();
    SHARED_ANALYSES.set(inner, a);
  }
  return a;
}

/** The context paths an expression's value can come from (see valuePathsOfAst); `parsed` false for the textual fallback. */
export interface ValuePaths {
  paths: ReadonlyArray<readonly string[]>;
  parsed: boolean;
}

const CONTEXT_MENTION_RE = new RegExp(`\\b(?:${CONTEXTS.join('|')})(?:\\s*(?:\\.\\s*[\\w*-]+|\\[\\s*'[^']*'\\s*\\]|\\[[^\\]]*\\]))+`, 'gi');

/** Without a parse tree, every context mentioned is taken to flow into the value. */
function valuePathsOfText(inner: string): string[][] {
  return [...inner.matchAll(CONTEXT_MENTION_RE)].map((m) =>
    [...m[0].matchAll(/^(\w+)|\.\s*([\w*-]+)|\[\s*'([^']*)'\s*\]|(\[)/g)].map((s) => s[1] ?? s[2] ?? s[3] ?? ANY_SEGMENT),
  );
}

const SHARED_PATHS = new Map<string, ValuePaths>();

/** The context paths whose value can become the value of `inner` (the text inside `${{ }}`). Cached across files. */
export function expressionValuePaths(inner: string): ValuePaths {
  let hit = SHARED_PATHS.get(inner);
  if (!hit) {
    inner = ownString(inner); // kept across files (see ownString)
    try {
      const tokens = new Lexer(inner).lex().tokens;
      const ast = new Parser(tokens, CONTEXTS, EXTENSION_FUNCTIONS).parse() as unknown as AstNode;
      hit = { paths: valuePathsOfAst(ast), parsed: true };
    } catch {
      hit = { paths: valuePathsOfText(inner), parsed: false };
    }
    Object.freeze(hit.paths);
    if (SHARED_PATHS.size >= SHARED_ANALYSES_MAX) SHARED_PATHS.clear();
    SHARED_PATHS.set(inner, Object.freeze(hit));
  }
  return hit;
}

/** One interesting expression and where it is. */
export interface ExpressionRef {
  inner: string;
  /** Absolute offsets of `${{ … }}` in the file (the containing value's offsets when it cannot be pinned down). */
  span: Span;
  /** Stable path to the containing value, e.g. ['jobs','build','steps','id=deploy','env','TOKEN']. */
  path: PathSegment[];
  /** The mapping or sequence that holds the value, and its key/index there. */
  container: YMap | YSeq;
  key: string | number;
  analysis: ExpressionAnalysis;
}

/** All expressions of one file that mention secrets or the token, computed on first use. */
export class ExpressionIndex {
  private refs: ExpressionRef[] | undefined;
  private readonly cache = new Map<string, ExpressionAnalysis>();
  /** Nodes the walk visited (what an alias repeats, once per use): the nodes the parser built. A work counter. */
  visited = 0;

  constructor(
    private readonly text: string,
    private readonly root: YMap,
  ) {}

  analyse(inner: string): ExpressionAnalysis {
    let a = this.cache.get(inner);
    if (!a) {
      a = sharedAnalysis(inner);
      this.cache.set(inner, a);
    }
    return a;
  }

  all(): readonly ExpressionRef[] {
    if (!this.refs) {
      this.refs = [];
      this.visited = 1; // the root; the walk counts every item, key and value under it
      this.walk(this.root, []);
    }
    return this.refs;
  }

  /** Expressions found in `value` (a string held at container[key]), with absolute spans. */
  inValue(container: YMap | YSeq, key: string | number, path: PathSegment[]): ExpressionRef[] {
    const value = (container as Record<string | number, YValue>)[key];
    if (typeof value !== 'string' || !value.includes('${{')) return [];
    const span = valueSpanOf(container, key);
    const out: ExpressionRef[] = [];
    let searchFrom = span[0];
    let searching = true;
    for (const occ of findExpressions(value)) {
      if (!mentionsSecretsOrToken(occ.inner)) continue;
      const raw = value.slice(occ.start, occ.end);
      // Pin the expression down in the source; block scalars and plain text contain it verbatim. One that is not
      // there (escapes in a quoted scalar, folding) ends the search: the rest keep the value's span, and the search
      // stays within the value, so it costs the value's length at most.
      let abs: Span = span;
      if (searching) {
        const at = indexOfWithin(this.text, raw, searchFrom, span[1]);
        if (at >= 0) {
          abs = [at, at + raw.length];
          searchFrom = at + raw.length;
        } else searching = false;
      }
      out.push({ inner: occ.inner, span: abs, path, container, key, analysis: this.analyse(occ.inner) });
    }
    return out;
  }

  /** Adds the expressions of one value (one by one: a value can hold more than a spread's arguments may). */
  private collect(container: YMap | YSeq, key: string | number, stack: ReadonlyArray<PathSegment | LazySegment>, last: PathSegment): void {
    for (const ref of this.inValue(container, key, [...resolve(stack), last])) this.refs!.push(ref);
  }

  /**
   * Walks every string value. The path is a shared stack, and sequence items are named (pathSegment) only when an
   * expression is found under them: most values hold none, and naming costs more than the walk.
   */
  private walk(node: YMap | YSeq, stack: Array<PathSegment | LazySegment>): void {
    if (isSeq(node)) {
      for (let i = 0; i < node.length; i++) {
        this.visited++;
        const item = node[i];
        if (typeof item === 'string') {
          if (item.includes('${{')) this.collect(node, i, stack, i);
        } else if (item !== null && typeof item === 'object') {
          stack.push({ seq: node, index: i });
          this.walk(item, stack);
          stack.pop();
        }
      }
      return;
    }
    for (const key of Object.keys(node)) {
      this.visited += 2; // the key and its value
      const value = node[key];
      if (typeof value === 'string') {
        if (value.includes('${{')) this.collect(node, key, stack, key);
      } else if (value !== null && typeof value === 'object') {
        stack.push(key);
        this.walk(value, stack);
        stack.pop();
      }
    }
  }
}

interface LazySegment {
  seq: YSeq;
  index: number;
  /** pathSegment(seq, index), once asked for: every expression under the item shares it. */
  resolved?: PathSegment;
}

function resolve(stack: ReadonlyArray<PathSegment | LazySegment>): PathSegment[] {
  return stack.map((s) => (typeof s === 'object' ? (s.resolved ??= pathSegment(s.seq, s.index)) : s));
}

function valueSpanOf(container: YMap | YSeq, key: string | number): Span {
  const meta = container[META];
  if (meta.kind === 'seq') {
    const i = key as number;
    return [meta.spans[i * 2]!, meta.spans[i * 2 + 1]!];
  }
  const i = keyIndex(meta, key as string)!;
  return [meta.spans[i * 4 + 2]!, meta.spans[i * 4 + 3]!];
}

