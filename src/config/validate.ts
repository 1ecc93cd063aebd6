/**
 * Validating a small hand-written YAML file (configuration, token registry) against a zod schema, with
 * every error pinned to file:line:column and the key, and "did you mean" for misspelt keys and values.
 */
import { isMap as isYamlMap, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type * as z from 'zod';
import { didYouMean } from '../model/suggest.js';
import { ConfigError, formatIssue, type ValidationIssue } from './validate-error.js';

export { ConfigError, formatIssue, type ValidationIssue };

type Path = ReadonlyArray<PropertyKey>;

/** The node at `path`, or the deepest existing ancestor. With `asKey`, the key node of the last segment. */
function locate(doc: Document, path: Path, asKey: boolean): YamlNode | undefined {
  let node: unknown = doc.contents;
  let last: unknown = node;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isYamlMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (asKey && i === path.length - 1) return pair.key as YamlNode;
      node = pair.value ?? pair.key;
    } else if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items)) {
      const item = (node as { items: unknown[] }).items[Number(seg)];
      if (item === undefined) break;
      node = item;
    } else break;
    last = node;
  }
  return (last ?? doc.contents) as YamlNode | undefined;
}

function keyName(path: Path): string {
  return path.map(String).join('.');
}

/** Turns a zod error into positioned issues, one per problem. */
/** True when the parsed data has a value (even null) at `path`. */
function present(data: unknown, path: Path): boolean {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg as PropertyKey)) return false;
    cur = (cur as Record<PropertyKey, unknown>)[seg as PropertyKey];
  }
  return true;
}

function issuesFrom(error: z.ZodError, doc: Document, counter: LineCounter, file: string, knownKeys: (path: Path) => string[], data: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const at = (node: YamlNode | undefined): { line: number; column: number } => {
    const offset = node?.range?.[0] ?? 0;
    const pos = counter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const visit = (issues: readonly z.core.$ZodIssue[]): void => {
    for (const issue of issues) {
      const path = issue.path as Path;
      if (issue.code === 'unrecognized_keys') {
        const known = knownKeys(path);
        for (const key of issue.keys) {
          out.push({ file, ...at(locate(doc, [...path, key], true)), key: keyName([...path, key]), message: `unknown key${didYouMean(key, known)}` });
        }
        continue;
      }
      if (issue.code === 'invalid_key') {
        const key = String(path[path.length - 1] ?? '');
        const values = (issue.issues[0] as { values?: unknown[] } | undefined)?.values?.map(String) ?? [];
        out.push({ file, ...at(locate(doc, path, true)), key: keyName(path), message: `unknown name "${key}"${didYouMean(key, values)}` });
        continue;
      }
      if (issue.code === 'invalid_union' && issue.errors.length > 0) {
        visit(issue.errors.flat());
        continue;
      }
      if (path.length > 0 && !present(data, path) && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
        // A required key is missing: point at the mapping that lacks it (its own key), not at a sibling.
        const name = String(path[path.length - 1]);
        const values = issue.code === 'invalid_value' ? issue.values.map((v) => JSON.stringify(v)) : [];
        const choices = values.length === 1 ? ` (must be ${values[0]})` : values.length ? `: one of ${values.join(', ')}` : '';
        out.push({ file, ...at(locate(doc, path.slice(0, -1), true)), key: keyName(path), message: `required key "${name}" is missing${choices}` });
        continue;
      }
      let message = issue.message;
      if (issue.code === 'invalid_value' && issue.values.length > 0) {
        const node = locate(doc, path, false);
        const got = isScalar(node) ? String(node.value) : '';
        message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got ? `, got "${got}"${didYouMean(got, issue.values.map(String))}` : ''}`;
      }
      out.push({ file, ...at(locate(doc, path, false)), key: keyName(path), message });
    }
  };
  visit(error.issues);
  return dedupe(out);
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = formatIssue(i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Lists the keys a strict object schema accepts at `path` (for "did you mean"). */
export function shapeKeysAt(schema: z.ZodType, path: Path): string[] {
  let s: unknown = schema;
  for (const seg of path) {
    s = unwrap(s);
    const def = (s as { def?: { type?: string; shape?: Record<string, unknown>; valueType?: unknown; element?: unknown } }).def;
    if (!def) return [];
    if (def.type === 'object' && def.shape) s = def.shape[String(seg)];
    else if (def.type === 'record') s = def.valueType;
    else if (def.type === 'array') s = def.element;
    else return [];
  }
  s = unwrap(s);
  const def = (s as { def?: { type?: string; shape?: Record<string, unknown>; keyType?: { def?: { type?: string; entries?: Record<string, string> } } } }).def;
  if (def?.type === 'object' && def.shape) return Object.keys(def.shape);
  // A record keyed by an enum (e.g. rule ids): its allowed keys are the enum's values.
  if (def?.type === 'record' && def.keyType?.def?.type === 'enum' && def.keyType.def.entries) return Object.values(def.keyType.def.entries);
  return [];
}

function unwrap(s: unknown): unknown {
  let cur = s as { def?: { type?: string; innerType?: unknown } };
  while (cur?.def && (cur.def.type === 'optional' || cur.def.type === 'nullable' || cur.def.type === 'default')) cur = cur.def.innerType as typeof cur;
  return cur;
}

export interface Validated<T> {
  data: T;
  doc: Document;
  lineCounter: LineCounter;
}

/**
 * Parses YAML text and validates it against `schema`. Throws ConfigError listing every problem
 * (YAML syntax errors included), each with file:line:column.
 */
export function validateYaml<T>(text: string, file: string, schema: z.ZodType<T>): Validated<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { file, line: pos.line, column: pos.col, key: '', message: `invalid YAML: ${e.message.split('\n')[0]}` };
      }),
    );
  }
  const raw = doc.toJS() ?? {};
  const result = schema.safeParse(raw);
  if (!result.success) {
    // zod's unrecognized_keys issue does not carry the allowed keys: read them off the schema.
    throw new ConfigError(issuesFrom(result.error, doc, lineCounter, file, (path) => shapeKeysAt(schema, path), raw));
  }
  return { data: result.data, doc, lineCounter };
}
