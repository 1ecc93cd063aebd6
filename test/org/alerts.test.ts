/**
 * The organisation report's alerts, against the GitHub double and the Slack receiver: one digest issue in a chosen
 * repository (opened once, then left alone while nothing changes), and one Slack message for findings new since the
 * previous organisation report.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { newSince, orgFindings } from '../../src/org/alerts.js';
import type { OrgReport } from '../../src/org/types.js';
import { useGitHubDouble } from '../double/jest.js';
import { SlackReceiver } from '../double/slack.js';
import { seedAcme } from './fixtures.js';

const gh = useGitHubDouble();

describe('org-scan alerts', () => {
  let slack: SlackReceiver;
  beforeEach(async () => {
    slack = await SlackReceiver.start();
  });
  afterEach(async () => {
    await slack.stop();
    slack.assertNoViolations();
  });

  it('one digest issue in the chosen repository; a re-run writes nothing; Slack only for what is new', async () => {
    seedAcme(gh.double);
    gh.double.state.addRepo('acme/security');
    const token = gh.double.state.addToken({ scopes: ['repo', 'admin:org'] }).token;
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-org-alerts-'));
    const run = async (extra: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['org-scan', '--org', 'acme', '--fail-on', 'none', '--issue-repo', 'acme/security', '--issues-min-severity', 'medium', ...extra], {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        cwd: dir,
        isTTY: false,
        env: { GITHUB_API_URL: gh.double.url, GH_TOKEN: token, SLACK_WEBHOOK_URL: slack.url },
      });
      return { code, stdout, stderr };
    };
    const first = await run(['--format', 'json', '--output', 'report.json']);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/organisation alert issue in acme\/security: 1 opened/);
    const issues = gh.double.state.mustRepo('acme/security').issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.title).toMatch(/^Token Warden: /);
    expect(issues[0]!.body).toContain('acme\\/api\\/');
    expect(slack.messages).toHaveLength(1);

    const writes = gh.double.log.filter((r) => r.method !== 'GET' && r.operationId !== 'graphql').length;
    const second = await run(['--previous', 'report.json']);
    expect(second.stderr).toMatch(/0 opened, 0 reopened, 0 updated, 0 closed/);
    expect(gh.double.log.filter((r) => r.method !== 'GET' && r.operationId !== 'graphql').length).toBe(writes);
    expect(second.stderr).toContain('Slack: nothing new at or above high since the previous report');
    expect(slack.messages).toHaveLength(1);
  }, 60_000);

  it('a bad --issue-repo is a usage error before any scan', async () => {
    const r = await runCli(['org-scan', '--org', 'acme', '--issue-repo', 'nope'], { stdout: () => undefined, stderr: () => undefined, cwd: tmpdir(), isTTY: false, env: { GH_TOKEN: 'x'.repeat(40) } });
    expect(r).toBe(2);
  });
});

describe('orgFindings and newSince', () => {
  const report = (findings: OrgReport['findings']) => ({ kind: 'token-warden-org-report', findings }) as unknown as OrgReport;
  const f = (fingerprint: string, severity: 'high' | 'low', suppressed = false) => ({
    ruleId: 'permissions',
    category: 'permissions',
    severity,
    message: 'm',
    file: '.github/workflows/ci.yml',
    startLine: 3,
    startColumn: 1,
    endLine: 3,
    endColumn: 5,
    fingerprint,
    ...(suppressed ? { suppressed: true as const } : {}),
  });
  it('prefixes paths and fingerprints with the repository, drops suppressed findings, and compares by fingerprint', () => {
    const now = orgFindings(report({ 'acme/a': [f('1', 'high'), f('2', 'low'), f('3', 'high', true)], 'acme/b': [f('1', 'high')] }));
    expect(now.map((x) => `${x.fingerprint} ${x.location.file}`)).toEqual(['acme/a:1 acme/a/.github/workflows/ci.yml', 'acme/a:2 acme/a/.github/workflows/ci.yml', 'acme/b:1 acme/b/.github/workflows/ci.yml']);
    expect(newSince(now, report({ 'acme/a': [f('1', 'high')] }), 'high').map((x) => x.fingerprint)).toEqual(['acme/b:1']);
    expect(newSince(now, undefined, 'low')).toHaveLength(3);
  });
});
