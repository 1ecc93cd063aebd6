/**
 * The token registry (`.github/token-scope-map.yml`) as the rest of Token Warden sees it: plain, validated data with
 * source offsets. Free of zod and of the YAML parser so that rules and renderers stay cheap to import.
 */
import type { Span } from '../workflows/yaml.js';

export const DEFAULT_TOKEN_POLICIES = ['forbid', 'read-only', 'allow'] as const;
export type DefaultTokenPolicy = (typeof DEFAULT_TOKEN_POLICIES)[number];

export const TOKEN_CATEGORIES = ['ci-cd', 'runtime', 'maintainer', 'bot', 'monitoring', 'security', 'orchestration'] as const;
export type TokenCategory = (typeof TOKEN_CATEGORIES)[number];

export const TOKEN_RISKS = ['high', 'medium', 'low'] as const;
export type TokenRisk = (typeof TOKEN_RISKS)[number];

export const TOKEN_KINDS = [
  'github-pat',
  'github-pat-fine-grained',
  'github-app',
  'runner-registration',
  'vault',
  'jwt',
  'api-key',
  'webhook-secret',
  'other',
] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

/** Kinds of value `token-warden rotate` can generate for a `rotation:` rule (src/renewal/generate.ts). */
export const GENERATED_SECRET_TYPES = ['api-key', 'hex', 'base64', 'alphanumeric', 'jwt-secret'] as const;
export type GeneratedSecretType = (typeof GENERATED_SECRET_TYPES)[number];

/**
 * Lengths (characters after the prefix) per generated type: the default, the least that keeps 128 bits of randomness
 * (256 for a JWT signing secret, RFC 7518 §3.2 asks for a key at least as long as the hash), and the step the length
 * must be a multiple of (base64: whole 3-byte groups, no padding). At most 4096: Actions secrets hold 48 KB.
 */
export const GENERATED_LENGTHS: Record<GeneratedSecretType, { default: number; min: number; multipleOf: number; bitsPerChar: number }> = {
  // api-key: alphanumeric body plus a 6-character CRC32 checksum (as GitHub's own tokens), so 22 random + 6.
  'api-key': { default: 40, min: 28, multipleOf: 1, bitsPerChar: Math.log2(62) },
  hex: { default: 64, min: 32, multipleOf: 1, bitsPerChar: 4 },
  base64: { default: 44, min: 24, multipleOf: 4, bitsPerChar: 6 },
  alphanumeric: { default: 32, min: 22, multipleOf: 1, bitsPerChar: Math.log2(62) },
  'jwt-secret': { default: 86, min: 43, multipleOf: 1, bitsPerChar: 6 },
};
export const GENERATED_MAX_LENGTH = 4096;

/** Kinds whose value a random string can replace (GitHub, Vault and runner tokens are issued by their service). */
export const GENERATABLE_KINDS: readonly TokenKind[] = ['api-key', 'webhook-secret', 'jwt', 'other'];

/** `rotation:` on a registry entry: generate a new value once the Actions secret is older than `maxAgeDays`. */
export interface RotationRule {
  generate: {
    type: GeneratedSecretType;
    /** Written before the random part (e.g. `sk_`), not counted in `length`. */
    prefix?: string;
    /** Characters after the prefix (the type's default when the file gives none). */
    length: number;
  };
  maxAgeDays: number;
}

/** Expiry thresholds in days before expiry (the seeds' 7/30/45). */
export interface ExpiryThresholds {
  critical: number;
  warning: number;
  info: number;
}

export const DEFAULT_THRESHOLDS: ExpiryThresholds = { critical: 7, warning: 30, info: 45 };

export interface RegistryPolicy {
  /** What the default GITHUB_TOKEN may do: `forbid` ⊃ `read-only` ⊃ `allow`. Default `allow`. */
  defaultToken: DefaultTokenPolicy;
  /** Globs (relative to the repository root) of files where the policy does not apply. */
  defaultTokenAllowedIn: string[];
  thresholds: ExpiryThresholds;
  /** `policy.thresholds-by-category`: overrides of `thresholds` for the tokens of a category. */
  thresholdsByCategory: Partial<Record<TokenCategory, Partial<ExpiryThresholds>>>;
  /** Longest allowed lifetime (or rotation period) per token kind, in days. */
  maxLifetimeDays: Partial<Record<TokenKind, number>>;
}

/** `read`/`write`/`admin` for permission maps; classic OAuth scopes are `write` unless named `read:*`. */
export type ScopeLevel = 'read' | 'write' | 'admin';

export interface ScopeGrant {
  /** As written (permission names keep the author's spelling; see `canonical`). */
  name: string;
  /** Hyphenated permission name (`pull_requests` → `pull-requests`); the classic scope itself for classic PATs. */
  canonical: string;
  /** `unspecified` for items of a free-form list (non-GitHub credentials), which say nothing about write access. */
  level: ScopeLevel | 'unspecified';
  /** `permission`: a `name: level` mapping entry; `classic`: an OAuth scope of a classic PAT; `list`: a free-form list item. */
  form: 'permission' | 'classic' | 'list';
  /** Offsets of the scope's key (mapping) or item (list). */
  span: Span;
}

export interface RegistryToken {
  /** As written in the file. GitHub secret names are case-insensitive: compare with `key`. */
  name: string;
  /** Upper-cased name, the identity used for matching workflow references. */
  key: string;
  description: string;
  owner?: string;
  category: TokenCategory;
  risk: TokenRisk;
  kind: TokenKind;
  scopes: ScopeGrant[];
  reason?: string;
  /**
   * Workflow/action globs where the token may appear. Undefined: anywhere. Empty: no workflow may use it (a
   * runtime, Vault or service token listed for the inventory) — such a token is never stale.
   */
  usedBy?: string[];
  environments?: string[];
  /** ISO dates (YYYY-MM-DD). */
  expires?: string;
  rotated?: string;
  maxAgeDays?: number;
  /** `thresholds:` on the entry: overrides of the category's and the registry's thresholds for this token. */
  thresholds?: Partial<ExpiryThresholds>;
  /** `env:`: the environment variable holding the value (default: the token's name). */
  env?: string;
  /** kind github-app: `app-id` and `installation-id`. */
  appId?: number;
  installationId?: number;
  /** kind vault: `vault-address`, the server (else the CLI's or the action's address, else `VAULT_ADDR`). */
  vaultAddress?: string;
  /** kind vault: `renew-increment` in seconds. */
  renewIncrement?: number;
  /** kind vault: `renew-threshold` in seconds: renew once the TTL left is below it. */
  renewThreshold?: number;
  /** `rotation:`: how `token-warden rotate` generates a new value, and how old the secret may get. */
  rotation?: RotationRule;
  /** Offsets of the token's name (its key under `tokens:`). */
  span: Span;
}

/** Key and value offsets of one node of the registry file, addressed by its key path. */
export interface NodeSpans {
  key?: Span;
  value: Span;
}

/** A value in the registry file that looks like a real credential. The value itself is never kept. */
export interface PastedSecret {
  /** What it looks like, e.g. "GitHub personal access token (classic)" or "password". */
  kind: string;
  /** Redacted form safe to print (prefix and length for known formats, length only otherwise). */
  redacted: string;
  span: Span;
  line: number;
  column: number;
  /** Key path of the value (`['tokens','X','description']`), or `['#comment', n]` for a comment. */
  path: Array<string | number>;
}

export interface Registry {
  /** The file name used in messages and findings (relative to the scan root). */
  file: string;
  version: 1;
  policy: RegistryPolicy;
  /** In file order. */
  tokens: RegistryToken[];
  pastedSecrets: PastedSecret[];
  /** Offsets of every key/value, keyed by `pathKey(path)`. */
  positions: Record<string, NodeSpans>;
}

/** The key of `Registry.positions` for a key path. */
export function pathKey(path: ReadonlyArray<string | number>): string {
  return path.map(String).join('\u001f');
}

/** Offsets of the key (when it has one) or value at `path`; falls back to the nearest ancestor, then the file start. */
export function spanAt(registry: Registry, path: ReadonlyArray<string | number>, prefer: 'key' | 'value' = 'key'): Span {
  for (let n = path.length; n >= 0; n--) {
    const spans = registry.positions[pathKey(path.slice(0, n))];
    if (!spans) continue;
    return prefer === 'key' && spans.key ? spans.key : spans.value;
  }
  return [0, 0];
}

/** True when a scope grants more than read access. */
export function isWriteScope(scope: ScopeGrant): boolean {
  return scope.level === 'write' || scope.level === 'admin';
}
