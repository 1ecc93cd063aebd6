import type { Rule } from '../model/rule.js';

export const unredactedSecret: Rule = {
  meta: {
    id: 'unredacted-secret',
    category: 'unredacted-secret',
    defaultSeverity: 'medium',
    summary: '`fromJSON(secrets.X)` yields values the runner does not know to mask, so they can appear in logs in clear.',
    remediation: 'Store each value as its own secret, or mask the parsed values with `::add-mask::` before use.',
    docs: '#rule-unredacted-secret',
    tags: ['log-exposure'],
    appliesTo: ['workflow', 'action'],
  },
  check(context) {
    for (const ref of context.file.expressions.all()) {
      for (const name of ref.analysis.fromJsonSecrets) {
        context.report({
          message: `\`fromJSON(secrets.${name})\`: values parsed out of a secret are not masked in logs`,
          span: ref.span,
          path: [...ref.path, `fromJSON:${name}`],
        });
      }
    }
  },
};
