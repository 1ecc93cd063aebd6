/** The `declared` expiry source: what the registry entry itself says (`expires`, or `rotated` + `max-age-days`). Pure. */
import type { RegistryToken } from '../registry/types.js';
import { parseInstant, type ExpiryEvidence } from './policy.js';

const DAY_MS = 86_400_000;

/** `date` plus `days`, as a date (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round(((parseInstant(to) ?? 0) - (parseInstant(from) ?? 0)) / DAY_MS);
}

/** Evidence from the registry entry: one item for `expires`, one for `rotated` + `max-age-days`, in that order. */
export function declaredEvidence(token: Pick<RegistryToken, 'expires' | 'rotated' | 'maxAgeDays'>): ExpiryEvidence[] {
  const out: ExpiryEvidence[] = [];
  if (token.expires) {
    const e: ExpiryEvidence = { source: 'declared', expiresAt: token.expires, note: `expires ${token.expires}` };
    if (token.rotated) e.lifetimeDays = daysBetween(token.rotated, token.expires);
    out.push(e);
  }
  if (token.rotated && token.maxAgeDays !== undefined) {
    out.push({
      source: 'declared',
      expiresAt: addDays(token.rotated, token.maxAgeDays),
      lifetimeDays: token.maxAgeDays,
      note: `rotated ${token.rotated} + max-age-days ${token.maxAgeDays}`,
    });
  }
  return out;
}
