import type { Rule } from '../model/rule.js';

export const secretsOverexposed: Rule = {
  meta: {
    id: 'secrets-overexposed',
    category: 'secrets-overexposed',
    defaultSeverity: 'medium',
    summary: '`toJSON(secrets)` or `secrets[<computed>]` puts every secret within reach of the step.',
    remediation: 'Reference each secret by its literal name (`secrets.NAME`), so only the secrets a step needs are loaded into it.',
    docs: '#rule-secrets-overexposed',
    tags: ['least-privilege'],
    appliesTo: ['workflow', 'action'],
  },
  check(context) {
    for (const ref of context.file.expressions.all()) {
      const a = ref.analysis;
      if (!a.wholeSecrets && !a.dynamicSecretIndex) continue;
      const what = a.wholeSecrets ? 'the whole `secrets` context' : 'a secret chosen at run time (`secrets[…]` with a computed name)';
      context.report({
        message: `\`\${{ ${ref.inner} }}\` exposes ${what}`,
        span: ref.span,
        path: [...ref.path, ref.inner],
      });
    }
  },
};
