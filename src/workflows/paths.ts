import { isMap, type YSeq } from './yaml.js';

export type PathSegment = string | number;

/**
 * The identity of a sequence item inside a fingerprint path. Steps and other mappings are named by
 * `id`, else `name`, else `uses`, else the first line of `run`, so inserting a step above does not
 * change the fingerprints of the steps below. Anything else falls back to its index.
 */
export function pathSegment(seq: YSeq, index: number): PathSegment {
  const item = seq[index];
  if (!isMap(item)) return index;
  for (const key of ['id', 'name', 'uses'] as const) {
    const v = item[key];
    if (typeof v === 'string' && v !== '') return `${key}=${v}`;
  }
  const run = item.run;
  if (typeof run === 'string') return `run=${firstLine(run).slice(0, 60)}`;
  return index;
}

/** `run.trim().split('\n')[0].trim()`, reading only the first non-blank line (a script can be megabytes). */
function firstLine(run: string): string {
  const start = run.search(/\S/);
  if (start < 0) return '';
  const end = run.indexOf('\n', start);
  return run.slice(start, end < 0 ? run.length : end).trim();
}
