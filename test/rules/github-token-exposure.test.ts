import { githubTokenExposure } from '../../src/rules/github-token-exposure.js';
import { runRuleTests } from '../rule-tester.js';

const wf = (steps: string, env = ''): string =>
  `on: push\npermissions: {}\n${env}jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
const SHA = '0123456789abcdef0123456789abcdef01234567';

runRuleTests(githubTokenExposure, {
  valid: [
    { name: 'token to a first-party action', code: wf('      - uses: actions/github-script@v7\n        with:\n          github-token: ${{ secrets.GITHUB_TOKEN }}\n') },
    { name: 'token to a SHA-pinned third-party action', code: wf(`      - uses: peter-evans/create-pull-request@${SHA}\n        with:\n          token: \${{ github.token }}\n`) },
    { name: 'token to a local action', code: wf('      - uses: ./.github/actions/release\n        with:\n          token: ${{ github.token }}\n') },
    { name: 'a different secret to an unpinned action', code: wf('      - uses: some/action@v1\n        with:\n          token: ${{ secrets.NPM_TOKEN }}\n') },
    { name: 'token in env, used by gh', code: wf('      - run: gh pr list\n        env:\n          GH_TOKEN: ${{ github.token }}\n') },
    { name: 'token piped to a login command', code: wf('      - run: echo "$GH_TOKEN" | gh auth login --with-token\n        env:\n          GH_TOKEN: ${{ github.token }}\n') },
    { name: 'token as an auth header', code: wf('      - run: \'curl -H "Authorization: Bearer $TOKEN" https://api.github.com/user\'\n        env:\n          TOKEN: ${{ secrets.GITHUB_TOKEN }}\n') },
    { name: 'token as an argument inside $( ) whose output goes to GITHUB_OUTPUT', code: wf('      - run: echo "n=$(node count.js --token ${{ secrets.GITHUB_TOKEN }})" >> "$GITHUB_OUTPUT"\n') },
    { name: 'a templated uses: is not a third-party action', code: wf('      - uses: $/.github/actions/helper\n        with:\n          token: ${{ github.token }}\n') },
    { name: 'echo of an unrelated variable', code: wf('      - run: echo "$VERSION"\n        env:\n          VERSION: 1.0\n') },
  ],
  invalid: [
    {
      name: 'token to an unpinned third-party action',
      code: wf('      - uses: peter-evans/create-pull-request@v6\n        with:\n          token: ${{ secrets.GITHUB_TOKEN }}\n'),
      expected: [{ line: 9, severity: 'high', message: /peter-evans\/create-pull-request@v6.*not pinned/ }],
    },
    {
      name: 'token via step env to an unpinned third-party action',
      code: wf('      - uses: some/action@main\n        env:\n          GITHUB_TOKEN: ${{ github.token }}\n'),
      expected: [{ line: 9, severity: 'high' }],
    },
    {
      name: 'written to GITHUB_ENV from an env var',
      code: wf('      - run: |\n          echo "TOKEN=$GH_TOKEN" >> "$GITHUB_ENV"\n        env:\n          GH_TOKEN: ${{ github.token }}\n'),
      expected: [{ line: 8, severity: 'high', message: /\$GITHUB_ENV/ }],
    },
    {
      name: 'inline expression written to GITHUB_OUTPUT',
      code: wf('      - run: echo "token=${{ secrets.GITHUB_TOKEN }}" >> $GITHUB_OUTPUT\n'),
      expected: [{ line: 7, message: /\$GITHUB_OUTPUT/ }],
    },
    {
      name: 'echoed from a workflow-level env var',
      code: wf('      - run: echo "token is ${TOKEN}"\n', 'env:\n  TOKEN: ${{ github.token }}\n'),
      expected: [{ line: 9, message: /prints the token/ }],
    },
    {
      name: 'embedded in a clone URL',
      code: wf('      - run: |\n          git clone https://x-access-token:${{ github.token }}@github.com/org/repo.git\n'),
      expected: [{ line: 8, message: /URL/ }],
    },
    {
      name: 'embedded in a push URL from env',
      code: wf('      - run: git push https://$GITHUB_TOKEN@github.com/org/repo.git HEAD\n        env:\n          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n'),
      expected: [{ line: 7, message: /URL/ }],
    },
    {
      name: 'written to the step summary',
      code: wf('      - run: echo "${{ github.token }}" >> $GITHUB_STEP_SUMMARY\n'),
      expected: [{ line: 7, message: /GITHUB_STEP_SUMMARY/ }],
    },
  ],
});
