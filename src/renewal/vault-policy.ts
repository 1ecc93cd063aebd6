/**
 * Vault token renewal, the pure half: when a token is due (the way Vault's own `api.LifetimeWatcher` decides), what
 * one token's renewal came to, which finding that is, and the metrics reported for it. No I/O: ./vault-renew.ts does
 * the lookups and renewals through the Vault client and hands the results here.
 *
 * When to renew (API-FACTS part 2 §6, hashicorp/vault api/lifetime_watcher.go): the watcher sleeps
 * `⅔·remaining + ⅓·grace` after each renewal, with `grace = 0.1·d + rand[0, 0.1·d)` and `d` the lease it gets per
 * renewal (the increment when one is set, else the lease). A lease renewed to `d` is therefore renewed again once
 * `⅓·(d − grace)` is left: after about two thirds of it, at 70–73⅓ % with the jitter. A one-shot run (a scheduled job)
 * renews when the TTL left has fallen below that threshold; an entry's `renew-threshold` replaces it (no jitter).
 */
import type { VaultRenewal, VaultTokenInfo } from '../vault/client.js';
import { formatDuration } from '../vault/duration.js';
import type { Severity } from '../model/severity.js';

/** LifetimeWatcher's grace: 10 % of the lease plus up to another 10 % at random. */
export const GRACE_BASE = 0.1;
export const GRACE_JITTER = 0.1;

/** The rule ids a renewal outcome can be reported under (one per way a person reacts; see ./rules). */
export const RENEWAL_RULE = {
  invalid: 'vault-token-invalid',
  capped: 'vault-renewal-capped',
  notRenewable: 'vault-token-not-renewable',
  denied: 'vault-renewal-denied',
  failed: 'vault-renewal-failed',
} as const;
export type RenewalRuleId = (typeof RENEWAL_RULE)[keyof typeof RENEWAL_RULE];

/**
 * The TTL left below which a lease of `leaseSeconds` is renewed, as LifetimeWatcher would: `⅓·(d − grace)`, between
 * `0.8·d/3` and `0.9·d/3` (26⅔–30 % of the lease left). `random` returns [0, 1), like Math.random.
 */
export function lifetimeWatcherThreshold(leaseSeconds: number, random: () => number): number {
  const r = Math.min(Math.max(random(), 0), 1);
  const grace = leaseSeconds * (GRACE_BASE + GRACE_JITTER * r);
  return Math.floor((leaseSeconds - grace) / 3);
}

export interface RenewalInput {
  info: VaultTokenInfo;
  /** The run's clock when the lookup answered (ms). */
  nowMs: number;
  /** Seconds to ask for: the entry's `renew-increment`, else the run's (`--increment`); undefined: the token's creation TTL. */
  incrementSeconds?: number;
  /** The entry's `renew-threshold` (seconds); undefined: LifetimeWatcher's, with jitter. */
  thresholdSeconds?: number;
  random: () => number;
}

export type RenewalDecision =
  /** Due: renew-self with `increment` (undefined: none, Vault's own — a periodic token gets its period anyway). */
  | { action: 'renew'; ttl: number; threshold: number; thresholdFrom: 'entry' | 'lifetime-watcher'; increment?: number }
  /** Not due yet. `atMax`: its explicit max TTL ends with its TTL, so when it is due it cannot be renewed. */
  | { action: 'wait'; ttl: number; threshold: number; thresholdFrom: 'entry' | 'lifetime-watcher'; increment?: number; atMax?: true }
  /** A root or other token without expiry: nothing to keep alive. */
  | { action: 'never-expires' }
  /** `renewable: false` (batch tokens, tokens created so): it has to be re-issued. */
  | { action: 'not-renewable'; ttl: number; batch: boolean }
  /** Due, but its explicit max TTL ends no later than its current TTL: renewing cannot make it live longer. */
  | { action: 'at-max'; ttl: number; threshold: number; maxEndsAtMs: number };

/** Whether the token is due and what to ask for. Pure. */
export function decideRenewal(input: RenewalInput): RenewalDecision {
  const { info, nowMs } = input;
  if (info.ttl === 0 && !info.expireTime) return { action: 'never-expires' };
  if (!info.renewable) return { action: 'not-renewable', ttl: info.ttl, batch: info.type === 'batch' };
  // A periodic token is renewed to its period whatever is asked: ask for nothing rather than something it ignores.
  const increment = info.period !== undefined ? undefined : (input.incrementSeconds ?? (info.creationTtl > 0 ? info.creationTtl : undefined));
  const lease = info.period ?? increment ?? (info.creationTtl > 0 ? info.creationTtl : info.ttl);
  const thresholdFrom = input.thresholdSeconds !== undefined ? 'entry' : 'lifetime-watcher';
  const threshold = input.thresholdSeconds ?? lifetimeWatcherThreshold(lease, input.random);
  const decided = { ttl: info.ttl, threshold, thresholdFrom, ...(increment !== undefined ? { increment } : {}) } as const;
  // The explicit max TTL is the one cap a lookup shows (the mount's and the role's show only in renew-self's answer).
  // A second of slack: Vault counts in whole seconds, the clocks do not.
  const maxEndsAtMs = info.explicitMaxTtl > 0 && info.creationTime !== undefined ? (info.creationTime + info.explicitMaxTtl) * 1000 : undefined;
  const atMax = maxEndsAtMs !== undefined && maxEndsAtMs - nowMs <= (info.ttl + 1) * 1000;
  if (info.ttl >= threshold) return { action: 'wait', ...decided, ...(atMax ? { atMax: true as const } : {}) };
  return atMax ? { action: 'at-max', ttl: info.ttl, threshold, maxEndsAtMs: maxEndsAtMs! } : { action: 'renew', ...decided };
}

/** How one token's lookup or renewal failed, classified by what a person does about it. */
export interface RenewalFailure {
  stage: 'lookup' | 'renew';
  /**
   * `invalid`: 403 invalid token (expired or revoked); `denied`: 403 permission denied only (a policy); `past-max`:
   * Vault refused to renew past the max TTL; `not-renewable`: Vault says the lease is not renewable; `deadline`: the
   * next retry would come after the token expires; `error`: anything else after the retries (network, 5xx, 4xx).
   */
  kind: 'invalid' | 'denied' | 'past-max' | 'not-renewable' | 'deadline' | 'error';
  /** The client's message, scrubbed of the value. */
  message: string;
}

/** What happened to one registry token of kind `vault`. Plain data: names, numbers and times, never a value. */
export interface RenewalOutcome {
  /** Registry name and key. */
  name: string;
  key: string;
  /** The environment variable the value was read from. */
  variable: string;
  dryRun: boolean;
  /** Not looked up: no value in the environment, or no Vault address. */
  skipped?: 'no-value' | 'no-address';
  /** When lookup-self was sent (ms). */
  checkedAtMs?: number;
  info?: VaultTokenInfo;
  decision?: RenewalDecision;
  /** renew-self's answer, with when it came (ms). */
  renewal?: VaultRenewal & { atMs: number };
  failure?: RenewalFailure;
}

export type RenewalStatus =
  | 'renewed'
  | 'would-renew'
  | 'fresh'
  | 'capped'
  | 'not-renewable'
  | 'never-expires'
  | 'invalid'
  | 'denied'
  | 'failed'
  | 'skipped';

/** The TTL grew when the new lease is longer than what was left at the lookup. */
function grew(o: RenewalOutcome): boolean {
  return o.renewal !== undefined && o.info !== undefined && o.renewal.leaseDuration > o.info.ttl;
}

/**
 * Capped at the max TTL: Vault's "exceeded the effective max_ttl" warning, or less than the increment asked for (a
 * periodic token, asked for nothing, gets its period: not capped unless Vault warns).
 */
function renewalCapped(o: RenewalOutcome): boolean {
  const r = o.renewal;
  if (!r) return false;
  return r.warnings.some((w) => /exceeded the effective max_ttl/i.test(w)) || (r.requestedSeconds !== undefined && r.leaseDuration < r.requestedSeconds);
}

export function renewalStatus(o: RenewalOutcome): RenewalStatus {
  if (o.skipped) return 'skipped';
  if (o.failure) {
    const byKind: Record<RenewalFailure['kind'], RenewalStatus> = { invalid: 'invalid', denied: 'denied', 'past-max': 'capped', 'not-renewable': 'not-renewable', deadline: 'failed', error: 'failed' };
    return byKind[o.failure.kind];
  }
  if (o.renewal) return grew(o) ? 'renewed' : 'capped';
  switch (o.decision?.action) {
    case 'never-expires':
      return 'never-expires';
    case 'not-renewable':
      return 'not-renewable';
    case 'at-max':
      return 'capped';
    case 'renew':
      return o.dryRun ? 'would-renew' : 'failed';
    default:
      return 'fresh';
  }
}

/** ISO 8601 in UTC, without milliseconds. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * When the token expires after this run (renewed: as renewed), in ms on the run's clock; undefined when it does not
 * expire or nothing is known. Counted from the TTL, not Vault's `expire_time`, so that a skew between the runner's
 * clock and Vault's does not make "expires in …" disagree with the TTL beside it.
 */
export function expiresAtMs(o: RenewalOutcome): number | undefined {
  if (o.renewal) return o.renewal.atMs + o.renewal.leaseDuration * 1000;
  if (!o.info || o.checkedAtMs === undefined) return undefined;
  if (o.info.ttl === 0 && !o.info.expireTime) return undefined;
  return o.checkedAtMs + o.info.ttl * 1000;
}

/** Per-token metrics, as the CLI's JSON and the action report them (snake_case: a frozen output shape). */
export interface VaultTokenMetrics {
  token: string;
  /** The environment variable the value came from (never the value). */
  env: string;
  status: RenewalStatus;
  /** When lookup-self was sent; null when the token was not looked up. */
  last_check: string | null;
  /** This run's renewal, else the last one Vault knows of (`last_renewal_time`); null when never renewed. */
  last_renewal: string | null;
  /** Seconds left at the lookup. */
  ttl_before: number | null;
  /** Seconds left after this run: the new lease when renewed, else as before. */
  ttl_after: number | null;
  /** renew-self answered and the TTL grew. */
  renewed: boolean;
  /** Capped at the max TTL: renewals cannot extend it (much) further; re-authentication is due. */
  capped: boolean;
  renewable: boolean | null;
  /** The TTL left below which it is renewed (seconds). */
  threshold: number | null;
  /** Seconds asked for (null: none asked, Vault's default or the period). */
  increment: number | null;
  /** When it expires after this run (UTC); null when it does not, or nothing is known. */
  expires_at: string | null;
}

export function renewalMetrics(o: RenewalOutcome): VaultTokenMetrics {
  const status = renewalStatus(o);
  const d = o.decision;
  // Renewed means the TTL grew: a renew-self that left it where it was (capped) kept nothing alive.
  const renewedNow = status === 'renewed';
  const lastRenewalMs = o.renewal?.atMs ?? (o.info?.lastRenewalTime !== undefined ? o.info.lastRenewalTime * 1000 : undefined);
  const expires = expiresAtMs(o);
  return {
    token: o.name,
    env: o.variable,
    status,
    last_check: o.checkedAtMs !== undefined ? isoSeconds(o.checkedAtMs) : null,
    last_renewal: lastRenewalMs !== undefined ? isoSeconds(lastRenewalMs) : null,
    ttl_before: o.info?.ttl ?? null,
    ttl_after: o.renewal?.leaseDuration ?? o.info?.ttl ?? null,
    renewed: renewedNow,
    capped: status === 'capped' || renewalCapped(o) || (d?.action === 'wait' && d.atMax === true),
    renewable: o.info?.renewable ?? null,
    threshold: d && (d.action === 'renew' || d.action === 'wait' || d.action === 'at-max') ? d.threshold : null,
    increment: o.renewal?.requestedSeconds ?? (d && (d.action === 'renew' || d.action === 'wait') ? (d.increment ?? null) : null),
    expires_at: expires !== undefined ? isoSeconds(expires) : null,
  };
}

/** What a finding says about one outcome: which rule, the severity when not the rule's default, the message. */
export interface RenewalJudgement {
  ruleId: RenewalRuleId;
  severity?: Severity;
  message: string;
}

/** `at 2027-01-01T10:00:00Z (in 2h)` relative to `fromMs`. */
function when(atMs: number, fromMs: number): string {
  const left = Math.round((atMs - fromMs) / 1000);
  return `${isoSeconds(atMs)} (${left > 0 ? `in ${formatDuration(left)}` : 'now'})`;
}

/** Vault's own warnings about the cap, quoted (they name durations, never the token). */
function capWarning(o: RenewalOutcome): string {
  const w = o.renewal?.warnings.find((x) => /exceeded the effective max_ttl/i.test(x));
  return w ? `; Vault: ${w}` : '';
}

/** The finding an outcome calls for, if any. A token renewed in full, or not yet due, calls for none. Pure. */
export function judgeRenewal(o: RenewalOutcome): RenewalJudgement | undefined {
  const t = `Vault token "${o.name}"`;
  const replace = `re-authenticate and put the new token in ${o.variable}`;
  const f = o.failure;
  if (f) {
    const op = f.stage === 'lookup' ? 'lookup-self' : 'renew-self';
    switch (f.kind) {
      case 'invalid':
        return { ruleId: RENEWAL_RULE.invalid, message: `${t} is expired or revoked: Vault answered 403 (invalid token) to ${op}; ${replace}` };
      case 'denied':
        return {
          ruleId: RENEWAL_RULE.denied,
          message:
            f.stage === 'renew'
              ? `${t} may not renew itself: Vault answered 403 (permission denied) to renew-self although lookup-self worked, so a policy denies update on auth/token/renew-self (the default policy allows it)`
              : `${t} may not look itself up: Vault answered 403 (permission denied) to lookup-self; its policies deny read on auth/token/lookup-self (the default policy allows it) — or, on a Vault older than 2024, the token is expired or revoked`,
        };
      case 'past-max':
        return { ruleId: RENEWAL_RULE.capped, message: `${t} cannot be renewed any further: Vault refused renew-self because the token is past its max TTL; ${replace}` };
      case 'not-renewable':
        return { ruleId: RENEWAL_RULE.notRenewable, message: `${t} is not renewable (Vault refused renew-self: ${f.message}); issue a new token before it expires and put it in ${o.variable}` };
      default:
        return { ruleId: RENEWAL_RULE.failed, message: `${t} could not be ${f.stage === 'lookup' ? 'checked' : 'renewed'}: ${f.message}` };
    }
  }
  if (!o.info || o.checkedAtMs === undefined) return undefined;
  const d = o.decision;
  const expires = expiresAtMs(o);
  if (o.renewal) {
    const r = o.renewal;
    const end = expires !== undefined ? when(expires, r.atMs) : 'soon';
    if (!grew(o)) {
      return {
        ruleId: RENEWAL_RULE.capped,
        message: `${t} cannot be renewed any further: its TTL did not grow (${formatDuration(o.info.ttl)} left before renew-self, ${formatDuration(r.leaseDuration)} after${capWarning(o)}), so it expires for good at ${end}; ${replace}`,
      };
    }
    if (renewalCapped(o)) {
      const asked = r.requestedSeconds !== undefined ? `, less than the ${formatDuration(r.requestedSeconds)} asked for` : '';
      return {
        ruleId: RENEWAL_RULE.capped,
        severity: 'medium',
        message: `${t} was renewed to ${formatDuration(r.leaseDuration)}${asked}: it is capped at its max TTL and expires for good at ${end}${capWarning(o)}; ${replace} before then`,
      };
    }
    return undefined;
  }
  if (d?.action === 'at-max') {
    return {
      ruleId: RENEWAL_RULE.capped,
      message: `${t} has reached its explicit max TTL (${formatDuration(o.info.explicitMaxTtl)}): renewing cannot extend it, so it expires for good at ${when(d.maxEndsAtMs, o.checkedAtMs)}; ${replace}`,
    };
  }
  if (d?.action === 'not-renewable') {
    const what = d.batch ? 'a batch token, which cannot be renewed' : 'not renewable';
    const end = expires !== undefined ? ` and expires at ${when(expires, o.checkedAtMs)}` : '';
    return { ruleId: RENEWAL_RULE.notRenewable, message: `${t} is ${what}${end}; issue a new token before then and put it in ${o.variable}` };
  }
  return undefined;
}

/** One line for people: what was done (or would be) to a token, with its numbers. */
export function describeOutcome(o: RenewalOutcome): string {
  const m = renewalMetrics(o);
  const ttl = (s: number | null) => (s === null ? '?' : formatDuration(s));
  const threshold = m.threshold !== null ? `, renews below ${formatDuration(m.threshold)}` : '';
  const increment = m.increment !== null ? `increment ${formatDuration(m.increment)}` : o.info?.period !== undefined ? `its period ${formatDuration(o.info.period)}` : "Vault's default TTL";
  switch (m.status) {
    case 'renewed':
      return `renewed: ttl ${ttl(m.ttl_before)} → ${ttl(m.ttl_after)}${m.capped ? ' (capped at the max TTL)' : ''}`;
    case 'would-renew':
      return `would renew with ${increment}: ttl ${ttl(m.ttl_before)}${threshold}`;
    case 'fresh':
      return `not due: ttl ${ttl(m.ttl_before)}${threshold}${m.capped ? ' (at its explicit max TTL: it cannot be extended)' : ''}`;
    case 'capped':
      return o.renewal ? `at its max TTL: renew-self did not extend it (ttl ${ttl(m.ttl_before)} → ${ttl(m.ttl_after)})` : o.failure ? 'past its max TTL: cannot be renewed' : `at its max TTL: ttl ${ttl(m.ttl_before)}, cannot be extended`;
    case 'not-renewable':
      return `not renewable: ttl ${ttl(m.ttl_before)}`;
    case 'never-expires':
      return 'never expires (no TTL): nothing to renew';
    case 'invalid':
      return 'expired or revoked (403 invalid token)';
    case 'denied':
      return `denied by policy (403 permission denied on ${o.failure?.stage === 'renew' ? 'renew-self' : 'lookup-self'})`;
    case 'failed':
      return `failed at ${o.failure?.stage === 'renew' ? 'renew-self' : 'lookup-self'}`;
    default:
      return o.skipped === 'no-address' ? 'skipped: no Vault address' : `skipped: no value in ${o.variable}`;
  }
}
