/**
 * Vault durations, pure: reading them as Vault's `ParseDurationSecond` does (the registry's `renew-increment` and
 * `renew-threshold`, the CLI's `--increment`, the client's increment check) and writing seconds back for people.
 */

const GO_UNIT_SECONDS: Record<string, number> = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** What `parseVaultDuration` accepts as text: whole seconds, whole days, or a Go duration. */
export const VAULT_DURATION_PATTERN = /^(\d+|\d+d|((\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))+)$/;

/**
 * Seconds in a Vault duration, as Vault's `ParseDurationSecond` reads it: whole seconds (`3600`, `"3600"`), whole
 * days (`"2d"`), or a Go duration (`"1h30m"`, `"1.5h"`), truncated to the second. Undefined when it is none of these.
 */
export function parseVaultDuration(input: number | string): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 ? Math.floor(input) : undefined;
  const text = input.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const days = /^(\d+)d$/.exec(text);
  if (days) return Number(days[1]) * 86_400;
  if (text === '' || !/^((\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))+$/.test(text)) return undefined;
  let seconds = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) seconds += Number(m[1]) * GO_UNIT_SECONDS[m[2]!]!;
  return Math.floor(seconds + 1e-9);
}

/** Whole seconds for people, largest units first, zero parts left out: `1h`, `1h30m`, `19m12s`, `2d3h`, `0s`. */
export function formatDuration(seconds: number): string {
  let rest = Math.max(0, Math.floor(seconds));
  if (rest === 0) return '0s';
  const parts: string[] = [];
  for (const [unit, size] of [['d', 86_400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0) parts.push(`${n}${unit}`);
  }
  return parts.join('');
}
