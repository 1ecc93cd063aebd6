/**
 * The least-privilege autofix, as text: one row per shape of workflow — the whole expected file after the fix (or
 * `unchanged`), and what each job was given or why it was left as is. Every row is also fixed a second time, which
 * must plan nothing (idempotence), and its diff must apply with `patch` to give the fixed text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { planFixes, renderDiff, type FilePlan, type JobAction, type SkipKind } from '../../src/fix/index.js';
import { yaml } from '../helpers.js';

const WF = '.github/workflows/w.yml';

interface Row {
  name: string;
  text: string;
  /** The whole file after the fix, or 'unchanged'. */
  fixed: string | 'unchanged';
  /** job id → action (and skip kind). */
  jobs?: Record<string, JobAction | `skip:${SkipKind}`>;
  /** Substrings expected in the plan's `why` (file) or a job's `why`/notes. */
  says?: string[];
  /** Other files planned with it (reusable workflows). */
  others?: Record<string, string>;
}

const rows: Row[] = [
  {
    name: 'no permissions anywhere: contents: read at the top (every job reads), the job gets what it needs',
    text: yaml`
      name: Label
      on: pull_request_target

      jobs:
        label:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v4
            - uses: actions/labeler@v5
    `,
    fixed: yaml`
      name: Label
      on: pull_request_target

      permissions:
        contents: read  # every job: actions/checkout: clones the repository with the token over HTTPS (+1 more)

      jobs:
        label:
          runs-on: ubuntu-latest
          permissions:
            contents: read  # actions/checkout: clones the repository with the token over HTTPS (+1 more)
            pull-requests: write  # actions/labeler: reads the labeler configuration from the repository and adds or removes…
          steps:
            - uses: actions/checkout@v4
            - uses: actions/labeler@v5
    `,
    jobs: { label: 'add' },
  },
  {
    name: 'write-all at the top is replaced by {}; a job that needs nothing inherits it',
    text: 'on: push\npermissions: write-all   # TODO narrow\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n',
    fixed: 'on: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n',
    jobs: { test: 'keep' },
  },
  {
    name: 'read-all at the top becomes contents: read when every job checks out',
    text: 'on: push\npermissions: read-all\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
    fixed:
      'on: push\npermissions:\n  contents: read  # every job: actions/checkout: clones the repository with the token over HTTPS (private repositories)\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
    jobs: { a: 'keep' },
  },
  {
    name: "a job block goes above `steps:` and the comments above it, at the file's indentation (4 spaces)",
    text: yaml`
      on: pull_request
      jobs:
          greet:
              runs-on: ubuntu-latest
              # Greets first-time contributors
              steps:
                  - uses: actions/first-interaction@v1
                    with:
                        issue-message: hi
          build:
              runs-on: ubuntu-latest
              steps:
                  - run: make
    `,
    fixed: yaml`
      on: pull_request
      permissions: {}
      jobs:
          greet:
              runs-on: ubuntu-latest
              permissions:
                  issues: write  # actions/first-interaction: comments on a first-time contributor's issue or pull request
                  pull-requests: write  # actions/first-interaction: comments on a first-time contributor's issue or pull request
              # Greets first-time contributors
              steps:
                  - uses: actions/first-interaction@v1
                    with:
                        issue-message: hi
          build:
              runs-on: ubuntu-latest
              steps:
                  - run: make
    `,
    jobs: { greet: 'add', build: 'keep' },
  },
  {
    name: 'a block map is narrowed line by line: comments kept, a removed scope loses its line and the comments just above it',
    text: yaml`
      on: pull_request_target
      permissions: {}
      jobs:
        greet:
          runs-on: ubuntu-latest
          permissions:
            # what the bot may do
            issues: write     # comments on issues
            # to push
            contents: write
            pull-requests: write
            # checks: write
          steps:
            - uses: actions/first-interaction@v1
    `,
    fixed: yaml`
      on: pull_request_target
      permissions: {}
      jobs:
        greet:
          runs-on: ubuntu-latest
          permissions:
            # what the bot may do
            issues: write     # comments on issues
            pull-requests: write  # actions/first-interaction: comments on a first-time contributor's issue or pull request
            # checks: write
          steps:
            - uses: actions/first-interaction@v1
    `,
    jobs: { greet: 'narrow' },
  },
  {
    name: 'a write lowered to read keeps its line; the old comment gives way to the reason',
    text: 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write  # push\n    steps:\n      - uses: actions/checkout@v4\n',
    fixed:
      'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read  # actions/checkout: clones the repository with the token over HTTPS (private repositories)\n    steps:\n      - uses: actions/checkout@v4\n',
    jobs: { a: 'narrow' },
  },
  {
    name: 'a flow-style job block is rewritten in block style (comments need lines)',
    text: yaml`
      on: push
      permissions: {}
      jobs:
        build:
          runs-on: ubuntu-latest
          permissions: { contents: write, packages: write }  # too much
          steps:
            - uses: actions/checkout@v4
            - run: make
    `,
    fixed: yaml`
      on: push
      permissions: {}
      jobs:
        build:
          runs-on: ubuntu-latest
          permissions:
            contents: read  # actions/checkout: clones the repository with the token over HTTPS (private repositories)
          steps:
            - uses: actions/checkout@v4
            - run: make
    `,
    jobs: { build: 'narrow' },
  },
  {
    name: 'a job commenting through the issues API keeps the pull-requests: write it grants (the number is a pull request): no issues: write added',
    text: yaml`
      on: pull_request
      permissions: {}
      jobs:
        comment:
          runs-on: ubuntu-latest
          permissions:
            pull-requests: write
          steps:
            - uses: actions/github-script@v7
              with:
                script: |
                  await github.rest.issues.createComment({ ...context.repo, issue_number: context.issue.number, body: 'hi' })
    `,
    fixed: 'unchanged',
    jobs: { comment: 'keep' },
  },
  {
    name: 'flow-style blocks that are already right are left byte for byte',
    text: 'on: push\npermissions: { }\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: { contents: read }\n    steps:\n      - uses: actions/checkout@v4\n',
    fixed: 'unchanged',
    jobs: { a: 'keep' },
  },
  {
    name: 'CRLF line endings: inserted lines use CRLF too, untouched lines keep theirs',
    text: 'on: push\r\n\r\njobs:\r\n  a:\r\n    runs-on: ubuntu-latest\r\n    steps:\r\n      - uses: actions/labeler@v5\r\n  b:\r\n    runs-on: ubuntu-latest\r\n    steps:\r\n      - run: make\r\n',
    fixed:
      'on: push\r\n\r\npermissions: {}\r\n\r\njobs:\r\n  a:\r\n    runs-on: ubuntu-latest\r\n    permissions:\r\n      contents: read  # actions/labeler: reads the labeler configuration from the repository and adds or removes…\r\n      pull-requests: write  # actions/labeler: reads the labeler configuration from the repository and adds or removes…\r\n    steps:\r\n      - uses: actions/labeler@v5\r\n  b:\r\n    runs-on: ubuntu-latest\r\n    steps:\r\n      - run: make\r\n',
    jobs: { a: 'add', b: 'keep' },
  },
  {
    name: 'no final line break: the file still has none',
    text: 'on: push\npermissions: write-all',
    fixed: 'unchanged',
    says: ['no `jobs:`'],
  },
  {
    name: 'an unterminated last line inside the edited block keeps the file unterminated',
    text: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n    permissions: write-all',
    fixed: 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n    permissions: {}',
    jobs: { a: 'narrow' },
  },
  {
    name: 'a single job that only reads the repository: contents: read at the top, no job block',
    text: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make\n',
    fixed:
      'on: push\npermissions:\n  contents: read  # every job: actions/checkout: clones the repository with the token over HTTPS (private repositories)\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make\n',
    jobs: { a: 'keep' },
  },
  {
    name: 'anchors and aliases on permissions blocks are left alone (other places share their text)',
    text: yaml`
      on: push
      permissions: {}
      jobs:
        a:
          runs-on: ubuntu-latest
          permissions: &perms
            contents: write
          steps:
            - run: make
        b:
          runs-on: ubuntu-latest
          permissions: *perms
          steps:
            - run: make
    `,
    fixed: 'unchanged',
    jobs: { a: 'skip:layout', b: 'skip:layout' },
    says: ['anchor or alias'],
  },
  {
    name: 'an anchored job is left alone; a job that is an alias too',
    text: yaml`
      on: push
      permissions: {}
      jobs:
        a: &job
          runs-on: ubuntu-latest
          steps:
            - uses: actions/labeler@v5
        b: *job
    `,
    fixed: 'unchanged',
    jobs: { a: 'skip:would-widen', b: 'skip:would-widen' },
  },
  {
    name: 'anchors elsewhere in the file do not stop the fix',
    text: yaml`
      on: push
      jobs:
        a:
          runs-on: &runner ubuntu-latest
          steps:
            - run: make
        b:
          runs-on: *runner
          steps:
            - run: make
    `,
    fixed: yaml`
      on: push
      permissions: {}
      jobs:
        a:
          runs-on: &runner ubuntu-latest
          steps:
            - run: make
        b:
          runs-on: *runner
          steps:
            - run: make
    `,
    jobs: { a: 'keep', b: 'keep' },
  },
  {
    name: 'on: workflow_call only: left to its callers',
    text: 'on: workflow_call\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/labeler@v5\n',
    fixed: 'unchanged',
    says: ['left to its callers'],
  },
  {
    name: 'workflow_call beside another trigger is fixed (it has a grant of its own when dispatched)',
    text: 'on: [workflow_call, workflow_dispatch]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
    fixed: 'on: [workflow_call, workflow_dispatch]\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
    jobs: { a: 'keep' },
  },
  {
    name: 'a job whose needs are unknown is untouched, and so is the default it inherits (no top block)',
    text: yaml`
      on: push
      jobs:
        mystery:
          runs-on: ubuntu-latest
          steps:
            - uses: ./.github/actions/deploy
        label:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/labeler@v5
    `,
    fixed: yaml`
      on: push
      jobs:
        mystery:
          runs-on: ubuntu-latest
          steps:
            - uses: ./.github/actions/deploy
        label:
          runs-on: ubuntu-latest
          permissions:
            contents: read  # actions/labeler: reads the labeler configuration from the repository and adds or removes…
            pull-requests: write  # actions/labeler: reads the labeler configuration from the repository and adds or removes…
          steps:
            - uses: actions/labeler@v5
    `,
    jobs: { mystery: 'skip:unknown-needs', label: 'add' },
    says: ['local action ./.github/actions/deploy', 'job "mystery" inherits it'],
  },
  {
    name: 'an action missing from the knowledge base (it may read github.token by default) counts as unknown',
    text: 'on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: someone/obscure-action@v1\n',
    fixed: 'unchanged',
    jobs: { a: 'skip:unknown-needs' },
    says: ['someone/obscure-action is not in the knowledge base'],
  },
  {
    name: 'never widen: an explicit contents: read where a release needs write is left, and says why',
    text: yaml`
      on: push
      permissions: {}
      jobs:
        release:
          runs-on: ubuntu-latest
          permissions:
            contents: read
          steps:
            - uses: softprops/action-gh-release@v2
    `,
    fixed: 'unchanged',
    jobs: { release: 'skip:would-widen' },
    says: ['needs `contents: write`', 'not widened'],
  },
  {
    name: "never widen: a job inheriting a top `{}` that needs a write is left, and the top with it",
    text: 'on: pull_request_target\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/labeler@v5\n',
    fixed: 'unchanged',
    jobs: { a: 'skip:would-widen' },
  },
  {
    name: 'a private-only read the job runs without today is not added (its block is narrowed to {})',
    text: 'on: issues\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      issues: write\n    steps:\n      - uses: actions/checkout@v4\n      - run: make\n',
    fixed: 'on: issues\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make\n',
    jobs: { a: 'narrow' },
    says: ['`contents: read` not written'],
  },
  {
    name: 'a script need (heuristic, likely) names the step in its comment',
    text: yaml`
      on: pull_request
      jobs:
        comment:
          runs-on: ubuntu-latest
          steps:
            - name: Say thanks
              run: gh pr comment "$PR" --body thanks
              env:
                GH_TOKEN: \${{ github.token }}
                PR: \${{ github.event.pull_request.number }}
    `,
    fixed: yaml`
      on: pull_request
      permissions: {}
      jobs:
        comment:
          runs-on: ubuntu-latest
          permissions:
            pull-requests: write  # step "Say thanks": \`gh pr comment\` needs pull-requests: write
          steps:
            - name: Say thanks
              run: gh pr comment "$PR" --body thanks
              env:
                GH_TOKEN: \${{ github.token }}
                PR: \${{ github.event.pull_request.number }}
    `,
    jobs: { comment: 'add' },
  },
  {
    name: 'id-token: write granted to a job that runs scripts is kept (any script may ask for an OIDC token), and named',
    text: yaml`
      on: push
      permissions: {}
      jobs:
        publish:
          runs-on: ubuntu-latest
          permissions:
            contents: write
            id-token: write
          steps:
            - uses: actions/checkout@v4
              with: { persist-credentials: false }
            - run: npm publish --provenance
    `,
    fixed: yaml`
      on: push
      permissions: {}
      jobs:
        publish:
          runs-on: ubuntu-latest
          permissions:
            contents: read  # actions/checkout: clones the repository with the token over HTTPS (private repositories)
            id-token: write  # kept: step 2: \`npm publish\` (trusted publishing, provenance) uses an OIDC token
          steps:
            - uses: actions/checkout@v4
              with: { persist-credentials: false }
            - run: npm publish --provenance
    `,
    jobs: { publish: 'narrow' },
    says: ['`id-token: write` kept'],
  },
  {
    name: 'write-all keeps id-token only for a script seen to use OIDC, not for any script',
    text: 'on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
    fixed: 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
    jobs: { a: 'keep' },
  },
  {
    name: 'a job whose written grant would bring a new high finding is left, with the finding as the reason',
    text: 'on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: softprops/action-gh-release@v2\n',
    fixed: 'unchanged',
    jobs: { release: 'skip:new-finding' },
    says: ['would be reported at high (unpinned-privileged-action', 'then run the fix again'],
  },
  {
    name: '… and fixed once the checkout no longer leaves the token to that action',
    text: 'on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - uses: softprops/action-gh-release@v2\n',
    fixed:
      'on: push\npermissions:\n  contents: read  # every job needs at least this\njobs:\n  release:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write  # softprops/action-gh-release: creates or updates the release and uploads its assets\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - uses: softprops/action-gh-release@v2\n',
    jobs: { release: 'add' },
  },
  {
    name: 'a call to a local reusable workflow gets what the called jobs need',
    text: 'on: push\njobs:\n  publish:\n    uses: ./.github/workflows/release.yml\n',
    others: {
      '.github/workflows/release.yml': 'on: workflow_call\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: softprops/action-gh-release@v2\n',
    },
    fixed:
      'on: push\npermissions:\n  contents: read  # every job needs at least this\njobs:\n  publish:\n    permissions:\n      contents: write  # release.yml (job release): softprops/action-gh-release: creates or updates the release…\n    uses: ./.github/workflows/release.yml\n',
    jobs: { publish: 'add' },
  },
  {
    name: 'a call to a reusable workflow of another repository is left, and so is the top it inherits',
    text: 'on: push\npermissions: write-all\njobs:\n  publish:\n    uses: acme/shared/.github/workflows/release.yml@v1\n',
    fixed: 'unchanged',
    jobs: { publish: 'skip:reusable-call' },
    says: ['not a file of this repository'],
  },
  {
    name: 'a call to a local workflow that was not given to the fix is left',
    text: 'on: push\njobs:\n  publish:\n    uses: ./.github/workflows/missing.yml\n',
    fixed: 'unchanged',
    jobs: { publish: 'skip:reusable-call' },
  },
  {
    name: 'an expression in a permissions block cannot be read: left',
    text: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: ${{ inputs.perms }}\n    steps:\n      - run: make\n',
    fixed: 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: ${{ inputs.perms }}\n    steps:\n      - run: make\n',
    jobs: { a: 'skip:unreadable-grant' },
  },
  {
    name: 'a disabled job (if: false) is dead code and does not hold the top back',
    text: 'on: push\npermissions: write-all\njobs:\n  off:\n    if: false\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./local\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
    fixed: 'on: push\npermissions: {}\njobs:\n  off:\n    if: false\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./local\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
    jobs: { a: 'keep' },
  },
  {
    name: 'not a workflow YAML GitHub accepts: skipped with the reason',
    text: 'on: push\njobs: [\n',
    fixed: 'unchanged',
    says: ['not fixed: invalid YAML'],
  },
];

function plan(row: Pick<Row, 'text' | 'others'>, text = row.text): FilePlan {
  const files = [{ path: WF, text }, ...Object.entries(row.others ?? {}).map(([p, t]) => ({ path: p, text: t }))];
  return planFixes(files).find((p) => p.path === WF)!;
}

function said(p: FilePlan): string {
  return [p.why ?? '', p.workflow?.why ?? '', ...p.jobs.flatMap((j) => [j.why ?? '', ...j.notes])].join('\n');
}

describe('fix: edits', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const p = plan(row);
    if (row.fixed === 'unchanged') {
      expect(p.status).not.toBe('changed');
      expect(p.fixed).toBe(row.text);
      expect(p.edits).toEqual([]);
    } else {
      expect(p.fixed).toBe(row.fixed);
      expect(p.status).toBe('changed');
    }
    if (row.jobs) {
      expect(Object.fromEntries(p.jobs.map((j) => [j.id, j.action === 'skip' ? `skip:${j.skipKind}` : j.action]))).toEqual(row.jobs);
    }
    for (const s of row.says ?? []) expect(said(p)).toContain(s);
    // Running it again on its own output plans nothing.
    const again = plan(row, p.fixed);
    expect(again.edits).toEqual([]);
    expect(again.fixed).toBe(p.fixed);
  });

  it('untouched lines keep their bytes: every original line outside the edits is in the result, in order', () => {
    for (const row of rows.filter((r) => r.fixed !== 'unchanged')) {
      const p = plan(row);
      let kept = '';
      let at = 0;
      for (const e of p.edits) {
        kept += row.text.slice(at, e.start);
        at = e.end;
      }
      kept += row.text.slice(at);
      // The result minus the inserted text is exactly the original minus the replaced lines.
      let fromFixed = '';
      let shift = 0;
      at = 0;
      for (const e of p.edits) {
        fromFixed += p.fixed.slice(at, e.start + shift);
        at = e.start + shift + e.text.length;
        shift += e.text.length - (e.end - e.start);
      }
      fromFixed += p.fixed.slice(at);
      expect(fromFixed).toBe(kept);
    }
  });
});

describe('fix: the unified diff', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tw-fix-diff-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(rows.filter((r) => r.fixed !== 'unchanged').map((r) => [r.name, r] as const))('applies with patch -p1: %s', (_name, row) => {
    const p = plan(row);
    const diff = renderDiff([p]);
    expect(diff.startsWith(`--- a/${WF}\n+++ b/${WF}\n@@ -`)).toBe(true);
    const work = mkdtempSync(path.join(dir, 'case-'));
    mkdirSync(path.join(work, '.github', 'workflows'), { recursive: true });
    writeFileSync(path.join(work, WF), row.text);
    execFileSync('patch', ['-p1', '--quiet', '--binary'], { cwd: work, input: diff });
    expect(readFileSync(path.join(work, WF), 'utf8')).toBe(p.fixed);
  });

  it('nothing to change, no diff', () => {
    expect(renderDiff([plan({ text: 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: make\n' })])).toBe('');
  });
});
