/**
 * The expiry policy: when a token expires, how many days it has left, and how urgent that is. Pure — no clock, no
 * disk, no network: `now` and every source's evidence are arguments. The permissions matrix and the expiry rules and
 * report all grade through here, so there is one reading of a date and one set of boundaries.
 */
import { DEFAULT_THRESHOLDS, type ExpiryThresholds } from '../registry/types.js';

/** Where an expiry date came from. Only `declared` (the registry) exists today; the others are reserved for sources to come. */
export const EXPIRY_SOURCES = ['declared', 'github', 'actions-secret', 'jwt', 'vault', 'github-app', 'none'] as const;
export type ExpirySourceName = (typeof EXPIRY_SOURCES)[number];

/** What one source says about a token: a source is just this, and the policy never calls anything. */
export interface ExpiryEvidence {
  source: Exclude<ExpirySourceName, 'none'>;
  /** An ISO date (`2027-01-31`, read as 00:00 UTC that day) or timestamp with an offset or `Z`. */
  expiresAt: string;
  /** The token's whole lifetime in days (issued or rotated → expiry), when the source knows it. */
  lifetimeDays?: number;
  /** Why this date, in words (e.g. "rotated 2026-01-01 + 90 days"). */
  note?: string;
}

export const EXPIRY_STATUSES = ['expired', 'critical', 'warning', 'info', 'ok', 'unknown'] as const;
export type ExpiryStatus = (typeof EXPIRY_STATUSES)[number];

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Milliseconds since the epoch of an ISO date or timestamp, or undefined when it is not one. A date alone means 00:00
 * UTC that day — the earliest reading, so a token is never thought to live longer than it does. A timestamp must say
 * its offset: a local time would make the answer depend on the machine. Impossible dates (2027-02-30) are rejected.
 */
export function parseInstant(text: string): number | undefined {
  if (DATE_ONLY.test(text)) {
    const ms = Date.parse(`${text}T00:00:00Z`);
    return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text ? undefined : ms;
  }
  if (!TIMESTAMP.test(text)) return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  // Date.parse rolls 2027-02-30 over to March: compare the calendar date in the text's own offset.
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(text);
  const shift = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000 : 0;
  return new Date(ms + shift).toISOString().slice(0, 10) === text.slice(0, 10) ? ms : undefined;
}

/** Whole days from `now` to `expiresAt`, rounded down (so negative once past: an hour ago is -1). */
export function daysLeft(expiresAtMs: number, nowMs: number): number {
  return Math.floor((expiresAtMs - nowMs) / DAY_MS);
}

/**
 * The status for an expiry instant: `expired` once it is reached (a token is not valid at its expiry instant);
 * otherwise `critical` below `thresholds.critical` whole days left, `warning` below `warning`, `info` below `info`,
 * else `ok`. With the defaults, 6 days left is critical, 7 is a warning, 30 info and 45 ok. No date: `unknown`.
 */
export function expiryStatus(expiresAtMs: number | undefined, nowMs: number, thresholds: ExpiryThresholds): ExpiryStatus {
  if (expiresAtMs === undefined) return 'unknown';
  if (expiresAtMs <= nowMs) return 'expired';
  const days = daysLeft(expiresAtMs, nowMs);
  if (days < thresholds.critical) return 'critical';
  if (days < thresholds.warning) return 'warning';
  if (days < thresholds.info) return 'info';
  return 'ok';
}

/** Thresholds for one token: the defaults, then the registry's, its category's, and its own — the most specific wins. */
export function effectiveThresholds(...layers: ReadonlyArray<Partial<ExpiryThresholds> | undefined>): ExpiryThresholds {
  let out: ExpiryThresholds = { ...DEFAULT_THRESHOLDS };
  for (const layer of layers) if (layer) out = { ...out, ...layer };
  return out;
}

/** The earliest expiry among the evidence (the conservative choice), or undefined when none gives a readable date. */
export function earliestEvidence(evidence: readonly ExpiryEvidence[]): { evidence: ExpiryEvidence; expiresAtMs: number } | undefined {
  let best: { evidence: ExpiryEvidence; expiresAtMs: number } | undefined;
  for (const e of evidence) {
    const ms = parseInstant(e.expiresAt);
    if (ms !== undefined && (best === undefined || ms < best.expiresAtMs)) best = { evidence: e, expiresAtMs: ms };
  }
  return best;
}
