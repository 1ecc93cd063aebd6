import type { RegistryRule } from '../../registry/rules/common.js';
import { declaredEvidence } from '../declared.js';

export const tokenLifetimeExceeded: RegistryRule = {
  scope: 'registry-file',
  meta: {
    id: 'token-lifetime-exceeded',
    category: 'token-expiry',
    defaultSeverity: 'medium',
    summary: "A token's lifetime (`rotated` → `max-age-days`, or `rotated` → `expires`) is longer than `policy.max-lifetime-days` allows for its kind.",
    remediation: 'Rotate the token more often (lower `max-age-days`, or issue it with an earlier expiry) — or, if the policy is wrong, change `policy.max-lifetime-days`.',
    docs: '#rule-token-lifetime-exceeded',
    tags: ['token-registry', 'hygiene', 'expiry'],
    appliesTo: ['registry'],
  },
  create({ registry, registryPath }) {
    return {
      meta: tokenLifetimeExceeded.meta,
      collect: () => undefined,
      finish(ctx) {
        for (const token of registry.tokens) {
          const limit = registry.policy.maxLifetimeDays[token.kind];
          if (limit === undefined) continue;
          // The longest lifetime any evidence gives: the rotation schedule, or the time from rotation to expiry.
          const over = declaredEvidence(token)
            .filter((e) => e.lifetimeDays !== undefined && e.lifetimeDays > limit)
            .sort((a, b) => b.lifetimeDays! - a.lifetimeDays!)[0];
          if (!over) continue;
          ctx.report(registryPath, {
            message: `Token "${token.name}" lives ${over.lifetimeDays} days (${over.note}); policy.max-lifetime-days allows ${limit} for ${token.kind}`,
            span: token.span,
            path: ['tokens', token.key, 'lifetime'],
          });
        }
      },
    };
  },
};
