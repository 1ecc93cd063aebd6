import type { Report, Rule, RuleContext } from '../model/rule.js';
import { isMap, valueSpan, type YMap } from '../workflows/yaml.js';
import { jobsOf, type JobRef } from '../workflows/model.js';
import { pathAt } from '../workflows/locate.js';
import type { PathSegment } from '../workflows/paths.js';
import { findTokenLiterals, redactToken, tokenKind } from '../workflows/secrets-text.js';

/**
 * The text scan of this rule, on its own: every GitHub token literal in `text` as a report, with the literal (for the
 * log masker only). `pathOf` names the flagged thing for the fingerprint: the YAML key path around the offset for a
 * parsed file; for a file that did not parse, the engine passes the token's redacted form, so the fingerprint depends
 * on the kind of token and its occurrence, never on the line or on the secret.
 */
export function credentialLiteralReports(text: string, pathOf: (offset: number, redacted: string) => PathSegment[]): Array<{ report: Report; literal: string }> {
  const seen = new Map<string, number>();
  return findTokenLiterals(text).map(({ start, end, literal }) => {
    const redacted = redactToken(literal);
    const path = pathOf(start, redacted);
    const key = path.join('\u0000');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const kind = tokenKind(literal);
    return {
      literal,
      report: {
        message: `A ${kind.startsWith('GitHub') ? kind : `GitHub ${kind}`} is written in the file (${redacted}); treat it as leaked`,
        span: [start, end],
        path: [...path, `token#${n}`],
      },
    };
  });
}

function checkRegistryPassword(context: RuleContext, holder: unknown, path: PathSegment[], what: string): void {
  if (!isMap(holder)) return;
  const credentials = holder.credentials;
  if (!isMap(credentials)) return;
  const password = credentials.password;
  if (password === null || password === undefined || password === '') return;
  if (typeof password === 'string' && password.includes('${{')) return;
  context.secretSeen(String(password));
  context.report({
    message: `The ${what} registry password is written in the workflow; anyone who can read the repository can use it`,
    severity: 'high',
    span: valueSpan(credentials as YMap, 'password')!,
    path: [...path, 'credentials', 'password'],
  });
}

function checkJob(context: RuleContext, job: JobRef): void {
  checkRegistryPassword(context, job.job.container, [...job.path, 'container'], `job "${job.id}" container`);
  const services = job.job.services;
  if (isMap(services)) {
    for (const name of Object.keys(services)) {
      checkRegistryPassword(context, services[name], [...job.path, 'services', name], `service "${name}"`);
    }
  }
}

export const hardcodedCredential: Rule = {
  meta: {
    id: 'hardcoded-credential',
    category: 'hardcoded-credential',
    defaultSeverity: 'critical',
    summary: 'GitHub token literals, and container or service registry passwords, written into a workflow or action.',
    remediation:
      'Revoke the exposed credential now, store a new one as an encrypted secret, and reference it as `${{ secrets.NAME }}`.',
    docs: '#rule-hardcoded-credential',
    tags: ['secret-leak'],
    appliesTo: ['workflow', 'action'],
  },
  check(context) {
    const { text, root } = context.file;
    for (const hit of credentialLiteralReports(text, (offset) => pathAt(root, offset))) {
      context.secretSeen(hit.literal);
      context.report(hit.report);
    }
    if (context.file.kind === 'workflow') for (const job of jobsOf(root)) checkJob(context, job);
  },
};
