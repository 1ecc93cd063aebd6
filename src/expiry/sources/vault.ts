/**
 * The `vault` expiry source: one `lookup-self` per registry token of kind `vault` that has a value, through the Vault
 * client (../../vault/client.ts), turned into evidence for the policy:
 *
 * - `expire_time` (absolute, preferred) or `ttl` (seconds from now) → the expiry date, written in UTC.
 * - lifetime: `explicit_max_ttl` when set (renewals cannot go past it); otherwise creation → current expiry, which for
 *   a renewable token is the lifetime so far (a token renewed for months shows it against max-lifetime-days).
 * - a root or other non-expiring token (ttl 0, no expire_time) → never expires.
 * - 403 `invalid token` → evidence dated now (expired or revoked). 403 `permission denied` alone → a note: on a
 *   current Vault it is a policy denial, on one before 2024 it may also mean expired; it is not taken as expiry.
 * - no `VAULT_ADDR` → one info note, nothing looked up; a failure after the client's retries → a warning naming the
 *   token, and the other tokens are still looked up.
 *
 * The value is only ever sent as `X-Vault-Token`; notes hold numbers and names, never anything Vault echoed of it.
 */
import type { RegistryToken } from '../../registry/types.js';
import { createVaultClient, resolveVaultAddress, type VaultClient, type VaultClientOptions, type VaultTokenInfo } from '../../vault/client.js';
import { VaultError, VaultPermissionDenied, VaultTokenInvalid } from '../../vault/errors.js';
import { emptyResult, observe, type ExpirySource, type SourceResult } from './types.js';
import { valueVariable } from './values.js';

const DAY_MS = 86_400_000;

export interface VaultSourceOptions extends Omit<VaultClientOptions, 'env'> {
  /** Where `VAULT_ADDR` and `VAULT_NAMESPACE` are read (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Builds the client (default `createVaultClient`); tests and the renewal code can pass their own. */
  createClient?: (options: VaultClientOptions) => Pick<VaultClient, 'lookupSelf' | 'calls'>;
}

export const VAULT_INVALID_TOKEN_NOTE = 'Vault answered 403 (invalid token): expired or revoked';
export const VAULT_NEVER_EXPIRES_NOTE = 'Vault root/non-expiring token (ttl 0)';

/** ISO without `.000`. */
function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function days(seconds: number): string {
  const d = seconds / 86_400;
  return Number.isInteger(d) ? `${d} days` : `${Math.floor(d)}+ days`;
}

/** What one lookup says, as evidence and notes. Pure; `nowMs` is the run's clock. */
export function observeVaultLookup(result: SourceResult, token: RegistryToken, info: VaultTokenInfo, nowMs: number): void {
  const o = observe(result, token.key);
  o.valueKind = info.type === 'batch' ? 'Vault batch token' : 'Vault service token';
  const expireMs = info.expireTime ? Date.parse(info.expireTime) : Number.NaN;
  const expiresAtMs = Number.isFinite(expireMs) ? expireMs : info.ttl > 0 ? nowMs + info.ttl * 1000 : undefined;

  if (expiresAtMs === undefined) {
    o.neverExpires = { source: 'vault', note: VAULT_NEVER_EXPIRES_NOTE };
    if (info.policies.includes('root')) o.notes.push('Vault: a root token (policy "root")');
  } else {
    const creationMs = info.creationTime !== undefined ? info.creationTime * 1000 : undefined;
    let lifetimeDays: number | undefined;
    if (info.explicitMaxTtl > 0) lifetimeDays = Math.floor(info.explicitMaxTtl / 86_400);
    else if (creationMs !== undefined && expiresAtMs >= creationMs) lifetimeDays = Math.floor((expiresAtMs - creationMs) / DAY_MS);
    const parts = [`ttl ${info.ttl} s`, info.renewable ? 'renewable' : 'not renewable'];
    if (info.creationTtl > 0 && info.creationTtl !== info.ttl) parts.push(`created with ttl ${info.creationTtl} s`);
    o.evidence.push({ source: 'vault', expiresAt: iso(expiresAtMs), ...(lifetimeDays !== undefined ? { lifetimeDays } : {}), note: `Vault: ${parts.join(', ')}` });
  }

  if (info.explicitMaxTtl > 0) {
    const until = info.creationTime !== undefined ? `: renewals cannot go past ${iso((info.creationTime + info.explicitMaxTtl) * 1000)}` : '';
    o.notes.push(`Vault: explicit max TTL ${info.explicitMaxTtl} s (${days(info.explicitMaxTtl)})${until}`);
  }
  if (info.period !== undefined) o.notes.push(`Vault: periodic token (period ${info.period} s): each renewal resets the ttl to the period`);
  if (!info.renewable && expiresAtMs !== undefined) o.notes.push(info.type === 'batch' ? 'not renewable (batch token): must be re-issued' : 'not renewable: must be re-issued');
  if (info.numUses !== undefined && info.numUses > 0) o.notes.push(`Vault: limited to ${info.numUses} more uses`);
}

export function vaultSource(options: VaultSourceOptions = {}): ExpirySource {
  const { env = process.env, createClient = createVaultClient, ...clientOptions } = options;
  return {
    name: 'vault',
    async collect(context) {
      const result = emptyResult();
      const tokens = context.registry.tokens.filter((t) => t.kind === 'vault');
      if (tokens.length === 0) return result;

      const withValue: Array<[RegistryToken, string]> = [];
      const unset: string[] = [];
      for (const token of tokens) {
        const value = context.valueOf(token);
        if (value === undefined) unset.push(`${token.name} (${valueVariable(token)})`);
        else withValue.push([token, value]);
      }
      if (unset.length) result.notes.push({ source: 'vault', level: 'info', message: `no value in the environment for ${unset.join(', ')}: not looked up` });
      if (withValue.length === 0) return result;

      if (!resolveVaultAddress(clientOptions, env)) {
        const names = withValue.map(([t]) => t.name).join(', ');
        result.notes.push({ source: 'vault', level: 'info', message: `VAULT_ADDR is not set: ${names} not looked up in Vault` });
        return result;
      }
      let client: Pick<VaultClient, 'lookupSelf' | 'calls'>;
      try {
        client = createClient({ ...clientOptions, env });
      } catch (error) {
        result.notes.push({ source: 'vault', level: 'warning', message: error instanceof Error ? error.message : String(error) });
        return result;
      }

      for (const [token, value] of withValue) {
        try {
          observeVaultLookup(result, token, await client.lookupSelf(value), context.nowMs);
        } catch (error) {
          if (error instanceof VaultTokenInvalid) {
            observe(result, token.key).evidence.push({ source: 'vault', expiresAt: new Date(context.nowMs).toISOString(), note: VAULT_INVALID_TOKEN_NOTE });
          } else if (error instanceof VaultPermissionDenied) {
            observe(result, token.key).notes.push(
              'Vault answered 403 (permission denied) to lookup-self: the token\'s policies do not allow it (the default policy does), or, on a Vault older than 2024, the token is expired or revoked',
            );
          } else {
            // The client scrubs the value from its errors; anything else is scrubbed here.
            const message = (error instanceof VaultError ? error.message : String(error instanceof Error ? error.message : error)).split(value).join('***');
            result.notes.push({ source: 'vault', level: 'warning', token: token.name, message: `${token.name}: ${message}` });
          }
        }
      }
      result.calls = client.calls;
      return result;
    },
  };
}
