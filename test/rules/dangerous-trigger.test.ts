import { dangerousTrigger } from '../../src/rules/dangerous-trigger.js';
import { runRuleTests } from '../rule-tester.js';
import { yaml } from '../helpers.js';

runRuleTests(dangerousTrigger, {
  valid: [
    {
      name: 'pull_request is not privileged',
      code: yaml`
        on: pull_request
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
      `,
    },
    {
      name: 'pull_request_target whose only step is actions/labeler',
      code: yaml`
        on:
          pull_request_target:
        permissions: {}
        jobs:
          label:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/labeler@v5
      `,
    },
    {
      name: 'issue_comment without a pull-request checkout',
      code: yaml`
        on: issue_comment
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
      `,
    },
  ],
  invalid: [
    {
      name: 'pull_request_target alone is medium',
      code: yaml`
        on:
          pull_request_target:
            types: [opened]
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo hi
      `,
      expected: [{ line: 2, severity: 'medium' }],
    },
    {
      name: 'workflow_run in a list',
      code: yaml`
        on: [push, workflow_run]
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo hi
      `,
      expected: [{ line: 1, severity: 'medium', message: /workflow_run/ }],
    },
    {
      name: 'pull_request_target checking out the head sha is critical',
      code: yaml`
        on: pull_request_target
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
              - run: npm test
      `,
      expected: [
        { line: 1, severity: 'medium' },
        { line: 8, severity: 'critical', message: /pull_request_target workflow checks out pull-request code/ },
      ],
    },
    {
      // Premise changed (issue 8): a checkout that nothing runs is high, not critical.
      name: 'workflow_run checking out head_sha, nothing run after it, is high',
      code: yaml`
        on:
          workflow_run:
            workflows: [CI]
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.workflow_run.head_sha }}
      `,
      expected: [
        { line: 2, severity: 'medium' },
        { line: 10, severity: 'high', message: /no later step is seen running it/ },
      ],
    },
    {
      name: 'issue_comment running gh pr checkout',
      code: yaml`
        on: issue_comment
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  gh pr checkout \${{ github.event.issue.number }}
                  make test
      `,
      expected: [{ line: 7, severity: 'critical', message: /run:/ }],
    },
    {
      name: 'checkout of refs/pull/N/merge and of the fork repository; the second one is built',
      code: yaml`
        on: pull_request_target
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  repository: \${{ github.event.pull_request.head.repo.full_name }}
              - uses: actions/checkout@v4
                with:
                  ref: refs/pull/\${{ github.event.number }}/merge
              - run: make
      `,
      expected: [
        { line: 1, severity: 'medium' },
        { line: 8, severity: 'critical' },
        { line: 11, severity: 'critical', message: /runs it \(`make`\)/ },
      ],
    },
    {
      name: 'labeler plus a second step is no longer exempt',
      code: yaml`
        on: pull_request_target
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/labeler@v5
              - run: echo
      `,
      expected: [{ line: 1, severity: 'medium' }],
    },
      {
      name: 'a local action after the checkout runs the pull request code',
      code: yaml`
        on: pull_request_target
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
              - uses: ./.github/actions/build
      `,
      expected: [
        { line: 1, severity: 'medium' },
        { line: 8, severity: 'critical', message: /local action/ },
      ],
    },
    {
      name: 'forks excluded by the job condition: medium',
      code: yaml`
        on: pull_request_target
        jobs:
          a:
            if: github.event.pull_request.head.repo.full_name == github.repository
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
              - run: npm ci && npm test
      `,
      expected: [
        { line: 1, severity: 'medium' },
        { line: 9, severity: 'medium', message: /forks are excluded/ },
      ],
    },
    {
      name: 'author association gate: medium',
      code: yaml`
        on: issue_comment
        jobs:
          a:
            if: contains(fromJSON('["OWNER","MEMBER"]'), github.event.comment.author_association)
            runs-on: ubuntu-latest
            steps:
              - run: |
                  gh pr checkout \${{ github.event.issue.number }}
                  make test
      `,
      expected: [{ line: 8, severity: 'medium', message: /association/ }],
    },
    {
      name: 'a label gate lowers critical to high',
      code: yaml`
        on: pull_request_target
        jobs:
          a:
            if: contains(github.event.pull_request.labels.*.name, 'safe to test')
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
              - run: ./build.sh
      `,
      expected: [
        { line: 1, severity: 'medium' },
        { line: 9, severity: 'high', message: /label/ },
      ],
    },
    {
      name: 'a bot-actor condition is no gate (it can be spoofed)',
      code: yaml`
        on: pull_request_target
        jobs:
          a:
            if: github.actor == 'dependabot[bot]'
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
              - run: yarn install
      `,
      expected: [
        { line: 1, severity: 'medium' },
        { line: 9, severity: 'critical' },
      ],
    },
    {
      name: 'only an echo after the checkout: high',
      code: yaml`
        on: pull_request_target
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
              - run: echo "checked out"
      `,
      expected: [
        { line: 1, severity: 'medium' },
        { line: 8, severity: 'high' },
      ],
    },
    {
      name: 'checkout into a sub-directory that nothing runs from: high (the make runs the base tree)',
      code: yaml`
        on: pull_request_target
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
                  path: pr
              - run: |
                  GITHUB_TOKEN=x ARGS="-folder=pr" make generate
                  git -C pr diff --exit-code -- ./docs
      `,
      expected: [
        { line: 1, severity: 'medium' },
        { line: 9, severity: 'high' },
      ],
    },
    {
      name: 'checkout into a sub-directory that a later step enters: critical',
      code: yaml`
        on: pull_request_target
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
                  path: pr
              - run: cd pr && npm install
      `,
      expected: [
        { line: 1, severity: 'medium' },
        { line: 8, severity: 'critical' },
      ],
    },
    {
      name: 'a path argument is not a command; a same-repository literal excludes forks',
      code: yaml`
        on: pull_request_target
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
              - run: git diff --exit-code $BASE $HEAD -- ./_release-content/notes
          b:
            if: github.event.pull_request.head.repo.full_name == 'octo/repo'
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
              - run: make
      `,
      expected: [
        { line: 1, severity: 'medium' },
        { line: 8, severity: 'high' },
        { line: 16, severity: 'medium' },
      ],
    },
  ],
});
