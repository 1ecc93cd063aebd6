import { ALL_RULE_META } from '../rules/index.js';

/** The rules table of README.md (generated; a test keeps the README in step). */
export function renderRulesMarkdown(): string {
  const rows = ALL_RULE_META.map((m) => `| [\`${m.id}\`](${m.docs}) | ${m.category} | ${m.defaultSeverity} | ${m.appliesTo.join(', ')} | ${m.summary.replace(/\|/g, '\\|')} |`);
  return ['| Rule | Category | Default severity | Files | What it finds |', '| --- | --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}

export function renderRulesText(): string {
  return ALL_RULE_META.map((m) => `${m.id.padEnd(24)} ${m.defaultSeverity.padEnd(9)} ${m.summary}\n${' '.repeat(35)}fix: ${m.remediation}`).join('\n') + '\n';
}
