import type { Finding } from '../model/finding.js';
import { SEVERITIES, maxSeverity, severityRank } from '../model/severity.js';
import { existingNote, failingFindingsOf } from './baseline.js';
import { ruleMeta } from '../rules/index.js';
import { SKIP_REASONS, type ReportInput } from './context.js';
import { countBySeverity } from './json.js';
import type { AnnotationPlan } from './annotations.js';
import { renderMatrixMarkdown } from '../registry/matrix.js';

/** GitHub accepts at most 1 MiB of job summary per step; stay well below it. */
const SUMMARY_BUDGET = 900 * 1024;
const TOP_FINDINGS = 50;

const ICON: Record<string, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function locationCell(f: Finding, input: ReportInput): string {
  const label = `${f.location.file}:${f.location.startLine}`;
  if (!input.links) return `\`${cell(label)}\``;
  const { serverUrl, repository, ref } = input.links;
  const path = f.location.file.split('/').map(encodeURIComponent).join('/');
  return `[${cell(label)}](${serverUrl}/${repository}/blob/${encodeURIComponent(ref)}/${path}#L${f.location.startLine})`;
}

/** The job summary: counts by severity, the top findings with links, and what to do about each rule. */
export function renderMarkdown(input: ReportInput, annotationPlan?: AnnotationPlan): string {
  const active = input.findings.filter((f) => !f.suppression);
  const counts = countBySeverity(input.findings);
  const worst = maxSeverity(active.map((f) => f.severity));
  const failed = failingFindingsOf(input).length > 0;
  const out: string[] = [];
  out.push(`## Token Warden: ${active.length === 0 ? 'no findings' : `${active.length} finding${active.length === 1 ? '' : 's'} (worst: ${worst})`}`);
  out.push('');
  out.push(
    `Scanned ${input.stats.workflows} workflow(s) and ${input.stats.actions} action(s)` +
      (input.stats.parseErrors ? `; ${input.stats.parseErrors} file(s) could not be parsed` : '') +
      (input.skipped?.length ? `; ${input.skipped.length} file(s) skipped (listed below)` : '') +
      `. Fails on: **${input.failOn}**${input.baseline ? ' (new findings only)' : ''} → ${failed ? '**failed**' : 'passed'}.`,
  );
  out.push('');
  const note = existingNote(input);
  if (note) out.push(`${cell(note)}.`, '');
  if (input.registry) out.push(`Token registry: \`${input.registry.path}\` (${input.registry.tokens} token${input.registry.tokens === 1 ? '' : 's'}).`, '');
  else if (input.registry === null) out.push('No token registry (`.github/token-scope-map.yml`) was found: the registry rules were skipped.', '');
  out.push('| Severity | Findings |');
  out.push('| --- | ---: |');
  for (const s of SEVERITIES) out.push(`| ${ICON[s]} ${s} | ${counts[s]} |`);
  if (input.stats.suppressed) out.push(`| suppressed | ${input.stats.suppressed} |`);
  if (input.stats.belowMinSeverity) out.push(`| below ${input.minSeverity} (not shown) | ${input.stats.belowMinSeverity} |`);
  out.push('');

  if (annotationPlan) {
    const more = annotationPlan.omitted.error + annotationPlan.omitted.warning + annotationPlan.omitted.notice;
    if (more > 0) {
      out.push(
        `> GitHub shows 10 annotations per level: ${more} more finding(s) are not annotated ` +
          `(${annotationPlan.omitted.error} error, ${annotationPlan.omitted.warning} warning, ${annotationPlan.omitted.notice} notice). All are listed here and in the SARIF/JSON reports.`,
      );
      out.push('');
    }
  }

  if (active.length > 0) {
    const top = [...active].sort((a, b) => severityRank(b.severity) - severityRank(a.severity)).slice(0, TOP_FINDINGS);
    out.push(`### ${top.length < active.length ? `Top ${top.length} of ${active.length} findings` : 'Findings'}`);
    out.push('');
    out.push('| Severity | Rule | Location | Message |');
    out.push('| --- | --- | --- | --- |');
    let size = out.join('\n').length;
    let shown = 0;
    for (const f of top) {
      const existing = input.baseline?.fingerprints.has(f.fingerprint) ? ' _(existing: in baseline)_' : '';
      const row = `| ${ICON[f.severity]} ${f.severity} | \`${f.ruleId}\` | ${locationCell(f, input)} | ${cell(f.message)}${existing} |`;
      if (size + row.length > SUMMARY_BUDGET / 2) break;
      out.push(row);
      size += row.length + 1;
      shown++;
    }
    if (shown < top.length) out.push(`\n_${top.length - shown} more rows left out to stay within GitHub's summary size limit._`);
    out.push('');
    out.push('### How to fix');
    out.push('');
    const rules = [...new Set(active.map((f) => f.ruleId))];
    for (const id of rules) {
      const meta = ruleMeta(id);
      if (meta) out.push(`- **${id}**: ${meta.remediation}`);
    }
    out.push('');
  }
  if (input.registry?.matrix) {
    out.push(renderMatrixMarkdown(input.registry.matrix));
    out.push('');
  }
  if (input.skipped?.length) {
    out.push('### Skipped files');
    out.push('');
    const shown = input.skipped.slice(0, TOP_FINDINGS);
    for (const f of shown) out.push(`- \`${cell(f.path)}\`: ${SKIP_REASONS[f.reason]}`);
    if (shown.length < input.skipped.length) out.push(`- … and ${input.skipped.length - shown.length} more (all are listed in the JSON report)`);
    out.push('');
  }
  if (input.ruleFailures.length) {
    out.push('### Rule failures');
    out.push('');
    for (const r of input.ruleFailures) out.push(`- \`${r.ruleId}\` on \`${r.file}\`: ${cell(r.message)}`);
    out.push('');
  }
  let text = out.join('\n');
  if (text.length > SUMMARY_BUDGET) text = text.slice(0, SUMMARY_BUDGET) + '\n\n_Summary truncated._\n';
  return text;
}
