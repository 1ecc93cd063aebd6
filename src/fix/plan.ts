/**
 * The least-privilege autofix, planned: for each workflow, `permissions: {}` at the top (or `contents: read` when every
 * job needs it) and in each job a block with exactly the scopes its steps need (src/workflows/needs.ts), each with a
 * comment naming the step. Pure: files in, plans with whole-line text edits out (src/fix/text.ts); no re-dump of the
 * YAML, so every line the plan does not touch keeps its bytes.
 *
 * Safety rules, each checked here:
 * - never widen: a job whose grant today is narrower than what it needs is left as is (and says so); a scope only a
 *   private repository needs (`contents: read` for a checkout) is written only when the job has it today;
 * - a job whose needs cannot be judged (`unknown`, or an action missing from the knowledge base, which may read
 *   `github.token` by default) is left as is, and so is the workflow-level block it inherits;
 * - a workflow triggered only by `workflow_call` is left to its callers (its blocks only narrow the caller's token);
 * - a job that calls a reusable workflow is given the union of what the called jobs need when the callee is a local
 *   file among the inputs whose jobs can all be judged; otherwise it is left as is;
 * - running the fix on its own output plans nothing (the planned grant is what the job has after the fix);
 * - every plan is checked by parsing the result: each job must run with exactly the planned grant (or, if skipped,
 *   with what it had), and nothing but `permissions:` may differ; a plan that fails the check is dropped.
 */
import { isParseFailure, loadSource, type ParseFailure, type SourceFile } from '../workflows/source.js';
import { isReusableCall, jobsOf, parseUses, stepAnchor, stepsOfJob, type JobRef } from '../workflows/model.js';
import { effectivePermissions, grantOf, isWorkflowCallOnly, localReusableWorkflow, type EffectivePermissions } from '../workflows/effective-permissions.js';
import { jobNeeds, needsUnderGrant, type NeedConfidence, type NeedReason } from '../workflows/needs.js';
import { PERMISSION_SCOPE_NAMES, PERMISSION_SCOPES, type PermissionLevel } from '../workflows/permissions.js';
import { isMap, keySpan, valueSpan, type YMap, type YValue } from '../workflows/yaml.js';
import { knowledgeFor, knowledgeKey } from '../knowledge/index.js';
import { cannotJudge } from '../rules/permissions.js';
import { scan } from '../engine.js';
import { atOrAbove } from '../model/severity.js';
import type { Finding } from '../model/finding.js';
import { blockLayoutProblem, narrowBlock, renderBlock, replaceBlock, type BlockScope } from './block.js';
import { applyEdits, TextLines, toTextEdits, type LineEdit } from './text.js';
import type { FilePlan, FixInput, GrantLevel, JobPlan, PlannedScope, ScopeMap, ScopeReason, SkipKind, WorkflowBlockPlan } from './types.js';

/** Every input file, parsed, by path (reusable calls are resolved among them). */
type FileInputs = ReadonlyMap<string, SourceFile | ParseFailure>;

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };
const has = (map: YMap, key: string): boolean => Object.prototype.hasOwnProperty.call(map, key);

export interface FixOptions {
  /** Owner of the repository (`OWNER` of `OWNER/NAME`): its actions are first-party, as in a scan. */
  repositoryOwner?: string;
}

/** Plans the fix of every workflow among `files` (action metadata files are left out of the result). */
export function planFixes(files: readonly FixInput[], options: FixOptions = {}): FilePlan[] {
  const inputs = new Map<string, SourceFile | ParseFailure>();
  for (const f of files) inputs.set(f.path, loadSource(f.path, f.text));
  const plans: FilePlan[] = [];
  for (const f of files) {
    const source = inputs.get(f.path)!;
    if (isParseFailure(source)) {
      if (source.kind === 'action') continue;
      plans.push(untouched(f, 'skipped', `not fixed: ${source.message}`));
      continue;
    }
    if (source.kind !== 'workflow') continue;
    plans.push(planWithoutNewFindings(source, inputs, options));
  }
  return plans;
}

function untouched(f: FixInput, status: 'skipped' | 'unchanged', why?: string, rest: Partial<FilePlan> = {}): FilePlan {
  return { path: f.path, status, ...(why ? { why } : {}), jobs: [], ...rest, edits: [], original: f.text, fixed: f.text };
}

// ---- what a job needs ----

interface Needed {
  scope: string;
  level: GrantLevel;
  privateOnly: boolean;
  reasons: ScopeReason[];
  comment: string;
}

interface NeedsAnswer {
  confidence: NeedConfidence;
  needed: Needed[];
  /** Set when the needs cannot be judged. */
  unknown?: { kind: SkipKind; why: string };
  /**
   * A step that runs code which may ask the runner for an OIDC token (a script): the first seen to use OIDC, else the
   * first script.
   */
  oidc?: { reason: ScopeReason; comment: string; seen: boolean };
}

/**
 * Programs that commonly authenticate with (or sign by) GitHub's OIDC token when `id-token: write` is granted. Any
 * script may do it (the runner hands it ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN), so these only name what we saw.
 */
const OIDC_USES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:npm|pnpm|yarn)\b[^\n]*\bpublish\b/, '`npm publish` (trusted publishing, provenance)'],
  [/\buv\s+publish\b|--trusted-publishing/, '`uv publish` (trusted publishing)'],
  [/\b(?:jsr|deno)\s+publish\b/, '`jsr publish` (OIDC)'],
  [/\bcosign\s+(?:sign|attest|sign-blob|attest-blob)\b/, '`cosign` keyless signing'],
  [/\bsigstore\b/i, 'Sigstore signing'],
  [/ACTIONS_ID_TOKEN_REQUEST|getIDToken|github-oidc/, 'an OIDC token request'],
];

/** The first step of a job that runs code of its own (a script, github-script, a shell input of an action). */
function scriptStep(file: SourceFile, job: JobRef, prefix?: string): NeedsAnswer['oidc'] {
  let first: NeedsAnswer['oidc'];
  for (const ref of stepsOfJob(job)) {
    const step = ref.step;
    let code: string | undefined;
    if (typeof step.run === 'string') code = step.run;
    else if (typeof step.uses === 'string') {
      const parsed = parseUses(step.uses);
      const entry = parsed.kind === 'repository' ? knowledgeFor(knowledgeKey(parsed)!) : undefined;
      const inputs = isMap(step.with) ? step.with : undefined;
      const names = [...(entry?.shellInputs ?? []), ...(entry?.githubScriptInput ? [entry.githubScriptInput] : [])];
      const found = names.map((n) => inputs?.[n]).find((v) => typeof v === 'string');
      if (typeof found === 'string') code = found;
    }
    if (code === undefined) continue;
    const seen = OIDC_USES.find(([re]) => re.test(code!));
    const label = stepLabel(job, ref.path);
    const answer = {
      seen: seen !== undefined,
      reason: { reason: seen ? `${label} runs ${seen[1]}` : `${label} runs a script`, stepPath: [...ref.path], line: file.lines.position(stepAnchor(ref)[0]).line, confidence: 'likely' as const },
      comment: `${prefix ? `${prefix} ` : ''}kept: ${seen ? `${label}: ${seen[1]} uses an OIDC token` : 'a script may ask for an OIDC token (trusted publishing, keyless signing), which is not read'}`,
    };
    if (seen) return answer;
    first ??= answer;
  }
  return first;
}

/** The level to write for a need: the lowest level the scope accepts at or above it (`id-token` takes only write). */
function grantLevel(scope: string, level: GrantLevel): GrantLevel {
  const levels = PERMISSION_SCOPES[scope]!.levels;
  if ((levels as readonly string[]).includes(level)) return level;
  return 'write';
}

const MAX_COMMENT = 90;

/** A reason shortened for a comment: its first sentence, at most MAX_COMMENT characters, lower-case start. */
export function shortReason(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  // "owner/action: Reads …" → "owner/action: reads …" (the first such sentence start only)
  t = t.replace(/(: )([A-Z])(?=[a-z])/, (_, sep: string, c: string) => sep + c.toLowerCase());
  // The first clause: up to a sentence end or a semicolon, when that leaves something to read.
  const clause = /^(.*?[^.\s])(?:\.(?:\s|$)|;\s)/.exec(t);
  if (clause && clause[1]!.length >= 20) t = clause[1]!;
  t = t.replace(/\.$/, '');
  if (t.length > MAX_COMMENT) t = t.slice(0, MAX_COMMENT - 1).replace(/\s+\S*$/, '') + '…';
  return t;
}

/** "step "Build"" / "step 3": how a comment names a step that has no action name in its reason. */
function stepLabel(job: JobRef, stepPath: readonly (string | number)[]): string {
  const key = stepPath.join('\u0000');
  const ref = stepsOfJob(job).find((s) => s.path.join('\u0000') === key);
  if (!ref) return `the job's ${stepPath.slice(2).join(' ')}`; // its container or a service
  const name = ref.step.name ?? ref.step.id;
  if (typeof name === 'string' && name.trim() !== '' && !name.includes('${{')) return `step "${name.trim().slice(0, 40)}"`;
  return `step ${ref.index + 1}`;
}

function describe(job: JobRef, r: NeedReason): string {
  return r.source === 'knowledge' && r.action ? r.reason : `${stepLabel(job, r.stepPath)}: ${r.reason}`;
}

function commentFor(reasons: readonly { text: string; step: string }[], privateOnly: boolean): string {
  const steps = new Set(reasons.map((r) => r.step));
  const more = steps.size - 1;
  return shortReason(reasons[0]!.text) + (privateOnly ? ' (private repositories)' : '') + (more > 0 ? ` (+${more} more)` : '');
}

/** What a job with steps needs. */
function stepJobNeeds(file: SourceFile, job: JobRef, prefix?: string): NeedsAnswer {
  // A need another scope meets as well (the issues API on a pull request's number) keeps the scope the job grants.
  const granted = effectivePermissions(file, job);
  const needs = needsUnderGrant(jobNeeds(file, job), (scope) => granted.level(scope));
  if (cannotJudge(needs)) {
    const doubt = needs.unknownBecause[0] ?? needs.likelyBecause.find((d) => d.kind === 'unknown-action');
    return { confidence: 'unknown', needed: [], unknown: { kind: 'unknown-needs', why: `its needs cannot be judged: ${doubt ? doubt.reason : 'not all of its steps are known'}` } };
  }
  const needed: Needed[] = [];
  for (const [scope, need] of Object.entries(needs.scopes)) {
    if (!PERMISSION_SCOPES[scope]) continue;
    const level = grantLevel(scope, need.level);
    const at = need.because.filter((r) => r.level === need.level);
    const reasons = (at.length > 0 ? at : need.because).map((r) => ({
      reason: r.reason,
      stepPath: [...r.stepPath],
      line: file.lines.position(r.span[0]).line,
      confidence: r.confidence,
    }));
    const texts = (at.length > 0 ? at : need.because).map((r) => ({ text: (prefix ? `${prefix} ` : '') + describe(job, r), step: r.stepPath.join('\u0000') }));
    needed.push({ scope, level, privateOnly: need.privateOnly, reasons, comment: commentFor(texts, need.privateOnly) });
  }
  const oidc = scriptStep(file, job, prefix);
  return { confidence: needs.confidence, needed, ...(oidc ? { oidc } : {}) };
}

/** The repository prefix of a workflow path (`sub/repo/` for `sub/repo/.github/workflows/x.yml`). */
function repoPrefix(path: string): string {
  const at = path.lastIndexOf('.github/workflows/');
  return at > 0 ? path.slice(0, at) : '';
}

/** What a job that calls a reusable workflow needs: the union of the called jobs' needs, when they can be read. */
function callJobNeeds(file: SourceFile, job: JobRef, inputs: FileInputs, visiting: Set<string>): NeedsAnswer {
  const uses = String(job.job.uses).trim();
  const local = localReusableWorkflow(job.job);
  const unknown = (why: string): NeedsAnswer => ({ confidence: 'unknown', needed: [], unknown: { kind: 'reusable-call', why } });
  if (!local) return unknown(`it calls the reusable workflow ${uses}, which is not a file of this repository: its permissions cap what the called jobs get, so it is left to you`);
  const target = repoPrefix(file.path) + local;
  const callee = inputs.get(target);
  if (!callee || isParseFailure(callee) || callee.kind !== 'workflow') {
    return unknown(`it calls ${uses}, which was not ${callee ? 'readable as a workflow' : 'among the files fixed'}: its permissions cap what the called jobs get, so it is left as is`);
  }
  if (visiting.has(target)) return unknown(`it calls ${uses}, which calls back into a workflow being read (a cycle)`);
  visiting.add(target);
  try {
    const merged = new Map<string, Needed>();
    let confidence: NeedConfidence = 'certain';
    let oidc: NeedsAnswer['oidc'];
    for (const called of jobsOf(callee.root)) {
      const answer = isReusableCall(called.job)
        ? callJobNeeds(callee, called, inputs, visiting)
        : stepJobNeeds(callee, called, `${local.replace(/^\.github\/workflows\//, '')} (job ${called.id}):`);
      if (answer.unknown) return unknown(`it calls ${uses}, whose job "${called.id}" cannot be judged (${answer.unknown.why.replace(/^its needs cannot be judged: /, '')})`);
      if (answer.confidence === 'likely') confidence = 'likely';
      if (answer.oidc && (!oidc || (!oidc.seen && answer.oidc.seen))) {
        oidc = { ...answer.oidc, reason: { ...answer.oidc.reason, file: answer.oidc.reason.file ?? target } };
      }
      for (const n of answer.needed) {
        const seen = merged.get(n.scope);
        if (!seen) merged.set(n.scope, { ...n, reasons: n.reasons.map((r) => ({ ...r, file: r.file ?? target })) });
        else {
          if (RANK[n.level] > RANK[seen.level]) {
            seen.level = n.level;
            seen.comment = n.comment;
          }
          seen.privateOnly = seen.privateOnly && n.privateOnly;
          seen.reasons.push(...n.reasons.map((r) => ({ ...r, file: r.file ?? target })));
        }
      }
    }
    return { confidence, needed: [...merged.values()].sort((a, b) => (a.scope < b.scope ? -1 : 1)), ...(oidc ? { oidc } : {}) };
  } finally {
    visiting.delete(target);
  }
}

// ---- the decision per job ----

interface JobDecision {
  ref: JobRef;
  plan: JobPlan;
  /** The scopes to grant (set unless skipped). */
  target?: Needed[];
}

function scopeMapOf(p: EffectivePermissions): ScopeMap {
  const out: Record<string, GrantLevel> = {};
  for (const s of PERMISSION_SCOPE_NAMES) {
    const l = p.scopes[s];
    if (l === 'read' || l === 'write') out[s] = l;
  }
  return out;
}

function grantScopes(value: YValue | undefined): ScopeMap {
  const g = grantOf(value);
  const out: Record<string, GrantLevel> = {};
  for (const s of PERMISSION_SCOPE_NAMES) {
    const l = g.scopes[s];
    if (l === 'read' || l === 'write') out[s] = l;
  }
  return out;
}

function toMap(needed: readonly Needed[]): ScopeMap {
  return Object.fromEntries(needed.map((n) => [n.scope, n.level]));
}

export function sameScopes(a: ScopeMap, b: ScopeMap): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? 'none') !== (b[k] ?? 'none')) return false;
  return true;
}

/** Per scope, the lower of the two grants. */
function lowerOf(a: ScopeMap, b: ScopeMap): ScopeMap {
  const out: Record<string, GrantLevel> = {};
  for (const k of Object.keys(a)) {
    const x = a[k]!;
    const y = b[k];
    if (y !== undefined) out[k] = RANK[x] <= RANK[y] ? x : y;
  }
  return out;
}

function planned(n: Needed): PlannedScope {
  return { scope: n.scope, level: n.level, comment: n.comment, privateOnly: n.privateOnly, reasons: n.reasons };
}

/** Why a block cannot be inserted into the job's text, or undefined. */
function insertionProblem(file: SourceFile, lines: TextLines, job: JobRef): string | undefined {
  const jobs = file.root.jobs as YMap;
  const vs = valueSpan(jobs, job.id)!;
  const ks = keySpan(jobs, job.id)!;
  const head = lines.text.slice(ks[1], vs[0]).replace(/#.*$/gm, '');
  if (lines.text[vs[0]] === '*' || /[&*]/.test(head)) return 'the job is written with a YAML anchor or alias (other places may share its text)';
  if (lines.text[vs[0]] === '{') return 'the job is written as a flow mapping ({ … })';
  if (has(job.job, '<<')) return 'the job uses a YAML merge key (<<)';
  const at = insertionLine(file, lines, job);
  return typeof at === 'string' ? at : undefined;
}

/** Where a job's block goes: above its `steps:` (or, for a reusable call, its `uses:`) and the comments above that key. */
function insertionLine(file: SourceFile, lines: TextLines, job: JobRef): { line: number; col: number } | string {
  const anchorKey = has(job.job, 'steps') ? 'steps' : has(job.job, 'uses') ? 'uses' : undefined;
  if (!anchorKey) return 'the job has neither `steps:` nor `uses:`';
  const ks = keySpan(job.job, anchorKey)!;
  if (!lines.startsLine(ks[0])) return `its \`${anchorKey}:\` does not start a line`;
  const col = lines.column(ks[0]);
  const jobLine = lines.lineOf(keySpan(file.root.jobs as YMap, job.id)![0]);
  let at = lines.lineOf(ks[0]);
  if (at <= jobLine) return `its \`${anchorKey}:\` is on the job's own line`;
  while (at - 1 > jobLine && lines.isComment(at - 1) && lines.indent(at - 1) === col) at--;
  return { line: at, col };
}

function decideJob(file: SourceFile, lines: TextLines, job: JobRef, inputs: FileInputs, forced: ReadonlyMap<string, string>): JobDecision {
  const current = effectivePermissions(file, job);
  const line = lines.lineOf(keySpan(file.root.jobs as YMap, job.id)![0]) + 1;
  const base: Omit<JobPlan, 'action' | 'confidence'> = {
    id: job.id,
    source: current.source,
    ...(current.source !== 'default' && !current.possiblyWriteAll ? { granted: scopeMapOf(current) } : {}),
    notes: [],
    line,
  };
  const skip = (kind: SkipKind, why: string, confidence: NeedConfidence, scopes?: PlannedScope[]): JobDecision => ({
    ref: job,
    plan: { ...base, action: 'skip', skipKind: kind, why, confidence, ...(scopes ? { scopes } : {}) },
  });
  const answer = isReusableCall(job.job) ? callJobNeeds(file, job, inputs, new Set([file.path])) : stepJobNeeds(file, job);
  if (answer.unknown) return skip(answer.unknown.kind, answer.unknown.why, 'unknown');
  if (current.possiblyWriteAll && current.source !== 'default') {
    return skip('unreadable-grant', `its grant (${current.source === 'job' ? 'its' : "the workflow's"} \`permissions:\`) cannot be read`, answer.confidence);
  }
  if (current.unknownScopes.length > 0) return skip('unreadable-grant', `the level of ${current.unknownScopes.map((s) => `\`${s}\``).join(', ')} in its grant cannot be read`, answer.confidence);

  // Private-only reads (a checkout's `contents: read`) are written when the job has them today; without them it
  // runs in a public repository, and adding them would widen its grant.
  const target: Needed[] = [];
  for (const n of answer.needed) {
    if (n.privateOnly && n.level === 'read' && current.source !== 'default' && current.level(n.scope) === 'none') {
      base.notes.push(`\`${n.scope}: read\` not written: ${n.comment.replace(/ \(private repositories\)/, '')} needs it only in a private repository, and the job runs without it today`);
      (base.omitted ??= []).push(planned(n));
      continue;
    }
    target.push(n);
  }
  // OIDC is not the GITHUB_TOKEN: any script can ask the runner for an OIDC token when `id-token: write` is granted
  // (trusted publishing, keyless signing), and scripts are not read for it. A grant the job has is kept then.
  let confidence = answer.confidence;
  // (A `write-all` grant keeps it only for a script seen to use OIDC: it was not asked for by name.)
  const explicit = current.shape === 'map' || answer.oidc?.seen === true;
  if (answer.oidc && explicit && current.source !== 'default' && current.level('id-token') === 'write' && !target.some((n) => n.scope === 'id-token')) {
    target.push({ scope: 'id-token', level: 'write', privateOnly: false, reasons: [answer.oidc.reason], comment: answer.oidc.comment });
    target.sort((a, b) => (a.scope < b.scope ? -1 : 1));
    base.notes.push(`\`id-token: write\` kept: ${answer.oidc.reason.reason}, which may ask for an OIDC token (scripts are not read for it)`);
    if (confidence === 'certain') confidence = 'likely';
  }
  const held = forced.get(job.id);
  if (held) return skip('new-finding', held, confidence, target.map(planned));
  if (current.source !== 'default') {
    const missing = target.filter((n) => RANK[n.level] > RANK[current.level(n.scope)]);
    if (missing.length > 0) {
      const where = current.source === 'job' ? 'its `permissions:`' : "the workflow's `permissions:`";
      return skip(
        'would-widen',
        `it needs ${missing.map((n) => `\`${n.scope}: ${n.level}\` (${n.comment})`).join(', ')} but ${where} grants ${missing.map((n) => `\`${n.scope}: ${current.level(n.scope)}\``).join(', ')}: not widened (the step may fail today, or we misread it)`,
        confidence,
        target.map(planned),
      );
    }
  }
  // The text must take the edit: a block of its own to narrow, or a place to insert one.
  const own = has(job.job, 'permissions');
  const problem = own
    ? sameScopes(toMap(target), base.granted ?? {}) ? undefined : blockLayoutProblem(lines, job.job)
    : insertionProblem(file, lines, job);
  if (problem) return skip('layout', problem, confidence, target.map(planned));
  return { ref: job, plan: { ...base, action: 'keep', confidence: confidence, scopes: target.map(planned) }, target };
}

// ---- the whole workflow ----

const TOP_READ_COMMENT = 'every job';

function planWorkflow(file: SourceFile, inputs: FileInputs, forced: ReadonlyMap<string, string> = new Map()): FilePlan {
  const input = { path: file.path, text: file.text };
  if (isWorkflowCallOnly(file.root)) {
    return untouched(input, 'skipped', "triggered only by workflow_call: its jobs run with the caller's token and its blocks only narrow it, so the permissions belong at the call sites (left to its callers)");
  }
  const lines = new TextLines(file.text);
  const root = file.root;
  const jobs = jobsOf(root);
  const decisions = jobs.map((j) => decideJob(file, lines, j, inputs, forced));
  const fixable = decisions.filter((d) => d.target !== undefined);
  const topExists = has(root, 'permissions');
  const topGrant = topExists ? grantOf(root.permissions) : undefined;

  // The workflow-level block: what jobs without their own block inherit.
  const workflow: WorkflowBlockPlan = { action: 'keep', ...(topGrant && topGrant.shape !== 'unknown' && topGrant.unknownScopes.length === 0 ? { granted: grantScopes(root.permissions) } : {}) };
  const inheritingSkipped = decisions.filter((d) => !d.target && !has(d.ref.job, 'permissions'));
  let newTop: ScopeMap | undefined; // the grant jobs without a block of their own get after the fix
  let topEdit: LineEdit[] = [];
  const everyJobReads = fixable.length > 0 && fixable.every((d) => d.target!.some((n) => n.scope === 'contents'));
  const desired: ScopeMap = everyJobReads ? { contents: 'read' } : {};
  if (topGrant && (topGrant.shape === 'unknown' || topGrant.unknownScopes.length > 0)) {
    workflow.why = 'the workflow-level `permissions:` cannot be read (an expression or an invalid level)';
  } else if (inheritingSkipped.length > 0) {
    workflow.why = `left as is: ${inheritingSkipped.length === 1 ? `job "${inheritingSkipped[0]!.ref.id}" inherits` : `jobs ${inheritingSkipped.map((d) => `"${d.ref.id}"`).join(', ')} inherit`} it and ${inheritingSkipped.length === 1 ? 'is' : 'are'} left as is`;
    if (topExists) newTop = workflow.granted;
  } else {
    const jobsKey = keySpan(root, 'jobs');
    const layout = topExists ? blockLayoutProblem(lines, root) : jobsKey && lines.startsLine(jobsKey[0]) ? undefined : 'the `jobs:` key does not start a line';
    const after = topExists ? lowerOf(workflow.granted!, desired) : desired;
    if (layout) {
      workflow.why = `left as is: ${layout}`;
      if (topExists) newTop = workflow.granted;
    } else if (topExists && sameScopes(after, workflow.granted!)) {
      newTop = after;
      workflow.scopes = after;
    } else {
      newTop = after;
      workflow.scopes = after;
      workflow.action = topExists ? 'narrow' : 'add';
      topEdit = topBlockEdit(file, lines, after, fixable);
    }
  }

  // Each fixable job: its own block narrowed, a block inserted, or nothing (it already has what it needs).
  const jobEdits: LineEdit[] = [];
  const unit = jobsIndentUnit(file, lines);
  for (const d of fixable) {
    const target = toMap(d.target!);
    const scopes = d.target!.map((n): BlockScope => ({ scope: n.scope, level: n.level, comment: n.comment }));
    const own = has(d.ref.job, 'permissions');
    if (own) {
      if (sameScopes(target, d.plan.granted ?? {})) {
        d.plan.why = 'its own `permissions:` already grants exactly what it needs';
        continue;
      }
      const narrowed = narrowBlock(lines, d.ref.job, scopes);
      jobEdits.push(...(narrowed ?? [replaceBlock(lines, d.ref.job, unit.inner(d.ref), scopes)]));
      d.plan.action = 'narrow';
      d.plan.why = `its own \`permissions:\` narrowed to what its steps need`;
      continue;
    }
    if (newTop !== undefined && sameScopes(target, newTop)) {
      d.plan.why = "the workflow's `permissions:` grants exactly what it needs";
      continue;
    }
    const at = insertionLine(file, lines, d.ref) as { line: number; col: number }; // checked in decideJob
    jobEdits.push({ line: at.line, remove: 0, insert: renderBlock(at.col, unit.inner(d.ref), scopes) });
    d.plan.action = 'add';
    d.plan.why = 'a `permissions:` block with what its steps need';
  }

  return finish(file, lines, decisions, workflow, [...topEdit, ...jobEdits], newTop);
}

/** The file's indentation step, from the jobs map: job keys below `jobs:`, job contents below job keys. */
function jobsIndentUnit(file: SourceFile, lines: TextLines): { top: number; inner: (job: JobRef) => number } {
  const jobs = file.root.jobs as YMap;
  const jobsCol = lines.column(keySpan(file.root, 'jobs')![0]);
  const ids = Object.keys(jobs);
  const firstId = ids.length > 0 ? keySpan(jobs, ids[0]!)! : undefined;
  const top = firstId && lines.column(firstId[0]) > jobsCol ? lines.column(firstId[0]) - jobsCol : 2;
  return {
    top,
    inner: (job) => {
      const keys = Object.keys(job.job);
      const idCol = lines.column(keySpan(jobs, job.id)![0]);
      const child = keys.length > 0 ? lines.column(keySpan(job.job, keys[0]!)![0]) : idCol + top;
      return child > idCol ? child - idCol : top;
    },
  };
}

/** The scopes of the workflow-level block, with comments. */
function topScopes(scopes: ScopeMap, fixable: readonly JobDecision[]): BlockScope[] {
  return Object.keys(scopes)
    .sort()
    .map((scope) => {
      const reason = fixable.flatMap((d) => d.target!).find((n) => n.scope === scope && n.level === scopes[scope]);
      return { scope, level: scopes[scope]!, comment: reason ? `${TOP_READ_COMMENT}: ${reason.comment}` : `${TOP_READ_COMMENT} needs at least this` };
    });
}

function topBlockEdit(file: SourceFile, lines: TextLines, scopes: ScopeMap, fixable: readonly JobDecision[]): LineEdit[] {
  const root = file.root;
  const unit = jobsIndentUnit(file, lines).top;
  const block = topScopes(scopes, fixable);
  if (has(root, 'permissions')) return narrowBlock(lines, root, block) ?? [replaceBlock(lines, root, unit, block)];
  // Inserted above `jobs:` (and the comment lines that belong to it); a blank line after it when one stands before.
  const jobsStart = keySpan(root, 'jobs')![0];
  const col = lines.column(jobsStart);
  let at = lines.lineOf(jobsStart);
  while (at > 0 && lines.isComment(at - 1) && lines.indent(at - 1) === col) at--;
  const rendered = renderBlock(col, unit, block);
  if (at > 0 && lines.isBlank(at - 1)) rendered.push('');
  return [{ line: at, remove: 0, insert: rendered }];
}

// ---- no new finding at high or above ----

/**
 * Unsuppressed findings at high or above of one file, by fingerprint (cross-file rules are not run: the fix does not
 * change what a call grants a local reusable workflow beyond what its jobs need).
 */
function highFindings(path: string, text: string, options: FixOptions): Map<string, Finding> {
  const result = scan([{ path, text }], options.repositoryOwner ? { repositoryOwner: options.repositoryOwner } : {});
  return new Map(result.findings.filter((f) => !f.suppression && atOrAbove(f.severity, 'high')).map((f) => [f.fingerprint, f]));
}

/** The job whose text holds a 1-based line, in a parsed file. */
function jobAtLine(file: SourceFile, line: number): string | undefined {
  const jobs = file.root.jobs as YMap;
  for (const job of jobsOf(file.root)) {
    const from = file.lines.position(keySpan(jobs, job.id)![0]).line;
    const to = file.lines.position(valueSpan(jobs, job.id)![1]).line;
    if (line >= from && line <= to) return job.id;
  }
  return undefined;
}

const MAX_ROUNDS = 5;

/**
 * A plan whose result scans with no new finding at high or above. Writing a job's grant can make a rule see what the
 * repository default hid (a write token left in .git/config for an unpinned action is judged only on explicit
 * grants): such a job is left as is, with the finding as the reason, and the file planned again.
 */
function planWithoutNewFindings(file: SourceFile, inputs: FileInputs, options: FixOptions): FilePlan {
  const forced = new Map<string, string>();
  let before: Map<string, Finding> | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const plan = planWorkflow(file, inputs, forced);
    if (plan.status !== 'changed') return plan;
    before ??= highFindings(file.path, file.text, options);
    const added = [...highFindings(file.path, plan.fixed, options).values()].filter((f) => !before!.has(f.fingerprint));
    if (added.length === 0) return plan;
    const fixed = loadSource(file.path, plan.fixed) as SourceFile;
    let progressed = false;
    for (const f of added) {
      const job = jobAtLine(fixed, f.location.startLine);
      if (job === undefined || forced.has(job)) continue;
      forced.set(job, `with the grant it needs written out, it would be reported at ${f.severity} (${f.ruleId}: ${f.message}); resolve that first (e.g. pin the action to a commit SHA, or \`persist-credentials: false\`), then run the fix again`);
      progressed = true;
    }
    if (!progressed) {
      const f = added[0]!;
      return { ...plan, status: 'skipped', why: `not fixed: the result would bring a new ${f.severity} finding (${f.ruleId}: ${f.message})`, edits: [], fixed: file.text };
    }
  }
  return { ...planWorkflow(file, inputs, forced), status: 'skipped', why: 'not fixed: no plan without a new finding at high or above was found', edits: [], fixed: file.text };
}

// ---- checking the result ----

/** The parsed values without any `permissions` key (symbol-keyed offsets are not serialised). */
function withoutPermissions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPermissions);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'permissions') out[k] = withoutPermissions(v);
    return out;
  }
  return value;
}

/** Why the fixed text is not what the plan meant, or undefined when it is. */
function checkResult(file: SourceFile, fixedText: string, decisions: readonly JobDecision[], newTop: ScopeMap | undefined): string | undefined {
  const fixed = loadSource(file.path, fixedText);
  if (isParseFailure(fixed)) return `the result does not parse (${fixed.message})`;
  if (JSON.stringify(withoutPermissions(fixed.root)) !== JSON.stringify(withoutPermissions(file.root))) return 'the result differs outside `permissions:`';
  if (newTop !== undefined && !sameScopes(grantScopes(fixed.root.permissions), newTop)) return 'the workflow-level grant is not the planned one';
  const after = new Map(jobsOf(fixed.root).map((j) => [j.id, effectivePermissions(fixed, j)]));
  for (const d of decisions) {
    const p = after.get(d.ref.id);
    if (!p) return `job "${d.ref.id}" is gone`;
    const before = effectivePermissions(file, d.ref);
    if (d.plan.action === 'skip') {
      if (p.source !== before.source || p.possiblyWriteAll !== before.possiblyWriteAll || !sameScopes(scopeMapOf(p), scopeMapOf(before))) return `job "${d.ref.id}", left as is, would run with another grant`;
    } else if (p.possiblyWriteAll || !sameScopes(scopeMapOf(p), toMap(d.target!))) return `job "${d.ref.id}" would not run with the planned grant`;
  }
  return undefined;
}

function finish(file: SourceFile, lines: TextLines, decisions: readonly JobDecision[], workflow: WorkflowBlockPlan, lineEdits: readonly LineEdit[], newTop: ScopeMap | undefined): FilePlan {
  const jobs = decisions.map((d) => d.plan);
  const edits = toTextEdits(lines, lineEdits);
  const fixed = applyEdits(file.text, edits);
  const base = { path: file.path, workflow, jobs, original: file.text };
  if (edits.length === 0 || fixed === file.text) return { ...base, status: 'unchanged', edits: [], fixed: file.text };
  const problem = checkResult(file, fixed, decisions, workflow.action === 'keep' ? undefined : newTop);
  if (problem) {
    // Never write a plan that does not do what it says: drop it whole, and say why.
    return { ...base, status: 'skipped', why: `not fixed: the planned edit failed its check (${problem})`, edits: [], fixed: file.text };
  }
  return { ...base, status: 'changed', edits, fixed };
}
