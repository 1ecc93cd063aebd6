import type { RegistryRule } from '../../registry/rules/common.js';
import { tokenExpiry } from '../token.js';
import { expiryWords } from './words.js';

export const tokenExpired: RegistryRule = {
  scope: 'registry-file',
  meta: {
    id: 'token-expired',
    category: 'token-expiry',
    defaultSeverity: 'critical',
    summary: 'A registered token is past its expiry (by its `expires` date, or `rotated` + `max-age-days`): whatever uses it is failing, or about to. Reported by `token-warden expiry`, which has a clock.',
    remediation: 'Rotate (or renew) the token now, update the secret, and record the new `expires` or `rotated` date in the registry.',
    docs: '#rule-token-expired',
    tags: ['token-registry', 'expiry'],
    appliesTo: ['registry'],
  },
  create({ registry, registryPath, now, observations }) {
    return {
      meta: tokenExpired.meta,
      collect: () => undefined,
      finish(ctx) {
        // Without a clock there is no "today": scans stay the same from day to day; `token-warden expiry` has one.
        if (now === undefined) return;
        for (const token of registry.tokens) {
          const e = tokenExpiry(token, registry.policy, now, observations.get(token.key));
          if (e.status !== 'expired') continue;
          ctx.report(registryPath, { message: `Token "${token.name}" expired ${expiryWords(e)}`, span: token.span, path: ['tokens', token.key, 'expiry'] });
        }
      },
    };
  },
};
