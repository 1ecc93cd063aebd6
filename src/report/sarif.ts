import type { Finding, Location } from '../model/finding.js';
import type { RuleMeta } from '../model/rule.js';
import type { Severity } from '../model/severity.js';
import { ALL_RULE_META } from '../rules/index.js';
import type { ReportInput } from './context.js';

/** GitHub code scanning reads `security-severity` (0–10) from rule properties: >9 critical, ≥7 high, ≥4 medium. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };

export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'critical' || severity === 'high' ? 'error' : severity === 'medium' ? 'warning' : 'note';
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

function sarifRule(meta: RuleMeta) {
  return {
    id: meta.id,
    name: pascal(meta.id),
    shortDescription: { text: meta.summary },
    fullDescription: { text: `${meta.summary} ${meta.remediation}` },
    help: {
      text: `${meta.summary}\n\nRemediation: ${meta.remediation}`,
      markdown: `**${meta.id}** (${meta.category}): ${meta.summary}\n\n**Remediation:** ${meta.remediation}`,
    },
    defaultConfiguration: { level: sarifLevel(meta.defaultSeverity) },
    properties: {
      tags: ['security', 'github-actions', meta.category, ...(meta.tags ?? [])],
      precision: 'high',
      'problem.severity': meta.defaultSeverity === 'critical' || meta.defaultSeverity === 'high' ? 'error' : meta.defaultSeverity === 'medium' ? 'warning' : 'recommendation',
      'security-severity': SECURITY_SEVERITY[meta.defaultSeverity],
    },
  };
}

function physical(location: Location) {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(location.file), uriBaseId: '%SRCROOT%' },
      region: {
        startLine: location.startLine,
        startColumn: location.startColumn,
        endLine: location.endLine,
        endColumn: location.endColumn,
      },
    },
  };
}

function sarifResult(f: Finding, ruleIndex: number) {
  const result: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [physical(f.location)],
    partialFingerprints: { 'tokenWarden/v1': f.fingerprint },
    properties: { severity: f.severity, category: f.category },
  };
  if (f.related?.length) {
    result.relatedLocations = f.related.map((r, i) => ({ id: i + 1, ...physical(r.location), message: { text: r.message } }));
  }
  if (f.suppression) {
    result.suppressions = [{ kind: f.suppression.kind === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: f.suppression.justification }];
  }
  return result;
}

/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`) and other consumers. */
export function buildSarif(input: ReportInput, options: { srcRoot?: string } = {}) {
  const rules = ALL_RULE_META;
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'token-warden',
        semanticVersion: input.toolVersion,
        version: input.toolVersion,
        rules: rules.map(sarifRule),
      },
    },
    automationDetails: { id: 'token-warden/' },
    columnKind: 'utf16CodeUnits',
    results: input.findings.map((f) => sarifResult(f, index.get(f.ruleId) ?? -1)),
  };
  if (options.srcRoot) {
    const uri = options.srcRoot.endsWith('/') ? options.srcRoot : `${options.srcRoot}/`;
    run.originalUriBaseIds = { '%SRCROOT%': { uri } };
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [run],
  };
}

export function renderSarif(input: ReportInput, options: { srcRoot?: string } = {}): string {
  return JSON.stringify(buildSarif(input, options), null, 2) + '\n';
}
