import { isMap, isSeq, META, type YMap, type YSeq } from './yaml.js';
import { pathSegment, type PathSegment } from './paths.js';

/** The path of the deepest key or item whose value contains `offset` (comments resolve to their parent). */
export function pathAt(root: YMap | YSeq, offset: number): PathSegment[] {
  const path: PathSegment[] = [];
  let node: YMap | YSeq = root;
  for (;;) {
    const meta = node[META];
    let next: YMap | YSeq | undefined;
    if (meta.kind === 'map') {
      const map = node as YMap;
      for (const key of Object.keys(meta.keys)) {
        const i = meta.keys[key]! * 4;
        if (offset >= meta.spans[i]! && offset < Math.max(meta.spans[i + 3]!, meta.spans[i + 1]!)) {
          path.push(key);
          const v = map[key];
          if (isMap(v) || isSeq(v)) next = v;
          break;
        }
      }
    } else {
      const seq = node as YSeq;
      for (let i = 0; i < seq.length; i++) {
        if (offset >= meta.spans[i * 2]! && offset < meta.spans[i * 2 + 1]!) {
          path.push(pathSegment(seq, i));
          const v = seq[i];
          if (isMap(v) || isSeq(v)) next = v;
          break;
        }
      }
    }
    if (!next) return path;
    node = next;
  }
}
