import type { Severity } from '../model/severity.js';
import { SKIP_REASONS, type ReportInput } from './context.js';
import { countBySeverity } from './json.js';
import { existingNote, failingFindingsOf } from './baseline.js';

const COLOUR: Record<Severity, string> = { critical: '\x1b[1;31m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[2m' };
const RESET = '\x1b[0m';

/** `file:line:col  severity  rule  message` per finding, then a one-line summary. Colour only when asked (a TTY). */
export function renderText(input: ReportInput, options: { colour?: boolean } = {}): string {
  const paint = (s: Severity, text: string): string => (options.colour ? `${COLOUR[s]}${text}${RESET}` : text);
  const lines: string[] = [];
  for (const f of input.findings) {
    const where = `${f.location.file}:${f.location.startLine}:${f.location.startColumn}`;
    const sev = paint(f.severity, f.severity.padEnd(8));
    const suppressed = f.suppression ? ` [suppressed: ${f.suppression.justification}]` : '';
    const existing = input.baseline?.fingerprints.has(f.fingerprint) ? ' [existing: in baseline]' : '';
    lines.push(`${where}  ${sev}  ${f.ruleId}  ${f.message}${suppressed}${existing}`);
  }
  lines.push('');
  lines.push(summaryLine(input));
  const note = existingNote(input);
  if (note) lines.push(note);
  if (input.registry) lines.push(`token registry: ${input.registry.path} (${input.registry.tokens} tokens)`);
  else if (input.registry === null) lines.push('no token registry found: registry rules skipped');
  for (const s of input.skipped ?? []) lines.push(`skipped: ${s.path}: ${SKIP_REASONS[s.reason]}`);
  for (const r of input.ruleFailures) lines.push(`warning: rule ${r.ruleId} failed on ${r.file}: ${r.message}`);
  return lines.join('\n') + '\n';
}

/** One line: how many findings, of which severities, and whether any is at or above fail-on (new ones only, with a baseline). */
export function summaryLine(input: ReportInput): string {
  const counts = countBySeverity(input.findings);
  const active = input.findings.filter((f) => !f.suppression).length;
  const parts = (Object.keys(counts) as Severity[]).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  const failing = failingFindingsOf(input).length;
  const atOrAboveFailOn = input.baseline ? `new at or above ${input.failOn}` : `at or above ${input.failOn}`;
  return (
    `${active} finding(s)${parts.length ? ` (${parts.join(', ')})` : ''} in ${input.stats.files} file(s)` +
      (input.stats.suppressed ? `, ${input.stats.suppressed} suppressed` : '') +
      (input.stats.parseErrors ? `, ${input.stats.parseErrors} unparsable` : '') +
      (input.skipped?.length ? `, ${input.skipped.length} skipped` : '') +
      (input.failOn === 'none' ? '' : failing ? `; ${failing} ${atOrAboveFailOn}` : `; none ${atOrAboveFailOn}`)
  );
}
