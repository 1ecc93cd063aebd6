/** Wording shared by the expiry rules. */
import type { TokenExpiry } from '../token.js';

/** "on 2027-01-31, in 3 days (expires 2027-01-31)" or "on 2026-07-14, 140 days ago (rotated … + …)". */
export function expiryWords(e: TokenExpiry): string {
  const days = e.daysLeft ?? 0;
  const when = e.status === 'expired' && days === 0 ? 'just now' : days < 0 ? `${-days} day${days === -1 ? '' : 's'} ago` : days === 0 ? 'within a day' : `in ${days} day${days === 1 ? '' : 's'}`;
  return `on ${e.expiresAt}, ${when}${e.notes[0] ? ` (${e.notes[0]})` : ''}`;
}
