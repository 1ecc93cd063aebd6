import {
  describeGrant,
  effectivePermissions,
  grantOf,
  isWorkflowCallOnly,
  localReusableWorkflow,
  tokenWriteScopes,
  withinCaller,
  type EffectivePermissions,
} from '../../src/workflows/effective-permissions.js';
import { PERMISSION_SCOPE_NAMES } from '../../src/workflows/permissions.js';
import { jobsOf } from '../../src/workflows/model.js';
import { isParseFailure, loadSource, type SourceFile } from '../../src/workflows/source.js';
import type { YMap } from '../../src/workflows/yaml.js';
import { parseYaml } from '../../src/workflows/parse.js';

function load(text: string): SourceFile {
  const file = loadSource('.github/workflows/t.yml', text);
  if (isParseFailure(file)) throw new Error(file.message);
  return file;
}

/** Effective permissions of job `a` in a workflow with the given top and job-level text. */
function of(top: string, jobPermissions = '', on = 'push'): EffectivePermissions {
  const file = load(`on: ${on}\n${top}jobs:\n  a:\n    runs-on: ubuntu-latest\n${jobPermissions}    steps: [{ run: make }]\n`);
  return effectivePermissions(file, jobsOf(file.root)[0]!);
}

const writes = (p: EffectivePermissions): string => p.writeScopes().join(',');
const reads = (p: EffectivePermissions): string =>
  Object.keys(p.scopes)
    .filter((s) => p.scopes[s] === 'read')
    .sort()
    .join(',');

describe('effectivePermissions', () => {
  interface Row {
    name: string;
    top?: string;
    job?: string;
    on?: string;
    source: EffectivePermissions['source'];
    shape: EffectivePermissions['shape'];
    writes: string;
    reads?: string;
    possiblyWriteAll?: boolean;
    narrowedByCaller?: boolean;
    unknownScopes?: string[];
    /** 1-based line of the deciding block, when there is one. */
    line?: number;
  }
  const ALL_WRITABLE = PERMISSION_SCOPE_NAMES.filter((s) => s !== 'models' && s !== 'vulnerability-alerts').join(',');
  const rows: Row[] = [
    {
      name: 'no block anywhere: the repository default, modelled as the permissive default (id-token none)',
      source: 'default',
      shape: 'default',
      writes: ALL_WRITABLE.split(',').filter((s) => s !== 'id-token').join(','),
      reads: 'models,vulnerability-alerts',
      possiblyWriteAll: true,
    },
    { name: 'workflow map applies to a job without its own', top: 'permissions:\n  contents: read\n  pull-requests: write\n', source: 'workflow', shape: 'map', writes: 'pull-requests', reads: 'contents', line: 2 },
    {
      name: 'the job block replaces the workflow block entirely (no merge)',
      top: 'permissions:\n  contents: write\n',
      job: '    permissions:\n      issues: write\n',
      source: 'job',
      shape: 'map',
      writes: 'issues',
      reads: '',
      line: 7,
    },
    { name: 'job read-all', job: '    permissions: read-all\n', source: 'job', shape: 'read-all', writes: '', reads: PERMISSION_SCOPE_NAMES.filter((s) => s !== 'id-token' && s !== 'copilot-requests').join(',') },
    { name: 'workflow write-all: every scope at its highest level, id-token included', top: 'permissions: write-all\n', source: 'workflow', shape: 'write-all', writes: ALL_WRITABLE, reads: 'models,vulnerability-alerts' },
    { name: '{} grants nothing', top: 'permissions: {}\n', source: 'workflow', shape: 'none', writes: '', reads: '' },
    { name: 'an empty value grants nothing', job: '    permissions:\n', source: 'job', shape: 'none', writes: '', reads: '' },
    { name: 'job {} under a workflow write-all: nothing', top: 'permissions: write-all\n', job: '    permissions: {}\n', source: 'job', shape: 'none', writes: '', reads: '' },
    { name: 'id-token: write alone', job: '    permissions:\n      id-token: write\n', source: 'job', shape: 'map', writes: 'id-token', reads: '' },
    {
      name: 'an expression as a level: unknown, taken at its upper bound',
      job: '    permissions:\n      contents: ${{ inputs.level }}\n',
      source: 'job',
      shape: 'map',
      writes: 'contents',
      reads: '',
      unknownScopes: ['contents'],
    },
    { name: 'an invalid level (admin): unknown', job: '    permissions:\n      contents: admin\n', source: 'job', shape: 'map', writes: 'contents', reads: '', unknownScopes: ['contents'] },
    { name: 'id-token: read is not a level GitHub accepts: unknown', job: '    permissions:\n      id-token: read\n', source: 'job', shape: 'map', writes: 'id-token', reads: '', unknownScopes: ['id-token'] },
    { name: 'an unknown scope name grants nothing', job: '    permissions:\n      nonexistent: write\n      contents: read\n', source: 'job', shape: 'map', writes: '', reads: 'contents' },
    {
      name: 'a whole block from an expression: unknown, possibly write-all',
      top: 'permissions: ${{ fromJSON(vars.PERMS) }}\n',
      source: 'workflow',
      shape: 'unknown',
      writes: ALL_WRITABLE.split(',').filter((s) => s !== 'id-token').join(','),
      possiblyWriteAll: true,
      unknownScopes: PERMISSION_SCOPE_NAMES,
    },
    { name: 'an invalid word: unknown', top: 'permissions: read\n', source: 'workflow', shape: 'unknown', writes: ALL_WRITABLE.split(',').filter((s) => s !== 'id-token').join(','), possiblyWriteAll: true, unknownScopes: PERMISSION_SCOPE_NAMES },
    {
      name: 'workflow_call only, no block: the caller grant passes through',
      on: 'workflow_call',
      source: 'default',
      shape: 'default',
      writes: ALL_WRITABLE.split(',').filter((s) => s !== 'id-token').join(','),
      possiblyWriteAll: true,
      narrowedByCaller: true,
    },
    { name: 'workflow_call only with a block: it narrows the caller', on: 'workflow_call', top: 'permissions:\n  contents: write\n', source: 'workflow', shape: 'map', writes: 'contents', narrowedByCaller: true },
    { name: 'workflow_call among other triggers: a grant of its own', on: '[workflow_call, push]', top: 'permissions:\n  contents: write\n', source: 'workflow', shape: 'map', writes: 'contents', narrowedByCaller: false },
  ];

  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const p = of(r.top ?? '', r.job ?? '', r.on ?? 'push');
    expect({ source: p.source, shape: p.shape, writes: writes(p) }).toEqual({ source: r.source, shape: r.shape, writes: r.writes });
    if (r.reads !== undefined) expect(reads(p)).toBe(r.reads);
    expect(p.possiblyWriteAll).toBe(r.possiblyWriteAll ?? false);
    expect(p.narrowedByCaller).toBe(r.narrowedByCaller ?? false);
    expect([...p.unknownScopes]).toEqual(r.unknownScopes ?? []);
    expect(p.level('metadata')).toBe('read');
    expect(p.level('no-such-scope')).toBe('none');
    if (p.source === 'default') {
      expect(p.span).toBeUndefined();
      expect(p.path).toEqual([]);
    } else expect(p.span).toBeDefined();
  });

  it('points at the deciding block', () => {
    const text = 'on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: x\n    permissions:\n      issues: write\n    steps: [{ run: make }]\n  b:\n    runs-on: x\n    steps: [{ run: make }]\n';
    const file = load(text);
    const [a, b] = jobsOf(file.root);
    const pa = effectivePermissions(file, a!);
    const pb = effectivePermissions(file, b!);
    expect(text.slice(...pa.span!)).toBe('permissions:\n      issues: write');
    expect(pa.path).toEqual(['jobs', 'a', 'permissions']);
    expect(text.slice(...pb.span!)).toBe('permissions:\n  contents: read');
    expect(pb.path).toEqual(['permissions']);
  });

  it('hasWrite with and without a scope', () => {
    const p = of('', '    permissions:\n      id-token: write\n      contents: read\n');
    expect(p.hasWrite()).toBe(true);
    expect(p.hasWrite('id-token')).toBe(true);
    expect(p.hasWrite('contents')).toBe(false);
    expect(tokenWriteScopes(p)).toEqual([]);
    expect(of('permissions: {}\n').hasWrite()).toBe(false);
  });

  it('is memoised per file and job', () => {
    const file = load('on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{ run: make }]\n');
    const job = jobsOf(file.root)[0]!;
    expect(effectivePermissions(file, job)).toBe(effectivePermissions(file, job));
  });
});

describe('grantOf', () => {
  it('expands every documented scope', () => {
    expect(Object.keys(grantOf('write-all').scopes).sort()).toEqual([...PERMISSION_SCOPE_NAMES].sort());
  });
});

describe('withinCaller', () => {
  const caller = (top: string, job = '') => of(top, job);
  const callee = (top: string) => of(top, '', 'workflow_call');

  it.each([
    ['caller write-all, callee narrows to contents: read', 'permissions: write-all\n', 'permissions:\n  contents: read\n', '', 'contents', false],
    ['caller contents: read, callee asks contents: write: read wins', 'permissions:\n  contents: read\n', 'permissions:\n  contents: write\n', '', 'contents', false],
    ['caller default, callee block: the block is the bound', '', 'permissions:\n  issues: write\n', 'issues', '', false],
    ['caller default, callee no block: still unknown', '', '', tokenWriteScopesOfDefault(), 'models,vulnerability-alerts', true],
    ['caller {}: nothing at all', 'permissions: {}\n', 'permissions: write-all\n', '', '', false],
  ] as const)('%s', (_name, callerTop, calleeTop, w, r, possibly) => {
    const p = withinCaller(caller(callerTop), callee(calleeTop));
    expect(writes(p)).toBe(w);
    expect(reads(p)).toBe(r);
    expect(p.possiblyWriteAll).toBe(possibly);
    expect(p.narrowedByCaller).toBe(false);
  });
});

function tokenWriteScopesOfDefault(): string {
  return PERMISSION_SCOPE_NAMES.filter((s) => !['models', 'vulnerability-alerts', 'id-token'].includes(s)).join(',');
}

describe('isWorkflowCallOnly', () => {
  const root = (on: string): YMap => parseYaml(`on: ${on}\njobs: {}\n`) as YMap;
  it.each([
    ['workflow_call', true],
    ['[workflow_call]', true],
    ['{ workflow_call: { inputs: {} } }', true],
    ['[workflow_call, workflow_dispatch]', false],
    ['push', false],
  ] as const)('on: %s → %s', (on, expected) => {
    expect(isWorkflowCallOnly(root(on))).toBe(expected);
  });
});

describe('localReusableWorkflow', () => {
  it.each([
    ['./.github/workflows/build.yml', '.github/workflows/build.yml'],
    ['./.github/workflows/build.yaml', '.github/workflows/build.yaml'],
    ['octo/repo/.github/workflows/build.yml@v1', undefined],
    ['./.github/actions/x', undefined],
  ] as const)('%s', (uses, expected) => {
    expect(localReusableWorkflow(parseYaml(`uses: ${uses}\n`) as YMap)).toBe(expected);
  });
});

describe('describeGrant', () => {
  it.each([
    ['', '', 'push', /default token permissions.*possibly write-all/],
    ['', '', 'workflow_call', /caller's token/],
    ['permissions:\n  contents: write\n', '', 'push', /`contents: write` from the workflow's `permissions:`/],
    ['', '    permissions: read-all\n', 'push', /`read-all` from its `permissions:`/],
    ['permissions: {}\n', '', 'push', /no write scope, from the workflow's/],
  ] as const)('%#', (top, job, on, re) => {
    expect(describeGrant(of(top, job, on))).toMatch(re);
  });
});
