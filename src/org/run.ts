/**
 * The organisation scan's three steps over one client — plan (list, read the organisation's settings and registry,
 * split into shards), scan one shard (fetch in batches, read the default workflow permissions where they matter,
 * scan each repository, let its texts go), and, for small organisations, all three in one process. The pure parts
 * (selection and sharding, per-repository judgement, merge, renderers) live beside this file.
 *
 * The call budget per shard: the GraphQL calls of its batches (one per `batchSize` repositories, one more per batch
 * with local actions), a REST call per cut blob, and the repository settings — which are asked only where the
 * organisation's default is not `read` and a workflow depends on the default, and never more than the batch has
 * calls to spare, so a shard stays within one call per repository. Repositories left without a lookup keep the default
 * unknown, and the result says how many.
 */
import type { GitHubClient } from '../github/client.js';
import type { FailOn } from '../model/severity.js';
import type { DefaultWorkflowPermissions } from '../workflows/source.js';
import { checkRegistry } from '../registry/parse.js';
import { conditionalGet, mapLimit } from './api.js';
import type { ConditionalCache } from './cache.js';
import { newCallCounts, totalCalls } from './calls.js';
import { fetchRepositories, type FetchedBatch } from './fetch.js';
import { listOrgRepositories } from './list.js';
import { mergeShardResults } from './merge.js';
import { scanRepository, type OrgRegistry } from './scan.js';
import { dependsOnDefault, orgDefaultWorkflowPermissions, repoDefaultWorkflowPermissions } from './settings.js';
import { planDigest, planShards, shardOf } from './shard.js';
import { ORG_FORMAT_VERSION, SHARD_KIND, type CallCounts, type FailedRepository, type OrgPlan, type OrgReport, type RepositoryResult, type ShardResult } from './types.js';

export interface OrgScanContext {
  client: GitHubClient;
  /** The counter the client's transport counts into (./calls.ts countingFetch). */
  counts: CallCounts;
  cache?: ConditionalCache;
  /** Progress lines (the CLI writes them to standard error). */
  log?: (message: string) => void;
}

export interface PlanOptions {
  org: string;
  forks?: boolean;
  shards?: number;
  weights?: ReadonlyMap<string, number>;
  /** An organisation registry: its text (a local file), or `OWNER/REPO:PATH` to read from GitHub. */
  orgRegistry?: { source: string; text?: string };
  mode?: 'graphql' | 'rest';
}

function delta(after: CallCounts, before: CallCounts): CallCounts {
  return { graphql: after.graphql - before.graphql, rest: after.rest - before.rest, notModified: after.notModified - before.notModified };
}

async function readRegistryFromGitHub(ctx: OrgScanContext, source: string): Promise<string> {
  const m = /^([^/\s]+)\/([^/:\s]+):(.+)$/.exec(source);
  if (!m) throw new Error(`the organisation registry must be a file or OWNER/REPO:PATH (got "${source}")`);
  const [, owner, repo, path] = m;
  const body = await conditionalGet<{ content?: string; encoding?: string; type?: string }>(ctx.client, ctx.cache, `contents:${owner}/${repo}:${path}`, 'GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path });
  if (!body || body.type !== 'file' || typeof body.content !== 'string') throw new Error(`the organisation registry ${source} was not found (or is not a file the token can read)`);
  return Buffer.from(body.content.replace(/\s+/g, ''), 'base64').toString('utf8');
}

/** Step 1: list, read the organisation's default workflow permissions and registry, and split into shards. */
export async function planOrgScan(ctx: OrgScanContext, options: PlanOptions): Promise<OrgPlan> {
  const before = { ...ctx.counts };
  const listing = await listOrgRepositories(ctx.client, options.org, options.mode ?? 'graphql');
  ctx.log?.(`listed ${listing.repositories.length} repositories of ${options.org} (${listing.via})`);
  const setting = await orgDefaultWorkflowPermissions(ctx.client, options.org, ctx.cache);
  const notes = [...listing.notes, ...(setting.note ? [setting.note] : [])];
  let orgRegistry: OrgPlan['orgRegistry'];
  if (options.orgRegistry) {
    const text = options.orgRegistry.text ?? (await readRegistryFromGitHub(ctx, options.orgRegistry.source));
    orgRegistry = { source: options.orgRegistry.source, text };
  }
  const plan = planShards({
    org: options.org,
    listed: listing.repositories,
    forks: options.forks === true,
    mode: listing.via,
    ...(options.shards !== undefined ? { shards: options.shards } : {}),
    ...(options.weights ? { weights: options.weights } : {}),
    ...(orgRegistry ? { orgRegistry } : {}),
    orgDefaultWorkflowPermissions: setting.value ?? null,
    notes,
  });
  return { ...plan, calls: delta(ctx.counts, before) };
}

export interface ShardOptions {
  failOn: FailOn;
  batchSize?: number;
  restConcurrency?: number;
}

function parseOrgRegistry(plan: OrgPlan, notes: string[]): OrgRegistry | undefined {
  if (!plan.orgRegistry) return undefined;
  const check = checkRegistry(plan.orgRegistry.text, plan.orgRegistry.source);
  if (!check.registry) {
    notes.push(`the organisation registry ${plan.orgRegistry.source} is invalid (${check.issues.length} problem(s)): not used`);
    return undefined;
  }
  return { path: plan.orgRegistry.source, text: plan.orgRegistry.text, registry: check.registry };
}

/** Step 2: scan shard `index` of the plan. Repositories that cannot be read are listed in `failed`. */
export async function scanOrgShard(ctx: OrgScanContext, plan: OrgPlan, index: number, options: ShardOptions): Promise<ShardResult> {
  const shard = shardOf(plan, index);
  const before = { ...ctx.counts };
  const notes: string[] = [];
  const orgRegistry = parseOrgRegistry(plan, notes);
  const orgDefault = plan.orgDefaultWorkflowPermissions ?? undefined;
  const repositories: RepositoryResult[] = [];
  const failed: FailedRepository[] = [];
  let settingsLookups = 0;
  let settingsForbidden = false;
  let settingsProven = false;
  let unasked = 0;

  const byOwner = new Map<string, string[]>();
  for (const full of shard.repositories) {
    const [owner, name] = full.split('/');
    byOwner.set(owner!, [...(byOwner.get(owner!) ?? []), name!]);
  }
  for (const [owner, names] of byOwner) {
    const batches = fetchRepositories(ctx.client, owner, names, {
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      ...(options.restConcurrency ? { restConcurrency: options.restConcurrency } : {}),
      ...(ctx.cache ? { cache: ctx.cache } : {}),
      mode: plan.options.mode,
    });
    for (;;) {
      const callsBefore = totalCalls(ctx.counts);
      const next = await batches.next();
      if (next.done) break;
      const batch: FetchedBatch = next.value;
      notes.push(...batch.notes);
      failed.push(...batch.failed);
      // What this batch may still spend on settings: one call per repository in all. (Read over REST, a repository
      // costs a call per file anyway: there is no budget to keep.)
      let spare = plan.options.mode === 'rest' ? Infinity : batch.files.length + batch.failed.length - (totalCalls(ctx.counts) - callsBefore);
      const defaults = new Map<string, { value: DefaultWorkflowPermissions; from: 'repository' | 'organization' }>();
      const toAsk: string[] = [];
      for (const files of batch.files) {
        if (orgDefault === 'read') defaults.set(files.repository, { value: 'read', from: 'organization' });
        else if (dependsOnDefault(files)) {
          if (!settingsForbidden && spare > 0) {
            toAsk.push(files.repository);
            spare -= 1;
          } else if (!settingsForbidden) unasked += 1;
        }
      }
      // Until one answer came back, ask one at a time: a token that may not read them is refused once, not N times.
      const ask = async (repository: string) => {
        if (settingsForbidden) return undefined;
        const answer = await repoDefaultWorkflowPermissions(ctx.client, repository, ctx.cache);
        if (answer.forbidden) settingsForbidden = true;
        else if (answer.value) settingsProven = true;
        return answer;
      };
      const answers = settingsProven ? await mapLimit(toAsk, options.restConcurrency ?? 4, ask) : await mapLimit(toAsk, 1, ask);
      toAsk.forEach((repository, i) => {
        const answer = answers[i];
        if (!answer) return;
        settingsLookups += 1;
        if (answer.value) defaults.set(repository, { value: answer.value, from: 'repository' });
        else if (answer.note) notes.push(answer.note);
      });
      for (const files of batch.files) {
        const known = defaults.get(files.repository);
        repositories.push(
          scanRepository(files, {
            failOn: options.failOn,
            ...(known ? { defaultWorkflowPermissions: known.value, defaultWorkflowPermissionsFrom: known.from } : {}),
            ...(orgRegistry ? { orgRegistry } : {}),
          }),
        );
      }
      ctx.log?.(`shard ${index}: ${repositories.length + failed.length} of ${shard.repositories.length} repositories`);
    }
  }
  if (unasked > 0) notes.push(`${unasked} repositor${unasked === 1 ? 'y was' : 'ies were'} judged with the default workflow permissions unknown: asking for them would have passed one call per repository`);
  return {
    version: ORG_FORMAT_VERSION,
    kind: SHARD_KIND,
    org: plan.org,
    shard: index,
    shards: plan.shards.length,
    planDigest: planDigest(plan),
    repositories,
    failed,
    notes: [...new Set(notes)],
    calls: delta(ctx.counts, before),
    settingsLookups,
  };
}

/** Plan, every shard and the merge in one process (`org-scan --org X` alone). A shard that throws is reported failed. */
export async function runOrgScan(ctx: OrgScanContext, planOptions: PlanOptions, shardOptions: ShardOptions): Promise<{ plan: OrgPlan; results: ShardResult[]; report: OrgReport }> {
  const plan = await planOrgScan(ctx, planOptions);
  const results: ShardResult[] = [];
  const shardErrors = new Map<number, string>();
  for (const shard of plan.shards) {
    try {
      results.push(await scanOrgShard(ctx, plan, shard.index, shardOptions));
    } catch (error) {
      // Reported as a failed shard (with why), like a scan job that failed in a sharded run.
      shardErrors.set(shard.index, error instanceof Error ? error.message : String(error));
    }
  }
  return { plan, results, report: mergeShardResults(plan, results, { failOn: shardOptions.failOn, shardErrors }) };
}

export { newCallCounts };
