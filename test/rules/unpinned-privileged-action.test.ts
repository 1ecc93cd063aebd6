import { unpinnedPrivilegedAction } from '../../src/rules/unpinned-privileged-action.js';
import { runRuleTests } from '../rule-tester.js';

/** One job `a` with the given job-level permissions block and steps. */
const job = (perms: string, steps: string, on = 'push', top = 'permissions: {}\n'): string =>
  `on: ${on}\n${top}jobs:\n  a:\n    runs-on: ubuntu-latest\n${perms}    steps:\n${steps}`;
const OIDC = '    permissions:\n      id-token: write\n      contents: read\n';
const WRITE = '    permissions:\n      contents: write\n';
const SHA = '0123456789abcdef0123456789abcdef01234567';

runRuleTests(unpinnedPrivilegedAction, {
  valid: [
    { name: 'id-token job, every third-party action pinned', code: job(OIDC, `      - uses: aws-actions/configure-aws-credentials@${SHA}\n      - uses: actions/checkout@v4\n`) },
    { name: 'id-token job, first-party actions at tags', code: job(OIDC, '      - uses: actions/checkout@v4\n      - uses: github/codeql-action/init@v3\n') },
    { name: 'id-token job, a local action', code: job(OIDC, '      - uses: ./.github/actions/deploy\n') },
    {
      name: "id-token job, the repository owner's own action",
      code: job(OIDC, '      - uses: octo-org/deploy@v1\n'),
      repositoryOwner: 'octo-org',
    },
    { name: 'unpinned action in a job without id-token and without write scopes', code: job('    permissions:\n      contents: read\n', '      - uses: actions/checkout@v4\n      - uses: some/action@v1\n') },
    { name: 'write scopes, but the checkout does not persist the token', code: job(WRITE, '      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - uses: some/action@v1\n') },
    { name: 'write scopes and a persisting checkout, but the action runs before it', code: job(WRITE, '      - uses: some/action@v1\n      - uses: actions/checkout@v4\n') },
    { name: 'a persist-credentials expression is not judged', code: job(WRITE, '      - uses: actions/checkout@v4\n        with:\n          persist-credentials: ${{ inputs.persist }}\n      - uses: some/action@v1\n') },
    {
      name: 'repository default permissions: the persisted grant is unknown and left to the permissions rule',
      code: job('', '      - uses: actions/checkout@v4\n      - uses: some/action@v1\n', 'push', ''),
    },
    { name: 'id-token: write is not a token write scope: a persisted token alone does not count', code: job('    permissions:\n      id-token: write\n', `      - uses: actions/checkout@v4\n      - uses: some/action@${SHA}\n`) },
    { name: 'a reusable workflow without id-token', code: 'on: push\npermissions: {}\njobs:\n  call:\n    uses: other/repo/.github/workflows/x.yml@v1\n' },
  ],
  invalid: [
    {
      name: 'the SLSA generator must be called by tag: low, with the reason',
      code: 'on: push\npermissions: {}\njobs:\n  provenance:\n    permissions:\n      id-token: write\n      contents: write\n      actions: read\n    uses: slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.1.0\n',
      expected: [{ line: 9, severity: 'low', message: /must be referenced by tag/ }],
    },
    {
      name: 'an unpinned third-party action in an id-token job: high',
      code: job(OIDC, '      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - uses: aws-actions/configure-aws-credentials@v4\n'),
      expected: [{ line: 13, severity: 'high', message: /aws-actions\/configure-aws-credentials@v4 is not pinned.*OIDC tokens.*`id-token: write`/ }],
    },
    {
      name: 'write-all includes id-token',
      code: job('    permissions: write-all\n', '      - uses: some/tool@main\n'),
      expected: [{ line: 8, severity: 'high', message: /OIDC/ }],
    },
    {
      name: 'id-token granted at the workflow level',
      code: job('', '      - uses: some/tool@v2\n', 'push', 'permissions:\n  id-token: write\n'),
      expected: [{ line: 8, severity: 'high' }],
    },
    {
      name: 'an unpinned docker image in an id-token job',
      code: job(OIDC, '      - uses: docker://ghcr.io/acme/tool:latest\n'),
      expected: [{ line: 10, severity: 'high' }],
    },
    {
      name: 'a reusable workflow (workflow_call only) asking for id-token: high, noting the caller',
      code: job(OIDC, '      - uses: some/tool@v2\n', 'workflow_call'),
      expected: [{ line: 10, severity: 'high', message: /if the caller grants it/ }],
    },
    {
      name: 'after a persisting checkout, in a job with contents: write: high',
      code: job(WRITE, '      - uses: actions/checkout@v4\n      - run: make\n      - uses: peaceiris/actions-gh-pages@v4\n'),
      expected: [{ line: 11, severity: 'high', message: /`contents: write`.*actions\/checkout left in .git\/config/ }],
    },
    {
      name: 'after a persisting checkout with only checks: write: medium',
      code: job('    permissions:\n      checks: write\n', '      - uses: actions/checkout@v4\n      - uses: some/reporter@v1\n'),
      expected: [{ line: 10, severity: 'medium' }],
    },
    {
      name: 'explicit persist-credentials: true counts',
      code: job(WRITE, '      - uses: actions/checkout@v4\n        with:\n          persist-credentials: true\n      - uses: some/action@v1\n'),
      expected: [{ line: 12, severity: 'high' }],
    },
    {
      name: 'both at once: one finding naming both',
      code: job('    permissions:\n      id-token: write\n      packages: write\n', '      - uses: actions/checkout@v4\n      - uses: docker/login-action@v3\n'),
      expected: [{ line: 11, severity: 'high', message: /OIDC tokens.*, and the job's token \(`packages: write`\)/ }],
    },
    {
      name: 'a third-party reusable workflow called at a tag with id-token: write',
      code: 'on: push\npermissions: {}\njobs:\n  provenance:\n    permissions:\n      id-token: write\n      contents: write\n    uses: some-org/reusable/.github/workflows/sign.yml@v2.0.0\n',
      expected: [{ line: 8, severity: 'high', message: /reusable workflow some-org/ }],
    },
    {
      // Premise changed (precision round 2): whoever moves the action's ref is the attacker, whoever starts the run.
      name: 'a checks-only persisted token stays medium when anyone can start the workflow',
      code: job('    permissions:\n      checks: write\n', '      - uses: actions/checkout@v4\n      - uses: some/reporter@v1\n', 'issue_comment'),
      expected: [{ line: 10, severity: 'medium' }],
    },
    {
      name: 'a persisted token that can only write pull requests is medium (it cannot ship code)',
      code: job('    permissions:\n      pull-requests: write\n', '      - uses: actions/checkout@v4\n      - uses: some/reporter@v1\n'),
      expected: [{ line: 10, severity: 'medium', message: /pull-requests: write/ }],
    },
    {
      name: 'a maintainer-only trigger does not lower it',
      code: job(OIDC, '      - uses: some/tool@v2\n', '{ push: { tags: ["v*"] } }'),
      expected: [{ line: 10, severity: 'high' }],
    },
  ],
});
