/**
 * The report job of an organisation scan: shard results (one JSON file per scan job) → one organisation report.
 * Nothing is dropped silently: a shard of the plan without a result (its job failed, or its artifact is missing), a
 * result of another plan, and every repository a shard could not read are listed as failed, with what to re-run.
 * Pure: the caller reads the files.
 */
import { UsageError } from '../errors.js';
import { atOrAbove, maxSeverity, type FailOn } from '../model/severity.js';
import { planDigest } from './shard.js';
import { emptyBySeverity, orgRegistryFindings } from './scan.js';
import {
  ORG_FORMAT_VERSION,
  ORG_REPORT_KIND,
  SHARD_KIND,
  type FailedShard,
  type OrgFinding,
  type OrgPlan,
  type OrgReport,
  type OrgRepositoryRow,
  type ShardResult,
} from './types.js';

/** Reads a shard result file's text; a UsageError says what is wrong with it. */
export function parseShardResult(text: string, source: string): ShardResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`${source} is not JSON: expected a shard result written by \`token-warden org-scan --shard K\``);
  }
  const result = data as Partial<ShardResult> | null;
  if (!result || result.kind !== SHARD_KIND) throw new UsageError(`${source} is not an organisation scan shard result (kind "${SHARD_KIND}")`);
  if (result.version !== ORG_FORMAT_VERSION) throw new UsageError(`${source} is a shard result of format version ${String(result.version)}; this token-warden reads version ${ORG_FORMAT_VERSION}`);
  if (typeof result.shard !== 'number' || !Array.isArray(result.repositories)) throw new UsageError(`${source} is not a complete shard result`);
  return result as ShardResult;
}

export interface MergeOptions {
  failOn: FailOn;
  /** Why a shard has no result, when the caller knows (the single-process run). */
  shardErrors?: ReadonlyMap<number, string>;
}

/**
 * Merges shard results. With the plan, the expected shards and their repositories come from it; without it, from the
 * results (each knows how many shards there were), so a missing shard is still named, though not its repositories.
 * When a shard appears twice (it was re-run), the later result counts.
 */
export function mergeShardResults(plan: OrgPlan | undefined, results: readonly ShardResult[], options: MergeOptions): OrgReport {
  const notes: string[] = [...(plan?.notes ?? [])];
  const org = plan?.org ?? results[0]?.org;
  if (org === undefined) throw new UsageError('nothing to merge: give the plan (--plan) or at least one shard result');
  const digest = plan ? planDigest(plan) : undefined;
  const failedShards: FailedShard[] = [];
  const byShard = new Map<number, ShardResult>();
  for (const r of results) {
    if (r.org.toLowerCase() !== org.toLowerCase()) {
      failedShards.push({ shard: r.shard, repositories: r.repositories.map((x) => x.repository), reason: `a result for organisation "${r.org}", not "${org}": not merged` });
      continue;
    }
    if (digest !== undefined && r.planDigest !== digest) {
      notes.push(`shard ${r.shard}: its result follows another plan (digest ${r.planDigest}, this plan ${digest}): not merged`);
      continue;
    }
    if (byShard.has(r.shard)) notes.push(`shard ${r.shard}: two results given; the later one counts`);
    byShard.set(r.shard, r);
  }
  const expected = plan ? plan.shards.map((s) => s.index) : Array.from({ length: Math.max(0, ...results.map((r) => r.shards)) }, (_, i) => i + 1);
  for (const index of expected) {
    if (byShard.has(index)) continue;
    const planned = plan?.shards.find((s) => s.index === index)?.repositories ?? [];
    const why = options.shardErrors?.get(index);
    failedShards.push({
      shard: index,
      repositories: planned,
      reason: `${why ? `shard ${index} failed: ${why}` : `no result for shard ${index} (its scan job failed or its artifact is missing)`}: re-run it alone with \`org-scan --plan plan.json --shard ${index}\``,
    });
  }
  failedShards.sort((a, b) => a.shard - b.shard);

  const rows: OrgRepositoryRow[] = [];
  const failedRepositories: OrgReport['failedRepositories'] = [];
  const findings: Record<string, OrgFinding[]> = {};
  const calls = { graphql: plan?.calls?.graphql ?? 0, rest: plan?.calls?.rest ?? 0, notModified: plan?.calls?.notModified ?? 0, settingsLookups: 0 };
  for (const index of [...byShard.keys()].sort((a, b) => a - b)) {
    const r = byShard.get(index)!;
    calls.graphql += r.calls.graphql;
    calls.rest += r.calls.rest;
    calls.notModified += r.calls.notModified;
    calls.settingsLookups += r.settingsLookups;
    for (const n of r.notes) notes.push(`shard ${index}: ${n}`);
    for (const f of r.failed) failedRepositories.push({ ...f, shard: index });
    for (const repo of r.repositories) {
      rows.push({ repository: repo.repository, shard: index, ...repo.summary, defaultWorkflowPermissions: repo.defaultWorkflowPermissions, registry: repo.registry });
      if (repo.findings.length > 0) findings[repo.repository] = repo.findings;
      for (const n of repo.notes) notes.push(`${repo.repository}: ${n}`);
      for (const f of repo.ruleFailures) notes.push(`${repo.repository}: rule ${f.ruleId} failed on ${f.file}: ${f.message}`);
    }
  }
  rows.sort(compareRows);

  const bySeverity = emptyBySeverity();
  let workflows = 0;
  let actions = 0;
  let failing = 0;
  for (const row of rows) {
    workflows += row.workflows;
    actions += row.actions;
    for (const s of Object.keys(bySeverity) as Array<keyof typeof bySeverity>) bySeverity[s] += row.bySeverity[s];
  }
  for (const list of Object.values(findings)) failing += list.filter((f) => !f.suppressed && options.failOn !== 'none' && atOrAbove(f.severity, options.failOn)).length;

  let orgRegistry: OrgReport['orgRegistry'];
  if (plan?.orgRegistry) {
    const checked = orgRegistryFindings({ path: plan.orgRegistry.source, text: plan.orgRegistry.text });
    orgRegistry = { source: plan.orgRegistry.source, tokens: checked.registry?.tokens.length ?? 0, findings: checked.findings, problems: checked.problems };
    for (const f of checked.findings) if (!f.suppressed && options.failOn !== 'none' && atOrAbove(f.severity, options.failOn)) failing++;
  }

  const inFailedShards = failedShards.reduce((n, s) => n + s.repositories.length, 0);
  const active = Object.values(findings).flat().filter((f) => !f.suppressed);
  return {
    version: ORG_FORMAT_VERSION,
    kind: ORG_REPORT_KIND,
    org,
    failOn: options.failOn,
    totals: {
      planned: plan?.repositories ?? rows.length + failedRepositories.length + inFailedShards,
      scanned: rows.length,
      failed: failedRepositories.length + inFailedShards,
      withFindings: rows.filter((r) => r.total > 0).length,
      workflows,
      actions,
      findings: active.length,
      bySeverity,
      maxSeverity: maxSeverity(active.map((f) => f.severity)) ?? null,
      failing,
    },
    repositories: rows,
    failedShards,
    failedRepositories,
    skipped: {
      archived: plan?.skipped.archived.length ?? 0,
      disabled: plan?.skipped.disabled.length ?? 0,
      empty: plan?.skipped.empty.length ?? 0,
      forks: plan?.skipped.forks.length ?? 0,
    },
    calls,
    notes: [...new Set(notes)],
    ...(orgRegistry ? { orgRegistry } : {}),
    findings,
  };
}

/** Worst first: by critical, then high … counts, then by name. */
function compareRows(a: OrgRepositoryRow, b: OrgRepositoryRow): number {
  for (const s of ['critical', 'high', 'medium', 'low', 'info'] as const) {
    if (a.bySeverity[s] !== b.bySeverity[s]) return b.bySeverity[s] - a.bySeverity[s];
  }
  return a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0;
}

/** The organisation scan fails: findings at or above fail-on, or a part of the organisation was not scanned. */
export function orgReportFailed(report: OrgReport): boolean {
  return report.totals.failing > 0 || report.failedShards.length > 0 || report.failedRepositories.length > 0;
}
