/**
 * The organisation report as alerts (pure): its findings as the one Finding shape — paths prefixed with their
 * repository, so a digest issue links and names them across the organisation — and which of them are new since an
 * earlier organisation report (for Slack).
 */
import type { Finding } from '../model/finding.js';
import { severityRank, type Severity } from '../model/severity.js';
import type { OrgReport } from './types.js';

/** Every unsuppressed finding of the report, `owner/name/path` as its file. */
export function orgFindings(report: OrgReport): Finding[] {
  const out: Finding[] = [];
  for (const [repository, findings] of Object.entries(report.findings)) {
    for (const f of findings) {
      if (f.suppressed) continue;
      out.push({
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        message: f.message,
        location: { file: `${repository}/${f.file}`, startLine: f.startLine, startColumn: f.startColumn, endLine: f.endLine, endColumn: f.endColumn },
        // Fingerprints are per repository; the repository makes them unique across the organisation.
        fingerprint: `${repository}:${f.fingerprint}`,
      });
    }
  }
  return out;
}

/** Findings at or above `min` that the previous report did not have (all of them without one). */
export function newSince(current: readonly Finding[], previous: OrgReport | undefined, min: Severity): Finding[] {
  const known = new Set(previous ? orgFindings(previous).map((f) => f.fingerprint) : []);
  return current.filter((f) => severityRank(f.severity) >= severityRank(min) && !known.has(f.fingerprint));
}
