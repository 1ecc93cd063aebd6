/** The registry rules, in documentation order, and the factory that binds them to one registry. */
import type { ProjectRule, RuleMeta } from '../../model/rule.js';
import { pathMatcher, type PathMatcher } from '../../model/globs.js';
import type { Registry } from '../types.js';
import { summariseUsage, type FileUsage, type UsageSummary } from '../usage.js';
import type { RegistryRule, RegistryRuleContext } from './common.js';
import type { TokenObservation } from '../../expiry/sources/types.js';
import { unregisteredSecret } from './unregistered-secret.js';
import { staleRegistryEntry } from './stale-registry-entry.js';
import { secretOutsideScope } from './secret-outside-scope.js';
import { defaultTokenPolicy } from './default-token-policy.js';
import { registryMissingReason } from './registry-missing-reason.js';
import { registryMissingOwner } from './registry-missing-owner.js';
import { registryMissingExpiry } from './registry-missing-expiry.js';
import { registryBroadClassicPat } from './registry-broad-classic-pat.js';
import { pastedSecretInRegistry } from './pasted-secret-in-registry.js';
import { appTokenPermissions } from './app-token-permissions.js';
import { tokenExpired } from '../../expiry/rules/token-expired.js';
import { tokenExpiring } from '../../expiry/rules/token-expiring.js';
import { tokenLifetimeExceeded } from '../../expiry/rules/token-lifetime-exceeded.js';
import { tokenExpiryUnknown } from '../../expiry/rules/token-expiry-unknown.js';
import { tokenScopeDrift } from '../../expiry/rules/token-scope-drift.js';
import { RENEWAL_RULES } from '../../renewal/rules/index.js';
import type { RenewalOutcome } from '../../renewal/vault-policy.js';

export type { RegistryRule, RegistryRuleContext } from './common.js';
export { pastedSecretMessage } from './pasted-secret-in-registry.js';
export { environmentScopedSecrets } from './secret-outside-scope.js';

export const REGISTRY_RULES: readonly RegistryRule[] = [
  unregisteredSecret,
  staleRegistryEntry,
  secretOutsideScope,
  appTokenPermissions,
  defaultTokenPolicy,
  registryMissingReason,
  registryMissingOwner,
  registryMissingExpiry,
  registryBroadClassicPat,
  pastedSecretInRegistry,
  tokenExpired,
  tokenExpiring,
  tokenLifetimeExceeded,
  tokenExpiryUnknown,
  tokenScopeDrift,
  ...RENEWAL_RULES,
];

/** The expiry rules (src/expiry/rules), which `token-warden expiry` runs with a clock. */
export const EXPIRY_RULE_IDS: ReadonlySet<string> = new Set([tokenExpired, tokenExpiring, tokenLifetimeExceeded, tokenExpiryUnknown, tokenScopeDrift].map((r) => r.meta.id));

/** Rules that report only what an online source observed (never in a scan or an offline `expiry` run). */
export const ONLINE_ONLY_RULE_IDS: ReadonlySet<string> = new Set([tokenScopeDrift, ...RENEWAL_RULES].map((r) => r.meta.id));

/** The Vault renewal rules (src/renewal/rules), which only `token-warden vault-renew` feeds. */
export const RENEWAL_RULE_IDS: ReadonlySet<string> = new Set(RENEWAL_RULES.map((r) => r.meta.id));

/** Metadata of every registry rule (for the rules table, SARIF, config validation). */
export const REGISTRY_RULE_META: readonly RuleMeta[] = REGISTRY_RULES.map((r) => r.meta);

export interface RegistryRuleOptions {
  /**
   * `all` (default): drift against the scanned files plus the checks of the registry file alone.
   * `registry-file`: only the latter — for `registry validate`, where no workflows are scanned.
   */
  scope?: 'all' | 'registry-file';
  /** Receives where secrets and the token are actually used, once per scan (for the permissions matrix). */
  onUsage?: (usage: UsageSummary) => void;
  /** The clock for `token-expired` and `token-expiring`; without it they report nothing. */
  now?: Date;
  /** What the expiry sources observed, by token key (`token-warden expiry` online). */
  observations?: ReadonlyMap<string, Partial<TokenObservation>>;
  /** What `token-warden vault-renew` did to each Vault token, by token key (for the renewal rules). */
  renewals?: ReadonlyMap<string, RenewalOutcome>;
}

/**
 * The registry rules bound to one registry, as ProjectRules for `scan(inputs, { projectRules, extraFiles })`.
 * `registryPath` must be the path of the registry in `extraFiles` (relative to the scan root, like the scanned files).
 */
export function registryProjectRules(registry: Registry, registryPath: string, options: RegistryRuleOptions = {}): ProjectRule[] {
  const usedBy = new Map<string, PathMatcher>();
  for (const token of registry.tokens) if (token.usedBy !== undefined) usedBy.set(token.key, pathMatcher(token.usedBy));
  const context: RegistryRuleContext = { registry, registryPath, usedBy, allowedIn: pathMatcher(registry.policy.defaultTokenAllowedIn), now: options.now?.getTime(), observations: options.observations ?? new Map(), ...(options.renewals ? { renewals: options.renewals } : {}) };
  const selected = REGISTRY_RULES.filter((r) => options.scope !== 'registry-file' || r.scope === 'registry-file');
  let delivered = false;
  return selected.map((r) => {
    const rule = r.create(context);
    if (!options.onUsage || r.scope !== 'workflows') return rule as ProjectRule;
    const onUsage = options.onUsage;
    // Every drift rule sees the same collected data; whichever finishes first (and is not disabled) hands it over.
    const wrapped: ProjectRule<FileUsage> = {
      ...rule,
      finish(ctx) {
        if (!delivered) {
          delivered = true;
          onUsage(summariseUsage(ctx.collected));
        }
        rule.finish(ctx);
      },
    };
    return wrapped as ProjectRule;
  });
}
