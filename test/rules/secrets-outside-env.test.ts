import path from 'node:path';
import { secretsOutsideEnv } from '../../src/rules/secrets-outside-env.js';
import { runScan } from '../../src/pipeline.js';
import { runRuleTests } from '../rule-tester.js';
import { PROJECT_ROOT } from '../helpers.js';

const job = (body: string, on = 'push', extra = ''): string =>
  `on: ${on}\npermissions: {}\n${extra}jobs:\n  deploy:\n    runs-on: ubuntu-latest\n${body}`;
const step = (env: string): string => `    steps:\n      - run: ./deploy.sh\n        env:\n${env}`;

runRuleTests(secretsOutsideEnv, {
  valid: [
    { name: 'a job with an environment', code: job(`    environment: production\n${step('          KEY: ${{ secrets.DEPLOY_KEY }}\n')}`) },
    { name: 'an environment as a mapping', code: job(`    environment:\n      name: production\n      url: https://example.com\n${step('          KEY: ${{ secrets.DEPLOY_KEY }}\n')}`) },
    { name: 'an environment chosen by an expression', code: job(`    environment: \${{ inputs.target }}\n${step('          KEY: ${{ secrets.DEPLOY_KEY }}\n')}`) },
    { name: 'the GITHUB_TOKEN is not a secret here', code: job(step('          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n')) },
    { name: 'the GITHUB_TOKEN in any spelling', code: job(step("          A: ${{ secrets.github_token }}\n          B: ${{ secrets['GitHub_Token'] }}\n")) },
    { name: 'github.token', code: job(step('          GH_TOKEN: ${{ github.token }}\n')) },
    { name: 'identifiers kept as secrets grant nothing alone', code: job(step('          CLIENT: ${{ secrets.AZURE_CLIENT_ID }}\n          TENANT: ${{ secrets.AZURE_TENANT_ID }}\n')) },
    {
      name: 'a job calling a reusable workflow cannot declare an environment',
      code: 'on: push\njobs:\n  call:\n    uses: ./.github/workflows/deploy.yml\n    secrets:\n      key: ${{ secrets.DEPLOY_KEY }}\n',
    },
    { name: 'no secret at all', code: job('    steps:\n      - run: echo hi\n') },
    { name: 'service tokens (coverage, chat) deploy nothing', code: job(step('          CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}\n          HOOK: ${{ secrets.SLACK_WEBHOOK_URL }}\n')) },
    {
      name: 'a token the registry scopes to environments is secret-outside-scope\'s',
      code: job(step('          KEY: ${{ secrets.DEPLOY_KEY }}\n')),
      environmentScopedSecrets: ['DEPLOY_KEY'],
    },
    {
      name: 'a workflow-level env secret when every job has an environment',
      code: job(`    environment: production\n    steps:\n      - run: ./deploy.sh\n`, 'push', 'env:\n  KEY: ${{ secrets.DEPLOY_KEY }}\n'),
    },
    { name: 'a composite action has no jobs to guard', file: 'action.yml', code: "name: x\ndescription: x\nruns:\n  using: composite\n  steps:\n    - run: echo \"${{ secrets.X }}\"\n      shell: bash\n" },
  ],
  invalid: [
    {
      name: 'a secret in a job without an environment: info',
      code: job(step('          KEY: ${{ secrets.DEPLOY_KEY }}\n')),
      expected: [{ line: 9, severity: 'info', message: /^Job "deploy" uses secret DEPLOY_KEY without an `environment:`.*any workflow run on any branch$/ }],
    },
    {
      name: 'every secret of a job in one finding, at the first',
      code: job(step("          A: ${{ secrets.NOT_SO_SECRET }}\n          B: ${{ secrets.not_so_secret }}\n          C: ${{ secrets['ALSO_SECRET'] }}\n")),
      expected: [{ line: 9, message: /secrets NOT_SO_SECRET, ALSO_SECRET without/ }],
    },
    {
      name: 'one finding per job',
      code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ secrets.A_KEY }}" | tool login\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ secrets.B_KEY }}" | tool login\n',
      expected: [
        { line: 6, message: /Job "a" uses secret A_KEY/ },
        { line: 10, message: /Job "b" uses secret B_KEY/ },
      ],
    },
    {
      name: 'an empty environment is none',
      code: job(`    environment:\n${step('          KEY: ${{ secrets.DEPLOY_KEY }}\n')}`),
      expected: [{ line: 10 }],
    },
    {
      name: 'info whoever can start the workflow (other rules judge what outsiders reach)',
      code: job(step('          KEY: ${{ secrets.DEPLOY_KEY }}\n'), 'pull_request_target'),
      expected: [{ line: 9, severity: 'info' }],
    },
    {
      name: 'a workflow-level env secret reaching a job without an environment: once, at the workflow',
      code: job('    steps:\n      - run: ./deploy.sh\n', 'push', 'env:\n  KEY: ${{ secrets.DEPLOY_KEY }}\n'),
      expected: [{ line: 4, message: /^The workflow-level `env:` gives job "deploy" secret DEPLOY_KEY/ }],
    },
    {
      name: 'only the registry-scoped token is left out',
      code: job(step('          KEY: ${{ secrets.DEPLOY_KEY }}\n          NPM: ${{ secrets.NPM_TOKEN }}\n')),
      environmentScopedSecrets: ['DEPLOY_KEY'],
      expected: [{ line: 10, message: /secret NPM_TOKEN without/ }],
    },
  ],
});

describe('secrets-outside-env beside the token registry', () => {
  it('a token the registry scopes to environments is reported once, by secret-outside-scope', async () => {
    const root = path.join(PROJECT_ROOT, 'test', 'fixtures', 'registry', 'secret-outside-scope');
    const { report } = await runScan({ paths: [root], cwd: root, root });
    const at = (id: string, file: string) => report.findings.filter((f) => f.ruleId === id && f.location.file === file).map((f) => f.location.startLine);
    // DEPLOY_TOKEN (environments: [production]) in the workflow-level env and in job "no-env": the registry rule only
    expect(at('secret-outside-scope', '.github/workflows/deploy-prod.yml')).toEqual([4, 23, 28]);
    expect(at('secrets-outside-env', '.github/workflows/deploy-prod.yml')).toEqual([]);
    // without the registry, the same uses are this rule's (info)
    const { report: bare } = await runScan({ paths: [root], cwd: root, root, registryChecks: false });
    const plain = bare.findings.filter((f) => f.ruleId === 'secrets-outside-env' && f.location.file === '.github/workflows/deploy-prod.yml');
    expect(plain.map((f) => [f.location.startLine, f.severity])).toEqual([
      [4, 'info'],
      [28, 'info'],
    ]);
  });
});
