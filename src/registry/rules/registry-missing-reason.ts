import { isWriteScope } from '../types.js';
import type { RegistryRule } from './common.js';

export const registryMissingReason: RegistryRule = {
  scope: 'registry-file',
  meta: {
    id: 'registry-missing-reason',
    category: 'token-registry',
    defaultSeverity: 'low',
    summary: 'A registry entry grants a write scope without a `reason`.',
    remediation: 'Say why the token needs write access in `reason:` — or drop the scope to read.',
    docs: '#rule-registry-missing-reason',
    tags: ['token-registry', 'hygiene'],
    appliesTo: ['registry'],
  },
  create({ registry, registryPath }) {
    return {
      meta: registryMissingReason.meta,
      collect: () => undefined,
      finish(ctx) {
        for (const token of registry.tokens) {
          if (token.reason) continue;
          const writes = token.scopes.filter(isWriteScope);
          if (writes.length === 0) continue;
          ctx.report(registryPath, {
            message: `Token "${token.name}" has write scopes (${writes.map((s) => (s.form === 'classic' ? s.name : `${s.name}: ${s.level}`)).join(', ')}) but no \`reason\``,
            span: writes[0]!.span,
            path: ['tokens', token.key, 'reason'],
          });
        }
      },
    };
  },
};
