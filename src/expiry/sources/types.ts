/**
 * What an expiry source is: something that looks at the registered tokens (their values, or GitHub's records of
 * them) and says what it learnt, as data. The policy (../policy.ts, ../token.ts) judges that data and never calls a
 * source; a source never judges. Each source lives in its own file behind this one interface, so the CLI and the
 * action run the same ones and tests point them at the doubles.
 */
import type { Registry, RegistryToken } from '../../registry/types.js';
import type { ExpiryEvidence, ExpirySourceName } from '../policy.js';

export type SourceName = Exclude<ExpirySourceName, 'none' | 'declared'>;

/** What the sources learnt about one token (merged over all sources by ../collect.ts). */
export interface TokenObservation {
  /** Expiry dates, each with where it came from. 401 from GitHub is evidence dated `now` (expired or revoked). */
  evidence: ExpiryEvidence[];
  /**
   * A source knows the token does not expire (GitHub sent no expiry header for a PAT; an App's private key). Such a
   * token is not `unknown`: its lifetime is unbounded and `policy.max-lifetime-days` judges it.
   */
  neverExpires?: { source: SourceName; note: string };
  /** Classic OAuth scopes GitHub reports for the value (`x-oauth-scopes`); for `token-scope-drift`. */
  classicScopes?: string[];
  /** Permissions GitHub reports (an App installation's), `name → read|write|admin`; for `token-scope-drift`. */
  permissions?: Record<string, string>;
  /** Which source reported the scopes or permissions above. */
  scopesSource?: SourceName;
  /** What the value is by its prefix, in words (e.g. "classic personal access token (ghp_)"). */
  valueKind?: string;
  /** Plain facts worth a line in the plan ("secret updated 2026-10-01 (repository)"). Never a value. */
  notes: string[];
}

/** A run-level remark of a source: a skipped source, a failure after retries, a value that could not be read. */
export interface SourceNote {
  /** The source, or `env` for a value that could not be read from the environment. */
  source: SourceName | 'env';
  level: 'info' | 'warning';
  /** Registry name of the token concerned, when there is one. */
  token?: string;
  message: string;
}

export interface SourceResult {
  /** By token key (`RegistryToken.key`, the upper-cased name). Partial: a source fills in what it knows. */
  observations: Map<string, Partial<TokenObservation>>;
  notes: SourceNote[];
  /** API calls made (for the budget; the doubles count them too). */
  calls: number;
}

export interface SourceContext {
  registry: Registry;
  /** The clock, ms since the epoch (`--now`); sources date a 401 with it. */
  nowMs: number;
  /**
   * The token's value from the environment (the entry's `env:` variable, else the variable named like the entry),
   * already registered with the masker; undefined when the variable is unset or empty.
   */
  valueOf(token: RegistryToken): string | undefined;
  /** Registers a value derived from a secret (a decoded part, an encoding) with the masker. */
  mask(value: string): void;
}

export interface ExpirySource {
  name: SourceName;
  collect(context: SourceContext): Promise<SourceResult>;
}

/** An empty result, for sources with nothing to do. */
export function emptyResult(): SourceResult {
  return { observations: new Map(), notes: [], calls: 0 };
}

/** The observation for `key` in `result`, created on first use. */
export function observe(result: SourceResult, key: string): Partial<TokenObservation> & { notes: string[]; evidence: ExpiryEvidence[] } {
  let o = result.observations.get(key);
  if (!o) {
    o = { evidence: [], notes: [] };
    result.observations.set(key, o);
  }
  o.evidence ??= [];
  o.notes ??= [];
  return o as Partial<TokenObservation> & { notes: string[]; evidence: ExpiryEvidence[] };
}
