import { mergeShardResults, orgReportFailed, parseShardResult } from '../../src/org/merge.js';
import { renderOrgJson, renderOrgMarkdown, renderOrgText } from '../../src/org/report.js';
import { planDigest, planShards } from '../../src/org/shard.js';
import { scanRepository, summarise } from '../../src/org/scan.js';
import { ORG_FORMAT_VERSION, SHARD_KIND, type OrgPlan, type OrgRepository, type RepositoryResult, type ShardResult } from '../../src/org/types.js';
import { NO_BLOCK, WITH_BLOCK, WRITE_ALL } from './fixtures.js';

function repo(name: string): OrgRepository {
  return { name, nameWithOwner: `acme/${name}`, isArchived: false, isFork: false, isDisabled: false, isEmpty: false, isPrivate: true, visibility: 'PRIVATE', defaultBranch: 'main' };
}

const PLAN: OrgPlan = planShards({ org: 'acme', listed: ['a', 'b', 'c', 'd', 'e'].map(repo), forks: false, shards: 2 });

function scanned(repository: string, workflow: string, defaultWorkflowPermissions?: 'read' | 'write'): RepositoryResult {
  return scanRepository(
    { repository, files: [{ path: '.github/workflows/ci.yml', text: workflow }], pending: [], actionDirs: [], notes: [], via: 'graphql' },
    { failOn: 'high', ...(defaultWorkflowPermissions ? { defaultWorkflowPermissions, defaultWorkflowPermissionsFrom: 'repository' as const } : {}) },
  );
}

function shard(index: number, repositories: RepositoryResult[], extra: Partial<ShardResult> = {}): ShardResult {
  return {
    version: ORG_FORMAT_VERSION,
    kind: SHARD_KIND,
    org: 'acme',
    shard: index,
    shards: PLAN.shards.length,
    planDigest: planDigest(PLAN),
    repositories,
    failed: [],
    notes: [],
    calls: { graphql: 1, rest: 2, notModified: 0 },
    settingsLookups: 2,
    ...extra,
  };
}

// PLAN: shard 1 = a, c, e; shard 2 = b, d
const ONE = shard(1, [scanned('acme/a', WRITE_ALL), scanned('acme/c', NO_BLOCK, 'read'), scanned('acme/e', WITH_BLOCK)]);
const TWO = shard(2, [scanned('acme/b', NO_BLOCK, 'write'), scanned('acme/d', WITH_BLOCK)]);

describe('mergeShardResults', () => {
  it('adds up the shards: rows worst first, totals, findings by repository, calls', () => {
    expect(PLAN.shards.map((s) => s.repositories)).toEqual([['acme/a', 'acme/c', 'acme/e'], ['acme/b', 'acme/d']]);
    const report = mergeShardResults(PLAN, [TWO, ONE], { failOn: 'high' });
    expect(report.repositories.map((r) => `${r.repository}@${r.shard}`)).toEqual(['acme/a@1', 'acme/b@2', 'acme/c@1', 'acme/d@2', 'acme/e@1']);
    expect(report.totals).toEqual({
      planned: 5,
      scanned: 5,
      failed: 0,
      withFindings: 3,
      workflows: 5,
      actions: 0,
      findings: 3,
      bySeverity: { critical: 0, high: 1, medium: 1, low: 1, info: 0 },
      maxSeverity: 'high',
      failing: 1,
    });
    expect(Object.keys(report.findings).sort()).toEqual(['acme/a', 'acme/b', 'acme/c']);
    expect(report.calls).toEqual({ graphql: 2, rest: 4, notModified: 0, settingsLookups: 4 });
    expect(report.repositories.find((r) => r.repository === 'acme/c')!.defaultWorkflowPermissions).toBe('read');
    expect(orgReportFailed(report)).toBe(true);
    expect(orgReportFailed(mergeShardResults(PLAN, [ONE, TWO], { failOn: 'critical' }))).toBe(false);
  });

  it('a missing shard is failed with its repositories and the command that re-runs it', () => {
    const report = mergeShardResults(PLAN, [ONE], { failOn: 'none' });
    expect(report.failedShards).toEqual([{ shard: 2, repositories: ['acme/b', 'acme/d'], reason: expect.stringMatching(/no result for shard 2.*`org-scan --plan plan.json --shard 2`/) }]);
    expect(report.totals).toEqual(expect.objectContaining({ planned: 5, scanned: 3, failed: 2 }));
    expect(orgReportFailed(report)).toBe(true);
  });

  it('without the plan, a missing shard is still named (from the shard count)', () => {
    const report = mergeShardResults(undefined, [TWO], { failOn: 'none' });
    expect(report.failedShards).toEqual([expect.objectContaining({ shard: 1, repositories: [] })]);
  });

  it('refuses a result of another plan or organisation, and keeps the later of two results of a shard', () => {
    const stale = shard(2, [], { planDigest: 'something-else' });
    const report = mergeShardResults(PLAN, [ONE, stale], { failOn: 'none' });
    expect(report.notes).toEqual([expect.stringMatching(/shard 2: its result follows another plan/)]);
    expect(report.failedShards.map((s) => s.shard)).toEqual([2]);
    const other = mergeShardResults(PLAN, [ONE, TWO, { ...TWO, org: 'other' }], { failOn: 'none' });
    expect(other.failedShards).toEqual([expect.objectContaining({ shard: 2, reason: expect.stringMatching(/organisation "other"/) })]);
    const rerun = mergeShardResults(PLAN, [ONE, shard(2, []), TWO], { failOn: 'none' });
    expect(rerun.notes).toEqual(['shard 2: two results given; the later one counts']);
    expect(rerun.totals.scanned).toBe(5);
  });

  it('failed repositories of a shard are listed and count as not scanned', () => {
    const report = mergeShardResults(PLAN, [ONE, shard(2, [scanned('acme/b', WITH_BLOCK)], { failed: [{ repository: 'acme/d', error: 'not found' }] })], { failOn: 'none' });
    expect(report.failedRepositories).toEqual([{ repository: 'acme/d', error: 'not found', shard: 2 }]);
    expect(report.totals.failed).toBe(1);
    expect(orgReportFailed(report)).toBe(true);
  });
});

describe('renderers', () => {
  const report = mergeShardResults(PLAN, [ONE], { failOn: 'high' });

  it('text: one line per repository, the failed shard, the verdict', () => {
    const text = renderOrgText(report);
    expect(text).toMatch(/^Organisation acme: 3 of 5 repositories scanned \(3 workflows, 0 actions\); 2 finding\(s\): 1 high, 1 low/);
    expect(text).toMatch(/FAILED shard 2 \(2 repositories\)/);
    expect(text).toMatch(/acme\/a\s+0\s+1\s+0\s+0\s+0 {2}1 workflow\(s\)/);
    expect(text).toMatch(/1 finding\(s\) at or above high; INCOMPLETE: 2 repositories not scanned → failed\n$/);
  });

  it('markdown: a warning for what was not scanned, then the table', () => {
    const md = renderOrgMarkdown(report);
    expect(md).toMatch(/^## Token Warden: organisation acme: 2 findings \(worst: high\)/);
    expect(md).toMatch(/> \[!WARNING\]\n> Incomplete: 2 repositories were not scanned/);
    expect(md).toMatch(/\| `acme\/a` \| 0 \| 1 \| 0 \| 0 \| 0 \| 1 \| unknown \| — \|/);
    expect(md).toMatch(/\| `acme\/c` \| 0 \| 0 \| 0 \| 1 \| 0 \| 1 \| read \| — \|/);
  });

  it('json: the report as is, and shard results parse back', () => {
    expect(JSON.parse(renderOrgJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
    expect(parseShardResult(JSON.stringify(ONE), 'shard-1.json')).toEqual(ONE);
    expect(() => parseShardResult('[]', 'x.json')).toThrow(/not an organisation scan shard result/);
  });
});

describe('scanRepository', () => {
  it('honours the repository config (ignores, severities) but not its fail-on', () => {
    const result = scanRepository(
      {
        repository: 'acme/a',
        files: [
          { path: '.github/workflows/ci.yml', text: WRITE_ALL },
          { path: '.github/workflows/other.yml', text: NO_BLOCK },
        ],
        config: { path: '.github/token-warden.yml', text: 'fail-on: none\nignore: [.github/workflows/other.yml]\nrules:\n  permissions:\n    severity: low\n' },
        pending: [],
        actionDirs: [],
        notes: [],
        via: 'graphql',
      },
      { failOn: 'high' },
    );
    expect(result.config).toBe('.github/token-warden.yml');
    expect(result.findings.map((f) => `${f.file} ${f.severity}${f.suppressed ? ' suppressed' : ''}`)).toEqual(['.github/workflows/ci.yml low', '.github/workflows/other.yml low suppressed']);
    expect(result.summary).toEqual(summarise(result.findings, { workflows: 2, actions: 0, parseErrors: 0 }));
  });

  it('an invalid config or registry is a note; the repository is scanned with the defaults', () => {
    const result = scanRepository(
      {
        repository: 'acme/a',
        files: [{ path: '.github/workflows/ci.yml', text: WRITE_ALL }],
        config: { path: '.github/token-warden.yml', text: 'fail-on: sometimes\n' },
        registry: { path: '.github/token-scope-map.yml', text: 'version: 7\n' },
        pending: [],
        actionDirs: [],
        notes: [],
        via: 'graphql',
      },
      { failOn: 'high' },
    );
    expect(result.notes).toEqual([expect.stringMatching(/token-warden.yml is invalid .*scanned with the defaults/), expect.stringMatching(/token-scope-map.yml is not a valid token registry .*registry rules skipped/)]);
    expect(result.config).toBeNull();
    expect(result.registry).toBeNull();
    expect(result.findings.map((f) => f.severity)).toEqual(['high']);
  });
});
