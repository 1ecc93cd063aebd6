/** Shared checks of parsed values and their offset tables. */
import { isMap, isSeq, itemSpan, keySpan, META, valueSpan, type YValue } from '../../src/workflows/yaml.js';

/** Offsets point at the text they describe (keys at the key, string values at text holding them). */
export function checkOffsets(text: string, node: YValue, problems: string[], where: string): void {
  if (isMap(node)) {
    for (const key of Object.keys(node)) {
      const k = keySpan(node, key)!;
      const raw = text.slice(k[0], k[1]);
      // Plain and quoted keys: the source slice is the key (quotes included for quoted ones).
      if (raw !== key && raw.replace(/^(['"])(.*)\1$/s, '$2') !== key && problems.length < 5) problems.push(`${where}: key ${JSON.stringify(key)} at ${JSON.stringify(raw)}`);
      const v = valueSpan(node, key)!;
      const value = node[key];
      const source = text.slice(v[0], v[1]);
      const squash = (t: string): string => t.replace(/\s+/g, ' ').trim();
      // The source of a string value holds its text, but for escapes in quoted scalars, folding (compared with
      // whitespace squashed) and aliases (the span is the `*alias` where the value is used).
      const explained = source.startsWith('*') || /\\|''/.test(source);
      if (typeof value === 'string' && value !== '' && !explained && !squash(source).includes(squash(value).slice(0, 20)) && problems.length < 5) {
        problems.push(`${where}: value of ${key} at ${JSON.stringify(source)}`);
      }
      checkOffsets(text, value!, problems, where);
    }
  } else if (isSeq(node)) {
    node.forEach((item, i) => {
      const s = itemSpan(node, i);
      if (!(s[0] >= 0 && s[1] >= s[0]) && problems.length < 5) problems.push(`${where}: item ${i} span ${s.join('-')}`);
      checkOffsets(text, item, problems, where);
    });
  }
}

/** A JSON-able picture of values and every offset table, for comparing two parses. */
export function withSpans(node: YValue): unknown {
  if (isSeq(node)) {
    const m = node[META];
    return { seq: [m.start, m.end], spans: [...m.spans], items: node.map(withSpans) };
  }
  if (isMap(node)) {
    const m = node[META];
    return { map: [m.start, m.end], keys: [...m.keys], spans: [...m.spans], entries: Object.keys(node).map((k) => [k, withSpans(node[k]!)]) };
  }
  return typeof node === 'number' && !Number.isFinite(node) ? String(node) : node;
}
