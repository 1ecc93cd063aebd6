/**
 * The operations the double serves, keyed by GitHub's operation id. Each declares how GitHub authorises it
 * (token or app JWT; the fine-grained permission and the classic scopes it accepts) and carries it out on the state.
 */
import { gunzipSync } from 'node:zlib';
import sodium from 'libsodium-wrappers';
import { iso, gitSha, type Renderer } from './render.js';
import {
  validSecretName,
  type Access,
  type AppRecord,
  type DoubleState,
  type IssueRecord,
  type OrgRecord,
  type RepoRecord,
  type RunnerScope,
  type SecretScope,
  type TokenRecord,
  type WorkflowPermissionsSetting,
} from './state.js';

export type Caller = { kind: 'token'; token: TokenRecord } | { kind: 'app'; app: AppRecord } | { kind: 'anonymous' };

export interface RouteContext {
  state: DoubleState;
  render: Renderer;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  caller: Caller;
  /** The URL the client called (with the GHES prefix, if any): pagination links are built from it. */
  requestUrl: URL;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteDef {
  /** `token` (default): PAT, GITHUB_TOKEN or installation token. `app`: a GitHub App JWT. `optional`: anyone. */
  auth?: 'token' | 'app' | 'optional';
  /** Fine-grained permission the operation needs (sent back in `x-accepted-github-permissions`). */
  permission?: [name: string, access: Access];
  /** Classic PAT scopes of which one is needed (sent back in `x-accepted-oauth-scopes`). */
  scopes?: string[];
  /** Reading a public repository needs no classic scope. */
  publicRead?: boolean;
  handle(ctx: RouteContext): RouteResult | Promise<RouteResult>;
}

export const DOCS = 'https://docs.github.com/rest';

/** A refusal with GitHub's error body; routes throw it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** `errors`: objects for `validation-error`, strings for operations that declare `validation-error-simple`. */
    readonly extra: { errors?: unknown[]; headers?: Record<string, string>; documentationUrl?: string } = {},
  ) {
    super(message);
  }

  toResult(): RouteResult {
    return {
      status: this.status,
      body: { message: this.message, documentation_url: this.extra.documentationUrl ?? DOCS, status: String(this.status), ...(this.extra.errors ? { errors: this.extra.errors } : {}) },
      ...(this.extra.headers ? { headers: this.extra.headers } : {}),
    };
  }
}

const notFound = () => new HttpError(404, 'Not Found');

function validationFailed(errors: Record<string, unknown>[], message = 'Validation Failed'): HttpError {
  return new HttpError(422, message, { errors });
}

function tokenOf(ctx: RouteContext): TokenRecord | undefined {
  return ctx.caller.kind === 'token' ? ctx.caller.token : undefined;
}

/** Tokens limited to an account or a set of repositories cannot see the rest: GitHub answers 404. */
function canSeeAccount(ctx: RouteContext, login: string): boolean {
  const token = tokenOf(ctx);
  return !token?.account || token.account.toLowerCase() === login.toLowerCase();
}

function canSeeRepo(ctx: RouteContext, repo: RepoRecord): boolean {
  const token = tokenOf(ctx);
  if (!canSeeAccount(ctx, repo.owner)) return false;
  return !token?.repositories || token.repositories.some((r) => r.toLowerCase() === repo.fullName.toLowerCase());
}

function repoOf(ctx: RouteContext): RepoRecord {
  const repo = ctx.state.repo(ctx.params.owner!, ctx.params.repo!);
  if (!repo || !canSeeRepo(ctx, repo)) throw notFound();
  return repo;
}

function orgOf(ctx: RouteContext): OrgRecord {
  const org = ctx.state.org(ctx.params.org!);
  if (!org || !canSeeAccount(ctx, org.login)) throw notFound();
  return org;
}

function environmentOf(ctx: RouteContext): SecretScope {
  const repo = repoOf(ctx);
  const scope = repo.environments.get(ctx.params.environment_name!);
  if (!scope) throw notFound();
  return scope;
}

function issueOf(ctx: RouteContext, repo: RepoRecord): IssueRecord {
  const issue = repo.issues.find((i) => i.number === Number(ctx.params.issue_number));
  if (!issue) throw notFound();
  return issue;
}

function callerLogin(ctx: RouteContext): string {
  return ctx.caller.kind === 'token' ? ctx.caller.token.login : 'ghost';
}

function intParam(value: string | null, fallback: number): number {
  const n = value === null ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** GitHub's page/per_page with a `Link` header (first/prev/next/last), built from the URL the client called. */
export function paginate<T>(ctx: RouteContext, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, intParam(ctx.query.get('per_page'), 30));
  const page = intParam(ctx.query.get('page'), 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const url = new URL(ctx.requestUrl);
    url.searchParams.set('page', String(n));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { page: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} };
}

function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? ''))).filter((l) => l !== '');
}

// ---------------------------------------------------------------------------------------------------------------
// Secrets

function listSecrets(ctx: RouteContext, scope: SecretScope, org?: OrgRecord): RouteResult {
  const all = [...scope.secrets.values()].sort((a, b) => a.name.localeCompare(b.name));
  const { page, headers } = paginate(ctx, all);
  return {
    status: 200,
    headers,
    body: {
      total_count: all.length,
      secrets: page.map((s) => ({
        name: s.name,
        created_at: iso(s.createdAt),
        updated_at: iso(s.updatedAt),
        ...(org ? { visibility: s.visibility ?? 'all' } : {}),
        ...(org && s.visibility === 'selected' ? { selected_repositories_url: `${ctx.render.api}/orgs/${org.login}/actions/secrets/${s.name}/repositories` } : {}),
      })),
    },
  };
}

function getSecret(ctx: RouteContext, scope: SecretScope, org?: OrgRecord): RouteResult {
  const secret = scope.secrets.get(ctx.params.secret_name!.toUpperCase());
  if (!secret) throw notFound();
  return {
    status: 200,
    body: {
      name: secret.name,
      created_at: iso(secret.createdAt),
      updated_at: iso(secret.updatedAt),
      ...(org ? { visibility: secret.visibility ?? 'all' } : {}),
      ...(org && secret.visibility === 'selected' ? { selected_repositories_url: `${ctx.render.api}/orgs/${org.login}/actions/secrets/${secret.name}/repositories` } : {}),
    },
  };
}

function publicKey(scope: SecretScope): RouteResult {
  return { status: 200, body: { key_id: scope.key.keyId, key: scope.key.publicKeyBase64 } };
}

/** Opens the sealed box the way GitHub does; a value sealed for another key, or not base64, is refused. */
function openSealedValue(scope: SecretScope, encrypted: string, keyId: string): string {
  if (keyId !== scope.key.keyId) throw validationFailed([{ resource: 'Secret', code: 'invalid', field: 'key_id' }], `Bad request - key_id ${keyId} does not match the current public key`);
  try {
    const sealed = sodium.from_base64(encrypted, sodium.base64_variants.ORIGINAL);
    return sodium.to_string(sodium.crypto_box_seal_open(sealed, scope.key.publicKey, scope.key.privateKey));
  } catch {
    throw validationFailed([{ resource: 'Secret', code: 'invalid', field: 'encrypted_value' }], 'Bad request - encrypted_value could not be decrypted with the public key');
  }
}

function putSecret(ctx: RouteContext, scope: SecretScope, org?: OrgRecord): RouteResult {
  const name = ctx.params.secret_name!;
  if (!validSecretName(name)) {
    throw validationFailed([{ resource: 'Secret', code: 'invalid', field: 'name' }], 'Secret names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_), must not start with a number or GITHUB_.');
  }
  const body = ctx.body as { encrypted_value?: string; key_id?: string; visibility?: 'all' | 'private' | 'selected'; selected_repository_ids?: (number | string)[] };
  const existing = scope.secrets.get(name.toUpperCase());
  let value = existing?.value;
  if (body.encrypted_value !== undefined || body.key_id !== undefined) {
    if (body.encrypted_value === undefined || body.key_id === undefined) throw validationFailed([{ resource: 'Secret', code: 'missing_field', field: body.key_id === undefined ? 'key_id' : 'encrypted_value' }]);
    value = openSealedValue(scope, body.encrypted_value, body.key_id);
  }
  if (value === undefined) throw validationFailed([{ resource: 'Secret', code: 'missing_field', field: 'encrypted_value' }]);
  if (org && body.visibility === 'selected' && !body.selected_repository_ids) throw validationFailed([{ resource: 'Secret', code: 'missing_field', field: 'selected_repository_ids' }]);
  const now = ctx.state.now();
  scope.secrets.set(name.toUpperCase(), {
    name: name.toUpperCase(),
    value,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    ...(org ? { visibility: body.visibility ?? 'all' } : {}),
    ...(body.selected_repository_ids ? { selectedRepositoryIds: body.selected_repository_ids } : {}),
  });
  return existing ? { status: 204 } : { status: 201, body: {} };
}

function deleteSecret(ctx: RouteContext, scope: SecretScope): RouteResult {
  if (!scope.secrets.delete(ctx.params.secret_name!.toUpperCase())) throw notFound();
  return { status: 204 };
}

// ---------------------------------------------------------------------------------------------------------------
// Runners

function listRunners(ctx: RouteContext, scope: RunnerScope): RouteResult {
  const name = ctx.query.get('name');
  const all = scope.runners.filter((r) => name === null || r.name === name);
  const { page, headers } = paginate(ctx, all);
  return { status: 200, headers, body: { total_count: all.length, runners: page.map((r) => ctx.render.runner(r)) } };
}

function runnerToken(ctx: RouteContext, scope: RunnerScope, kind: 'registration' | 'remove'): RouteResult {
  const issued = ctx.state.newRunnerToken(scope, kind);
  return { status: 201, body: { token: issued.token, expires_at: iso(issued.expiresAt) } };
}

function generateJitConfig(ctx: RouteContext, scope: RunnerScope): RouteResult {
  const body = ctx.body as { name: string; runner_group_id: number; labels: string[]; work_folder?: string };
  if (scope.runners.some((r) => r.name === body.name)) throw new HttpError(409, `Already exists - A runner with the name ${body.name} already exists.`);
  if (body.runner_group_id !== 1) throw notFound();
  const runner = ctx.state.addRunner(scope, { name: body.name, status: 'offline', labels: ['self-hosted', ...body.labels], ephemeral: true, runnerGroupId: body.runner_group_id });
  const encoded = Buffer.from(JSON.stringify({ '.runner': { agentId: runner.id, agentName: runner.name, workFolder: body.work_folder ?? '_work' } })).toString('base64');
  scope.jitConfigs.push({ runnerId: runner.id, name: runner.name, labels: body.labels, runnerGroupId: body.runner_group_id, encodedJitConfig: encoded });
  return { status: 201, body: { runner: ctx.render.runner(runner), encoded_jit_config: encoded } };
}

function deleteRunner(ctx: RouteContext, scope: RunnerScope): RouteResult {
  const index = scope.runners.findIndex((r) => r.id === Number(ctx.params.runner_id));
  if (index < 0) throw notFound();
  const runner = scope.runners[index]!;
  if (runner.busy) throw new HttpError(422, `Bad request - Runner "${runner.name}" is still running a job`, { errors: [`Runner ${runner.name} is busy`] });
  scope.runners.splice(index, 1);
  return { status: 204 };
}

// ---------------------------------------------------------------------------------------------------------------
// Contents

function contentEntry(ctx: RouteContext, repo: RepoRecord, path: string): Record<string, unknown> {
  const text = repo.files.get(path);
  const name = path.split('/').pop()!;
  if (text !== undefined) {
    const sha = gitSha(text);
    return { type: 'file', size: Buffer.byteLength(text), name, path, sha, ...ctx.render.contentUrls(repo, path, sha, 'file') };
  }
  const sha = gitSha(`tree:${path}`);
  return { type: 'dir', size: 0, name, path, sha, ...ctx.render.contentUrls(repo, path, sha, 'dir') };
}

function getContent(ctx: RouteContext): RouteResult {
  const repo = repoOf(ctx);
  const ref = ctx.query.get('ref');
  if (ref !== null && ref !== repo.defaultBranch && ref !== `refs/heads/${repo.defaultBranch}`) throw new HttpError(404, `No commit found for the ref ${ref}`);
  const path = ctx.params.path!.replace(/^\/+|\/+$/g, '');
  const text = repo.files.get(path);
  if (text !== undefined) {
    // GitHub wraps the base64 at 60 characters.
    const content = (Buffer.from(text, 'utf8').toString('base64').match(/.{1,60}/g) ?? ['']).join('\n') + '\n';
    return { status: 200, body: { ...contentEntry(ctx, repo, path), encoding: 'base64', content } };
  }
  const children = new Set<string>();
  for (const file of repo.files.keys()) {
    if (!file.startsWith(`${path}/`)) continue;
    children.add(`${path}/${file.slice(path.length + 1).split('/')[0]}`);
  }
  if (children.size === 0) throw notFound();
  return { status: 200, body: [...children].sort().map((child) => contentEntry(ctx, repo, child)) };
}

// ---------------------------------------------------------------------------------------------------------------

function issuesPermission(method: 'read' | 'write'): Pick<RouteDef, 'permission' | 'scopes' | 'publicRead'> {
  return { permission: ['issues', method], scopes: ['repo', 'public_repo'], publicRead: method === 'read' };
}

function checkInstallationPermissions(requested: Record<string, string>, granted: Record<string, Access>): void {
  const rank: Record<string, number> = { read: 1, write: 2, admin: 3 };
  for (const [name, access] of Object.entries(requested)) {
    if ((rank[granted[name] ?? ''] ?? 0) < (rank[access] ?? 9)) {
      throw validationFailed([{ resource: 'Installation', code: 'invalid', field: 'permissions' }], `The permissions requested are not granted to this installation.`);
    }
  }
}

export const ROUTES: Record<string, RouteDef> = {
  'rate-limit/get': {
    auth: 'optional',
    handle(ctx) {
      const token = tokenOf(ctx);
      const now = Math.floor(ctx.state.now().getTime() / 1000);
      const core = token ? token.rate : { limit: 60, remaining: 60, reset: now + 3600 };
      const window = (w: { limit: number; remaining: number; reset: number }) => ({ limit: w.limit, remaining: w.remaining, reset: w.reset, used: w.limit - w.remaining });
      const other = (limit: number) => window({ limit, remaining: limit, reset: now + 60 });
      const graphql = token ? window(token.graphqlRate) : other(0);
      return { status: 200, body: { resources: { core: window(core), search: other(30), graphql, code_search: other(10) }, rate: window(core) } };
    },
  },

  // Issues ------------------------------------------------------------------------------------------------------
  'issues/list-for-repo': {
    ...issuesPermission('read'),
    handle(ctx) {
      const repo = repoOf(ctx);
      const state = ctx.query.get('state') ?? 'open';
      const labels = (ctx.query.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
      const creator = ctx.query.get('creator')?.toLowerCase();
      const since = ctx.query.get('since');
      const sort = ctx.query.get('sort') ?? 'created';
      const direction = ctx.query.get('direction') ?? 'desc';
      const items = repo.issues
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)))
        .filter((i) => creator === undefined || i.user.toLowerCase() === creator)
        .filter((i) => since === null || i.updatedAt.getTime() >= Date.parse(since))
        .sort((a, b) => {
          const key = (i: IssueRecord) => (sort === 'updated' ? i.updatedAt.getTime() : sort === 'comments' ? i.comments.length : i.createdAt.getTime());
          const d = key(a) - key(b) || a.number - b.number;
          return direction === 'asc' ? d : -d;
        });
      const { page, headers } = paginate(ctx, items);
      return { status: 200, headers, body: page.map((i) => ctx.render.issue(repo, i)) };
    },
  },
  'issues/create': {
    ...issuesPermission('write'),
    handle(ctx) {
      const repo = repoOf(ctx);
      const body = ctx.body as { title: string | number; body?: string; labels?: unknown[]; assignees?: string[]; assignee?: string | null };
      const title = String(body.title);
      if (title.trim() === '') throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
      const names = labelNames(body.labels);
      const issue = ctx.state.addIssue(repo.fullName, { title, body: body.body ?? null, labels: names, user: callerLogin(ctx) });
      issue.assignees = [...(body.assignees ?? []), ...(body.assignee ? [body.assignee] : [])];
      return { status: 201, headers: { location: `${ctx.render.repoUrl(repo)}/issues/${issue.number}` }, body: ctx.render.issue(repo, issue) };
    },
  },
  'issues/get': {
    ...issuesPermission('read'),
    handle(ctx) {
      const repo = repoOf(ctx);
      return { status: 200, body: ctx.render.issue(repo, issueOf(ctx, repo)) };
    },
  },
  'issues/update': {
    ...issuesPermission('write'),
    handle(ctx) {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      const body = (ctx.body ?? {}) as { title?: string | number | null; body?: string | null; state?: 'open' | 'closed'; state_reason?: IssueRecord['stateReason']; duplicate_issue_id?: number; labels?: unknown[]; assignees?: unknown[] };
      const now = ctx.state.now();
      // "The issue must exist and be accessible to the authenticated user"; the id is the issue's `id`, not its number.
      const closingAsDuplicate = body.state === 'closed' && issue.state === 'open' && body.state_reason === 'duplicate';
      let duplicateOf: IssueRecord | undefined;
      if (closingAsDuplicate && body.duplicate_issue_id !== undefined) {
        duplicateOf = repo.issues.find((i) => i.id === body.duplicate_issue_id && i !== issue);
        if (!duplicateOf) throw validationFailed([{ resource: 'Issue', code: 'invalid', field: 'duplicate_issue_id' }]);
      }
      if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
      if (body.body !== undefined) issue.body = body.body;
      if (body.labels !== undefined) {
        issue.labels = labelNames(body.labels);
        for (const l of issue.labels) ctx.state.ensureLabel(repo, l);
      }
      if (body.assignees !== undefined) issue.assignees = body.assignees.map((a) => (typeof a === 'string' ? a : String((a as { login?: unknown }).login)));
      if (body.state === 'closed' && issue.state === 'open') {
        issue.state = 'closed';
        issue.closedAt = now;
        issue.stateReason = body.state_reason ?? 'completed';
        issue.duplicateOf = duplicateOf?.number ?? null;
      } else if (body.state === 'open' && issue.state === 'closed') {
        issue.state = 'open';
        issue.closedAt = null;
        issue.stateReason = 'reopened';
        issue.duplicateOf = null;
      }
      // Otherwise `state_reason` is "Ignored unless `state` is changed" (GitHub's description), and so is the duplicate.
      issue.updatedAt = now;
      return { status: 200, body: ctx.render.issue(repo, issue) };
    },
  },
  'issues/list-comments': {
    ...issuesPermission('read'),
    handle(ctx) {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      const { page, headers } = paginate(ctx, issue.comments);
      return { status: 200, headers, body: page.map((c) => ctx.render.comment(repo, issue, c)) };
    },
  },
  'issues/create-comment': {
    ...issuesPermission('write'),
    handle(ctx) {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      const text = (ctx.body as { body: string }).body;
      if (text.trim() === '') throw validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
      const now = ctx.state.now();
      const comment = { id: ctx.state.nextId(), body: text, user: callerLogin(ctx), createdAt: now, updatedAt: now };
      ctx.state.account(comment.user);
      issue.comments.push(comment);
      issue.updatedAt = now;
      return { status: 201, headers: { location: `${ctx.render.repoUrl(repo)}/issues/comments/${comment.id}` }, body: ctx.render.comment(repo, issue, comment) };
    },
  },
  'issues/list-labels-on-issue': {
    ...issuesPermission('read'),
    handle(ctx) {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      const { page, headers } = paginate(ctx, issue.labels);
      return { status: 200, headers, body: page.map((name) => ctx.render.label(repo, ctx.state.ensureLabel(repo, name))) };
    },
  },
  'issues/add-labels': {
    ...issuesPermission('write'),
    handle(ctx) {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      const names = labelNames((ctx.body as { labels?: unknown[] } | undefined)?.labels);
      for (const name of names) {
        ctx.state.ensureLabel(repo, name);
        if (!issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) issue.labels.push(name);
      }
      issue.updatedAt = ctx.state.now();
      return { status: 200, body: issue.labels.map((name) => ctx.render.label(repo, ctx.state.ensureLabel(repo, name))) };
    },
  },
  'issues/remove-label': {
    ...issuesPermission('write'),
    handle(ctx) {
      const repo = repoOf(ctx);
      const issue = issueOf(ctx, repo);
      const index = issue.labels.findIndex((l) => l.toLowerCase() === ctx.params.name!.toLowerCase());
      if (index < 0) throw new HttpError(404, 'Label does not exist');
      issue.labels.splice(index, 1);
      issue.updatedAt = ctx.state.now();
      return { status: 200, body: issue.labels.map((name) => ctx.render.label(repo, ctx.state.ensureLabel(repo, name))) };
    },
  },
  'issues/get-label': {
    ...issuesPermission('read'),
    handle(ctx) {
      const repo = repoOf(ctx);
      const label = repo.labels.get(ctx.params.name!.toLowerCase());
      if (!label) throw notFound();
      return { status: 200, body: ctx.render.label(repo, label) };
    },
  },
  'issues/list-labels-for-repo': {
    ...issuesPermission('read'),
    handle(ctx) {
      const repo = repoOf(ctx);
      const { page, headers } = paginate(ctx, [...repo.labels.values()]);
      return { status: 200, headers, body: page.map((l) => ctx.render.label(repo, l)) };
    },
  },
  'issues/create-label': {
    ...issuesPermission('write'),
    handle(ctx) {
      const repo = repoOf(ctx);
      const body = ctx.body as { name: string; color?: string; description?: string };
      if (repo.labels.has(body.name.toLowerCase())) throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      if (body.color !== undefined && !/^[0-9a-fA-F]{6}$/.test(body.color)) throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }]);
      const label = ctx.state.ensureLabel(repo, body.name, body.color?.toLowerCase() ?? 'ededed', body.description ?? null);
      return { status: 201, headers: { location: `${ctx.render.repoUrl(repo)}/labels/${encodeURIComponent(label.name)}` }, body: ctx.render.label(repo, label) };
    },
  },

  // Actions secrets ---------------------------------------------------------------------------------------------
  'actions/list-repo-secrets': { permission: ['secrets', 'read'], scopes: ['repo'], handle: (ctx) => listSecrets(ctx, repoOf(ctx).actions) },
  'actions/get-repo-public-key': { permission: ['secrets', 'read'], scopes: ['repo'], handle: (ctx) => publicKey(repoOf(ctx).actions) },
  'actions/get-repo-secret': { permission: ['secrets', 'read'], scopes: ['repo'], handle: (ctx) => getSecret(ctx, repoOf(ctx).actions) },
  'actions/create-or-update-repo-secret': { permission: ['secrets', 'write'], scopes: ['repo'], handle: (ctx) => putSecret(ctx, repoOf(ctx).actions) },
  'actions/delete-repo-secret': { permission: ['secrets', 'write'], scopes: ['repo'], handle: (ctx) => deleteSecret(ctx, repoOf(ctx).actions) },
  'actions/list-org-secrets': { permission: ['organization_secrets', 'read'], scopes: ['admin:org'], handle: (ctx) => listSecrets(ctx, orgOf(ctx).actions, orgOf(ctx)) },
  'actions/get-org-public-key': { permission: ['organization_secrets', 'read'], scopes: ['admin:org'], handle: (ctx) => publicKey(orgOf(ctx).actions) },
  'actions/get-org-secret': { permission: ['organization_secrets', 'read'], scopes: ['admin:org'], handle: (ctx) => getSecret(ctx, orgOf(ctx).actions, orgOf(ctx)) },
  'actions/create-or-update-org-secret': { permission: ['organization_secrets', 'write'], scopes: ['admin:org'], handle: (ctx) => putSecret(ctx, orgOf(ctx).actions, orgOf(ctx)) },
  'actions/delete-org-secret': { permission: ['organization_secrets', 'write'], scopes: ['admin:org'], handle: (ctx) => deleteSecret(ctx, orgOf(ctx).actions) },
  'actions/list-environment-secrets': { permission: ['environments', 'read'], scopes: ['repo'], handle: (ctx) => listSecrets(ctx, environmentOf(ctx)) },
  'actions/get-environment-public-key': { permission: ['environments', 'read'], scopes: ['repo'], handle: (ctx) => publicKey(environmentOf(ctx)) },
  'actions/get-environment-secret': { permission: ['environments', 'read'], scopes: ['repo'], handle: (ctx) => getSecret(ctx, environmentOf(ctx)) },
  'actions/create-or-update-environment-secret': { permission: ['environments', 'write'], scopes: ['repo'], handle: (ctx) => putSecret(ctx, environmentOf(ctx)) },
  'actions/delete-environment-secret': { permission: ['environments', 'write'], scopes: ['repo'], handle: (ctx) => deleteSecret(ctx, environmentOf(ctx)) },

  // Self-hosted runners -----------------------------------------------------------------------------------------
  'actions/list-self-hosted-runners-for-repo': { permission: ['administration', 'read'], scopes: ['repo'], handle: (ctx) => listRunners(ctx, repoOf(ctx).runners) },
  'actions/create-registration-token-for-repo': { permission: ['administration', 'write'], scopes: ['repo'], handle: (ctx) => runnerToken(ctx, repoOf(ctx).runners, 'registration') },
  'actions/create-remove-token-for-repo': { permission: ['administration', 'write'], scopes: ['repo'], handle: (ctx) => runnerToken(ctx, repoOf(ctx).runners, 'remove') },
  'actions/generate-runner-jitconfig-for-repo': { permission: ['administration', 'write'], scopes: ['repo'], handle: (ctx) => generateJitConfig(ctx, repoOf(ctx).runners) },
  'actions/delete-self-hosted-runner-from-repo': { permission: ['administration', 'write'], scopes: ['repo'], handle: (ctx) => deleteRunner(ctx, repoOf(ctx).runners) },
  'actions/list-self-hosted-runners-for-org': { permission: ['organization_self_hosted_runners', 'read'], scopes: ['admin:org'], handle: (ctx) => listRunners(ctx, orgOf(ctx).runners) },
  'actions/create-registration-token-for-org': { permission: ['organization_self_hosted_runners', 'write'], scopes: ['admin:org'], handle: (ctx) => runnerToken(ctx, orgOf(ctx).runners, 'registration') },
  'actions/create-remove-token-for-org': { permission: ['organization_self_hosted_runners', 'write'], scopes: ['admin:org'], handle: (ctx) => runnerToken(ctx, orgOf(ctx).runners, 'remove') },
  'actions/generate-runner-jitconfig-for-org': { permission: ['organization_self_hosted_runners', 'write'], scopes: ['admin:org'], handle: (ctx) => generateJitConfig(ctx, orgOf(ctx).runners) },
  'actions/delete-self-hosted-runner-from-org': { permission: ['organization_self_hosted_runners', 'write'], scopes: ['admin:org'], handle: (ctx) => deleteRunner(ctx, orgOf(ctx).runners) },

  // Code scanning -----------------------------------------------------------------------------------------------
  'code-scanning/upload-sarif': {
    permission: ['security_events', 'write'],
    scopes: ['security_events'],
    handle(ctx) {
      const repo = repoOf(ctx);
      const body = ctx.body as { commit_sha: string; ref: string; sarif: string; checkout_uri?: string; started_at?: string; tool_name?: string };
      const gzipped = Buffer.from(body.sarif, 'base64');
      if (gzipped.length > 10 * 1024 * 1024) return { status: 413 };
      let sarif: unknown;
      try {
        sarif = JSON.parse(gunzipSync(gzipped).toString('utf8'));
      } catch (error) {
        throw new HttpError(400, `Invalid SARIF: the sarif field must be gzip-compressed, base64-encoded SARIF (${(error as Error).message})`);
      }
      if (!sarif || typeof sarif !== 'object' || !Array.isArray((sarif as { runs?: unknown }).runs)) throw new HttpError(400, 'Invalid SARIF: no runs');
      const id = ctx.state.newSarifId();
      repo.sarifs.push({
        id,
        commitSha: body.commit_sha,
        ref: body.ref,
        sarif,
        gzippedBytes: gzipped.length,
        ...(body.tool_name ? { toolName: body.tool_name } : {}),
        ...(body.checkout_uri ? { checkoutUri: body.checkout_uri } : {}),
        ...(body.started_at ? { startedAt: body.started_at } : {}),
        receivedAt: ctx.state.now(),
      });
      return { status: 202, body: { id, url: `${ctx.render.repoUrl(repo)}/code-scanning/sarifs/${id}` } };
    },
  },
  'code-scanning/get-sarif': {
    permission: ['security_events', 'read'],
    scopes: ['security_events'],
    handle(ctx) {
      const repo = repoOf(ctx);
      const upload = repo.sarifs.find((s) => s.id === ctx.params.sarif_id);
      if (!upload) throw notFound();
      return { status: 200, body: { processing_status: 'complete', analyses_url: `${ctx.render.repoUrl(repo)}/code-scanning/analyses?sarif_id=${upload.id}`, errors: null } };
    },
  },

  // Apps --------------------------------------------------------------------------------------------------------
  'apps/create-installation-access-token': {
    auth: 'app',
    handle(ctx) {
      const app = (ctx.caller as { kind: 'app'; app: AppRecord }).app;
      const installation = ctx.state.installations.get(Number(ctx.params.installation_id));
      if (!installation || installation.appId !== app.id) throw notFound();
      if (installation.suspended) throw new HttpError(403, 'This installation has been suspended');
      const body = (ctx.body ?? {}) as { repositories?: string[]; repository_ids?: number[]; permissions?: Record<string, string> };
      if (body.permissions) checkInstallationPermissions(body.permissions, installation.permissions);
      let repositories: string[] | undefined;
      if (body.repositories || body.repository_ids) {
        const wanted = [
          ...(body.repositories ?? []).map((name) => ctx.state.repo(installation.account, name)),
          ...(body.repository_ids ?? []).map((id) => [...ctx.state.repos.values()].find((r) => r.id === id)),
        ];
        const visible = (r: RepoRecord | undefined) => r && r.owner.toLowerCase() === installation.account.toLowerCase() && (installation.repositorySelection === 'all' || installation.repositories.some((x) => x.toLowerCase() === r.fullName.toLowerCase()));
        if (!wanted.every(visible)) throw validationFailed([{ resource: 'Installation', code: 'invalid', field: 'repositories' }], 'There is at least one repository that does not exist or is not accessible to the parent installation.');
        repositories = wanted.map((r) => r!.fullName);
      }
      const permissions = (body.permissions as Record<string, Access> | undefined) ?? installation.permissions;
      const minted = ctx.state.mintInstallationToken(installation, permissions, repositories);
      return {
        status: 201,
        body: { token: minted.token, expires_at: iso(minted.expiresAt), permissions, repository_selection: repositories ? 'selected' : installation.repositorySelection },
      };
    },
  },
  'apps/get-repo-installation': {
    auth: 'app',
    handle(ctx) {
      const app = (ctx.caller as { kind: 'app'; app: AppRecord }).app;
      const repo = ctx.state.repo(ctx.params.owner!, ctx.params.repo!);
      const installation = repo && [...ctx.state.installations.values()].find((i) => i.appId === app.id && i.account.toLowerCase() === repo.owner.toLowerCase() && (i.repositorySelection === 'all' || i.repositories.some((r) => r.toLowerCase() === repo.fullName.toLowerCase())));
      if (!installation) throw notFound();
      return { status: 200, body: ctx.render.installation(installation) };
    },
  },
  'apps/get-org-installation': {
    auth: 'app',
    handle(ctx) {
      const app = (ctx.caller as { kind: 'app'; app: AppRecord }).app;
      const installation = [...ctx.state.installations.values()].find((i) => i.appId === app.id && i.account.toLowerCase() === ctx.params.org!.toLowerCase());
      if (!installation) throw notFound();
      return { status: 200, body: ctx.render.installation(installation) };
    },
  },
  'apps/get-installation': {
    auth: 'app',
    handle(ctx) {
      const app = (ctx.caller as { kind: 'app'; app: AppRecord }).app;
      const installation = ctx.state.installations.get(Number(ctx.params.installation_id));
      if (!installation || installation.appId !== app.id) throw notFound();
      return { status: 200, body: ctx.render.installation(installation) };
    },
  },
  'apps/revoke-installation-access-token': {
    handle(ctx) {
      const token = tokenOf(ctx)!;
      if (token.installationId === undefined) throw new HttpError(403, 'Only installation access tokens can be revoked here');
      token.revoked = true;
      return { status: 204 };
    },
  },

  // Organisation scan -------------------------------------------------------------------------------------------
  'repos/list-for-org': {
    permission: ['metadata', 'read'],
    handle(ctx) {
      const org = orgOf(ctx);
      const type = ctx.query.get('type') ?? 'all';
      const sort = ctx.query.get('sort') ?? 'created';
      const direction = ctx.query.get('direction') ?? (sort === 'full_name' ? 'asc' : 'desc');
      const repos = [...ctx.state.repos.values()]
        .filter((r) => r.owner.toLowerCase() === org.login.toLowerCase() && canSeeRepo(ctx, r))
        .filter((r) => type === 'all' || type === 'member' || (type === 'public' && !r.private) || (type === 'private' && r.private) || (type === 'forks' && r.fork) || (type === 'sources' && !r.fork))
        .sort((a, b) => {
          const d = sort === 'full_name' ? a.fullName.localeCompare(b.fullName) : a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;
          return direction === 'asc' ? d : -d;
        });
      const { page, headers } = paginate(ctx, repos);
      return { status: 200, headers, body: page.map((r) => ctx.render.minimalRepository(r)) };
    },
  },
  'repos/get-content': { permission: ['contents', 'read'], scopes: ['repo'], publicRead: true, handle: getContent },
  'git/get-blob': {
    permission: ['contents', 'read'],
    scopes: ['repo'],
    publicRead: true,
    handle(ctx) {
      const repo = repoOf(ctx);
      if (repo.files.size === 0) throw new HttpError(409, 'Git Repository is empty.');
      const sha = ctx.params.file_sha!.toLowerCase();
      const text = [...repo.files.values()].find((t) => gitSha(t) === sha);
      if (text === undefined) throw notFound();
      const bytes = Buffer.from(text, 'utf8');
      return {
        status: 200,
        body: {
          sha,
          node_id: Buffer.from(`0:Blob${repo.id}:${sha}`).toString('base64'),
          size: bytes.length,
          url: `${ctx.render.repoUrl(repo)}/git/blobs/${sha}`,
          // GitHub wraps the base64 at 60 characters, as the contents API does.
          content: (bytes.toString('base64').match(/.{1,60}/g) ?? ['']).join('\n') + '\n',
          encoding: 'base64',
        },
      };
    },
  },

  // Actions workflow permissions (the default GITHUB_TOKEN permissions) ----------------------------------------
  'actions/get-github-actions-default-workflow-permissions-organization': {
    permission: ['organization_administration', 'read'],
    scopes: ['admin:org'],
    handle(ctx) {
      const org = orgOf(ctx);
      return { status: 200, body: workflowPermissionsBody(org.workflowPermissions) };
    },
  },
  'actions/get-github-actions-default-workflow-permissions-repository': {
    permission: ['administration', 'read'],
    scopes: ['repo'],
    handle(ctx) {
      const repo = repoOf(ctx);
      return { status: 200, body: workflowPermissionsBody(ctx.state.effectiveWorkflowPermissions(repo)) };
    },
  },
};

function workflowPermissionsBody(setting: WorkflowPermissionsSetting): Record<string, unknown> {
  return { default_workflow_permissions: setting.defaultWorkflowPermissions, can_approve_pull_request_reviews: setting.canApprovePullRequestReviews };
}
