import type { Rule } from '../model/rule.js';
import { publishCredentials, registryHint } from '../workflows/publishing.js';
import { exposureNote, jobTokenContext, shiftByExposure, stepTokenContext } from '../workflows/token-power.js';

export const trustedPublishing: Rule = {
  meta: {
    id: 'trusted-publishing',
    category: 'trusted-publishing',
    defaultSeverity: 'low',
    summary:
      'A long-lived registry token used to publish where the registry accepts a short-lived one minted from the job\'s OIDC identity (trusted publishing): PyPI, npm, crates.io, RubyGems, NuGet. The best token is the one that does not exist.',
    remediation:
      'Configure a trusted publisher for the workflow on the registry, grant the publishing job `id-token: write`, remove the token from the workflow, then revoke it and delete the secret.',
    docs: '#rule-trusted-publishing',
    tags: ['long-lived-credential', 'oidc'],
    appliesTo: ['workflow', 'action'],
  },
  check(context) {
    for (const cred of publishCredentials(context.file)) {
      const ctx = stepTokenContext(jobTokenContext(context.file, cred.step.job), cred.step);
      const what = cred.optOut
        ? `${cred.how} turns trusted publishing off: the gem is pushed with a long-lived API key instead`
        : `${cred.secrets.length === 1 ? 'Secret' : 'Secrets'} ${cred.secrets.join(', ')} (${cred.how}) ${cred.secrets.length === 1 ? 'is a long-lived token' : 'are long-lived tokens'} publishing to ${cred.registry}`;
      context.report({
        // Low: nothing is exposed here that another rule would not report; the finding is that the token need not
        // exist. Anyone being able to start the workflow raises it, as for every credential.
        message: `${what}. ${cred.registry} supports trusted publishing: ${registryHint(cred.registry)}; then revoke the token${exposureNote(ctx)}`,
        severity: shiftByExposure('low', ctx),
        span: cred.span,
        path: [...cred.path, 'trusted-publishing'],
        ...(cred.related.length ? { related: cred.related } : {}),
      });
    }
  },
};
