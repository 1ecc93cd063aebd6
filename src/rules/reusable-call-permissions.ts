/**
 * Permissions at the call site of a local reusable workflow, judged against what the called workflow's jobs need.
 *
 * A workflow triggered by `workflow_call` has no grant of its own: its jobs run with the calling job's token, narrowed
 * by their own blocks. So the `permissions` rule does not judge its blocks as grants, and a job that calls it looks
 * `unknown` from the caller's file. When both files are scanned (`uses: ./.github/workflows/x.yml` names a file of the
 * same repository), this cross-file rule reads the callee's jobs — their needs (the knowledge base) and their blocks —
 * and reports at the call:
 * - a scope a called job needs that the call (with the callee's own narrowing) withholds: that job will fail (high when
 *   the knowledge base is certain, medium when inferred, low for a missing read);
 * - a write scope the call job grants in its own block that no called job needs (low, as for any job-level grant).
 * Pure: works on what `collect` extracted from each parsed file.
 */
import type { ProjectRule, RuleMeta } from '../model/rule.js';
import type { Severity } from '../model/severity.js';
import { isReusableCall, jobsOf, triggerNames } from '../workflows/model.js';
import { effectivePermissions, localReusableWorkflow } from '../workflows/effective-permissions.js';
import { jobNeeds } from '../workflows/needs.js';
import { PERMISSION_SCOPES, type PermissionLevel } from '../workflows/permissions.js';
import { entrySpan, isMap, valueSpan, type Span } from '../workflows/yaml.js';
import { cannotJudge, firstReason } from './permissions.js';

interface CalledJob {
  id: string;
  /** The job's own narrowing (its block, else the callee's workflow block); undefined: none, the caller's grant passes. */
  narrowing: Record<string, PermissionLevel> | undefined;
  judgeable: boolean;
  /** `alternatives`: scopes that meet every reason at this level as well (the issues API on a pull request's number). */
  needs: Record<string, { level: 'read' | 'write'; privateOnly: boolean; certain: boolean; reason: string; alternatives?: string[] }>;
}

interface Call {
  jobId: string;
  target: string;
  span: Span;
  grant: Record<string, PermissionLevel>;
  /** The call's grant is the repository default (not in the file): missing needs cannot be judged. */
  possiblyWriteAll: boolean;
  /** The call job's own `permissions:` block, with the span of each scope. */
  ownBlock?: Record<string, { level: PermissionLevel; span: Span }>;
}

interface Collected {
  called?: CalledJob[];
  calls?: Call[];
}

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };
const SEVERITY_RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** Findings of one call, one per called job and scope, before the rest are gathered into one. */
const MAX_PER_CALL = 20;

function lower(a: PermissionLevel, b: PermissionLevel): PermissionLevel {
  return RANK[a] <= RANK[b] ? a : b;
}

interface Shortfall {
  jobId: string;
  scope: string;
  level: 'read' | 'write';
  granted: PermissionLevel;
  narrowedThere: boolean;
  reason: string;
  severity: Severity;
}

interface Shortfalls {
  /** The first MAX_PER_CALL, each its own finding. */
  first: Shortfall[];
  /** The rest, gathered. */
  rest: { jobs: string[]; scopes: string[]; severity: Severity };
}

/** What the called jobs need that `grant` (narrowed by each job's own block) withholds. */
function shortfallsOf(called: readonly CalledJob[], grant: Readonly<Record<string, PermissionLevel>>): Shortfalls {
  const first: Shortfall[] = [];
  const restJobs = new Set<string>();
  const restScopes = new Set<string>();
  let restSeverity: Severity = 'low';
  for (const job of called) {
    const narrowing = job.narrowing;
    const grantOf = (s: string): PermissionLevel => (narrowing ? lower(grant[s] ?? 'none', narrowing[s] ?? 'none') : (grant[s] ?? 'none'));
    for (const scope in job.needs) {
      const need = job.needs[scope]!;
      if (need.privateOnly) continue;
      const granted = grantOf(scope);
      if (RANK[granted] >= RANK[need.level]) continue;
      if (need.alternatives?.some((a) => RANK[grantOf(a)] >= RANK[need.level])) continue; // met another way
      const severity: Severity = need.level === 'read' ? 'low' : need.certain ? 'high' : 'medium';
      if (first.length < MAX_PER_CALL) {
        const narrowedThere = narrowing !== undefined && RANK[narrowing[scope] ?? 'none'] < RANK[need.level];
        first.push({ jobId: job.id, scope, level: need.level, granted, narrowedThere, reason: need.reason, severity });
        continue;
      }
      restJobs.add(job.id);
      restScopes.add(`${scope}: ${need.level}`);
      if (SEVERITY_RANK[severity] > SEVERITY_RANK[restSeverity]) restSeverity = severity;
    }
  }
  return { first, rest: { jobs: [...restJobs], scopes: [...restScopes], severity: restSeverity } };
}

const meta: RuleMeta = {
  id: 'reusable-call-permissions',
  category: 'permissions',
  defaultSeverity: 'medium',
  summary:
    "A call to a local reusable workflow judged against what the called jobs need: scopes they need that the call withholds, write scopes the call grants that none of them needs.",
  remediation: "Grant the calling job exactly the scopes the called workflow's jobs need (the caller's grant is the most they get).",
  docs: '#rule-reusable-call-permissions',
  tags: ['least-privilege'],
  appliesTo: ['workflow'],
};

export const reusableCallPermissions: ProjectRule<Collected> = {
  meta,
  collect(file) {
    if (file.kind !== 'workflow') return undefined;
    const out: Collected = {};
    const jobs = jobsOf(file.root);
    if (triggerNames(file.root).has('workflow_call')) {
      out.called = jobs
        .filter((j) => !isReusableCall(j.job))
        .map((job) => {
          const p = effectivePermissions(file, job);
          const needs = jobNeeds(file, job);
          const summary: CalledJob['needs'] = {};
          for (const [scope, need] of Object.entries(needs.scopes)) {
            const reasons = need.because.filter((r) => r.level === need.level);
            const alternatives = reasons.every((r) => r.alternatives?.length)
              ? reasons.reduce<string[]>((common, r, i) => (i === 0 ? [...r.alternatives!] : common.filter((a) => r.alternatives!.includes(a))), [])
              : [];
            summary[scope] = {
              level: need.level,
              privateOnly: need.privateOnly,
              certain: reasons.some((r) => r.confidence === 'certain'),
              reason: firstReason(need.because, need.level),
              ...(alternatives.length > 0 ? { alternatives } : {}),
            };
          }
          return { id: job.id, narrowing: p.source === 'default' ? undefined : { ...p.scopes }, judgeable: !cannotJudge(needs), needs: summary };
        });
    }
    const calls: Call[] = [];
    for (const job of jobs) {
      const target = localReusableWorkflow(job.job);
      if (!target) continue;
      const p = effectivePermissions(file, job);
      const block = job.job.permissions;
      let ownBlock: Record<string, { level: PermissionLevel; span: Span }> | undefined;
      if (p.source === 'job' && p.shape === 'map' && isMap(block)) {
        ownBlock = {};
        for (const scope of Object.keys(block)) {
          const level = block[scope];
          if (PERMISSION_SCOPES[scope] && (level === 'read' || level === 'write' || level === 'none')) {
            ownBlock[scope] = { level, span: entrySpan(block, scope)! };
          }
        }
      }
      calls.push({ jobId: job.id, target, span: valueSpan(job.job, 'uses')!, grant: { ...p.scopes }, possiblyWriteAll: p.possiblyWriteAll, ...(ownBlock ? { ownBlock } : {}) });
    }
    if (calls.length > 0) out.calls = calls;
    return out.called || out.calls ? out : undefined;
  },
  finish(context) {
    // What a called workflow's jobs use of each scope, once per workflow (many calls may name one).
    const summaries = new Map<string, { judgeable: boolean; levels: Map<string, 'read' | 'write'> }>();
    const summaryOf = (target: string, called: readonly CalledJob[]): { judgeable: boolean; levels: Map<string, 'read' | 'write'> } => {
      let summary = summaries.get(target);
      if (!summary) {
        const levels = new Map<string, 'read' | 'write'>();
        const use = (scope: string, level: 'read' | 'write'): void => {
          if (levels.get(scope) !== 'write') levels.set(scope, level);
        };
        for (const j of called) {
          for (const [scope, n] of Object.entries(j.needs)) {
            use(scope, n.level);
            // A scope that meets another scope's need as well counts as used (see CalledJob.needs).
            for (const a of n.alternatives ?? []) use(a, n.level);
          }
        }
        summary = { judgeable: called.every((j) => j.judgeable), levels };
        summaries.set(target, summary);
      }
      return summary;
    };
    const shortfallMemo = new Map<string, Shortfalls>();
    const callees = new Map<string, CalledJob[]>();
    for (const c of context.collected) if (c.data.called) callees.set(c.path, c.data.called);
    for (const c of context.collected) {
      // `./.github/workflows/x.yml` is relative to the caller's repository, which may sit below the scan root.
      const at = c.path.lastIndexOf('.github/workflows/');
      const repoPrefix = at > 0 ? c.path.slice(0, at) : '';
      for (const call of c.data.calls ?? []) {
        const called = callees.get(repoPrefix + call.target);
        if (!called) continue; // not scanned (or not a reusable workflow): nothing to judge it by
        if (!call.possiblyWriteAll) {
          // One finding per called job and scope, up to MAX_PER_CALL; the rest of the call's shortfalls in one more
          // (a hostile pair of files can make thousands of calls to a workflow of thousands of jobs). Calls granting
          // the same to the same workflow share one computation.
          const key = `${repoPrefix}${call.target}\u0000${JSON.stringify(call.grant)}`;
          let found = shortfallMemo.get(key);
          if (!found) shortfallMemo.set(key, (found = shortfallsOf(called, call.grant)));
          for (const f of found.first) {
            context.report(c.path, {
              message:
                `Job "${call.jobId}" calls ${call.target}, whose job "${f.jobId}" needs \`${f.scope}: ${f.level}\` (${f.reason}), ` +
                `but it gets \`${f.scope}: ${f.granted}\`${f.narrowedThere ? " (the called workflow's own block narrows it)" : ' from this call'}: ` +
                (f.level === 'read' ? 'that job may fail (certainly in a private repository)' : 'that job will fail'),
              severity: f.severity,
              span: call.span,
              path: ['jobs', call.jobId, 'uses', 'needs', f.jobId, f.scope],
            });
          }
          const rest = found.rest;
          if (rest.jobs.length > 0) {
            context.report(c.path, {
              message:
                `Job "${call.jobId}" calls ${call.target}, whose jobs ${rest.jobs.slice(0, 3).map((j) => `"${j}"`).join(', ')}${rest.jobs.length > 3 ? ` and ${(rest.jobs.length - 3).toLocaleString('en-US')} more` : ''} ` +
                `also need scopes this call withholds (${rest.scopes.slice(0, 5).join(', ')}${rest.scopes.length > 5 ? ', …' : ''}): past the first ${MAX_PER_CALL} shortfalls of this call, one finding for the rest`,
              severity: rest.severity,
              span: call.span,
              path: ['jobs', call.jobId, 'uses', 'needs', '#more'],
            });
          }
        }
        if (!call.ownBlock) continue;
        const summary = summaryOf(repoPrefix + call.target, called);
        if (!summary.judgeable) continue;
        for (const [scope, { level, span }] of Object.entries(call.ownBlock)) {
          if (level !== 'write') continue;
          const used = summary.levels.get(scope);
          if (used === 'write') continue;
          context.report(c.path, {
            message:
              used === 'read'
                ? `Job "${call.jobId}" grants \`${scope}: write\` to ${call.target}, whose jobs only read it: \`${scope}: read\` is enough`
                : `Job "${call.jobId}" grants \`${scope}: write\` to ${call.target}, and none of its jobs needs it`,
            severity: 'low',
            span,
            path: ['jobs', call.jobId, 'permissions', scope],
          });
        }
      }
    }
  },
};
