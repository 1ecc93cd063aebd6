import { spanAt } from '../types.js';
import type { RegistryRule } from './common.js';

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export const registryLifetimeExceeded: RegistryRule = {
  scope: 'registry-file',
  meta: {
    id: 'registry-lifetime-exceeded',
    category: 'token-registry',
    defaultSeverity: 'medium',
    summary: "A token's declared rotation period (`max-age-days`, or `expires` after `rotated`) is longer than `policy.max-lifetime-days` allows for its kind.",
    remediation: 'Rotate the token more often (lower `max-age-days`, or issue it with an earlier expiry) — or, if the policy is wrong, change `policy.max-lifetime-days`.',
    docs: '#rule-registry-lifetime-exceeded',
    tags: ['token-registry', 'hygiene', 'expiry'],
    appliesTo: ['registry'],
  },
  create({ registry, registryPath }) {
    return {
      meta: registryLifetimeExceeded.meta,
      collect: () => undefined,
      finish(ctx) {
        for (const token of registry.tokens) {
          const limit = registry.policy.maxLifetimeDays[token.kind];
          if (limit === undefined) continue;
          const path = ['tokens', token.key, 'lifetime'];
          if (token.maxAgeDays !== undefined && token.maxAgeDays > limit) {
            ctx.report(registryPath, {
              message: `Token "${token.name}" is rotated every ${token.maxAgeDays} days; policy.max-lifetime-days allows ${limit} for ${token.kind}`,
              span: spanAt(registry, ['tokens', token.name, 'max-age-days'], 'value'),
              path,
            });
          } else if (token.expires && token.rotated && daysBetween(token.rotated, token.expires) > limit) {
            ctx.report(registryPath, {
              message: `Token "${token.name}" expires ${daysBetween(token.rotated, token.expires)} days after its last rotation; policy.max-lifetime-days allows ${limit} for ${token.kind}`,
              span: spanAt(registry, ['tokens', token.name, 'expires'], 'value'),
              path,
            });
          }
        }
      },
    };
  },
};
