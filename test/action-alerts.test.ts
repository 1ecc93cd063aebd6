/**
 * The bundled action's alerts, run the way GitHub runs it, against the GitHub API double and the Slack receiver:
 * issues opened once and not again, one Slack message per run with something new, nothing written for a fork's pull
 * request, and fail-on-new-only with a baseline file.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli.js';
import { PROJECT_ROOT } from './helpers.js';
import { runActionAsync } from './action-harness.js';
import { useGitHubDouble } from './double/jest.js';
import { SlackReceiver } from './double/slack.js';

const DEMO = path.join(PROJECT_ROOT, 'examples', 'demo-repo');
const gh = useGitHubDouble({ now: () => new Date('2026-12-01T00:00:00Z') });

const RUNNER = { GITHUB_REPOSITORY: 'example/demo', GITHUB_RUN_ID: '42', GITHUB_EVENT_NAME: 'schedule' };

describe('the action: issue alerts and Slack', () => {
  let slack: SlackReceiver;
  beforeEach(async () => {
    slack = await SlackReceiver.start();
  });
  afterEach(async () => {
    await slack.stop();
    slack.assertNoViolations();
  });

  it('opens one issue per critical finding and a digest; an unchanged re-run writes nothing and sends nothing', async () => {
    const { double } = gh;
    double.state.addRepo('example/demo');
    const token = double.state.addToken({ scopes: ['repo'] }).token;
    const inputs = {
      checks: 'workflows, registry',
      'fail-on': 'none',
      issues: 'true',
      'github-token': token,
      'api-url': double.url,
      'slack-webhook-url': slack.url,
      trend: 'false',
    };
    const first = await runActionAsync(DEMO, inputs, RUNNER);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const opened = Number(first.outputs['issues-opened']);
    expect(opened).toBeGreaterThanOrEqual(2);
    const alertIssues = JSON.parse(first.outputs['alert-issues']!) as Array<{ number: number; url: string }>;
    expect(alertIssues).toHaveLength(opened);
    expect(alertIssues[0]!.url).toMatch(/^https:\/\/github\.com\/example\/demo\/issues\/\d+$/);
    // The demo's three critical findings get an issue each, the high ones one digest.
    const titles = double.state.mustRepo('example/demo').issues.map((i) => i.title);
    expect(titles.filter((t) => /^Token Warden: \d+ /.test(t))).toHaveLength(1);
    // One Slack message: the issues opened this run are what is new.
    expect(slack.messages).toHaveLength(1);
    expect(first.outputs['slack-sent']).toBe('true');
    // The webhook URL is a secret: masked, and never printed otherwise.
    expect(first.stdout).toContain(`::add-mask::${slack.url}`);
    expect(first.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(slack.url);

    const before = double.log.length;
    const second = await runActionAsync(DEMO, inputs, { ...RUNNER, GITHUB_RUN_ID: '43' });
    expect(second.status).toBe(0);
    expect(double.log.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(second.outputs).toMatchObject({ 'issues-opened': '0', 'issues-updated': '0', 'issues-closed': '0', 'slack-sent': 'false' });
    expect(slack.messages).toHaveLength(1);
  }, 30_000);

  it('a pull request from a fork: no issue write is attempted, and the run still reports', async () => {
    const { double } = gh;
    double.state.addRepo('example/demo');
    const token = double.state.addToken({ scopes: ['repo'] }).token;
    const event = path.join(mkdtempSync(path.join(tmpdir(), 'tw-event-')), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { head: { repo: { full_name: 'someone/demo' } }, base: { sha: 'abc', ref: 'main' } } }));
    const run = await runActionAsync(
      DEMO,
      { checks: 'workflows', 'fail-on': 'none', issues: 'true', 'github-token': token, 'api-url': double.url },
      { ...RUNNER, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('::notice::issue alerts: a pull request from a fork gets a read-only token');
    expect(double.log).toEqual([]);
    expect(Number(run.outputs['findings-count'])).toBeGreaterThan(0);
  });
});

describe('the action: fail-on-new-only', () => {
  it('with a baseline of the same repository nothing is new: the step passes, and the findings are still reported', async () => {
    // A workspace holding the demo and a baseline made from it by the CLI (the input must name a file inside it).
    const fixture = mkdtempSync(path.join(tmpdir(), 'tw-baseline-'));
    cpSync(DEMO, fixture, { recursive: true });
    await runCli(['scan', fixture, '--format', 'json', '--output', path.join(fixture, 'baseline.json'), '--fail-on', 'none', '--repository', 'example/demo'], {
      stdout: () => undefined,
      stderr: () => undefined,
      cwd: fixture,
      isTTY: false,
      env: {},
    });
    const failing = await runActionAsync(fixture, { checks: 'workflows, registry', 'fail-on': 'high' }, RUNNER);
    expect(failing.status).toBe(1);
    const passing = await runActionAsync(fixture, { checks: 'workflows, registry', 'fail-on': 'high', 'baseline-file': 'baseline.json' }, RUNNER);
    expect(passing.stderr).toBe('');
    expect(passing.status).toBe(0);
    expect(Number(passing.outputs['findings-count'])).toBe(Number(failing.outputs['findings-count']));
    expect(passing.stdout).toMatch(/\d+ existing finding\(s\) at or above high are in the baseline \(baseline\.json\) and do not fail the run/);
    // A new finding on top of the baseline fails again.
    writeFileSync(path.join(fixture, '.github', 'workflows', 'new.yml'), 'on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -H "Authorization: token ghp_0123456789abcdefghijABCDEFGHIJ012345" https://api.github.com\n');
    const withNew = await runActionAsync(fixture, { checks: 'workflows, registry', 'fail-on': 'high', 'baseline-file': 'baseline.json' }, RUNNER);
    expect(withNew.status).toBe(1);
    expect(withNew.stdout).toContain('new.yml');
  });
});
