import type { RegistryRule } from '../../registry/rules/common.js';
import { declaredEvidence } from '../declared.js';
import { earliestEvidence } from '../policy.js';
import { EXPIRING_KINDS } from '../token.js';

export const tokenExpiryUnknown: RegistryRule = {
  scope: 'registry-file',
  meta: {
    id: 'token-expiry-unknown',
    category: 'token-expiry',
    defaultSeverity: 'medium',
    summary: 'A token of a kind that normally expires (classic or fine-grained PAT, Vault token, JWT) whose expiry no source gives, so nobody is warned before it lapses.',
    remediation: 'Record when it expires (`expires: YYYY-MM-DD`) or its rotation schedule (`rotated:` and `max-age-days:`).',
    docs: '#rule-token-expiry-unknown',
    tags: ['token-registry', 'hygiene', 'expiry'],
    appliesTo: ['registry'],
  },
  create({ registry, registryPath, observations }) {
    return {
      meta: tokenExpiryUnknown.meta,
      collect: () => undefined,
      finish(ctx) {
        for (const token of registry.tokens) {
          if (!EXPIRING_KINDS.has(token.kind)) continue;
          const observed = observations.get(token.key);
          if (observed?.neverExpires || earliestEvidence([...declaredEvidence(token), ...(observed?.evidence ?? [])])) continue;
          ctx.report(registryPath, {
            message: `Token "${token.name}" is a ${token.kind}, which normally expires, but no source gives its expiry (declared: no expires, no rotated + max-age-days${observations.size ? '; no online source dated it either' : ''})`,
            span: token.span,
            path: ['tokens', token.key, 'expires'],
          });
        }
      },
    };
  },
};
