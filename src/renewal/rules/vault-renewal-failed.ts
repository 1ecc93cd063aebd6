import { renewalRule } from './common.js';

export const vaultRenewalFailed = renewalRule({
  id: 'vault-renewal-failed',
  category: 'token-renewal',
  defaultSeverity: 'high',
  summary:
    "A Vault token could not be checked or renewed: Vault kept failing (network errors, timeouts, 5xx, 429) through the retries, retrying further would have gone past the token's expiry, or Vault rejected the request. Other tokens are still processed. Reported by `token-warden vault-renew`.",
  remediation: 'Check that the Vault address is reachable from the runner and Vault is unsealed, then run vault-renew again before the token expires.',
  docs: '#rule-vault-renewal-failed',
  tags: ['token-registry', 'vault', 'renewal'],
  appliesTo: ['registry'],
});
