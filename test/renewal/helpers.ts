/** Shared wiring for the renewal tests: the project's renewal client on the double, a movable clock, recorded sleeps. */
import type { GitHubAuthOptions } from '../../src/github/client.js';
import { createRenewalClient } from '../../src/renewal/github-api.js';
import type { GitHubDouble } from '../double/server.js';
import { TEST_TIMING } from '../double/test-client.js';

export class TestClock {
  ms: number;

  constructor(iso: string) {
    this.ms = Date.parse(iso);
  }

  readonly now = (): number => this.ms;
  readonly date = (): Date => new Date(this.ms);

  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface Harness {
  masked: string[];
  sleeps: number[];
  logs: string[];
  sleep: (ms: number) => Promise<void>;
}

export function harness(): Harness {
  const h: Harness = { masked: [], sleeps: [], logs: [], sleep: async (ms) => void h.sleeps.push(ms) };
  return h;
}

export async function renewalClient(double: GitHubDouble, auth: string | GitHubAuthOptions, h: Harness) {
  return createRenewalClient({
    auth: typeof auth === 'string' ? { type: 'token', token: auth } : auth,
    baseUrl: double.url,
    timing: TEST_TIMING,
    mask: (v) => h.masked.push(v),
    log: { debug: () => undefined, info: (m) => h.logs.push(m), warn: (m) => h.logs.push(m), error: (m) => h.logs.push(m) },
    env: {},
  });
}

/** Requests other than GET (and the free rate-limit check): the writes a dry run must not make. */
export function writes(double: GitHubDouble): string[] {
  return double.log.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
}
