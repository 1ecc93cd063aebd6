import type { Finding } from '../model/finding.js';
import { SEVERITIES, maxSeverity, type Severity } from '../model/severity.js';
import { failingFindings, type SkippedFile } from '../engine.js';
import { ruleMeta } from '../rules/index.js';
import type { ReportInput } from './context.js';

/** Version of the JSON report shape. Additions keep the version; removals or renames bump it. */
export const JSON_REPORT_VERSION = 1;

export interface JsonFinding {
  ruleId: string;
  category: string;
  severity: Severity;
  message: string;
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  /** Exclusive: one past the last character, as in SARIF. */
  endColumn: number;
  fingerprint: string;
  suppressed: boolean;
  suppression?: { kind: 'inline' | 'config'; justification: string };
  remediation: string;
  related?: Array<{ message: string; file: string; startLine: number; startColumn: number }>;
}

export interface JsonReport {
  version: number;
  tool: { name: 'token-warden'; version: string };
  findings: JsonFinding[];
  summary: {
    files: number;
    workflows: number;
    actions: number;
    parseErrors: number;
    total: number;
    suppressed: number;
    belowMinSeverity: number;
    bySeverity: Record<Severity, number>;
    maxSeverity: Severity | null;
    failOn: string;
    minSeverity: Severity;
    failed: boolean;
    ruleFailures: Array<{ file: string; ruleId: string; message: string }>;
    /** Files found and not read, with why: `symlink-outside-root`, `broken-symlink`, `not-a-regular-file`. */
    skipped: Array<{ path: string; reason: SkippedFile['reason'] }>;
    /** The token registry the workflows were held to; null when none was found (its rules were skipped). */
    registry: { path: string; tokens: number } | null;
  };
}

function toJsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    file: f.location.file,
    startLine: f.location.startLine,
    startColumn: f.location.startColumn,
    endLine: f.location.endLine,
    endColumn: f.location.endColumn,
    fingerprint: f.fingerprint,
    suppressed: f.suppression !== undefined,
    remediation: ruleMeta(f.ruleId)?.remediation ?? '',
  };
  if (f.suppression) out.suppression = { ...f.suppression };
  if (f.related) {
    out.related = f.related.map((r) => ({ message: r.message, file: r.location.file, startLine: r.location.startLine, startColumn: r.location.startColumn }));
  }
  return out;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) if (!f.suppression) counts[f.severity]++;
  return counts;
}

export function buildJsonReport(input: ReportInput): JsonReport {
  const active = input.findings.filter((f) => !f.suppression);
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: 'token-warden', version: input.toolVersion },
    findings: input.findings.map(toJsonFinding),
    summary: {
      files: input.stats.files,
      workflows: input.stats.workflows,
      actions: input.stats.actions,
      parseErrors: input.stats.parseErrors,
      total: active.length,
      suppressed: input.stats.suppressed,
      belowMinSeverity: input.stats.belowMinSeverity,
      bySeverity: countBySeverity(input.findings),
      maxSeverity: maxSeverity(active.map((f) => f.severity)) ?? null,
      failOn: input.failOn,
      minSeverity: input.minSeverity,
      failed: failingFindings(input.findings, input.failOn).length > 0,
      ruleFailures: input.ruleFailures.map((r) => ({ ...r })),
      skipped: (input.skipped ?? []).map((f) => ({ path: f.path, reason: f.reason })),
      registry: input.registry ? { path: input.registry.path, tokens: input.registry.tokens } : null,
    },
  };
}

export function renderJson(input: ReportInput): string {
  return JSON.stringify(buildJsonReport(input), null, 2) + '\n';
}
