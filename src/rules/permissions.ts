import type { Rule, RuleContext } from '../model/rule.js';
import { didYouMean } from '../model/suggest.js';
import { entrySpan, isMap, keySpan, valueSpan, type YMap } from '../workflows/yaml.js';
import { isReusableCall, jobsOf, triggerNames, type JobRef } from '../workflows/model.js';
import { PERMISSION_SCOPE_NAMES, PERMISSION_SCOPES, PRIVILEGED_TRIGGERS } from '../workflows/permissions.js';
import type { PathSegment } from '../workflows/paths.js';
import { isWorkflowCallOnly } from '../workflows/effective-permissions.js';

/**
 * GITHUB_TOKEN permissions: jobs left on the repository default, write-all/read-all, workflow-wide
 * write scopes (graded), unknown scopes or levels, and reusable-workflow calls without permissions.
 */
export const permissions: Rule = {
  meta: {
    id: 'permissions',
    category: 'permissions',
    defaultSeverity: 'medium',
    summary: 'GITHUB_TOKEN permissions that are missing, blanket (write-all/read-all), workflow-wide writes, or invalid.',
    remediation:
      'Set `permissions: {}` (or `contents: read`) at the top of the workflow and grant each job only the scopes it needs in its own `permissions:` map.',
    docs: '#rule-permissions',
    tags: ['least-privilege'],
    appliesTo: ['workflow'],
  },
  check(context) {
    const { root } = context.file;
    const events = triggerNames(root);
    const reusableOnly = isWorkflowCallOnly(root);
    const privileged = [...events].filter((e) => PRIVILEGED_TRIGGERS.has(e));
    const defaultSeverity = privileged.length > 0 ? 'high' : 'medium';
    const privilegedNote = privileged.length > 0 ? ` on a privileged trigger (${privileged.join(', ')})` : '';
    const hasWorkflowPermissions = Object.prototype.hasOwnProperty.call(root, 'permissions');
    const jobs = jobsOf(root);

    if (hasWorkflowPermissions) checkBlock(context, root, ['permissions'], 'workflow');

    const inheriting: JobRef[] = [];
    for (const job of jobs) {
      if (Object.prototype.hasOwnProperty.call(job.job, 'permissions')) {
        checkBlock(context, job.job, [...job.path, 'permissions'], 'job');
        continue;
      }
      if (hasWorkflowPermissions) continue;
      if (isReusableCall(job.job)) {
        context.report({
          message: `Job "${job.id}" calls a reusable workflow without \`permissions:\`; the called workflow gets the repository's default token permissions`,
          span: keySpan(root.jobs as YMap, job.id)!,
          path: [...job.path, 'permissions'],
        });
        continue;
      }
      // A workflow_call-only workflow takes its token from the caller: its jobs are the caller's business.
      if (reusableOnly) continue;
      inheriting.push(job);
      context.report({
        message: `Job "${job.id}" has no \`permissions:\` and the workflow sets none: it runs with the repository's default GITHUB_TOKEN permissions${privilegedNote}`,
        severity: defaultSeverity,
        span: keySpan(root.jobs as YMap, job.id)!,
        path: [...job.path, 'permissions'],
      });
    }
    if (inheriting.length > 0) {
      const names = inheriting.map((j) => j.id);
      context.report({
        message: `No top-level \`permissions:\`: ${names.length} job(s) (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}) run with the repository's default GITHUB_TOKEN permissions${privilegedNote}`,
        severity: defaultSeverity,
        span: keySpan(root, 'on') ?? keySpan(root, 'jobs')!,
        path: ['permissions'],
      });
    }
  },
};

function checkBlock(context: RuleContext, holder: YMap, path: PathSegment[], level: 'workflow' | 'job'): void {
  const value = holder.permissions;
  const where = level === 'workflow' ? 'for the whole workflow' : `for job "${String(path[1])}"`;
  const span = entrySpan(holder, 'permissions')!;
  if (value === null || value === '') return; // an empty block grants nothing
  if (typeof value === 'string') {
    if (value === 'write-all') {
      context.report({ message: `\`permissions: write-all\` grants every scope write access ${where}`, severity: 'high', span, path });
    } else if (value === 'read-all') {
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
    const scopeSpan = entrySpan(value, scope)!;
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
      continue;
    }
    if (level === 'workflow' && level_ === 'write') {
      context.report({
        message: `\`${scope}: write\` is granted to every job of the workflow; grant it only in the jobs that need it`,
        severity: info.workflowWriteSeverity,
        span: scopeSpan,
        path: scopePath,
      });
    }
  }
}
