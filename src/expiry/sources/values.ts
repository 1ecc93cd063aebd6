/**
 * Token values for the online sources: read from the environment, masked the moment they are read. The variable is
 * the entry's `env:` key, else the one named like the entry (a workflow passes
 * `env: { RELEASE_BOT_TOKEN: ${{ secrets.RELEASE_BOT_TOKEN }} }`). Nothing here keeps or prints a value.
 */
import type { RegistryToken } from '../../registry/types.js';

/** Shorter than this is no token (and masking it would blank ordinary words in the log): not read. */
export const MIN_VALUE_LENGTH = 8;

export interface EnvValues {
  valueOf(token: RegistryToken): string | undefined;
  /** Variables that were set but too short to be a token, by token name (for one note each). */
  tooShort: Set<string>;
}

/** The variable a token's value is read from. */
export function valueVariable(token: Pick<RegistryToken, 'env' | 'name'>): string {
  return token.env ?? token.name;
}

export function envValues(env: NodeJS.ProcessEnv, mask: (value: string) => void): EnvValues {
  const tooShort = new Set<string>();
  const seen = new Map<string, string | undefined>();
  return {
    tooShort,
    valueOf(token) {
      const variable = valueVariable(token);
      if (seen.has(variable)) return seen.get(variable);
      const raw = env[variable] ?? (token.env ? undefined : env[variable.toUpperCase()]);
      let value: string | undefined = raw?.trim() || undefined;
      if (value !== undefined) {
        // Masked before anything else happens to it, and in the forms it is sent in.
        mask(value);
        if (raw !== value && raw) mask(raw);
        if (value.length < MIN_VALUE_LENGTH) {
          tooShort.add(token.name);
          value = undefined;
        }
      }
      seen.set(variable, value);
      return value;
    },
  };
}
