/**
 * What the renewal jobs remember between runs (the CLI's `--state FILE`; the action may keep it elsewhere): per runner
 * token target its expiry and metrics, and the history of secret rotations (name, when, which run). Never a value.
 * One document for both jobs, so they can share a file; each job changes only its own part.
 */

export const RENEWAL_STATE_VERSION = 1;
/** Rotation events kept, newest last. */
export const MAX_ROTATION_HISTORY = 200;

/** The seed's metrics, named as it names them. Times are ISO 8601 (UTC). */
export interface RunnerTokenMetrics {
  last_check: string | null;
  last_refresh: string | null;
  total_refreshes: number;
  failed_refreshes: number;
  consecutive_failures: number;
}

export interface RunnerTokenEntry {
  /** In words: `organisation acme → organisation secret RUNNER_TOKEN`. */
  target: string;
  /** When the token last stored expires (GitHub's `expires_at`); null before the first refresh. */
  expires_at: string | null;
  metrics: RunnerTokenMetrics;
  /** Why the last failed run failed (no values). */
  last_error: string | null;
}

export interface RotationEvent {
  name: string;
  /** ISO 8601 time of the write (or the failed try). */
  at: string;
  /** Which run: `owner/repo run 123 attempt 1`, or `local` outside Actions. */
  run: string;
  /** `repository acme/app`. */
  scope: string;
  outcome: 'rotated' | 'created' | 'failed';
  reason: string;
}

export interface RenewalState {
  version: typeof RENEWAL_STATE_VERSION;
  runner_tokens: Record<string, RunnerTokenEntry>;
  rotations: RotationEvent[];
}

export function emptyRenewalState(): RenewalState {
  return { version: RENEWAL_STATE_VERSION, runner_tokens: {}, rotations: [] };
}

export function emptyMetrics(): RunnerTokenMetrics {
  return { last_check: null, last_refresh: null, total_refreshes: 0, failed_refreshes: 0, consecutive_failures: 0 };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const count = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0);

function metricsOf(v: unknown): RunnerTokenMetrics {
  const m = isObject(v) ? v : {};
  return {
    last_check: str(m.last_check),
    last_refresh: str(m.last_refresh),
    total_refreshes: count(m.total_refreshes),
    failed_refreshes: count(m.failed_refreshes),
    consecutive_failures: count(m.consecutive_failures),
  };
}

/** Reads a state document; anything malformed is dropped field by field, a wrong version or non-JSON as a whole. */
export function parseRenewalState(text: string): { state?: RenewalState; warning?: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { warning: 'not JSON: starting afresh' };
  }
  if (!isObject(raw) || raw.version !== RENEWAL_STATE_VERSION) return { warning: `not a renewal state of version ${RENEWAL_STATE_VERSION}: starting afresh` };
  const state = emptyRenewalState();
  if (isObject(raw.runner_tokens)) {
    for (const [key, entry] of Object.entries(raw.runner_tokens)) {
      if (!isObject(entry)) continue;
      state.runner_tokens[key] = { target: str(entry.target) ?? key, expires_at: str(entry.expires_at), metrics: metricsOf(entry.metrics), last_error: str(entry.last_error) };
    }
  }
  if (Array.isArray(raw.rotations)) {
    for (const e of raw.rotations) {
      if (!isObject(e) || !str(e.name) || !str(e.at)) continue;
      const outcome = e.outcome === 'created' || e.outcome === 'failed' ? e.outcome : 'rotated';
      state.rotations.push({ name: str(e.name)!, at: str(e.at)!, run: str(e.run) ?? 'unknown', scope: str(e.scope) ?? 'unknown', outcome, reason: str(e.reason) ?? '' });
    }
    state.rotations = state.rotations.slice(-MAX_ROTATION_HISTORY);
  }
  return { state };
}

export function serializeRenewalState(state: RenewalState): string {
  return JSON.stringify({ ...state, rotations: state.rotations.slice(-MAX_ROTATION_HISTORY) }, null, 2) + '\n';
}

/** Where the state lives. Best effort: load and save never throw; they say why in `warning`. */
export interface RenewalStateStore {
  load(): Promise<{ state?: RenewalState; warning?: string }>;
  save(state: RenewalState): Promise<{ saved: boolean; warning?: string }>;
  describe(): string;
}

/** For tests and for callers that keep the document themselves. */
export class MemoryRenewalStateStore implements RenewalStateStore {
  text: string | undefined;
  saves = 0;

  constructor(state?: RenewalState) {
    if (state) this.text = serializeRenewalState(state);
  }

  async load(): Promise<{ state?: RenewalState; warning?: string }> {
    return this.text === undefined ? {} : parseRenewalState(this.text);
  }

  async save(state: RenewalState): Promise<{ saved: boolean }> {
    this.text = serializeRenewalState(state);
    this.saves += 1;
    return { saved: true };
  }

  describe(): string {
    return 'memory';
  }
}

/** `owner/repo run 123 attempt 1` inside GitHub Actions, else `local`. */
export function describeRun(env: Record<string, string | undefined>): string {
  if (!env.GITHUB_RUN_ID) return 'local';
  return `${env.GITHUB_REPOSITORY ?? '?'} run ${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? ` attempt ${env.GITHUB_RUN_ATTEMPT}` : ''}`;
}
