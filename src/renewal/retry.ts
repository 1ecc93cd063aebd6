/**
 * Retries for the renewal jobs: each step (list, mint, write) is tried up to `attempts` times, waiting an exponential
 * backoff with jitter between tries, or what GitHub asks (`retry-after`, the rate-limit reset) when that is longer.
 * The client the steps run on is built with `retries: 0` (see createRenewalClient), so nothing retries twice.
 * The clock, the sleep and the randomness are injected: tests never sleep.
 */
import { GitHubApiError, GitHubRateLimitError, GitHubServerError } from '../github/errors.js';
import { formatDuration } from './duration.js';

export interface RetryPolicy {
  /** Tries per step, the first included. */
  attempts: number;
  /** The backoff before the second try; it doubles for each later one, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Give up rather than wait longer than this for a rate limit. */
  maxRateLimitWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 3, baseDelayMs: 2000, maxDelayMs: 60_000, maxRateLimitWaitMs: 120_000 };

/** GitHub's advice for a secondary rate limit that names no `retry-after`: wait at least a minute. */
const SECONDARY_FALLBACK_MS = 60_000;

/**
 * The wait before retry `retry` (1 = the second try): "equal jitter", half of the exponential step fixed and half
 * random, so tries spread out without ever retrying at once.
 */
export function backoffMs(policy: RetryPolicy, retry: number, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}

export type RetryVerdict = { retry: false; why?: string } | { retry: true; delayMs: number; why: string };

/** Whether to try again after `error` on try number `tried`, and how long to wait first. */
export function retryVerdict(error: unknown, tried: number, policy: RetryPolicy, random: () => number, nowMs: number): RetryVerdict {
  if (tried >= policy.attempts) return { retry: false };
  const backoff = backoffMs(policy, tried, random);
  if (error instanceof GitHubRateLimitError) {
    const asked =
      error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : error.resetAt ? error.resetAt.getTime() - nowMs : error.limit === 'secondary' ? SECONDARY_FALLBACK_MS : 0;
    if (asked > policy.maxRateLimitWaitMs) return { retry: false, why: `GitHub asks to wait ${formatDuration(asked)}, more than the ${formatDuration(policy.maxRateLimitWaitMs)} allowed` };
    return { retry: true, delayMs: Math.max(asked, backoff), why: `${error.limit} rate limit` };
  }
  if (error instanceof GitHubServerError) return { retry: true, delayMs: backoff, why: error.failure === 'http' ? `GitHub answered ${error.status}` : error.failure === 'network' ? 'no answer from GitHub' : 'an answer that is not JSON' };
  if (error instanceof GitHubApiError && error.status === 408) return { retry: true, delayMs: backoff, why: 'request timeout (408)' };
  return { retry: false };
}

export interface RetryDeps {
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  /** Told before each wait (no values: the step's description and GitHub's reason). */
  onRetry?: (message: string) => void;
}

/** A step that failed for good: `cause` is the last error (typed, from src/github/errors.ts, when GitHub answered). */
export class StepFailedError extends Error {
  readonly attempts: number;
  readonly step: string;

  constructor(step: string, attempts: number, cause: unknown, why?: string) {
    const text = cause instanceof Error ? cause.message : String(cause);
    super(`${step} failed${attempts > 1 ? ` after ${attempts} attempts` : ''}: ${text.split('\n')[0]}${why ? ` (${why})` : ''}`, { cause });
    this.name = 'StepFailedError';
    this.step = step;
    this.attempts = attempts;
  }
}

export async function withRetries<T>(step: string, work: () => Promise<T>, deps: RetryDeps): Promise<T> {
  for (let tried = 1; ; tried++) {
    try {
      return await work();
    } catch (error) {
      const verdict = retryVerdict(error, tried, deps.policy, deps.random, deps.now());
      if (!verdict.retry) throw new StepFailedError(step, tried, error, verdict.why);
      deps.onRetry?.(`${step}: ${verdict.why}; try ${tried + 1} of ${deps.policy.attempts} in ${formatDuration(verdict.delayMs)}`);
      await deps.sleep(verdict.delayMs);
    }
  }
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
