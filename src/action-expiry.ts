/**
 * The action's expiry check and trend: sources from the inputs (`github-token`, `api-url`, token values from the job's
 * environment), masked with @actions/core the moment anything is read, then the shared run. Loaded only when the
 * expiry check or the trend runs.
 */
import * as core from '@actions/core';
import type { ActionSettings } from './inputs.js';
import { resolveApiUrl } from './github/api-url.js';
import { buildSources } from './expiry/sources/index.js';
import { runExpiry, type ExpiryRunResult } from './expiry/run.js';
import type { ExpiryPlan } from './expiry/plan.js';
import type { Trend } from './expiry/trend.js';
import type { Finding } from './model/finding.js';
import type { UsageSummary } from './registry/usage.js';
import type { RegistryJob } from './registry-job.js';

/**
 * Keeps the run's state (per-token status, finding fingerprints; never values) in the Actions cache and says what
 * changed since the last run. @actions/cache is loaded only when the job has a cache service. Best effort: a store that
 * fails costs the trend, with a warning.
 */
export async function actionTrend(plan: ExpiryPlan, findings: readonly Finding[], env: NodeJS.ProcessEnv = process.env): Promise<Trend | undefined> {
  const { CacheStateStore, NOT_AVAILABLE } = await import('./expiry/state/cache-store.js');
  const store = new CacheStateStore({ env });
  if (!store.available()) {
    core.warning(`trend skipped: ${NOT_AVAILABLE} (this job has no Actions cache service; set trend: false to silence this)`);
    return undefined;
  }
  const { trendThrough } = await import('./expiry/state/store.js');
  const result = await trendThrough(store, plan, findings);
  for (const w of result.warnings) core.warning(w);
  return result.trend;
}

/**
 * `reuse`: what the scan of the same workspace has read already — the workflows' use of secrets, the registry and the
 * config — so the check does not read them again.
 */
export async function runActionExpiry(settings: ActionSettings, env: NodeJS.ProcessEnv = process.env, reuse: { usage?: UsageSummary; job?: RegistryJob } = {}): Promise<ExpiryRunResult> {
  const mask = (value: string): void => core.setSecret(value);
  const built = await buildSources({
    offline: false,
    apiUrl: resolveApiUrl(settings.apiUrl, env),
    ...(settings.githubToken ? { apiToken: settings.githubToken } : {}),
    ...(settings.repository ? { repository: settings.repository } : {}),
    orgSecrets: settings.orgSecrets,
    ...(env.VAULT_ADDR ? { vaultAddr: env.VAULT_ADDR } : {}),
    ...(env.VAULT_NAMESPACE ? { vaultNamespace: env.VAULT_NAMESPACE } : {}),
    env,
    mask,
    log: { debug: (m) => core.debug(m), info: (m) => core.info(m), warn: (m) => core.warning(m), error: (m) => core.error(m) },
  });
  const run = await runExpiry({
    root: settings.workspace,
    cwd: settings.workspace,
    ...(settings.registry ? { registryPath: settings.registry } : {}),
    ...(settings.config ? { configPath: settings.config } : {}),
    ...(settings.failOn ? { failOn: settings.failOn } : {}),
    ...(settings.minSeverity ? { minSeverity: settings.minSeverity } : {}),
    ...(settings.links ? { links: settings.links } : {}),
    nowMs: settings.now ?? Date.now(),
    ...(reuse.usage ? { usage: reuse.usage } : {}),
    ...(reuse.job ? { job: reuse.job } : {}),
    sources: built.sources,
    env,
    mask,
  });
  run.plan.notes.unshift(...built.notes);
  return run;
}
