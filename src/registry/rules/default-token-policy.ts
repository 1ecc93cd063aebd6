import { collectUsage } from '../usage.js';
import { groupBy, MAX_RELATED, whereIs, type RegistryRule } from './common.js';

export const defaultTokenPolicy: RegistryRule = {
  scope: 'workflows',
  meta: {
    id: 'default-token-policy',
    category: 'token-registry',
    defaultSeverity: 'high',
    summary:
      'The registry\'s `default-token` policy is broken: a write grant to the GITHUB_TOKEN (`read-only`, `forbid`), or an explicit `secrets.GITHUB_TOKEN`/`github.token` (`forbid`), outside the allowed files.',
    remediation:
      'Use a registered token (a GitHub App or a fine-grained PAT) for what needs write access and keep the GITHUB_TOKEN read-only — or, for a reviewed exception, add the file to `policy.default-token-allowed-in`.',
    docs: '#rule-default-token-policy',
    tags: ['token-registry', 'policy', 'least-privilege'],
    appliesTo: ['workflow', 'action'],
  },
  create({ registry, allowedIn }) {
    const policy = registry.policy.defaultToken;
    return {
      meta: defaultTokenPolicy.meta,
      collect: collectUsage,
      finish(ctx) {
        if (policy === 'allow') return;
        for (const { path, kind, data } of ctx.collected) {
          if (allowedIn.matches(path)) continue;
          for (const grant of data.writeGrants) {
            const where = grant.level === 'workflow' ? 'the workflow' : `job "${grant.job}"`;
            ctx.report(path, {
              message: `The default-token policy is ${policy}, but ${where} grants the GITHUB_TOKEN write access (${grant.scopes.map((s) => (s === 'write-all' ? s : `${s}: write`)).join(', ')})`,
              span: grant.span,
              path: grant.path,
            });
          }
          if (policy !== 'forbid') continue;
          for (const [job, sites] of groupBy(data.githubToken, (s) => s.job ?? '')) {
            const first = sites[0]!;
            ctx.report(path, {
              message: `The default-token policy forbids the GITHUB_TOKEN, but ${whereIs(first, kind)} uses it explicitly (${sites.length} reference${sites.length === 1 ? '' : 's'})`,
              span: first.span,
              path: ['github-token', job || `(${kind})`],
              related: sites.slice(1, 1 + MAX_RELATED).map((s) => ({ message: 'also used here', span: s.span })),
            });
          }
        }
      },
    };
  },
};
