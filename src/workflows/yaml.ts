/**
 * YAML text → plain JavaScript values with source offsets, built straight from js-yaml's event stream.
 *
 * Why not `yaml`'s parseDocument: it is ~2.5× slower than js-yaml on real workflows, and a scanner that
 * must keep pace with a bare `load` cannot afford a full CST. js-yaml's `parseEvents` gives every node's
 * offsets at ~1.6× the speed of `load`, so we construct the values ourselves and keep a small offset
 * table on each mapping and sequence (under a symbol key, so the values still look and serialise like
 * `load`'s output). Line and column are computed only when a finding is reported.
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
  /** key → index into `spans` / 4. Null-prototype object. */
  readonly keys: Record<string, number>;
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

export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based offset of the problem in the source. */
    readonly offset: number,
  ) {
    super(message);
    this.name = 'YamlSyntaxError';
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

function resolvePlain(text: string): YScalar {
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

function scalarValue(source: string, ev: ScalarEvent): YScalar {
  const raw = ev.fast ? source.slice(ev.valueStart, ev.valueEnd) : ev.valueStart < 0 ? '' : getScalarValue(source, ev);
  if (ev.style !== STYLE_PLAIN) return raw;
  if (ev.tagStart >= 0) {
    const tag = source.slice(ev.tagStart, ev.tagEnd);
    if (tag === '!!str' || tag === '!') return raw;
  }
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

interface Frame {
  value: YMap | YSeq;
  meta: MapMeta | SeqMeta;
  /** For mappings: the pending key, or undefined when the next node is a key. */
  key: string | undefined;
  keyStart: number;
  keyEnd: number;
}

/** js-yaml's anchor offsets cover the name without its `&` / `*` sigil. */
function anchorName(source: string, start: number, end: number): string {
  return source.slice(start, end);
}

/**
 * Parses one YAML document into values with offset tables.
 * Throws YamlSyntaxError (with an offset) for invalid YAML, several documents, an empty document,
 * or a duplicated mapping key.
 */
export function parseYaml(source: string, filename?: string): YValue {
  let events: Event[];
  try {
    events = parseEvents(source, filename === undefined ? {} : { filename });
  } catch (error) {
    const e = error as { reason?: string; message?: string; mark?: { position?: number } };
    throw new YamlSyntaxError(e.reason ?? firstLine(e.message ?? String(error)), e.mark?.position ?? 0);
  }

  const stack: Frame[] = [];
  const anchors = new Map<string, YValue>();
  let documents = 0;
  let root: YValue | undefined;
  let rootSet = false;

  // Attaches a finished node to its parent (or makes it the root).
  const attach = (value: YValue, start: number, end: number): void => {
    const top = stack[stack.length - 1];
    if (top === undefined) {
      root = value;
      rootSet = true;
      return;
    }
    if (top.meta.kind === 'seq') {
      (top.value as YSeq).push(value);
      top.meta.spans.push(start, end);
      if (end > top.meta.end) top.meta.end = end;
      return;
    }
    const map = top.value as YMap;
    const meta = top.meta;
    if (top.key === undefined) {
      // This node is a key. Non-scalar keys are legal YAML but meaningless in workflows: stringify.
      const key = value === null ? 'null' : typeof value === 'object' ? JSON.stringify(value) : String(value);
      if (Object.prototype.hasOwnProperty.call(meta.keys, key)) {
        throw new YamlSyntaxError(`duplicated mapping key "${key}"`, start);
      }
      top.key = key;
      top.keyStart = start;
      top.keyEnd = end;
      return;
    }
    const key = top.key;
    // A value with no text (`key:`) has no offsets: place it at the end of its key.
    const vs = start < 0 ? top.keyEnd : start;
    const ve = end < 0 ? top.keyEnd : end;
    meta.keys[key] = meta.spans.length >> 2;
    meta.spans.push(top.keyStart, top.keyEnd, vs, ve);
    if (ve > meta.end) meta.end = ve;
    if (key === '__proto__') Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
    else map[key] = value;
    top.key = undefined;
  };

  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    switch (ev.type) {
      case EV_DOCUMENT:
        documents++;
        if (documents > 1) throw new YamlSyntaxError('several YAML documents in one file', offsetOfSecondDocument(source));
        break;
      case EV_SCALAR: {
        const value = scalarValue(source, ev);
        if (ev.anchorStart >= 0) anchors.set(anchorName(source, ev.anchorStart, ev.anchorEnd), value);
        attach(value, scalarStart(ev), scalarEnd(ev));
        break;
      }
      case EV_MAPPING: {
        const meta: MapMeta = { kind: 'map', start: ev.start, end: ev.start, keys: Object.create(null), spans: [] };
        const value = {} as YMap;
        value[META] = meta;
        if (ev.anchorStart >= 0) anchors.set(anchorName(source, ev.anchorStart, ev.anchorEnd), value);
        stack.push({ value, meta, key: undefined, keyStart: -1, keyEnd: -1 });
        break;
      }
      case EV_SEQUENCE: {
        const meta: SeqMeta = { kind: 'seq', start: ev.start, end: ev.start, spans: [] };
        const value = [] as unknown as YSeq;
        value[META] = meta;
        if (ev.anchorStart >= 0) anchors.set(anchorName(source, ev.anchorStart, ev.anchorEnd), value);
        stack.push({ value, meta, key: undefined, keyStart: -1, keyEnd: -1 });
        break;
      }
      case EV_ALIAS: {
        const name = anchorName(source, ev.anchorStart, ev.anchorEnd);
        if (!anchors.has(name)) throw new YamlSyntaxError(`unidentified alias "${name}"`, ev.anchorStart - 1);
        // The alias is where the value is used: report it there, sigil included.
        attach(anchors.get(name)!, ev.anchorStart - 1, ev.anchorEnd);
        break;
      }
      case EV_POP: {
        const frame = stack.pop();
        if (frame === undefined) break; // end of document
        if (frame.meta.kind === 'map' && frame.key !== undefined) {
          // Flow mappings like `{ a }`: a key with no value.
          stack.push(frame);
          attach(null, -1, -1);
          stack.pop();
        }
        attach(frame.value, frame.meta.start, frame.meta.end);
        break;
      }
    }
  }
  if (!rootSet || documents === 0) throw new YamlSyntaxError('the file is empty', 0);
  return root as YValue;
}

function offsetOfSecondDocument(source: string): number {
  const match = /^---/m.exec(source.slice(1));
  return match ? match.index + 1 : 0;
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return nl < 0 ? message : message.slice(0, nl);
}

// ---- offset helpers for rules ----

export type Span = readonly [number, number];

/** Offsets of `key` itself inside `map`, or undefined when absent. */
export function keySpan(map: YMap, key: string): Span | undefined {
  const meta = map[META];
  const i = meta.keys[key];
  if (i === undefined) return undefined;
  return [meta.spans[i * 4]!, meta.spans[i * 4 + 1]!];
}

/** Offsets of the value under `key`, or undefined when absent. */
export function valueSpan(map: YMap, key: string): Span | undefined {
  const meta = map[META];
  const i = meta.keys[key];
  if (i === undefined) return undefined;
  return [meta.spans[i * 4 + 2]!, meta.spans[i * 4 + 3]!];
}

/** From the start of `key` to the end of its value. */
export function entrySpan(map: YMap, key: string): Span | undefined {
  const meta = map[META];
  const i = meta.keys[key];
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
