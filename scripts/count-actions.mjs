#!/usr/bin/env node
// Counts the `uses:` targets of steps (owner/repo[/path], any ref) over a corpus of workflows and actions, and how
// much of it the action knowledge base covers. Parsed with the scanner's own parser and `uses:` reader.
//
//   node scripts/count-actions.mjs [CORPUS_DIR] [--top N] [--missing]
//
// CORPUS_DIR defaults to ../shared/corpus (its workflows/ and actions/ folders). --missing lists only the top-N
// actions the knowledge base lacks (and exits 1 when there are any).
import './ts-node-hooks.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const { loadSource, isParseFailure } = await import('../src/workflows/source.ts');
const { allSteps, parseUses } = await import('../src/workflows/model.ts');
const { knowledgeFor, knowledgeKey } = await import('../src/knowledge/index.ts');

const args = process.argv.slice(2);
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 100;
const missingOnly = args.includes('--missing');
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--top');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(positional[0] ?? path.join(root, '..', 'shared', 'corpus'));

const counts = new Map();
let total = 0;
let local = 0;
let docker = 0;
let unresolvable = 0;
let files = 0;
let failures = 0;
for (const folder of ['workflows', 'actions']) {
  const dir = path.join(corpus, folder);
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f))) {
    // The scan classifies by content; the corpus names files <owner>__<repo>__<path>, so say which folder is which.
    const virtual = folder === 'actions' ? `${folder}/${name.replace(/\.ya?ml$/i, '')}/action.yml` : `${folder}/${name}`;
    const file = loadSource(virtual, readFileSync(path.join(dir, name), 'utf8'));
    files++;
    if (isParseFailure(file)) {
      failures++;
      continue;
    }
    for (const { step } of allSteps(file)) {
      if (typeof step.uses !== 'string') continue;
      total++;
      const ref = parseUses(step.uses);
      if (ref.kind === 'local') local++;
      else if (ref.kind === 'docker') docker++;
      else if (ref.kind === 'unknown') unresolvable++;
      else {
        const key = knowledgeKey(ref);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
}

const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const repositoryUses = total - local - docker - unresolvable;
const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
const topList = ranked.slice(0, top);
const topUses = topList.reduce((s, [, n]) => s + n, 0);
const known = ranked.filter(([a]) => knowledgeFor(a));
const knownUses = known.reduce((s, [, n]) => s + n, 0);
const missing = topList.filter(([a]) => !knowledgeFor(a));

if (missingOnly) {
  for (const [action, n] of missing) console.log(`${n}\t${action}`);
  console.error(`${missing.length} of the top ${top} actions have no knowledge base entry`);
  process.exit(missing.length > 0 ? 1 : 0);
}

let cumulative = 0;
console.log('rank\tuses\tcumulative\tknowledge\taction');
topList.forEach(([action, n], i) => {
  cumulative += n;
  console.log(`${i + 1}\t${n}\t${pct(cumulative, total)}\t${knowledgeFor(action) ? 'yes' : 'NO'}\t${action}`);
});
console.log('');
console.log(`${files} files (${failures} not parsed), ${total} step uses: ${repositoryUses} repository actions (${ranked.length} distinct), ${local} local, ${docker} docker, ${unresolvable} unresolvable`);
console.log(`top ${top}: ${topUses} uses = ${pct(topUses, total)} of all step uses, ${pct(topUses, repositoryUses)} of repository-action uses`);
console.log(`knowledge base: ${known.length} of the corpus's actions, ${knownUses} uses = ${pct(knownUses, total)} of all step uses, ${pct(knownUses, repositoryUses)} of repository-action uses; ${missing.length} of the top ${top} missing`);
