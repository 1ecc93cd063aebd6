import type { RegistryRule } from './common.js';

export const registryMissingOwner: RegistryRule = {
  scope: 'registry-file',
  meta: {
    id: 'registry-missing-owner',
    category: 'token-registry',
    defaultSeverity: 'medium',
    summary: 'A high-risk token in the registry has no `owner`.',
    remediation: 'Name who answers for the token (`owner: "@org/team"`): someone has to rotate it, and be told when it leaks or expires.',
    docs: '#rule-registry-missing-owner',
    tags: ['token-registry', 'hygiene'],
    appliesTo: ['registry'],
  },
  create({ registry, registryPath }) {
    return {
      meta: registryMissingOwner.meta,
      collect: () => undefined,
      finish(ctx) {
        for (const token of registry.tokens) {
          if (token.risk !== 'high' || token.owner) continue;
          ctx.report(registryPath, { message: `High-risk token "${token.name}" has no owner`, span: token.span, path: ['tokens', token.key, 'owner'] });
        }
      },
    };
  },
};
