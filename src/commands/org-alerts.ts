/**
 * `org-scan … --issue-repo OWNER/REPO [--issues-min-severity SEV] [--previous org-report.json]` and Slack
 * (SLACK_WEBHOOK_URL): the organisation report's alerts — one digest issue in a chosen repository, kept current and
 * closed when the findings are gone (src/alerts/issues.ts), and one Slack message when a finding at or above
 * `--slack-min-severity` is new since the previous organisation report. Alerts never change the exit code: what
 * could not be done is a warning.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CliIO } from '../cli.js';
import { UsageError } from '../errors.js';
import { resolveApiUrl } from '../github/api-url.js';
import { SEVERITIES, type Severity } from '../model/severity.js';
import { newSince, orgFindings } from '../org/alerts.js';
import { ORG_REPORT_KIND, type OrgReport } from '../org/types.js';
import { isRepositoryName } from '../sources/git-remote.js';

export const ORG_ALERT_OPTIONS = {
  'issue-repo': { type: 'string' },
  'issues-min-severity': { type: 'string' },
  'slack-min-severity': { type: 'string' },
  previous: { type: 'string' },
} as const;

export interface OrgAlertValues {
  'issue-repo'?: string;
  'issues-min-severity'?: string;
  'slack-min-severity'?: string;
  previous?: string;
}

function severityOf(value: string | undefined, flag: string): Severity {
  if (value === undefined) return 'high';
  if (!(SEVERITIES as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${SEVERITIES.join(', ')} (got "${value}")`);
  return value as Severity;
}

/** Checks the flags before any work is done (a usage error must not come after a long scan). */
export function checkOrgAlertFlags(values: OrgAlertValues): void {
  if (values['issue-repo'] !== undefined && !isRepositoryName(values['issue-repo'])) throw new UsageError(`--issue-repo must be OWNER/REPO (got "${values['issue-repo']}")`);
  severityOf(values['issues-min-severity'], '--issues-min-severity');
  severityOf(values['slack-min-severity'], '--slack-min-severity');
}

/** An earlier organisation report (JSON), or undefined with a warning when it cannot be used. */
function previousReport(io: CliIO, file: string): OrgReport | undefined {
  try {
    const data = JSON.parse(readFileSync(path.resolve(io.cwd, file), 'utf8')) as Partial<OrgReport>;
    if (data.kind === ORG_REPORT_KIND && data.findings && typeof data.findings === 'object') return data as OrgReport;
    io.stderr(`warning: --previous ${file} is not an organisation report (org-scan --format json): every finding counts as new\n`);
  } catch (error) {
    io.stderr(`warning: --previous ${file} could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): every finding counts as new\n`);
  }
  return undefined;
}

export async function alertOrgReport(report: OrgReport, values: OrgAlertValues, io: CliIO, apiUrl: string | undefined): Promise<void> {
  const webhook = io.env.SLACK_WEBHOOK_URL?.trim();
  if (!values['issue-repo'] && !webhook) return;
  const findings = orgFindings(report);
  const runUrl = io.env.GITHUB_SERVER_URL && io.env.GITHUB_REPOSITORY && io.env.GITHUB_RUN_ID ? `${io.env.GITHUB_SERVER_URL}/${io.env.GITHUB_REPOSITORY}/actions/runs/${io.env.GITHUB_RUN_ID}` : undefined;
  let issueLinks: Array<{ title: string; url: string }> = [];

  if (values['issue-repo']) {
    const token = io.env.GITHUB_TOKEN?.trim() || io.env.GH_TOKEN?.trim();
    if (!token) {
      io.stderr('warning: --issue-repo needs a token with issues: write on that repository (GITHUB_TOKEN or GH_TOKEN): no issue written\n');
    } else {
      const { createGitHubClient } = await import('../github/client.js');
      const { planAlerts } = await import('../alerts/plan.js');
      const { runIssueAlerts } = await import('../alerts/issues.js');
      const client = await createGitHubClient({
        auth: { type: 'token', token },
        baseUrl: resolveApiUrl(apiUrl, io.env),
        mask: () => undefined,
        log: { debug: () => undefined, info: () => undefined, warn: (m) => io.stderr(`warning: ${m}\n`), error: (m) => io.stderr(`error: ${m}\n`) },
        env: io.env,
      });
      // One digest for the whole organisation: the issue names each repository's findings.
      const desired = planAlerts(findings, { grouping: 'digest', minSeverity: severityOf(values['issues-min-severity'], '--issues-min-severity'), ...(runUrl ? { runUrl } : {}) });
      const result = await runIssueAlerts({ client, repository: values['issue-repo'], desired, label: 'token-warden-org', types: ['scan'], ...(runUrl ? { runUrl } : {}) });
      for (const e of result.errors) io.stderr(`warning: organisation alert issue: ${e}\n`);
      issueLinks = result.issues.map((i) => ({ title: `#${i.number}`, url: i.url }));
      io.stderr(`organisation alert issue in ${values['issue-repo']}: ${result.opened} opened, ${result.reopened} reopened, ${result.updated} updated, ${result.closed} closed\n`);
    }
  }

  if (webhook) {
    const min = severityOf(values['slack-min-severity'], '--slack-min-severity');
    const fresh = newSince(findings, values.previous ? previousReport(io, values.previous) : undefined, min);
    const { buildSlackMessage, shouldNotify } = await import('../alerts/slack-message.js');
    const items = fresh.map((f) => ({ severity: f.severity, ruleId: f.ruleId, message: f.message, file: f.location.file, line: f.location.startLine, change: 'new' as const }));
    if (!shouldNotify(items)) {
      io.stderr(`Slack: nothing new at or above ${min} since the previous report\n`);
      return;
    }
    const totals: Partial<Record<Severity, number>> = {};
    for (const f of findings) totals[f.severity] = (totals[f.severity] ?? 0) + 1;
    const message = buildSlackMessage({ items, repository: `the ${report.org} organisation`, totals, minSeverity: min, issueLinks, ...(runUrl ? { runUrl } : {}) });
    const { sendSlack } = await import('../alerts/slack.js');
    const sent = await sendSlack(webhook, message, {});
    io.stderr(sent.ok ? `Slack: ${items.length} new finding(s) sent\n` : `warning: Slack message not sent: ${sent.error ?? 'unknown error'}\n`);
  }
}
