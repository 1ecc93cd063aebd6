import { createHash } from 'node:crypto';
import { fingerprintOf, scan } from '../src/engine.js';
import type { ProjectRule } from '../src/model/rule.js';
import { DEFAULT_CONFIG } from '../src/config/types.js';
import { scanFiles, yaml } from './helpers.js';

describe('engine', () => {
  it('reports invalid YAML as a parse-error finding with its position, and keeps scanning', () => {
    const result = scanFiles({
      'bad.yml': 'on: push\njobs:\n  a: [\n  b: 1\n',
      'good.yml': yaml`
        on: push
        permissions: {}
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo hi
      `,
    });
    const parse = result.findings.filter((f) => f.ruleId === 'parse-error');
    expect(parse).toHaveLength(1);
    expect(parse[0]!.location.file).toBe('bad.yml');
    expect(parse[0]!.location.startLine).toBe(4);
    expect(parse[0]!.severity).toBe('high');
    expect(result.stats.files).toBe(2);
    expect(result.stats.workflows).toBe(1);
  });
});

describe('project rules (cross-file checks)', () => {
  const rule: ProjectRule<number> = {
    meta: { id: 'count-jobs', category: 'test', defaultSeverity: 'low', summary: 's', remediation: 'r', docs: '#x', appliesTo: ['workflow'] },
    collect: (file) => (file.kind === 'workflow' ? Object.keys(file.root.jobs as object).length : undefined),
    finish(ctx) {
      const total = ctx.collected.reduce((a, c) => a + c.data, 0);
      ctx.report('registry.yml', { message: `${total} jobs in ${ctx.collected.length} files`, span: [8, 12], path: ['total'] });
      ctx.report(ctx.collected[0]!.path, { message: 'first', span: [0, 2], path: ['first'] });
    },
  };

  it('collects per file and reports on scanned and extra files, through the same config and suppression path', () => {
    const result = scan(
      [
        { path: 'a.yml', text: 'on: push\njobs:\n  a: {runs-on: x, permissions: {}, steps: [{run: echo}]}\n  b: {runs-on: x, permissions: {}, steps: [{run: echo}]}\n' },
        { path: 'b.yml', text: 'on: push\njobs:\n  c: {runs-on: x, permissions: {}, steps: [{run: echo}]}\n' },
        { path: 'c.yml', text: 'not: [valid\n' },
      ],
      { config: { ...DEFAULT_CONFIG, rules: { 'count-jobs': { severity: 'high' } } }, projectRules: [rule], extraFiles: [{ path: 'registry.yml', text: 'tokens:\n  X: {}\n' }] },
    );
    const mine = result.findings.filter((f) => f.ruleId === 'count-jobs');
    expect(mine.map((f) => [f.location.file, f.location.startLine, f.location.startColumn, f.severity, f.message])).toEqual([
      ['a.yml', 1, 1, 'high', 'first'],
      ['registry.yml', 2, 1, 'high', '3 jobs in 2 files'],
    ]);
    expect(result.ruleFailures).toEqual([]);
  });

  it('a failing project rule is reported as a rule failure, the scan still completes', () => {
    const broken: ProjectRule<number> = { ...rule, finish: () => { throw new Error('boom'); } };
    const result = scan([{ path: 'a.yml', text: 'on: push\njobs: {}\n' }], { projectRules: [broken] });
    expect(result.ruleFailures).toEqual([{ file: '(project)', ruleId: 'count-jobs', message: 'boom' }]);
    expect(result.stats.files).toBe(1);
  });
});

describe('fingerprints', () => {
  const before = [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Deploy',
    '        run: echo "$T" >> $GITHUB_ENV',
    '        env:',
    '          T: ${{ github.token }}',
    '',
  ].join('\n');
  // Edits elsewhere: a comment and a workflow-level key at the top, a new job, and a new first step.
  const after = [
    '# Build and deploy',
    'name: CI',
    'on: push',
    'jobs:',
    '  lint:',
    '    runs-on: ubuntu-latest',
    '    permissions: {}',
    '    steps: [{ run: make lint }]',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: echo warming up',
    '      - uses: actions/checkout@v4',
    '      - name: Deploy',
    '        run: echo "$T" >> $GITHUB_ENV',
    '        env:',
    '          T: ${{ github.token }}',
    '',
  ].join('\n');

  const byRule = (text: string) => {
    const result = scanFiles({ '.github/workflows/ci.yml': text });
    return new Map(result.findings.filter((f) => f.message.includes('build') || f.ruleId !== 'permissions').map((f) => [`${f.ruleId} ${f.message}`, f]));
  };

  it('are stable across runs and unaffected by edits elsewhere in the file', () => {
    const a = byRule(before);
    const b = byRule(after);
    expect(byRule(before)).toEqual(a);
    const shared = ['persist-credentials', 'github-token-exposure'].flatMap((id) => [...a.entries()].filter(([k]) => k.startsWith(id)));
    expect(shared.length).toBeGreaterThanOrEqual(2);
    for (const [key, finding] of shared) {
      const moved = b.get(key);
      expect({ key, line: moved?.location.startLine !== finding.location.startLine, fingerprint: moved?.fingerprint }).toEqual({ key, line: true, fingerprint: finding.fingerprint });
    }
  });

  it('differ between files, rules and flagged things', () => {
    const result = scanFiles({ 'a.yml': before, 'b.yml': before });
    const fps = result.findings.map((f) => f.fingerprint);
    expect(new Set(fps).size).toBe(fps.length);
  });

  it('hash a path, and a segment over 1 KiB as its own digest (hashed once per file, not once per finding)', () => {
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(fingerprintOf('r', 'f.yml', ['jobs', 'build', 0])).toBe(sha('r\u0000f.yml\u0000jobs\u001fbuild\u001f0').slice(0, 32));
    const long = 'j'.repeat(1025);
    expect(fingerprintOf('r', 'f.yml', ['jobs', long])).toBe(sha(`r\u0000f.yml\u0000jobs\u001f#1025:${sha(long)}`).slice(0, 32));
    expect(fingerprintOf('r', 'f.yml', ['jobs', long])).not.toBe(fingerprintOf('r', 'f.yml', ['jobs', `${long}x`]));
  });
});

describe('YAML anchors and aliases (GitHub accepts them in workflows)', () => {
  it('a step reused through an alias is checked in every job, each finding at the anchor, with its own fingerprint', () => {
    const text = [
      'on: push',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - &checkout',
      '        uses: actions/checkout@v4',
      '  b:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - *checkout',
      '',
    ].join('\n');
    const result = scanFiles({ 'w.yml': text });
    const pc = result.findings.filter((f) => f.ruleId === 'persist-credentials');
    expect(pc.map((f) => f.location.startLine)).toEqual([8, 8]);
    expect(new Set(pc.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('an alias to an undefined anchor is a parse error with its position', () => {
    const result = scanFiles({ 'w.yml': 'on: push\njobs:\n  a: *nowhere\n' });
    expect(result.findings.map((f) => [f.ruleId, f.location.startLine, f.location.startColumn, f.message])).toEqual([
      ['parse-error', 3, 6, 'invalid YAML: unidentified alias "nowhere"'],
    ]);
  });
});
