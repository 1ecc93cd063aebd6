/** Findings for the alert tests. */
import type { Finding } from '../../src/model/finding.js';
import type { Severity } from '../../src/model/severity.js';

let counter = 0;

export function finding(overrides: Partial<Omit<Finding, 'location'>> & { file?: string; line?: number } = {}): Finding {
  counter += 1;
  const { file, line, ...rest } = overrides;
  return {
    ruleId: 'permissions',
    category: 'permissions',
    severity: 'high',
    message: `Job "build" has \`contents: write\` (${counter})`,
    location: { file: file ?? '.github/workflows/ci.yml', startLine: line ?? 10, startColumn: 3, endLine: line ?? 10, endColumn: 20 },
    fingerprint: `fp${String(counter).padStart(30, '0')}`,
    ...rest,
  };
}

export function expiring(name: string, severity: Severity, days: number, fingerprint: string): Finding {
  const status = severity === 'critical' ? 'critical' : severity === 'high' ? 'warning' : 'info';
  return {
    ruleId: 'token-expiring',
    category: 'token-expiry',
    severity,
    message: `Token "${name}" expires on 2026-03-01, in ${days} days: ${status} (thresholds 7/30/45 days)`,
    location: { file: '.github/token-scope-map.yml', startLine: 5, startColumn: 3, endLine: 5, endColumn: 10 },
    fingerprint,
  };
}

export const LINKS = { serverUrl: 'https://github.com', repository: 'acme/app', ref: '0123456789abcdef0123456789abcdef01234567' };
export const RUN_URL = 'https://github.com/acme/app/actions/runs/42';

/** The hostile text of issue 11: a workflow named so that a careless body pings, links and closes. */
export const HOSTILE = '@org/everyone <img src=x> fixes #1';

/** True when `body` could notify someone, reference or close an issue, or carry HTML/Markdown from `text`. */
export function unsafeParts(body: string): string[] {
  const problems: string[] = [];
  // Outside code spans (our own, and the ones escapeMarkdown keeps), with our markers taken out.
  const text = body.replace(/<!-- token-warden:[^\n]* -->/g, '').replace(/`[^`\n]*`/g, '').replace(/<\/?sub>/g, '');
  if (/(^|[^\w\\])@[A-Za-z0-9]/.test(text)) problems.push('mention');
  if (/(^|[^\\])#\d/.test(text)) problems.push('issue reference');
  if (/(^|[^\\])<[A-Za-z!/]/.test(text)) problems.push('HTML');
  if (/GH-\d/i.test(text)) problems.push('GH- reference');
  if (/(^|[^\\])!?\[[^\]]*\]\((?!https:\/\/github\.com\/acme\/app\/)/.test(text)) problems.push('foreign link');
  if (/https?:\/\/(?!github\.com\/acme\/app\/)/.test(text)) problems.push('foreign URL');
  if (/(^|[^\\])&[a-z]+;/i.test(text)) problems.push('entity');
  return problems;
}
