import { permissions } from '../../src/rules/permissions.js';
import { runRuleTests } from '../rule-tester.js';
import { yaml } from '../helpers.js';

runRuleTests(permissions, {
  valid: [
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
      name: 'read-only workflow map and job-level writes',
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
      name: 'no permissions anywhere: one workflow-level and one per-job finding',
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
      expected: [
        { line: 1, severity: 'medium', message: /2 job\(s\) \(a, b\)/ },
        { line: 3, severity: 'medium', message: /Job "a"/ },
        { line: 6, severity: 'medium', message: /Job "b"/ },
      ],
    },
    {
      name: 'default permissions on a privileged trigger are high',
      code: yaml`
        on: [pull_request_target]
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: [{ run: echo }]
      `,
      expected: [
        { line: 1, severity: 'high', message: /privileged trigger \(pull_request_target\)/ },
        { line: 3, severity: 'high' },
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
      expected: [{ line: 7, severity: 'medium', message: /calls a reusable workflow/ }],
    },
  ],
});
