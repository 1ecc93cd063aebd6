/**
 * Where the expiry state lives between runs: a file for the CLI (`--state FILE`, file-store.ts), the Actions cache for
 * the action (cache-store.ts). A store is best effort: it never throws for a missing, corrupt or unreachable state,
 * it says why in `warning`, and the run goes on without the trend.
 */
import type { ExpiryState } from './state.js';

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
