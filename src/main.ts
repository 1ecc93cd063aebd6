/** The action: inputs → scan → reports → outputs. One catch, which fails the step with a one-line reason. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as core from '@actions/core';
import { readSettings } from './inputs.js';
import { runScan } from './pipeline.js';
import { maxSeverity } from './model/severity.js';
import { renderJson } from './report/json.js';
import { renderSarif } from './report/sarif.js';
import { renderMarkdown } from './report/markdown.js';
import { planAnnotations } from './report/annotations.js';
import { renderText } from './report/text.js';
import { ConfigError } from './config/validate-error.js';
import { UsageError } from './errors.js';
import type { ActionSettings, Check } from './inputs.js';
import type { ReportInput } from './report/context.js';
import { mergeResults } from './parallel.js';
import { EXPIRY_RULE_IDS } from './registry/rules/index.js';
import { renderPlanMarkdown, renderPlanText, type ExpiryPlan } from './expiry/plan.js';
import type { ExpiryRunResult } from './expiry/run.js';
import type { Trend } from './expiry/trend.js';
import type { IssueOutcome } from './action-alerts.js';
import type { AlertType } from './alerts/body.js';
import type { RegistryToken } from './registry/types.js';
import type { UsageSummary } from './registry/usage.js';
import type { RegistryJob } from './registry-job.js';
import { DEFAULT_CONFIG, type ScanConfig } from './config/types.js';
import { existingNote, failingFindingsOf } from './report/baseline.js';
import type { FilePlan } from './fix/index.js';

/**
 * The workflow scan's report with the expiry run's findings. The scan also runs the two expiry rules that need no
 * clock (lifetime, unknown expiry); the expiry run's copies, which also know what the sources observed, replace them.
 */
export function mergeReports(scanned: ReportInput, expiry: ReportInput): ReportInput {
  const kept = { findings: scanned.findings.filter((f) => !EXPIRY_RULE_IDS.has(f.ruleId)), stats: scanned.stats, ruleFailures: [...scanned.ruleFailures] };
  const merged = mergeResults([kept, { findings: [...expiry.findings], stats: { ...expiry.stats, files: 0 }, ruleFailures: [...expiry.ruleFailures] }]);
  return { ...scanned, findings: merged.findings, stats: merged.stats, ruleFailures: merged.ruleFailures };
}

function writeReport(workspace: string, file: string, content: string): string {
  const abs = path.resolve(workspace, file);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}

/** The expiry outputs: how many tokens have expired or fall under their thresholds, and the next one due. */
export function expiryOutputs(plan: ExpiryPlan | undefined): { expired: number; expiring: number; next: string } {
  if (!plan) return { expired: 0, expiring: 0, next: '' };
  const expired = plan.tokens.filter((t) => t.status === 'expired').length;
  const expiring = plan.tokens.filter((t) => t.status === 'critical' || t.status === 'warning' || t.status === 'info').length;
  // The plan is ordered by due date: the first dated token that has not expired yet.
  const next = plan.tokens.find((t) => t.expiresAt !== null && t.status !== 'expired');
  return { expired, expiring, next: next ? `${next.name} ${next.expiresAt}` : '' };
}

/** What a mode hands to the publisher: its report and what it adds to the log, summary, JSON and outputs. */
export interface Published {
  report: ReportInput;
  /** The scan root (SARIF's source root). */
  root: string;
  /** Printed before the findings (the rotation plan, a renewal table). */
  logBefore: string[];
  /** Added to the job summary after the findings. */
  summaryParts: string[];
  /** Merged into the JSON report (e.g. `expiry`). */
  jsonExtra: Record<string, unknown>;
  /** The mode's own outputs. */
  outputs: Record<string, string>;
  /** `fix-summary`: least-privilege fixes, attached to the permissions findings in SARIF. */
  fixes?: FilePlan[];
  /** Warnings to print (source notes, alerts that could not be written). */
  warnings: string[];
}

/** The default mode: scan workflows and the registry, check expiry, keep the trend, alert. */
async function scanMode(settings: ActionSettings): Promise<Published> {
  const checks = settings.checks;
  const wants = (c: Check) => !checks || checks.has(c);
  let root = settings.workspace;
  let report: ReportInput | undefined;
  let registryFound = false;
  let scanConfig: ScanConfig | undefined;
  let scanConfigFile: string | undefined;
  let registryTokens: readonly RegistryToken[] | undefined;
  let usage: UsageSummary | undefined;
  let registryJob: RegistryJob | undefined;
  if (wants('workflows') || wants('registry')) {
    const scanned = await runScan({
      paths: settings.paths,
      cwd: settings.workspace,
      root: settings.workspace,
      ...(settings.config ? { configPath: settings.config } : {}),
      ...(settings.failOn ? { failOn: settings.failOn } : {}),
      ...(settings.minSeverity ? { minSeverity: settings.minSeverity } : {}),
      ...(settings.links ? { links: settings.links } : {}),
      ...(settings.registry ? { registryPath: settings.registry } : {}),
      ...(settings.repository ? { repository: settings.repository } : {}),
      workflowChecks: wants('workflows'),
      registryChecks: wants('registry'),
      registryReport: settings.registryReport,
      // A credential read from a scanned file (a hard-coded token, a value pasted into the registry) is masked in
      // this job's log at once, in case a later step prints the file.
      onSecret: (value) => core.setSecret(value),
    });
    root = scanned.root;
    report = scanned.report;
    registryFound = Boolean(scanned.report.registry);
    scanConfig = scanned.config;
    scanConfigFile = scanned.configFile;
    registryTokens = scanned.registry?.tokens;
    registryJob = scanned.registryJob;
    // The expiry check reads what the workflows do with secrets: the scan has, when it read the whole workspace.
    if (settings.paths.every((p) => path.resolve(settings.workspace, p) === path.resolve(settings.workspace))) usage = scanned.usage;
    if (checks?.has('registry') && !registryFound) throw new UsageError('checks includes registry, but no token registry was found (set the registry input)');
  }

  // Expiry: asked for, or (by default) whenever there is a registry.
  let expiry: ExpiryRunResult | undefined;
  if (checks ? checks.has('expiry') : registryFound) {
    const { runActionExpiry } = await import('./action-expiry.js');
    const run = await runActionExpiry(settings, { ...process.env, ...settings.tokenValues }, { ...(usage ? { usage } : {}), ...(registryJob ? { job: registryJob } : {}) });
    expiry = run;
    report = report ? mergeReports(report, run.report) : run.report;
  }
  if (!report) throw new UsageError('nothing to do: checks selects no check that can run');

  // fail-on-new-only: the base revision's findings (or baseline-file's) still show, and never fail the run.
  if (settings.failOnNewOnly || settings.baselineFile) {
    const { baselineFingerprints } = await import('./baseline-run.js');
    const { pullRequestBaseRevisions } = await import('./sources/base-revision.js');
    const base = await baselineFingerprints({
      root,
      cwd: settings.workspace,
      ...(settings.baselineFile ? { baselineFile: settings.baselineFile } : {}),
      baseRef: pullRequestBaseRevisions({ baseSha: settings.event.baseSha, baseRef: settings.event.baseRef }),
      config: scanConfig ?? DEFAULT_CONFIG,
      ...(report.registry?.path ? { registryPath: report.registry.path } : {}),
      ...(scanConfigFile ? { configFile: scanConfigFile } : {}),
      ...(settings.repository ? { repositoryOwner: settings.repository.split('/')[0]!.toLowerCase() } : {}),
      onSecret: (value) => core.setSecret(value),
    });
    if (base.warning) core.warning(base.warning);
    for (const n of base.notes ?? []) core.info(n);
    if (base.baseline) report = { ...report, baseline: base.baseline };
  }

  // The trend: what is new, resolved and worse since the last run (state in the Actions cache).
  let trend: Trend | undefined;
  if (settings.trend && (expiry || settings.slack)) {
    const { actionTrend } = await import('./action-expiry.js');
    const plan = expiry?.plan ?? { now: new Date(settings.now ?? Date.now()).toISOString(), sources: [], notes: [], tokens: [] };
    trend = await actionTrend(plan, report.findings.filter((f) => !f.suppression));
  }

  // Alerts: never fail the run; what could not be done is a warning.
  let issueOutcome: IssueOutcome = {};
  let slackSent = false;
  if (settings.issues || settings.slack) {
    const { runActionIssues, runActionSlack } = await import('./action-alerts.js');
    const types: AlertType[] = [...(wants('workflows') || wants('registry') ? (['scan'] as const) : []), ...(expiry ? (['expiry'] as const) : [])];
    issueOutcome = await runActionIssues(settings, report, registryTokens ?? expiry?.registry.tokens ?? [], types);
    if (issueOutcome.skipped) core.notice(`issue alerts: ${issueOutcome.skipped}`);
    for (const e of issueOutcome.result?.errors ?? []) core.warning(`issue alerts: ${e}`);
    const slack = await runActionSlack(settings, report, trend, issueOutcome);
    slackSent = slack.sent;
    if (slack.note && slack.failed) core.warning(slack.note);
    else if (slack.note) core.info(slack.note);
  }


  // fix-summary: the least-privilege permissions each workflow should have, as a diff in the summary and SARIF fixes.
  let fixes: FilePlan[] | undefined;
  const fixParts: string[] = [];
  if (settings.fixSummary && wants('workflows')) {
    const { planFixes, renderFixMarkdown } = await import('./fix/index.js');
    const { discover, readRegularFile, relativePath, isWithin } = await import('./sources/files.js');
    const { PARSE_BUDGETS } = await import('./workflows/budgets.js');
    const found = discover(settings.paths, settings.workspace, settings.workspace);
    const inputs = found.files.filter((f) => isWithin(found.root, f)).map((f) => ({ path: relativePath(found.root, f), text: readRegularFile(f, PARSE_BUDGETS.maxBytes + 1) }));
    fixes = planFixes(inputs, settings.repository ? { repositoryOwner: settings.repository.split('/')[0]!.toLowerCase() } : {});
    fixParts.push(renderFixMarkdown(fixes));
  }

  const warnings: string[] = [];
  for (const n of expiry?.plan.notes ?? []) if (n.level === 'warning') warnings.push(`expiry (${n.source}${n.token ? `, ${n.token}` : ''}): ${n.message}`);
  const counts = expiryOutputs(expiry?.plan);
  const issues = issueOutcome.result;
  return {
    report,
    root,
    logBefore: expiry ? [renderPlanText(expiry.plan, expiry.registryFile).trimEnd()] : [],
    summaryParts: [...(expiry ? [renderPlanMarkdown(expiry.plan, expiry.registryFile)] : []), ...(trend ? [(await import('./expiry/trend.js')).renderTrendMarkdown(trend)] : []), ...fixParts],
    ...(fixes ? { fixes } : {}),
    jsonExtra: expiry ? { expiry: expiry.plan } : {},
    outputs: {
      'expired-count': String(counts.expired),
      'expiring-count': String(counts.expiring),
      'next-expiry': counts.next,
      'issues-opened': String((issues?.opened ?? 0) + (issues?.reopened ?? 0)),
      'issues-updated': String(issues?.updated ?? 0),
      'issues-closed': String(issues?.closed ?? 0),
      'alert-issues': JSON.stringify((issues?.issues ?? []).map((i) => ({ number: i.number, url: i.url }))),
      'slack-sent': String(slackSent),
    },
    warnings,
  };
}

/** Log, annotations, summary, report files, outputs, and the step's verdict — the same for every mode. */
async function publish(settings: ActionSettings, p: Published): Promise<void> {
  const { report, root } = p;
  const active = report.findings.filter((f) => !f.suppression);
  for (const text of p.logBefore) core.info(text);
  core.info(renderText(report, { colour: false }).trimEnd());

  const plan = planAnnotations(report.findings);
  if (settings.annotations) {
    for (const a of plan.annotations) {
      const props: core.AnnotationProperties = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine, startColumn: a.startColumn };
      if (a.endLine === a.startLine) props.endColumn = a.endColumn;
      if (a.level === 'error') core.error(a.message, props);
      else if (a.level === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    }
  }
  if (settings.summary) await core.summary.addRaw([renderMarkdown(report, settings.annotations ? plan : undefined), ...p.summaryParts].join('\n'), true).write();

  let sarifPath = '';
  let jsonPath = '';
  if (settings.sarifFile) sarifPath = writeReport(settings.workspace, settings.sarifFile, renderSarif(report, { srcRoot: pathToFileURL(root).href, ...(p.fixes ? { fixes: p.fixes } : {}) }));
  if (settings.jsonFile) {
    const json = Object.keys(p.jsonExtra).length ? JSON.stringify({ ...(JSON.parse(renderJson(report)) as object), ...p.jsonExtra }, null, 2) + '\n' : renderJson(report);
    jsonPath = writeReport(settings.workspace, settings.jsonFile, json);
  }
  core.setOutput('findings-count', String(active.length));
  core.setOutput('max-severity', maxSeverity(active.map((f) => f.severity)) ?? 'none');
  core.setOutput('sarif-file', sarifPath);
  core.setOutput('json-file', jsonPath);
  for (const [name, value] of Object.entries(p.outputs)) core.setOutput(name, value);

  for (const r of report.ruleFailures) core.warning(`rule ${r.ruleId} failed on ${r.file}: ${r.message}`);
  for (const w of p.warnings) core.warning(w);
  const failing = failingFindingsOf(report);
  const existing = existingNote(report);
  if (existing) core.info(existing);
  if (failing.length > 0) {
    core.setFailed(`${failing.length} finding(s) at or above ${report.failOn} (worst: ${maxSeverity(failing.map((f) => f.severity))})`);
  }
}

export async function run(): Promise<void> {
  try {
    const settings = readSettings();
    let published: Published;
    switch (settings.mode) {
      case 'vault-renew':
        published = await (await import('./action-renewal.js')).vaultRenewMode(settings);
        break;
      case 'runner-token':
      case 'rotate': {
        // The command prints its own report and sets its own outputs; its exit code is the step's.
        const code = await (await import('./action-renewal.js')).renewalCommandMode(settings, settings.mode);
        if (code !== 0) {
          core.setFailed(`${settings.mode} ${code === 2 ? 'was given unusable inputs' : 'failed or reported a finding at or above fail-on'} (see above)`);
          if (code === 2) process.exitCode = 2;
        }
        return;
      }
      default:
        published = await scanMode(settings);
    }
    await publish(settings, published);
  } catch (error) {
    if (error instanceof ConfigError) core.setFailed(`invalid configuration: ${error.message.replace(/\n/g, '; ')}`);
    else core.setFailed(error instanceof Error ? error.message : String(error));
    // As the CLI: 1 means findings at or above fail-on, 2 a usage or configuration error.
    if (error instanceof ConfigError || error instanceof UsageError) process.exitCode = 2;
  }
}
