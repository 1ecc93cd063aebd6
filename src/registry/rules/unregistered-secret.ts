import { didYouMean } from '../../model/suggest.js';
import { collectUsage } from '../usage.js';
import { groupBy, MAX_RELATED, type RegistryRule } from './common.js';

export const unregisteredSecret: RegistryRule = {
  scope: 'workflows',
  meta: {
    id: 'unregistered-secret',
    category: 'token-registry',
    defaultSeverity: 'high',
    summary: 'A workflow or action uses a secret (`secrets.X`, also when passing it to a reusable workflow) that the token registry does not list.',
    remediation:
      'Add the secret to the token registry with its owner, kind, scopes, used-by and expiry — or, if it is no longer needed, remove the reference and delete the secret.',
    docs: '#rule-unregistered-secret',
    tags: ['token-registry', 'drift'],
    appliesTo: ['workflow', 'action'],
  },
  create({ registry, registryPath }) {
    const registered = new Set(registry.tokens.map((t) => t.key));
    const names = registry.tokens.map((t) => t.name);
    return {
      meta: unregisteredSecret.meta,
      collect: collectUsage,
      finish(ctx) {
        for (const { path, data } of ctx.collected) {
          // A reusable workflow's declared secrets are parameters: what the caller passes is checked at the call site.
          const declared = new Set(data.declaredSecrets);
          for (const [key, refs] of groupBy(data.secrets, (r) => r.key)) {
            if (registered.has(key) || declared.has(key)) continue;
            const first = refs[0]!;
            ctx.report(path, {
              message: `Secret "${first.name}" is not in the token registry (${registryPath})${didYouMean(first.name, names)}`,
              span: first.span,
              path: ['secrets', key],
              related: refs.slice(1, 1 + MAX_RELATED).map((r) => ({ message: `"${r.name}" is also used here`, span: r.span })),
            });
          }
        }
      },
    };
  },
};
