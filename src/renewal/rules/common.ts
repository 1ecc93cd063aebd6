/**
 * The renewal rules share one shape: each reports, at the token's registry entry, the outcomes that
 * `judgeRenewal` (../vault-policy.ts) assigns to it. They know nothing of Vault; without renewal outcomes (a scan,
 * `registry validate`, `expiry`) they report nothing.
 */
import type { RegistryRule } from '../../registry/rules/common.js';
import type { RuleMeta } from '../../model/rule.js';
import { judgeRenewal } from '../vault-policy.js';

/** A registry rule reporting the renewal outcomes judged to be its own. */
export function renewalRule(meta: RuleMeta): RegistryRule {
  return {
    scope: 'registry-file',
    meta,
    create({ registry, registryPath, renewals }) {
      return {
        meta,
        collect: () => undefined,
        finish(ctx) {
          if (!renewals) return;
          for (const token of registry.tokens) {
            const outcome = renewals.get(token.key);
            const judged = outcome ? judgeRenewal(outcome) : undefined;
            if (!judged || judged.ruleId !== meta.id) continue;
            ctx.report(registryPath, { message: judged.message, ...(judged.severity ? { severity: judged.severity } : {}), span: token.span, path: ['tokens', token.key, 'vault-renewal'] });
          }
        },
      };
    },
  };
}
