/**
 * The baseline: fingerprints of the findings that already exist (on the base branch, or in a saved report), so that
 * `fail-on-new-only` fails a pull request only on what it adds. Existing findings are still reported — renderers mark
 * them — but never fail the run. Pure: the caller reads the file or scans the base revision.
 */
import type { Finding } from '../model/finding.js';
import { isSeverity, type FailOn, type Severity } from '../model/severity.js';
import { failingFindings } from '../engine.js';
import { JSON_REPORT_VERSION } from './json.js';
import { FINGERPRINT_KEY } from './sarif.js';
import type { ReportInput } from './context.js';

/** What renderers and the fail policy need: the fingerprints that exist already, and where they came from. */
export interface Baseline {
  fingerprints: ReadonlySet<string>;
  /** For messages: `baseline.json`, `base revision 1a2b3c4d`. */
  source: string;
}

/** A baseline read from a file. */
export interface ParsedBaseline extends Baseline {
  fingerprints: Set<string>;
  format: 'json' | 'sarif';
  /** Findings listed in the file (suppressed ones included: they exist too). */
  findings: number;
  /** The report's min-severity: findings below it were never written down, so they all count as new. */
  minSeverity?: Severity;
  toolVersion?: string;
}

export type BaselineParse = { ok: true; baseline: ParsedBaseline } | { ok: false; error: string };

const HOW_TO_MAKE = 'make one with `token-warden scan --format json --output FILE` (or --format sarif) on the base branch';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFingerprint(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 256;
}

/**
 * Reads a baseline: the JSON report of `token-warden scan --format json` (each finding's `fingerprint`) or a SARIF file
 * written by token-warden (each result's `partialFingerprints["tokenWarden/v1"]`; results a SARIF baseline marks
 * `absent` are not counted). `name` is the file's name, for messages.
 */
export function parseBaseline(text: string, name: string): BaselineParse {
  const fail = (error: string): BaselineParse => ({ ok: false, error: `${name}: ${error}` });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`not valid JSON (${error instanceof Error ? error.message : String(error)}); ${HOW_TO_MAKE}`);
  }
  if (!isObject(data)) return fail(`expected a JSON object (a token-warden JSON report or a SARIF file); ${HOW_TO_MAKE}`);
  if (Array.isArray(data.runs)) return parseSarif(data.runs, name, fail);
  if (isObject(data.tool) && data.tool.name === 'token-warden' && Array.isArray(data.findings)) return parseJsonReport(data, name, fail);
  return fail(`neither a token-warden JSON report nor a SARIF file; ${HOW_TO_MAKE}`);
}

function parseJsonReport(data: Record<string, unknown>, name: string, fail: (error: string) => BaselineParse): BaselineParse {
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('the report has no valid "version"');
  if (version > JSON_REPORT_VERSION) {
    return fail(`report version ${version} is newer than this token-warden reads (${JSON_REPORT_VERSION}): make the baseline with the same version`);
  }
  const findings = data.findings as unknown[];
  const fingerprints = new Set<string>();
  for (const [i, f] of findings.entries()) {
    if (!isObject(f) || !isFingerprint(f.fingerprint)) return fail(`findings[${i}] has no fingerprint`);
    fingerprints.add(f.fingerprint);
  }
  const summary = isObject(data.summary) ? data.summary : {};
  const minSeverity = typeof summary.minSeverity === 'string' && isSeverity(summary.minSeverity) ? summary.minSeverity : undefined;
  const toolVersion = isObject(data.tool) && typeof data.tool.version === 'string' ? data.tool.version : undefined;
  return {
    ok: true,
    baseline: { fingerprints, source: name, format: 'json', findings: findings.length, ...(minSeverity ? { minSeverity } : {}), ...(toolVersion ? { toolVersion } : {}) },
  };
}

function parseSarif(runs: unknown[], name: string, fail: (error: string) => BaselineParse): BaselineParse {
  const ours = runs.filter((r): r is Record<string, unknown> => isObject(r) && isObject(r.tool) && isObject(r.tool.driver) && r.tool.driver.name === 'token-warden');
  if (ours.length === 0) return fail(`a SARIF file without a token-warden run (only token-warden's own fingerprints can be compared); ${HOW_TO_MAKE}`);
  const fingerprints = new Set<string>();
  let findings = 0;
  let toolVersion: string | undefined;
  for (const run of ours) {
    const driver = (run.tool as Record<string, Record<string, unknown>>).driver!;
    if (typeof driver.version === 'string') toolVersion ??= driver.version;
    const results = Array.isArray(run.results) ? run.results : [];
    for (const [i, r] of results.entries()) {
      if (!isObject(r) || r.baselineState === 'absent') continue;
      const partial = isObject(r.partialFingerprints) ? r.partialFingerprints : {};
      const fingerprint = partial[FINGERPRINT_KEY];
      if (!isFingerprint(fingerprint)) {
        const other = Object.keys(partial).find((k) => k.startsWith('tokenWarden/'));
        return fail(
          other
            ? `results[${i}] has a "${other}" fingerprint, not "${FINGERPRINT_KEY}": fingerprints of another token-warden version cannot be compared; make the baseline again`
            : `results[${i}] has no partialFingerprints["${FINGERPRINT_KEY}"]`,
        );
      }
      fingerprints.add(fingerprint);
      findings++;
    }
  }
  return { ok: true, baseline: { fingerprints, source: name, format: 'sarif', findings, ...(toolVersion ? { toolVersion } : {}) } };
}

/** True when the finding's fingerprint is in the baseline: it existed before, and never fails the run. */
export function isExisting(finding: Finding, baseline: Baseline): boolean {
  return baseline.fingerprints.has(finding.fingerprint);
}

/** Findings whose fingerprint is not in the baseline. */
export function newFindings(findings: readonly Finding[], baseline: Baseline): Finding[] {
  return findings.filter((f) => !isExisting(f, baseline));
}

/** `fail-on-new-only`: findings that count towards failing (see failingFindings) and are not in the baseline. */
export function failingFindingsNewOnly(findings: readonly Finding[], failOn: FailOn, baseline: Baseline): Finding[] {
  return newFindings(failingFindings(findings, failOn), baseline);
}

/** The findings that fail a report's run: new-only when the report carries a baseline, else all at or above fail-on. */
export function failingFindingsOf(input: Pick<ReportInput, 'findings' | 'failOn' | 'baseline'>): Finding[] {
  return input.baseline ? failingFindingsNewOnly(input.findings, input.failOn, input.baseline) : failingFindings(input.findings, input.failOn);
}

/** Findings at or above fail-on that the baseline keeps from failing the run (0 without a baseline). */
export function existingFailingCount(input: Pick<ReportInput, 'findings' | 'failOn' | 'baseline'>): number {
  if (!input.baseline) return 0;
  return failingFindings(input.findings, input.failOn).length - failingFindingsNewOnly(input.findings, input.failOn, input.baseline).length;
}

/** `"N existing finding(s) at or above F are in the baseline (SOURCE) and do not fail the run"`, or undefined for none. */
export function existingNote(input: Pick<ReportInput, 'findings' | 'failOn' | 'baseline'>): string | undefined {
  const existing = existingFailingCount(input);
  if (existing === 0 || !input.baseline) return undefined;
  return `${existing} existing finding(s) at or above ${input.failOn} are in the baseline (${input.baseline.source}) and do not fail the run`;
}
