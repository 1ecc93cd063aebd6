import type { RegistryRule } from '../../registry/rules/common.js';
import { canonicalPermission, expandClassicScopes } from '../../registry/scopes.js';
import type { RegistryToken } from '../../registry/types.js';
import type { TokenObservation } from '../sources/types.js';

const LEVEL_RANK: Record<string, number> = { read: 1, write: 2, admin: 3 };

export interface ScopeDrift {
  /** Granted but not declared (classic scopes, or `permission: level` above the declared level). */
  undeclared: string[];
  /** Declared but not granted. */
  unused: string[];
  /** Where GitHub's answer came from, in words. */
  basis: string;
}

/**
 * The difference between what GitHub says a token can do and what the registry declares — classic scopes (with what
 * each implies: `repo` covers `public_repo`) or permission levels (`write` covers `read`). Pure. Undefined when no
 * source reported the token's scopes.
 */
export function scopeDrift(token: Pick<RegistryToken, 'scopes' | 'kind'>, observed: Partial<TokenObservation> | undefined): ScopeDrift | undefined {
  if (!observed) return undefined;
  if (observed.classicScopes && token.kind === 'github-pat') {
    const real = observed.classicScopes.map((s) => s.trim().toLowerCase()).filter(Boolean);
    const declared = token.scopes.map((s) => s.canonical.toLowerCase());
    const declaredCover = expandClassicScopes(declared);
    const realCover = expandClassicScopes(real);
    return {
      undeclared: real.filter((s) => !declaredCover.has(s)).sort(),
      unused: declared.filter((s) => !realCover.has(s)).sort(),
      basis: `GitHub reports scopes: ${real.length ? real.join(', ') : '(none)'}`,
    };
  }
  if (observed.permissions && (token.kind === 'github-app' || token.kind === 'github-pat-fine-grained')) {
    const real = new Map(Object.entries(observed.permissions).map(([k, v]) => [canonicalPermission(k), v]));
    const declared = new Map<string, string>();
    for (const s of token.scopes) if (s.level !== 'unspecified') declared.set(s.canonical, s.level);
    const undeclared: string[] = [];
    const unused: string[] = [];
    for (const [name, level] of real) {
      const mine = declared.get(name);
      if ((LEVEL_RANK[level] ?? 0) > (mine ? (LEVEL_RANK[mine] ?? 0) : 0)) undeclared.push(`${name}: ${level}${mine ? ` (declared ${mine})` : ''}`);
    }
    for (const [name, level] of declared) {
      const theirs = real.get(name);
      // `metadata: read` comes with every App and fine-grained token whether or not it is listed.
      if ((LEVEL_RANK[level] ?? 0) > (theirs ? (LEVEL_RANK[theirs] ?? 0) : 0) && !(name === 'metadata' && level === 'read')) {
        unused.push(`${name}: ${level}${theirs ? ` (has ${theirs})` : ''}`);
      }
    }
    const listed = [...real].map(([k, v]) => `${k}: ${v}`).join(', ');
    return { undeclared: undeclared.sort(), unused: unused.sort(), basis: `GitHub reports permissions: ${listed || '(none)'}` };
  }
  return undefined;
}

export const tokenScopeDrift: RegistryRule = {
  scope: 'registry-file',
  meta: {
    id: 'token-scope-drift',
    category: 'token-expiry',
    defaultSeverity: 'high',
    summary:
      "What GitHub says a token can do differs from the registry: a classic PAT's real scopes (`x-oauth-scopes`) or an App installation's permissions include some the registry does not declare (high), or the registry declares more than the token has (low). Reported by `token-warden expiry` when it can read the token.",
    remediation:
      'Undeclared scopes: remove them from the token (or, if they are needed, declare them with a reason). Declared but missing: correct the registry so reviewers see what the token really can do.',
    docs: '#rule-token-scope-drift',
    tags: ['token-registry', 'least-privilege', 'drift'],
    appliesTo: ['registry'],
  },
  create({ registry, registryPath, observations }) {
    return {
      meta: tokenScopeDrift.meta,
      collect: () => undefined,
      finish(ctx) {
        for (const token of registry.tokens) {
          const drift = scopeDrift(token, observations.get(token.key));
          if (!drift) continue;
          if (drift.undeclared.length) {
            ctx.report(registryPath, {
              message: `Token "${token.name}" can do more than the registry declares: ${drift.undeclared.join(', ')} (${drift.basis})`,
              span: token.span,
              path: ['tokens', token.key, 'scopes', 'undeclared'],
            });
          }
          if (drift.unused.length) {
            ctx.report(registryPath, {
              message: `Token "${token.name}" has less than the registry declares: ${drift.unused.join(', ')} (${drift.basis})`,
              severity: 'low',
              span: token.span,
              path: ['tokens', token.key, 'scopes', 'unused'],
            });
          }
        }
      },
    };
  },
};
