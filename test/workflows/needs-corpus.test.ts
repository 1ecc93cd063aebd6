/**
 * jobNeeds over the real corpus: no crash, consistent answers, spans inside their files; prints how sure we are over
 * all jobs and why we are not, and checks that the knowledge base covers the 100 most used actions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { knowledgeFor, knowledgeKey } from '../../src/knowledge/index.js';
import { allSteps, jobsOf, parseUses } from '../../src/workflows/model.js';
import { actionNeeds, jobNeeds, type JobNeeds, type NeedConfidence } from '../../src/workflows/needs.js';
import { isParseFailure, loadSource, type SourceFile } from '../../src/workflows/source.js';
import { sharedDir } from '../helpers.js';

function load(folder: 'workflows' | 'actions'): SourceFile[] {
  const dir = sharedDir('corpus', folder);
  const out: SourceFile[] = [];
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f))) {
    const file = loadSource(`${folder}/${name}`, readFileSync(path.join(dir, name), 'utf8'));
    if (!isParseFailure(file)) out.push(file);
  }
  return out;
}

function count<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function top<K>(map: Map<K, number>, n: number): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `    ${String(v).padStart(5)}  ${String(k)}`)
    .join('\n');
}

/** Reasons with their variable parts (names, paths, commands) folded, so alike reasons add up. */
function fold(reason: string): string {
  return reason
    .replace(/`[^`]*`/g, '`…`')
    .replace(/\$\{\{[^}]*\}\}/g, '${{ … }}')
    .replace(/\.\/[^\s:]+/g, './…')
    .replace(/\b[\w.-]+\/[\w./-]+(@\S+)?/g, 'owner/repo')
    .replace(/\$[A-Z_][A-Z0-9_]*/g, '$VAR');
}

/** What is wrong with one answer (checked by hand: thousands of expect() calls would take seconds). */
function problems(file: SourceFile, needs: JobNeeds): string[] {
  const out: string[] = [];
  const where = (span: readonly [number, number]) => span[0] >= 0 && span[0] <= span[1] && span[1] <= file.text.length;
  if ((needs.confidence === 'unknown') !== needs.unknownBecause.length > 0) out.push('unknown iff unknownBecause');
  if (needs.confidence === 'certain' && needs.likelyBecause.length > 0) out.push('certain with likelyBecause');
  for (const d of [...needs.unknownBecause, ...needs.likelyBecause]) {
    if (!where(d.span)) out.push(`doubt span out of the file: ${d.reason}`);
    if (d.reason === '') out.push('doubt without a reason');
  }
  for (const [scope, need] of Object.entries(needs.scopes)) {
    if (!/^[a-z-]+$/.test(scope)) out.push(`bad scope ${scope}`);
    if (!need.because.some((b) => b.level === need.level)) out.push(`${scope}: level without a reason`);
    for (const b of need.because) {
      if (!where(b.span)) out.push(`${scope}: span out of the file: ${b.reason}`);
      if (b.confidence === 'likely' && needs.confidence === 'certain') out.push(`${scope}: certain job with a likely need`);
    }
  }
  return out.map((p) => `${file.path}: ${p}`);
}

describe('jobNeeds over the corpus', () => {
  const workflows = load('workflows');
  const actions = load('actions');

  it('judges every job of every workflow, and reports how sure it is', () => {
    const confidence = new Map<NeedConfidence, number>();
    const unknownKinds = new Map<string, number>();
    const likelyKinds = new Map<string, number>();
    const unknownReasons = new Map<string, number>();
    const scopes = new Map<string, number>();
    let jobs = 0;
    const wrong: string[] = [];
    for (const file of workflows) {
      for (const job of jobsOf(file.root)) {
        const needs = jobNeeds(file, job);
        jobs++;
        wrong.push(...problems(file, needs));
        count(confidence, needs.confidence);
        if (needs.confidence === 'unknown') {
          for (const kind of new Set(needs.unknownBecause.map((d) => d.kind))) count(unknownKinds, kind);
          for (const reason of new Set(needs.unknownBecause.map((d) => fold(d.reason)))) count(unknownReasons, reason);
        }
        if (needs.confidence === 'likely') for (const kind of new Set(needs.likelyBecause.map((d) => d.kind))) count(likelyKinds, kind);
        for (const [scope, need] of Object.entries(needs.scopes)) count(scopes, `${scope}: ${need.level}`);
      }
    }
    const share = (c: NeedConfidence) => `${c} ${confidence.get(c) ?? 0} (${(((confidence.get(c) ?? 0) * 100) / jobs).toFixed(1)}%)`;
    console.log(
      [
        `jobNeeds over ${workflows.length} corpus workflows, ${jobs} jobs: ${share('certain')}, ${share('likely')}, ${share('unknown')}`,
        '  unknown jobs, by kind of doubt (a job counts once per kind):',
        top(unknownKinds, 20),
        '  top unknown reasons:',
        top(unknownReasons, 15),
        '  likely jobs, by kind of doubt:',
        top(likelyKinds, 20),
        '  scopes needed (jobs):',
        top(scopes, 20),
      ].join('\n'),
    );
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(jobs).toBeGreaterThan(6000);
    // Most jobs can be judged without a doubt we cannot resolve here (local actions and reusable workflows aside).
    expect((confidence.get('certain') ?? 0) + (confidence.get('likely') ?? 0)).toBeGreaterThan(jobs * 0.55);
  });

  it('judges every composite action', () => {
    const confidence = new Map<NeedConfidence, number>();
    const wrong: string[] = [];
    for (const file of actions) {
      if (file.kind !== 'action') continue;
      const needs = actionNeeds(file);
      wrong.push(...problems(file, needs));
      count(confidence, needs.confidence);
    }
    console.log(`actionNeeds over ${actions.length} corpus actions: ${[...confidence].map(([c, n]) => `${c} ${n}`).join(', ')} (JavaScript and Docker actions are unknown)`);
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(confidence.size).toBeGreaterThan(0);
  });

  it('the knowledge base covers the 100 most used actions', () => {
    const uses = new Map<string, number>();
    let total = 0;
    for (const file of [...workflows, ...actions]) {
      for (const { step } of allSteps(file)) {
        if (typeof step.uses !== 'string') continue;
        total++;
        const key = knowledgeKey(parseUses(step.uses));
        if (key !== undefined) count(uses, key);
      }
    }
    const ranked = [...uses].sort((a, b) => b[1] - a[1]);
    const top100 = ranked.slice(0, 100);
    const covered = top100.reduce((s, [, n]) => s + n, 0);
    const known = ranked.filter(([a]) => knowledgeFor(a)).reduce((s, [, n]) => s + n, 0);
    console.log(
      `step uses: ${total}; the top 100 actions: ${covered} (${((covered * 100) / total).toFixed(1)}%); ` +
        `all actions with a knowledge base entry: ${known} (${((known * 100) / total).toFixed(1)}%)`,
    );
    expect(top100.filter(([a]) => !knowledgeFor(a)).map(([a]) => a)).toEqual([]);
  });
});
