/**
 * Reports of the planned fixes: the frozen JSON shape (`fix --format json`), the notes the CLI prints beside a diff,
 * and a Markdown section for the action's job summary (the diff and what was left alone, with why).
 */
import { renderDiff } from './diff.js';
import type { FilePlan, JobAction, JobPlan, PlannedScope, ScopeMap, SkipKind } from './types.js';

/** Version of the JSON shape of `fix --format json`. Additions keep the version; removals or renames bump it. */
export const FIX_JSON_VERSION = 1;

export interface FixJsonScope {
  level: 'read' | 'write';
  /** The comment the fix writes beside the scope. */
  reason: string;
  privateOnly: boolean;
  /** Each step that needs it: `file` only when it is another workflow (a local reusable workflow). */
  because: Array<{ reason: string; line: number; file?: string; confidence: 'certain' | 'likely' }>;
}

export interface FixJsonJob {
  id: string;
  line: number;
  action: JobAction;
  skipKind?: SkipKind;
  why?: string;
  confidence: 'certain' | 'likely' | 'unknown';
  /** Where its grant came from before the fix, and what it held (absent for the repository default). */
  source: 'job' | 'workflow' | 'default';
  granted?: ScopeMap;
  /** What it needs, as written (or, when skipped because it would widen, as it would be written). */
  scopes?: Record<string, FixJsonScope>;
  /** Reads only a private repository needs, not written because the job runs without them today. */
  omitted?: Record<string, FixJsonScope>;
  notes?: string[];
}

export interface FixJsonFile {
  path: string;
  status: FilePlan['status'];
  why?: string;
  workflow?: { action: 'add' | 'narrow' | 'keep'; granted?: ScopeMap; scopes?: ScopeMap; why?: string };
  jobs: FixJsonJob[];
}

export interface FixJsonReport {
  version: number;
  tool: { name: 'token-warden'; version: string };
  files: FixJsonFile[];
  summary: {
    files: number;
    changed: number;
    skipped: number;
    jobs: Record<JobAction, number>;
  };
}

function jsonScopes(scopes: readonly PlannedScope[]): Record<string, FixJsonScope> {
  const out: Record<string, FixJsonScope> = {};
  for (const s of scopes) {
    out[s.scope] = {
      level: s.level,
      reason: s.comment,
      privateOnly: s.privateOnly,
      because: s.reasons.map((r) => ({ reason: r.reason, line: r.line, ...(r.file ? { file: r.file } : {}), confidence: r.confidence })),
    };
  }
  return out;
}

function jsonJob(j: JobPlan): FixJsonJob {
  return {
    id: j.id,
    line: j.line,
    action: j.action,
    ...(j.skipKind ? { skipKind: j.skipKind } : {}),
    ...(j.why ? { why: j.why } : {}),
    confidence: j.confidence,
    source: j.source,
    ...(j.granted ? { granted: j.granted } : {}),
    ...(j.scopes ? { scopes: jsonScopes(j.scopes) } : {}),
    ...(j.omitted ? { omitted: jsonScopes(j.omitted) } : {}),
    ...(j.notes.length > 0 ? { notes: j.notes } : {}),
  };
}

export function buildFixJson(plans: readonly FilePlan[], toolVersion: string): FixJsonReport {
  const jobs: Record<JobAction, number> = { add: 0, narrow: 0, keep: 0, skip: 0 };
  for (const p of plans) for (const j of p.jobs) jobs[j.action]++;
  return {
    version: FIX_JSON_VERSION,
    tool: { name: 'token-warden', version: toolVersion },
    files: plans.map((p) => ({
      path: p.path,
      status: p.status,
      ...(p.why ? { why: p.why } : {}),
      ...(p.workflow ? { workflow: p.workflow } : {}),
      jobs: p.jobs.map(jsonJob),
    })),
    summary: {
      files: plans.length,
      changed: plans.filter((p) => p.status === 'changed').length,
      skipped: plans.filter((p) => p.status === 'skipped').length,
      jobs,
    },
  };
}

export function renderFixJson(plans: readonly FilePlan[], toolVersion: string): string {
  return JSON.stringify(buildFixJson(plans, toolVersion), null, 2) + '\n';
}

/** One line per file or job left alone, with why: `path: job "x" left as is: …`. */
export function fixNotes(plans: readonly FilePlan[]): string[] {
  const out: string[] = [];
  for (const p of plans) {
    if (p.status === 'skipped') out.push(`${p.path}: left as is: ${p.why ?? ''}`);
    if (p.workflow?.action === 'keep' && p.workflow.why) out.push(`${p.path}: workflow-level permissions: ${p.workflow.why}`);
    for (const j of p.jobs) {
      if (j.action === 'skip') out.push(`${p.path}:${j.line}: job "${j.id}" left as is: ${j.why ?? ''}`);
      for (const n of j.notes) out.push(`${p.path}:${j.line}: job "${j.id}": ${n}`);
    }
  }
  return out;
}

/** A one-line account: files changed, jobs given a block or narrowed, jobs left as is. */
export function fixSummaryLine(plans: readonly FilePlan[]): string {
  const changed = plans.filter((p) => p.status === 'changed').length;
  const count = (a: JobAction): number => plans.reduce((n, p) => n + p.jobs.filter((j) => j.action === a).length, 0);
  return `${changed} of ${plans.length} workflow(s) to change: ${count('add')} job(s) given a block, ${count('narrow')} narrowed, ${count('keep')} already get exactly what they need, ${count('skip')} left as is`;
}

/** Markdown for a job summary: the summary line, the diff in a fenced block, and what was left as is. */
export function renderFixMarkdown(plans: readonly FilePlan[], options: { maxDiffChars?: number } = {}): string {
  const max = options.maxDiffChars ?? 60_000;
  let md = `### Least-privilege permissions\n\n${fixSummaryLine(plans)}.\n\n`;
  const diff = renderDiff(plans);
  if (diff) {
    const shown = diff.length > max ? `${diff.slice(0, diff.lastIndexOf('\n', max) + 1)}… (cut: run \`token-warden fix\` for the whole diff)\n` : diff;
    const fence = shown.includes('```') ? '````' : '```';
    md += `${fence}diff\n${shown}${fence}\n\n`;
  }
  const notes = fixNotes(plans);
  if (notes.length > 0) md += `<details><summary>Left as is, and why (${notes.length})</summary>\n\n${notes.map((n) => `- ${escapeMarkdown(n)}`).join('\n')}\n\n</details>\n`;
  return md;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}
