/**
 * Validating a small hand-written YAML file (configuration, token registry) against a zod schema, with
 * every error pinned to file:line:column and the key, and "did you mean" for misspelt keys and values.
 * Parsed with the same positioned parser as workflows (src/workflows/yaml.ts): one YAML dialect everywhere.
 */
import type * as z from 'zod';
import { didYouMean } from '../model/suggest.js';
import { LineIndex } from '../workflows/lines.js';
import { EMPTY_FILE, isMap, isSeq, itemSpan, keySpan, META, ResourceLimitError, valueSpan, YamlSyntaxError, type YValue } from '../workflows/yaml.js';
import { parseYaml } from '../workflows/parse.js';
import { ConfigError, formatIssue, type ValidationIssue } from './validate-error.js';

export { ConfigError, formatIssue, type ValidationIssue };

type Path = ReadonlyArray<PropertyKey>;

/**
 * Start offset of the value at `path` (with `asKey`, of the last segment's key), or of the deepest existing
 * ancestor when the path does not exist.
 */
function locate(root: YValue, path: Path, asKey: boolean): number {
  let node: YValue = root;
  let offset = isMap(root) || isSeq(root) ? root[META].start : 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const key = String(seg);
      const k = keySpan(node, key);
      if (!k) break;
      if (asKey && i === path.length - 1) return k[0];
      offset = valueSpan(node, key)![0];
      node = node[key]!;
    } else if (isSeq(node)) {
      const index = Number(seg);
      if (!(index >= 0 && index < node.length)) break;
      offset = itemSpan(node, index)[0];
      node = node[index]!;
    } else break;
  }
  return offset;
}

function keyName(path: Path): string {
  return path.map(String).join('.');
}

/** The value at `path`, or undefined. */
function valueAt(root: YValue, path: Path): YValue | undefined {
  let cur: YValue | undefined = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg as PropertyKey)) return undefined;
    cur = (cur as unknown as Record<PropertyKey, YValue>)[seg as PropertyKey];
  }
  return cur;
}

/** True when the parsed data has a value (even null) at `path`. */
function present(data: unknown, path: Path): boolean {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg as PropertyKey)) return false;
    cur = (cur as Record<PropertyKey, unknown>)[seg as PropertyKey];
  }
  return true;
}

/** Turns a zod error into positioned issues, one per problem. */
function issuesFrom(error: z.ZodError, root: YValue, lines: LineIndex, file: string, knownKeys: (path: Path) => string[]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const at = (offset: number): { line: number; column: number } => lines.position(offset);
  const visit = (issues: readonly z.core.$ZodIssue[]): void => {
    for (const issue of issues) {
      const path = issue.path as Path;
      if (issue.code === 'unrecognized_keys') {
        const known = knownKeys(path);
        for (const key of issue.keys) {
          out.push({ file, ...at(locate(root, [...path, key], true)), key: keyName([...path, key]), message: `unknown key${didYouMean(key, known)}` });
        }
        continue;
      }
      if (issue.code === 'invalid_key') {
        const key = String(path[path.length - 1] ?? '');
        const values = (issue.issues[0] as { values?: unknown[] } | undefined)?.values?.map(String) ?? [];
        out.push({ file, ...at(locate(root, path, true)), key: keyName(path), message: `unknown name "${key}"${didYouMean(key, values)}` });
        continue;
      }
      if (issue.code === 'invalid_union' && issue.errors.length > 0) {
        // Each alternative's issues have paths relative to the union. Alternatives of the wrong type (a string given
        // where one accepts a mapping) say nothing useful when another alternative had the right type.
        const alternatives = issue.errors.map((alt) => alt.map((e) => ({ ...e, path: [...path, ...e.path] }) as z.core.$ZodIssue));
        const rightType = alternatives.filter((alt) => !alt.some((e) => e.code === 'invalid_type' && e.path.length === path.length));
        visit((rightType.length > 0 ? rightType : alternatives).flat());
        continue;
      }
      if (path.length > 0 && !present(root, path) && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
        // A required key is missing: point at the mapping that lacks it (its own key), not at a sibling.
        const name = String(path[path.length - 1]);
        const values = issue.code === 'invalid_value' ? issue.values.map((v) => JSON.stringify(v)) : [];
        const choices = values.length === 1 ? ` (must be ${values[0]})` : values.length ? `: one of ${values.join(', ')}` : '';
        out.push({ file, ...at(locate(root, path.slice(0, -1), true)), key: keyName(path), message: `required key "${name}" is missing${choices}` });
        continue;
      }
      let message = issue.message;
      if (issue.code === 'invalid_value' && issue.values.length > 0) {
        const node = valueAt(root, path);
        const got = node === null || node === undefined || typeof node === 'object' ? '' : String(node);
        message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got ? `, got "${got}"${didYouMean(got, issue.values.map(String))}` : ''}`;
      }
      out.push({ file, ...at(locate(root, path, false)), key: keyName(path), message });
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
  const def = (s as { def?: { type?: string; shape?: Record<string, unknown>; options?: unknown[]; keyType?: { def?: { type?: string; entries?: Record<string, string> } } } }).def;
  if (def?.type === 'object' && def.shape) return Object.keys(def.shape);
  // A union (e.g. `read` or `{ level, private-only }`): the keys of its mapping alternatives.
  if (def?.type === 'union' && def.options) {
    return def.options.flatMap((o) => {
      const od = (unwrap(o) as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
      return od?.type === 'object' && od.shape ? Object.keys(od.shape) : [];
    });
  }
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
  /** The parsed file, with offsets (see src/workflows/yaml.ts). */
  root: YValue;
  lines: LineIndex;
}

/** Parses YAML text; throws ConfigError with the position of a syntax error. An empty file is an empty mapping. */
export function parseYamlFile(text: string, file: string): { root: YValue; lines: LineIndex } {
  const lines = new LineIndex(text);
  try {
    return { root: parseYaml(text, file), lines };
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    if (error.message === EMPTY_FILE) return { root: emptyMap(), lines };
    const pos = lines.position(error.offset);
    const message = error instanceof ResourceLimitError ? `over a resource limit: ${error.message}` : `invalid YAML: ${error.message}`;
    throw new ConfigError([{ file, line: pos.line, column: pos.column, key: '', message }]);
  }
}

/** A copy without the offset tables (zod records would see their symbol key). */
function plain(value: YValue): unknown {
  if (isSeq(value)) return value.map(plain);
  if (isMap(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (key === '__proto__') Object.defineProperty(out, key, { value: plain(value[key]!), enumerable: true, writable: true, configurable: true });
      else out[key] = plain(value[key]!);
    }
    return out;
  }
  return value;
}

function emptyMap(): YValue {
  return parseYaml('{}');
}

/** Validates an already parsed file against `schema`. Throws ConfigError listing every problem, each with file:line:column. */
export function validateParsed<T>(root: YValue, lines: LineIndex, file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(plain(root));
  if (!result.success) {
    // zod's unrecognized_keys issue does not carry the allowed keys: read them off the schema.
    throw new ConfigError(issuesFrom(result.error, root, lines, file, (path) => shapeKeysAt(schema, path)));
  }
  return result.data;
}

/**
 * Parses YAML text and validates it against `schema`. Throws ConfigError listing every problem
 * (YAML syntax errors included), each with file:line:column.
 */
export function validateYaml<T>(text: string, file: string, schema: z.ZodType<T>): Validated<T> {
  const { root, lines } = parseYamlFile(text, file);
  return { data: validateParsed(root, lines, file, schema), root, lines };
}
