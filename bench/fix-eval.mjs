#!/usr/bin/env node
/**
 * Evaluation of the least-privilege fix (issue 12): over the corpus jobs that already declare their own
 * `permissions:`, how often the set `token-warden fix` computes equals the declared set, is smaller (the author granted
 * more than needed, or we miss a need) or larger (we ask for more than the author granted), by confidence.
 *
 *   node bench/fix-eval.mjs [--seed 1] [--sample 30] [--corpus ../shared/corpus]
 *
 * Prints JSON. Each corpus repository is planned on its own (its files under their original paths, so local reusable
 * workflows resolve), as `token-warden fix` would plan it. Two views of the computed set:
 * - `fix`: what the fix writes — a read only private repositories need (a checkout's `contents: read`) counts only
 *   when the job grants it today (a job declared without it runs in a public repository);
 * - `strict`: every need counted, private-only reads included.
 * A job "disagrees" when the sets differ at any scope; `less`/`more` when every difference goes one way, `mixed`
 * otherwise. `sample` draws disagreements of `certain` jobs with a seeded PRNG (mulberry32) for review by hand.
 */
import { register } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

register('../test/double/ts-hooks.mjs', import.meta.url);
const { planFixes } = await import('../src/fix/index.ts');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SEED = Number(opt('seed', '1'));
const SAMPLE = Number(opt('sample', '30'));
const CORPUS = path.resolve(ROOT, opt('corpus', '../shared/corpus'));

const RANK = { none: 0, read: 1, write: 2 };

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** scope → level of a list of planned scopes. */
const levels = (scopes) => Object.fromEntries((scopes ?? []).map((s) => [s.scope, s.level]));

function compare(declared, computed) {
  const diffs = [];
  let less = false;
  let more = false;
  for (const scope of [...new Set([...Object.keys(declared), ...Object.keys(computed)])].sort()) {
    const d = declared[scope] ?? 'none';
    const c = computed[scope] ?? 'none';
    if (d === c) continue;
    diffs.push(`${scope}: ${d} → ${c}`);
    if (RANK[c] < RANK[d]) less = true;
    else more = true;
  }
  return { verdict: less && more ? 'mixed' : less ? 'less' : more ? 'more' : 'equal', diffs };
}

const manifest = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'));
const byRepo = new Map();
for (const [file, repo, , original] of manifest) {
  if (!file.startsWith('workflows/')) continue;
  if (!byRepo.has(repo)) byRepo.set(repo, []);
  byRepo.get(repo).push({ path: original, text: readFileSync(path.join(CORPUS, file), 'utf8'), corpusFile: file });
}

const empty = () => ({ jobs: 0, equal: 0, less: 0, more: 0, mixed: 0 });
const tally = { fix: { certain: empty(), likely: empty() }, strict: { certain: empty(), likely: empty() } };
const population = { jobs: 0, declaring: 0, judged: 0, unknown: 0, unreadable: 0, byConfidence: { certain: 0, likely: 0, unknown: 0 } };
const patterns = new Map();
const disagreements = [];
const actions = {};

for (const [repo, files] of byRepo) {
  const corpusFile = new Map(files.map((f) => [f.path, f.corpusFile]));
  for (const plan of planFixes(files)) {
    for (const job of plan.jobs) {
      population.jobs++;
      actions[job.action + (job.skipKind ? `:${job.skipKind}` : '')] = (actions[job.action + (job.skipKind ? `:${job.skipKind}` : '')] ?? 0) + 1;
      if (job.source !== 'job') continue;
      population.declaring++;
      population.byConfidence[job.confidence]++;
      if (!job.granted) {
        population.unreadable++;
        continue;
      }
      if (job.confidence === 'unknown' || !job.scopes) {
        population.unknown++;
        continue;
      }
      population.judged++;
      const fixView = compare(job.granted, levels(job.scopes));
      const strictView = compare(job.granted, levels([...job.scopes, ...(job.omitted ?? [])]));
      for (const [view, result] of [['fix', fixView], ['strict', strictView]]) {
        const t = tally[view][job.confidence];
        t.jobs++;
        t[result.verdict]++;
      }
      if (fixView.verdict !== 'equal') {
        const key = fixView.diffs.join(', ');
        const p = patterns.get(key) ?? { diff: key, certain: 0, likely: 0 };
        p[job.confidence]++;
        patterns.set(key, p);
        disagreements.push({ repo, file: corpusFile.get(plan.path), path: plan.path, job: job.id, line: job.line, confidence: job.confidence, verdict: fixView.verdict, declared: job.granted, computed: levels(job.scopes), diffs: fixView.diffs, action: job.action });
      }
    }
  }
}

const share = (n, d) => (d === 0 ? null : Math.round((1000 * n) / d) / 10);
const summarise = (t) => ({ ...t, agreement: share(t.equal, t.jobs), less: t.less, lessShare: share(t.less, t.jobs), moreShare: share(t.more, t.jobs), mixedShare: share(t.mixed, t.jobs) });
const both = (a, b) => ({ jobs: a.jobs + b.jobs, equal: a.equal + b.equal, less: a.less + b.less, more: a.more + b.more, mixed: a.mixed + b.mixed });

// The review sample: disagreements of certain jobs, sorted for a stable order, then a seeded partial shuffle.
const pool = disagreements.filter((d) => d.confidence === 'certain').sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
const random = mulberry32(SEED);
for (let i = 0; i < Math.min(SAMPLE, pool.length); i++) {
  const j = i + Math.floor(random() * (pool.length - i));
  [pool[i], pool[j]] = [pool[j], pool[i]];
}

const report = {
  command: `node bench/fix-eval.mjs --seed ${SEED} --sample ${SAMPLE}`,
  corpus: { repositories: byRepo.size, workflows: [...byRepo.values()].reduce((n, f) => n + f.length, 0) },
  population,
  fix: { certain: summarise(tally.fix.certain), likely: summarise(tally.fix.likely), judged: summarise(both(tally.fix.certain, tally.fix.likely)) },
  strict: { certain: summarise(tally.strict.certain), likely: summarise(tally.strict.likely), judged: summarise(both(tally.strict.certain, tally.strict.likely)) },
  topDifferences: [...patterns.values()].sort((a, b) => b.certain + b.likely - (a.certain + a.likely)).slice(0, 25),
  jobActions: actions,
  sample: pool.slice(0, SAMPLE),
};
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
