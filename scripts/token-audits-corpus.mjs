#!/usr/bin/env node
/**
 * Issue 14's corpus run: the token audits (by default github-app, template-injection, trusted-publishing) over the
 * workflow corpus, one scan per repository with its owner known (as a user scanning their repository would), from the
 * TypeScript sources (no bundle needed). Prints the count per rule × severity and a seeded sample of N findings per
 * rule at the sampled severities (default high and critical) — all of them when there are fewer — for the hand review
 * in docs/precision-token-audits.md.
 *
 *   node --import ./scripts/ts-node-hooks.mjs scripts/token-audits-corpus.mjs [--rules a,b] [--seed 1] [--n 10]
 *        [--severities high,critical] [--corpus ../shared/corpus/workflows] [--all]
 *
 * Draw: a rule's findings at those severities sorted by (file, line, fingerprint), then a partial Fisher–Yates shuffle
 * driven by mulberry32(seed) picks the first N (the same PRNG as scripts/precision-sample.mjs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { scan } = await import(path.join(ROOT, 'src', 'engine.ts'));
const { RULES } = await import(path.join(ROOT, 'src', 'rules', 'index.ts'));
const { DEFAULT_CONFIG } = await import(path.join(ROOT, 'src', 'config', 'types.ts'));

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const ruleIds = opt('--rules', 'github-app,template-injection,trusted-publishing').split(',');
const seed = Number(opt('--seed', '1'));
const n = Number(opt('--n', '10'));
const corpus = path.resolve(opt('--corpus', path.join(ROOT, '..', 'shared', 'corpus', 'workflows')));
const all = args.includes('--all');
const sampled = opt('--severities', 'high,critical').split(',');

const rules = RULES.filter((r) => ruleIds.includes(r.meta.id));
const missing = ruleIds.filter((id) => !rules.some((r) => r.meta.id === id));
if (missing.length) throw new Error(`no such workflow rule: ${missing.join(', ')}`);

const manifest = new Map();
for (const line of readFileSync(path.join(corpus, '..', 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean)) {
  const [file, repo] = line.split('\t');
  manifest.set(path.basename(file), repo);
}

const byRepo = new Map();
for (const name of readdirSync(corpus).filter((f) => /\.ya?ml$/i.test(f)).sort()) {
  const repo = manifest.get(name) ?? 'unknown/unknown';
  if (!byRepo.has(repo)) byRepo.set(repo, []);
  byRepo.get(repo).push(name);
}

const findings = [];
let files = 0;
for (const [repo, names] of [...byRepo].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const inputs = names.map((name) => ({ path: name, text: readFileSync(path.join(corpus, name), 'utf8') }));
  files += inputs.length;
  const result = scan(inputs, { config: DEFAULT_CONFIG, rules, repositoryOwner: repo.split('/')[0].toLowerCase() });
  if (result.ruleFailures.length) console.error(result.ruleFailures);
  findings.push(...result.findings.filter((f) => ruleIds.includes(f.ruleId)));
}

function mulberry32(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
console.log(`# Token audits over ${files} corpus files (${byRepo.size} repositories), seed ${seed}\n`);
console.log(`| Rule | ${SEVERITIES.join(' | ')} | total |`);
console.log(`| --- | ${SEVERITIES.map(() => '---:').join(' | ')} | ---: |`);
for (const id of ruleIds) {
  const mine = findings.filter((f) => f.ruleId === id);
  console.log(`| \`${id}\` | ${SEVERITIES.map((s) => mine.filter((f) => f.severity === s).length).join(' | ')} | ${mine.length} |`);
}
for (const id of ruleIds) {
  const high = findings
    .filter((f) => f.ruleId === id && sampled.includes(f.severity))
    .sort((a, b) => (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : a.location.startLine - b.location.startLine || (a.fingerprint < b.fingerprint ? -1 : 1)));
  const random = mulberry32(seed);
  const picked = [...high];
  const take = all ? picked.length : Math.min(n, picked.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (picked.length - i));
    [picked[i], picked[j]] = [picked[j], picked[i]];
  }
  console.log(`\n## ${id}: ${take} of ${high.length} at ${sampled.join('/')}\n`);
  for (const f of picked.slice(0, take)) console.log(`- ${f.location.file}:${f.location.startLine} ${f.severity} — ${f.message}`);
}
