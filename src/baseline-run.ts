/**
 * `fail-on-new-only`: the fingerprints of the findings that already exist, from a baseline file (a JSON or SARIF report)
 * or by scanning the pull request's base revision in the same run, with the same config, so fingerprints compare.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';
import { scan, type ScanInput } from './engine.js';
import type { ScanConfig } from './config/types.js';
import { severityRank, type FailOn } from './model/severity.js';
import type { ProjectRule } from './model/rule.js';
import { WORKFLOW_PROJECT_RULES } from './rules/index.js';
import { registryProjectRules } from './registry/rules/index.js';
import { parseBaseline, type Baseline, type ParsedBaseline } from './report/baseline.js';
import { isWithin, readRegularFile, relativePath } from './sources/files.js';
import { isSafeTreePath, readBaseRevision, type BaseRevisionBudgets } from './sources/base-revision.js';

/** A baseline file larger than this is refused (a JSON report of 10,000 findings is about 10 MiB). */
export const MAX_BASELINE_FILE_BYTES = 128 * 1024 * 1024;

export interface BaselineOptions {
  /** The scan root (absolute), as the scan's findings are relative to it. */
  root: string;
  /** Resolves `baselineFile`; default: the root. */
  cwd?: string;
  /** A JSON report or SARIF file of an earlier scan. Wins over `baseRef`. Invalid: UsageError, naming it. */
  baselineFile?: string;
  /** Base revisions to try, best first (see pullRequestBaseRevisions): the first the clone has is scanned. */
  baseRef?: string | readonly string[];
  /** The config of the scan being compared: the base is scanned with the same one, so fingerprints compare. */
  config: ScanConfig;
  /** The token registry the scan used (root-relative, as `report.registry.path`): read at the base revision too. */
  registryPath?: string;
  /** The config file the scan read (absolute, as `PipelineResult.configFile`): scanned for credential literals at the base too. */
  configFile?: string;
  /** As in the scan (ScanOptions.repositoryOwner, PipelineOptions.expiryNow, PipelineOptions.onSecret). */
  repositoryOwner?: string;
  expiryNow?: Date;
  onSecret?: (value: string) => void;
  /** The git binary (default `git`). */
  git?: string;
  budgets?: Partial<BaseRevisionBudgets>;
}

export interface BaselineFingerprints {
  /** Absent when there is no baseline: every finding at or above fail-on fails (see `warning`). */
  fingerprints?: Set<string>;
  source: 'file' | 'git' | 'none';
  /** Ready for ReportInput.baseline; absent with `fingerprints`. */
  baseline?: Baseline;
  /** For the log: the baseline could not be had (a fallback to all findings), or a caveat about it. */
  warning?: string;
  /** Things worth a line in the log that change nothing (files skipped at the base, a rule that failed there). */
  notes?: string[];
}

/**
 * The fingerprints of the findings that already exist: read from `baselineFile`, else found by scanning the first of
 * `baseRef` the clone has, else none. A missing git or base revision is a `warning` (the caller fails on all
 * findings, as without the option); an unreadable or invalid baseline file is a UsageError.
 */
export async function baselineFingerprints(options: BaselineOptions): Promise<BaselineFingerprints> {
  if (options.baselineFile) return fromFile(options.baselineFile, options.cwd ?? options.root, options.config.failOn);
  const revisions = typeof options.baseRef === 'string' ? [options.baseRef] : (options.baseRef ?? []);
  if (revisions.length === 0) return { source: 'none' };
  return fromBaseRevision(revisions, options);
}

/** Reads and parses a baseline file; throws UsageError naming it when it cannot be used. */
export function readBaselineFile(file: string, cwd: string): ParsedBaseline {
  const absolute = path.resolve(cwd, file);
  if (!existsSync(absolute)) throw new UsageError(`baseline file not found: ${file}`);
  const text = readRegularFile(absolute, MAX_BASELINE_FILE_BYTES + 1);
  if (Buffer.byteLength(text) > MAX_BASELINE_FILE_BYTES) throw new UsageError(`baseline file ${file} is larger than ${MAX_BASELINE_FILE_BYTES / (1024 * 1024)} MiB`);
  const parsed = parseBaseline(text, file);
  if (!parsed.ok) throw new UsageError(`invalid baseline file ${parsed.error}`);
  return parsed.baseline;
}

function fromFile(file: string, cwd: string, failOn: FailOn): BaselineFingerprints {
  const baseline = readBaselineFile(file, cwd);
  const out: BaselineFingerprints = { fingerprints: baseline.fingerprints, source: 'file', baseline: { fingerprints: baseline.fingerprints, source: baseline.source } };
  // Findings below the report's min-severity were never written down: at or above fail-on, they would all look new.
  if (baseline.minSeverity && failOn !== 'none' && severityRank(baseline.minSeverity) > severityRank(failOn)) {
    out.warning =
      `${file} was made with min-severity ${baseline.minSeverity}: findings below ${baseline.minSeverity} are not in it, ` +
      `so those at or above fail-on ${failOn} all count as new (make the baseline with min-severity ${failOn} or lower)`;
  }
  return out;
}

/** A file of the current scan that lies outside the repository (an explicit --registry/--config elsewhere): read as it is now. */
function readOutside(absolute: string): string | undefined {
  try {
    return readRegularFile(absolute);
  } catch {
    return undefined;
  }
}

async function fromBaseRevision(revisions: readonly string[], options: BaselineOptions): Promise<BaselineFingerprints> {
  const root = options.root;
  const registryPath = options.registryPath;
  const registryAbsolute = registryPath === undefined ? undefined : path.resolve(root, registryPath);
  const configPath = options.configFile === undefined ? undefined : relativePath(root, path.resolve(root, options.configFile));
  // Files of the scan inside the root are read as they were at the base; one outside it is not in the repository.
  const inTree = (p: string | undefined, absolute: string | undefined): p is string => p !== undefined && absolute !== undefined && isWithin(root, absolute) && isSafeTreePath(p);
  const registryInTree = inTree(registryPath, registryAbsolute);
  const configInTree = inTree(configPath, options.configFile && path.resolve(root, options.configFile));
  const base = await readBaseRevision({
    root,
    revisions,
    alsoRead: [...(registryInTree ? [registryPath!] : []), ...(configInTree ? [configPath!] : [])],
    ...(options.git ? { git: options.git } : {}),
    ...(options.budgets ? { budgets: options.budgets } : {}),
  });
  if (!base.ok) return { source: 'none', warning: `${base.reason}; failing on every finding at or above fail-on` };

  const notes: string[] = base.skipped.map((s) => `base revision: skipped ${s.path}: ${s.reason}`);
  const projectRules: ProjectRule[] = [...WORKFLOW_PROJECT_RULES];
  const extraFiles: ScanInput[] = [];
  const registryText = registryPath === undefined ? undefined : registryInTree ? base.extra.get(registryPath) : readOutside(registryAbsolute!);
  if (registryPath !== undefined && registryText !== undefined) {
    const { checkRegistry } = await import('./registry/parse.js');
    const check = checkRegistry(registryText, registryPath, options.onSecret);
    if (check.registry) {
      projectRules.push(...registryProjectRules(check.registry, registryPath, options.expiryNow ? { now: options.expiryNow } : {}));
      extraFiles.push({ path: registryPath, text: registryText });
    } else notes.push(`base revision: the token registry ${registryPath} is not valid there, so findings of the registry rules count as new`);
  }
  // As in the pipeline: the registry is never scanned as a workflow; the config file is read as text unless scanned.
  const files = base.files.filter((f) => f.path !== registryPath);
  const configText = configPath === undefined ? undefined : configInTree ? base.extra.get(configPath) : readOutside(path.resolve(root, options.configFile!));
  const textFiles = configPath !== undefined && configText !== undefined && !files.some((f) => f.path === configPath) ? [{ path: configPath, text: configText }] : [];

  const result = scan(files, {
    config: options.config,
    projectRules,
    extraFiles,
    textFiles,
    ...(options.onSecret ? { onSecret: options.onSecret } : {}),
    ...(options.repositoryOwner ? { repositoryOwner: options.repositoryOwner.toLowerCase() } : {}),
  });
  for (const r of result.ruleFailures) notes.push(`base revision: rule ${r.ruleId} failed on ${r.file}: ${r.message}`);
  const fingerprints = new Set(result.findings.map((f) => f.fingerprint));
  const source = `base revision ${base.revision === base.commit ? base.commit.slice(0, 12) : `${base.revision} (${base.commit.slice(0, 12)})`}`;
  return { fingerprints, source: 'git', baseline: { fingerprints, source }, ...(notes.length ? { notes } : {}) };
}
