/**
 * Where the expiry state lives between runs: a file for the CLI (`--state FILE`, file-store.ts), the Actions cache for
 * the action (cache-store.ts). A store is best effort: it never throws for a missing, corrupt or unreachable state,
 * it says why in `warning`, and the run goes on without the trend.
 */
import type { Finding } from '../../model/finding.js';
import type { ExpiryPlan } from '../plan.js';
import { compareRuns, type Trend } from '../trend.js';
import { stateFromRun, type ExpiryState } from './state.js';

export interface LoadedState {
  /** The previous run's state; absent on a first run or when it could not be read. */
  state?: ExpiryState;
  /** Why a state that should be there was not read (corrupt, unreachable). A first run is normal and has none. */
  warning?: string;
}

export interface SavedState {
  saved: boolean;
  /** Why the state was not saved. */
  warning?: string;
}

export interface StateStore {
  load(): Promise<LoadedState>;
  save(state: ExpiryState): Promise<SavedState>;
  /** Where the state lives, for logs (`file .token-warden/state.json`, `Actions cache token-warden-expiry-v1:…`). */
  describe(): string;
}

export interface TrendResult {
  trend: Trend;
  /** Store warnings (unreadable, unsaved), for the caller to log; a first run has none. */
  warnings: string[];
}

/**
 * Loads the last run's state, compares this run with it, and saves this run's state for the next one. Best effort
 * throughout: a store that fails only loses the trend, and says why in `warnings`.
 */
export async function trendThrough(store: StateStore, plan: ExpiryPlan, findings: readonly Finding[]): Promise<TrendResult> {
  const warnings: string[] = [];
  const loaded = await store.load();
  if (loaded.warning) warnings.push(`expiry state (${store.describe()}) not read: ${loaded.warning}`);
  const current = stateFromRun(plan, findings);
  const trend = compareRuns(loaded.state, current);
  const saved = await store.save(current);
  if (!saved.saved) warnings.push(`expiry state (${store.describe()}) not saved${saved.warning ? `: ${saved.warning}` : ''}`);
  return { trend, warnings };
}
