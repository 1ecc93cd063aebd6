/**
 * The organisation scan against the GitHub double (an organisation of fake repositories): plan, shards, merge, the
 * fetch paths (GraphQL batches, cut blobs over REST, partial errors, timeouts, REST only), the default workflow
 * permissions, and the call budget. Every GraphQL query the scan sends is validated by the double against GitHub's
 * published schema; `useGitHubDouble` fails a test on any violation.
 */
import { faults } from '../double/faults.js';
import { useGitHubDouble } from '../double/jest.js';
import { GRAPHQL } from '../double/server.js';
import { planOrgScan, runOrgScan, scanOrgShard } from '../../src/org/run.js';
import { mergeShardResults, orgReportFailed } from '../../src/org/merge.js';
import { renderOrgMarkdown, renderOrgText } from '../../src/org/report.js';
import { renderPlan } from '../../src/org/shard.js';
import { MemoryCache } from '../../src/org/cache.js';
import { totalCalls } from '../../src/org/calls.js';
import type { OrgFinding, OrgReport } from '../../src/org/types.js';
import { NO_BLOCK, REGISTRY, SCANNED, WITH_BLOCK, orgContext, seedAcme } from './fixtures.js';

const gh = useGitHubDouble();

const severities = (report: OrgReport, repository: string, ruleId = 'permissions'): string[] =>
  (report.findings[repository] ?? []).filter((f) => f.ruleId === ruleId).map((f) => `${f.file}:${f.startLine} ${f.severity}`);

describe('org-scan in one process', () => {
  it('scans what it should, skips archived, disabled, empty repositories and forks, and lists them', async () => {
    seedAcme(gh.double);
    const ctx = await orgContext(gh.double);
    const { plan, report } = await runOrgScan(ctx, { org: 'acme' }, { failOn: 'high' });
    expect(plan.skipped).toEqual({ archived: ['acme/old'], disabled: ['acme/locked'], empty: ['acme/empty'], forks: ['acme/forked'] });
    expect(report.repositories.map((r) => r.repository).sort()).toEqual(SCANNED);
    expect(report.totals).toEqual(expect.objectContaining({ planned: 10, scanned: 10, failed: 0, workflows: 10, actions: 3 }));
    expect(report.skipped).toEqual({ archived: 1, disabled: 1, empty: 1, forks: 1 });
    expect(report.failedShards).toEqual([]);
    expect(orgReportFailed(report)).toBe(true); // write-all is high
    expect(gh.double.takeViolations()).toEqual([]);
  });

  it('--forks scans forks too', async () => {
    seedAcme(gh.double);
    const ctx = await orgContext(gh.double);
    const { report } = await runOrgScan(ctx, { org: 'acme', forks: true }, { failOn: 'high' });
    expect(report.repositories.map((r) => r.repository)).toContain('acme/forked');
    expect(report.skipped.forks).toBe(0);
  });

  it('reads every kind of file: a cut workflow over REST, root and local actions, the registry', async () => {
    seedAcme(gh.double);
    const ctx = await orgContext(gh.double);
    const { report } = await runOrgScan(ctx, { org: 'acme' }, { failOn: 'high' });
    // The write-all of big.yml sits after the 512,000-byte cut: it was read whole, with one git blob call.
    expect(severities(report, 'acme/big')).toEqual(['.github/workflows/big.yml:8207 high']);
    expect(gh.double.calls('git/get-blob')).toBe(1);
    // The composite action the workflow uses (under .github/actions) and the one at ./tools/lint (action.yaml).
    const composite = report.repositories.find((r) => r.repository === 'acme/composite')!;
    expect(composite.actions).toBe(2);
    expect(report.findings['acme/composite']!.map((f) => f.file)).toEqual(['.github/actions/setup/action.yml']);
    expect(report.repositories.find((r) => r.repository === 'acme/action')!.actions).toBe(1);
    expect(report.repositories.find((r) => r.repository === 'acme/registry')!.registry).toBe('.github/token-scope-map.yml');
  });

  it('an organisation registry judges the repositories without their own (drift rules only)', async () => {
    seedAcme(gh.double);
    gh.double.state.addRepo('acme/.github', { files: { 'registries/tokens.yml': REGISTRY.replace('NPM_TOKEN', 'OTHER_TOKEN') } });
    const ctx = await orgContext(gh.double);
    const { report } = await runOrgScan(ctx, { org: 'acme', orgRegistry: { source: 'acme/.github:registries/tokens.yml' } }, { failOn: 'high' });
    expect(report.orgRegistry).toEqual(expect.objectContaining({ source: 'acme/.github:registries/tokens.yml', tokens: 1, problems: [] }));
    // NPM_TOKEN is not in the organisation registry: unregistered where no own registry says otherwise.
    expect(report.findings['acme/unregistered']!.map((f) => f.ruleId)).toEqual(['unregistered-secret', 'secrets-outside-env']);
    // acme/registry's own registry has NPM_TOKEN: no drift there (only the info that no environment guards it).
    expect((report.findings['acme/registry'] ?? []).map((f) => f.ruleId)).toEqual(['secrets-outside-env']);
    // "Declared and used nowhere" is not judged per repository for the organisation's registry.
    expect(Object.values(report.findings).flat().some((f) => f.ruleId === 'stale-registry-entry')).toBe(false);
    expect(report.repositories.find((r) => r.repository === 'acme/unregistered')!.registry).toBe('organisation');
  });
});

describe('default workflow permissions decide the "no permissions" severity', () => {
  it('organisation write: each repository that depends on it is asked; one narrowed to read is low', async () => {
    seedAcme(gh.double, { orgDefault: 'write' });
    const ctx = await orgContext(gh.double);
    const { report } = await runOrgScan(ctx, { org: 'acme' }, { failOn: 'high' });
    expect(severities(report, 'acme/web')).toEqual(['.github/workflows/ci.yaml:1 medium']);
    expect(severities(report, 'acme/narrow')).toEqual(['.github/workflows/ci.yml:1 low']);
    expect(report.findings['acme/narrow']![0]!.message).toMatch(/sets to read/);
    expect(report.findings['acme/web']![0]!.message).toMatch(/sets to read and write/);
    // Only repositories with a workflow lacking a top-level block were asked: api, narrow, web.
    expect(gh.double.calls('actions/get-github-actions-default-workflow-permissions-repository')).toBe(3);
    expect(report.calls.settingsLookups).toBe(3);
    expect(report.repositories.find((r) => r.repository === 'acme/narrow')!.defaultWorkflowPermissions).toBe('read');
  });

  it('organisation read: every repository is read, and no repository is asked', async () => {
    seedAcme(gh.double, { orgDefault: 'read' });
    const ctx = await orgContext(gh.double);
    const { report } = await runOrgScan(ctx, { org: 'acme' }, { failOn: 'high' });
    expect(severities(report, 'acme/web')).toEqual(['.github/workflows/ci.yaml:1 low']);
    expect(severities(report, 'acme/api')).toEqual(['.github/workflows/ci.yml:1 low', '.github/workflows/release.yml:2 high']);
    expect(gh.double.calls('actions/get-github-actions-default-workflow-permissions-repository')).toBe(0);
  });

  it('a token that cannot read the settings: one note, the defaults unknown, the old severities', async () => {
    seedAcme(gh.double, { orgDefault: 'write' });
    const ctx = await orgContext(gh.double, { scopes: ['read:org'] });
    // A classic token without `repo` sees public repositories only: make them public.
    for (const repo of gh.double.state.repos.values()) repo.private = false;
    const { report } = await runOrgScan(ctx, { org: 'acme' }, { failOn: 'high' });
    expect(report.findings['acme/web']![0]!.message).toMatch(/possibly write-all/);
    expect(severities(report, 'acme/web')).toEqual(['.github/workflows/ci.yaml:1 medium']);
    const about = report.notes.filter((n) => /default workflow permissions/.test(n));
    expect(about).toEqual([
      expect.stringMatching(/cannot read the organisation acme's default workflow permissions \(the token needs the scope admin:org/),
      expect.stringMatching(/^shard 1: cannot read the repositories' default workflow permissions \(the token needs the scope repo/),
    ]);
    // The repository endpoint needs `repo`: the first refusal stops the lookups.
    expect(gh.double.calls('actions/get-github-actions-default-workflow-permissions-repository')).toBe(1);
  });
});

describe('call budget', () => {
  it('≤ 1 call per repository + 1 per 100 listed + 2, with every repository depending on a write default', async () => {
    const n = 230;
    gh.double.state.addOrg('big').workflowPermissions.defaultWorkflowPermissions = 'write';
    for (let i = 0; i < n; i++) gh.double.state.addRepo(`big/r${String(i).padStart(3, '0')}`, { files: { '.github/workflows/ci.yml': NO_BLOCK, '.github/workflows/lint.yml': WITH_BLOCK } });
    const ctx = await orgContext(gh.double);
    const { report } = await runOrgScan(ctx, { org: 'big' }, { failOn: 'none' });
    const calls = totalCalls(ctx.counts);
    expect(report.totals.scanned).toBe(n);
    expect(calls).toBe(gh.double.calls());
    expect(calls).toBeLessThanOrEqual(n + Math.ceil(n / 100) + 2);
    // Listing 3 + org settings 1 + 6 batches of 40 + the settings asked within each batch's spare calls.
    expect(gh.double.calls(GRAPHQL)).toBe(3 + 6);
    // A batch of 40 spends 1 GraphQL call, so 39 repositories get their setting asked; the rest say so.
    expect(report.calls.settingsLookups).toBe(n - 6);
    expect(report.notes).toEqual(expect.arrayContaining([expect.stringMatching(/^shard 1: 6 repositories were judged with the default workflow permissions unknown/)]));
  });
});

describe('what goes wrong', () => {
  it('partial GraphQL errors: a repository gone since the plan is failed (NOT_FOUND), the others scanned', async () => {
    seedAcme(gh.double);
    const ctx = await orgContext(gh.double);
    const plan = await planOrgScan(ctx, { org: 'acme' });
    gh.double.state.repos.delete('acme/web');
    const result = await scanOrgShard(ctx, plan, 1, { failOn: 'high' });
    expect(result.failed).toEqual([{ repository: 'acme/web', error: expect.stringMatching(/not found/) }]);
    expect(result.repositories).toHaveLength(9);
    const report = mergeShardResults(plan, [result], { failOn: 'none' });
    expect(report.failedRepositories).toEqual([expect.objectContaining({ repository: 'acme/web', shard: 1 })]);
    expect(report.totals.failed).toBe(1);
    expect(orgReportFailed(report)).toBe(true);
    expect(renderOrgMarkdown(report)).toMatch(/Incomplete: 1 repository was not scanned[\s\S]*`acme\/web` \(shard 1\): not found/);
  });

  it('a batch that times out is halved; a repository that fails alone is read over REST', async () => {
    seedAcme(gh.double);
    const ctx = await orgContext(gh.double);
    gh.double.inject(GRAPHQL, faults.graphqlTimeout(), { bodyIncludes: 'name:"tidy"' });
    const { report } = await runOrgScan(ctx, { org: 'acme' }, { failOn: 'high' });
    expect(report.totals.scanned).toBe(10);
    expect(report.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/a GraphQL call for 10 repositories failed .*: 5 per call from then on/),
        expect.stringMatching(/acme\/tidy: read over REST \(GraphQL failed for it alone/),
      ]),
    );
    // 10 → 5+5 (tidy's half fails) → 2+3 → … down to tidy alone.
    expect(gh.double.calls('repos/get-content')).toBeGreaterThan(0);
    expect(report.findings['acme/tidy']).toBeUndefined();
  });

  it('a 502 once halves the batch and loses nothing', async () => {
    seedAcme(gh.double);
    const ctx = await orgContext(gh.double);
    gh.double.inject(GRAPHQL, faults.serverError(502), { calls: [2] });
    const { report } = await runOrgScan(ctx, { org: 'acme' }, { failOn: 'high' });
    expect(report.totals.scanned).toBe(10);
    expect(gh.double.calls('repos/get-content')).toBe(0);
  });

  it('a rate limit the client gives up waiting for fails the shard (to re-run), not just a file', async () => {
    seedAcme(gh.double);
    const ctx = await orgContext(gh.double);
    gh.double.inject('git/get-blob', faults.rateLimitExhausted({ resetInSeconds: 7200 }));
    const { report } = await runOrgScan(ctx, { org: 'acme', shards: 2 }, { failOn: 'none' });
    const big = report.failedShards.find((s) => s.repositories.includes('acme/big'))!;
    expect(big.reason).toMatch(/rate limit is used up .*re-run it alone/);
    expect(report.failedShards).toHaveLength(1);
    expect(report.totals.scanned).toBe(10 - big.repositories.length);
  });

  it('a shard that fails in a one-process run is reported, with why and how to re-run it', async () => {
    seedAcme(gh.double);
    const ctx = await orgContext(gh.double);
    gh.double.inject(GRAPHQL, faults.status(401, 'Bad credentials'), { calls: { from: 2 } });
    const { report } = await runOrgScan(ctx, { org: 'acme', shards: 2 }, { failOn: 'none' });
    expect(report.failedShards.map((s) => s.shard)).toEqual([1, 2]);
    expect(report.failedShards[0]!.reason).toMatch(/^shard 1 failed: .*401.*re-run it alone with `org-scan --plan plan.json --shard 1`/);
    expect(report.totals.failed).toBe(10);
    expect(orgReportFailed(report)).toBe(true);
  });
});

describe('sharded: plan → scan jobs → report', () => {
  it('the plan is deterministic, and the merge of the shards equals the one-process report', async () => {
    seedAcme(gh.double);
    const ctx = await orgContext(gh.double);
    const plan = await planOrgScan(ctx, { org: 'acme', shards: 3 });
    const again = await planOrgScan(ctx, { org: 'acme', shards: 3 });
    expect(renderPlan({ ...again, calls: plan.calls! })).toBe(renderPlan(plan));
    expect(plan.shards.map((s) => s.repositories.length)).toEqual([4, 3, 3]);
    expect(plan.shards.flatMap((s) => s.repositories).sort()).toEqual(SCANNED);

    const results = [];
    for (const shard of plan.shards) results.push(await scanOrgShard(ctx, plan, shard.index, { failOn: 'high' }));
    const merged = mergeShardResults(plan, results, { failOn: 'high' });
    const single = (await runOrgScan(ctx, { org: 'acme' }, { failOn: 'high' })).report;
    const strip = (r: OrgReport) => ({ ...r, repositories: r.repositories.map(({ shard: _shard, ...row }) => row), calls: undefined, notes: undefined, failedRepositories: undefined });
    expect(strip(merged)).toEqual(strip(single));
    const fingerprints = (r: OrgReport) => Object.values(r.findings).flat().map((f: OrgFinding) => f.fingerprint).sort();
    expect(fingerprints(merged)).toEqual(fingerprints(single));
  });

  it('a failed shard (no result) is listed with its repositories, and re-running it alone completes the report', async () => {
    seedAcme(gh.double);
    const ctx = await orgContext(gh.double);
    const plan = await planOrgScan(ctx, { org: 'acme', shards: 3 });
    const one = await scanOrgShard(ctx, plan, 1, { failOn: 'high' });
    const three = await scanOrgShard(ctx, plan, 3, { failOn: 'high' });
    const partial = mergeShardResults(plan, [one, three], { failOn: 'high' });
    expect(partial.failedShards).toEqual([{ shard: 2, repositories: plan.shards[1]!.repositories, reason: expect.stringMatching(/no result for shard 2 .*--shard 2/) }]);
    expect(partial.totals.failed).toBe(3);
    expect(renderOrgText(partial)).toMatch(/FAILED shard 2 \(3 repositories\)/);
    expect(renderOrgMarkdown(partial)).toMatch(/\*\*Shard 2\*\* \(3 repositories\)/);

    const two = await scanOrgShard(ctx, plan, 2, { failOn: 'high' });
    const complete = mergeShardResults(plan, [one, three, two], { failOn: 'high' });
    expect(complete.failedShards).toEqual([]);
    expect(complete.totals.scanned).toBe(10);
  });
});

describe('REST only (no GraphQL)', () => {
  it('finds the same as GraphQL, and a second run with the cache is answered 304 and by kept blobs', async () => {
    seedAcme(gh.double);
    const graphql = (await runOrgScan(await orgContext(gh.double), { org: 'acme' }, { failOn: 'high' })).report;
    const cache = new MemoryCache();
    const ctx = await orgContext(gh.double, { cache });
    const rest = (await runOrgScan(ctx, { org: 'acme', mode: 'rest' }, { failOn: 'high' })).report;
    const fingerprints = (r: OrgReport) => Object.entries(r.findings).flatMap(([repo, list]) => list.map((f) => `${repo} ${f.fingerprint} ${f.severity}`)).sort();
    expect(fingerprints(rest)).toEqual(fingerprints(graphql));
    expect(gh.double.requests().filter((r) => r.credential === undefined)).toEqual([]);
    const firstRun = { ...ctx.counts };
    expect(firstRun.graphql).toBe(0);

    gh.double.clearLog();
    const again = (await runOrgScan(ctx, { org: 'acme', mode: 'rest' }, { failOn: 'high' })).report;
    expect(fingerprints(again)).toEqual(fingerprints(rest));
    expect(gh.double.calls('git/get-blob')).toBe(0);
    const listings = gh.double.requests('repos/get-content');
    expect(listings.length).toBeGreaterThan(0);
    expect(listings.every((r) => r.status === 304 || r.status === 404)).toBe(true);
  });
});
