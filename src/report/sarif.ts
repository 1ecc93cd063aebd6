/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`) and other consumers.
 *
 * Checked by Microsoft's SARIF multitool (`validate --rule-kind Sarif` and `--rule-kind Gh`) in
 * test/report/sarif.test.ts. What it still notes, on purpose:
 * - no `informationUri` / `helpUri`: the project has no public documentation URL yet, and both must be absolute;
 *   the full rule documentation is carried in `help.text` / `help.markdown` instead;
 * - no `region.snippet` / `contextRegion`: they would copy workflow text, token literals included, into the report;
 * - rule ids are the readable kebab-case ids users write in ignore comments, not `TW1001`-style ids.
 *
 * With the least-privilege fix's plans (`fixes`), each `permissions` result in a file the fix changes carries that
 * file's fix as a SARIF `fix`: its whole-line edits as replacements by character offset.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Location } from '../model/finding.js';
import type { RuleMeta } from '../model/rule.js';
import { maxSeverity, type Severity } from '../model/severity.js';
import { ALL_RULE_META } from '../rules/index.js';
import { redactTokensIn } from '../workflows/secrets-text.js';
import type { RuleFailure, SkippedFile } from '../engine.js';
import { SKIP_REASONS, type ReportInput } from './context.js';
import type { FilePlan } from '../fix/types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The base every artifact URI is relative to: the scan root (the repository root in the action). */
export const SRCROOT = '%SRCROOT%';

/** Key of our fingerprint in `partialFingerprints`; bump the version if the fingerprint recipe changes. */
export const FINGERPRINT_KEY = 'tokenWarden/v1';

/** GitHub code scanning reads `security-severity` (0–10) from rule properties: >9 critical, ≥7 high, ≥4 medium. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };

/**
 * Friendly names where the Pascal-cased id would equal the id but for case: SARIF1001 requires `name` to differ
 * from `id` (case-insensitively).
 */
const FRIENDLY_NAMES: Readonly<Record<string, string>> = { permissions: 'TokenPermissions' };

export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'critical' || severity === 'high' ? 'error' : severity === 'medium' ? 'warning' : 'note';
}

function pascal(id: string): string {
  return id.replace(/(^|[-_])([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

/** A Pascal-case friendly name, or none when it could only repeat the id (SARIF1001). */
function friendlyName(id: string): string | undefined {
  const name = FRIENDLY_NAMES[id] ?? pascal(id);
  return name.toLowerCase() === id.toLowerCase() ? undefined : name;
}

function problemSeverity(severity: Severity): 'error' | 'warning' | 'recommendation' {
  const level = sarifLevel(severity);
  return level === 'note' ? 'recommendation' : level;
}

function sarifRule(meta: RuleMeta) {
  const name = friendlyName(meta.id);
  const suppress =
    `To accept one finding, add \`# token-warden: ignore[${meta.id}] reason\` on the flagged line or the line above it; ` +
    `to accept a path, list it under \`rules.${meta.id}.ignore\` (or the top-level \`ignore\`) in \`.github/token-warden.yml\`.`;
  return {
    id: meta.id,
    ...(name ? { name } : {}),
    shortDescription: { text: meta.summary },
    fullDescription: { text: `${meta.summary} ${meta.remediation}` },
    help: {
      text: `${meta.summary}\n\nRemediation: ${meta.remediation}\n\nDefault severity: ${meta.defaultSeverity}. ${suppress}`,
      markdown:
        `**${meta.id}** (${meta.category}): ${meta.summary}\n\n**Remediation:** ${meta.remediation}\n\n` +
        `Default severity: **${meta.defaultSeverity}**. ${suppress}`,
    },
    defaultConfiguration: { level: sarifLevel(meta.defaultSeverity) },
    properties: {
      tags: [...new Set(['security', 'github-actions', meta.category, ...(meta.tags ?? [])])],
      precision: 'high',
      'problem.severity': problemSeverity(meta.defaultSeverity),
      'security-severity': SECURITY_SEVERITY[meta.defaultSeverity],
    },
  };
}

/**
 * Metadata for a rule id that is not one of ours (a rule injected through `scan({ rules })`): GitHub needs a
 * descriptor with help text for every result's rule, so one is made from what the findings say.
 */
function unknownRuleMeta(id: string, findings: readonly Finding[]): RuleMeta {
  const own = findings.filter((f) => f.ruleId === id);
  return {
    id,
    category: own[0]?.category ?? id,
    defaultSeverity: maxSeverity(own.map((f) => f.severity)) ?? 'medium',
    summary: `Findings of the rule ${id}.`,
    remediation: 'See the message of each finding.',
    docs: '',
    appliesTo: ['workflow', 'action'],
  };
}

/** A relative URI reference for a scan-root-relative path: each segment percent-encoded, so `#`, `?` and `%` stay literal. */
function relativeUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
}

/** SARIF region: 1-based lines and columns, end column exclusive (as in Location). */
function region(location: Location) {
  const startLine = Math.max(1, location.startLine);
  const startColumn = Math.max(1, location.startColumn);
  let endLine = Math.max(startLine, location.endLine);
  let endColumn: number | undefined = Math.max(1, location.endColumn);
  if (endLine === startLine) {
    endColumn = Math.max(endColumn, startColumn + 1);
  } else if (endColumn === 1) {
    // The span ends with a line break: stop at the end of the previous line rather than highlight an empty line.
    endLine -= 1;
    endColumn = undefined;
  }
  return { startLine, startColumn, endLine, ...(endColumn !== undefined ? { endColumn } : {}) };
}

function physical(location: Location) {
  return {
    physicalLocation: {
      artifactLocation: { uri: relativeUri(location.file), uriBaseId: SRCROOT },
      region: region(location),
    },
  };
}

export interface SarifOptions {
  /** The scan root, as an absolute URI or path: `%SRCROOT%`. */
  srcRoot?: string;
  /** Plans of the least-privilege fix (src/fix): their edits become `fixes` of the `permissions` results. */
  fixes?: readonly FilePlan[];
}

/** Rules whose findings the least-privilege fix addresses. */
const FIXED_BY_PLAN = new Set(['permissions']);

/** A changed plan as a SARIF fix: one artifact change, a replacement per edit (offsets in UTF-16 code units). */
function sarifFix(plan: FilePlan) {
  return {
    description: { text: redactTokensIn(`Least-privilege permissions for ${plan.path} (token-warden fix): each job granted only the scopes its steps need.`) },
    artifactChanges: [
      {
        artifactLocation: { uri: relativeUri(plan.path), uriBaseId: SRCROOT },
        replacements: plan.edits.map((e) => ({
          deletedRegion: { charOffset: e.start, charLength: e.end - e.start },
          ...(e.text ? { insertedContent: { text: redactTokensIn(e.text) } } : {}),
        })),
      },
    ],
  };
}

function sarifResult(f: Finding, ruleIndex: number, baseline: ReportInput['baseline'], fix: ReturnType<typeof sarifFix> | undefined) {
  const result: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: redactTokensIn(f.message) },
    locations: [physical(f.location)],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: { severity: f.severity, category: f.category },
  };
  // SARIF's own field for a run compared with a baseline: `unchanged` = the finding existed before.
  if (baseline) result.baselineState = baseline.fingerprints.has(f.fingerprint) ? 'unchanged' : 'new';
  if (f.related?.length) {
    result.relatedLocations = f.related.map((r, i) => ({ id: i + 1, ...physical(r.location), message: { text: redactTokensIn(r.message) } }));
  }
  if (fix) result.fixes = [fix];
  if (f.suppression) {
    result.suppressions = [
      {
        kind: f.suppression.kind === 'inline' ? 'inSource' : 'external',
        status: 'accepted',
        justification: redactTokensIn(f.suppression.justification),
      },
    ];
  }
  return result;
}

function ruleFailureNotification(failure: RuleFailure, index: ReadonlyMap<string, number>) {
  const ruleIndex = index.get(failure.ruleId);
  return {
    level: 'error',
    message: { text: redactTokensIn(`Rule ${failure.ruleId} failed on ${failure.file}: ${failure.message}`) },
    locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(failure.file), uriBaseId: SRCROOT } } }],
    associatedRule: { id: failure.ruleId, ...(ruleIndex !== undefined ? { index: ruleIndex } : {}) },
  };
}

/** A file found and not read: a warning on the invocation, so code scanning shows what was not covered. */
function skippedNotification(file: SkippedFile) {
  return {
    level: 'warning',
    message: { text: `Skipped ${file.path}: ${SKIP_REASONS[file.reason]}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(file.path), uriBaseId: SRCROOT } } }],
    descriptor: { id: `skipped/${file.reason}` },
  };
}

/** `srcRoot` as an absolute URI ending in a slash (SARIF1004), from a URI or an absolute path. */
function baseUri(srcRoot: string): string {
  let uri: string;
  if (/^[a-z][a-z0-9+.-]+:/i.test(srcRoot)) uri = srcRoot;
  else if (path.isAbsolute(srcRoot)) uri = pathToFileURL(srcRoot).href;
  else throw new TypeError(`srcRoot must be an absolute URI or path, got "${srcRoot}"`);
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`) and other consumers. */
export function buildSarif(input: ReportInput, options: SarifOptions = {}) {
  const fixes = new Map((options.fixes ?? []).filter((p) => p.status === 'changed' && p.edits.length > 0).map((p) => [p.path, sarifFix(p)]));
  const known = new Set(ALL_RULE_META.map((m) => m.id));
  const foreign = [...new Set(input.findings.map((f) => f.ruleId).filter((id) => !known.has(id)))];
  const rules = [...ALL_RULE_META, ...foreign.map((id) => unknownRuleMeta(id, input.findings))];
  const index = new Map(rules.map((r, i) => [r.id, i]));

  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'token-warden',
        fullName: 'Token Warden',
        semanticVersion: input.toolVersion,
        version: input.toolVersion,
        rules: rules.map(sarifRule),
      },
    },
    automationDetails: { id: 'token-warden/' },
    columnKind: 'utf16CodeUnits',
    // A rule that threw on a file: reported next to the results, never hidden.
    invocations: [
      {
        executionSuccessful: true,
        ...(input.ruleFailures.length > 0 || input.skipped?.length
          ? { toolExecutionNotifications: [...input.ruleFailures.map((failure) => ruleFailureNotification(failure, index)), ...(input.skipped ?? []).map(skippedNotification)] }
          : {}),
      },
    ],
    results: input.findings.map((f) => sarifResult(f, index.get(f.ruleId)!, input.baseline, FIXED_BY_PLAN.has(f.ruleId) ? fixes.get(f.location.file) : undefined)),
  };
  if (options.srcRoot) {
    run.originalUriBaseIds = { [SRCROOT]: { uri: baseUri(options.srcRoot), description: { text: 'The scan root.' } } };
  }
  const links = input.links;
  if (links && /^https?:\/\//i.test(links.serverUrl) && links.repository) {
    // In the action the scan root is the workspace, i.e. the checked-out repository at this revision.
    run.versionControlProvenance = [
      {
        repositoryUri: `${links.serverUrl.replace(/\/+$/, '')}/${links.repository}`,
        ...(links.ref ? { revisionId: links.ref } : {}),
        mappedTo: { uriBaseId: SRCROOT },
      },
    ];
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [run],
  };
}

export function renderSarif(input: ReportInput, options: SarifOptions = {}): string {
  return JSON.stringify(buildSarif(input, options), null, 2) + '\n';
}
