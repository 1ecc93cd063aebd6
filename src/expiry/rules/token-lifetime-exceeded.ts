import type { RegistryRule } from '../../registry/rules/common.js';
import { declaredEvidence } from '../declared.js';

export const tokenLifetimeExceeded: RegistryRule = {
  scope: 'registry-file',
  meta: {
    id: 'token-lifetime-exceeded',
    category: 'token-expiry',
    defaultSeverity: 'medium',
    summary: "A token's lifetime (`rotated` → `max-age-days`, `rotated` → `expires`, or what a source reports: no expiry at all for a PAT GitHub says never expires, a JWT's `iat` → `exp`, a Vault token's TTL) is longer than `policy.max-lifetime-days` allows for its kind.",
    remediation: 'Rotate the token more often (lower `max-age-days`, or issue it with an earlier expiry) — or, if the policy is wrong, change `policy.max-lifetime-days`.',
    docs: '#rule-token-lifetime-exceeded',
    tags: ['token-registry', 'hygiene', 'expiry'],
    appliesTo: ['registry'],
  },
  create({ registry, registryPath, observations }) {
    return {
      meta: tokenLifetimeExceeded.meta,
      collect: () => undefined,
      finish(ctx) {
        for (const token of registry.tokens) {
          const limit = registry.policy.maxLifetimeDays[token.kind];
          if (limit === undefined) continue;
          const observed = observations.get(token.key);
          // A source that knows the token never expires: no lifetime is short enough.
          if (observed?.neverExpires) {
            ctx.report(registryPath, {
              message: `Token "${token.name}" never expires (${observed.neverExpires.note}); policy.max-lifetime-days allows ${limit} days for ${token.kind}`,
              span: token.span,
              path: ['tokens', token.key, 'lifetime'],
            });
            continue;
          }
          // The longest lifetime any evidence gives: the rotation schedule, the time from rotation to expiry, or what a
          // source reports (a Vault token's max TTL, a JWT's iat → exp, a secret's age).
          const over = [...declaredEvidence(token), ...(observed?.evidence ?? [])]
            .filter((e) => e.lifetimeDays !== undefined && e.lifetimeDays > limit)
            .sort((a, b) => b.lifetimeDays! - a.lifetimeDays!)[0];
          if (!over) continue;
          ctx.report(registryPath, {
            message: `Token "${token.name}" lives ${over.lifetimeDays} days (${over.source === 'declared' ? '' : `${over.source}: `}${over.note}); policy.max-lifetime-days allows ${limit} for ${token.kind}`,
            span: token.span,
            path: ['tokens', token.key, 'lifetime'],
          });
        }
      },
    };
  },
};
