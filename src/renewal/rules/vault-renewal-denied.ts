import { renewalRule } from './common.js';

export const vaultRenewalDenied = renewalRule({
  id: 'vault-renewal-denied',
  category: 'token-renewal',
  defaultSeverity: 'high',
  summary:
    "Vault answered 403 `permission denied` (without `invalid token`) to a Vault token's lookup-self or renew-self: a policy denies the token the path, so it cannot be kept alive. On a Vault older than 2024 a denied lookup-self can also mean expired or revoked. Reported by `token-warden vault-renew`.",
  remediation: 'Attach the `default` policy (it grants read on auth/token/lookup-self and update on auth/token/renew-self) or an equivalent one, or remove the deny; check the token with `vault token lookup` if the server is older than 2024.',
  docs: '#rule-vault-renewal-denied',
  tags: ['token-registry', 'vault', 'renewal'],
  appliesTo: ['registry'],
});
