/**
 * What the registry jobs (`expiry`, `vault-renew`) share: the registry they need (a usage error without one), the
 * repository's config with the caller's overrides, and judging the registry file by a set of its rules into the scan
 * report's shape — so every job reports, suppresses and fails exactly as a scan does.
 */
import { scan, type ScanResult } from './engine.js';
import { UsageError } from './errors.js';
import type { ScanConfig } from './config/types.js';
import type { ProjectRule } from './model/rule.js';
import type { FailOn, Severity } from './model/severity.js';
import type { ReportInput } from './report/context.js';
import { DEFAULT_REGISTRY_PATH, LEGACY_REGISTRY_PATH, loadRegistry, type RegistryFile } from './registry/load-file.js';
import type { Registry } from './registry/types.js';
import { loadConfig } from './sources/config-file.js';
import { VERSION } from './version.js';

export interface RegistryJobOptions {
  root: string;
  cwd: string;
  registryPath?: string;
  configPath?: string;
  failOn?: FailOn;
  minSeverity?: Severity;
  /** Registers credentials read from the registry and config files with the log masker. */
  mask: (value: string) => void;
}

export interface RegistryJob {
  file: RegistryFile;
  registry: Registry;
  config: ScanConfig;
}

export interface RegistryJobReport extends ReportInput {
  registry: { path: string; tokens: number };
}

/** The registry (a usage error when there is none) and the config, with the caller's fail-on and min-severity. */
export async function loadRegistryJob(options: RegistryJobOptions): Promise<RegistryJob> {
  const loaded = await loadRegistry(options.root, options.registryPath, options.cwd, options.mask);
  if (!loaded) throw new UsageError(`no token registry found under ${options.root} (looked for ${DEFAULT_REGISTRY_PATH} and ${LEGACY_REGISTRY_PATH}); use --registry FILE`);
  const { config: fileConfig } = await loadConfig(options.root, options.configPath, options.cwd, options.mask);
  const config = { ...fileConfig, ...(options.failOn ? { failOn: options.failOn } : {}), ...(options.minSeverity ? { minSeverity: options.minSeverity } : {}) };
  return { file: loaded.file, registry: loaded.registry, config };
}

/** Judges the registry file by `rules` (registry-file rules, already bound) and reports as a scan does. */
export function judgeRegistry(job: RegistryJob, rules: ProjectRule[], mask: (value: string) => void, links?: ReportInput['links']): { result: ScanResult; report: RegistryJobReport } {
  const result = scan([], { config: job.config, projectRules: rules, extraFiles: [{ path: job.file.path, text: job.file.text }], onSecret: mask });
  const report: RegistryJobReport = {
    toolVersion: VERSION,
    findings: result.findings,
    stats: result.stats,
    ruleFailures: result.ruleFailures,
    failOn: job.config.failOn,
    minSeverity: job.config.minSeverity,
    registry: { path: job.file.path, tokens: job.registry.tokens.length },
    ...(links ? { links } : {}),
  };
  return { result, report };
}
