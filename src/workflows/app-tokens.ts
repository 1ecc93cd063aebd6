/**
 * Steps that mint a GitHub App installation token (`actions/create-github-app-token`, and the archived
 * `tibdex/github-app-token`, which behaves alike), read into what the token will be able to do: which permissions it
 * asks for, which repositories it reaches, whether it is revoked when the job ends, and which secret holds the App's
 * key. Shared by the `github-app` rule and the registry's App checks. Pure; memoised per file.
 */
import { mentionsSecretsOrToken } from './expressions.js';
import { allSteps, parseUses, type StepRef } from './model.js';
import type { SourceFile } from './source.js';
import { entrySpan, isMap, type Span, type YMap } from './yaml.js';

export type AppTokenAction = 'actions/create-github-app-token' | 'tibdex/github-app-token';

export interface RequestedPermission {
  /** Hyphenated, lower case (`pull-requests`). */
  name: string;
  /** `read`, `write`, `admin` as written; `dynamic` for an expression. */
  level: string;
  span: Span;
}

export interface AppTokenMint {
  step: StepRef;
  action: AppTokenAction;
  /**
   * The permissions asked for; `undefined` when none are (the token gets every permission of the installation);
   * `dynamic` when they come from an expression.
   */
  permissions: RequestedPermission[] | 'dynamic' | undefined;
  /**
   * Which repositories the token reaches: `current` (the workflow's own repository), `listed`, or `installation` —
   * every repository of the App's installation (`owner:` without `repositories:`; tibdex without `repositories`).
   */
  repositories: 'current' | 'listed' | 'installation';
  /** The `owner:` entry, when set. */
  ownerSpan?: Span;
  /** `yes`: the token outlives the job (revocation skipped); `dynamic`: an expression decides. */
  keptAlive: 'no' | 'yes' | 'dynamic';
  keptAliveSpan?: Span;
  /** Secret names in the App key input (`private-key`, `private_key`). */
  keySecrets: string[];
}

/**
 * Permissions that concern the organisation or the user, not a repository: a token that asks only for these needs no
 * repository list (zizmor #2219).
 */
export function isRepositoryPermission(name: string): boolean {
  return !(
    name === 'members' ||
    name.startsWith('organization-') ||
    name.endsWith('-for-organizations') ||
    ['email-addresses', 'followers', 'git-ssh-keys', 'gpg-keys', 'profile', 'starring'].includes(name)
  );
}

function flag(value: unknown): 'no' | 'yes' | 'dynamic' {
  if (value === true) return 'yes';
  if (typeof value !== 'string') return 'no';
  if (value.includes('${{')) return 'dynamic';
  return value.trim().toLowerCase() === 'true' ? 'yes' : 'no';
}

const present = (w: YMap, key: string): boolean => Object.prototype.hasOwnProperty.call(w, key) && w[key] !== null && w[key] !== '';

function secretNamesIn(file: SourceFile, value: unknown): string[] {
  if (typeof value !== 'string' || !mentionsSecretsOrToken(value)) return [];
  const out: string[] = [];
  for (const m of value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) out.push(...file.expressions.analyse(m[1]!.trim()).secretNames);
  return out.filter((n) => n.toUpperCase() !== 'GITHUB_TOKEN');
}

function createGithubAppToken(file: SourceFile, step: StepRef, w: YMap): AppTokenMint {
  const requested: RequestedPermission[] = [];
  for (const key of Object.keys(w)) {
    const m = /^permission-(.+)$/i.exec(key);
    if (!m) continue;
    const name = m[1]!.toLowerCase().replace(/_/g, '-');
    const value = w[key];
    const level = typeof value === 'string' && value.includes('${{') ? 'dynamic' : String(value ?? '').trim().toLowerCase();
    requested.push({ name, level, span: entrySpan(w, key)! });
  }
  const owner = present(w, 'owner');
  return {
    step,
    action: 'actions/create-github-app-token',
    permissions: requested.length ? requested : undefined,
    repositories: present(w, 'repositories') ? 'listed' : owner ? 'installation' : 'current',
    ...(owner ? { ownerSpan: entrySpan(w, 'owner')! } : {}),
    keptAlive: flag(w['skip-token-revoke']),
    ...(present(w, 'skip-token-revoke') ? { keptAliveSpan: entrySpan(w, 'skip-token-revoke')! } : {}),
    keySecrets: [...secretNamesIn(file, w['private-key']), ...secretNamesIn(file, w.private_key)],
  };
}

/** tibdex/github-app-token: `permissions` and `repositories` are JSON strings; without them, everything. */
function tibdexGithubAppToken(file: SourceFile, step: StepRef, w: YMap): AppTokenMint {
  let permissions: AppTokenMint['permissions'];
  const raw = w.permissions;
  if (typeof raw === 'string' && raw.includes('${{')) permissions = 'dynamic';
  else if (typeof raw === 'string' && raw.trim()) {
    try {
      const parsed = JSON.parse(raw) as unknown;
      if (parsed && typeof parsed === 'object') {
        const span = entrySpan(w, 'permissions')!;
        permissions = Object.entries(parsed as Record<string, unknown>).map(([name, level]) => ({ name: name.toLowerCase().replace(/_/g, '-'), level: String(level).toLowerCase(), span }));
      }
    } catch {
      permissions = 'dynamic'; // the action would fail; nothing to judge
    }
  }
  const revoke = w.revoke;
  const keptAlive = revoke === false || (typeof revoke === 'string' && revoke.trim().toLowerCase() === 'false') ? 'yes' : typeof revoke === 'string' && revoke.includes('${{') ? 'dynamic' : 'no';
  return {
    step,
    action: 'tibdex/github-app-token',
    permissions,
    repositories: present(w, 'repositories') ? 'listed' : 'installation',
    keptAlive,
    ...(present(w, 'revoke') ? { keptAliveSpan: entrySpan(w, 'revoke')! } : {}),
    keySecrets: [...secretNamesIn(file, w.private_key), ...secretNamesIn(file, w['private-key'])],
  };
}

const MEMO = Symbol('appTokenMints');

/** Every step of the file that mints an App token. */
export function appTokenMints(file: SourceFile): AppTokenMint[] {
  let mints = file.memo.get(MEMO) as AppTokenMint[] | undefined;
  if (mints) return mints;
  mints = [];
  for (const step of allSteps(file)) {
    const uses = step.step.uses;
    if (typeof uses !== 'string') continue;
    const ref = parseUses(uses);
    if (ref.kind !== 'repository' || ref.subpath !== undefined) continue;
    const w = isMap(step.step.with) ? step.step.with : ({} as YMap);
    if (ref.repository === 'actions/create-github-app-token') mints.push(createGithubAppToken(file, step, w));
    else if (ref.repository === 'tibdex/github-app-token') mints.push(tibdexGithubAppToken(file, step, w));
  }
  file.memo.set(MEMO, mints);
  return mints;
}
