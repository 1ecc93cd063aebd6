import { isMap, isSeq, META, type MapMeta, type SeqMeta, type YMap, type YSeq } from './yaml.js';
import { pathSegment, type PathSegment } from './paths.js';

/**
 * Entries of a mapping or sequence ordered by where they start (the parser records them in source order, so this is
 * nearly always the identity), with the key of each mapping entry. Built once per node that pathAt descends into,
 * so locating many offsets in a large mapping costs a binary search each, not a scan of every key.
 */
interface Ordered {
  /** Entry indexes (into the spans table) of entries with a position, by start. */
  order: Int32Array;
  /** Mapping entries: key of each entry index. */
  keys: string[] | undefined;
}

const ORDERED = new WeakMap<MapMeta | SeqMeta, Ordered>();

function ordered(meta: MapMeta | SeqMeta): Ordered {
  let o = ORDERED.get(meta);
  if (o) return o;
  const stride = meta.kind === 'map' ? 4 : 2;
  const count = meta.spans.length / stride;
  const keys = meta.kind === 'map' ? meta.keys : undefined;
  const indexes: number[] = [];
  for (let i = 0; i < count; i++) if (meta.spans[i * stride]! >= 0) indexes.push(i);
  let sorted = true;
  for (let i = 1; i < indexes.length && sorted; i++) sorted = meta.spans[indexes[i - 1]! * stride]! <= meta.spans[indexes[i]! * stride]!;
  if (!sorted) indexes.sort((a, b) => meta.spans[a * stride]! - meta.spans[b * stride]!);
  o = { order: Int32Array.from(indexes), keys };
  ORDERED.set(meta, o);
  return o;
}

/** Index of the entry whose span holds `offset` (for a mapping, from its key to the end of its value), or -1. */
function entryAt(meta: MapMeta | SeqMeta, offset: number): number {
  const { order } = ordered(meta);
  const stride = meta.kind === 'map' ? 4 : 2;
  // The last entry starting at or before the offset: entries do not overlap, so only it can hold it.
  let lo = 0;
  let hi = order.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (meta.spans[order[mid]! * stride]! <= offset) {
      found = order[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return -1;
  const end = meta.kind === 'map' ? Math.max(meta.spans[found * 4 + 3]!, meta.spans[found * 4 + 1]!) : meta.spans[found * 2 + 1]!;
  return offset < end ? found : -1;
}

/** The path of the deepest key or item whose value contains `offset` (comments resolve to their parent). */
export function pathAt(root: YMap | YSeq, offset: number): PathSegment[] {
  const path: PathSegment[] = [];
  let node: YMap | YSeq = root;
  for (;;) {
    const meta = node[META];
    const i = entryAt(meta, offset);
    if (i < 0) return path;
    let next: unknown;
    if (meta.kind === 'map') {
      const key = ordered(meta).keys![i]!;
      path.push(key);
      next = (node as YMap)[key];
    } else {
      path.push(pathSegment(node as YSeq, i));
      next = (node as YSeq)[i];
    }
    if (!isMap(next) && !isSeq(next)) return path;
    node = next;
  }
}
