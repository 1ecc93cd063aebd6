/** The action: inputs → scan → reports → outputs. One catch, which fails the step with a one-line reason. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as core from '@actions/core';
import { readSettings } from './inputs.js';
import { runScan } from './pipeline.js';
import { failingFindings } from './engine.js';
import { maxSeverity } from './model/severity.js';
import { renderJson } from './report/json.js';
import { renderSarif } from './report/sarif.js';
import { renderMarkdown } from './report/markdown.js';
import { planAnnotations } from './report/annotations.js';
import { renderText } from './report/text.js';
import { ConfigError } from './config/validate-error.js';
import { UsageError } from './errors.js';
import type { Check } from './inputs.js';
import type { ReportInput } from './report/context.js';
import { mergeResults } from './parallel.js';
import { EXPIRY_RULE_IDS } from './registry/rules/index.js';
import { renderPlanMarkdown, renderPlanText, type ExpiryPlan } from './expiry/plan.js';
import type { ExpiryRunResult } from './expiry/run.js';

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

export async function run(): Promise<void> {
  try {
    const settings = readSettings();
    const checks = settings.checks;
    const wants = (c: Check) => !checks || checks.has(c);
    let root = settings.workspace;
    let report: ReportInput | undefined;
    let registryFound = false;
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
      if (checks?.has('registry') && !registryFound) throw new UsageError('checks includes registry, but no token registry was found (set the registry input)');
    }

    // Expiry: asked for, or (by default) whenever there is a registry.
    let expiry: ExpiryRunResult | undefined;
    let trendMarkdown = '';
    if (checks ? checks.has('expiry') : registryFound) {
      const { runActionExpiry } = await import('./action-expiry.js');
      const out = await runActionExpiry(settings);
      expiry = out.run;
      trendMarkdown = out.trendMarkdown;
      report = report ? mergeReports(report, out.run.report) : out.run.report;
    }
    if (!report) throw new UsageError('nothing to do: checks selects no check that can run');

    const active = report.findings.filter((f) => !f.suppression);
    if (expiry) core.info(renderPlanText(expiry.plan, expiry.registryFile).trimEnd());
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
    if (settings.summary) {
      const parts = [renderMarkdown(report, settings.annotations ? plan : undefined)];
      if (expiry) parts.push(renderPlanMarkdown(expiry.plan, expiry.registryFile));
      if (trendMarkdown) parts.push(trendMarkdown);
      await core.summary.addRaw(parts.join('\n'), true).write();
    }

    let sarifPath = '';
    let jsonPath = '';
    if (settings.sarifFile) sarifPath = writeReport(settings.workspace, settings.sarifFile, renderSarif(report, { srcRoot: pathToFileURL(root).href }));
    if (settings.jsonFile) {
      const json = expiry ? JSON.stringify({ ...(JSON.parse(renderJson(report)) as object), expiry: expiry.plan }, null, 2) + '\n' : renderJson(report);
      jsonPath = writeReport(settings.workspace, settings.jsonFile, json);
    }

    core.setOutput('findings-count', String(active.length));
    core.setOutput('max-severity', maxSeverity(active.map((f) => f.severity)) ?? 'none');
    core.setOutput('sarif-file', sarifPath);
    core.setOutput('json-file', jsonPath);
    const counts = expiryOutputs(expiry?.plan);
    core.setOutput('expired-count', String(counts.expired));
    core.setOutput('expiring-count', String(counts.expiring));
    core.setOutput('next-expiry', counts.next);

    for (const r of report.ruleFailures) core.warning(`rule ${r.ruleId} failed on ${r.file}: ${r.message}`);
    for (const n of expiry?.plan.notes ?? []) if (n.level === 'warning') core.warning(`expiry (${n.source}${n.token ? `, ${n.token}` : ''}): ${n.message}`);
    const failing = failingFindings(report.findings, report.failOn);
    if (failing.length > 0) {
      core.setFailed(`${failing.length} finding(s) at or above ${report.failOn} (worst: ${maxSeverity(failing.map((f) => f.severity))})`);
    }
  } catch (error) {
    if (error instanceof ConfigError) core.setFailed(`invalid configuration: ${error.message.replace(/\n/g, '; ')}`);
    else core.setFailed(error instanceof Error ? error.message : String(error));
    // As the CLI: 1 means findings at or above fail-on, 2 a usage or configuration error.
    if (error instanceof ConfigError || error instanceof UsageError) process.exitCode = 2;
  }
}
