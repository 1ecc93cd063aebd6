import { templateInjection } from '../../src/rules/template-injection.js';
import { runRuleTests } from '../rule-tester.js';
import { yaml } from '../helpers.js';

/**
 * A workflow with one job `a`: `on` is the trigger, `perms` the workflow-level block (default: no scope at all, so the
 * token holds nothing and only secrets or the trigger can raise a finding), `jobExtra` lines under the job.
 */
const wf = (steps: string, on = 'issues', perms = 'permissions: {}\n', jobExtra = ''): string =>
  `on: ${on}\n${perms}jobs:\n  a:\n    runs-on: ubuntu-latest\n${jobExtra}    steps:\n${steps}`;
const run = (script: string) => `      - run: ${script}\n`;

runRuleTests(templateInjection, {
  valid: [
    { name: 'the value through env, read as a variable', code: wf('      - run: echo "$TITLE"\n        env:\n          TITLE: ${{ github.event.issue.title }}\n') },
    { name: 'github-script reading the payload', code: wf('      - uses: actions/github-script@v7\n        with:\n          script: console.log(context.payload.issue.title)\n') },
    { name: 'a number is not free text', code: wf(run('echo "${{ github.event.issue.number }}"'), 'issue_comment') },
    { name: 'parenthesised compound in context position: a number (zizmor #1903)', code: wf(run('echo "${{ (github.event.pull_request || github.event.issue).number }}"'), 'issue_comment') },
    { name: 'a login is not free text (zizmor #1638)', code: wf(run('echo "${{ github.triggering_actor }}"')) },
    { name: 'shas, server URL, job and fork flag', code: wf(run('echo "${{ github.event.pull_request.head.sha }} ${{ github.server_url }} ${{ github.job }} ${{ github.event.pull_request.head.repo.fork }}"'), 'pull_request') },
    { name: 'a comparison yields a boolean', code: wf(run("echo \"${{ github.event.issue.title == 'x' }}\"")) },
    { name: 'contains() yields a boolean', code: wf(run("echo \"${{ contains(github.event.issue.body, '/deploy') }}\"")) },
    { name: 'a value the trigger never sets (issue title on push)', code: wf(run('echo "${{ github.event.issue.title }}"'), 'push') },
    { name: 'the PR title on workflow_dispatch is not set by anyone', code: wf(run('echo "${{ github.event.pull_request.title }}"'), 'workflow_dispatch') },
    { name: 'an env var holding a literal (zizmor #418)', code: wf('      - uses: actions/github-script@v7\n        with:\n          script: console.log("${{ env.COMMENT_ID }}")\n', 'issue_comment', 'permissions: {}\n', '    env:\n      COMMENT_ID: "1234"\n') },
    { name: 'a step outcome is a fixed word (zizmor #2197)', code: wf(run('echo "${{ steps.fake.outcome }}"'), 'issue_comment') },
    { name: 'an expression in with: of an ordinary action is not a script', code: wf('      - uses: some/action@v1\n        with:\n          title: ${{ github.event.issue.title }}\n') },
    { name: 'in the step name, not the script', code: wf('      - name: ${{ github.event.issue.title }}\n        run: echo hi\n') },
  ],
  invalid: [
    {
      name: 'issue title into github-script, no token scope, no secret: medium (zizmor fixture)',
      code: wf('      - uses: actions/github-script@v7\n        with:\n          script: |\n            return "doing a thing: ${{ github.event.issue.title }}"\n'),
      expected: [{ line: 10, severity: 'medium', message: /github\.event\.issue\.title.*the issue title.*script:.*process\.env\.ISSUE_TITLE/ }],
    },
    {
      name: 'issue title into run: with a write token: high, and the fix shows the env form',
      code: wf(run('echo "${{ github.event.issue.title }}"'), 'issues', 'permissions:\n  issues: write\n'),
      expected: [{ line: 8, severity: 'high', message: /`issues: write`.*env: \{ ISSUE_TITLE: \$\{\{ github\.event\.issue\.title \}\} \}.*"\$ISSUE_TITLE"/ }],
    },
    {
      name: 'comment body with a secret in the job: high',
      code: wf('      - run: |\n          echo "${{ github.event.comment.body }}"\n          ./deploy.sh\n        env:\n          KEY: ${{ secrets.DEPLOY_KEY }}\n', 'issue_comment'),
      expected: [{ line: 8, severity: 'high', message: /its secrets \(DEPLOY_KEY\)/ }],
    },
    {
      name: 'a secret used in another step of the job still counts (the runner holds every secret of the job)',
      code: wf('      - run: echo "${{ github.event.issue.body }}"\n      - uses: some/action@v1\n        with:\n          token: ${{ secrets.BOT_PAT }}\n'),
      expected: [{ line: 7, severity: 'high', message: /BOT_PAT/ }],
    },
    {
      name: 'repository default permissions (possibly write-all) on an outsider trigger: high',
      code: wf(run('echo "${{ github.event.discussion.title }}"'), 'discussion', ''),
      expected: [{ line: 6, severity: 'high', message: /possibly write-all/ }],
    },
    {
      name: 'pull_request from a fork: read-only token, no secrets: medium even with a write block',
      code: wf(run('echo "${{ github.head_ref }}"'), 'pull_request', 'permissions:\n  contents: write\n'),
      expected: [{ line: 8, severity: 'medium', message: /from a fork/ }],
    },
    {
      name: 'pull_request_target head ref with a write token: high',
      code: wf(run('git checkout -b "${{ github.event.pull_request.head.ref }}"'), 'pull_request_target', 'permissions:\n  contents: write\n'),
      expected: [{ line: 8, severity: 'high', message: /HEAD_REF/ }],
    },
    {
      name: 'workflow_run head branch: high with a secret',
      code: wf('      - run: |\n          echo "${{ github.event.workflow_run.head_branch }}"\n        env:\n          T: ${{ secrets.API_TOKEN }}\n', 'workflow_run', ''),
      expected: [{ line: 7, severity: 'high' }],
    },
    {
      name: 'a commit message on push needs a merge: medium even with a write token',
      code: wf(run('echo "${{ github.event.head_commit.message }}"'), 'push', 'permissions:\n  contents: write\n'),
      expected: [{ line: 8, severity: 'medium', message: /commit merged/ }],
    },
    {
      name: 'commits.*.message through join()',
      code: wf(run("echo \"${{ join(github.event.commits.*.message, ' ') }}\""), 'push'),
      expected: [{ line: 7, severity: 'medium' }],
    },
    {
      name: 'toJSON(github.event) carries every field',
      code: wf(run("echo '${{ toJSON(github.event) }}' | jq .")),
      expected: [{ line: 7, severity: 'medium', message: /github\.event`, which holds/ }],
    },
    {
      name: 'through an env var expanded with ${{ env.X }}: the fix reads the variable',
      code: wf('      - run: echo "${{ env.TITLE }}"\n        env:\n          TITLE: ${{ github.event.issue.title }}\n'),
      expected: [{ line: 7, severity: 'medium', message: /env TITLE.*"\$TITLE" in place of/ }],
    },
    {
      name: 'a workflow-level env var expanded into the script',
      code: `on: issue_comment\npermissions: {}\nenv:\n  BODY: \${{ github.event.comment.body }}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "\${{ env.BODY }}"\n`,
      expected: [{ line: 9, severity: 'medium' }],
    },
    {
      name: 'one finding per step, other lines as related locations',
      code: wf('      - run: |\n          echo "${{ github.event.issue.title }}"\n          echo "${{ github.event.issue.body }}"\n'),
      expected: [{ line: 8, severity: 'medium', message: /issue\.title.*issue\.body.*are expanded/ }],
    },
    {
      name: 'pwsh shell: the fix reads $env:NAME',
      code: wf('      - shell: pwsh\n        run: Write-Host "${{ github.event.issue.title }}"\n'),
      expected: [{ line: 8, message: /\$env:ISSUE_TITLE/ }],
    },
    {
      name: 'behind a strong gate (author association) one step lower',
      code: wf(run('echo "${{ github.event.comment.body }}"'), 'issue_comment', 'permissions:\n  contents: write\n', "    if: github.event.comment.author_association == 'MEMBER'\n"),
      expected: [{ line: 9, severity: 'medium', message: /lowered/ }],
    },
    {
      name: 'a reusable workflow: the caller decides who sets the value: medium',
      code: wf(run('echo "${{ github.event.pull_request.title }}"'), 'workflow_call', 'permissions:\n  contents: write\n'),
      expected: [{ line: 8, severity: 'medium', message: /caller's event/ }],
    },
    {
      name: 'a composite action: the caller decides',
      file: 'action.yml',
      code: yaml`
        name: x
        description: x
        runs:
          using: composite
          steps:
            - shell: bash
              run: echo "\${{ github.event.issue.title }}"
      `,
      expected: [{ line: 7, severity: 'medium' }],
    },
  ],
});
