import { EXPIRING_KINDS } from '../../expiry/token.js';
import type { RegistryRule } from './common.js';

export const registryMissingExpiry: RegistryRule = {
  scope: 'registry-file',
  meta: {
    id: 'registry-missing-expiry',
    category: 'token-registry',
    defaultSeverity: 'medium',
    summary: 'A high-risk token in the registry has no expiry information (`expires`, or `rotated` with `max-age-days`); kinds that normally expire are `token-expiry-unknown` instead.',
    remediation: 'Give the token an expiry date (`expires: YYYY-MM-DD`) or a rotation schedule (`rotated:` and `max-age-days:`), so it can be renewed before it lapses or leaks for ever.',
    docs: '#rule-registry-missing-expiry',
    tags: ['token-registry', 'hygiene', 'expiry'],
    appliesTo: ['registry'],
  },
  create({ registry, registryPath }) {
    return {
      meta: registryMissingExpiry.meta,
      collect: () => undefined,
      finish(ctx) {
        for (const token of registry.tokens) {
          // A kind that normally expires is reported by token-expiry-unknown, whatever its risk: once is enough.
          if (token.risk !== 'high' || token.expires || token.rotated || EXPIRING_KINDS.has(token.kind)) continue;
          ctx.report(registryPath, {
            message: `High-risk token "${token.name}" has no expiry information (expires, or rotated with max-age-days)`,
            span: token.span,
            path: ['tokens', token.key, 'expires'],
          });
        }
      },
    };
  },
};
