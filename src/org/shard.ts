/**
 * The shard plan of an organisation scan: which repositories are scanned (archived, disabled and empty ones never;
 * forks on request) and which job scans each. Pure and deterministic: the same listing gives the same plan, byte for
 * byte, so a failed shard can be re-run alone against the plan the others followed.
 *
 * The default number of shards is ⌈repositories / 250⌉, at most 20. Why those numbers: a shard makes at most about
 * one API call per repository (see README: Organisation scan), so a 250-repository shard needs ≈ 250 calls — 5 % of
 * the 5,000 requests an hour a PAT or App installation has — and finishes in minutes when the token has room. All
 * shards share the one token's hourly budget, so more shards do not make a rate-limited scan faster: twenty shards of
 * 250 already spend ≈ one token-hour; beyond 5,000 repositories the shards grow instead of multiplying. `--shards N`
 * overrides it (at most 256, the most jobs a matrix may have).
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';
import { ORG_FORMAT_VERSION, PLAN_KIND, type OrgPlan, type OrgRepository, type PlannedRegistry, type PlannedShard } from './types.js';
import type { DefaultWorkflowPermissions } from '../workflows/source.js';

export const REPOSITORIES_PER_SHARD = 250;
export const MAX_DEFAULT_SHARDS = 20;
/** GitHub Actions runs at most 256 jobs from one matrix. */
export const MAX_SHARDS = 256;

export function defaultShardCount(repositories: number): number {
  return Math.max(1, Math.min(MAX_DEFAULT_SHARDS, Math.ceil(repositories / REPOSITORIES_PER_SHARD)));
}

/** Names compare by code unit, never by locale: the plan must not depend on the machine that made it. */
function compareNames(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

export interface RepositorySelection {
  scan: OrgRepository[];
  skipped: OrgPlan['skipped'];
}

/** Which listed repositories are scanned: not archived, disabled or empty; forks only when asked. Sorted by name. */
export function selectRepositories(listed: readonly OrgRepository[], options: { forks: boolean }): RepositorySelection {
  const skipped: OrgPlan['skipped'] = { archived: [], disabled: [], empty: [], forks: [] };
  const scan: OrgRepository[] = [];
  for (const repo of [...listed].sort((a, b) => compareNames(a.nameWithOwner, b.nameWithOwner))) {
    if (repo.isArchived) skipped.archived.push(repo.nameWithOwner);
    else if (repo.isDisabled) skipped.disabled.push(repo.nameWithOwner);
    else if (repo.isEmpty || repo.defaultBranch === null) skipped.empty.push(repo.nameWithOwner);
    else if (repo.isFork && !options.forks) skipped.forks.push(repo.nameWithOwner);
    else scan.push(repo);
  }
  return { scan, skipped };
}

export interface PlanInput {
  org: string;
  listed: readonly OrgRepository[];
  forks: boolean;
  mode?: 'graphql' | 'rest';
  /** Explicit shard count (`--shards`); absent: defaultShardCount. */
  shards?: number;
  /** Weight per `owner/name` (workflow counts from an earlier report); absent or missing: 1. */
  weights?: ReadonlyMap<string, number>;
  orgRegistry?: PlannedRegistry;
  orgDefaultWorkflowPermissions?: DefaultWorkflowPermissions | null;
  notes?: string[];
}

/**
 * Splits the repositories into shards: heaviest first, each to the lightest shard (ties: the lower index), names
 * ascending within a shard. With no weights every repository weighs 1 and the shards differ by at most one.
 */
export function planShards(input: PlanInput): OrgPlan {
  const { scan, skipped } = selectRepositories(input.listed, { forks: input.forks });
  if (input.shards !== undefined && (!Number.isInteger(input.shards) || input.shards < 1 || input.shards > MAX_SHARDS)) {
    throw new UsageError(`--shards must be a whole number from 1 to ${MAX_SHARDS} (got ${input.shards})`);
  }
  const wanted = input.shards ?? defaultShardCount(scan.length);
  const count = Math.max(1, Math.min(wanted, scan.length));
  const reason =
    input.shards !== undefined
      ? `${input.shards} asked for${count < input.shards ? `, ${count} used (one repository per shard at most)` : ''}`
      : `default: ⌈${scan.length} repositories / ${REPOSITORIES_PER_SHARD}⌉ = ${Math.ceil(scan.length / REPOSITORIES_PER_SHARD)}, at least 1, at most ${MAX_DEFAULT_SHARDS}`;
  const weightOf = (name: string): number => {
    const w = input.weights?.get(name);
    return w !== undefined && Number.isFinite(w) && w > 0 ? w : 1;
  };
  const shards: PlannedShard[] = Array.from({ length: count }, (_, i) => ({ index: i + 1, repositories: [], weight: 0 }));
  const order = scan.map((r) => r.nameWithOwner).sort((a, b) => weightOf(b) - weightOf(a) || compareNames(a, b));
  for (const name of order) {
    let lightest = shards[0]!;
    for (const s of shards) if (s.weight < lightest.weight) lightest = s;
    lightest.repositories.push(name);
    lightest.weight += weightOf(name);
  }
  for (const s of shards) s.repositories.sort(compareNames);
  return {
    version: ORG_FORMAT_VERSION,
    kind: PLAN_KIND,
    org: input.org,
    options: { forks: input.forks, mode: input.mode ?? 'graphql' },
    repositories: scan.length,
    skipped,
    shardCountReason: reason,
    shards: scan.length === 0 ? [] : shards,
    ...(input.orgRegistry ? { orgRegistry: input.orgRegistry } : {}),
    notes: input.notes ?? [],
    ...(input.orgDefaultWorkflowPermissions !== undefined ? { orgDefaultWorkflowPermissions: input.orgDefaultWorkflowPermissions } : {}),
  };
}

/** Identifies a plan: shard results carry it, and the merge refuses results of another plan. */
export function planDigest(plan: OrgPlan): string {
  const identity = { org: plan.org, shards: plan.shards.map((s) => s.repositories), registry: plan.orgRegistry?.text ?? null };
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 16);
}

export function renderPlan(plan: OrgPlan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** Reads a plan file's text; a UsageError says what is wrong with it. */
export function parsePlan(text: string, source: string): OrgPlan {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`${source} is not JSON: expected a plan written by \`token-warden org-scan --plan-only\``);
  }
  const plan = data as Partial<OrgPlan> | null;
  if (!plan || plan.kind !== PLAN_KIND) throw new UsageError(`${source} is not an organisation scan plan (kind "${PLAN_KIND}")`);
  if (plan.version !== ORG_FORMAT_VERSION) throw new UsageError(`${source} is a plan of format version ${String(plan.version)}; this token-warden reads version ${ORG_FORMAT_VERSION}`);
  if (typeof plan.org !== 'string' || !Array.isArray(plan.shards)) throw new UsageError(`${source} is not a complete plan (org, shards)`);
  return plan as OrgPlan;
}

/** Shard `index` (1-based) of a plan. */
export function shardOf(plan: OrgPlan, index: number): PlannedShard {
  const shard = plan.shards.find((s) => s.index === index);
  if (!shard) throw new UsageError(`the plan has ${plan.shards.length} shard(s), numbered 1 to ${plan.shards.length}: there is no shard ${index}`);
  return shard;
}
