/** A SourceContext for source tests: a registry built from partial entries, values by token name, masks recorded. */
import type { SourceContext } from '../../src/expiry/sources/types.js';
import { DEFAULT_THRESHOLDS, type Registry, type RegistryToken } from '../../src/registry/types.js';

export function registryToken(extra: Partial<RegistryToken> & { name: string }): RegistryToken {
  return { key: extra.name.toUpperCase(), description: 'd', category: 'ci-cd', risk: 'high', kind: 'other', scopes: [], span: [0, 0], ...extra };
}

export function registryOf(tokens: Array<Partial<RegistryToken> & { name: string }>): Registry {
  return {
    file: '.github/token-scope-map.yml',
    version: 1,
    policy: { defaultToken: 'allow', defaultTokenAllowedIn: [], thresholds: DEFAULT_THRESHOLDS, thresholdsByCategory: {}, maxLifetimeDays: {} },
    tokens: tokens.map(registryToken),
    pastedSecrets: [],
    positions: {},
  };
}

export interface TestContext extends SourceContext {
  /** Everything passed to `mask` (values as read, and what sources derived from them). */
  masked: string[];
  /** Tokens whose value was asked for, by name. */
  read: string[];
}

/** `values` by token name; each value read is masked, as the real `envValues` does. */
export function sourceContext(registry: Registry, values: Record<string, string>, nowMs: number): TestContext {
  const masked: string[] = [];
  const read: string[] = [];
  return {
    registry,
    nowMs,
    masked,
    read,
    valueOf(token) {
      read.push(token.name);
      const value = values[token.name];
      if (value !== undefined) masked.push(value);
      return value;
    },
    mask(value) {
      masked.push(value);
    },
  };
}
