/**
 * The project's own client (src/github/client.ts) pointed at a double, with test timing (1 ms per second GitHub
 * asks to wait) and everything it logs, masks and waits for collected for assertions.
 */
import { createGitHubClient, type GitHubAuthOptions, type GitHubClient, type GitHubClientOptions, type RateLimitWait } from '../../src/github/client.js';
import type { GitHubDouble } from './server.js';

export interface TestClient {
  client: GitHubClient;
  /** Every value passed to `mask`, in order. */
  masked: string[];
  /** Rate-limit waits the client decided on. */
  waits: RateLimitWait[];
  /** Log lines, prefixed with their level. */
  logs: string[];
}

export const TEST_TIMING = { msPerSecond: 1, requestTimeoutMs: 2000 } as const;

export async function testClient(double: GitHubDouble, auth: string | GitHubAuthOptions, overrides: Partial<GitHubClientOptions> = {}): Promise<TestClient> {
  const masked: string[] = [];
  const waits: RateLimitWait[] = [];
  const logs: string[] = [];
  const client = await createGitHubClient({
    auth: typeof auth === 'string' ? { type: 'token', token: auth } : auth,
    baseUrl: double.url,
    timing: TEST_TIMING,
    mask: (secret) => masked.push(secret),
    onRateLimitWait: (wait) => waits.push(wait),
    log: {
      debug: (m) => logs.push(`debug: ${m}`),
      info: (m) => logs.push(`info: ${m}`),
      warn: (m) => logs.push(`warn: ${m}`),
      error: (m) => logs.push(`error: ${m}`),
    },
    env: {},
    ...overrides,
  });
  return { client, masked, waits, logs };
}
