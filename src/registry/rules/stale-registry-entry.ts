import { collectUsage } from '../usage.js';
import type { RegistryRule } from './common.js';

export const staleRegistryEntry: RegistryRule = {
  scope: 'workflows',
  meta: {
    id: 'stale-registry-entry',
    category: 'token-registry',
    defaultSeverity: 'low',
    summary: 'A registered token that no scanned workflow or action uses.',
    remediation:
      'If the token is no longer used, revoke it and remove its entry. If it is used outside GitHub Actions (a runtime or service token), say so with `used-by: []`.',
    docs: '#rule-stale-registry-entry',
    tags: ['token-registry', 'drift'],
    appliesTo: ['registry'],
  },
  create({ registry, registryPath }) {
    return {
      meta: staleRegistryEntry.meta,
      collect: collectUsage,
      finish(ctx) {
        // Nothing scanned is nothing to compare with, not evidence that every token is unused.
        if (ctx.collected.length === 0) return;
        const used = new Set(ctx.collected.flatMap((c) => c.data.secrets.map((r) => r.key)));
        const inherit = ctx.collected.flatMap((c) => c.data.bulk.filter((b) => b.how === 'secrets-inherit' && !String(b.target).startsWith('./')));
        const note =
          inherit.length > 0
            ? `; ${inherit.length} reusable-workflow call${inherit.length === 1 ? '' : 's'} with \`secrets: inherit\` may use it out of sight`
            : '';
        for (const token of registry.tokens) {
          if (token.usedBy !== undefined && token.usedBy.length === 0) continue;
          if (used.has(token.key)) continue;
          ctx.report(registryPath, {
            message: `Token "${token.name}" is registered but no scanned workflow or action uses it${note}`,
            span: token.span,
            path: ['tokens', token.key],
          });
        }
      },
    };
  },
};
