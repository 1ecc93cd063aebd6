import { githubApp } from '../../src/rules/github-app.js';
import { runRuleTests } from '../rule-tester.js';

/** One job minting an App token: `inputs` are the `with:` lines (indented 10), `on` the trigger. */
const wf = (inputs: string, on = 'push', action = 'actions/create-github-app-token@v2'): string =>
  `on: ${on}\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ${action}\n        with:\n          client-id: \${{ vars.APP_CLIENT_ID }}\n          private-key: \${{ secrets.APP_KEY }}\n${inputs}`;
// Lines: 7 uses, 8 with, 9 client-id, 10 private-key, 11 first of `inputs`.

runRuleTests(githubApp, {
  valid: [
    { name: 'explicit permissions, current repository', code: wf('          permission-contents: write\n') },
    { name: 'owner with an explicit repository list', code: wf('          owner: octo-org\n          repositories: docs\n          permission-issues: write\n') },
    { name: 'owner without repositories, organisation permissions only (zizmor #2219)', code: wf('          owner: ${{ github.repository_owner }}\n          permission-members: read\n') },
    { name: 'owner without repositories, several organisation-level permissions', code: wf('          owner: octo-org\n          permission-organization-administration: read\n          permission-members: write\n') },
    { name: 'skip-token-revoke: false', code: wf('          skip-token-revoke: false\n          permission-contents: read\n') },
    { name: 'tibdex with permissions and repositories', code: wf(`          permissions: '{"contents": "read"}'\n          repositories: '["octo-org/docs"]'\n`, 'push', 'tibdex/github-app-token@v2') },
    { name: 'another action with similar inputs', code: wf('          owner: octo-org\n', 'push', 'some-org/create-github-app-token@v1') },
  ],
  invalid: [
    {
      name: 'no permission-* input, anyone can comment: high',
      code: wf('', 'issue_comment'),
      expected: [{ line: 7, severity: 'high', message: /anyone can start this workflow \(issue_comment\)/ }],
    },
    {
      name: "no permission-* input, comments, but an earlier step checks the commenter's permission and stops the job: medium",
      code: wf('', 'issue_comment').replace(
        '    steps:\n',
        [
          '    steps:',
          '      - uses: actions/github-script@v7',
          '        with:',
          '          script: |',
          '            const { data } = await github.rest.repos.getCollaboratorPermissionLevel({ ...context.repo, username: context.actor })',
          "            if (!data.user.permissions.triage) throw new Error('not allowed')",
          '',
        ].join('\n'),
      ),
      expected: [{ line: 12, severity: 'medium', message: /without any `permission-\*` input(?!.*anyone can start)/ }],
    },
    {
      name: 'no permission-* input: every permission of the App, medium as a job on the default token (zizmor fixture)',
      code: wf(''),
      expected: [{ line: 7, severity: 'medium', message: /without any `permission-\*` input: the token gets every permission/ }],
    },
    {
      name: 'owner without repositories: every repository of the installation',
      code: wf('          owner: octo-org\n          permission-issues: write\n'),
      expected: [{ line: 11, severity: 'high', message: /every repository of the App's installation \(issues: write\)/ }],
    },
    {
      name: 'owner without repositories, read-only permissions: medium',
      code: wf('          owner: octo-org\n          permission-contents: read\n'),
      expected: [{ line: 11, severity: 'medium' }],
    },
    {
      name: 'owner without repositories and no permissions: every repository, with whatever the App holds: high',
      code: wf('          owner: octo-org\n'),
      expected: [
        { line: 7, severity: 'medium', message: /every permission/ },
        { line: 11, severity: 'high', message: /every repository/ },
      ],
    },
    {
      name: 'organisation and repository permissions mixed: still every repository',
      code: wf('          owner: octo-org\n          permission-members: write\n          permission-issues: write\n'),
      expected: [{ line: 11, severity: 'high' }],
    },
    {
      name: 'skip-token-revoke: true with a write permission: high',
      code: wf('          skip-token-revoke: true\n          permission-issues: write\n'),
      expected: [{ line: 11, severity: 'high', message: /valid after the job/ }],
    },
    {
      name: "skip-token-revoke: 'true' (a string) with read-only permissions: medium",
      code: wf("          skip-token-revoke: 'true'\n          permission-contents: read\n"),
      expected: [{ line: 11, severity: 'medium' }],
    },
    {
      name: 'skip-token-revoke from an expression: one level lower',
      code: wf("          skip-token-revoke: ${{ github.ref_name == 'main' }}\n          permission-issues: write\n"),
      expected: [{ line: 11, severity: 'medium', message: /set by an expression/ }],
    },
    {
      name: 'anyone can start the workflow: medium becomes high, and the message says why',
      code: wf('          owner: octo-org\n          permission-contents: read\n', 'issue_comment'),
      expected: [{ line: 11, severity: 'high', message: /anyone can start this workflow \(issue_comment\)/ }],
    },
    {
      name: 'only maintainers start it: one level lower',
      code: wf('', 'workflow_dispatch'),
      expected: [{ line: 7, severity: 'low', message: /only maintainers/ }],
    },
    {
      name: 'no permission-* input where anyone can start the workflow: high',
      code: wf('', 'issues'),
      expected: [{ line: 7, severity: 'high', message: /anyone can start this workflow \(issues\)/ }],
    },
    {
      name: 'tibdex without permissions and repositories, revoke: false',
      code: wf('          revoke: false\n', 'push', 'tibdex/github-app-token@v2'),
      expected: [
        { line: 7, severity: 'high', message: /no `repositories` input/ },
        { line: 7, severity: 'medium', message: /tibdex\/github-app-token without any `permissions` input/ },
        { line: 11, severity: 'high', message: /`revoke: false`/ },
      ],
    },
  ],
});
