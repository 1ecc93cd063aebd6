/**
 * Spreading a scan over several threads. A shard is a list of files; each thread reads and scans its own
 * files and returns plain findings, which are merged and sorted. Findings never depend on other files
 * (fingerprints are per file), so sharding does not change the result — a test compares both ways.
 */
import { statSync } from 'node:fs';
import { compareFindings, scan, type ScanResult } from './engine.js';
import { readInputs } from './sources/files.js';
import type { ScanConfig } from './config/types.js';

export interface ScanShard {
  root: string;
  files: string[];
  config: ScanConfig;
  /** See ScanOptions.repositoryOwner. */
  repositoryOwner?: string;
}

/** Runs one shard somewhere else (a worker thread). */
export type ShardRunner = (shard: ScanShard) => Promise<ScanResult>;

export function scanShard(shard: ScanShard, onSecret?: (value: string) => void): ScanResult {
  return scan(readInputs({ root: shard.root, files: shard.files }), {
    config: shard.config,
    ...(onSecret ? { onSecret } : {}),
    ...(shard.repositoryOwner ? { repositoryOwner: shard.repositoryOwner } : {}),
  });
}

/** Splits files into `n` shards of similar total size (largest first, each to the lightest shard). */
export function splitBySize(files: readonly string[], n: number): string[][] {
  const sized = files.map((f) => {
    let size = 0;
    try {
      size = statSync(f).size;
    } catch {
      // unreadable files are reported when read
    }
    return { f, size };
  });
  sized.sort((a, b) => b.size - a.size);
  const shards = Array.from({ length: n }, () => ({ files: [] as string[], size: 0 }));
  for (const { f, size } of sized) {
    let lightest = shards[0]!;
    for (const s of shards) if (s.size < lightest.size) lightest = s;
    lightest.files.push(f);
    lightest.size += size;
  }
  // Keep each shard in path order so reading is sequential on disk, as in a single-threaded scan.
  return shards.map((s) => s.files.sort()).filter((s) => s.length > 0);
}

export function mergeResults(results: readonly ScanResult[]): ScanResult {
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
  const [own, ...others] = parts;
  // Start the workers first, then scan our own share while they run.
  const remote = others.map((files) => runner({ ...shard, files }));
  const local = scanShard({ ...shard, files: own ?? [] });
  return mergeResults([local, ...(await Promise.all(remote))]);
}
