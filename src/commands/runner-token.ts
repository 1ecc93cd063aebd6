/**
 * `token-warden runner-token (--org ORG | --repo OWNER/REPO | --enterprise SLUG) [--store-secret NAME] [--store-output]
 * [--jit NAME --labels a,b --runner-group-id N] [--threshold 5m] [--force] [--dry-run|--apply] [--api-url URL]
 * [--state FILE] [--format text|json]`: keeps a self-hosted runner registration token (or a JIT config) fresh.
 * A dry run unless --apply. Exit 0 when done (or nothing to do), 1 when it failed or a finding is at or above
 * --fail-on (default high), 2 for a usage error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIO } from '../cli.js';
import { UsageError } from '../errors.js';
import { parseDuration, formatDuration } from '../renewal/duration.js';
import type { RunnerScope } from '../renewal/runner-policy.js';
import type { RunnerTokenResult, StoreSecretOptions } from '../renewal/runner-token.js';
import {
  authFromCli,
  cliClient,
  COMMON_OPTIONS,
  failing,
  failOnOf,
  findingLines,
  formatOf,
  isDryRun,
  jsonFindings,
  JSON_TOOL,
  positiveInt,
  requireGithubOutput,
  writeGithubOutputs,
} from './renewal-cli.js';

const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

function scopeOf(values: { org?: string; repo?: string; enterprise?: string }): RunnerScope {
  const given = (['org', 'repo', 'enterprise'] as const).filter((k) => values[k] !== undefined);
  if (given.length !== 1) throw new UsageError('runner-token needs exactly one of --org ORG, --repo OWNER/REPO, --enterprise SLUG');
  if (values.org !== undefined) {
    if (!NAME.test(values.org)) throw new UsageError(`--org must be an organisation login (got "${values.org}")`);
    return { kind: 'org', org: values.org };
  }
  if (values.repo !== undefined) {
    if (!REPO.test(values.repo)) throw new UsageError(`--repo must be OWNER/REPO (got "${values.repo}")`);
    const [owner, repo] = values.repo.split('/') as [string, string];
    return { kind: 'repo', owner, repo };
  }
  if (!/^[A-Za-z0-9-]+$/.test(values.enterprise!)) throw new UsageError(`--enterprise must be the enterprise's slug (got "${values.enterprise}")`);
  return { kind: 'enterprise', enterprise: values.enterprise! };
}

function storeSecretOf(scope: RunnerScope, values: { 'store-secret'?: string; visibility?: string; 'selected-repository-ids'?: string }): StoreSecretOptions | undefined {
  const name = values['store-secret'];
  if (name === undefined) {
    if (values.visibility !== undefined || values['selected-repository-ids'] !== undefined) throw new UsageError('--visibility and --selected-repository-ids go with --store-secret');
    return undefined;
  }
  if (!SECRET_NAME.test(name) || /^GITHUB_/i.test(name)) throw new UsageError(`--store-secret: "${name}" is not a valid secret name (letters, digits and _, not starting with a digit or GITHUB_)`);
  if (scope.kind === 'enterprise') throw new UsageError('--store-secret: an enterprise has no Actions secrets; use --store-output (or --org/--repo)');
  if (scope.kind === 'repo') {
    if (values.visibility !== undefined || values['selected-repository-ids'] !== undefined) throw new UsageError('--visibility and --selected-repository-ids are for organisation secrets (--org)');
    return { name };
  }
  const visibility = values.visibility;
  if (visibility === undefined) {
    throw new UsageError(
      '--store-secret with --org needs --visibility all|private|selected (selected with --selected-repository-ids 1,2): the secret holds a token that can add runners to the organisation, so choose who may read it',
    );
  }
  if (visibility !== 'all' && visibility !== 'private' && visibility !== 'selected') throw new UsageError(`--visibility must be all, private or selected (got "${visibility}")`);
  const ids = values['selected-repository-ids'];
  if (visibility === 'selected' && ids === undefined) throw new UsageError('--visibility selected needs --selected-repository-ids 1,2 (repository ids)');
  if (visibility !== 'selected' && ids !== undefined) throw new UsageError('--selected-repository-ids goes with --visibility selected');
  const selectedRepositoryIds = ids?.split(',').map((s) => positiveInt(s.trim(), '--selected-repository-ids', 0));
  return { name, visibility, ...(selectedRepositoryIds ? { selectedRepositoryIds } : {}) };
}

function renderText(result: RunnerTokenResult, dryRun: boolean): string {
  const lines = [`runner-token: ${result.target}${dryRun ? ' (dry run)' : ''}`];
  for (const a of result.actions) lines.push(`  ${a}`);
  if (result.runners) lines.push(`runners: ${result.runners.total} self-hosted, ${result.runners.offline} offline`);
  if (result.findings.length) lines.push(`findings (${result.findings.length}):`, ...findingLines(result.findings));
  const m = result.metrics;
  lines.push(
    `metrics${dryRun ? ' (unchanged by a dry run)' : ''}: last_check ${m.last_check ?? 'never'}, last_refresh ${m.last_refresh ?? 'never'}, total_refreshes ${m.total_refreshes}, failed_refreshes ${m.failed_refreshes}, consecutive_failures ${m.consecutive_failures}`,
  );
  for (const n of result.notes) lines.push(`note: ${n}`);
  return lines.join('\n') + '\n';
}

export async function runnerTokenCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      ...COMMON_OPTIONS,
      org: { type: 'string' },
      repo: { type: 'string' },
      enterprise: { type: 'string' },
      'store-secret': { type: 'string' },
      visibility: { type: 'string' },
      'selected-repository-ids': { type: 'string' },
      jit: { type: 'string' },
      labels: { type: 'string' },
      'runner-group-id': { type: 'string' },
      threshold: { type: 'string' },
      force: { type: 'boolean' },
      'alert-after': { type: 'string' },
    },
  });
  if (positionals.length) throw new UsageError(`runner-token takes no positional arguments (got "${positionals[0]}")`);
  const scope = scopeOf(values);
  const dryRun = isDryRun(values);
  const format = formatOf(values);
  const failOn = failOnOf(values);
  const storeSecret = storeSecretOf(scope, values);
  const storeOutput = values['store-output'] === true;
  if (!storeSecret && !storeOutput) throw new UsageError('runner-token needs somewhere to put the token: --store-secret NAME, --store-output, or both');
  let jit: { name: string; labels: string[]; runnerGroupId: number } | undefined;
  if (values.jit !== undefined) {
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(values.jit)) throw new UsageError(`--jit needs a runner name (letters, digits, . _ -; got "${values.jit}")`);
    const labels = (values.labels ?? '').split(',').map((l) => l.trim()).filter(Boolean);
    if (labels.length === 0 || labels.length > 100) throw new UsageError('--jit needs --labels a,b (1 to 100 labels)');
    jit = { name: values.jit, labels, runnerGroupId: positiveInt(values['runner-group-id'], '--runner-group-id', 1) };
    if (values.threshold !== undefined || values.force) throw new UsageError('--threshold and --force are for registration tokens: a JIT config is made afresh every run');
  } else if (values.labels !== undefined || values['runner-group-id'] !== undefined) {
    throw new UsageError('--labels and --runner-group-id go with --jit NAME');
  }
  let thresholdMs: number | undefined;
  if (values.threshold !== undefined) {
    thresholdMs = parseDuration(values.threshold);
    if (thresholdMs === undefined || thresholdMs <= 0 || thresholdMs >= 3_600_000) throw new UsageError(`--threshold must be a duration under the token's one hour, e.g. 5m or 35m (got "${values.threshold}")`);
  }
  const outputFile = storeOutput ? requireGithubOutput(io) : undefined;
  const attempts = positiveInt(values.attempts, '--attempts', 3);
  const alertAfter = positiveInt(values['alert-after'], '--alert-after', 3);
  const needs = scope.kind === 'enterprise' ? 'the manage_runners:enterprise scope' : scope.kind === 'org' ? 'organization_self_hosted_runners: write' : 'administration: write';
  const auth = authFromCli(values, io.env, scope.kind === 'repo' ? { repository: `${scope.owner}/${scope.repo}` } : scope.kind === 'org' ? { owner: scope.org } : {}, needs);
  const client = await cliClient(io, auth, values['api-url']);
  const { FileRenewalStateStore } = await import('../renewal/state-file.js');
  const { runRunnerToken } = await import('../renewal/runner-token.js');
  const result = await runRunnerToken({
    scope,
    client,
    ...(storeSecret ? { storeSecret } : {}),
    storeOutput,
    ...(jit ? { jit } : {}),
    ...(thresholdMs !== undefined ? { thresholdMs } : {}),
    force: values.force === true,
    dryRun,
    ...(values.state !== undefined ? { state: new FileRenewalStateStore(path.resolve(io.cwd, values.state)) } : {}),
    alertAfter,
    retry: { attempts },
    // The CLI prints no value and has no log masker; --store-output masks through $GITHUB_OUTPUT's add-mask below.
    mask: () => undefined,
    log: (m) => io.stderr(`${m}\n`),
  });
  if (outputFile && !dryRun && result.status !== 'failed') writeGithubOutputs(io, outputFile, result.outputs, result.secretOutputs);
  if (format === 'json') {
    const shown = Object.fromEntries(Object.entries(result.outputs).filter(([k]) => !result.secretOutputs.includes(k)));
    const report = {
      version: 1,
      tool: JSON_TOOL,
      command: 'runner-token',
      dryRun,
      status: result.status,
      target: result.target,
      threshold: jit ? null : formatDuration(thresholdMs ?? 5 * 60_000),
      expiresAt: result.expiresAt,
      actions: result.actions,
      notes: result.notes,
      error: result.error ?? null,
      metrics: result.metrics,
      runners: result.runners ?? null,
      outputs: shown,
      maskedOutputs: result.secretOutputs,
      findings: await jsonFindings(result.findings),
    };
    io.stdout(JSON.stringify(report, null, 2) + '\n');
  } else {
    io.stdout(renderText(result, dryRun));
    if (result.error) io.stderr(`token-warden: runner-token failed: ${result.error}\n`);
  }
  return result.status === 'failed' || failing(result.findings, failOn) ? 1 : 0;
}
