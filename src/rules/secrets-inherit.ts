import type { Rule } from '../model/rule.js';
import { entrySpan } from '../workflows/yaml.js';
import { isReusableCall, jobsOf } from '../workflows/model.js';

export const secretsInherit: Rule = {
  meta: {
    id: 'secrets-inherit',
    category: 'secrets-inherit',
    defaultSeverity: 'medium',
    summary: '`secrets: inherit` hands every secret of the repository and organisation to the called workflow.',
    remediation: 'Pass only the secrets the called workflow declares: `secrets: { NAME: ${{ secrets.NAME }} }`.',
    docs: '#rule-secrets-inherit',
    tags: ['least-privilege'],
    appliesTo: ['workflow'],
  },
  check(context) {
    for (const job of jobsOf(context.file.root)) {
      if (!isReusableCall(job.job)) continue;
      const secrets = job.job.secrets;
      if (typeof secrets === 'string' && secrets.trim() === 'inherit') {
        context.report({
          message: `Job "${job.id}" passes every secret to ${String(job.job.uses)} with \`secrets: inherit\``,
          span: entrySpan(job.job, 'secrets')!,
          path: [...job.path, 'secrets'],
        });
      }
    }
  },
};
