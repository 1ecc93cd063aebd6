import type { Rule, RuleContext } from '../model/rule.js';
import type { Severity } from '../model/severity.js';
import { didYouMean } from '../model/suggest.js';
import { entrySpan, isMap, keySpan, valueSpan, type Span, type YMap } from '../workflows/yaml.js';
import { isReusableCall, jobsOf, stepsOfJob, usesAction, withInput, type JobRef } from '../workflows/model.js';
import { isUnpinnedThirdParty } from '../workflows/third-party.js';
import { PERMISSION_SCOPE_NAMES, PERMISSION_SCOPES, type PermissionLevel } from '../workflows/permissions.js';
import type { PathSegment } from '../workflows/paths.js';
import { effectivePermissions, isWorkflowCallOnly } from '../workflows/effective-permissions.js';
import { jobNeeds, needsUnderGrant, type JobNeeds, type NeedReason } from '../workflows/needs.js';
import { jobExposure, shiftSeverity, strongestGate, triggerExposure, UNTRUSTED_REF_RE, type TriggerExposure } from '../workflows/exposure.js';
import { shiftByExposure } from '../workflows/token-power.js';
import { codeSinkOf, untrustedExpansions } from '../workflows/untrusted-values.js';

/**
 * GITHUB_TOKEN permissions, judged the way GitHub runs the jobs: each job's effective grant (its own block, else the
 * workflow's, else the repository default) against what its steps need (the knowledge base, src/workflows/needs.ts).
 *
 * - Nothing set anywhere: the jobs run with the repository default, possibly write-all — one finding for the workflow,
 *   each job that inherits it a related location (medium; high when anyone can start the workflow and a job runs
 *   code they influence; low when the scan knows the repository's default is read).
 * - `write-all` (high) / `read-all` (medium), unknown scopes and invalid levels.
 * - A write scope at workflow level, graded by who inherits it: no inheriting job needs it → by scope and exposure
 *   (the default every job, including jobs added later, inherits); some need it and others not → one level lower, and
 *   the fix is to move it into the jobs that need it; every inheriting job needs it → nothing. A block that reaches no
 *   job has no effect (info). A `workflow_call`-only workflow grants nothing itself: its blocks only narrow the caller.
 * - A write scope in a job's own block that none of its steps needs: low (hygiene; the recommended shape otherwise).
 * - A scope a step needs that the job's explicit grant withholds: the step will fail (high when the knowledge base is
 *   certain, medium when the need was inferred).
 * - Jobs whose needs are `unknown` are never graded above low.
 */
export const permissions: Rule = {
  meta: {
    id: 'permissions',
    category: 'permissions',
    defaultSeverity: 'medium',
    summary:
      "GITHUB_TOKEN permissions against what each job needs: jobs on the repository default, write-all/read-all, write scopes no inheriting job needs, grants missing for a step's needs, invalid blocks.",
    remediation:
      'Set `permissions: {}` (or `contents: read`) at the top of the workflow and grant each job only the scopes its steps need in its own `permissions:` map.',
    docs: '#rule-permissions',
    tags: ['least-privilege'],
    appliesTo: ['workflow'],
  },
  check(context) {
    const { root } = context.file;
    const reusableOnly = isWorkflowCallOnly(root);
    const exposure = triggerExposure(root);
    const jobs = jobsOf(root);
    const hasWorkflowBlock = has(root, 'permissions');

    if (hasWorkflowBlock) checkBlockSyntax(context, root, ['permissions'], 'workflow', reusableOnly);
    for (const job of jobs) if (has(job.job, 'permissions')) checkBlockSyntax(context, job.job, [...job.path, 'permissions'], 'job', reusableOnly);

    const inheriting = jobs.filter((j) => !has(j.job, 'permissions'));
    if (!hasWorkflowBlock && !reusableOnly) reportDefaultGrant(context, inheriting, exposure);
    if (!hasWorkflowBlock && reusableOnly) reportNestedCalls(context, inheriting);
    if (hasWorkflowBlock && !reusableOnly) judgeWorkflowBlock(context, jobs, inheriting, exposure);
    for (const job of jobs) {
      if (isReusableCall(job.job)) continue;
      if (has(job.job, 'permissions')) judgeJobBlock(context, job);
      reportMissingGrants(context, job);
    }
  },
};

function has(map: YMap, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key);
}

/** Who can start the workflow, for messages. */
function exposureClause(exposure: TriggerExposure): string {
  if (exposure.level === 'outsider') return `; anyone can start this workflow (${exposure.events.join(', ')})`;
  if (exposure.level === 'maintainer') return `; only maintainers start this workflow (${exposure.events.join(', ')})`;
  return '';
}

function list(names: readonly string[], max = 5): string {
  return names.slice(0, max).join(', ') + (names.length > max ? `, … (${names.length} in all)` : '');
}

/**
 * One finding for one root cause: no block anywhere, every job that inherits the default as a related location. Its
 * severity follows the repository's setting when the scan knows it (an organisation scan reads it from the API): a
 * `read` default makes the missing block a matter of hygiene (low: the file still depends on a setting that can
 * change, and a copy of it elsewhere may run with write-all); a `write` or unknown default is what it was.
 */
function reportDefaultGrant(context: RuleContext, inheriting: JobRef[], exposure: TriggerExposure): void {
  if (inheriting.length === 0) return;
  const jobsKey = context.file.root.jobs as YMap;
  const known = context.file.defaultWorkflowPermissions;
  // On a trigger anyone can start, the default token is within an outsider's reach when the job runs code they can
  // influence: a third-party action at a movable ref, a reusable workflow, event text in a script, the PR's code.
  const reach = exposure.level === 'outsider' && known !== 'read' ? inheriting.map((j) => outsiderReach(context, j)).find((r) => r !== undefined) : undefined;
  const severity: Severity = known === 'read' ? 'low' : reach ? 'high' : 'medium';
  const calls = inheriting.filter((j) => isReusableCall(j.job));
  const names = inheriting.map((j) => j.id);
  const what =
    inheriting.length === 1
      ? isReusableCall(inheriting[0]!.job)
        ? `job "${names[0]}" calls a reusable workflow, which gets`
        : `job "${names[0]}" runs with`
      : `${inheriting.length} jobs (${list(names)}) run with`;
  const grant =
    known === 'read'
      ? "the repository's default GITHUB_TOKEN permissions, which this repository sets to read (`contents: read`, `packages: read`)"
      : known === 'write'
        ? "the repository's default GITHUB_TOKEN permissions, which this repository sets to read and write (every scope)"
        : "the repository's default GITHUB_TOKEN permissions (possibly write-all)";
  context.report({
    message:
      `No \`permissions:\` at the top of the workflow and none in the job: ${what} ${grant}` +
      exposureClause(exposure) +
      (reach ? `, and ${reach}` : exposure.level === 'outsider' && known !== 'read' ? '; no step is seen running code an outsider controls' : '') +
      (known === 'read' ? '; declare them in the file, so they do not depend on a setting that can change' : ''),
    severity,
    span: keySpan(context.file.root, 'on') ?? keySpan(context.file.root, 'jobs')!,
    path: ['permissions'],
    related: inheriting.map((j) => ({
      message: calls.includes(j) ? `job "${j.id}" calls a reusable workflow with the default token` : `job "${j.id}" inherits the default token`,
      span: keySpan(jobsKey, j.id)!,
    })),
  });
}

/**
 * A `workflow_call`-only workflow's own jobs run with what its caller grants, but a nested call hands all of it on to
 * another workflow (often in another repository): that call site is where it is narrowed.
 */
function reportNestedCalls(context: RuleContext, inheriting: JobRef[]): void {
  for (const job of inheriting) {
    if (!isReusableCall(job.job)) continue;
    context.report({
      message: `Job "${job.id}" calls a reusable workflow without \`permissions:\`: it hands on every permission this workflow's caller grants`,
      span: keySpan(context.file.root.jobs as YMap, job.id)!,
      path: [...job.path, 'permissions'],
    });
  }
}

/** What in a job lets an outsider reach its token, for messages; undefined when nothing is seen. */
function outsiderReach(context: RuleContext, job: JobRef): string | undefined {
  if (strongestGate(job.job.if)?.strength === 'strong') return undefined;
  if (isReusableCall(job.job)) return `job "${job.id}" hands it to a reusable workflow`;
  for (const step of stepsOfJob(job)) {
    const s = step.step;
    if (isUnpinnedThirdParty(s.uses, context.repositoryOwner)) return `job "${job.id}" runs ${String(s.uses).trim()}, a third-party action at a movable ref`;
    const sink = codeSinkOf(context.file, step);
    if (sink && untrustedExpansions(context.file, step, sink).length) return `job "${job.id}" expands text an outsider writes into a script`;
    const ref = withInput(s, 'ref');
    if (usesAction(s, 'actions/checkout') && typeof ref === 'string' && UNTRUSTED_REF_RE.test(ref)) {
      return `job "${job.id}" checks out the pull request's code`;
    }
  }
  return undefined;
}

const LEVEL_RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };

/**
 * Needs we cannot judge: `unknown`, or an action missing from the knowledge base — it may read `github.token` by
 * default (GitHub lets every action do so), so "it does not need the scope" cannot be claimed for its job.
 */
export function cannotJudge(needs: JobNeeds): boolean {
  return needs.confidence === 'unknown' || needs.likelyBecause.some((d) => d.kind === 'unknown-action');
}

function needsWrite(needs: JobNeeds, scope: string): boolean {
  return needs.scopes[scope]?.level === 'write';
}

/** The first reason a job needs a scope, for messages: "actions/labeler: applies labels". */
export function firstReason(reasons: readonly NeedReason[], level?: PermissionLevel): string {
  const r = reasons.find((x) => level === undefined || x.level === level) ?? reasons[0];
  if (!r) return '';
  return r.reason;
}

function judgeWorkflowBlock(context: RuleContext, jobs: JobRef[], inheriting: JobRef[], exposure: TriggerExposure): void {
  const { root } = context.file;
  const block = root.permissions;
  const span = entrySpan(root, 'permissions')!;
  if (inheriting.length === 0) {
    // Only worth saying when the block grants something a reader could believe applies.
    const grants =
      typeof block === 'string'
        ? block === 'write-all' || block === 'read-all'
        : isMap(block) && Object.keys(block).some((s) => {
            const level = block[s];
            return (level === 'read' || level === 'write') && (PERMISSION_SCOPES[s]?.levels as readonly string[] | undefined)?.includes(level) === true;
          });
    if (grants && jobs.length > 0) {
      context.report({
        message: 'This workflow-level `permissions:` reaches no job: every job sets its own, so it has no effect',
        severity: 'info',
        span,
        path: ['permissions', 'no-effect'],
      });
    }
    return;
  }
  if (!isMap(block)) return; // write-all / read-all / {} are judged by checkBlockSyntax
  const single = jobs.length === 1;
  for (const scope of Object.keys(block)) {
    if (block[scope] !== 'write' || !PERMISSION_SCOPES[scope]) continue;
    const needers: JobRef[] = [];
    const unknown: JobRef[] = [];
    const notNeeding: JobRef[] = [];
    for (const job of inheriting) {
      const needs = grantedNeeds(context, job);
      if (needsWrite(needs, scope)) needers.push(job);
      else if (cannotJudge(needs)) unknown.push(job);
      else notNeeding.push(job);
    }
    if (notNeeding.length === 0 && (needers.length > 0 || unknown.length === 0)) continue; // every judged job needs it
    const scopeSpan = entrySpan(block, scope)!;
    const path = ['permissions', scope];
    const base = PERMISSION_SCOPES[scope]!.workflowWriteSeverity;
    // Who can start the jobs the grant reaches without their needing it: a strong gate on each of them (forks
    // excluded, the author's association …) keeps outsiders out, whatever the trigger.
    const reached = reachExposure(context, notNeeding.length > 0 ? notNeeding : unknown, exposure);
    const shifted = shiftByExposure(base, { exposure: reached.level });
    if (notNeeding.length === 0) {
      // Only jobs we cannot read inherit it (local actions, reusable workflows, unknown actions handed the token).
      context.report({
        message: `\`${scope}: write\` at the top of the workflow reaches ${unknown.length === 1 ? `job "${unknown[0]!.id}"` : `jobs ${list(unknown.map((j) => j.id))}`}, whose needs cannot be read from this file (${unknownWhy(context, unknown[0]!)}); grant it in the job that needs it`,
        severity: 'low',
        span: scopeSpan,
        path,
      });
      continue;
    }
    const names = notNeeding.map((j) => j.id);
    if (needers.length === 0 && unknown.length === 0) {
      const who = single ? `the workflow's only job ("${names[0]}"), which does not need it` : `every job of the workflow (${list(names)}), and none of them needs it`;
      context.report({
        message: `\`${scope}: write\` is granted to ${who}: it is the default every job inherits, including jobs added later${exposureClause(reached)}`,
        severity: shifted,
        span: scopeSpan,
        path,
        related: notNeeding.map((j) => ({ message: `job "${j.id}" inherits \`${scope}: write\` and does not need it`, span: keySpan(root.jobs as YMap, j.id)! })),
      });
      continue;
    }
    // Some inheriting jobs need it, others do not: the scope belongs in the jobs that need it.
    const needNames = needers.map((j) => j.id);
    const reason = needers.length > 0 ? firstReason(grantedNeeds(context, needers[0]!).scopes[scope]!.because, 'write') : '';
    context.report({
      message:
        `\`${scope}: write\` at the top of the workflow also reaches ${names.length === 1 ? `job "${names[0]}"` : `jobs ${list(names)}`}, which ${names.length === 1 ? 'does' : 'do'} not need it` +
        (needers.length > 0 ? `; grant it only in ${needNames.length === 1 ? `job "${needNames[0]}"` : `jobs ${list(needNames)}`}${reason ? ` (${reason})` : ''}` : '') +
        exposureClause(reached),
      severity: unknown.length > 0 && needers.length === 0 ? 'low' : shiftSeverity(shifted, -1, 'low'),
      span: scopeSpan,
      path,
      related: notNeeding.map((j) => ({ message: `job "${j.id}" inherits \`${scope}: write\` and does not need it`, span: keySpan(root.jobs as YMap, j.id)! })),
    });
  }
}


/**
 * What the job needs, as its grant meets it: a need another scope meets as well (the issues API on a pull request's
 * number) counts for the scope the job grants (needsUnderGrant).
 */
function grantedNeeds(context: RuleContext, job: JobRef): JobNeeds {
  const granted = effectivePermissions(context.file, job);
  return needsUnderGrant(jobNeeds(context.file, job), (scope) => granted.level(scope));
}

/** The widest exposure among `jobs`, each behind its own `if:` gate (jobExposure); the workflow's when there are none. */
function reachExposure(context: RuleContext, jobs: readonly JobRef[], workflow: TriggerExposure): TriggerExposure {
  const rank: Record<TriggerExposure['level'], number> = { maintainer: 0, contributor: 1, outsider: 2 };
  let widest: TriggerExposure | undefined;
  for (const job of jobs) {
    const e = jobExposure(context.file.root, job.job);
    if (!widest || rank[e.level] > rank[widest.level]) widest = { level: e.level, events: e.events };
  }
  return widest ?? workflow;
}

function unknownWhy(context: RuleContext, job: JobRef): string {
  const needs = jobNeeds(context.file, job);
  const doubt = needs.unknownBecause[0] ?? needs.likelyBecause.find((d) => d.kind === 'unknown-action');
  return doubt ? doubt.reason : 'not all of its steps are known';
}

/** A job's own block: write scopes none of its steps needs (low: the shape is right, the grant is wider than needed). */
function judgeJobBlock(context: RuleContext, job: JobRef): void {
  const block = job.job.permissions;
  if (!isMap(block)) return;
  const needs = grantedNeeds(context, job);
  if (cannotJudge(needs)) return;
  for (const scope of Object.keys(block)) {
    if (block[scope] !== 'write' || !PERMISSION_SCOPES[scope]) continue;
    const need = needs.scopes[scope];
    if (need?.level === 'write') continue;
    context.report({
      message:
        need?.level === 'read'
          ? `Job "${job.id}" is granted \`${scope}: write\` but its steps only read (${firstReason(need.because)}): \`${scope}: read\` is enough`
          : `Job "${job.id}" is granted \`${scope}: write\` but none of its steps needs it${needs.confidence === 'likely' ? ' (as far as its steps can be read)' : ''}`,
      severity: 'low',
      span: entrySpan(block, scope)!,
      path: [...job.path, 'permissions', scope],
    });
  }
}

/** Needs the job's explicit grant withholds: the step will fail. */
function reportMissingGrants(context: RuleContext, job: JobRef): void {
  const granted = effectivePermissions(context.file, job);
  if (granted.possiblyWriteAll || granted.source === 'default') return;
  const needs = grantedNeeds(context, job);
  for (const scope of Object.keys(needs.scopes)) {
    const need = needs.scopes[scope]!;
    if (need.privateOnly || !PERMISSION_SCOPES[scope]) continue;
    if (LEVEL_RANK[granted.level(scope)] >= LEVEL_RANK[need.level]) continue;
    if (granted.unknownScopes.includes(scope)) continue;
    const certain = need.because.some((r) => r.confidence === 'certain' && r.level === need.level);
    // The steps that need it already get another write scope they need: the author granted for this step and left
    // this scope out, most often because the step is configured not to use it (e.g. a stale bot for issues only).
    const partial = need.level === 'write' && need.because.some((r) => otherWriteGranted(needs, r.stepPath, scope, granted.level.bind(granted)));
    // Public content can often be read without the scope: a missing read is a likely failure, not a certain one.
    // Every step that needs it runs only under a condition: it fails when it runs, which may be rare.
    const conditional = need.because.every((r) => stepCondition(job, r.stepPath) !== undefined);
    const severity: Severity = need.level === 'read' || partial ? 'low' : certain && !conditional ? 'high' : 'medium';
    const outcome =
      need.level === 'read'
        ? 'the step may fail (certainly in a private repository)'
        : partial
          ? `if the step acts on ${scope}, it will fail (the job grants it other write scopes, so leaving this one out may be deliberate)`
          : conditional
            ? 'the step will fail whenever its `if:` lets it run'
            : 'the step will fail';
    const where = granted.source === 'job' ? `its \`permissions:\`` : "the workflow's `permissions:`";
    const span: Span = (need.because.find((r) => r.level === need.level) ?? need.because[0])?.span ?? granted.span!;
    context.report({
      message:
        `Job "${job.id}" needs \`${scope}: ${need.level}\` (${firstReason(need.because, need.level)}) but ${where} grants ` +
        `\`${scope}: ${granted.level(scope)}\`: ${outcome}` +
        (granted.narrowedByCaller ? ' whatever the caller grants' : ''),
      severity,
      span,
      path: [...job.path, 'permissions', scope, 'missing'],
      related: granted.span ? [{ message: 'the grant that decides', span: granted.span }] : [],
    });
  }
}

/** The `if:` of the job's step at `stepPath`, if it has one. */
function stepCondition(job: JobRef, stepPath: readonly PathSegment[]): unknown {
  const key = stepPath.join('\u0000');
  const step = stepsOfJob(job).find((s) => s.path.join('\u0000') === key);
  const condition = step?.step.if;
  return condition === undefined || condition === null || condition === true || condition === 'true' ? undefined : condition;
}

/** True when the step at `stepPath` needs a write scope other than `scope` that the job's grant gives it. */
function otherWriteGranted(needs: JobNeeds, stepPath: readonly PathSegment[], scope: string, level: (scope: string) => PermissionLevel): boolean {
  const key = stepPath.join('\u0000');
  return Object.entries(needs.scopes).some(
    ([other, need]) => other !== scope && other !== 'id-token' && level(other) === 'write' && need.because.some((r) => r.level === 'write' && r.stepPath.join('\u0000') === key),
  );
}

function checkBlockSyntax(context: RuleContext, holder: YMap, path: PathSegment[], level: 'workflow' | 'job', reusableOnly: boolean): void {
  const value = holder.permissions;
  const where = level === 'workflow' ? 'for the whole workflow' : `for job "${String(path[1])}"`;
  const span = entrySpan(holder, 'permissions')!;
  if (value === null || value === '') return; // an empty block grants nothing
  if (typeof value === 'string') {
    if (value === 'write-all') {
      // In a workflow_call-only workflow the block only caps what the caller grants.
      const reaches = level === 'job' || jobsOf(context.file.root).some((j) => !has(j.job, 'permissions'));
      if (reusableOnly || !reaches) return;
      context.report({ message: `\`permissions: write-all\` grants every scope write access ${where}`, severity: 'high', span, path });
    } else if (value === 'read-all') {
      if (reusableOnly) return;
      context.report({ message: `\`permissions: read-all\` grants read access to every scope ${where}`, severity: 'medium', span, path });
    } else if (!value.includes('${{')) {
      context.report({
        message: `Invalid permissions value "${value}": use read-all, write-all, {} or a map of scopes${didYouMean(value, ['read-all', 'write-all'])}`,
        span,
        path,
      });
    }
    return;
  }
  if (!isMap(value)) {
    context.report({ message: 'Invalid `permissions:`: expected read-all, write-all, {} or a map of scopes', span, path });
    return;
  }
  for (const scope of Object.keys(value)) {
    const level_ = value[scope];
    const scopePath = [...path, scope];
    const info = PERMISSION_SCOPES[scope];
    if (!info) {
      context.report({
        message: `Unknown permission scope "${scope}"${didYouMean(scope, PERMISSION_SCOPE_NAMES)}`,
        span: keySpan(value, scope)!,
        path: scopePath,
      });
      continue;
    }
    if (typeof level_ !== 'string' || !(info.levels as readonly string[]).includes(level_)) {
      context.report({
        message: `Invalid level "${String(level_)}" for permission "${scope}": expected ${info.levels.join(', ')}`,
        span: valueSpan(value, scope)!,
        path: scopePath,
      });
    }
  }
}
