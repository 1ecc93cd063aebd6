/**
 * The bundled CLI's entry. The same file is the worker of a parallel scan: the main thread starts workers from
 * its own URL and hands each a shard of files.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { runCli } from './cli.js';
import { scanShard, type ScanShard, type ShardRunner } from './parallel.js';
import type { ScanResult } from './engine.js';

interface ShardMessage {
  tokenWardenShard: ScanShard;
}

const runShardInWorker: ShardRunner = (shard) =>
  new Promise<ScanResult>((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { tokenWardenShard: shard } satisfies ShardMessage });
    worker.once('message', (result: ScanResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`scan worker exited with code ${code}`));
    });
  });

if (!isMainThread && (workerData as ShardMessage | undefined)?.tokenWardenShard) {
  parentPort!.postMessage(scanShard((workerData as ShardMessage).tokenWardenShard));
} else {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    shardRunner: runShardInWorker,
    cpus: availableParallelism(),
  });
}
