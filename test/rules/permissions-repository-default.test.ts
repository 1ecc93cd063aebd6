/**
 * The "no permissions block" finding when the scan knows the repository's default GITHUB_TOKEN permissions (an
 * organisation scan reads them from the API): the same workflows judged with the default unknown, `write` and `read`.
 */
import { permissions } from '../../src/rules/permissions.js';
import { githubTokenExposure } from '../../src/rules/github-token-exposure.js';
import { runRuleTests, type InvalidCase } from '../rule-tester.js';
import { scanFiles, yaml } from '../helpers.js';
import { describeGrant, effectivePermissions } from '../../src/workflows/effective-permissions.js';
import { isParseFailure, loadSource } from '../../src/workflows/source.js';
import { jobsOf } from '../../src/workflows/model.js';

const PLAIN = yaml`
  on: push
  jobs:
    a:
      runs-on: ubuntu-latest
      steps: [{ run: echo }]
`;

const OUTSIDER_REACH = yaml`
  on: [pull_request_target]
  jobs:
    a:
      runs-on: ubuntu-latest
      steps:
        - uses: someone/action@v1
`;

const OUTSIDER_NO_REACH = yaml`
  on: [pull_request_target]
  jobs:
    a:
      runs-on: ubuntu-latest
      steps: [{ run: echo }]
`;

/** workflow × default → severity and message of the one finding. */
const table: Array<[name: string, code: string, repositoryDefault: 'read' | 'write' | undefined, severity: 'low' | 'medium' | 'high', message: RegExp]> = [
  ['plain, default unknown', PLAIN, undefined, 'medium', /default GITHUB_TOKEN permissions \(possibly write-all\)$/],
  ['plain, default write', PLAIN, 'write', 'medium', /which this repository sets to read and write \(every scope\)$/],
  ['plain, default read', PLAIN, 'read', 'low', /sets to read \(`contents: read`, `packages: read`\); declare them in the file/],
  ['outsider reach, default unknown', OUTSIDER_REACH, undefined, 'high', /possibly write-all\); anyone can start .*, and job "a" runs someone\/action@v1/],
  ['outsider reach, default write', OUTSIDER_REACH, 'write', 'high', /read and write \(every scope\); anyone can start .*, and job "a" runs someone\/action@v1/],
  ['outsider reach, default read', OUTSIDER_REACH, 'read', 'low', /sets to read .*; anyone can start this workflow \(pull_request_target\); declare them/],
  ['outsider, no reach, default unknown', OUTSIDER_NO_REACH, undefined, 'medium', /no step is seen running code an outsider controls/],
  ['outsider, no reach, default write', OUTSIDER_NO_REACH, 'write', 'medium', /read and write .*no step is seen running code an outsider controls/],
  ['outsider, no reach, default read', OUTSIDER_NO_REACH, 'read', 'low', /sets to read/],
];

runRuleTests(permissions, {
  valid: [
    {
      name: 'a workflow_call-only workflow without a block: the caller decides, whatever this repository sets',
      code: yaml`
        on: workflow_call
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
      defaultWorkflowPermissions: 'write',
    },
    {
      name: 'a workflow with its own block is not affected by the default',
      code: yaml`
        on: push
        permissions: {}
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
      defaultWorkflowPermissions: 'write',
    },
  ],
  invalid: table.map(
    ([name, code, repositoryDefault, severity, message]): InvalidCase => ({
      name,
      code,
      expected: [{ line: 1, severity, message }],
      ...(repositoryDefault ? { defaultWorkflowPermissions: repositoryDefault } : {}),
    }),
  ),
});

describe('effective permissions with the repository default known', () => {
  const jobOf = (text: string, repositoryDefault?: 'read' | 'write') => {
    const file = loadSource('.github/workflows/t.yml', text, repositoryDefault ? { defaultWorkflowPermissions: repositoryDefault } : {});
    if (isParseFailure(file)) throw new Error(file.message);
    return effectivePermissions(file, jobsOf(file.root)[0]!);
  };

  it.each([
    [undefined, true, 'actions,artifact-metadata,attestations,checks,code-quality,contents,copilot-requests,deployments,discussions,drives,issues,packages,pages,pull-requests,repository-projects,security-events,statuses', /possibly write-all/],
    ['write', false, 'actions,artifact-metadata,attestations,checks,code-quality,contents,copilot-requests,deployments,discussions,drives,issues,packages,pages,pull-requests,repository-projects,security-events,statuses', /sets to read and write/],
    ['read', false, '', /sets to read \(`contents: read`, `packages: read`\)/],
  ] as const)('default %s', (repositoryDefault, possiblyWriteAll, writes, grant) => {
    const p = jobOf(PLAIN, repositoryDefault);
    expect(p.source).toBe('default');
    expect(p.possiblyWriteAll).toBe(possiblyWriteAll);
    expect(p.repositoryDefault).toBe(repositoryDefault);
    expect(p.writeScopes().join(',')).toBe(writes);
    expect(describeGrant(p)).toMatch(grant);
    if (repositoryDefault === 'read') {
      expect(Object.entries(p.scopes).filter(([, l]) => l === 'read').map(([s]) => s).sort()).toEqual(['contents', 'packages']);
    }
  });

  it('a workflow_call-only workflow stays narrowed by its caller', () => {
    const p = jobOf('on: workflow_call\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: echo }]\n', 'read');
    expect(p.narrowedByCaller).toBe(true);
    expect(p.possiblyWriteAll).toBe(true);
    expect(p.repositoryDefault).toBeUndefined();
  });
});

describe('other rules follow the known default', () => {
  // The token handed to an unpinned third-party action: its worth depends on what the job's token can do.
  const leak = yaml`
    on: push
    jobs:
      a:
        runs-on: ubuntu-latest
        steps:
          - uses: some/action@v1
            with:
              token: \${{ github.token }}
  `;
  const severityWith = (repositoryDefault?: 'read' | 'write') =>
    scanFiles({ '.github/workflows/t.yml': leak }, {}, [githubTokenExposure], repositoryDefault ? { defaultWorkflowPermissions: repositoryDefault } : {}).findings.map((f) => f.severity);

  it('a read default grades a token leak lower than write or unknown', () => {
    const unknown = severityWith();
    const write = severityWith('write');
    const read = severityWith('read');
    expect(unknown).toHaveLength(1);
    expect(write).toHaveLength(1);
    const rank = { critical: 4, high: 3, medium: 2, low: 1, info: 0 } as const;
    expect(rank[write[0]!]).toBeGreaterThanOrEqual(rank[unknown[0]!]);
    expect(read.every((s) => rank[s] < rank[write[0]!])).toBe(true);
  });
});
