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

function lower(a: PermissionLevel, b: PermissionLevel): PermissionLevel {
  return RANK[a] <= RANK[b] ? a : b;
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
          for (const job of called) {
            for (const [scope, need] of Object.entries(job.needs)) {
              if (need.privateOnly) continue;
              const grantOf = (s: string): PermissionLevel => (job.narrowing ? lower(call.grant[s] ?? 'none', job.narrowing[s] ?? 'none') : (call.grant[s] ?? 'none'));
              const granted = grantOf(scope);
              if (RANK[granted] >= RANK[need.level]) continue;
              if (need.alternatives?.some((a) => RANK[grantOf(a)] >= RANK[need.level])) continue; // met another way
              const narrowedThere = job.narrowing !== undefined && RANK[job.narrowing[scope] ?? 'none'] < RANK[need.level];
              const severity: Severity = need.level === 'read' ? 'low' : need.certain ? 'high' : 'medium';
              context.report(c.path, {
                message:
                  `Job "${call.jobId}" calls ${call.target}, whose job "${job.id}" needs \`${scope}: ${need.level}\` (${need.reason}), ` +
                  `but it gets \`${scope}: ${granted}\`${narrowedThere ? " (the called workflow's own block narrows it)" : ' from this call'}: ` +
                  (need.level === 'read' ? 'that job may fail (certainly in a private repository)' : 'that job will fail'),
                severity,
                span: call.span,
                path: ['jobs', call.jobId, 'uses', 'needs', job.id, scope],
              });
            }
          }
        }
        if (!call.ownBlock || !called.every((j) => j.judgeable)) continue;
        for (const [scope, { level, span }] of Object.entries(call.ownBlock)) {
          if (level !== 'write') continue;
          // A scope that meets another scope's need as well counts as needed (see CalledJob.needs).
          const needs = (j: CalledJob, level: 'read' | 'write'): boolean =>
            j.needs[scope]?.level === level || Object.values(j.needs).some((n) => n.level === level && n.alternatives?.includes(scope));
          const needers = called.filter((j) => needs(j, 'write'));
          if (needers.length > 0) continue;
          const readers = called.filter((j) => needs(j, 'read'));
          context.report(c.path, {
            message:
              readers.length > 0
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
