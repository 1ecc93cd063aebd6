/** Counts every HTTP request the client sends (retries included), by API: the organisation scan's call budget. */
import type { CallCounts } from './types.js';

export function newCallCounts(): CallCounts {
  return { graphql: 0, rest: 0, notModified: 0 };
}

/** A `fetch` for createGitHubClient that counts into `counts`. */
export function countingFetch(counts: CallCounts, base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/\/graphql(?:\?|$)/.test(url)) counts.graphql += 1;
    else counts.rest += 1;
    const response = await base(input, init);
    if (response.status === 304) counts.notModified += 1;
    return response;
  };
}

export function totalCalls(counts: CallCounts): number {
  return counts.graphql + counts.rest;
}
