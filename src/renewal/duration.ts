/** Durations on the command line (`--threshold 5m`): a bare number is seconds, else units d, h, m, s, e.g. `1h30m`. */

const UNIT_MS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };

/** Milliseconds, or undefined when `text` is not a duration. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t) * 1000;
  if (!/^(\d+[dhms])+$/.test(t)) return undefined;
  let ms = 0;
  for (const [, n, unit] of t.matchAll(/(\d+)([dhms])/g)) ms += Number(n) * UNIT_MS[unit!]!;
  return ms;
}

/** `1h 5m`, `42m`, `30s`, `0s`: the two largest units, rounded down. */
export function formatDuration(ms: number): string {
  const negative = ms < 0;
  let rest = Math.floor(Math.abs(ms) / 1000);
  const parts: string[] = [];
  for (const [unit, seconds] of [['d', 86_400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    const n = Math.floor(rest / seconds);
    rest -= n * seconds;
    if (n > 0 && parts.length < 2) parts.push(`${n}${unit}`);
    else if (parts.length > 0) break;
  }
  return `${negative ? '-' : ''}${parts.join(' ') || '0s'}`;
}
