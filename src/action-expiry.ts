/**
 * The action's expiry check: sources from the inputs (`github-token`, `api-url`, token values from the job's
 * environment), masked with @actions/core the moment anything is read, then the shared run. Loaded only when the
 * expiry check runs.
 */
import * as core from '@actions/core';
import type { ActionSettings } from './inputs.js';
import { resolveApiUrl } from './github/api-url.js';
import { buildSources } from './expiry/sources/index.js';
import { runExpiry, type ExpiryRunResult } from './expiry/run.js';

export interface ActionExpiry {
  run: ExpiryRunResult;
  /** What changed since the last run (Markdown for the summary); empty without a trend. */
  trendMarkdown: string;
}

export async function runActionExpiry(settings: ActionSettings, env: NodeJS.ProcessEnv = process.env): Promise<ActionExpiry> {
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
    sources: built.sources,
    env,
    mask,
  });
  run.plan.notes.unshift(...built.notes);
  let trendMarkdown = '';
  if (settings.trend) {
    // Loaded only here: @actions/cache and its HTTP stack are not needed by any other check.
    const { CacheStateStore, NOT_AVAILABLE } = await import('./expiry/state/cache-store.js');
    const { trendThrough } = await import('./expiry/state/store.js');
    const { renderTrendMarkdown } = await import('./expiry/trend.js');
    const store = new CacheStateStore({ env });
    if (store.available()) {
      const result = await trendThrough(store, run.plan, run.report.findings);
      for (const w of result.warnings) core.warning(w);
      trendMarkdown = renderTrendMarkdown(result.trend);
    } else {
      core.warning(`expiry trend skipped: ${NOT_AVAILABLE} (this job has no Actions cache service; set trend: false to silence this)`);
    }
  }
  return { run, trendMarkdown };
}
