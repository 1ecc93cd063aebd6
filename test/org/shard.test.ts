import { defaultShardCount, parsePlan, planDigest, planShards, renderPlan, selectRepositories, shardOf } from '../../src/org/shard.js';
import type { OrgRepository } from '../../src/org/types.js';

function repo(name: string, extra: Partial<OrgRepository> = {}): OrgRepository {
  return { name, nameWithOwner: `acme/${name}`, isArchived: false, isFork: false, isDisabled: false, isEmpty: false, isPrivate: true, visibility: 'PRIVATE', defaultBranch: 'main', ...extra };
}

const many = (n: number) => Array.from({ length: n }, (_, i) => repo(`r${String(i).padStart(5, '0')}`));

describe('defaultShardCount', () => {
  it.each([
    [0, 1],
    [1, 1],
    [250, 1],
    [251, 2],
    [1000, 4],
    [4999, 20],
    [10_000, 20],
    [100_000, 20],
  ])('%i repositories → %i shards', (n, shards) => {
    expect(defaultShardCount(n)).toBe(shards);
  });
});

describe('selectRepositories', () => {
  it('skips archived, disabled, empty (or branchless) and, unless asked, forks; sorted by name', () => {
    const listed = [repo('b'), repo('a', { isFork: true }), repo('c', { isArchived: true, isFork: true }), repo('d', { isDisabled: true }), repo('e', { isEmpty: true }), repo('f', { defaultBranch: null }), repo('A')];
    expect(selectRepositories(listed, { forks: false })).toEqual({
      scan: [repo('A'), repo('b')],
      skipped: { archived: ['acme/c'], disabled: ['acme/d'], empty: ['acme/e', 'acme/f'], forks: ['acme/a'] },
    });
    expect(selectRepositories(listed, { forks: true }).scan.map((r) => r.name)).toEqual(['A', 'a', 'b']);
  });
});

describe('planShards', () => {
  it('is deterministic whatever the order of the listing', () => {
    const listed = many(1000);
    const a = planShards({ org: 'acme', listed, forks: false });
    const b = planShards({ org: 'acme', listed: [...listed].reverse(), forks: false });
    expect(renderPlan(b)).toBe(renderPlan(a));
    expect(planDigest(a)).toBe(planDigest(b));
    expect(a.shards.map((s) => s.repositories.length)).toEqual([250, 250, 250, 250]);
    expect(a.shardCountReason).toMatch(/⌈1000 repositories \/ 250⌉ = 4/);
  });

  it('every repository in exactly one shard, names sorted within a shard, sizes within one', () => {
    const plan = planShards({ org: 'acme', listed: many(1003), forks: false, shards: 7 });
    const all = plan.shards.flatMap((s) => s.repositories);
    expect(new Set(all).size).toBe(1003);
    for (const s of plan.shards) expect(s.repositories).toEqual([...s.repositories].sort());
    const sizes = plan.shards.map((s) => s.repositories.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('balances by weight (workflow counts) when known', () => {
    const listed = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => repo(n));
    const weights = new Map([['acme/a', 30], ['acme/b', 10], ['acme/c', 10], ['acme/d', 10], ['acme/e', 1], ['acme/f', 1]]);
    const plan = planShards({ org: 'acme', listed, forks: false, shards: 2, weights });
    expect(plan.shards).toEqual([
      { index: 1, repositories: ['acme/a', 'acme/e'], weight: 31 },
      { index: 2, repositories: ['acme/b', 'acme/c', 'acme/d', 'acme/f'], weight: 31 },
    ]);
  });

  it('never more shards than repositories; none for an empty organisation', () => {
    expect(planShards({ org: 'acme', listed: many(3), forks: false, shards: 10 }).shards).toHaveLength(3);
    expect(planShards({ org: 'acme', listed: [], forks: false }).shards).toEqual([]);
    expect(() => planShards({ org: 'acme', listed: many(3), forks: false, shards: 0 })).toThrow(/--shards must be a whole number from 1 to 256/);
    expect(() => planShards({ org: 'acme', listed: many(3), forks: false, shards: 257 })).toThrow(/256/);
  });

  it('the digest changes with the assignment and the organisation registry', () => {
    const base = planShards({ org: 'acme', listed: many(10), forks: false, shards: 2 });
    expect(planDigest(planShards({ org: 'acme', listed: many(10), forks: false, shards: 3 }))).not.toBe(planDigest(base));
    expect(planDigest({ ...base, orgRegistry: { source: 'x', text: 'version: 1' } })).not.toBe(planDigest(base));
  });
});

describe('parsePlan / shardOf', () => {
  it('round-trips and says what is wrong with another file', () => {
    const plan = planShards({ org: 'acme', listed: many(5), forks: false, shards: 2 });
    expect(parsePlan(renderPlan(plan), 'plan.json')).toEqual(plan);
    expect(() => parsePlan('{', 'p.json')).toThrow(/p.json is not JSON/);
    expect(() => parsePlan('{"kind":"x"}', 'p.json')).toThrow(/not an organisation scan plan/);
    expect(() => parsePlan(JSON.stringify({ ...plan, version: 9 }), 'p.json')).toThrow(/format version 9/);
    expect(shardOf(plan, 2).index).toBe(2);
    expect(() => shardOf(plan, 3)).toThrow(/numbered 1 to 2: there is no shard 3/);
  });
});
