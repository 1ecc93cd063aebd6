/**
 * Spreading a scan over several threads. A shard is a list of files; each thread reads and scans its own
 * files and returns plain findings, which are merged and sorted. Findings depend on other files only within one
 * directory (a call and the local reusable workflow it calls), and a directory is never split, so sharding does not
 * change the result — a test compares both ways.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { compareFindings, scan, type ScanResult } from './engine.js';
import { readInputs } from './sources/files.js';
import type { ScanConfig } from './config/types.js';
import { WORKFLOW_PROJECT_RULES } from './rules/index.js';

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
    projectRules: WORKFLOW_PROJECT_RULES,
    ...(onSecret ? { onSecret } : {}),
    ...(shard.repositoryOwner ? { repositoryOwner: shard.repositoryOwner } : {}),
  });
}

/**
 * Splits files into `n` shards of similar total size (largest group first, each to the lightest shard). Files of one
 * directory stay together: a workflow and the local reusable workflows it calls live in the same
 * `.github/workflows/`, so the cross-file rules see the same pairs whatever the number of threads.
 */
export function splitBySize(files: readonly string[], n: number): string[][] {
  const groups = new Map<string, { files: string[]; size: number }>();
  for (const f of files) {
    let size = 0;
    try {
      size = statSync(f).size;
    } catch {
      // unreadable files are reported when read
    }
    const dir = path.dirname(f);
    const g = groups.get(dir) ?? { files: [], size: 0 };
    g.files.push(f);
    g.size += size;
    groups.set(dir, g);
  }
  const sized = [...groups.values()].sort((a, b) => b.size - a.size);
  const shards = Array.from({ length: n }, () => ({ files: [] as string[], size: 0 }));
  for (const g of sized) {
    let lightest = shards[0]!;
    for (const s of shards) if (s.size < lightest.size) lightest = s;
    lightest.files.push(...g.files);
    lightest.size += g.size;
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
