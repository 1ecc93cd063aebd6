/**
 * Spreading a scan over several threads. A shard is a list of files; each thread reads and scans its own files and
 * returns plain findings, which are merged and sorted. The checks across files (a call and the local reusable workflow
 * it calls) only collect in the threads; this thread finishes them once over what every thread collected, in file
 * order. So any split gives the findings one thread would — a test compares both ways.
 */
import { statSync } from 'node:fs';
import { compareFindings, finishProjectRules, scan, type ProjectData, type ScanResult } from './engine.js';
import { readInputs, relativePath } from './sources/files.js';
import type { ScanConfig } from './config/types.js';
import { WORKFLOW_PROJECT_RULES } from './rules/index.js';

export interface ScanShard {
  root: string;
  files: string[];
  config: ScanConfig;
  /** See ScanOptions.repositoryOwner. */
  repositoryOwner?: string;
  /** Collect for the project rules without finishing them (ScanOptions.projectCollectOnly): one part of a split scan. */
  collectOnly?: boolean;
}

/** Runs one shard somewhere else (a worker thread). */
export type ShardRunner = (shard: ScanShard) => Promise<ScanResult>;

export function scanShard(shard: ScanShard, onSecret?: (value: string) => void): ScanResult {
  return scan(readInputs({ root: shard.root, files: shard.files }), {
    config: shard.config,
    projectRules: WORKFLOW_PROJECT_RULES,
    ...(onSecret ? { onSecret } : {}),
    ...(shard.repositoryOwner ? { repositoryOwner: shard.repositoryOwner } : {}),
    ...(shard.collectOnly ? { projectCollectOnly: true } : {}),
  });
}

/**
 * Splits files into `n` shards of similar total size (largest file first, each to the lightest shard). Files of one
 * repository may land in different shards: the cross-file checks are finished after every shard is in.
 */
export function splitBySize(files: readonly string[], n: number): string[][] {
  const sized = files.map((file) => {
    let size = 0;
    try {
      size = statSync(file).size;
    } catch {
      // unreadable files are reported when read
    }
    return { file, size };
  });
  sized.sort((a, b) => b.size - a.size || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const shards = Array.from({ length: n }, () => ({ files: [] as string[], size: 0 }));
  for (const g of sized) {
    let lightest = shards[0]!;
    for (const s of shards) if (s.size < lightest.size) lightest = s;
    lightest.files.push(g.file);
    lightest.size += g.size;
  }
  // Keep each shard in path order so reading is sequential on disk, as in a single-threaded scan.
  return shards.map((s) => s.files.sort()).filter((s) => s.length > 0);
}

export function mergeResults(results: readonly ScanResult[]): ScanResult {
  // (projectData is not merged: scanInParallel finishes it before merging.)
  const merged: ScanResult = {
    findings: results.flatMap((r) => r.findings),
    stats: { files: 0, workflows: 0, actions: 0, parseErrors: 0, fallbackParses: 0, bytes: 0, suppressed: 0, belowMinSeverity: 0 },
    ruleFailures: results.flatMap((r) => r.ruleFailures),
  };
  for (const r of results) for (const k of Object.keys(merged.stats) as Array<keyof ScanResult['stats']>) merged.stats[k] += r.stats[k];
  merged.findings.sort(compareFindings);
  return merged;
}

/**
 * Scans `files` with this thread and `extraThreads` workers. Below `minFiles` the start-up of a worker costs
 * more than it saves, so small scans stay on one thread.
 */
export async function scanInParallel(shard: ScanShard, runner: ShardRunner, extraThreads: number, minFiles = 200): Promise<ScanResult> {
  if (extraThreads < 1 || shard.files.length < minFiles) return scanShard(shard);
  const parts = splitBySize(shard.files, extraThreads + 1);
  if (parts.length < 2) return scanShard(shard);
  const [own, ...others] = parts;
  // Start the workers first, then scan our own share while they run.
  const remote = others.map((files) => runner({ ...shard, files, collectOnly: true }));
  const local = scanShard({ ...shard, files: own!, collectOnly: true });
  const results = [local, ...(await Promise.all(remote))];
  // The cross-file checks, over every shard's files in the order one thread would have read them.
  const order = new Map(shard.files.map((f, i) => [relativePath(shard.root, f), i]));
  const data: ProjectData[] = results.flatMap((r) => r.projectData ?? []);
  data.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  const project = finishProjectRules(data, { config: shard.config, projectRules: WORKFLOW_PROJECT_RULES });
  return mergeResults([...results.map(({ projectData: _, ...r }) => r), project]);
}
