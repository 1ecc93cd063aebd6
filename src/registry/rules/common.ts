/** What every registry rule shares: its context (the registry, compiled globs) and how it is declared. */
import type { ProjectRule, RuleMeta } from '../../model/rule.js';
import type { PathMatcher } from '../../model/globs.js';
import type { Registry } from '../types.js';
import type { FileUsage, UsageSite } from '../usage.js';
import type { TokenObservation } from '../../expiry/sources/types.js';
import type { RenewalOutcome } from '../../renewal/vault-policy.js';

export interface RegistryRuleContext {
  readonly registry: Registry;
  /** The registry's path as passed to scan() in `extraFiles` (findings on the registry use it). */
  readonly registryPath: string;
  /** Compiled `used-by` of each token that has one, by upper-cased name. */
  readonly usedBy: ReadonlyMap<string, PathMatcher>;
  /** Compiled `policy.default-token-allowed-in`. */
  readonly allowedIn: PathMatcher;
  /** The clock (ms since the epoch) for rules about dates; undefined in a scan, whose result must not change by the day. */
  readonly now: number | undefined;
  /** What the expiry sources observed, by token key; empty in a scan and in an offline `expiry` run. */
  readonly observations: ReadonlyMap<string, Partial<TokenObservation>>;
  /** What `token-warden vault-renew` did to each Vault token, by token key; absent everywhere else. */
  readonly renewals?: ReadonlyMap<string, RenewalOutcome>;
}

export interface RegistryRule {
  meta: RuleMeta;
  /**
   * `workflows`: compares the registry with the scanned workflows and actions (drift);
   * `registry-file`: judges the registry file alone (also useful for `registry validate`).
   */
  scope: 'workflows' | 'registry-file';
  create(context: RegistryRuleContext): ProjectRule<FileUsage>;
}

/** "job "build"", "the workflow level" or "the action": where a site is, in words. */
export function whereIs(site: UsageSite, kind: 'workflow' | 'action'): string {
  if (site.job !== undefined) return `job "${site.job}"`;
  return kind === 'action' ? 'the action' : 'the workflow level';
}

/** Groups items by a key, keeping first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** At most this many "also here" locations per finding. */
export const MAX_RELATED = 10;
