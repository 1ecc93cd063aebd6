import { secretExposure } from '../../src/rules/secret-exposure.js';
import { classifySecret } from '../../src/workflows/secret-kinds.js';
import { scriptSinks } from '../../src/workflows/script-sinks.js';
import { runRuleTests } from '../rule-tester.js';
import { yaml } from '../helpers.js';

const wf = (steps: string, on = 'push', env = ''): string =>
  `on: ${on}\npermissions: {}\n${env}jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
const SHA = '0123456789abcdef0123456789abcdef01234567';

runRuleTests(secretExposure, {
  valid: [
    { name: 'a secret to a SHA-pinned third-party action', code: wf(`      - uses: pypa/gh-action-pypi-publish@${SHA}\n        with:\n          password: \${{ secrets.PYPI_TOKEN }}\n`) },
    { name: 'a secret to a first-party action', code: wf('      - uses: actions/setup-node@v4\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n') },
    { name: 'a secret to a local action', code: wf('      - uses: ./.github/actions/deploy\n        with:\n          key: ${{ secrets.DEPLOY_KEY }}\n') },
    {
      name: "a secret to the repository owner's own action",
      code: wf('      - uses: octo-org/deploy-action@v2\n        with:\n          key: ${{ secrets.DEPLOY_KEY }}\n'),
      repositoryOwner: 'octo-org',
    },
    { name: 'identifiers kept as secrets are not credentials', code: wf('      - uses: azure/login@v2\n        with:\n          client-id: ${{ secrets.AZURE_CLIENT_ID }}\n          tenant-id: ${{ secrets.AZURE_TENANT_ID }}\n          subscription-id: ${{ secrets.AZURE_SUBSCRIPTION_ID }}\n') },
    { name: 'the GITHUB_TOKEN is judged by github-token-exposure', code: wf('      - uses: some/action@v1\n        with:\n          token: ${{ secrets.GITHUB_TOKEN }}\n') },
    { name: 'a test of a secret is not the secret', code: wf("      - run: echo \"HAS_KEY=${{ secrets.KEY != '' }}\" >> \"$GITHUB_ENV\"\n") },
    { name: 'a secret piped to a login command', code: wf('      - run: echo "$PASS" | docker login -u me --password-stdin\n        env:\n          PASS: ${{ secrets.DOCKER_PASSWORD }}\n') },
    { name: 'a secret written to a file', code: wf('      - run: echo "$KEY" > ~/.ssh/id_ed25519\n        env:\n          KEY: ${{ secrets.SSH_KEY }}\n') },
    { name: 'a secret as a header', code: wf('      - run: \'curl -H "Authorization: Bearer $API" https://api.example.com/x\'\n        env:\n          API: ${{ secrets.API_KEY }}\n') },
    { name: 'a masking command', code: wf('      - run: echo "::add-mask::$API"\n        env:\n          API: ${{ secrets.API_KEY }}\n') },
    { name: 'a webhook URL is the secret itself, used as such', code: wf('      - run: curl -X POST "${{ secrets.SLACK_WEBHOOK_URL }}" -d @msg.json\n') },
    { name: 'a here-document written to an ordinary file', code: wf('      - run: |\n          cat <<EOF > ~/.npmrc\n          //registry.npmjs.org/:_authToken=${{ secrets.NPM_TOKEN }}\n          EOF\n') },
    { name: 'secrets: inherit is secrets-inherit\'s business', code: 'on: push\njobs:\n  call:\n    uses: other/repo/.github/workflows/x.yml@v1\n    secrets: inherit\n' },
  ],
  invalid: [
    {
      name: 'a registry credential to an unpinned third-party action: high',
      code: wf('      - uses: katyo/publish-crates@v2\n        with:\n          registry-token: ${{ secrets.CARGO_TOKEN }}\n'),
      expected: [{ line: 9, severity: 'high', message: /CARGO_TOKEN \(a package-registry credential\).*katyo\/publish-crates@v2.*not pinned/ }],
    },
    {
      name: 'several secrets to one action: one finding, at the most valuable one',
      code: wf('      - uses: crazy-max/ghaction-import-gpg@v6\n        with:\n          passphrase: ${{ secrets.GPG_PASSPHRASE }}\n          gpg_private_key: ${{ secrets.GPG_PRIVATE_KEY }}\n'),
      expected: [{ line: 9, severity: 'high', message: /Secrets GPG_PASSPHRASE .*GPG_PRIVATE_KEY .* are handed/ }],
    },
    {
      name: 'a PAT through env to an unpinned action',
      code: wf('      - uses: mislav/bump-homebrew-formula-action@v3\n        env:\n          COMMITTER_TOKEN: ${{ secrets.HOMEBREW_PR_PAT }}\n'),
      expected: [{ line: 9, severity: 'high', message: /a GitHub token/ }],
    },
    {
      name: 'an unnamed secret under a `token` input is taken for a GitHub token',
      code: wf('      - uses: some/pr-action@v1\n        with:\n          token: ${{ secrets.BOT }}\n'),
      expected: [{ line: 9, severity: 'high', message: /a GitHub token/ }],
    },
    {
      name: 'a coverage-upload token to an unpinned action: medium',
      code: wf('      - uses: codecov/codecov-action@v5\n        with:\n          token: ${{ secrets.CODECOV_TOKEN }}\n'),
      expected: [{ line: 9, severity: 'medium', message: /a service token/ }],
    },
    {
      // Premise changed (precision round 2): a secret handed to an unpinned action is taken by whoever moves the
      // action's ref, whoever starts the run — who can start the workflow no longer moves supply-chain findings.
      name: 'a coverage token to an unpinned action stays medium even when anyone can start the workflow',
      code: wf('      - uses: codecov/codecov-action@v5\n        with:\n          token: ${{ secrets.CODECOV_TOKEN }}\n', 'pull_request_target'),
      expected: [{ line: 9, severity: 'medium' }],
    },
    {
      name: 'a maintainer-only workflow does not lower a supply-chain finding',
      code: wf('      - uses: katyo/publish-crates@v2\n        with:\n          registry-token: ${{ secrets.CARGO_TOKEN }}\n', 'workflow_dispatch'),
      expected: [{ line: 9, severity: 'high' }],
    },
    {
      name: 'an unpinned docker image given a secret',
      code: wf('      - uses: docker://ghcr.io/acme/tool:latest\n        env:\n          API_KEY: ${{ secrets.API_KEY }}\n'),
      expected: [{ line: 9, severity: 'medium', message: /docker:\/\/ghcr.io\/acme\/tool:latest/ }],
    },
    {
      name: 'a secret passed to an unpinned third-party reusable workflow',
      code: 'on: push\njobs:\n  call:\n    uses: other/repo/.github/workflows/deploy.yml@main\n    secrets:\n      deploy-key: ${{ secrets.DEPLOY_KEY }}\n',
      expected: [{ line: 6, severity: 'high', message: /reusable workflow other\/repo\/.github\/workflows\/deploy.yml@main/ }],
    },
    {
      name: 'a PAT in a clone URL: git stores it in .git/config (high)',
      code: wf('      - run: git clone https://${{ secrets.DOCS_PAT }}@github.com/org/docs.git\n'),
      expected: [{ line: 7, severity: 'high', message: /DOCS_PAT \(a GitHub token\) in a URL that git stores/ }],
    },
    {
      name: 'an insteadOf rewrite through an env var',
      code: wf('      - run: git config --global url."https://bot:${TOKEN}@github.com/".insteadOf "https://github.com/"\n        env:\n          TOKEN: ${{ secrets.ELEVATED_TOKEN }}\n'),
      expected: [{ line: 7, severity: 'high', message: /URL that git stores/ }],
    },
    {
      name: 'a clone URL on a continuation line',
      code: wf('      - run: |\n          git clone --depth 1 \\\n            https://${BOT}@github.com/org/data.git data\n        env:\n          BOT: ${{ secrets.BOT_PAT }}\n'),
      expected: [{ line: 9, severity: 'high' }],
    },
    {
      name: 'a push URL on the command line: medium',
      code: wf('      - run: git push "https://bot:${{ secrets.BOT_TOKEN }}@github.com/org/repo.git" HEAD\n'),
      expected: [{ line: 7, severity: 'medium', message: /URL on a command line/ }],
    },
    {
      name: 'a key in a URL query string: low',
      code: wf('      - run: curl "https://api.example.com/v1/items?key=${{ secrets.API_KEY }}"\n'),
      expected: [{ line: 7, severity: 'low', message: /query string/ }],
    },
    {
      name: 'written to GITHUB_ENV: medium',
      code: wf('      - run: echo "NPM_TOKEN=${{ secrets.NPM_TOKEN }}" >> "$GITHUB_ENV"\n'),
      expected: [{ line: 7, severity: 'medium', message: /NPM_TOKEN \(a package-registry credential\) to \$GITHUB_ENV/ }],
    },
    {
      name: 'written to GITHUB_ENV and a later step runs an unpinned third-party action: high',
      code: wf('      - run: echo "NPM_TOKEN=${{ secrets.NPM_TOKEN }}" >> "$GITHUB_ENV"\n      - uses: some/publish@v1\n'),
      expected: [{ line: 7, severity: 'high', message: /a later step runs some\/publish@v1/ }],
    },
    {
      name: 'written to GITHUB_ENV from a { … } group',
      code: wf('      - run: |\n          {\n            echo "AWS_SECRET_ACCESS_KEY=${KEY}"\n            echo "AWS_DEFAULT_REGION=auto"\n          } >> "${GITHUB_ENV}"\n        env:\n          KEY: ${{ secrets.R2_SECRET_ACCESS_KEY }}\n'),
      expected: [{ line: 9, severity: 'medium', message: /R2_SECRET_ACCESS_KEY.*\$GITHUB_ENV/ }],
    },
    {
      name: 'written to GITHUB_ENV through a here-document',
      code: wf('      - run: |\n          cat <<EOF >> "$GITHUB_ENV"\n          TOKEN=${{ secrets.API_TOKEN }}\n          EOF\n'),
      expected: [{ line: 9, severity: 'medium', message: /\$GITHUB_ENV/ }],
    },
    {
      name: 'written to GITHUB_ENV in a maintainer-only workflow: low',
      code: wf('      - run: echo "NPM_TOKEN=${{ secrets.NPM_TOKEN }}" >> "$GITHUB_ENV"\n', 'workflow_dispatch'),
      expected: [{ line: 7, severity: 'low', message: /only maintainers start this workflow \(workflow_dispatch\)/ }],
    },
    {
      name: 'a callable workflow is judged at its callers: no lowering',
      code: wf('      - run: echo "NPM_TOKEN=${{ secrets.NPM_TOKEN }}" >> "$GITHUB_ENV"\n', '[workflow_call, workflow_dispatch]'),
      expected: [{ line: 7, severity: 'medium' }],
    },
    {
      name: 'written to GITHUB_ENV under issue_comment: high',
      code: wf('      - run: echo "NPM_TOKEN=${{ secrets.NPM_TOKEN }}" >> "$GITHUB_ENV"\n', 'issue_comment'),
      expected: [{ line: 7, severity: 'high', message: /anyone can start this workflow \(issue_comment\)/ }],
    },
    {
      name: 'written to GITHUB_OUTPUT: medium',
      code: wf('      - id: t\n        run: echo "token=$T" >> $GITHUB_OUTPUT\n        env:\n          T: ${{ secrets.DEPLOY_TOKEN }}\n'),
      expected: [{ line: 8, severity: 'medium', message: /\$GITHUB_OUTPUT/ }],
    },
    {
      name: 'printed: low (masked in the log)',
      code: wf('      - run: echo "key is ${{ secrets.API_KEY }}"\n'),
      expected: [{ line: 7, severity: 'low', message: /prints secret API_KEY to the log/ }],
    },
    {
      name: 'a secret through a fallback expression is still the secret',
      code: wf("      - run: echo \"T=${{ secrets.PROD_TOKEN || secrets.DEV_TOKEN }}\" >> $GITHUB_ENV\n"),
      expected: [
        { line: 7, message: /PROD_TOKEN/ },
        { line: 7, message: /DEV_TOKEN/ },
      ],
    },
    {
      name: 'each sink line is its own finding',
      code: yaml`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  echo "A=\${{ secrets.ALPHA_KEY }}" >> "$GITHUB_ENV"
                  echo "B=\${{ secrets.BETA_KEY }}" >> "$GITHUB_ENV"
      `,
      expected: [
        { line: 7, message: /ALPHA_KEY/ },
        { line: 8, message: /BETA_KEY/ },
      ],
    },
  ],
});

describe('classifySecret', () => {
  it.each([
    ['AWS_SECRET_ACCESS_KEY', undefined, 'cloud'],
    ['AZURE_CREDENTIALS', undefined, 'cloud'],
    ['SSH_PRIVATE_KEY', undefined, 'cloud'],
    ['NPM_TOKEN', undefined, 'registry'],
    ['PYPI_API_TOKEN', undefined, 'registry'],
    ['DOCKERHUB_TOKEN', undefined, 'registry'],
    ['GPG_PRIVATE_KEY', undefined, 'signing'],
    ['GH_PAT', undefined, 'github'],
    ['RELEASE_PAT', undefined, 'github'],
    ['BOT_GITHUB_TOKEN', undefined, 'github'],
    ['APP_PRIVATE_KEY', undefined, 'github'],
    ['RELEASE_TOKEN', 'github-token', 'github'],
    ['CODECOV_TOKEN', 'token', 'service'],
    ['SLACK_WEBHOOK_URL', undefined, 'service'],
    ['AZURE_CLIENT_ID', undefined, 'identifier'],
    ['AWS_ACCESS_KEY_ID', undefined, 'identifier'],
    ['DOCKER_USERNAME', undefined, 'identifier'],
    ['SSH_KNOWN_HOSTS', undefined, 'identifier'],
    ['OPENAI_KEY', undefined, 'unknown'],
  ] as const)('%s (input %s) → %s', (name, receiver, kind) => {
    expect(classifySecret(name, receiver).kind).toBe(kind);
  });
});

describe('scriptSinks', () => {
  const tracked = { env: new Map([['T', ['T']]]), inline: () => [] };
  it.each([
    ['echo "x=$T" >> "$GITHUB_ENV"', 'env-file'],
    ['echo "x=${T}" >> $GITHUB_OUTPUT', 'output-file'],
    ['printf "%s" "$T" | tee -a "$GITHUB_ENV"', 'env-file'],
    ['"x=$env:T" >> $env:GITHUB_ENV', 'env-file'],
    ['echo %T%', 'print'],
    ['git remote set-url origin "https://x:${T}@github.com/o/r.git"', 'url-persisted'],
    ['echo "https://u:$T@github.com" > ~/.git-credentials', 'url-persisted'],
    ['curl https://u:$T@example.com/upload', 'url-userinfo'],
    ['wget "https://example.com/f?token=${T}"', 'url-query'],
    ['echo "::set-output name=t::$T"', 'output-file'],
  ] as const)('%s → %s', (script, kind) => {
    expect(scriptSinks(script, tracked).map((s) => s.kind)).toEqual([kind]);
  });

  it.each([
    ['echo "$T" | docker login --password-stdin'],
    ['echo "::add-mask::$T"'],
    ['echo "n=$(tool --token $T)" >> "$GITHUB_OUTPUT"'],
    ['TOKEN_X=$TX echo "$TX"'],
    ['echo "${T_OTHER}"'],
    ['curl -H "Authorization: $T" https://api.example.com > "$GITHUB_OUTPUT"'],
  ] as const)('%s → nothing', (script) => {
    expect(scriptSinks(script, tracked)).toEqual([]);
  });

  it('reports the physical line of a continued command', () => {
    expect(scriptSinks('git clone \\\n  https://$T@github.com/o/r.git', tracked)).toEqual([{ kind: 'url-persisted', line: 1, label: 'T' }]);
  });
});
