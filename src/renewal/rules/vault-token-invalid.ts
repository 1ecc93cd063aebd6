import { renewalRule } from './common.js';

export const vaultTokenInvalid = renewalRule({
  id: 'vault-token-invalid',
  category: 'token-renewal',
  defaultSeverity: 'critical',
  summary: 'Vault answered 403 `invalid token` to a registered Vault token: it is expired or revoked, and whatever uses it is failing. Reported by `token-warden vault-renew`.',
  remediation: 'Re-authenticate (log in with the auth method that issued it), put the new token in the secret the entry reads, and run vault-renew on a schedule shorter than a third of its TTL.',
  docs: '#rule-vault-token-invalid',
  tags: ['token-registry', 'vault', 'renewal'],
  appliesTo: ['registry'],
});
