/** The Vault renewal rules, in documentation order. */
import type { RegistryRule } from '../../registry/rules/common.js';
import { vaultTokenInvalid } from './vault-token-invalid.js';
import { vaultRenewalCapped } from './vault-renewal-capped.js';
import { vaultTokenNotRenewable } from './vault-token-not-renewable.js';
import { vaultRenewalDenied } from './vault-renewal-denied.js';
import { vaultRenewalFailed } from './vault-renewal-failed.js';

export const RENEWAL_RULES: readonly RegistryRule[] = [vaultTokenInvalid, vaultRenewalCapped, vaultTokenNotRenewable, vaultRenewalDenied, vaultRenewalFailed];
