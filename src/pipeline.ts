/** The scan pipeline shared by the CLI and the action: discover → read → scan → report input. */
import { discover } from './sources/files.js';
import { loadConfig } from './sources/config-file.js';
import type { ScanResult } from './engine.js';
import { scanInParallel, scanShard, type ShardRunner } from './parallel.js';
import type { ScanConfig } from './config/types.js';
import type { FailOn, Severity } from './model/severity.js';
import type { ReportInput } from './report/context.js';
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
  /** Worker threads for large scans (the CLI entry supplies them); absent: one thread. */
  parallel?: { runner: ShardRunner; extraThreads: number };
}

export interface PipelineResult {
  root: string;
  config: ScanConfig;
  configFile?: string;
  result: ScanResult;
  report: ReportInput;
}

export async function runScan(options: PipelineOptions): Promise<PipelineResult> {
  const found = discover(options.paths, options.cwd, options.root);
  const loaded = await loadConfig(found.root, options.configPath, options.cwd);
  const config: ScanConfig = {
    ...loaded.config,
    ...(options.failOn ? { failOn: options.failOn } : {}),
    ...(options.minSeverity ? { minSeverity: options.minSeverity } : {}),
  };
  const shard = { root: found.root, files: found.files, config };
  const result = options.parallel ? await scanInParallel(shard, options.parallel.runner, options.parallel.extraThreads) : scanShard(shard);
  const report: ReportInput = {
    toolVersion: VERSION,
    findings: result.findings,
    stats: result.stats,
    ruleFailures: result.ruleFailures,
    failOn: config.failOn,
    minSeverity: config.minSeverity,
    ...(options.links ? { links: options.links } : {}),
  };
  return { root: found.root, config, ...(loaded.file ? { configFile: loaded.file } : {}), result, report };
}
