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

function writeReport(workspace: string, file: string, content: string): string {
  const abs = path.resolve(workspace, file);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}

export async function run(): Promise<void> {
  try {
    const settings = readSettings();
    const { root, report } = await runScan({
      paths: settings.paths,
      cwd: settings.workspace,
      root: settings.workspace,
      ...(settings.config ? { configPath: settings.config } : {}),
      ...(settings.failOn ? { failOn: settings.failOn } : {}),
      ...(settings.minSeverity ? { minSeverity: settings.minSeverity } : {}),
      ...(settings.links ? { links: settings.links } : {}),
      ...(settings.registry ? { registryPath: settings.registry } : {}),
      ...(settings.repository ? { repository: settings.repository } : {}),
      registryReport: settings.registryReport,
      // A credential read from a scanned file (a hard-coded token, a value pasted into the registry) is masked in
      // this job's log at once, in case a later step prints the file.
      onSecret: (value) => core.setSecret(value),
    });
    const active = report.findings.filter((f) => !f.suppression);
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
    if (settings.summary) await core.summary.addRaw(renderMarkdown(report, settings.annotations ? plan : undefined), true).write();

    let sarifPath = '';
    let jsonPath = '';
    if (settings.sarifFile) sarifPath = writeReport(settings.workspace, settings.sarifFile, renderSarif(report, { srcRoot: pathToFileURL(root).href }));
    if (settings.jsonFile) jsonPath = writeReport(settings.workspace, settings.jsonFile, renderJson(report));

    core.setOutput('findings-count', String(active.length));
    core.setOutput('max-severity', maxSeverity(active.map((f) => f.severity)) ?? 'none');
    core.setOutput('sarif-file', sarifPath);
    core.setOutput('json-file', jsonPath);

    for (const r of report.ruleFailures) core.warning(`rule ${r.ruleId} failed on ${r.file}: ${r.message}`);
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
