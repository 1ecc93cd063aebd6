import { botConditions } from '../../src/rules/bot-conditions.js';
import { conditionKeepsOutsidersOut, spoofableBotChecks } from '../../src/workflows/actor-conditions.js';
import { runRuleTests } from '../rule-tester.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
/** A job on `on`, with `jobIf` and a job-level `permissions` block, and the given steps. */
const wf = (opts: { on?: string; permissions?: string; jobIf?: string; steps: string }): string =>
  `on: ${opts.on ?? 'pull_request_target'}\n` +
  `jobs:\n  automerge:\n    runs-on: ubuntu-latest\n` +
  (opts.permissions === undefined ? '' : `    permissions: ${opts.permissions}\n`) +
  (opts.jobIf ? `    if: ${opts.jobIf}\n` : '') +
  `    steps:\n${opts.steps}`;
const MERGE = '      - run: gh pr merge --auto --squash "$PR"\n        env:\n          PR: ${{ github.event.pull_request.html_url }}\n          GH_TOKEN: ${{ github.token }}\n';
const ECHO = '      - run: echo hello\n';

runRuleTests(botConditions, {
  valid: [
    { name: 'the pull request author is the robust check', code: wf({ permissions: '{ contents: write }', jobIf: "github.event.pull_request.user.login == 'dependabot[bot]'", steps: MERGE }) },
    { name: 'a bot excluded is no trust', code: wf({ permissions: '{ contents: write }', jobIf: "github.actor != 'dependabot[bot]'", steps: MERGE }) },
    { name: 'a negated bot check', code: wf({ permissions: '{}', jobIf: "${{ !(github.actor == 'dependabot[bot]') }}", steps: ECHO }) },
    { name: 'a human actor is no bot', code: wf({ permissions: '{}', jobIf: "github.actor == 'notabot'", steps: ECHO }) },
    {
      name: 'ANDed with the pull request author: cannot be spoofed',
      code: wf({ permissions: '{ contents: write }', jobIf: "github.actor == 'dependabot[bot]' && github.event.pull_request.user.login == 'dependabot[bot]'", steps: MERGE }),
    },
    {
      name: 'ANDed with forks excluded',
      code: wf({ permissions: '{ contents: write }', jobIf: "github.actor == 'dependabot[bot]' && github.event.pull_request.head.repo.full_name == github.repository", steps: MERGE }),
    },
    { name: 'only pull_request_target and workflow_run are judged', code: wf({ on: 'pull_request', permissions: '{ contents: write }', jobIf: "github.actor == 'dependabot[bot]'", steps: MERGE }) },
    {
      name: "a step's bot check inside a job outsiders cannot reach",
      code: wf({ permissions: '{ contents: write }', jobIf: "github.event.pull_request.user.login == 'dependabot[bot]'", steps: `      - if: github.actor == 'dependabot[bot]'\n        run: gh pr merge --auto "$PR"\n` }),
    },
    { name: 'text around an expression is always true: no check', code: wf({ permissions: '{}', jobIf: "\"${{ github.actor == 'dependabot[bot]' }} \"", steps: ECHO }) },
    { name: 'a dead job', code: wf({ permissions: '{ contents: write }', jobIf: "false && github.actor == 'dependabot[bot]'", steps: MERGE }) },
  ],
  invalid: [
    {
      name: 'the zizmor shape: a bot check on a job that holds nothing: low',
      code: wf({ permissions: '{}', jobIf: "github.actor == 'dependabot[bot]'", steps: ECHO }),
      expected: [{ line: 6, severity: 'low', message: /trusts the actor to be dependabot\[bot\] \(`github.actor == 'dependabot\[bot\]'`\) to run job "automerge".*github\.event\.pull_request\.user\.login.*Nothing of value/ }],
    },
    {
      name: 'an auto-merge job with contents: write: high',
      code: wf({ permissions: '{ contents: write, pull-requests: write }', jobIf: "github.actor == 'dependabot[bot]'", steps: MERGE }),
      expected: [{ line: 6, severity: 'high', message: /At stake: the job's token can write `contents`, `pull-requests`/ }],
    },
    {
      name: 'pull-requests: write only: medium',
      code: wf({ permissions: '{ pull-requests: write }', jobIf: "github.actor == 'dependabot[bot]'", steps: '      - run: gh pr review --approve "$PR"\n' }),
      expected: [{ line: 6, severity: 'medium' }],
    },
    {
      name: 'the repository default, where the merge needs contents: write: high',
      code: wf({ jobIf: "github.actor == 'dependabot[bot]'", steps: MERGE }),
      expected: [{ line: 5, severity: 'high', message: /repository's default token, which must grant write to `contents`/ }],
    },
    {
      name: 'a step check, graded by the secrets of that step',
      code: wf({ permissions: '{}', steps: `      - if: \${{ github.triggering_actor == 'renovate[bot]' }}\n        run: ./publish.sh\n        env:\n          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n` }),
      expected: [{ line: 7, severity: 'high', message: /to run this step.*secret NPM_TOKEN \(a package-registry credential\)/ }],
    },
    {
      name: 'a bot check beside an || opens the condition',
      code: wf({ permissions: '{}', jobIf: "github.event.pull_request.user.login == 'octocat' || github.actor == 'dependabot[bot]'", steps: ECHO }),
      expected: [{ line: 6, severity: 'low' }],
    },
    {
      name: 'ANDed with a repository check: still spoofable',
      code: wf({ permissions: '{}', jobIf: "${{ github.actor == 'dependabot[bot]' && github.repository == 'example/example' }}", steps: ECHO }),
      expected: [{ line: 6 }],
    },
    {
      name: 'index syntax and another case',
      code: wf({ permissions: '{}', jobIf: "github['ACTOR'] == 'dependabot[bot]'", steps: ECHO }),
      expected: [{ line: 6, message: /`github\.actor == 'dependabot\[bot\]'`/ }],
    },
    {
      name: "Dependabot's account id",
      code: wf({ permissions: '{}', jobIf: 'github.actor_id == 49699333', steps: ECHO }),
      expected: [{ line: 6, message: /dependabot\[bot\] \(id 49699333\)/ }],
    },
    {
      name: 'an allow-list holding a bot',
      code: wf({ permissions: '{}', jobIf: `contains(fromJSON('["dependabot[bot]", "renovate[bot]"]'), github.actor)`, steps: ECHO }),
      expected: [{ line: 6, message: /dependabot\[bot\], renovate\[bot\]/ }],
    },
    {
      name: 'workflow_run: the run it follows can have a bot as actor too',
      code: wf({ on: 'workflow_run', permissions: '{ contents: write }', jobIf: "github.event.workflow_run.actor.login == 'dependabot[bot]'", steps: MERGE }),
      expected: [{ line: 6, severity: 'high', message: /head_repository\.full_name == github\.repository/ }],
    },
    {
      name: 'both the job and a step: two findings',
      code: wf({ permissions: '{}', jobIf: "github.actor == 'dependabot[bot]'", steps: `      - if: github.actor == 'dependabot[bot]'\n        run: echo hi\n` }),
      expected: [{ line: 6 }, { line: 8 }],
    },
    {
      name: 'dependabot/fetch-metadata verifies the author first: low',
      code: wf({
        permissions: '{ contents: write, pull-requests: write }',
        jobIf: "github.actor == 'dependabot[bot]'",
        steps: `      - id: meta\n        uses: dependabot/fetch-metadata@${SHA}\n${MERGE}`,
      }),
      expected: [{ line: 6, severity: 'low', message: /dependabot\/fetch-metadata@.* stops the job first/ }],
    },
    {
      name: 'fetch-metadata with skip-verification stops nothing',
      code: wf({
        permissions: '{ contents: write }',
        jobIf: "github.actor == 'dependabot[bot]'",
        steps: `      - uses: dependabot/fetch-metadata@v2\n        with:\n          skip-verification: true\n${MERGE}`,
      }),
      expected: [{ line: 6, severity: 'high' }],
    },
  ],
});

describe('spoofableBotChecks', () => {
  it.each([
    ["github.actor == 'dependabot[bot]'", 1],
    ["'dependabot[bot]' == GitHub.ACTOR", 1],
    ["github.actor == 'dependabot[bot]' || github.actor == 'renovate[bot]'", 2],
    ["(github.actor == 'dependabot[bot]') && always()", 1],
    ["github.event.sender.login == 'dependabot[bot]'", 1],
    ["endsWith(github.actor, '[bot]')", 1],
    ["startsWith(github.triggering_actor, 'dependabot')", 1],
    ["github.actor_id == '49699333'", 1],
    ["github.actor != 'dependabot[bot]'", 0],
    ["github.event.pull_request.user.login == 'dependabot[bot]'", 0],
    ["github.actor == 'dependabot[bot]' && contains(fromJSON('[\"OWNER\",\"MEMBER\"]'), github.event.pull_request.author_association)", 0],
    ["github.actor == 'dependabot[bot]' && (github.event.pull_request.head.repo.fork == false || github.event_name == 'push')", 1],
    ["github.event.workflow_run.head_repository.full_name != github.repository || github.actor == 'dependabot[bot]'", 0],
    ["github.event.pull_request.head.repo.fork == true || github.actor == 'dependabot[bot]'", 0],
    ["github.event.workflow_run.event == 'pull_request_review' && github.event.workflow_run.actor.login == 'coderabbitai[bot]'", 0],
    ["github.event.workflow_run.event == 'pull_request' && github.event.workflow_run.actor.login == 'dependabot[bot]'", 1],
    ['github.actor ==', 0],
    [true, 0],
  ] as const)('%s → %d', (condition, n) => {
    expect(spoofableBotChecks(condition)).toHaveLength(n);
  });

  it('keeps outsiders out: the author, forks excluded, association — not the actor', () => {
    expect(conditionKeepsOutsidersOut("github.event.pull_request.user.login == 'dependabot[bot]'")).toBe(true);
    expect(conditionKeepsOutsidersOut('${{ github.event.pull_request.head.repo.full_name == github.repository }}')).toBe(true);
    expect(conditionKeepsOutsidersOut("github.actor == 'dependabot[bot]'")).toBe(false);
  });
});
