/**
 * The positioned parser (src/workflows/yaml.ts) must read YAML exactly as js-yaml's `load` does — over every file
 * of the real-world corpus — and its offsets must point at the text they describe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { isMap, isSeq, itemSpan, keySpan, parseYaml, valueSpan, type YValue } from '../../src/workflows/yaml.js';
import { sharedDir } from '../helpers.js';

function checkOffsets(text: string, node: YValue, problems: string[], where: string): void {
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

describe.each(['workflows', 'actions'])('parseYaml over corpus/%s', (folder) => {
  it('gives the same values as js-yaml load, fails where it fails, and its offsets point at their text', () => {
    const dir = sharedDir('corpus', folder);
    let same = 0;
    let bothFail = 0;
    const differ: string[] = [];
    const offsetProblems: string[] = [];
    for (const name of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      let expected: string;
      let actual: string;
      let parsed: YValue | undefined;
      try {
        expected = JSON.stringify(load(text));
      } catch {
        expected = 'ERROR';
      }
      try {
        parsed = parseYaml(text);
        actual = JSON.stringify(parsed);
      } catch {
        actual = 'ERROR';
      }
      if (expected === actual) {
        if (expected === 'ERROR') bothFail++;
        else same++;
      } else differ.push(name);
      if (parsed !== undefined) checkOffsets(text, parsed, offsetProblems, name);
    }
    console.log(`corpus/${folder}: ${same} files parsed identically, ${bothFail} rejected by both, ${differ.length} differ`);
    expect(differ).toEqual([]);
    expect(offsetProblems).toEqual([]);
    expect(same).toBeGreaterThan(400);
  });
});
