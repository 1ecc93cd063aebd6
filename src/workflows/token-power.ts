/** What a leaked GITHUB_TOKEN is worth in a job, and how who can start the workflow moves a severity. */
import type { Severity } from '../model/severity.js';
import type { SourceFile } from './source.js';
import { triggerNames, type JobRef, type StepRef } from './model.js';
import type { YMap } from './yaml.js';
import { describeGrant, effectivePermissions, tokenWriteScopes, type EffectivePermissions } from './effective-permissions.js';
import { gateHolds, gateIn, jobExposure, permissionCheckBefore, shiftSeverity, triggerExposure, type Exposure } from './exposure.js';
import { classifySecret } from './secret-kinds.js';

/** `write`: the job's token can write (a scope other than id-token); `unknown`: not in the file; `read`: read at most. */
export type TokenPower = 'write' | 'unknown' | 'read';

export interface JobTokenContext {
  power: TokenPower;
  /** Undefined in a composite action: the calling job decides. */
  permissions: EffectivePermissions | undefined;
  /** For messages. */
  grant: string;
  exposure: Exposure;
  events: string[];
}

/**
 * A workflow that can be called (`workflow_call`) is started by whatever its callers are: a maintainer-only level
 * cannot be trusted there, so it counts as the reference level (no shift).
 */
function callable(root: YMap, exposure: Exposure): Exposure {
  return exposure === 'maintainer' && triggerNames(root).has('workflow_call') ? 'contributor' : exposure;
}

/**
 * Scopes whose write access, in a stolen token, changes code, releases, packages or deployments: the high end of the
 * token-theft scale. Writes to pull requests, issues, discussions, checks, statuses, pages (without `id-token`) and
 * the like can deface or mislead but not ship code: medium.
 */
const HIGH_VALUE_WRITES: ReadonlySet<string> = new Set(['contents', 'packages', 'actions', 'deployments', 'attestations', 'drives']);

/** How much a write token is worth to whoever steals it, by its most valuable write scope; undefined without one. */
export function writeWeight(p: EffectivePermissions | undefined): Severity | undefined {
  if (!p) return undefined;
  return scopesWeight(tokenWriteScopes(p));
}

/** The weight of a set of write scopes (see HIGH_VALUE_WRITES); undefined for none. */
export function scopesWeight(writeScopes: readonly string[]): 'high' | 'medium' | undefined {
  if (writeScopes.length === 0) return undefined;
  return writeScopes.some((s) => HIGH_VALUE_WRITES.has(s)) ? 'high' : 'medium';
}

export function tokenPower(p: EffectivePermissions | undefined): TokenPower {
  if (!p || p.possiblyWriteAll) return 'unknown';
  return tokenWriteScopes(p).length > 0 ? 'write' : 'read';
}

const CALLER_DECIDES: JobTokenContext = { power: 'unknown', permissions: undefined, grant: "the calling job's token permissions", exposure: 'contributor', events: [] };
const MEMO = Symbol('jobTokenContext');

/** The token's power and the exposure of a job (or of a composite action, where both are the caller's). Memoised per job. */
export function jobTokenContext(file: SourceFile, job: JobRef | undefined): JobTokenContext {
  if (file.kind !== 'workflow' || !job) return CALLER_DECIDES;
  let byJob = file.memo.get(MEMO) as Map<string, JobTokenContext> | undefined;
  if (!byJob) file.memo.set(MEMO, (byJob = new Map()));
  let ctx = byJob.get(job.id);
  if (!ctx) {
    const permissions = effectivePermissions(file, job);
    const exp = jobExposure(file.root, job.job);
    ctx = { power: tokenPower(permissions), permissions, grant: describeGrant(permissions), exposure: callable(file.root, exp.level), events: exp.events };
    byJob.set(job.id, ctx);
  }
  return ctx;
}

/**
 * A step's context: an outsider-triggered job behind a strong gate on the step (`if:`), or behind an earlier step that
 * checks the actor's permission and stops the job otherwise, counts as contributor.
 */
export function stepTokenContext(ctx: JobTokenContext, ref: StepRef): JobTokenContext {
  if (ctx.exposure !== 'outsider') return ctx;
  const gate = gateIn(ref.step.if);
  if ((gate && gateHolds(gate, ctx.events)) || permissionCheckBefore(ref)) return { ...ctx, exposure: 'contributor' };
  return ctx;
}

/** A context computed on first use: most steps have nothing to report, and computing it for them is wasted. */
export type LazyContext = () => JobTokenContext;

export function lazyContext(make: () => JobTokenContext): LazyContext {
  let value: JobTokenContext | undefined;
  return () => (value ??= make());
}

/** The most powerful token among a workflow's jobs (for workflow-level `env:`), with the workflow's exposure. */
export function workflowTokenContext(file: SourceFile, jobs: readonly JobRef[]): JobTokenContext {
  const contexts = jobs.map((j) => jobTokenContext(file, j));
  const rank: Record<TokenPower, number> = { read: 0, unknown: 1, write: 2 };
  const best = contexts.reduce<JobTokenContext | undefined>((a, c) => (!a || rank[c.power] > rank[a.power] ? c : a), undefined);
  const exp = triggerExposure(file.root);
  const base = best ?? CALLER_DECIDES;
  return { ...base, exposure: callable(file.root, exp.level), events: exp.events };
}

/**
 * Moves a severity by who can start the workflow: +1 when outsiders can (issue comments, pull_request_target …), −1
 * when only maintainers do (schedule, dispatch, tag pushes, releases), within [low, high]. `supplyChain` findings are
 * not moved: there the attacker is whoever can move the action's ref, whoever starts the run.
 */
export function shiftByExposure(severity: Severity, ctx: Pick<JobTokenContext, 'exposure'>, supplyChain = false): Severity {
  const by = supplyChain ? 0 : ctx.exposure === 'outsider' ? 1 : ctx.exposure === 'maintainer' ? -1 : 0;
  if (by === 0) return severity;
  return shiftSeverity(severity, by, 'low', severity === 'critical' ? 'critical' : 'high');
}

/** A clause for messages when the exposure moved the severity. */
export function exposureNote(ctx: Pick<JobTokenContext, 'exposure' | 'events'>, supplyChain = false): string {
  const events = ctx.events.join(', ');
  if (supplyChain) return '';
  if (ctx.exposure === 'outsider') return `; anyone can start this workflow (${events})`;
  if (ctx.exposure === 'maintainer' && events) return `; only maintainers start this workflow (${events})`;
  return '';
}

export interface JobCredentials {
  /** Secrets the job's steps, `env:` (job and workflow level) and inputs name, GITHUB_TOKEN and identifiers excepted. */
  secrets: string[];
  /** Every secret reaches the job (`toJSON(secrets)`, `secrets[<computed>]`). */
  allSecrets: boolean;
  /** `id-token: write`: the job can mint OIDC tokens for clouds and registries. */
  idToken: boolean;
}

const CREDENTIALS = Symbol('jobCredentials');

/**
 * What else than its token a job holds. Code that runs in the job (an injected command, a compromised action) can read
 * every secret of the job — the runner holds them all for the job's duration — not only the step's own. Memoised.
 */
export function jobCredentials(file: SourceFile, job: JobRef): JobCredentials {
  let byJob = file.memo.get(CREDENTIALS) as Map<string, JobCredentials> | undefined;
  if (!byJob) file.memo.set(CREDENTIALS, (byJob = new Map()));
  let found = byJob.get(job.id);
  if (!found) {
    const secrets = new Set<string>();
    let allSecrets = false;
    for (const ref of file.expressions.all()) {
      const inJob = ref.path[0] === 'jobs' ? ref.path[1] === job.id : ref.path[0] === 'env';
      if (!inJob) continue;
      if (ref.analysis.wholeSecrets || ref.analysis.dynamicSecretIndex) allSecrets = true;
      for (const name of ref.analysis.secretNames) {
        if (name.toUpperCase() !== 'GITHUB_TOKEN' && classifySecret(name).kind !== 'identifier') secrets.add(name);
      }
    }
    const permissions = effectivePermissions(file, job);
    found = { secrets: [...secrets], allSecrets, idToken: permissions.level('id-token') === 'write' };
    byJob.set(job.id, found);
  }
  return found;
}
