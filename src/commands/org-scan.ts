/**
 * `token-warden org-scan`: every repository of an organisation, in one process or in the three steps of a sharded
 * workflow (a plan job, a matrix of scan jobs, a report job). A thin layer over src/org/.
 *
 *   org-scan --org ORG [--forks] [--shards N] [--format text|json|markdown] [--fail-on SEV]     plan, scan, merge
 *   org-scan --org ORG --plan-only [--shards N] --output plan.json                               step 1
 *   org-scan --plan plan.json --shard K --output shard-K.json                                    step 2 (each job)
 *   org-scan --merge [--plan plan.json] shard-*.json [--format …] [--fail-on SEV]                step 3
 *
 * The token comes from GITHUB_TOKEN or GH_TOKEN. A workflow's own GITHUB_TOKEN sees only its repository (and public
 * ones): scanning private repositories across the organisation needs a GitHub App installation token or a PAT;
 * reading the default workflow permissions needs `admin:org` / `repo` (or Administration: read).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIO } from '../cli.js';
import { UsageError } from '../errors.js';
import { FAIL_ON_VALUES, type FailOn } from '../model/severity.js';
import { createGitHubClient } from '../github/client.js';
import { alertOrgReport, checkOrgAlertFlags, ORG_ALERT_OPTIONS } from './org-alerts.js';
import { resolveApiUrl } from '../github/api-url.js';
import { GitHubApiError } from '../github/errors.js';
import { countingFetch, newCallCounts } from '../org/calls.js';
import { JsonFileCache, MemoryCache, type ConditionalCache } from '../org/cache.js';
import { mergeShardResults, orgReportFailed, parseShardResult } from '../org/merge.js';
import { renderOrgJson, renderOrgMarkdown, renderOrgText } from '../org/report.js';
import { planOrgScan, runOrgScan, scanOrgShard, type OrgScanContext, type PlanOptions } from '../org/run.js';
import { parsePlan, renderPlan } from '../org/shard.js';
import type { OrgReport, ShardResult } from '../org/types.js';

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

function readText(io: CliIO, file: string, what: string): string {
  try {
    return readFileSync(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function write(io: CliIO, file: string | undefined, content: string): void {
  if (!file) {
    io.stdout(content);
    return;
  }
  try {
    writeFileSync(path.resolve(io.cwd, file), content);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive whole number (got "${value}")`);
  return n;
}

function render(report: OrgReport, format: Format): string {
  return format === 'json' ? renderOrgJson(report) : format === 'markdown' ? renderOrgMarkdown(report) : renderOrgText(report);
}

/** Workflow counts per repository from an earlier organisation report: the plan balances shards by them. */
function weightsFrom(io: CliIO, file: string): Map<string, number> {
  let report: Partial<OrgReport>;
  try {
    report = JSON.parse(readText(io, file, 'the earlier report')) as Partial<OrgReport>;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file} is not JSON: --weights takes an earlier \`org-scan --format json\` report`);
  }
  if (!Array.isArray(report.repositories)) throw new UsageError(`${file} is not an organisation report (no repositories): --weights takes an earlier \`org-scan --format json\` report`);
  return new Map(report.repositories.map((r) => [r.repository, Math.max(1, r.workflows + r.actions)]));
}

async function context(io: CliIO, apiUrl: string | undefined, cacheFile: string | undefined): Promise<{ ctx: OrgScanContext; save: () => void }> {
  const token = io.env.GITHUB_TOKEN?.trim() || io.env.GH_TOKEN?.trim();
  if (!token) {
    throw new UsageError(
      'org-scan needs a token in GITHUB_TOKEN or GH_TOKEN: a GitHub App installation token or a PAT that can read the organisation’s repositories (a workflow’s own GITHUB_TOKEN sees only its repository)',
    );
  }
  const counts = newCallCounts();
  const warn = (m: string) => io.stderr(`warning: ${m}\n`);
  const client = await createGitHubClient({
    auth: { type: 'token', token },
    baseUrl: resolveApiUrl(apiUrl, io.env),
    // A rate-limited organisation scan can wait for the reset: a shard job has hours, not minutes.
    maxWaitSeconds: 3600,
    mask: () => undefined,
    log: { debug: () => undefined, info: () => undefined, warn, error: (m) => io.stderr(`error: ${m}\n`) },
    fetch: countingFetch(counts),
    env: io.env,
  });
  let cache: ConditionalCache = new MemoryCache();
  let save = (): void => undefined;
  if (cacheFile) {
    const loaded = JsonFileCache.load(path.resolve(io.cwd, cacheFile));
    if (loaded.warning) warn(loaded.warning);
    cache = loaded.cache;
    save = () => loaded.cache.save();
  }
  return { ctx: { client, counts, cache, log: (m) => io.stderr(`${m}\n`) }, save };
}

export async function orgScanCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      forks: { type: 'boolean' },
      shards: { type: 'string' },
      'plan-only': { type: 'boolean' },
      plan: { type: 'string' },
      shard: { type: 'string' },
      merge: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      'fail-on': { type: 'string' },
      'api-url': { type: 'string' },
      rest: { type: 'boolean' },
      'batch-size': { type: 'string' },
      'org-registry': { type: 'string' },
      weights: { type: 'string' },
      cache: { type: 'string' },
      ...ORG_ALERT_OPTIONS,
    },
  });
  checkOrgAlertFlags(values);
  const format = (values.format ?? 'text') as Format;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}")`);
  const failOn = (values['fail-on'] ?? 'high') as FailOn;
  if (!(FAIL_ON_VALUES as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')} (got "${values['fail-on']}")`);
  const steps = [values['plan-only'], values.shard !== undefined, values.merge].filter(Boolean).length;
  if (steps > 1) throw new UsageError('org-scan: give one of --plan-only, --shard K or --merge (or none: all three in one process)');
  if (!values.merge && positionals.length > 0) throw new UsageError(`org-scan takes no file arguments except with --merge (got "${positionals[0]}")`);
  const batchSize = positiveInt(values['batch-size'], '--batch-size');
  const shards = positiveInt(values.shards, '--shards');

  // Step 3: merge shard results (no API calls).
  if (values.merge) {
    if (positionals.length === 0 && !values.plan) throw new UsageError('org-scan --merge needs the shard result files (and --plan plan.json, to name the shards that have none)');
    const plan = values.plan ? parsePlan(readText(io, values.plan, 'the plan'), values.plan) : undefined;
    const results: ShardResult[] = positionals.map((file) => parseShardResult(readText(io, file, 'the shard result'), file));
    const report = mergeShardResults(plan, results, { failOn });
    write(io, values.output, render(report, format));
    if (values.output) io.stderr(`${renderOrgText(report).trimEnd().split('\n').pop()}\n`);
    await alertOrgReport(report, values, io, values['api-url']);
    return orgReportFailed(report) ? 1 : 0;
  }

  try {
    // Step 2: one shard of a plan.
    if (values.shard !== undefined) {
      const index = positiveInt(values.shard, '--shard')!;
      if (!values.plan) throw new UsageError('org-scan --shard K needs --plan plan.json (written by org-scan --plan-only)');
      const plan = parsePlan(readText(io, values.plan, 'the plan'), values.plan);
      if (values.org && values.org.toLowerCase() !== plan.org.toLowerCase()) throw new UsageError(`--org ${values.org} does not match the plan's organisation ${plan.org}`);
      const { ctx, save } = await context(io, values['api-url'], values.cache);
      const result = await scanOrgShard(ctx, plan, index, { failOn, ...(batchSize ? { batchSize } : {}) });
      save();
      write(io, values.output, `${JSON.stringify(result, null, 2)}\n`);
      io.stderr(`shard ${index} of ${plan.shards.length}: ${result.repositories.length} repositories scanned, ${result.failed.length} failed; ${result.calls.graphql} GraphQL + ${result.calls.rest} REST calls\n`);
      return 0;
    }

    if (!values.org) throw new UsageError('org-scan needs --org ORG (or --plan with --shard, or --merge)');
    let orgRegistry: PlanOptions['orgRegistry'];
    if (values['org-registry']) {
      const source = values['org-registry'];
      const local = !/^[^/\s]+\/[^/:\s]+:.+$/.test(source);
      orgRegistry = local ? { source, text: readText(io, source, 'the organisation registry') } : { source };
    }
    const planOptions: PlanOptions = {
      org: values.org,
      forks: values.forks === true,
      ...(shards ? { shards } : {}),
      ...(values.weights ? { weights: weightsFrom(io, values.weights) } : {}),
      ...(orgRegistry ? { orgRegistry } : {}),
      ...(values.rest ? { mode: 'rest' as const } : {}),
    };
    const { ctx, save } = await context(io, values['api-url'], values.cache);

    // Step 1: the plan.
    if (values['plan-only']) {
      const plan = await planOrgScan(ctx, planOptions);
      save();
      write(io, values.output, renderPlan(plan));
      io.stderr(`plan: ${plan.repositories} repositories in ${plan.shards.length} shard(s) (${plan.shardCountReason})\n`);
      return 0;
    }

    // All three steps in one process.
    const { report } = await runOrgScan(ctx, planOptions, { failOn, ...(batchSize ? { batchSize } : {}) });
    save();
    write(io, values.output, render(report, format));
    await alertOrgReport(report, values, io, values['api-url']);
    return orgReportFailed(report) ? 1 : 0;
  } catch (error) {
    if (error instanceof GitHubApiError) {
      io.stderr(`token-warden: org-scan: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
