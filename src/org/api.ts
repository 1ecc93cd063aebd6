/**
 * The organisation scan's two ways of asking GitHub, over the project's one client (src/github/client.ts):
 *
 * - `graphqlPartial`: `@octokit/graphql` throws `GraphqlResponseError` whenever the answer has `errors`, even beside
 *   good data (a missing repository among fifty aliases); here the data and the errors come back together. The
 *   retry plugin is off for these calls (`request.retries: 0`): a query that timed out is not sent again as is —
 *   the caller halves the batch instead.
 * - `conditionalGet`: a REST GET with the kept ETag (./cache.ts); a 304 serves the kept body; 404 is `undefined`.
 */
import type { GitHubClient } from '../github/client.js';
import { GitHubApiError, GitHubNotFoundError, GitHubServerError } from '../github/errors.js';
import type { ConditionalCache } from './cache.js';

export interface GraphqlError {
  type?: string;
  path?: ReadonlyArray<string | number>;
  message: string;
}

export interface PartialAnswer {
  data: Record<string, unknown> | null;
  errors: GraphqlError[];
}

interface GraphqlResponseErrorLike {
  name: string;
  data?: Record<string, unknown> | null;
  errors?: GraphqlError[];
}

const TIMEOUT_MESSAGE = /Something went wrong while executing your query|timeout/i;

/** A query the server gave up on (5xx, network, GitHub's timeout message): worth sending again, smaller. */
export class GraphqlTimeoutError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'GraphqlTimeoutError';
  }
}

export async function graphqlPartial(client: GitHubClient, query: string, variables: Record<string, unknown>): Promise<PartialAnswer> {
  try {
    const data = await client.graphql<Record<string, unknown>>(query, { ...variables, request: { retries: 0 } });
    return { data, errors: [] };
  } catch (error) {
    const e = error as GraphqlResponseErrorLike;
    if (e?.name === 'GraphqlResponseError') {
      const errors = e.errors ?? [];
      if ((e.data === null || e.data === undefined) && errors.some((x) => TIMEOUT_MESSAGE.test(x.message))) throw new GraphqlTimeoutError(errors[0]!.message, error);
      return { data: e.data ?? null, errors };
    }
    if (error instanceof GitHubServerError) throw new GraphqlTimeoutError(error.message, error);
    throw error;
  }
}

/** The errors of one alias (`path[0]`). */
export function errorsAt(errors: readonly GraphqlError[], alias: string): GraphqlError[] {
  return errors.filter((e) => e.path?.[0] === alias);
}

/**
 * GET `route` with `params`; with a cache, conditionally (`If-None-Match`), keeping the answer's ETag and body under
 * `key`. Undefined for 404. Other errors are thrown (typed, from the client).
 */
export async function conditionalGet<T>(client: GitHubClient, cache: ConditionalCache | undefined, key: string, route: string, params: Record<string, unknown>): Promise<T | undefined> {
  const kept = cache?.get(key);
  try {
    const response = await client.request(route, { ...params, ...(kept?.etag ? { headers: { 'if-none-match': kept.etag } } : {}) });
    const etag = typeof response.headers.etag === 'string' ? response.headers.etag : undefined;
    if (cache) cache.set(key, { ...(etag ? { etag } : {}), data: response.data });
    return response.data as T;
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 304 && kept) return kept.data as T;
    if (error instanceof GitHubNotFoundError) return undefined;
    throw error;
  }
}

/** Runs `work` over `items` with at most `limit` at a time, keeping order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!, i);
    }
  });
  await Promise.all(lanes);
  return out;
}
