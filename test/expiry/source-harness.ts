/**
 * Running an expiry source against the GitHub double: a registry from plain objects, a source context over a fake
 * environment whose masker records every value, and a `clientFor` that builds the project's client on the double with
 * the same masker and one shared log.
 */
import { parseRegistry } from '../../src/registry/parse.js';
import type { Registry } from '../../src/registry/types.js';
import type { ClientFor } from '../../src/expiry/sources/github-common.js';
import type { SourceContext } from '../../src/expiry/sources/types.js';
import { envValues } from '../../src/expiry/sources/values.js';
import type { GitHubDouble } from '../double/server.js';
import { testClient } from '../double/test-client.js';

/** A registry from `{ NAME: { kind, ... } }`; description, category and risk are filled in. JSON is YAML. */
export function registryFrom(tokens: Record<string, Record<string, unknown>>, policy: Record<string, unknown> = {}): Registry {
  const entries = Object.fromEntries(Object.entries(tokens).map(([name, t]) => [name, { description: 'd', category: 'bot', risk: 'low', ...t }]));
  return parseRegistry(JSON.stringify({ version: 1, policy, tokens: entries }, null, 2), 'map.yml');
}

export interface SourceHarness {
  context: SourceContext;
  clientFor: ClientFor;
  /** Every value given to the masker (by the context or by a client), in order. */
  masked: string[];
  /** Every line the clients logged. */
  logs: string[];
}

export function sourceHarness(double: GitHubDouble, registry: Registry, env: Record<string, string>, nowMs: number): SourceHarness {
  const masked: string[] = [];
  const logs: string[] = [];
  const mask = (value: string) => masked.push(value);
  const values = envValues(env, mask);
  const context: SourceContext = { registry, nowMs, valueOf: (t) => values.valueOf(t), mask };
  const clientFor: ClientFor = async (auth) =>
    (
      await testClient(double, auth, {
        mask,
        log: { debug: (m) => logs.push(`debug: ${m}`), info: (m) => logs.push(`info: ${m}`), warn: (m) => logs.push(`warn: ${m}`), error: (m) => logs.push(`error: ${m}`) },
      })
    ).client;
  return { context, clientFor, masked, logs };
}

/** The double saw only requests and answers GitHub's description allows (useGitHubDouble checks again after the test). */
export function expectNoViolations(double: GitHubDouble): void {
  expect(double.violations).toEqual([]);
}
