/**
 * One registry token's expiry, judged by the policy: its date, source, days left, status, lifetime and the action it
 * needs — the rows of the rotation plan and the input of the expiry rules. Pure: evidence and `now` are arguments.
 */
import type { ExpiryThresholds, RegistryPolicy, RegistryToken, TokenKind } from '../registry/types.js';
import { declaredEvidence } from './declared.js';
import { daysLeft, earliestEvidence, effectiveThresholds, expiryStatus, type ExpiryEvidence, type ExpirySourceName, type ExpiryStatus } from './policy.js';

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
  /** `policy.max-lifetime-days` for the token's kind. */
  maxLifetimeDays: number | null;
  action: ExpiryAction;
  notes: string[];
}

/** The thresholds that apply to a token: registry ← its category ← its own `thresholds:`. */
export function tokenThresholds(policy: Pick<RegistryPolicy, 'thresholds' | 'thresholdsByCategory'>, token: Pick<RegistryToken, 'category' | 'thresholds'>): ExpiryThresholds {
  return effectiveThresholds(policy.thresholds, policy.thresholdsByCategory[token.category], token.thresholds);
}

function actionFor(status: ExpiryStatus, kind: TokenKind): ExpiryAction {
  if (status === 'unknown') return EXPIRING_KINDS.has(kind) ? 'declare-expiry' : 'none';
  if (status === 'ok') return 'none';
  return RENEWABLE_KINDS.has(kind) ? 'renew' : 'rotate';
}

/**
 * Judges one token. `evidence` defaults to what the registry declares; sources to come add theirs. The earliest date
 * wins: the token must be replaced before any source says it lapses.
 */
export function tokenExpiry(
  token: RegistryToken,
  policy: Pick<RegistryPolicy, 'thresholds' | 'thresholdsByCategory' | 'maxLifetimeDays'>,
  nowMs: number,
  evidence: readonly ExpiryEvidence[] = declaredEvidence(token),
): TokenExpiry {
  const thresholds = tokenThresholds(policy, token);
  const best = earliestEvidence(evidence);
  const status = expiryStatus(best?.expiresAtMs, nowMs, thresholds);
  const lifetimes = evidence.map((e) => e.lifetimeDays).filter((d): d is number => d !== undefined);
  const lifetimeDays = best?.evidence.lifetimeDays ?? (lifetimes.length ? Math.max(...lifetimes) : null);
  const maxLifetimeDays = policy.maxLifetimeDays[token.kind] ?? null;
  const notes: string[] = [];
  if (best?.evidence.note) notes.push(best.evidence.note);
  if (!best && EXPIRING_KINDS.has(token.kind)) notes.push(`a ${token.kind} normally expires, but no source gave a date`);
  const longest = lifetimes.length ? Math.max(...lifetimes) : null;
  if (maxLifetimeDays !== null && longest !== null && longest > maxLifetimeDays) notes.push(`lifetime ${longest} days exceeds policy.max-lifetime-days ${maxLifetimeDays} for ${token.kind}`);
  return {
    token,
    thresholds,
    source: best?.evidence.source ?? 'none',
    expiresAt: best?.evidence.expiresAt ?? null,
    daysLeft: best ? daysLeft(best.expiresAtMs, nowMs) : null,
    status,
    lifetimeDays,
    maxLifetimeDays,
    action: actionFor(status, token.kind),
    notes,
  };
}
