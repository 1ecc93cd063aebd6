/** Findings about things that live in GitHub or in the registry, not at a span of a scanned file. */
import { createHash } from 'node:crypto';
import type { Finding, Location } from '../model/finding.js';
import type { RuleMeta } from '../model/rule.js';
import type { Severity } from '../model/severity.js';

/** The engine's fingerprint (engine.ts `fingerprintOf`), without importing the engine and every rule behind it. */
export function renewalFingerprint(ruleId: string, file: string, path: ReadonlyArray<string | number>): string {
  return createHash('sha256').update(`${ruleId}\u0000${file}\u0000${path.join('\u001f')}`).digest('hex').slice(0, 32);
}

export interface RenewalReport {
  /** A file (the registry) or, for what only GitHub knows, its API path (`orgs/acme/actions/runners`). */
  file: string;
  /** Stable identity of the thing inside `file` (label set, target, token name). */
  path: ReadonlyArray<string | number>;
  message: string;
  severity?: Severity;
  /** 1-based; default the first line (an API path has no lines). */
  line?: number;
  column?: number;
}

export function renewalFinding(meta: RuleMeta, report: RenewalReport): Finding {
  const line = report.line ?? 1;
  const column = report.column ?? 1;
  const location: Location = { file: report.file, startLine: line, startColumn: column, endLine: line, endColumn: column + 1 };
  return {
    ruleId: meta.id,
    category: meta.category,
    severity: report.severity ?? meta.defaultSeverity,
    message: report.message,
    location,
    fingerprint: renewalFingerprint(meta.id, report.file, report.path),
  };
}
