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
      name: 'workflow_run checking out head_sha',
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
        { line: 10, severity: 'critical' },
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
      name: 'checkout of refs/pull/N/merge and of the fork repository',
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
      `,
      expected: [
        { line: 1, severity: 'medium' },
        { line: 8, severity: 'critical' },
        { line: 11, severity: 'critical' },
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
  ],
});
