/**
 * Renderers of a Vault renewal run, pure functions of its result: text (a line per token, the notes, then the
 * findings as a scan prints them) and JSON (the scan report's shape plus `vault`: mode, per-token metrics, notes).
 */
import { renderJson } from '../report/json.js';
import { renderText } from '../report/text.js';
import { describeOutcome } from './vault-policy.js';
import type { VaultRenewResult } from './vault-renew.js';

/** Version of the `vault` part of the JSON output. Additions keep it; removals or renames bump it. */
export const VAULT_RENEW_JSON_VERSION = 1;

export function renderVaultRenewText(run: VaultRenewResult, options: { colour?: boolean } = {}): string {
  const n = run.outcomes.length;
  const what = run.dryRun
    ? `dry run: ${run.wouldRenew.length ? `would renew ${run.wouldRenew.length}` : 'nothing due'}, nothing renewed (--apply renews)`
    : `${run.renewed.length} renewed`;
  const lines = [`Vault token renewal — ${what} — ${run.registryFile}, ${n} Vault token${n === 1 ? '' : 's'}`];
  const width = Math.max(0, ...run.outcomes.map((o) => o.name.length));
  for (const o of run.outcomes) lines.push(`  ${o.name.padEnd(width)}  ${describeOutcome(o)}`);
  for (const note of run.notes) lines.push(`${note.level === 'warning' ? 'warning' : 'note'}: ${note.message}`);
  return `${lines.join('\n')}\n\n${renderText(run.report, options).replace(/^\n/, '')}`;
}

export function renderVaultRenewJson(run: VaultRenewResult): string {
  const report = JSON.parse(renderJson(run.report)) as object;
  const vault = {
    version: VAULT_RENEW_JSON_VERSION,
    mode: run.dryRun ? 'dry-run' : 'apply',
    started_at: run.startedAt,
    registry: run.registryFile,
    tokens: run.tokens,
    renewed: run.renewed,
    would_renew: run.wouldRenew,
    notes: run.notes,
    calls: run.calls,
  };
  return JSON.stringify({ ...report, vault }, null, 2) + '\n';
}
