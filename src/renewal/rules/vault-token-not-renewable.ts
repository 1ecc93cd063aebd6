import { renewalRule } from './common.js';

export const vaultTokenNotRenewable = renewalRule({
  id: 'vault-token-not-renewable',
  category: 'token-renewal',
  defaultSeverity: 'medium',
  summary: 'A registered Vault token cannot be renewed (`renewable: false`, a batch token, or Vault refused with "lease is not renewable"): it will expire at its TTL. Reported by `token-warden vault-renew`.',
  remediation: 'Issue it as a renewable service token (or a periodic one) if it has to outlive its TTL; otherwise plan its re-issue before it expires.',
  docs: '#rule-vault-token-not-renewable',
  tags: ['token-registry', 'vault', 'renewal'],
  appliesTo: ['registry'],
});
