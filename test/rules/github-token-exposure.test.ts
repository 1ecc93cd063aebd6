import { githubTokenExposure } from '../../src/rules/github-token-exposure.js';
import { runRuleTests } from '../rule-tester.js';
import { yaml } from '../helpers.js';

/**
 * A workflow with one job `a`. `perms` is the workflow-level block: the default here is a job token that can write
 * (`contents: write`), the case these checks were written for; `permissions: {}` (no scope) grades a leak down, and
 * no block at all is the repository default (possibly write-all).
 */
const wf = (steps: string, env = '', perms = 'permissions:\n  contents: write\n', on = 'push'): string =>
  `on: ${on}\n${perms}${env}jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
const SHA = '0123456789abcdef0123456789abcdef01234567';

runRuleTests(githubTokenExposure, {
  valid: [
    { name: 'token to a first-party action', code: wf('      - uses: actions/github-script@v7\n        with:\n          github-token: ${{ secrets.GITHUB_TOKEN }}\n') },
    { name: 'token to a SHA-pinned third-party action', code: wf(`      - uses: peter-evans/create-pull-request@${SHA}\n        with:\n          token: \${{ github.token }}\n`) },
    { name: 'token to a local action', code: wf('      - uses: ./.github/actions/release\n        with:\n          token: ${{ github.token }}\n') },
    {
      name: "token to an action of the repository's own owner (first-party when the owner is known)",
      code: wf('      - uses: octo-org/shared-actions/release@v2\n        with:\n          token: ${{ github.token }}\n'),
      repositoryOwner: 'octo-org',
    },
    { name: 'a different secret to an unpinned action (secret-exposure judges it)', code: wf('      - uses: some/action@v1\n        with:\n          token: ${{ secrets.NPM_TOKEN }}\n') },
    { name: 'a test of the token, not the token', code: wf("      - uses: some/action@v1\n        with:\n          has-token: ${{ github.token != '' }}\n") },
    { name: 'token in env, used by gh', code: wf('      - run: gh pr list\n        env:\n          GH_TOKEN: ${{ github.token }}\n') },
    { name: 'token piped to a login command', code: wf('      - run: echo "$GH_TOKEN" | gh auth login --with-token\n        env:\n          GH_TOKEN: ${{ github.token }}\n') },
    { name: 'token as an auth header', code: wf('      - run: \'curl -H "Authorization: Bearer $TOKEN" https://api.github.com/user\'\n        env:\n          TOKEN: ${{ secrets.GITHUB_TOKEN }}\n') },
    { name: 'token as an argument inside $( ) whose output goes to GITHUB_OUTPUT', code: wf('      - run: echo "n=$(node count.js --token ${{ secrets.GITHUB_TOKEN }})" >> "$GITHUB_OUTPUT"\n') },
    { name: 'token as an argument of a command whose output goes to GITHUB_OUTPUT', code: wf('      - run: \'gh api /user --header "x: $T" > "$GITHUB_OUTPUT"\'\n        env:\n          T: ${{ github.token }}\n') },
    { name: 'a templated uses: is not a third-party action', code: wf('      - uses: $/.github/actions/helper\n        with:\n          token: ${{ github.token }}\n') },
    { name: 'echo of an unrelated variable', code: wf('      - run: echo "$VERSION"\n        env:\n          VERSION: 1.0\n') },
    { name: 'a step env redefines the variable', code: wf('      - run: echo "$T" >> $GITHUB_ENV\n        env:\n          T: plain\n', 'env:\n  T: ${{ github.token }}\n') },
    { name: 'a webhook URL built from another secret', code: wf('      - run: curl -X POST "https://hooks.example.com/services/${{ secrets.HOOK }}"\n') },
    { name: 'toJSON(github.event) holds no token', code: wf('      - run: echo "$EVENT"\n        env:\n          EVENT: ${{ toJSON(github.event) }}\n') },
    { name: 'toJSON(github) handed to a first-party action', code: wf('      - uses: actions/github-script@v7\n        env:\n          CTX: ${{ toJSON(github) }}\n        with:\n          script: console.log(process.env.CTX)\n') },
  ],
  invalid: [
    {
      name: 'token to an unpinned third-party action, job token can write: high',
      code: wf('      - uses: peter-evans/create-pull-request@v6\n        with:\n          token: ${{ secrets.GITHUB_TOKEN }}\n'),
      expected: [{ line: 10, severity: 'high', message: /peter-evans\/create-pull-request@v6.*not pinned.*`contents: write` from the workflow's/ }],
    },
    {
      name: 'token via step env to an unpinned third-party action',
      code: wf('      - uses: some/action@main\n        env:\n          GITHUB_TOKEN: ${{ github.token }}\n'),
      expected: [{ line: 10, severity: 'high' }],
    },
    {
      name: 'repository default permissions: high, and the message says it may be write-all',
      code: wf('      - uses: some/action@v1\n        with:\n          token: ${{ github.token }}\n', '', ''),
      expected: [{ line: 8, severity: 'high', message: /default token permissions.*possibly write-all/ }],
    },
    {
      name: 'a token that can write only checks, to an unpinned action: medium (graded by its most valuable scope)',
      code: wf('      - uses: some/reporter@v1\n        with:\n          token: ${{ github.token }}\n', '', 'permissions:\n  checks: write\n'),
      expected: [{ line: 10, severity: 'medium', message: /`checks: write`/ }],
    },
    {
      name: 'a read-only token to an unpinned action: low',
      code: wf('      - uses: some/action@v1\n        with:\n          token: ${{ github.token }}\n', '', 'permissions:\n  contents: read\n'),
      expected: [{ line: 10, severity: 'low', message: /no write scope/ }],
    },
    {
      // Premise changed (precision round 2): for a token handed to an unpinned action the attacker is whoever moves
      // the action's ref, so who can start the workflow does not raise it.
      name: 'a read-only token to an unpinned action stays low even when anyone can start the workflow',
      code: wf('      - uses: some/action@v1\n        with:\n          token: ${{ github.token }}\n', '', 'permissions:\n  contents: read\n', 'issue_comment'),
      expected: [{ line: 10, severity: 'low' }],
    },
    {
      name: "the job's own block decides, not the workflow's",
      code: yaml`
        on: push
        permissions:
          contents: write
        jobs:
          a:
            runs-on: ubuntu-latest
            permissions:
              pull-requests: read
            steps:
              - uses: some/action@v1
                with:
                  token: \${{ github.token }}
      `,
      expected: [{ line: 12, severity: 'low' }],
    },
    {
      name: 'without the repository owner, an owner-named action is third-party',
      code: wf('      - uses: octo-org/shared-actions/release@v2\n        with:\n          token: ${{ github.token }}\n'),
      expected: [{ line: 10, severity: 'high' }],
    },
    {
      name: 'toJSON(github) handed to an unpinned third-party action carries the token',
      code: wf('      - uses: some/action@v1\n        with:\n          context: ${{ toJSON(github) }}\n'),
      expected: [{ line: 10, severity: 'high', message: /toJSON\(github\).*not pinned/ }],
    },
    {
      name: 'written to GITHUB_ENV from an env var: high with a write token',
      code: wf('      - run: |\n          echo "TOKEN=$GH_TOKEN" >> "$GITHUB_ENV"\n        env:\n          GH_TOKEN: ${{ github.token }}\n'),
      expected: [{ line: 9, severity: 'high', message: /\$GITHUB_ENV/ }],
    },
    {
      name: 'written to GITHUB_ENV with the repository default: medium',
      code: wf('      - run: echo "TOKEN=${{ github.token }}" >> "$GITHUB_ENV"\n', '', ''),
      expected: [{ line: 6, severity: 'medium' }],
    },
    {
      name: 'written to GITHUB_ENV in a maintainer-only workflow: one level lower',
      code: wf('      - run: echo "TOKEN=${{ github.token }}" >> "$GITHUB_ENV"\n', '', 'permissions:\n  contents: write\n', 'workflow_dispatch'),
      expected: [{ line: 8, severity: 'medium', message: /only maintainers start this workflow/ }],
    },
    {
      name: 'written to GITHUB_ENV with tee',
      code: wf('      - run: echo "TOKEN=$T" | tee -a "$GITHUB_ENV"\n        env:\n          T: ${{ github.token }}\n'),
      expected: [{ line: 8, severity: 'high' }],
    },
    {
      name: 'PowerShell Add-Content to GITHUB_ENV',
      code: wf('      - shell: pwsh\n        run: Add-Content -Path $env:GITHUB_ENV -Value "T=$env:T"\n        env:\n          T: ${{ github.token }}\n'),
      expected: [{ line: 9, message: /\$GITHUB_ENV/ }],
    },
    {
      name: 'inline expression written to GITHUB_OUTPUT',
      code: wf('      - run: echo "token=${{ secrets.GITHUB_TOKEN }}" >> $GITHUB_OUTPUT\n'),
      expected: [{ line: 8, severity: 'high', message: /\$GITHUB_OUTPUT/ }],
    },
    {
      name: 'the deprecated ::set-output command',
      code: wf('      - run: echo "::set-output name=token::${{ github.token }}"\n'),
      expected: [{ line: 8, message: /\$GITHUB_OUTPUT/ }],
    },
    {
      name: 'echoed from a workflow-level env var: low (the log masks it)',
      code: wf('      - run: echo "token is ${TOKEN}"\n', 'env:\n  TOKEN: ${{ github.token }}\n'),
      expected: [{ line: 10, severity: 'low', message: /prints the token/ }],
    },
    {
      name: 'embedded in a clone URL: git stores it',
      code: wf('      - run: |\n          git clone https://x-access-token:${{ github.token }}@github.com/org/repo.git\n'),
      expected: [{ line: 9, severity: 'high', message: /URL that git stores/ }],
    },
    {
      name: 'embedded in an insteadOf rewrite',
      code: wf('      - run: git config --global url."https://x-access-token:${T}@github.com/".insteadOf "https://github.com/"\n        env:\n          T: ${{ github.token }}\n'),
      expected: [{ line: 8, severity: 'high', message: /URL that git stores/ }],
    },
    {
      name: 'embedded in a push URL from env: on the command line only',
      code: wf('      - run: git push https://$GITHUB_TOKEN@github.com/org/repo.git HEAD\n        env:\n          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n'),
      expected: [{ line: 8, severity: 'medium', message: /URL on a command line/ }],
    },
    {
      name: 'written to the step summary: low (masked)',
      code: wf('      - run: echo "${{ github.token }}" >> $GITHUB_STEP_SUMMARY\n'),
      expected: [{ line: 8, severity: 'low', message: /GITHUB_STEP_SUMMARY/ }],
    },
    {
      name: 'toJSON(github) in a step env: medium with the default token',
      code: wf('      - run: echo "$GITHUB_CONTEXT"\n        env:\n          GITHUB_CONTEXT: ${{ toJson(github) }}\n', '', ''),
      expected: [{ line: 8, severity: 'medium', message: /toJSON\(github\).*step `env:` \(GITHUB_CONTEXT\)/ }],
    },
    {
      name: 'toJSON(github) in a job env with a write token: high',
      code: yaml`
        on: push
        permissions:
          contents: write
        jobs:
          a:
            runs-on: ubuntu-latest
            env:
              CTX: \${{ toJSON(github) }}
            steps:
              - run: make
      `,
      expected: [{ line: 8, severity: 'high', message: /job "a" `env:`/ }],
    },
    {
      name: 'toJSON(github) in the workflow env: graded by the most powerful job',
      code: yaml`
        on: push
        env:
          CTX: \${{ toJSON(github) }}
        jobs:
          a:
            runs-on: ubuntu-latest
            permissions: {}
            steps:
              - run: make
          b:
            runs-on: ubuntu-latest
            permissions:
              issues: write
            steps:
              - run: make
      `,
      expected: [{ line: 3, severity: 'high', message: /workflow-level `env:`/ }],
    },
    {
      name: 'toJSON(github) inline in a script, read-only token: low',
      code: wf("      - run: echo '${{ toJSON(github) }}' > ctx.json\n", '', 'permissions:\n  contents: read\n'),
      expected: [{ line: 8, severity: 'low', message: /into the script/ }],
    },
    {
      name: 'in a composite action the calling job decides: graded as unknown',
      file: 'action.yml',
      code: yaml`
        name: x
        description: y
        runs:
          using: composite
          steps:
            - uses: some/action@v1
              with:
                token: \${{ github.token }}
            - run: echo "T=\${{ github.token }}" >> "$GITHUB_ENV"
              shell: bash
      `,
      expected: [
        { line: 8, severity: 'high', message: /calling job's token permissions/ },
        { line: 9, severity: 'medium' },
      ],
    },
  ],
});
