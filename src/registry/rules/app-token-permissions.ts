import type { ProjectRuleContext } from '../../model/rule.js';
import { collectUsage, type AppTokenUse, type FileUsage } from '../usage.js';
import { canonicalPermission } from '../scopes.js';
import type { RegistryToken, ScopeGrant } from '../types.js';
import type { RegistryRule } from './common.js';

const RANK: Record<string, number> = { read: 1, write: 2, admin: 3 };

function declaredText(token: RegistryToken): string {
  const list = token.scopes.filter((s) => s.form === 'permission').map((s) => `${s.canonical}: ${s.level}`);
  return list.length ? list.join(', ') : 'no permission';
}

/** Requested permissions the registry does not declare for the key, or declares at a lower level: one finding each. */
function checkRequests(ctx: ProjectRuleContext<FileUsage>, file: string, use: AppTokenUse, token: RegistryToken, declared: ReadonlyMap<string, ScopeGrant>): void {
  if (!Array.isArray(use.permissions)) return; // none (the github-app rule's finding) or an expression: nothing to compare
  for (const asked of use.permissions) {
    if (!(asked.level in RANK)) continue; // an expression or an invalid level
    const grant = declared.get(canonicalPermission(asked.name));
    const within = grant !== undefined && grant.level !== 'unspecified' && RANK[grant.level]! >= RANK[asked.level]!;
    if (within) continue;
    ctx.report(file, {
      message: `This step mints a token with GitHub App key "${token.name}" asking for \`${asked.name}: ${asked.level}\`, which the registry does not declare for it (${declaredText(token)}): either the step asks for more than the App should do here, or the registry is out of date`,
      span: asked.span,
      path: [...use.path, 'registry', token.key, asked.name],
    });
  }
}

/**
 * Declared permissions no minting step asks for — judged only when every step minting with the key lists its
 * permissions and the key is used nowhere else in the scanned files (it may mint tokens out of sight otherwise).
 */
function checkUnrequested(ctx: ProjectRuleContext<FileUsage>, registryPath: string, token: RegistryToken, declared: ReadonlyMap<string, ScopeGrant>): void {
  const uses = ctx.collected.flatMap((c) => c.data.appTokenMints.filter((u) => u.keys.includes(token.key)));
  if (uses.length === 0 || uses.some((u) => !Array.isArray(u.permissions))) return;
  const references = ctx.collected.reduce((n, c) => n + c.data.secrets.filter((r) => r.key === token.key).length, 0);
  if (references > uses.length) return;
  const asked = new Set(uses.flatMap((u) => (u.permissions as Array<{ name: string }>).map((p) => canonicalPermission(p.name))));
  for (const [name, grant] of declared) {
    if (asked.has(name) || name === 'metadata') continue;
    ctx.report(registryPath, {
      message: `GitHub App key "${token.name}" is declared with \`${name}: ${grant.level}\`, but no step minting a token with it asks for \`${name}\`: the App may hold more than its workflows use (or the registry is out of date)`,
      severity: 'low',
      span: grant.span,
      path: ['tokens', token.key, 'scopes', name, 'unrequested'],
    });
  }
}

export const appTokenPermissions: RegistryRule = {
  scope: 'workflows',
  meta: {
    id: 'app-token-permissions',
    category: 'token-registry',
    defaultSeverity: 'medium',
    summary:
      'A registered `kind: github-app` key minting tokens (actions/create-github-app-token) with `permission-*` inputs the registry does not declare for it (medium), or declared with scopes no minting step asks for (low).',
    remediation:
      "Make the registry and the workflows agree: ask only for the declared permissions, or declare what the step needs (with a `reason`); drop declared scopes nothing uses, and reduce the App's own permissions to match.",
    docs: '#rule-app-token-permissions',
    tags: ['token-registry', 'drift', 'least-privilege', 'github-app'],
    appliesTo: ['workflow', 'action', 'registry'],
  },
  create({ registry, registryPath }) {
    return {
      meta: appTokenPermissions.meta,
      collect: collectUsage,
      finish(ctx) {
        for (const token of registry.tokens) {
          if (token.kind !== 'github-app') continue;
          const declared = new Map(token.scopes.filter((s) => s.form === 'permission').map((s) => [s.canonical, s]));
          for (const { path, data } of ctx.collected) {
            for (const use of data.appTokenMints) if (use.keys.includes(token.key)) checkRequests(ctx, path, use, token, declared);
          }
          checkUnrequested(ctx, registryPath, token, declared);
        }
      },
    };
  },
};
