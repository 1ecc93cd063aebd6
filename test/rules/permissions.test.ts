import { permissions } from '../../src/rules/permissions.js';
import { runRuleTests } from '../rule-tester.js';
import { yaml } from '../helpers.js';

/** A pull_request job commenting through the issues API, granted `grant` (lines of its `permissions:`). */
function commentingJob(grant: string): string {
  return [
    'on: pull_request',
    'permissions: {}',
    'jobs:',
    '  comment:',
    '    runs-on: ubuntu-latest',
    '    permissions:',
    `      ${grant}`,
    '    steps:',
    '      - uses: actions/github-script@v7',
    '        with:',
    '          script: |',
    "            await github.rest.issues.createComment({ ...context.repo, issue_number: context.issue.number, body: 'hi' })",
    '',
  ].join('\n');
}

runRuleTests(permissions, {
  valid: [
    {
      name: 'commenting through the issues API with pull-requests: write: met (the number may be a pull request, and then that is the scope GitHub checks)',
      code: commentingJob('pull-requests: write'),
    },
    { name: 'the same with issues: write', code: commentingJob('issues: write') },
    { name: 'both granted: neither is reported as unneeded (the number may name either)', code: commentingJob('issues: write\n      pull-requests: write') },
    {
      name: 'a job GitHub never runs (if: false) is dead code: nothing is reported on it',
      code: yaml`
        on: push
        permissions: {}
        jobs:
          off:
            if: \${{ false && github.event_name == 'push' }}
            runs-on: ubuntu-latest
            permissions: write-all
            steps: [{ run: echo }]
      `,
    },
    {
      name: 'empty workflow permissions, jobs inherit nothing',
      code: yaml`
        on: push
        permissions: {}
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
    },
    {
      name: 'null workflow permissions grant nothing',
      code: yaml`
        on: push
        permissions:
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
    },
    {
      name: 'read-only workflow map and job-level writes that the job needs',
      code: yaml`
        on: push
        permissions:
          contents: read
        jobs:
          release:
            runs-on: ubuntu-latest
            permissions:
              contents: write
              id-token: write
            steps:
              - uses: aws-actions/configure-aws-credentials@v4
                with:
                  role-to-assume: arn:aws:iam::123456789012:role/release
                  aws-region: us-east-1
              - uses: softprops/action-gh-release@v2
          test:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
    },
    {
      name: 'single job: a workflow-level write the job needs is the job grant',
      code: yaml`
        on: push
        permissions:
          contents: write
        jobs:
          release:
            runs-on: ubuntu-latest
            steps:
              - uses: softprops/action-gh-release@v2
      `,
    },
    {
      name: 'every inheriting job needs the workflow-level write',
      code: yaml`
        on: pull_request
        permissions:
          contents: read
          pull-requests: write
        jobs:
          label:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/labeler@v5
          label-again:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/labeler@v5
      `,
    },
    {
      name: 'workflow_call-only: a workflow-level write only narrows what the caller grants',
      code: yaml`
        on: workflow_call
        permissions:
          contents: write
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
    },
    {
      name: 'every job declares its own permissions',
      code: yaml`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            permissions: { contents: read }
            steps: [{ run: echo }]
          b:
            runs-on: ubuntu-latest
            permissions: {}
            steps: [{ run: echo }]
      `,
    },
    {
      name: 'workflow_call-only: the caller sets the token',
      code: yaml`
        on:
          workflow_call:
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
    },
    {
      name: 'reusable call under workflow-level permissions',
      code: yaml`
        on: push
        permissions:
          contents: read
        jobs:
          call:
            uses: org/repo/.github/workflows/x.yml@v1
      `,
    },
    {
      name: 'valid levels of restricted scopes',
      code: yaml`
        on: push
        permissions:
          id-token: none
          models: read
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
    },
  ],
  invalid: [
    {
      name: "an unneeded workflow-level write reaching only a job behind a strong gate: graded as contributors start it (no 'anyone can start')",
      code: yaml`
        on: pull_request_target
        permissions:
          issues: write
        jobs:
          a:
            if: github.event.pull_request.head.repo.full_name == github.repository
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
      expected: [{ line: 3, severity: 'medium', message: /^`issues: write` is granted to the workflow's only job \("a"\), which does not need it: it is the default every job inherits, including jobs added later$/ }],
    },
    {
      name: 'the same without the gate: anyone can start it',
      code: yaml`
        on: pull_request_target
        permissions:
          issues: write
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
      expected: [{ line: 3, severity: 'high', message: /anyone can start this workflow \(pull_request_target\)$/ }],
    },
    {
      name: 'commenting through the issues API with neither scope: the grant falls short, and the message says either scope would do',
      code: commentingJob('contents: read'),
      expected: [{ line: 12, severity: 'medium', message: /needs `issues: write` \(`github\.rest\.issues\.createComment` needs issues: write \(pull-requests: write when the number is a pull request\)\)/ }],
    },
    {
      // Premise changed (issue 8): one root cause, one finding — the jobs that inherit the default are related locations.
      name: 'no permissions anywhere: one finding for the workflow, the jobs as related locations',
      code: yaml`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
          b:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
      expected: [{ line: 1, severity: 'medium', message: /2 jobs \(a, b\) run with the repository's default/ }],
    },
    {
      name: 'default permissions on a trigger anyone can start: high when the job runs code an outsider can influence',
      code: yaml`
        on: [pull_request_target]
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: someone/action@v1
      `,
      expected: [{ line: 1, severity: 'high', message: /anyone can start this workflow \(pull_request_target\), and job "a" runs someone\/action@v1/ }],
    },
    {
      name: 'event text expanded in a script also reaches the default token',
      code: yaml`
        on: issues
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo "\${{ github.event.issue.title }}"
      `,
      expected: [{ line: 1, severity: 'high', message: /expands text an outsider writes/ }],
    },
    {
      name: 'default permissions on a trigger anyone can start, nothing an outsider controls runs: medium',
      code: yaml`
        on: [pull_request_target]
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
      expected: [{ line: 1, severity: 'medium', message: /no step is seen running code an outsider controls/ }],
    },
    {
      name: 'an action missing from the knowledge base may read github.token by default: its job is not judged above low',
      code: yaml`
        on: push
        permissions:
          issues: write
        jobs:
          migrate:
            runs-on: ubuntu-latest
            steps:
              - uses: someone/migrate-issue@v2
      `,
      expected: [{ line: 3, severity: 'low', message: /cannot be read from this file \(someone\/migrate-issue is not in the knowledge base/ }],
    },
    {
      name: 'a workflow-level block that reaches no job has no effect (info); unneeded job-level writes are low',
      code: yaml`
        on: push
        permissions:
          contents: read
        jobs:
          release:
            runs-on: ubuntu-latest
            permissions:
              contents: write
              id-token: write
            steps: [{ run: echo }]
      `,
      expected: [
        { line: 2, severity: 'info', message: /reaches no job/ },
        { line: 8, severity: 'low', message: /none of its steps needs it/ },
        { line: 9, severity: 'low', message: /id-token: write/ },
      ],
    },
    {
      name: 'some jobs need the workflow-level write, others do not: one level lower, move it',
      code: yaml`
        on: push
        permissions:
          contents: write
        jobs:
          release:
            runs-on: ubuntu-latest
            steps:
              - uses: softprops/action-gh-release@v2
          test:
            runs-on: ubuntu-latest
            steps: [{ run: make test }]
      `,
      expected: [{ line: 3, severity: 'medium', message: /also reaches job "test".*grant it only in job "release" \(softprops\/action-gh-release/ }],
    },
    {
      name: 'single job that does not need the write: never "move it to the jobs that need it"',
      code: yaml`
        on: push
        permissions:
          contents: write
        jobs:
          only:
            runs-on: ubuntu-latest
            steps: [{ run: echo hi }]
      `,
      expected: [{ line: 3, severity: 'high', message: /the workflow's only job \("only"\), which does not need it/ }],
    },
    {
      name: 'who can start it moves the grade: schedule lowers, issue_comment raises (capped at high)',
      code: yaml`
        on: schedule
        permissions:
          contents: write
          checks: write
        jobs:
          only:
            runs-on: ubuntu-latest
            steps: [{ run: echo hi }]
      `,
      expected: [
        { line: 3, severity: 'medium', message: /only maintainers start this workflow/ },
        { line: 4, severity: 'low' },
      ],
    },
    {
      name: 'outsiders raise a workflow-level write',
      code: yaml`
        on: issue_comment
        permissions:
          checks: write
        jobs:
          only:
            runs-on: ubuntu-latest
            steps: [{ run: echo hi }]
      `,
      expected: [{ line: 3, severity: 'high', message: /anyone can start this workflow \(issue_comment\)/ }],
    },
    {
      name: 'a job whose needs cannot be read is never graded above low',
      code: yaml`
        on: push
        permissions:
          contents: write
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: ./.github/actions/build
      `,
      expected: [{ line: 3, severity: 'low', message: /cannot be read from this file/ }],
    },
    {
      name: 'a need the explicit grant withholds: the step will fail',
      code: yaml`
        on: pull_request_target
        permissions: {}
        jobs:
          label:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/labeler@v5
      `,
      expected: [
        { line: 7, severity: 'high', message: /needs `pull-requests: write` \(actions\/labeler: .*\) but the workflow's `permissions:` grants `pull-requests: none`: the step will fail/ },
        { line: 7, severity: 'low', message: /needs `contents: read`.*may fail/ },
      ],
    },
    {
      name: 'write-all at workflow level',
      code: yaml`
        on: push
        permissions: write-all
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
      expected: [{ line: 2, severity: 'high', message: /write-all/ }],
    },
    {
      name: 'read-all and write-all at job level',
      code: yaml`
        on: push
        permissions: {}
        jobs:
          a:
            runs-on: ubuntu-latest
            permissions: read-all
            steps: [{ run: echo }]
          b:
            runs-on: ubuntu-latest
            permissions: write-all
            steps: [{ run: echo }]
      `,
      expected: [
        { line: 6, severity: 'medium', message: /read-all/ },
        { line: 10, severity: 'high', message: /write-all/ },
      ],
    },
    {
      name: 'workflow-level write scopes are graded',
      code: yaml`
        on: push
        permissions:
          contents: write
          checks: write
          statuses: write
          pull-requests: read
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
      expected: [
        { line: 3, severity: 'high', message: /contents: write/ },
        { line: 4, severity: 'medium', message: /checks: write/ },
        { line: 5, severity: 'low', message: /statuses: write/ },
      ],
    },
    {
      name: 'unknown scope and invalid level, with a suggestion',
      code: yaml`
        on: push
        permissions:
          content: read
          issues: admin
          id-token: read
        jobs:
          a:
            runs-on: ubuntu-latest
            permissions:
              pull-request: write
            steps: [{ run: echo }]
      `,
      expected: [
        { line: 3, severity: 'medium', message: /Unknown permission scope "content" \(did you mean "contents"\?\)/ },
        { line: 4, severity: 'medium', message: /Invalid level "admin"/ },
        { line: 5, severity: 'medium', message: /Invalid level "read" for permission "id-token": expected write, none/ },
        { line: 10, severity: 'medium', message: /"pull-request" \(did you mean "pull-requests"\?\)/ },
      ],
    },
    {
      name: 'invalid shorthand',
      code: yaml`
        on: push
        permissions: read
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
      expected: [{ line: 2, severity: 'medium', message: /Invalid permissions value "read"/ }],
    },
    {
      name: 'reusable workflow call without permissions, even in a workflow_call-only workflow',
      code: yaml`
        on:
          workflow_call:
        jobs:
          plain:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
          call:
            uses: org/repo/.github/workflows/x.yml@v1
      `,
      expected: [{ line: 7, severity: 'medium', message: /calls a reusable workflow without `permissions:`: it hands on every permission/ }],
    },
  ],
});
