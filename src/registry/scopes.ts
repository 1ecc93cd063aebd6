/**
 * What a registry entry may declare under `scopes:`: fine-grained permission names and levels (fine-grained PATs and
 * GitHub Apps share them), and classic OAuth scopes (classic PATs). Pure data.
 */
import type { ScopeLevel } from './types.js';

/**
 * Fine-grained permissions and the levels each accepts, as GitHub's REST description lists them for apps
 * (`components.schemas.app-permissions` in @octokit/openapi; a test keeps this table in step). Names are written with
 * hyphens, as in a workflow's `permissions:`; the API's underscore spelling is accepted too.
 */
export const FINE_GRAINED_PERMISSIONS: Readonly<Record<string, readonly ScopeLevel[]>> = {
  actions: ['read', 'write'],
  administration: ['read', 'write'],
  'artifact-metadata': ['read', 'write'],
  attestations: ['read', 'write'],
  checks: ['read', 'write'],
  'code-quality': ['read', 'write'],
  codespaces: ['read', 'write'],
  contents: ['read', 'write'],
  'dependabot-secrets': ['read', 'write'],
  deployments: ['read', 'write'],
  discussions: ['read', 'write'],
  environments: ['read', 'write'],
  issues: ['read', 'write'],
  'merge-queues': ['read', 'write'],
  metadata: ['read', 'write'],
  packages: ['read', 'write'],
  pages: ['read', 'write'],
  'pull-requests': ['read', 'write'],
  'repository-custom-properties': ['read', 'write'],
  'repository-hooks': ['read', 'write'],
  'repository-projects': ['read', 'write', 'admin'],
  'secret-scanning-alerts': ['read', 'write'],
  secrets: ['read', 'write'],
  'security-events': ['read', 'write'],
  'single-file': ['read', 'write'],
  statuses: ['read', 'write'],
  'vulnerability-alerts': ['read', 'write'],
  workflows: ['write'],
  'custom-properties-for-organizations': ['read', 'write'],
  members: ['read', 'write'],
  'organization-administration': ['read', 'write'],
  'organization-custom-roles': ['read', 'write'],
  'organization-custom-org-roles': ['read', 'write'],
  'organization-custom-properties': ['read', 'write', 'admin'],
  'organization-copilot-seat-management': ['read', 'write'],
  'organization-copilot-agent-settings': ['read', 'write'],
  'organization-announcement-banners': ['read', 'write'],
  'organization-events': ['read'],
  'organization-hooks': ['read', 'write'],
  'organization-personal-access-tokens': ['read', 'write'],
  'organization-personal-access-token-requests': ['read', 'write'],
  'organization-plan': ['read'],
  'organization-projects': ['read', 'write', 'admin'],
  'organization-packages': ['read', 'write'],
  'organization-secrets': ['read', 'write'],
  'organization-self-hosted-runners': ['read', 'write'],
  'organization-user-blocking': ['read', 'write'],
  'email-addresses': ['read', 'write'],
  followers: ['read', 'write'],
  'git-ssh-keys': ['read', 'write'],
  'gpg-keys': ['read', 'write'],
  'interaction-limits': ['read', 'write'],
  profile: ['write'],
  starring: ['read', 'write'],
  'enterprise-custom-properties-for-organizations': ['read', 'write', 'admin'],
};

export const FINE_GRAINED_PERMISSION_NAMES = Object.keys(FINE_GRAINED_PERMISSIONS);

/** `pull_requests` → `pull-requests`: the registry accepts either spelling. */
export function canonicalPermission(name: string): string {
  return name.trim().toLowerCase().replace(/_/g, '-');
}

/** Classic personal-access-token (OAuth) scopes, from GitHub's "Scopes for OAuth apps". */
export const CLASSIC_SCOPES: readonly string[] = [
  'repo',
  'repo:status',
  'repo_deployment',
  'public_repo',
  'repo:invite',
  'security_events',
  'admin:repo_hook',
  'write:repo_hook',
  'read:repo_hook',
  'admin:org',
  'write:org',
  'read:org',
  'admin:public_key',
  'write:public_key',
  'read:public_key',
  'admin:org_hook',
  'gist',
  'notifications',
  'user',
  'read:user',
  'user:email',
  'user:follow',
  'project',
  'read:project',
  'delete_repo',
  'write:discussion',
  'read:discussion',
  'write:packages',
  'read:packages',
  'delete:packages',
  'admin:gpg_key',
  'write:gpg_key',
  'read:gpg_key',
  'admin:ssh_signing_key',
  'write:ssh_signing_key',
  'read:ssh_signing_key',
  'codespace',
  'codespace:secrets',
  'workflow',
  'copilot',
  'manage_billing:copilot',
  'admin:enterprise',
  'manage_runners:enterprise',
  'manage_billing:enterprise',
  'read:enterprise',
  'scim:enterprise',
  'audit_log',
  'read:audit_log',
  'site_admin',
];

/** A classic scope grants write access unless it is one of the `read:*` scopes (or only reads e-mail addresses). */
export function classicScopeLevel(scope: string): ScopeLevel {
  return scope.startsWith('read:') || scope === 'user:email' ? 'read' : 'write';
}

/**
 * Classic scopes broad enough that a fine-grained token or a GitHub App would almost always do: full control of every
 * repository the owner can reach, workflow files, deletion, and every `admin:*` scope.
 */
export function isBroadClassicScope(scope: string): boolean {
  return scope === 'repo' || scope === 'workflow' || scope === 'delete_repo' || scope === 'delete:packages' || scope.startsWith('admin:') || scope === 'site_admin';
}

/** The scopes a kind takes: classic OAuth scopes, fine-grained permissions, or anything (non-GitHub credentials). */
export type ScopeVocabulary = 'classic' | 'fine-grained' | 'free';

export function scopeVocabulary(kind: string): ScopeVocabulary {
  if (kind === 'github-pat') return 'classic';
  if (kind === 'github-pat-fine-grained' || kind === 'github-app') return 'fine-grained';
  return 'free';
}

/**
 * Classic scopes that include others (GitHub's "Scopes for OAuth apps": `repo` grants `public_repo`, `admin:org`
 * grants `write:org` and `read:org`, …). `x-oauth-scopes` lists what was granted, not what it implies.
 */
const CLASSIC_IMPLIES: Readonly<Record<string, readonly string[]>> = {
  repo: ['repo:status', 'repo_deployment', 'public_repo', 'repo:invite', 'security_events'],
  'admin:repo_hook': ['write:repo_hook', 'read:repo_hook'],
  'write:repo_hook': ['read:repo_hook'],
  'admin:org': ['write:org', 'read:org'],
  'write:org': ['read:org'],
  'admin:public_key': ['write:public_key', 'read:public_key'],
  'write:public_key': ['read:public_key'],
  user: ['read:user', 'user:email', 'user:follow'],
  project: ['read:project'],
  'write:discussion': ['read:discussion'],
  'write:packages': ['read:packages'],
  'admin:gpg_key': ['write:gpg_key', 'read:gpg_key'],
  'write:gpg_key': ['read:gpg_key'],
  'admin:ssh_signing_key': ['write:ssh_signing_key', 'read:ssh_signing_key'],
  'write:ssh_signing_key': ['read:ssh_signing_key'],
  codespace: ['codespace:secrets'],
  'admin:enterprise': ['manage_runners:enterprise', 'manage_billing:enterprise', 'read:enterprise', 'scim:enterprise'],
  'manage_billing:enterprise': ['read:enterprise'],
  audit_log: ['read:audit_log'],
};

/** Every classic scope `scopes` grant, with what they imply (lower-cased). */
export function expandClassicScopes(scopes: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const visit = (scope: string): void => {
    const s = scope.trim().toLowerCase();
    if (!s || out.has(s)) return;
    out.add(s);
    for (const child of CLASSIC_IMPLIES[s] ?? []) visit(child);
  };
  for (const s of scopes) visit(s);
  return out;
}
