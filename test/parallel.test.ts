/**
 * A scan split over threads gives the findings one thread gives, also when a call and the local reusable workflow it
 * calls land in different shards: the cross-file check only collects in the shards and is finished once, over all of
 * them. The shard runner here runs each shard on this thread behind a structured clone both ways, which is what a
 * worker's messages do to the shard and its result.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanInParallel, scanShard, splitBySize, type ShardRunner } from '../src/parallel.js';
import { DEFAULT_CONFIG } from '../src/config/types.js';
import { yaml } from './helpers.js';

const CALLER = yaml`
  on: push
  permissions: {}
  jobs:
    release:
      permissions:
        contents: read
      uses: ./.github/workflows/release.yml
`;

const CALLEE = yaml`
  on: workflow_call
  jobs:
    publish:
      runs-on: ubuntu-latest
      steps:
        - uses: softprops/action-gh-release@v2
`;

const FILLER = (i: number): string => yaml`
  on: pull_request_target
  jobs:
    build:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v4
          with:
            ref: \${{ github.event.pull_request.head.sha }}
        - run: echo ${'x'.repeat(20 * i)}
`;

const inThread: ShardRunner = async (shard) => structuredClone(scanShard(structuredClone(shard)));

describe('parallel scan', () => {
  let root: string;
  let files: string[];
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'tw-parallel-'));
    const dir = path.join(root, '.github', 'workflows');
    mkdirSync(dir, { recursive: true });
    // The two largest files (largest first, each to the lighter shard): the call and the callee go apart.
    const texts: Record<string, string> = { 'ci.yml': `# ${'c'.repeat(2000)}\n${CALLER}`, 'release.yml': `# ${'r'.repeat(1900)}\n${CALLEE}` };
    for (let i = 1; i <= 7; i++) texts[`filler-${i}.yml`] = FILLER(i);
    files = Object.keys(texts).sort().map((name) => {
      writeFileSync(path.join(dir, name), texts[name]!);
      return path.join(dir, name);
    });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('splits one directory across shards, the call and the called workflow apart', () => {
    const parts = splitBySize(files, 2);
    expect(parts).toHaveLength(2);
    const shardOf = (name: string) => parts.findIndex((p) => p.some((f) => f.endsWith(name)));
    expect(shardOf('ci.yml')).not.toBe(shardOf('release.yml'));
    expect(parts.flat().sort()).toEqual([...files].sort());
  });

  it.each([1, 2, 3])('gives the findings of one thread with %i extra thread(s)', async (extra) => {
    const shard = { root, files, config: DEFAULT_CONFIG };
    const one = scanShard(shard);
    const split = await scanInParallel(shard, inThread, extra, 0);
    expect(one.findings.some((f) => f.ruleId === 'reusable-call-permissions')).toBe(true);
    expect(split).toEqual(one);
  });
});
