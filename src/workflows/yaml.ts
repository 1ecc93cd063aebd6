/**
 * YAML text → plain JavaScript values with source offsets, built straight from js-yaml's event stream.
 *
 * Why not `yaml`'s parseDocument: it is ~2.5× slower than js-yaml on real workflows, and a scanner that
 * must keep pace with a bare `load` cannot afford a full CST. js-yaml's `parseEvents` gives every node's
 * offsets at ~1.6× the speed of `load`, so we construct the values ourselves and keep a small offset
 * table on each mapping and sequence (under a symbol key, so the values still look and serialise like
 * `load`'s output). Line and column are computed only when a finding is reported.
 *
 * This is the fast path. js-yaml rejects some YAML that GitHub accepts; parse.ts then parses again with the `yaml`
 * package (yaml-fallback.ts), which drives the same ValueBuilder below.
 */
// The CommonJS build, by path: ~2× faster than the ESM build that `exports` would pick (see src/shims/js-yaml-cjs.d.ts).
import { parseEvents, getScalarValue } from '../../node_modules/js-yaml/dist/js-yaml.cjs.js';
import type { Event, ScalarEvent } from 'js-yaml';

const EV_DOCUMENT = 1;
const EV_SEQUENCE = 2;
const EV_MAPPING = 3;
const EV_SCALAR = 4;
const EV_ALIAS = 5;
const EV_POP = 6;
const STYLE_PLAIN = 1;

/** Offsets of a mapping: for each key, [keyStart, keyEnd, valueStart, valueEnd]. */
export interface MapMeta {
  readonly kind: 'map';
  start: number;
  end: number;
  /** The keys in document order: key i's offsets are spans[4i … 4i+3]. Look keys up with keyIndex. */
  readonly keys: string[];
  /** key → index, built on the first lookup in a large mapping (small ones are searched in order). */
  index?: Map<string, number>;
  readonly spans: number[];
}

/** Offsets of a sequence: for each item, [start, end]. */
export interface SeqMeta {
  readonly kind: 'seq';
  start: number;
  end: number;
  readonly spans: number[];
}

export const META: unique symbol = Symbol('token-warden.yaml-meta');

export type YScalar = string | number | boolean | null;
export type YValue = YScalar | YMap | YSeq;
export interface YMap {
  [key: string]: YValue;
  [META]: MapMeta;
}
export interface YSeq extends Array<YValue> {
  [META]: SeqMeta;
}

/** Where a YamlSyntaxError comes from: the YAML parser itself, or the document's structure (keys, aliases, documents). */
export type YamlErrorKind = 'syntax' | 'document';

export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based offset of the problem in the source. */
    readonly offset: number,
    /** `syntax`: the parser rejected the text (the fast path's cue to try the second parser). */
    readonly kind: YamlErrorKind = 'document',
  ) {
    super(message);
    this.name = 'YamlSyntaxError';
  }
}

export type BudgetName = 'bytes' | 'nodes' | 'depth' | 'line-length';

/** A file over one of its work budgets (src/workflows/budgets.ts): not parsed further. */
export class ResourceLimitError extends YamlSyntaxError {
  constructor(
    readonly budget: BudgetName,
    message: string,
    offset: number,
  ) {
    super(message, offset, 'document');
    this.name = 'ResourceLimitError';
  }
}

export function isMap(value: unknown): value is YMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isSeq(value: unknown): value is YSeq {
  return Array.isArray(value);
}

// YAML 1.2 core schema resolution of plain scalars (what GitHub's parser uses: `on` is a string).
const NULL_RE = /^(?:~|null|Null|NULL)?$/;
const BOOL_TRUE_RE = /^(?:true|True|TRUE)$/;
const BOOL_FALSE_RE = /^(?:false|False|FALSE)$/;
const INT_RE = /^[-+]?[0-9]+$/;
const INT_OCT_RE = /^0o[0-7]+$/;
const INT_HEX_RE = /^0x[0-9a-fA-F]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INF_RE = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN_RE = /^\.(?:nan|NaN|NAN)$/;

/** The value of a plain (unquoted, untagged) scalar. Both parse paths resolve plain scalars here. */
export function resolvePlain(text: string): YScalar {
  const first = text.charCodeAt(0);
  // Fast path: most plain scalars start with a letter that cannot begin a null/bool/number.
  if (text.length === 0) return null;
  if (first === 0x7e /* ~ */ || first === 0x6e /* n */ || first === 0x4e /* N */) {
    if (NULL_RE.test(text)) return null;
    return text;
  }
  if (first === 0x74 || first === 0x54 /* t T */) return BOOL_TRUE_RE.test(text) ? true : text;
  if (first === 0x66 || first === 0x46 /* f F */) return BOOL_FALSE_RE.test(text) ? false : text;
  if ((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || first === 0x2e) {
    if (INT_RE.test(text)) return parseInt(text, 10);
    if (INT_OCT_RE.test(text)) return parseInt(text.slice(2), 8);
    if (INT_HEX_RE.test(text)) return parseInt(text.slice(2), 16);
    if (FLOAT_RE.test(text)) return parseFloat(text);
    if (INF_RE.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
    if (NAN_RE.test(text)) return NaN;
  }
  return text;
}

/** Tags that keep a plain scalar a string, as written in the source (`!` is the non-specific tag). */
export function isStringTag(tag: string): boolean {
  return tag === '!!str' || tag === '!' || tag === '!<tag:yaml.org,2002:str>';
}

interface AnchorEntry {
  value: YValue;
  /** Expanded size of the anchored node: nodes, and source characters (aliases inside it expanded). */
  nodes: number;
  chars: number;
  /** True while the anchored collection is being built: an alias to it then would make a cycle. */
  open: boolean;
}

interface Frame {
  value: YMap | YSeq;
  meta: MapMeta | SeqMeta;
  /** For mappings: the pending key, or undefined when the next node is a key. */
  key: string | undefined;
  keyStart: number;
  keyEnd: number;
  anchor: AnchorEntry | undefined;
  /** The builder's counters when this collection was opened (to size it for aliases when it closes). */
  nodesBefore: number;
  repeatedBefore: number;
}

/**
 * Builds values with offset tables from a stream of node events, in document order. Both parse paths (js-yaml's
 * event stream and the `yaml` package's AST) drive this one builder, so they give identical values and spans, and
 * apply the same budgets: nodes built (an alias counts every node it repeats, sized once when its anchor closes),
 * nesting depth, and the text aliases repeat (counted against the byte budget with the file itself).
 */
export class ValueBuilder {
  /** Nodes built so far, aliases expanded. */
  nodes = 0;
  /** Source characters repeated by aliases so far. */
  repeated = 0;
  private readonly stack: Frame[] = [];
  private readonly anchors = new Map<string, AnchorEntry>();
  private root: YValue | undefined;
  private rootSet = false;
  /** Last known offset: where a budget ran out when the node at hand has no text (`key:`). */
  private at = 0;

  constructor(
    private readonly budgets: { readonly maxBytes: number; readonly maxNodes: number; readonly maxDepth: number },
    private readonly sourceLength: number,
  ) {}

  get hasRoot(): boolean {
    return this.rootSet;
  }

  result(): YValue {
    return this.root as YValue;
  }

  openMap(start: number, anchor: string | undefined): void {
    const meta: MapMeta = { kind: 'map', start, end: start, keys: [], spans: [] };
    const value = Object.create(null) as YMap;
    value[META] = meta;
    this.open(value, meta, start, anchor);
  }

  openSeq(start: number, anchor: string | undefined): void {
    const meta: SeqMeta = { kind: 'seq', start, end: start, spans: [] };
    const value = [] as unknown as YSeq;
    value[META] = meta;
    this.open(value, meta, start, anchor);
  }

  private open(value: YMap | YSeq, meta: MapMeta | SeqMeta, start: number, anchor: string | undefined): void {
    if (start >= 0) this.at = start;
    if (this.stack.length >= this.budgets.maxDepth) {
      throw new ResourceLimitError('depth', `mappings and sequences nest deeper than the ${this.budgets.maxDepth}-level budget`, this.at);
    }
    const nodesBefore = this.nodes;
    this.count(1);
    let entry: AnchorEntry | undefined;
    if (anchor !== undefined) {
      entry = { value, nodes: 0, chars: 0, open: true };
      this.anchors.set(anchor, entry);
    }
    this.stack.push({ value, meta, key: undefined, keyStart: -1, keyEnd: -1, anchor: entry, nodesBefore, repeatedBefore: this.repeated });
  }

  scalar(value: YScalar, start: number, end: number, anchor: string | undefined): void {
    if (start >= 0) this.at = start;
    this.count(1);
    if (anchor !== undefined) this.anchors.set(anchor, { value, nodes: 1, chars: start >= 0 ? end - start : 0, open: false });
    this.attach(value, start, end);
  }

  alias(name: string, start: number, end: number): void {
    this.at = start;
    const entry = this.anchors.get(name);
    if (entry === undefined) throw new YamlSyntaxError(`unidentified alias "${name}"`, start);
    if (entry.open) throw new YamlSyntaxError(`alias "${name}" refers to a node that contains it`, start);
    this.count(entry.nodes);
    this.repeated += entry.chars;
    if (this.sourceLength + this.repeated > this.budgets.maxBytes) {
      throw new ResourceLimitError('bytes', `aliases repeat more text than the size budget allows (the file and every alias expansion together, ${this.budgets.maxBytes.toLocaleString('en-US')} bytes)`, start);
    }
    // The alias is where the value is used: report it there, sigil included.
    this.attach(entry.value, start, end);
  }

  close(): void {
    const frame = this.stack.pop();
    if (frame === undefined) return;
    if (frame.meta.kind === 'map' && frame.key !== undefined) {
      // Flow mappings like `{ a }`: a key with no value.
      this.stack.push(frame);
      this.scalar(null, -1, -1, undefined);
      this.stack.pop();
    }
    const anchor = frame.anchor;
    if (anchor !== undefined) {
      anchor.open = false;
      anchor.nodes = this.nodes - frame.nodesBefore;
      anchor.chars = frame.meta.end - frame.meta.start + (this.repeated - frame.repeatedBefore);
    }
    this.attach(frame.value, frame.meta.start, frame.meta.end);
  }

  private count(n: number): void {
    this.nodes += n;
    if (this.nodes > this.budgets.maxNodes) {
      throw new ResourceLimitError('nodes', `more than ${this.budgets.maxNodes.toLocaleString('en-US')} YAML nodes (the node budget; aliases count every node they repeat)`, this.at);
    }
  }

  // Attaches a finished node to its parent (or makes it the root).
  private attach(value: YValue, start: number, end: number): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) {
      this.root = value;
      this.rootSet = true;
      return;
    }
    if (top.meta.kind === 'seq') {
      (top.value as YSeq).push(value);
      // An empty item (`-` alone) has no text: place it where the sequence has got to.
      if (start < 0) top.meta.spans.push(top.meta.end, top.meta.end);
      else top.meta.spans.push(start, end);
      if (end > top.meta.end) top.meta.end = end;
      return;
    }
    const map = top.value as YMap;
    const meta = top.meta;
    if (top.key === undefined) {
      // This node is a key. Non-scalar keys are legal YAML but meaningless in workflows: stringify.
      const key = value === null ? 'null' : typeof value === 'object' ? JSON.stringify(value) : String(value);
      // An empty key (`? ` alone, `{: v}`) has no text: place it where the mapping has got to.
      const ks = start < 0 ? meta.end : start;
      if (Object.prototype.hasOwnProperty.call(map, key)) {
        throw new YamlSyntaxError(`duplicated mapping key "${key}"`, ks);
      }
      top.key = key;
      top.keyStart = ks;
      top.keyEnd = start < 0 ? meta.end : end;
      return;
    }
    const key = top.key;
    // A value with no text (`key:`) has no offsets: place it at the end of its key.
    const vs = start < 0 ? top.keyEnd : start;
    const ve = end < 0 ? top.keyEnd : end;
    meta.keys.push(key);
    meta.spans.push(top.keyStart, top.keyEnd, vs, ve);
    if (ve > meta.end) meta.end = ve;
    if (key === '__proto__') Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
    else map[key] = value;
    top.key = undefined;
  }
}

function scalarValue(source: string, ev: ScalarEvent): YScalar {
  const raw = ev.fast ? source.slice(ev.valueStart, ev.valueEnd) : ev.valueStart < 0 ? '' : getScalarValue(source, ev);
  if (ev.style !== STYLE_PLAIN) return raw;
  if (ev.tagStart >= 0 && isStringTag(source.slice(ev.tagStart, ev.tagEnd))) return raw;
  return resolvePlain(raw);
}

function scalarStart(ev: ScalarEvent): number {
  if (ev.valueStart < 0) return -1;
  // Quoted scalars: include the opening quote so the column points at the value as written.
  return ev.style === 2 || ev.style === 3 ? ev.valueStart - 1 : ev.valueStart;
}

function scalarEnd(ev: ScalarEvent): number {
  if (ev.valueEnd < 0) return -1;
  return ev.style === 2 || ev.style === 3 ? ev.valueEnd + 1 : ev.valueEnd;
}

/** js-yaml's anchor offsets cover the name without its `&` / `*` sigil. */
function anchorName(source: string, start: number, end: number): string | undefined {
  return start < 0 ? undefined : source.slice(start, end);
}

export interface ParsedYaml {
  root: YValue;
  /** Nodes built, aliases expanded. */
  nodes: number;
  /** Source characters repeated by aliases. */
  repeated: number;
}

/**
 * The fast path: js-yaml's event stream into values with offset tables. Throws YamlSyntaxError (with an offset) for
 * invalid YAML (`kind: 'syntax'`), several documents, an empty document, a duplicated mapping key or a bad alias
 * (`kind: 'document'`), and ResourceLimitError past a budget. Use parseYaml (parse.ts): it adds the text budgets
 * and the second parser.
 */
export function parseYamlFast(
  source: string,
  budgets: { readonly maxBytes: number; readonly maxNodes: number; readonly maxDepth: number },
  filename?: string,
): ParsedYaml {
  let events: Event[];
  try {
    // js-yaml counts every node level, scalars included, and stops when one reaches maxDepth: `maxDepth + 2` lets
    // a scalar sit inside a collection at the deepest allowed level, so its error means a collection is too deep.
    events = parseEvents(source, filename === undefined ? { maxDepth: budgets.maxDepth + 2 } : { filename, maxDepth: budgets.maxDepth + 2 });
  } catch (error) {
    const e = error as { reason?: string; message?: string; mark?: { position?: number } };
    const reason = e.reason ?? firstLine(e.message ?? String(error));
    const offset = e.mark?.position ?? 0;
    if (/exceeded maxDepth/.test(reason)) {
      throw new ResourceLimitError('depth', `mappings and sequences nest deeper than the ${budgets.maxDepth}-level budget`, offset);
    }
    throw new YamlSyntaxError(reason, offset, 'syntax');
  }

  const builder = new ValueBuilder(budgets, source.length);
  let documents = 0;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    switch (ev.type) {
      case EV_DOCUMENT:
        documents++;
        if (documents > 1) throw new YamlSyntaxError('several YAML documents in one file', offsetOfSecondDocument(source));
        break;
      case EV_SCALAR:
        builder.scalar(scalarValue(source, ev), scalarStart(ev), scalarEnd(ev), anchorName(source, ev.anchorStart, ev.anchorEnd));
        break;
      case EV_MAPPING:
        builder.openMap(ev.start, anchorName(source, ev.anchorStart, ev.anchorEnd));
        break;
      case EV_SEQUENCE:
        builder.openSeq(ev.start, anchorName(source, ev.anchorStart, ev.anchorEnd));
        break;
      case EV_ALIAS:
        builder.alias(source.slice(ev.anchorStart, ev.anchorEnd), ev.anchorStart - 1, ev.anchorEnd);
        break;
      case EV_POP:
        builder.close(); // the end of the document pops nothing
        break;
    }
  }
  if (!builder.hasRoot || documents === 0) throw new YamlSyntaxError(EMPTY_FILE, 0);
  return { root: builder.result(), nodes: builder.nodes, repeated: builder.repeated };
}

/** The message of an empty file (nothing but comments and white space). */
export const EMPTY_FILE = 'the file is empty';

function offsetOfSecondDocument(source: string): number {
  const match = /^---/m.exec(source.slice(1));
  return match ? match.index + 1 : 0;
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return nl < 0 ? message : message.slice(0, nl);
}

// ---- offset helpers for rules ----

/** Below this many keys a mapping is searched in order; a larger one gets a Map on its first lookup. */
const LINEAR_KEYS = 16;

/** The position of `key` among the mapping's keys (its offsets are spans[4i … 4i+3]), or undefined when absent. */
export function keyIndex(meta: MapMeta, key: string): number | undefined {
  const keys = meta.keys;
  if (keys.length <= LINEAR_KEYS) {
    const i = keys.indexOf(key);
    return i < 0 ? undefined : i;
  }
  if (meta.index === undefined) {
    const index = new Map<string, number>();
    for (let i = 0; i < keys.length; i++) index.set(keys[i]!, i);
    meta.index = index;
  }
  return meta.index.get(key);
}

export type Span = readonly [number, number];

/** Offsets of `key` itself inside `map`, or undefined when absent. */
export function keySpan(map: YMap, key: string): Span | undefined {
  const meta = map[META];
  const i = keyIndex(meta, key);
  if (i === undefined) return undefined;
  return [meta.spans[i * 4]!, meta.spans[i * 4 + 1]!];
}

/** Offsets of the value under `key`, or undefined when absent. */
export function valueSpan(map: YMap, key: string): Span | undefined {
  const meta = map[META];
  const i = keyIndex(meta, key);
  if (i === undefined) return undefined;
  return [meta.spans[i * 4 + 2]!, meta.spans[i * 4 + 3]!];
}

/** From the start of `key` to the end of its value. */
export function entrySpan(map: YMap, key: string): Span | undefined {
  const meta = map[META];
  const i = keyIndex(meta, key);
  if (i === undefined) return undefined;
  return [meta.spans[i * 4]!, meta.spans[i * 4 + 3]!];
}

export function itemSpan(seq: YSeq, index: number): Span {
  const spans = seq[META].spans;
  return [spans[index * 2]!, spans[index * 2 + 1]!];
}

export function nodeSpan(node: YMap | YSeq): Span {
  const meta = node[META];
  return [meta.start, meta.end];
}

/** Looks up a key case-sensitively; GitHub's workflow keys are case-sensitive. */
export function get(map: YMap, key: string): YValue | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}
