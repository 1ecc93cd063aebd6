import type { Rule, RuleContext } from '../model/rule.js';
import type { Severity } from '../model/severity.js';
import { valueSpan, type Span } from '../workflows/yaml.js';
import { checkoutPersistence, jobsOf, stepAnchor, stepGroups, usesAction, type JobRef, type StepRef } from '../workflows/model.js';
import { effectivePermissions, tokenWriteScopes, type EffectivePermissions } from '../workflows/effective-permissions.js';
import { isUnpinnedThirdParty } from '../workflows/third-party.js';
import { exposureNote, jobTokenContext, shiftByExposure, stepTokenContext, writeWeight, type JobTokenContext } from '../workflows/token-power.js';

/** A checkout that leaves the token in .git/config: `persist-credentials` unset or true (an expression is not judged). */
function persistsToken(step: StepRef): boolean {
  if (!usesAction(step.step, 'actions/checkout')) return false;
  const setting = checkoutPersistence(step.step);
  return setting === 'on' || setting === 'unset';
}

function scopesText(scopes: string[], p: EffectivePermissions): string {
  if (p.shape === 'write-all') return '`write-all`';
  const shown = scopes.slice(0, 4).map((s) => `\`${s}: write\``).join(', ');
  return scopes.length > 4 ? `${shown} …` : shown;
}

function permissionsRelated(p: EffectivePermissions): Array<{ message: string; span: Span }> {
  return p.span ? [{ message: `the job's token permissions (${p.source === 'job' ? 'job' : 'workflow'} level)`, span: p.span }] : [];
}

/**
 * Reusable workflows that must be called by tag: they verify their own ref from the OIDC token's `job_workflow_ref`
 * claim, so a SHA reference breaks them (the SLSA generators say so in their README). Reported at low with that reason.
 */
const TAG_REQUIRED = new Set(['slsa-framework/slsa-github-generator']);

function tagRequired(uses: string): boolean {
  const name = uses.trim().split('@')[0]!.toLowerCase().split('/').slice(0, 2).join('/');
  return TAG_REQUIRED.has(name);
}

function checkJob(context: RuleContext, job: JobRef, steps: readonly StepRef[]): void {
  const { file } = context;
  const owner = context.repositoryOwner;
  // Most jobs run no unpinned third-party code: nothing to weigh.
  if (!isUnpinnedThirdParty(job.job.uses, owner) && !steps.some((s) => isUnpinnedThirdParty(s.step.uses, owner))) return;
  const p = effectivePermissions(file, job);
  const jobCtx: JobTokenContext = jobTokenContext(file, job);
  const idToken = p.level('id-token') === 'write';
  const callerNote = p.narrowedByCaller ? ' (if the caller grants it)' : '';

  // A reusable workflow from someone else, called at a moving ref with the power to mint OIDC tokens.
  if (typeof job.job.uses === 'string') {
    if (idToken && isUnpinnedThirdParty(job.job.uses, owner) && tagRequired(job.job.uses)) {
      context.report({
        message: `Job "${job.id}" calls ${job.job.uses.trim()} by tag with \`id-token: write\`: this workflow must be referenced by tag (it verifies its own ref from the OIDC token), so it cannot be pinned to a SHA; trust in its tags is the price of its provenance`,
        severity: 'low',
        span: valueSpan(job.job, 'uses')!,
        path: [...job.path, 'uses', 'id-token'],
        related: permissionsRelated(p),
      });
    } else if (idToken && isUnpinnedThirdParty(job.job.uses, owner)) {
      context.report({
        message: `Job "${job.id}" calls third-party reusable workflow ${job.job.uses.trim()}, not pinned to a commit SHA, with \`id-token: write\`${callerNote}: whoever can move that ref can mint OIDC tokens for every cloud and registry that trusts this repository${exposureNote(jobCtx, true)}`,
        severity: shiftByExposure('high', jobCtx, true),
        span: valueSpan(job.job, 'uses')!,
        path: [...job.path, 'uses', 'id-token'],
        related: permissionsRelated(p),
      });
    }
    return;
  }

  // Only explicit grants count for the persisted token: with the repository default the grant is unknown (the
  // permissions rule reports the missing block) and flagging every unpinned action after a checkout would drown the rest.
  const weight = p.possiblyWriteAll ? undefined : writeWeight(p);
  const persisted = weight ? { scopes: tokenWriteScopes(p), severity: weight } : undefined;
  let checkout: StepRef | undefined;
  for (const step of steps) {
    if (persistsToken(step)) {
      checkout ??= step;
      continue;
    }
    if (!isUnpinnedThirdParty(step.step.uses, owner)) continue;
    const uses = String(step.step.uses).trim();
    const afterCheckout = checkout && persisted ? checkout : undefined;
    if (!idToken && !afterCheckout) continue;
    const gains: string[] = [];
    if (idToken) gains.push(`OIDC tokens for every cloud and registry that trusts this repository (the job has \`id-token: write\`${callerNote})`);
    if (afterCheckout && persisted) gains.push(`the job's token (${scopesText(persisted.scopes, p)}), which actions/checkout left in .git/config`);
    const base: Severity = idToken ? 'high' : persisted!.severity;
    const related = [
      ...(afterCheckout ? [{ message: 'the checkout that persists the token', span: stepAnchor(afterCheckout) }] : []),
      ...permissionsRelated(p),
    ];
    const ctx = stepTokenContext(jobCtx, step);
    context.report({
      message: `Third-party action ${uses} is not pinned to a commit SHA: whoever can move that ref gets ${gains.join(', and ')}${exposureNote(ctx, true)}`,
      severity: shiftByExposure(base, ctx, true),
      span: valueSpan(step.step, 'uses')!,
      path: [...step.path, 'uses', idToken ? 'id-token' : 'persisted-token'],
      related,
    });
  }
}

export const unpinnedPrivilegedAction: Rule = {
  meta: {
    id: 'unpinned-privileged-action',
    category: 'unpinned-privileged-action',
    defaultSeverity: 'high',
    summary:
      'A third-party action not pinned to a commit SHA in a job with `id-token: write`, or after a checkout that left a token with write scopes in .git/config.',
    remediation:
      'Pin the action to a full commit SHA (with the version in a comment), or move it to a job without `id-token: write`; give the checkout `persist-credentials: false`.',
    docs: '#rule-unpinned-privileged-action',
    tags: ['supply-chain', 'least-privilege'],
    appliesTo: ['workflow'],
  },
  check(context) {
    const groups = stepGroups(context.file);
    jobsOf(context.file.root).forEach((job, i) => checkJob(context, job, groups[i] ?? []));
  },
};
