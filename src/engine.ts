/**
 * The scan engine: files → parsed sources → rules → findings, then the filtering that belongs to the
 * engine and not to rules: config severity remaps, disabled rules, ignores, inline suppressions and the
 * minimum severity. Pure: the caller supplies file contents.
 */
import { createHash } from 'node:crypto';
import type { Finding, Location } from './model/finding.js';
import type { ProjectRule, Report, Rule, RuleMeta } from './model/rule.js';
import { atOrAbove, severityRank, type Severity } from './model/severity.js';
import { PARSE_ERROR, RESOURCE_LIMIT, RULES } from './rules/index.js';
import { isParseFailure, loadSource, type DefaultWorkflowPermissions, type FileKind, type SourceFile } from './workflows/source.js';
import { LineIndex } from './workflows/lines.js';
import { redactTokensIn } from './workflows/secrets-text.js';
import { parseInlineIgnore, type InlineIgnore } from './workflows/inline-ignore.js';
import { pathMatcher } from './model/globs.js';
import { DEFAULT_CONFIG, type ScanConfig } from './config/types.js';
import { credentialLiteralReports, hardcodedCredential } from './rules/hardcoded-credential.js';
import { ownString } from './model/own-string.js';

export interface ScanInput {
  /** Path relative to the scan root, forward slashes. */
  path: string;
  text: string;
}

/** Why a file found by discovery was not read. */
export type SkipReason = 'symlink-outside-root' | 'broken-symlink' | 'not-a-regular-file';

/** A file discovery found and did not read (see README: what gets scanned). */
export interface SkippedFile {
  /** Relative to the scan root, forward slashes. */
  path: string;
  reason: SkipReason;
}

export interface ScanStats {
  files: number;
  workflows: number;
  actions: number;
  /** Files not scanned: `parse-error` and `resource-limit` findings. */
  parseErrors: number;
  /** Files js-yaml rejected and the second parser (`yaml`, what GitHub uses) read. */
  fallbackParses: number;
  bytes: number;
  /** Findings kept but marked suppressed (inline comment or config ignore). */
  suppressed: number;
  /** Findings dropped because they are below min-severity. */
  belowMinSeverity: number;
}

export interface RuleFailure {
  file: string;
  ruleId: string;
  message: string;
}

export interface ScanResult {
  findings: Finding[];
  stats: ScanStats;
  /** A rule that threw on a file: the rest of the scan went on; reported, never hidden. */
  ruleFailures: RuleFailure[];
  /** With `projectCollectOnly`: what the project rules collected, for finishProjectRules once every shard is in. */
  projectData?: ProjectData[];
}

/** What one project rule collected from one file, with the file's text (its findings are placed in it). Plain data. */
export interface ProjectData {
  ruleId: string;
  path: string;
  kind: FileKind;
  data: unknown;
  text: string;
}

export interface ScanOptions {
  config?: ScanConfig;
  rules?: readonly Rule[];
  /** Cross-file checks, run after every file (see ProjectRule). */
  projectRules?: readonly ProjectRule[];
  /** Files that project rules may report on without being scanned as workflows (e.g. the token registry). */
  extraFiles?: readonly ScanInput[];
  /**
   * Files read only as text, for credential literals (the config file): hits are `hardcoded-credential` findings on
   * them; they are not counted as scanned files.
   */
  textFiles?: readonly ScanInput[];
  /** Receives credential values rules read from files (the action masks them: core.setSecret). */
  onSecret?: (value: string) => void;
  /** Owner of the scanned repository (`OWNER` of `OWNER/NAME`), when known: rules treat its actions as first-party. */
  repositoryOwner?: string;
  /**
   * The repository's default GITHUB_TOKEN permissions, when known (an organisation scan reads them from the API):
   * jobs without a `permissions:` block are judged with them instead of "possibly write-all". Absent: unknown.
   */
  defaultWorkflowPermissions?: DefaultWorkflowPermissions;
  /** Secrets the token registry scopes to environments (upper-cased): see RuleContext.environmentScopedSecrets. */
  environmentScopedSecrets?: ReadonlySet<string>;
  /**
   * Run the project rules' `collect` only, and return what they collected (ScanResult.projectData) instead of
   * finishing them: a scan split over threads finishes them once, over every thread's files (finishProjectRules).
   */
  projectCollectOnly?: boolean;
}

function makeLocation(file: string, lines: LineIndex, span: readonly [number, number]): Location {
  const start = lines.position(span[0]);
  let end = lines.position(Math.max(span[1], span[0]));
  // An empty span still marks one character, so every renderer has a non-empty region.
  if (end.line === start.line && end.column <= start.column) end = { line: start.line, column: start.column + 1 };
  return { file, startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

/**
 * A path segment longer than this (a job id or step name of kilobytes: never in real workflows) enters fingerprints
 * as its own digest, computed once per file (`digests`): otherwise every finding under it would hash it again.
 */
const LONG_SEGMENT = 1024;

export function fingerprintOf(ruleId: string, file: string, path: ReadonlyArray<string | number>, digests = new Map<string, string>()): string {
  const parts = path.map((s) => (typeof s === 'string' && s.length > LONG_SEGMENT ? longSegment(s, digests) : s));
  return createHash('sha256').update(`${ruleId}\u0000${file}\u0000${parts.join('\u001f')}`).digest('hex').slice(0, 32);
}

function longSegment(segment: string, digests: Map<string, string>): string {
  let digest = digests.get(segment);
  if (digest === undefined) {
    digest = `#${segment.length}:${createHash('sha256').update(segment).digest('hex')}`;
    digests.set(segment, digest);
  }
  return digest;
}

function inlineSuppression(lines: LineIndex, line: number, meta: RuleMeta, cache: Map<number, InlineIgnore | undefined>): string | undefined {
  for (const l of [line, line - 1]) {
    if (l < 1) continue;
    // Findings crowd on some lines (a long flow mapping): read each line's comment once.
    if (!cache.has(l)) cache.set(l, parseInlineIgnore(lines.lineText(l)));
    const ignore = cache.get(l);
    if (!ignore) continue;
    const ids = ignore.ids;
    if (ids.includes(meta.id) || ids.includes(meta.category) || ids.includes('*') || ids.includes('all')) {
      return redactTokensIn(ignore.justification) || 'suppressed inline';
    }
  }
  return undefined;
}

interface IgnoreMatcher {
  entry: string;
  matches(file: string, line: number): boolean;
}

function compileIgnores(entries: readonly string[]): IgnoreMatcher[] {
  return entries.map((entry) => {
    const m = /^(.*):(\d+)$/.exec(entry);
    const line = m ? Number(m[2]) : undefined;
    const paths = pathMatcher([m ? m[1]! : entry]);
    return { entry, matches: (file, l) => paths.matches(file) && (line === undefined || line === l) };
  });
}

type Emit = (meta: RuleMeta, file: string, lines: LineIndex, report: Report) => void;

function emptyStats(): ScanStats {
  return { files: 0, workflows: 0, actions: 0, parseErrors: 0, fallbackParses: 0, bytes: 0, suppressed: 0, belowMinSeverity: 0 };
}

/**
 * Turns rule reports into findings: config severity remaps, the minimum severity, fingerprints (numbered when one
 * repeats), inline and config suppressions. One per scan (or per finishing of project rules).
 */
function makeEmitter(config: ScanConfig, stats: ScanStats, findings: Finding[]): Emit {
  const globalIgnores = compileIgnores(config.ignore);
  const ruleIgnores = new Map(Object.entries(config.rules).map(([id, s]) => [id, compileIgnores(s.ignore ?? [])]));
  const fingerprints = new Map<string, number>();
  // Inline ignore comments and long path segments' digests, for the file at hand only (files are scanned one after
  // the other).
  let cachesOf: LineIndex | undefined;
  let inlineIgnores = new Map<number, InlineIgnore | undefined>();
  let digests = new Map<string, string>();

  return (meta, file, lines, report) => {
    const severity: Severity = config.rules[meta.id]?.severity ?? report.severity ?? meta.defaultSeverity;
    if (!atOrAbove(severity, config.minSeverity)) {
      stats.belowMinSeverity++;
      return;
    }
    if (cachesOf !== lines) {
      cachesOf = lines;
      inlineIgnores = new Map();
      digests = new Map();
    }
    const location = makeLocation(file, lines, report.span);
    let fingerprint = fingerprintOf(meta.id, file, report.path, digests);
    const seen = fingerprints.get(fingerprint) ?? 0;
    fingerprints.set(fingerprint, seen + 1);
    if (seen > 0) fingerprint = fingerprintOf(meta.id, file, [...report.path, `#${seen + 1}`], digests);
    const finding: Finding = {
      ruleId: meta.id,
      category: meta.category,
      severity,
      // Kept until the report: its own copy, not a view into the file's text (see ownString).
      message: ownString(redactTokensIn(report.message)),
      location,
      fingerprint,
    };
    if (report.related?.length) {
      finding.related = report.related.map((r) => ({ message: ownString(redactTokensIn(r.message)), location: makeLocation(file, lines, r.span) }));
    }
    const inline = inlineSuppression(lines, location.startLine, meta, inlineIgnores);
    const ignored = inline === undefined ? [...globalIgnores, ...(ruleIgnores.get(meta.id) ?? [])].find((m) => m.matches(file, location.startLine)) : undefined;
    if (inline !== undefined) finding.suppression = { kind: 'inline', justification: ownString(inline) };
    else if (ignored) finding.suppression = { kind: 'config', justification: `ignore: ${ignored.entry}` };
    if (finding.suppression) stats.suppressed++;
    findings.push(finding);
  };
}

/** Scans files and returns every finding, suppressed ones included (marked), below-minimum ones dropped. */
export function scan(inputs: Iterable<ScanInput>, options: ScanOptions = {}): ScanResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const rules = (options.rules ?? RULES).filter((r) => !config.rules[r.meta.id]?.disabled);
  const stats = emptyStats();
  const findings: Finding[] = [];
  const ruleFailures: RuleFailure[] = [];
  const emit = makeEmitter(config, stats, findings);

  const secretSeen = options.onSecret ?? (() => {});
  // A secret scanner reads text, not YAML: where there is no parsed tree (a file that did not parse, the config file),
  // the credential rule's own text scan still runs, as that rule, so disabling the rule turns it off too.
  const credentialRule = rules.find((r) => r.meta.id === hardcodedCredential.meta.id);
  const scanRawText = (file: string, lines: LineIndex, text: string): void => {
    if (!credentialRule) return;
    // No key path to name the token by: its redacted form and occurrence (`token#n`) do, never its line.
    for (const hit of credentialLiteralReports(text, (_offset, redacted) => ['#text', redacted])) {
      secretSeen(hit.literal);
      emit(credentialRule.meta, file, lines, hit.report);
    }
  };

  const projectRules = (options.projectRules ?? []).filter((r) => !config.rules[r.meta.id]?.disabled);
  const collected = new Map<ProjectRule, Array<{ path: string; kind: FileKind; data: unknown }>>(projectRules.map((r) => [r, []]));
  const linesOf = new Map<string, LineIndex>();
  const projectData: ProjectData[] = [];
  const facts = options.defaultWorkflowPermissions ? { defaultWorkflowPermissions: options.defaultWorkflowPermissions } : {};
  for (const extra of options.extraFiles ?? []) linesOf.set(extra.path, new LineIndex(extra.text));

  for (const input of inputs) {
    stats.files++;
    stats.bytes += input.text.length;
    const loaded = loadSource(input.path, input.text, facts);
    if (loaded.parser === 'fallback') stats.fallbackParses++;
    if (isParseFailure(loaded)) {
      stats.parseErrors++;
      // A file over a budget is not read further, not even for literals; any other unparsable file still is.
      if (loaded.problem !== 'resource-limit') scanRawText(input.path, loaded.lines, input.text);
      const meta = loaded.problem === 'resource-limit' ? RESOURCE_LIMIT : PARSE_ERROR;
      if (config.rules[meta.id]?.disabled) continue;
      const severity = loaded.severity ? { severity: loaded.severity } : {};
      emit(meta, input.path, loaded.lines, { message: loaded.message, span: [loaded.offset, loaded.offset], path: [meta.id], ...severity });
      continue;
    }
    countKind(stats, loaded.kind);
    runRules(loaded, rules, emit, ruleFailures, secretSeen, options.repositoryOwner?.toLowerCase(), options.environmentScopedSecrets);
    if (projectRules.length > 0) {
      for (const rule of projectRules) {
        try {
          const data = rule.collect(loaded);
          if (data === undefined) continue;
          // Project rules report only on files they collected from: only those keep their text (and line table).
          if (options.projectCollectOnly) projectData.push({ ruleId: rule.meta.id, path: loaded.path, kind: loaded.kind, data, text: input.text });
          else {
            collected.get(rule)!.push({ path: loaded.path, kind: loaded.kind, data });
            linesOf.set(loaded.path, loaded.lines);
          }
        } catch (error) {
          ruleFailures.push({ file: loaded.path, ruleId: rule.meta.id, message: error instanceof Error ? error.message : String(error) });
        }
      }
    }
  }

  for (const file of options.textFiles ?? []) scanRawText(file.path, new LineIndex(file.text), file.text);

  if (options.projectCollectOnly) {
    findings.sort(compareFindings);
    return { findings, stats, ruleFailures, projectData };
  }
  runProjectRules(projectRules, collected, linesOf, emit, ruleFailures);
  findings.sort(compareFindings);
  return { findings, stats, ruleFailures };
}

function runProjectRules(
  projectRules: readonly ProjectRule[],
  collected: ReadonlyMap<ProjectRule, Array<{ path: string; kind: FileKind; data: unknown }>>,
  linesOf: ReadonlyMap<string, LineIndex>,
  emit: Emit,
  ruleFailures: RuleFailure[],
): void {
  for (const rule of projectRules) {
    try {
      rule.finish({
        collected: collected.get(rule) ?? [],
        report: (file, r) => {
          const lines = linesOf.get(file);
          if (!lines) throw new Error(`project rule ${rule.meta.id} reported on ${file}, which is neither scanned nor an extra file`);
          emit(rule.meta, file, lines, r);
        },
      });
    } catch (error) {
      ruleFailures.push({ file: '(project)', ruleId: rule.meta.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
}

/**
 * Finishes the project rules over what the shards of a split scan collected (`projectCollectOnly`), in `data`'s
 * order (the caller puts it in file order, as one thread would have seen the files): the findings one thread would
 * have reported, with the same config, fingerprints and suppressions.
 */
export function finishProjectRules(data: readonly ProjectData[], options: Pick<ScanOptions, 'config' | 'projectRules'>): ScanResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const stats = emptyStats();
  const findings: Finding[] = [];
  const ruleFailures: RuleFailure[] = [];
  const projectRules = (options.projectRules ?? []).filter((r) => !config.rules[r.meta.id]?.disabled);
  const collected = new Map<ProjectRule, Array<{ path: string; kind: FileKind; data: unknown }>>(projectRules.map((r) => [r, []]));
  const linesOf = new Map<string, LineIndex>();
  for (const d of data) {
    const rule = projectRules.find((r) => r.meta.id === d.ruleId);
    if (!rule) continue;
    collected.get(rule)!.push({ path: d.path, kind: d.kind, data: d.data });
    if (!linesOf.has(d.path)) linesOf.set(d.path, new LineIndex(d.text));
  }
  runProjectRules(projectRules, collected, linesOf, makeEmitter(config, stats, findings), ruleFailures);
  findings.sort(compareFindings);
  return { findings, stats, ruleFailures };
}

function countKind(stats: ScanStats, kind: FileKind): void {
  if (kind === 'workflow') stats.workflows++;
  else stats.actions++;
}

function runRules(
  file: SourceFile,
  rules: readonly Rule[],
  emit: (meta: RuleMeta, file: string, lines: LineIndex, report: Report) => void,
  failures: RuleFailure[],
  secretSeen: (value: string) => void,
  repositoryOwner?: string,
  environmentScopedSecrets?: ReadonlySet<string>,
): void {
  for (const rule of rules) {
    if (!rule.meta.appliesTo.includes(file.kind)) continue;
    try {
      rule.check({
        file,
        report: (r) => emit(rule.meta, file.path, file.lines, r),
        secretSeen,
        ...(repositoryOwner ? { repositoryOwner } : {}),
        ...(environmentScopedSecrets ? { environmentScopedSecrets } : {}),
      });
    } catch (error) {
      failures.push({ file: file.path, ruleId: rule.meta.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
    a.location.startLine - b.location.startLine ||
    a.location.startColumn - b.location.startColumn ||
    severityRank(b.severity) - severityRank(a.severity) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** Findings that count towards failing: unsuppressed, at or above fail-on. */
export function failingFindings(findings: readonly Finding[], failOn: ScanConfig['failOn']): Finding[] {
  if (failOn === 'none') return [];
  return findings.filter((f) => !f.suppression && atOrAbove(f.severity, failOn));
}
