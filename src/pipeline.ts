/** The scan pipeline shared by the CLI and the action: discover → read → scan → report input. */
import { discover, isWithin, readInputs, relativePath } from './sources/files.js';
import { loadConfig } from './sources/config-file.js';
import { repositoryFromGit } from './sources/git-remote.js';
import { scan, type ScanResult } from './engine.js';
import { mergeResults, scanInParallel, scanShard, type ShardRunner } from './parallel.js';
import { DEFAULT_CONFIG, type ScanConfig } from './config/types.js';
import type { FailOn, Severity } from './model/severity.js';
import type { ReportInput } from './report/context.js';
import { loadRegistry } from './registry/load-file.js';
import { environmentScopedSecrets, registryProjectRules } from './registry/rules/index.js';
import { WORKFLOW_PROJECT_RULES } from './rules/index.js';
import { buildTokenMatrix } from './registry/matrix.js';
import type { UsageSummary } from './registry/usage.js';
import type { Registry } from './registry/types.js';
import type { RegistryJob } from './registry-job.js';
import { VERSION } from './version.js';

export interface PipelineOptions {
  paths: string[];
  cwd: string;
  root?: string;
  configPath?: string;
  /** Overrides of the config file's values (CLI flags, action inputs). */
  failOn?: FailOn;
  minSeverity?: Severity;
  links?: ReportInput['links'];
  /** Token registry: an explicit path; absent: `.github/token-scope-map.yml` (or the legacy path) under the root. */
  registryPath?: string;
  /** Build the token permissions matrix (for the job summary / Markdown report). */
  registryReport?: boolean;
  /** Worker threads for large scans (the CLI entry supplies them); absent: one thread. */
  parallel?: { runner: ShardRunner; extraThreads: number };
  /** Clock for the matrix's expiry column. */
  now?: Date;
  /**
   * Clock for the expiry rules that depend on the date (token-expired, token-expiring). Absent (the default) they
   * are off: a scan of unchanged files gives the same result any day; `token-warden expiry` is the dated check.
   */
  expiryNow?: Date;
  /** Receives credential values read from scanned files and the registry (the action masks them at once). */
  onSecret?: (value: string) => void;
  /** The scanned repository, `OWNER/NAME`: its owner's actions are first-party. */
  repository?: string;
  /** `false`: do not scan workflows and actions (only the registry file's own checks run). Default true. */
  workflowChecks?: boolean;
  /** `false`: do not look for the token registry (its rules are off and reports do not mention it). Default true. */
  registryChecks?: boolean;
  /** Without `repository`: read it from the `origin` remote of the git repository holding the root (the CLI does). */
  detectRepository?: boolean;
}

export interface PipelineResult {
  root: string;
  config: ScanConfig;
  configFile?: string;
  result: ScanResult;
  report: ReportInput;
  /** The token registry the scan was held to, when there was one. */
  registry?: Registry;
  /** What the scanned workflows do with secrets (with a registry and workflow checks): the expiry check reuses it. */
  usage?: UsageSummary;
  /** The registry with the config it was judged by (fail-on and min-severity applied), for the jobs that reuse them. */
  registryJob?: RegistryJob;
}

export async function runScan(options: PipelineOptions): Promise<PipelineResult> {
  const found = discover(options.paths, options.cwd, options.root);
  // The config and the registry belong to the scan root: they judge the files under it. A file named on the command
  // line from outside the root (another checkout) is judged by the defaults; `fail-on`/`min-severity` given as flags
  // or inputs still apply to it. When every file found is outside the root, the root's own config and registry are
  // not even read (explicit --config/--registry still are).
  const workflows = options.workflowChecks !== false;
  const own = workflows ? found.files.filter((f) => isWithin(found.root, f)) : [];
  const foreign = workflows ? found.files.filter((f) => !isWithin(found.root, f)) : [];
  const rootScanned = own.length > 0 || foreign.length === 0;
  const overrides: Partial<ScanConfig> = {
    ...(options.failOn ? { failOn: options.failOn } : {}),
    ...(options.minSeverity ? { minSeverity: options.minSeverity } : {}),
  };
  const loaded = rootScanned || options.configPath ? await loadConfig(found.root, options.configPath, options.cwd, options.onSecret) : { config: DEFAULT_CONFIG };
  const config: ScanConfig = { ...loaded.config, ...overrides };
  // An invalid registry is a configuration error (ConfigError, exit code 2), like an invalid config file.
  const registry = options.registryChecks !== false && (rootScanned || options.registryPath) ? await loadRegistry(found.root, options.registryPath, options.cwd, options.onSecret) : undefined;
  const repository = options.repository ?? (options.detectRepository ? repositoryFromGit(found.root) : undefined);
  const repositoryOwner = repository?.split('/')[0]?.toLowerCase();

  let result: ScanResult;
  let usage: UsageSummary | undefined;
  if (registry) {
    // The registry is judged against every file at once (project rules): one thread, and never scanned as a workflow.
    const files = own.filter((f) => f !== registry.file.absolutePath);
    result = scan(readInputs({ root: found.root, files }), {
      config,
      projectRules: [
        ...(workflows ? WORKFLOW_PROJECT_RULES : []),
        // Without workflows there is nothing to drift from: only the registry file's own checks.
        ...registryProjectRules(registry.registry, registry.file.path, {
          ...(workflows ? { onUsage: (u: UsageSummary) => (usage = u) } : { scope: 'registry-file' as const }),
          ...(options.expiryNow ? { now: options.expiryNow } : {}),
        }),
      ],
      extraFiles: [{ path: registry.file.path, text: registry.file.text }],
      environmentScopedSecrets: environmentScopedSecrets(registry.registry),
      ...(options.onSecret ? { onSecret: options.onSecret } : {}),
      ...(repositoryOwner ? { repositoryOwner } : {}),
    });
  } else {
    const shard = { root: found.root, files: own, config, ...(repositoryOwner ? { repositoryOwner } : {}) };
    // Masking must happen in this process: with a secret callback, stay on this thread.
    result =
      options.parallel && !options.onSecret
        ? await scanInParallel(shard, options.parallel.runner, options.parallel.extraThreads)
        : scanShard(shard, options.onSecret);
  }

  if (foreign.length > 0) {
    const defaults: ScanConfig = { ...DEFAULT_CONFIG, ...overrides };
    result = mergeResults([result, scanShard({ root: found.root, files: foreign, config: defaults }, options.onSecret)]);
  }

  // The config file is read as text too (credential literals), unless it was scanned already as one of the files.
  if (loaded.file && loaded.text !== undefined && !found.files.includes(loaded.file)) {
    const configScan = scan([], {
      config,
      textFiles: [{ path: relativePath(found.root, loaded.file), text: loaded.text }],
      ...(options.onSecret ? { onSecret: options.onSecret } : {}),
    });
    if (configScan.findings.length > 0 || configScan.stats.belowMinSeverity > 0) result = mergeResults([result, configScan]);
  }

  const report: ReportInput = {
    toolVersion: VERSION,
    findings: result.findings,
    stats: result.stats,
    ruleFailures: result.ruleFailures,
    skipped: found.skipped,
    failOn: config.failOn,
    minSeverity: config.minSeverity,
    registry: options.registryChecks === false ? undefined : registry
      ? {
          path: registry.file.path,
          tokens: registry.registry.tokens.length,
          ...(options.registryReport ? { matrix: buildTokenMatrix(registry.registry, usage, { now: options.now ?? new Date() }) } : {}),
        }
      : null,
    ...(options.links ? { links: options.links } : {}),
  };
  return { root: found.root, config, ...(loaded.file ? { configFile: loaded.file } : {}), result, report, ...(registry ? { registry: registry.registry, registryJob: { file: registry.file, registry: registry.registry, config } } : {}), ...(usage ? { usage } : {}) };
}
