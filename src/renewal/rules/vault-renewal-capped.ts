import { renewalRule } from './common.js';

export const vaultRenewalCapped = renewalRule({
  id: 'vault-renewal-capped',
  category: 'token-renewal',
  defaultSeverity: 'high',
  summary:
    'A Vault token has reached its max TTL: renew-self did not make its TTL grow, Vault refused to renew past the max, or it is due and its explicit max TTL ends with its TTL (high); or a renewal was capped short of the increment asked for (medium). Renewing cannot keep it alive: it ends for good at the max. Reported by `token-warden vault-renew`.',
  remediation: 'Re-authenticate before the max TTL ends (Vault Agent does the same) and put the new token in the secret the entry reads; or issue the token with a longer max TTL (role `token_max_ttl`, `explicit_max_ttl`) or as a periodic token.',
  docs: '#rule-vault-renewal-capped',
  tags: ['token-registry', 'vault', 'renewal'],
  appliesTo: ['registry'],
});
