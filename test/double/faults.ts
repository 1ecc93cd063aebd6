/**
 * Fault injection: per route (operation id or `METHOD /template`, or `*`) and per call number (1-based, counting
 * every request the double matched to that route, faulted or not).
 */

export type Fault =
  /** A 5xx (or any status) with GitHub's error body. */
  | { kind: 'status'; status: number; message?: string; retryAfter?: number }
  /** GitHub's secondary rate limit: 403 or 429, "You have exceeded a secondary rate limit", optional `retry-after`. */
  | { kind: 'secondary-rate-limit'; status: 403 | 429; retryAfter?: number }
  /** The primary limit is used up: `x-ratelimit-remaining: 0` and `x-ratelimit-reset` this many seconds ahead. */
  | { kind: 'rate-limit-exhausted'; status: 403 | 429; resetInSeconds: number }
  /** Adds latency, then serves the request normally. */
  | { kind: 'latency'; ms: number }
  /** Destroys the socket without answering. */
  | { kind: 'connection-reset' }
  /** Answers with `content-type: application/json` and a body that is not JSON. */
  | { kind: 'invalid-json'; status: number }
  /**
   * GitHub's answer to a GraphQL query that ran past its 10 s: the given status (502 by default) with "Something went
   * wrong while executing your query. This may be the result of a timeout…" as a GraphQL error.
   */
  | { kind: 'graphql-timeout'; status: number };

export const faults = {
  serverError(status: 500 | 502 | 503 | 504 = 500, options: { message?: string; retryAfter?: number } = {}): Fault {
    return { kind: 'status', status, ...options };
  },
  status(status: number, message?: string): Fault {
    return { kind: 'status', status, ...(message ? { message } : {}) };
  },
  secondaryRateLimit(options: { retryAfter?: number; status?: 403 | 429 } = {}): Fault {
    return { kind: 'secondary-rate-limit', status: options.status ?? 403, ...(options.retryAfter !== undefined ? { retryAfter: options.retryAfter } : {}) };
  },
  /** 429 as GitHub sends it (a secondary limit with `retry-after`). */
  tooManyRequests(retryAfter = 1): Fault {
    return { kind: 'secondary-rate-limit', status: 429, retryAfter };
  },
  rateLimitExhausted(options: { resetInSeconds?: number; status?: 403 | 429 } = {}): Fault {
    return { kind: 'rate-limit-exhausted', status: options.status ?? 403, resetInSeconds: options.resetInSeconds ?? 60 };
  },
  latency(ms: number): Fault {
    return { kind: 'latency', ms };
  },
  connectionReset(): Fault {
    return { kind: 'connection-reset' };
  },
  invalidJson(status = 200): Fault {
    return { kind: 'invalid-json', status };
  },
  graphqlTimeout(status = 502): Fault {
    return { kind: 'graphql-timeout', status };
  },
} as const;

/** Which calls of a route a fault hits: `'every'`, call 2, calls [1, 2], or calls 3.. (`{ from: 3 }`). */
export type CallSelector = 'every' | number | number[] | { from: number; to?: number };

export interface FaultRule {
  id: number;
  /** operation id (`issues/create`), `METHOD /template`, or `*` */
  route: string;
  calls: CallSelector;
  fault: Fault;
  /**
   * `before` (default): the request never reaches the state, as when GitHub fails up front.
   * `after`: the double carries the request out, then answers with the fault (a write that happened but
   * whose answer was lost: retries must not duplicate it).
   */
  when: 'before' | 'after';
  /** How many times this rule fired. */
  hits: number;
  /** Only requests whose body contains this text (e.g. a GraphQL batch naming one repository). */
  bodyIncludes?: string;
}

export function selects(selector: CallSelector, call: number): boolean {
  if (selector === 'every') return true;
  if (typeof selector === 'number') return selector === call;
  if (Array.isArray(selector)) return selector.includes(call);
  return call >= selector.from && (selector.to === undefined || call <= selector.to);
}
