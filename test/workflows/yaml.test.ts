/**
 * The positioned parser's fast path (src/workflows/yaml.ts) must read YAML exactly as js-yaml's `load` does — over
 * every file of the real-world corpus — and its offsets must point at the text they describe. (The second parser,
 * for what js-yaml rejects, is compared with this one in yaml-fallback.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { parseYamlFast, type YValue } from '../../src/workflows/yaml.js';
import { checkOffsets } from './yaml-helpers.js';
import { PARSE_BUDGETS } from '../../src/workflows/budgets.js';
import { sharedDir } from '../helpers.js';

describe.each(['workflows', 'actions'])('parseYamlFast over corpus/%s', (folder) => {
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
        parsed = parseYamlFast(text, PARSE_BUDGETS).root;
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
