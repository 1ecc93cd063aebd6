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
  /** Only with a baseline (fail-on-new-only): `existing` findings are in it and never fail the run. */
  baseline?: 'new' | 'existing';
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
    /** Only with a baseline (fail-on-new-only): where it came from, and how many findings are in it or not. */
    baseline?: { source: string; existing: number; new: number };
  };
}

function toJsonFinding(f: Finding, input: ReportInput): JsonFinding {
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
  if (input.baseline) out.baseline = input.baseline.fingerprints.has(f.fingerprint) ? 'existing' : 'new';
  return out;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) if (!f.suppression) counts[f.severity]++;
  return counts;
}

/** The report with its findings left empty (they are added one by one: see renderJsonChunks). */
function reportShell(input: ReportInput): JsonReport {
  const active = input.findings.filter((f) => !f.suppression);
  const baseline = input.baseline;
  // failingFindingsNewOnly (report/baseline.ts), written out here: baseline.ts reads this module's version constant.
  const failing = failingFindings(input.findings, input.failOn).filter((f) => !baseline?.fingerprints.has(f.fingerprint));
  const existing = baseline ? input.findings.filter((f) => baseline.fingerprints.has(f.fingerprint)).length : 0;
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: 'token-warden', version: input.toolVersion },
    findings: [],
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
      failed: failing.length > 0,
      ruleFailures: input.ruleFailures.map((r) => ({ ...r })),
      skipped: (input.skipped ?? []).map((f) => ({ path: f.path, reason: f.reason })),
      registry: input.registry ? { path: input.registry.path, tokens: input.registry.tokens } : null,
      ...(baseline ? { baseline: { source: baseline.source, existing, new: input.findings.length - existing } } : {}),
    },
  };
}

export function buildJsonReport(input: ReportInput): JsonReport {
  const report = reportShell(input);
  report.findings = input.findings.map((f) => toJsonFinding(f, input));
  return report;
}

const FINDINGS_KEY = '\n  "findings": [],\n';

/**
 * The JSON report in pieces, one finding at a time: the same text as `JSON.stringify(report, null, 2)`, without
 * building the whole report (or its text) at once — a report of thousands of findings is several megabytes, and the
 * CLI writes the pieces to the file as they come.
 */
export function* renderJsonChunks(input: ReportInput): Generator<string> {
  const shell = JSON.stringify(reportShell(input), null, 2) + '\n';
  if (input.findings.length === 0) {
    yield shell;
    return;
  }
  const at = shell.indexOf(FINDINGS_KEY);
  if (at < 0) {
    // Not the layout expected (it always is): the whole report at once rather than a report without its findings.
    yield JSON.stringify(buildJsonReport(input), null, 2) + '\n';
    return;
  }
  yield shell.slice(0, at) + '\n  "findings": [';
  let first = true;
  for (const f of input.findings) {
    // Nested two levels deep: every line of the finding's own text moves four spaces in (JSON strings hold no raw
    // line breaks, so every \n here is between lines).
    yield (first ? '\n    ' : ',\n    ') + JSON.stringify(toJsonFinding(f, input), null, 2).replace(/\n/g, '\n    ');
    first = false;
  }
  yield '\n  ],\n' + shell.slice(at + FINDINGS_KEY.length);
}

export function renderJson(input: ReportInput): string {
  return [...renderJsonChunks(input)].join('');
}
