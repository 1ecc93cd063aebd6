import { gateIn, jobExposure, permissionCheckBefore, shiftSeverity, triggerExposure } from '../../src/workflows/exposure.js';
import { isParseFailure, loadSource } from '../../src/workflows/source.js';
import { stepGroups, type StepRef } from '../../src/workflows/model.js';
import type { YMap } from '../../src/workflows/yaml.js';
import { parseYaml } from '../../src/workflows/parse.js';

const root = (on: string): YMap => parseYaml(`on: ${on}\njobs: {}\n`) as YMap;

describe('triggerExposure', () => {
  it.each([
    ['pull_request_target', 'outsider', ['pull_request_target']],
    ['[push, issue_comment]', 'outsider', ['issue_comment']],
    ['{ issues: { types: [opened] }, schedule: [{ cron: "0 0 * * *" }] }', 'outsider', ['issues']],
    ['[watch]', 'outsider', ['watch']],
    ['pull_request', 'contributor', ['pull_request']],
    ['[push, pull_request]', 'contributor', ['push', 'pull_request']],
    ['{ push: { branches: [main] } }', 'contributor', ['push']],
    ['{ push: { tags: ["v*"] } }', 'maintainer', ['push']],
    ['{ push: { tags: ["v*"], branches: [main] } }', 'contributor', ['push']],
    ['[schedule, workflow_dispatch]', 'maintainer', ['schedule', 'workflow_dispatch']],
    ['workflow_call', 'maintainer', ['workflow_call']],
    ['{ release: { types: [published] } }', 'maintainer', ['release']],
  ] as const)('on: %s → %s', (on, level, events) => {
    expect(triggerExposure(root(on))).toEqual({ level, events });
  });
});

describe('gateIn', () => {
  it.each([
    ['github.event.pull_request.head.repo.full_name == github.repository', 'strong'],
    ["github.event.pull_request.head.repo.full_name == 'octo/repo'", 'strong'],
    ['!github.event.pull_request.head.repo.fork', 'strong'],
    ['github.event.workflow_run.head_repository.full_name == github.repository', 'strong'],
    ["contains(fromJSON('[\"OWNER\",\"MEMBER\"]'), github.event.comment.author_association)", 'strong'],
    ["github.actor == 'octocat'", 'strong'],
    ["contains(fromJSON('[\"alice\",\"bob\"]'), github.actor)", 'strong'],
    ["contains(github.event.pull_request.labels.*.name, 'safe to test')", 'weak'],
    ["github.event.label.name == 'ok-to-test'", 'weak'],
  ] as const)('%s is a %s gate', (condition, strength) => {
    expect(gateIn(condition)?.strength).toBe(strength);
  });

  it.each([
    ["github.actor == 'dependabot[bot]'"],
    ["github.event.pull_request.user.login == 'renovate[bot]'"],
    ["github.repository == 'octo/repo'"], // always the base repository under pull_request_target
    ["github.event.comment.author_association != 'NONE'"],
    [undefined],
    [true],
  ])('%s is no gate', (condition) => {
    expect(gateIn(condition)).toBeUndefined();
  });
});

describe('jobExposure', () => {
  it('a strong gate on the job takes an outsider workflow down to contributor', () => {
    const r = parseYaml(
      "on: pull_request_target\njobs:\n  a:\n    if: github.event.pull_request.head.repo.full_name == github.repository\n    runs-on: x\n",
    ) as YMap;
    const job = (r.jobs as YMap).a as YMap;
    expect(jobExposure(r, job)).toMatchObject({ level: 'contributor', gate: { strength: 'strong' } });
  });
  it('a pull-request flag gates pull_request_target only: elsewhere `null == false` is true', () => {
    const wf = (on: string) => parseYaml(`on: ${on}\njobs:\n  a:\n    if: github.event.pull_request.head.repo.fork == false\n    runs-on: x\n`) as YMap;
    const prt = wf('pull_request_target');
    expect(jobExposure(prt, (prt.jobs as YMap).a as YMap)).toMatchObject({ level: 'contributor', gate: { pullRequestOnly: true } });
    const issues = wf('[issues, pull_request_target]');
    expect(jobExposure(issues, (issues.jobs as YMap).a as YMap)).toMatchObject({ level: 'outsider', events: ['issues', 'pull_request_target'] });
  });
  it('a weak gate keeps the level', () => {
    const r = parseYaml("on: pull_request_target\njobs:\n  a:\n    if: github.event.label.name == 'x'\n    runs-on: x\n") as YMap;
    expect(jobExposure(r, (r.jobs as YMap).a as YMap)).toMatchObject({ level: 'outsider', gate: { strength: 'weak' } });
  });
});

describe('shiftSeverity', () => {
  it.each([
    ['high', 1, 'critical'],
    ['critical', 1, 'critical'],
    ['info', -1, 'info'],
    ['medium', -1, 'low'],
  ] as const)('%s %d → %s', (s, by, out) => expect(shiftSeverity(s, by)).toBe(out));
  it('respects a ceiling', () => expect(shiftSeverity('high', 1, 'info', 'high')).toBe('high'));
});

describe('permissionCheckBefore (a step that checks the actor and stops the job)', () => {
  const CHECK_SCRIPT = [
    '      - uses: actions/github-script@v7',
    '        with:',
    '          script: |',
    '            const { data } = await github.rest.repos.getCollaboratorPermissionLevel({ ...context.repo, username: context.actor })',
    "            if (!['admin', 'write'].includes(data.permission)) throw new Error('not allowed')",
  ];
  const CHECK_GH = ['      - run: |', '          level=$(gh api "repos/$GITHUB_REPOSITORY/collaborators/$ACTOR/permission" --jq .permission)', '          [ "$level" = admin ] || exit 1'];
  const TARGET = ['      - run: echo target'];

  /** The job's steps, then the last one as the step judged. */
  function lastStep(lines: string[]): StepRef {
    const text = ['on: issue_comment', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', ...lines, ''].join('\n');
    const file = loadSource('w.yml', text);
    if (isParseFailure(file)) throw new Error(file.message);
    const steps = stepGroups(file)[0]!;
    return steps[steps.length - 1]!;
  }

  it.each<[string, string[], boolean]>([
    ['github-script asking the permission level and throwing', [...CHECK_SCRIPT, ...TARGET], true],
    ['gh api …/collaborators/USER/permission and exit 1', [...CHECK_GH, ...TARGET], true],
    ['core.setFailed instead of throw', [...CHECK_SCRIPT.slice(0, 4), "            if (data.permission !== 'admin') core.setFailed('no')", ...TARGET], true],
    ['the check only logs: nothing stops the job', [...CHECK_SCRIPT.slice(0, 4), '            console.log(data.permission)', ...TARGET], false],
    ['the check may be skipped (its own if:)', [...CHECK_SCRIPT.slice(0, 1), "        if: github.event_name == 'issue_comment'", ...CHECK_SCRIPT.slice(1), ...TARGET], false],
    ['the check may fail without stopping the job (continue-on-error)', [...CHECK_SCRIPT.slice(0, 1), '        continue-on-error: true', ...CHECK_SCRIPT.slice(1), ...TARGET], false],
    ['the judged step runs after a failure too (always())', [...CHECK_SCRIPT, '      - run: echo target', '        if: always()'], false],
    ['nothing before the judged step checks (it is the check itself)', [...TARGET, ...CHECK_SCRIPT], false],
    ['no check at all', ['      - run: echo hi', ...TARGET], false],
  ])('%s', (_name, lines, gated) => {
    expect(permissionCheckBefore(lastStep(lines)) !== undefined).toBe(gated);
  });
});
