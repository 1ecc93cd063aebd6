/**
 * The action's jobs that keep tokens alive (`mode:`), each run through the same core as its CLI command and handed to
 * the shared publisher (log, annotations, summary, SARIF/JSON, outputs, verdict). Loaded only in these modes.
 */
import * as core from '@actions/core';
import type { ActionSettings } from './inputs.js';
import type { Published } from './main.js';
import { UsageError } from './errors.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;');
}

function seconds(s: number | null): string {
  if (s === null) return '—';
  if (s >= 86_400) return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3600)} h`;
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
  return `${Math.floor(s / 60)} min`;
}

/** `mode: vault-renew`: renew the registry's Vault tokens that are due (a dry run only looks them up). */
export async function vaultRenewMode(settings: ActionSettings, env: NodeJS.ProcessEnv = process.env): Promise<Published> {
  const { runVaultRenew } = await import('./renewal/vault-renew.js');
  const { parseVaultDuration } = await import('./vault/duration.js');
  const rawIncrement = core.getInput('vault-increment').trim();
  const increment = rawIncrement ? parseVaultDuration(rawIncrement) : undefined;
  if (rawIncrement && increment === undefined) throw new UsageError(`input vault-increment must be a Vault duration such as 1h or 3600 (got "${rawIncrement}")`);
  const run = await runVaultRenew({
    root: settings.workspace,
    cwd: settings.workspace,
    ...(settings.registry ? { registryPath: settings.registry } : {}),
    ...(settings.config ? { configPath: settings.config } : {}),
    ...(settings.failOn ? { failOn: settings.failOn } : {}),
    ...(settings.minSeverity ? { minSeverity: settings.minSeverity } : {}),
    ...(settings.links ? { links: settings.links } : {}),
    ...(increment !== undefined ? { increment } : {}),
    dryRun: settings.dryRun,
    env: { ...env, ...settings.tokenValues },
    mask: (value) => core.setSecret(value),
  });
  const rows = run.tokens.map(
    (t) => `| \`${cell(t.token)}\` | ${t.status} | ${seconds(t.ttl_before)} | ${seconds(t.ttl_after)} | ${t.renewed ? 'yes' : 'no'} | ${t.capped ? 'yes' : 'no'} | ${t.last_renewal ?? '—'} |`,
  );
  const summary = [
    `### Vault token renewal${run.dryRun ? ' (dry run: nothing renewed)' : ''}`,
    '',
    run.tokens.length ? '| Token | Status | TTL before | TTL after | Renewed | Capped | Last renewal |' : 'The registry lists no Vault token.',
    ...(run.tokens.length ? ['| --- | --- | --- | --- | --- | --- | --- |', ...rows] : []),
    '',
    ...(run.dryRun && run.wouldRenew.length ? [`Would renew: ${run.wouldRenew.map((n) => `\`${cell(n)}\``).join(', ')}.`, ''] : []),
  ].join('\n');
  const { renderVaultRenewJson, renderVaultRenewText } = await import('./renewal/report.js');
  // The renewal lines and notes; the findings follow from the publisher, as in every mode.
  const head = renderVaultRenewText(run, { colour: false }).split('\n\n')[0]!;
  return {
    report: run.report,
    root: settings.workspace,
    logBefore: [head],
    summaryParts: [summary],
    // The same `vault` object as `token-warden vault-renew --format json`.
    jsonExtra: { vault: (JSON.parse(renderVaultRenewJson(run)) as { vault: unknown }).vault },
    outputs: { 'renewed-count': String(run.renewed.length), 'would-renew': run.wouldRenew.join(',') },
    warnings: run.notes.filter((n) => n.level === 'warning').map((n) => `vault-renew${n.token ? ` (${n.token})` : ''}: ${n.message}`),
  };
}
