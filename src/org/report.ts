/**
 * Renderers of the organisation report: JSON (the frozen shape of ./types.ts), plain text and Markdown (a job summary:
 * totals, failed shards and repositories first, then one row per repository, worst first). Pure functions.
 */
import { SEVERITIES } from '../model/severity.js';
import { orgReportFailed } from './merge.js';
import type { OrgReport } from './types.js';

/** GitHub shows at most 1 MiB of job summary per step: the table stops well before. */
const MARKDOWN_ROWS = 500;
const ICON: Record<string, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜' };

export function renderOrgJson(report: OrgReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function counts(bySeverity: Record<string, number>): string {
  const parts = SEVERITIES.filter((s) => bySeverity[s]! > 0).map((s) => `${bySeverity[s]} ${s}`);
  return parts.length ? parts.join(', ') : 'none';
}

function verdict(report: OrgReport): string {
  const failOn = report.failOn === 'none' ? 'fail-on none' : `${report.totals.failing} finding(s) at or above ${report.failOn}`;
  const incomplete = report.failedShards.length + report.failedRepositories.length > 0 ? `; INCOMPLETE: ${report.totals.failed} repositor${report.totals.failed === 1 ? 'y' : 'ies'} not scanned` : '';
  return `${failOn}${incomplete} → ${orgReportFailed(report) ? 'failed' : 'passed'}`;
}

export function renderOrgText(report: OrgReport): string {
  const t = report.totals;
  const lines: string[] = [];
  lines.push(`Organisation ${report.org}: ${t.scanned} of ${t.planned} repositories scanned (${t.workflows} workflows, ${t.actions} actions); ${t.findings} finding(s): ${counts(t.bySeverity)}`);
  const skipped = report.skipped;
  lines.push(`not scanned by choice: ${skipped.archived} archived, ${skipped.disabled} disabled, ${skipped.empty} empty, ${skipped.forks} forks`);
  for (const s of report.failedShards) lines.push(`FAILED shard ${s.shard} (${s.repositories.length} repositories): ${s.reason}`);
  for (const r of report.failedRepositories) lines.push(`FAILED ${r.repository} (shard ${r.shard}): ${r.error}`);
  lines.push('');
  const width = Math.max(10, ...report.repositories.map((r) => r.repository.length));
  if (report.repositories.length) lines.push(`${'repository'.padEnd(width)} ${['crit', 'high', 'med', 'low', 'info'].map((s) => s.padStart(5)).join('')}`);
  for (const r of report.repositories) {
    const permissions = r.defaultWorkflowPermissions ? ` default:${r.defaultWorkflowPermissions}` : '';
    lines.push(`${r.repository.padEnd(width)} ${SEVERITIES.map((s) => String(r.bySeverity[s]).padStart(5)).join('')}  ${r.workflows} workflow(s)${permissions}${r.registry ? ` registry:${r.registry}` : ''}`);
  }
  if (report.orgRegistry) lines.push('', `organisation registry ${report.orgRegistry.source}: ${report.orgRegistry.tokens} token(s), ${report.orgRegistry.findings.length} finding(s)${report.orgRegistry.problems.length ? `, INVALID: ${report.orgRegistry.problems[0]}` : ''}`);
  for (const n of report.notes) lines.push(`note: ${n}`);
  lines.push('', `API calls: ${report.calls.graphql} GraphQL, ${report.calls.rest} REST (${report.calls.notModified} not modified), ${report.calls.settingsLookups} repository settings`);
  lines.push(verdict(report));
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderOrgMarkdown(report: OrgReport): string {
  const t = report.totals;
  const out: string[] = [];
  const worst = t.maxSeverity ? ` (worst: ${t.maxSeverity})` : '';
  out.push(`## Token Warden: organisation ${cell(report.org)}: ${t.findings} finding${t.findings === 1 ? '' : 's'}${worst}`, '');
  out.push(
    `Scanned **${t.scanned}** of ${t.planned} repositories (${t.workflows} workflows, ${t.actions} actions); ${t.withFindings} with findings. ` +
      `Not scanned by choice: ${report.skipped.archived} archived, ${report.skipped.disabled} disabled, ${report.skipped.empty} empty, ${report.skipped.forks} forks. ` +
      `Fails on: **${report.failOn}** → ${orgReportFailed(report) ? '**failed**' : 'passed'}.`,
    '',
  );
  if (report.failedShards.length || report.failedRepositories.length) {
    out.push(`> [!WARNING]`, `> Incomplete: ${t.failed} repositor${t.failed === 1 ? 'y was' : 'ies were'} not scanned.`, '');
    for (const s of report.failedShards) out.push(`- **Shard ${s.shard}** (${s.repositories.length} repositories): ${cell(s.reason)}`);
    for (const r of report.failedRepositories) out.push(`- \`${cell(r.repository)}\` (shard ${r.shard}): ${cell(r.error)}`);
    out.push('');
  }
  out.push('| Severity | Findings |', '| --- | ---: |');
  for (const s of SEVERITIES) out.push(`| ${ICON[s]} ${s} | ${t.bySeverity[s]} |`);
  out.push('');
  if (report.repositories.length) {
    out.push('| Repository | critical | high | medium | low | info | Workflows | Default token | Registry |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    for (const r of report.repositories.slice(0, MARKDOWN_ROWS)) {
      out.push(
        `| \`${cell(r.repository)}\` | ${SEVERITIES.map((s) => r.bySeverity[s]).join(' | ')} | ${r.workflows} | ${r.defaultWorkflowPermissions ?? 'unknown'} | ${r.registry ? `\`${cell(r.registry)}\`` : '—'} |`,
      );
    }
    if (report.repositories.length > MARKDOWN_ROWS) out.push('', `${report.repositories.length - MARKDOWN_ROWS} more repositories (fewer findings) are in the JSON report.`);
    out.push('');
  }
  if (report.orgRegistry) {
    const r = report.orgRegistry;
    out.push(`Organisation registry \`${cell(r.source)}\`: ${r.problems.length ? `**invalid** (${cell(r.problems[0]!)})` : `${r.tokens} token(s), ${r.findings.length} finding(s) of its own`}.`, '');
  }
  if (report.notes.length) {
    out.push('<details><summary>Notes</summary>', '');
    for (const n of report.notes.slice(0, 200)) out.push(`- ${cell(n)}`);
    if (report.notes.length > 200) out.push(`- … ${report.notes.length - 200} more in the JSON report`);
    out.push('', '</details>', '');
  }
  out.push(`API calls: ${report.calls.graphql} GraphQL, ${report.calls.rest} REST (${report.calls.notModified} answered 304), of which ${report.calls.settingsLookups} repository settings.`);
  return `${out.join('\n')}\n`;
}
