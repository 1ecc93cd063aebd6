/**
 * One registry token's expiry, judged by the policy: its date, source, days left, status, lifetime and the action it
 * needs — the rows of the rotation plan and the input of the expiry rules. Pure: evidence and `now` are arguments.
 */
import type { ExpiryThresholds, RegistryPolicy, RegistryToken, TokenKind } from '../registry/types.js';
import { declaredEvidence } from './declared.js';
import { daysLeft, earliestEvidence, effectiveThresholds, expiryStatus, parseInstant, type ExpirySourceName, type ExpiryStatus } from './policy.js';
import type { TokenObservation } from './sources/types.js';

export const EXPIRY_ACTIONS = ['rotate', 'renew', 'declare-expiry', 'none'] as const;
export type ExpiryAction = (typeof EXPIRY_ACTIONS)[number];

/**
 * Kinds that normally carry an expiry: fine-grained PATs must have one unless an organisation allows otherwise,
 * classic PATs are created with one by default, Vault tokens have a TTL and JWTs an `exp`. An unknown date for these
 * is worth a finding; API keys, webhook secrets, App keys and the like often never expire.
 */
export const EXPIRING_KINDS: ReadonlySet<TokenKind> = new Set<TokenKind>(['github-pat', 'github-pat-fine-grained', 'vault', 'jwt']);

/** Kinds whose lifetime is extended in place (a Vault token is renewed); the others get a new value (rotated). */
const RENEWABLE_KINDS: ReadonlySet<TokenKind> = new Set<TokenKind>(['vault']);

export interface TokenExpiry {
  token: RegistryToken;
  thresholds: ExpiryThresholds;
  source: ExpirySourceName;
  /** The earliest expiry any source gave, as that source wrote it (a date or an ISO timestamp); null when none did. */
  expiresAt: string | null;
  /** Whole days from `now`, rounded down (negative once past); null without a date. */
  daysLeft: number | null;
  status: ExpiryStatus;
  /** Lifetime (issue or rotation → expiry) in days from the evidence that gave the date, else from any evidence. */
  lifetimeDays: number | null;
  /** The longest lifetime any evidence gives (Infinity when a source says it never expires); null when none does. */
  longestLifetimeDays: number | null;
  /** `policy.max-lifetime-days` for the token's kind. */
  maxLifetimeDays: number | null;
  action: ExpiryAction;
  notes: string[];
}

/** The thresholds that apply to a token: registry ← its category ← its own `thresholds:`. */
export function tokenThresholds(policy: Pick<RegistryPolicy, 'thresholds' | 'thresholdsByCategory'>, token: Pick<RegistryToken, 'category' | 'thresholds'>): ExpiryThresholds {
  return effectiveThresholds(policy.thresholds, policy.thresholdsByCategory[token.category], token.thresholds);
}

function actionFor(status: ExpiryStatus, kind: TokenKind, neverButLimited: boolean): ExpiryAction {
  if (status === 'unknown') return EXPIRING_KINDS.has(kind) ? 'declare-expiry' : 'none';
  // A token that never expires where the policy sets a lifetime must be replaced by one that does.
  if (status === 'ok') return neverButLimited ? 'rotate' : 'none';
  return RENEWABLE_KINDS.has(kind) ? 'renew' : 'rotate';
}

/** Whole days between two instants, rounded down. */
function wholeDays(fromMs: number, toMs: number): number {
  return Math.floor((toMs - fromMs) / 86_400_000);
}

/**
 * Judges one token from what the registry declares and what the sources observed. The earliest date wins: the token
 * must be replaced before any source says it lapses; when sources disagree, the notes say what each one said. A token
 * a source knows never expires (a PAT without GitHub's expiry header) is `ok` unless a source dates it; its lifetime
 * is unbounded, so `policy.max-lifetime-days` for its kind is what judges it.
 */
export function tokenExpiry(
  token: RegistryToken,
  policy: Pick<RegistryPolicy, 'thresholds' | 'thresholdsByCategory' | 'maxLifetimeDays'>,
  nowMs: number,
  observation?: Partial<TokenObservation>,
): TokenExpiry {
  const evidence = [...declaredEvidence(token), ...(observation?.evidence ?? [])];
  const thresholds = tokenThresholds(policy, token);
  const best = earliestEvidence(evidence);
  const never = observation?.neverExpires;
  const status: ExpiryStatus = best ? expiryStatus(best.expiresAtMs, nowMs, thresholds) : never ? 'ok' : 'unknown';
  const lifetimes = evidence.map((e) => e.lifetimeDays).filter((d): d is number => d !== undefined);
  const longest = never ? Infinity : lifetimes.length ? Math.max(...lifetimes) : null;
  const lifetimeDays = best?.evidence.lifetimeDays ?? (lifetimes.length ? Math.max(...lifetimes) : null);
  const maxLifetimeDays = policy.maxLifetimeDays[token.kind] ?? null;
  const notes: string[] = [];
  if (best?.evidence.note) notes.push(best.evidence.note);
  // Other sources that gave a different date: say both, so a wrong registry date is visible.
  const bestMs = best?.expiresAtMs;
  for (const e of evidence) {
    if (e === best?.evidence || !e.note || e.source === best?.evidence.source) continue;
    const ms = parseInstant(e.expiresAt);
    if (ms !== undefined && bestMs !== undefined && wholeDays(bestMs, ms) !== 0 && !notes.includes(e.note)) notes.push(`${e.source}: ${e.note}`);
  }
  if (never) notes.push(best ? `${never.source}: ${never.note} (the earlier ${best.evidence.source} date applies)` : never.note);
  for (const n of observation?.notes ?? []) if (!notes.includes(n)) notes.push(n);
  if (!best && !never && EXPIRING_KINDS.has(token.kind)) notes.push(`a ${token.kind} normally expires, but no source gave a date`);
  if (maxLifetimeDays !== null && longest !== null && longest > maxLifetimeDays) {
    notes.push(`lifetime ${longest === Infinity ? 'unbounded (never expires)' : `${longest} days`} exceeds policy.max-lifetime-days ${maxLifetimeDays} for ${token.kind}`);
  }
  return {
    token,
    thresholds,
    source: best?.evidence.source ?? never?.source ?? 'none',
    expiresAt: best?.evidence.expiresAt ?? null,
    daysLeft: best ? daysLeft(best.expiresAtMs, nowMs) : null,
    status,
    lifetimeDays: never && !best ? null : lifetimeDays,
    longestLifetimeDays: longest,
    maxLifetimeDays,
    action: actionFor(status, token.kind, never !== undefined && maxLifetimeDays !== null),
    notes,
  };
}
