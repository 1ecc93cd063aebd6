import type { Rule, RuleContext } from '../model/rule.js';
import { isMap, valueSpan, type YMap } from '../workflows/yaml.js';
import { jobsOf, type JobRef } from '../workflows/model.js';
import { pathAt } from '../workflows/locate.js';
import type { PathSegment } from '../workflows/paths.js';
import { GITHUB_TOKEN_LITERAL_RE, isPlaceholder, redactToken, tokenKind } from '../workflows/secrets-text.js';

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
    const seen = new Map<string, number>();
    for (const match of text.matchAll(GITHUB_TOKEN_LITERAL_RE)) {
      const literal = match[0];
      if (isPlaceholder(literal)) continue;
      context.secretSeen(literal);
      const start = match.index;
      const path = pathAt(root, start);
      const key = path.join('\u0000');
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      context.report({
        message: `A GitHub ${tokenKind(literal)} is written in the file (${redactToken(literal)}); treat it as leaked`,
        span: [start, start + literal.length],
        path: [...path, `token#${n}`],
      });
    }
    if (context.file.kind === 'workflow') for (const job of jobsOf(root)) checkJob(context, job);
  },
};
