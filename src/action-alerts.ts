/**
 * The action's alerts: issues that open, update and close themselves (src/alerts/issues.ts) and one Slack message
 * when something is new or worse (src/alerts/slack.ts). Loaded only when one of them is configured. Neither ever
 * fails the run: what could not be done is a warning, and the report is complete either way.
 */
import * as core from '@actions/core';
import type { ActionSettings } from './inputs.js';
import type { Finding } from './model/finding.js';
import { severityRank, type Severity } from './model/severity.js';
import type { ReportInput } from './report/context.js';
import type { Trend } from './expiry/trend.js';
import type { AlertType } from './alerts/body.js';
import type { IssueAlertsResult } from './alerts/issues.js';
import type { DesiredAlert } from './alerts/plan.js';
import type { RegistryToken } from './registry/types.js';
import { resolveApiUrl } from './github/api-url.js';
import { VERSION } from './version.js';

export interface IssueOutcome {
  result?: IssueAlertsResult;
  /** The alerts this run wanted (their fingerprints say which findings an issue is about). */
  desired?: readonly DesiredAlert[];
  /** Why no issue was written (a fork's pull request, no token). */
  skipped?: string;
}

/**
 * Plans the alert issues from the report's findings and reconciles them with the repository's labelled issues.
 * `types` are the run types this run checked (`scan`, `expiry`): open alerts of the others are left alone.
 */
export async function runActionIssues(settings: ActionSettings, report: ReportInput, tokens: readonly RegistryToken[], types: readonly AlertType[]): Promise<IssueOutcome> {
  const issues = settings.issues;
  if (!issues) return {};
  if (settings.event.fromFork) return { skipped: 'a pull request from a fork gets a read-only token: no alert issue is written (the report above is complete)' };
  if (!settings.githubToken) return { skipped: 'no github-token: no alert issue is written' };
  if (!settings.repository) return { skipped: 'GITHUB_REPOSITORY is not set: no alert issue is written' };
  const [{ createGitHubClient }, { planAlerts, ownerFromRegistry }, { runIssueAlerts }] = [
    await import('./github/client.js'),
    await import('./alerts/plan.js'),
    await import('./alerts/issues.js'),
  ];
  const client = await createGitHubClient({ auth: { type: 'token', token: settings.githubToken }, baseUrl: resolveApiUrl(settings.apiUrl), mask: (v) => core.setSecret(v) });
  const active = report.findings.filter((f) => !f.suppression);
  const desired = planAlerts(active, {
    grouping: issues.grouping,
    minSeverity: issues.minSeverity,
    ownerOf: ownerFromRegistry(tokens),
    mentionOwners: issues.mentionOwners,
    toolVersion: VERSION,
    ...(settings.links ? { links: settings.links } : {}),
    ...(settings.runUrl ? { runUrl: settings.runUrl } : {}),
  });
  const result = await runIssueAlerts({
    client,
    repository: settings.repository,
    desired,
    label: issues.label,
    assignees: issues.assignees,
    types,
    ...(settings.runUrl ? { runUrl: settings.runUrl } : {}),
    ...(settings.links ? { ref: settings.links.ref } : {}),
    log: { info: (m) => core.info(m), warn: (m) => core.warning(m) },
  });
  return { result, desired };
}

export interface SlackOutcome {
  sent: boolean;
  /** The message could not be delivered (a warning; the run still passes or fails on its findings alone). */
  failed?: boolean;
  /** Why nothing was sent, or what went wrong (a warning). */
  note?: string;
}

/**
 * One Slack message when a finding at or above `slack-min-severity` is new or worse: since the last run's state
 * (`trend`), or, without one, when an alert issue was opened or reopened this run; with neither, every such finding
 * counts as new (said in the log).
 */
export async function runActionSlack(settings: ActionSettings, report: ReportInput, trend: Trend | undefined, issueOutcome: IssueOutcome): Promise<SlackOutcome> {
  const issues = issueOutcome.result;
  const slack = settings.slack;
  if (!slack) return { sent: false };
  const min = severityRank(slack.minSeverity);
  const active = report.findings.filter((f) => !f.suppression && severityRank(f.severity) >= min);
  const items: Array<{ finding: Finding; change: 'new' | 'worse'; previousSeverity?: Severity }> = [];
  let basis: string;
  if (trend && !trend.firstRun) {
    basis = 'since the last run';
    const fresh = new Set(trend.newFindings.map((f) => f.fingerprint));
    const worse = new Map(trend.worse.filter((c) => c.kind === 'severity').map((c) => [c.fingerprint, c.from]));
    for (const f of active) {
      if (fresh.has(f.fingerprint)) items.push({ finding: f, change: 'new' });
      else if (worse.has(f.fingerprint)) items.push({ finding: f, change: 'worse', previousSeverity: worse.get(f.fingerprint)! });
    }
  } else if (issues) {
    basis = 'alert issues opened or reopened this run';
    const opened = new Set(issues.operations.filter((o) => o.kind === 'create' || o.kind === 'reopen').map((o) => o.key));
    const touched = new Set((issueOutcome.desired ?? []).filter((d) => opened.has(d.key)).flatMap((d) => d.fingerprints));
    for (const f of active) if (touched.has(f.fingerprint)) items.push({ finding: f, change: 'new' });
  } else {
    basis = 'no earlier run to compare with (no trend state, no issue alerts): every finding counts as new';
    for (const f of active) items.push({ finding: f, change: 'new' });
  }
  const { buildSlackMessage, shouldNotify } = await import('./alerts/slack-message.js');
  const slackItems = items.map(({ finding, change, previousSeverity }) => ({
    severity: finding.severity,
    ruleId: finding.ruleId,
    message: finding.message,
    file: finding.location.file,
    line: finding.location.startLine,
    change,
    ...(previousSeverity ? { previousSeverity } : {}),
    ...(settings.links ? { url: `${settings.links.serverUrl}/${settings.links.repository}/blob/${settings.links.ref}/${finding.location.file}#L${finding.location.startLine}` } : {}),
  }));
  if (!shouldNotify(slackItems)) return { sent: false, note: `Slack: nothing new or worse at or above ${slack.minSeverity} (${basis})` };
  const totals: Partial<Record<Severity, number>> = {};
  for (const f of report.findings) if (!f.suppression) totals[f.severity] = (totals[f.severity] ?? 0) + 1;
  const message = buildSlackMessage({
    items: slackItems,
    repository: settings.repository ?? 'this repository',
    totals,
    minSeverity: slack.minSeverity,
    ...(settings.runUrl ? { runUrl: settings.runUrl } : {}),
    ...(issues ? { issueLinks: issues.issues.map((i) => ({ title: `#${i.number}`, url: i.url })) } : {}),
  });
  const { sendSlack } = await import('./alerts/slack.js');
  const sent = await sendSlack(slack.webhookUrl, message, { mask: (v) => core.setSecret(v), log: { debug: (m) => core.debug(m), info: (m) => core.info(m), warn: (m) => core.warning(m) } });
  return sent.ok ? { sent: true, note: `Slack: ${slackItems.length} new or worse finding(s) sent (${basis})` } : { sent: false, failed: true, note: `Slack message not sent: ${sent.error ?? 'unknown error'}` };
}
