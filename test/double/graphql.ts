/**
 * The double's GraphQL API (`POST /graphql`, or `/api/graphql` beside GHES's `/api/v3`). Every query is checked the
 * way GitHub checks it before running it — against GitHub's published schema (`@octokit/graphql-schema`'s
 * `validate()`), then pagination bounds (`first`/`last` 1–100 on every connection) and the 500,000-node limit — and a
 * query GitHub would refuse is answered with GitHub's errors and recorded as a violation. Valid queries are executed
 * by graphql-js over the double's state:
 *
 * - `organization(login) { repositories(first, after, orderBy, isFork, isArchived, privacy) }`: paginated, filtered
 *   to what the token may see (classic tokens without `repo` see public repositories only);
 * - `repository(owner, name)` (any number of aliases): `null` plus a `NOT_FOUND` error for each one missing or
 *   hidden, the others unaffected (HTTP 200, partial data);
 * - `Repository.object(expression: "HEAD:path")`: a `Tree` (entries, not paginated) or a `Blob` whose `text` is cut
 *   at 512,000 bytes (`isTruncated: true`); `null` for a missing path or ref or an empty repository; a `FORBIDDEN`
 *   error when a fine-grained or installation token lacks `contents` on a private repository;
 * - `rateLimit { cost limit remaining used resetAt nodeCount }` and the `x-ratelimit-*` headers (resource `graphql`),
 *   from a points window per token; an exhausted window answers 200 with a `RATE_LIMITED` error, as GitHub does.
 *
 * Cost follows GitHub's published method: one request per connection, multiplied by the `first`/`last` of the
 * connections around it; the sum divided by 100 and rounded, at least 1.
 */
import { createHash } from 'node:crypto';
import { schema as githubSchema, validate as validateAgainstGitHub } from '@octokit/graphql-schema';
import {
  buildClientSchema,
  execute,
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { gitSha, iso } from './render.js';
import type { DoubleState, RepoRecord, TokenRecord } from './state.js';

/** GitHub cuts `Blob.text` at exactly this many bytes (see ../shared/docs/API-FACTS.md). */
export const BLOB_TEXT_LIMIT = 512_000;
const MAX_NODES = 500_000;
const WEB = 'https://github.com';
export const GRAPHQL_DOCS = 'https://docs.github.com/graphql';

export interface GraphqlAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  /** What GitHub would refuse or the double could not answer. */
  violations: string[];
}

interface GitHubStyleError {
  type?: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  message: string;
}

let executableSchema: GraphQLSchema | undefined;
function schema(): GraphQLSchema {
  executableSchema ??= buildClientSchema(githubSchema.json as Parameters<typeof buildClientSchema>[0]);
  return executableSchema;
}

const typed = (type: string, message: string) => new GraphQLError(message, { extensions: { type } });

function accessRank(access: string | undefined): number {
  return access === 'admin' ? 3 : access === 'write' ? 2 : access === 'read' ? 1 : 0;
}

/** Who may see a repository through GraphQL: the REST rules (account, repository list) plus classic `repo` for private ones. */
export function graphqlCanSee(token: TokenRecord, repo: RepoRecord): boolean {
  if (token.account && token.account.toLowerCase() !== repo.owner.toLowerCase()) return false;
  if (token.repositories && !token.repositories.some((r) => r.toLowerCase() === repo.fullName.toLowerCase())) return false;
  if (repo.private && token.kind === 'classic' && token.scopes && !token.scopes.includes('repo')) return false;
  return true;
}

function canReadContents(token: TokenRecord, repo: RepoRecord): boolean {
  if (!repo.private || token.kind === 'classic' || !token.permissions) return true;
  return accessRank(token.permissions.contents) >= 1;
}

interface Analysis {
  requests: number;
  nodes: number;
  problems: GitHubStyleError[];
}

function intValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/** GitHub's pre-execution checks: pagination bounds, node limit, and the cost in requests. */
function analyse(document: DocumentNode, variables: Record<string, unknown>): Analysis {
  const s = schema();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const out: Analysis = { requests: 0, nodes: 0, problems: [] };
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, multiplier: number, depth: number): void => {
    if (depth > 50) return;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) continue;
        const def = parent.getFields()[sel.name.value];
        if (!def) continue;
        const named = getNamedType(def.type);
        let childMultiplier = multiplier;
        if (named.name.endsWith('Connection')) {
          const first = intValue(sel.arguments?.find((a) => a.name.value === 'first')?.value, variables);
          const last = intValue(sel.arguments?.find((a) => a.name.value === 'last')?.value, variables);
          const n = first ?? last;
          const locations = sel.loc ? [{ line: sel.loc.startToken.line, column: sel.loc.startToken.column }] : [];
          if (n === undefined) {
            out.problems.push({ type: 'MISSING_PAGINATION_BOUNDARIES', locations, message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${sel.name.value}\` connection.` });
          } else if (n < 1 || n > 100) {
            out.problems.push({
              type: 'EXCESSIVE_PAGINATION',
              locations,
              message: `Requesting ${n} records on the \`${sel.name.value}\` connection exceeds the \`${first !== undefined ? 'first' : 'last'}\` limit of 100 records.`,
            });
          }
          out.requests += multiplier;
          childMultiplier = multiplier * Math.max(1, Math.min(n ?? 1, 100));
          out.nodes += childMultiplier;
        }
        if (sel.selectionSet) walk(sel.selectionSet, named, childMultiplier, depth + 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, sel.typeCondition ? s.getType(sel.typeCondition.name.value) : parent, multiplier, depth + 1);
      } else {
        const fragment = fragments.get(sel.name.value);
        if (fragment) walk(fragment.selectionSet, s.getType(fragment.typeCondition.name.value), multiplier, depth + 1);
      }
    }
  };
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = d.operation === 'query' ? s.getQueryType() : d.operation === 'mutation' ? s.getMutationType() : s.getSubscriptionType();
    walk(d.selectionSet, root ?? undefined, 1, 0);
  }
  if (out.nodes > MAX_NODES) out.problems.push({ type: 'MAX_NODE_LIMIT_EXCEEDED', message: `This query requests up to ${out.nodes} possible nodes which exceeds the maximum limit of ${MAX_NODES}.` });
  return out;
}

function cursorOf(index: number): string {
  return Buffer.from(`cursor:v2:${index}`).toString('base64');
}

function indexOfCursor(cursor: unknown): number | undefined {
  if (typeof cursor !== 'string') return undefined;
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return m ? Number(m[1]) : undefined;
}

function nodeId(kind: string, id: string | number): string {
  return Buffer.from(`0:${kind}${id}`).toString('base64');
}

/** The text GitHub serves for a blob: cut at 512,000 bytes (never inside a UTF-8 sequence), null for binary. */
export function blobText(text: string): { text: string | null; byteSize: number; isTruncated: boolean; isBinary: boolean } {
  const bytes = Buffer.from(text, 'utf8');
  if (text.includes('\u0000')) return { text: null, byteSize: bytes.length, isTruncated: false, isBinary: true };
  if (bytes.length <= BLOB_TEXT_LIMIT) return { text, byteSize: bytes.length, isTruncated: false, isBinary: false };
  let end = BLOB_TEXT_LIMIT;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end -= 1; // do not split a character
  return { text: bytes.subarray(0, end).toString('utf8'), byteSize: bytes.length, isTruncated: true, isBinary: false };
}

interface RequestContext {
  state: DoubleState;
  token: TokenRecord;
  cost: number;
  nodes: number;
}

/** The objects graphql-js's default resolver walks: plain values, or functions of (args, context). */
class Resolvers {
  constructor(private readonly state: DoubleState) {}

  root(): Record<string, unknown> {
    return {
      organization: (args: { login: string }, ctx: RequestContext) => {
        const org = this.state.org(args.login);
        if (!org || (ctx.token.account && ctx.token.account.toLowerCase() !== org.login.toLowerCase())) {
          throw typed('NOT_FOUND', `Could not resolve to an Organization with the login of '${args.login}'.`);
        }
        return this.organization(org.login);
      },
      repository: (args: { owner: string; name: string }, ctx: RequestContext) => {
        const repo = this.state.repo(args.owner, args.name);
        if (!repo || !graphqlCanSee(ctx.token, repo)) throw typed('NOT_FOUND', `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`);
        return this.repository(repo);
      },
      viewer: (_args: unknown, ctx: RequestContext) => ({ __typename: 'User', login: ctx.token.login, id: nodeId('User', ctx.token.login) }),
      rateLimit: (_args: unknown, ctx: RequestContext) => {
        const w = ctx.token.graphqlRate;
        return { cost: ctx.cost, limit: w.limit, remaining: w.remaining, used: w.limit - w.remaining, resetAt: iso(new Date(w.reset * 1000)), nodeCount: ctx.nodes };
      },
    };
  }

  private organization(login: string): Record<string, unknown> {
    return {
      __typename: 'Organization',
      login,
      id: nodeId('Organization', login),
      repositories: (
        args: { first?: number; last?: number; after?: string; orderBy?: { field: string; direction: string }; isFork?: boolean; isArchived?: boolean; privacy?: string },
        ctx: RequestContext,
      ) => {
        const field = args.orderBy?.field ?? 'CREATED_AT';
        const asc = (args.orderBy?.direction ?? 'ASC') === 'ASC';
        const list = [...this.state.repos.values()]
          .filter((r) => r.owner.toLowerCase() === login.toLowerCase() && graphqlCanSee(ctx.token, r))
          .filter((r) => args.isFork === undefined || args.isFork === null || r.fork === args.isFork)
          .filter((r) => args.isArchived === undefined || args.isArchived === null || r.archived === args.isArchived)
          .filter((r) => !args.privacy || (args.privacy === 'PRIVATE') === r.private)
          .sort((a, b) => {
            const d = field === 'NAME' ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;
            return asc ? d : -d;
          });
        const start = (indexOfCursor(args.after) ?? -1) + 1;
        const count = args.first ?? args.last ?? 0;
        const page = list.slice(start, start + count);
        return {
          totalCount: list.length,
          pageInfo: {
            hasNextPage: start + count < list.length,
            hasPreviousPage: start > 0,
            startCursor: page.length ? cursorOf(start) : null,
            endCursor: page.length ? cursorOf(start + page.length - 1) : null,
          },
          nodes: page.map((r) => this.repository(r)),
          edges: page.map((r, i) => ({ cursor: cursorOf(start + i), node: this.repository(r) })),
        };
      },
    };
  }

  repository(repo: RepoRecord): Record<string, unknown> {
    const owner = this.state.accounts.get(repo.owner.toLowerCase());
    const empty = repo.files.size === 0;
    const node: Record<string, unknown> = {
      __typename: 'Repository',
      id: nodeId('Repository', repo.id),
      databaseId: repo.id,
      name: repo.name,
      nameWithOwner: repo.fullName,
      owner: { __typename: owner?.type === 'User' ? 'User' : 'Organization', login: repo.owner, id: nodeId(owner?.type ?? 'Organization', owner?.id ?? 0) },
      description: repo.description,
      url: `${WEB}/${repo.fullName}`,
      createdAt: iso(repo.createdAt),
      isArchived: repo.archived,
      isFork: repo.fork,
      isDisabled: repo.disabled,
      isEmpty: empty,
      isPrivate: repo.private,
      isTemplate: false,
      isLocked: false,
      isMirror: false,
      visibility: repo.private ? 'PRIVATE' : 'PUBLIC',
      defaultBranchRef: empty ? null : { __typename: 'Ref', id: nodeId('Ref', `${repo.id}:${repo.defaultBranch}`), name: repo.defaultBranch, prefix: 'refs/heads/' },
      object: (args: { expression?: string; oid?: string }, ctx: RequestContext) => this.object(repo, args, ctx, node),
    };
    return node;
  }

  private object(repo: RepoRecord, args: { expression?: string; oid?: string }, ctx: RequestContext, repoNode: Record<string, unknown>): Record<string, unknown> | null {
    if (!canReadContents(ctx.token, repo)) throw typed('FORBIDDEN', `Resource not accessible by ${ctx.token.kind === 'fine-grained' ? 'personal access token' : 'integration'}`);
    if (repo.disabled || repo.files.size === 0) return null;
    if (args.oid !== undefined) {
      for (const [path, text] of repo.files) if (gitSha(text) === args.oid) return this.blob(repo, path, text, repoNode);
      return null;
    }
    const expression = args.expression ?? '';
    const colon = expression.indexOf(':');
    if (colon < 0) return null; // a bare revision names a commit: not kept by the double
    const ref = expression.slice(0, colon);
    if (ref !== 'HEAD' && ref !== repo.defaultBranch && ref !== `refs/heads/${repo.defaultBranch}`) return null;
    const path = expression.slice(colon + 1).replace(/^\/+|\/+$/g, '');
    const text = repo.files.get(path);
    if (text !== undefined) return this.blob(repo, path, text, repoNode);
    return this.tree(repo, path, repoNode);
  }

  private tree(repo: RepoRecord, dir: string, repoNode: Record<string, unknown>): Record<string, unknown> | null {
    const prefix = dir === '' ? '' : `${dir}/`;
    const children = new Map<string, 'blob' | 'tree'>();
    for (const file of repo.files.keys()) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length);
      const slash = rest.indexOf('/');
      children.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'blob' : 'tree');
    }
    if (children.size === 0) return null;
    const oid = createHash('sha1').update(`tree:${repo.fullName}:${dir}`).digest('hex');
    // git orders a tree's entries by name, a subtree as if its name ended with "/".
    const names = [...children.keys()].sort((a, b) => {
      const ka = children.get(a) === 'tree' ? `${a}/` : a;
      const kb = children.get(b) === 'tree' ? `${b}/` : b;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    return {
      __typename: 'Tree',
      id: nodeId('Tree', oid),
      oid,
      abbreviatedOid: oid.slice(0, 7),
      commitResourcePath: `/${repo.fullName}/tree/${repo.defaultBranch}/${dir}`,
      commitUrl: `${WEB}/${repo.fullName}/tree/${repo.defaultBranch}/${dir}`,
      repository: repoNode,
      entries: () =>
        names.map((name) => {
          const path = `${prefix}${name}`;
          const type = children.get(name)!;
          const text = type === 'blob' ? repo.files.get(path)! : undefined;
          const entryOid = text !== undefined ? gitSha(text) : createHash('sha1').update(`tree:${repo.fullName}:${path}`).digest('hex');
          const dot = name.lastIndexOf('.');
          return {
            name,
            path,
            type,
            mode: type === 'blob' ? 33188 : 16384,
            oid: entryOid,
            extension: type === 'blob' && dot > 0 ? name.slice(dot) : null,
            isGenerated: false,
            language: null,
            lineCount: text !== undefined ? text.split('\n').length : null,
            size: text !== undefined ? Buffer.byteLength(text) : 0,
            nameRaw: Buffer.from(name).toString('base64'),
            pathRaw: Buffer.from(path).toString('base64'),
            submodule: null,
            repository: repoNode,
            object: () => (text !== undefined ? this.blob(repo, path, text, repoNode) : this.tree(repo, path, repoNode)),
          };
        }),
    };
  }

  private blob(repo: RepoRecord, path: string, text: string, repoNode: Record<string, unknown>): Record<string, unknown> {
    const oid = gitSha(text);
    let served: ReturnType<typeof blobText> | undefined;
    const content = () => (served ??= blobText(text));
    return {
      __typename: 'Blob',
      id: nodeId('Blob', oid),
      oid,
      abbreviatedOid: oid.slice(0, 7),
      commitResourcePath: `/${repo.fullName}/blob/${repo.defaultBranch}/${path}`,
      commitUrl: `${WEB}/${repo.fullName}/blob/${repo.defaultBranch}/${path}`,
      repository: repoNode,
      byteSize: () => content().byteSize,
      isBinary: () => content().isBinary,
      isTruncated: () => content().isTruncated,
      text: () => content().text,
    };
  }
}

function githubError(e: GraphQLError): GitHubStyleError {
  const type = typeof e.extensions?.type === 'string' ? e.extensions.type : undefined;
  return {
    ...(type ? { type } : {}),
    ...(e.path ? { path: e.path } : {}),
    ...(e.locations ? { locations: e.locations.map((l) => ({ line: l.line, column: l.column })) } : {}),
    message: e.message,
  };
}

export class GraphqlEndpoint {
  private readonly resolvers: Resolvers;

  constructor(private readonly state: DoubleState) {
    this.resolvers = new Resolvers(state);
  }

  private rateHeaders(token: TokenRecord): Record<string, string> {
    const w = token.graphqlRate;
    return {
      'x-ratelimit-limit': String(w.limit),
      'x-ratelimit-remaining': String(w.remaining),
      'x-ratelimit-used': String(w.limit - w.remaining),
      'x-ratelimit-reset': String(w.reset),
      'x-ratelimit-resource': 'graphql',
    };
  }

  /** Answers one request body for an authenticated token. */
  answer(body: unknown, token: TokenRecord): GraphqlAnswer {
    const violations: string[] = [];
    const refuse = (errors: GitHubStyleError[], status = 200, headers: Record<string, string> = {}): GraphqlAnswer => {
      violations.push(...errors.map((e) => `${e.type ? `${e.type}: ` : ''}${e.message}`));
      return { status, body: { errors }, headers, violations };
    };
    const request = body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    if (!request || typeof request !== 'object' || typeof request.query !== 'string') {
      return refuse([{ message: 'A query attribute must be specified and must be a string.' }]);
    }
    const query = request.query;
    const variables = request.variables && typeof request.variables === 'object' ? (request.variables as Record<string, unknown>) : {};

    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      return refuse([githubError(error as GraphQLError)]);
    }
    // The published schema is the judge: a field or argument GitHub does not have is refused here as it is there.
    const invalid = validateAgainstGitHub(query);
    if (invalid.length > 0) return refuse(invalid.map((e) => githubError(e)));
    const analysis = analyse(document, variables);
    if (analysis.problems.length > 0) return refuse(analysis.problems);

    const nowSeconds = Math.floor(this.state.now().getTime() / 1000);
    const window = token.graphqlRate;
    if (window.reset <= nowSeconds) {
      window.remaining = window.limit;
      window.reset = nowSeconds + 3600;
    }
    const cost = Math.max(1, Math.round(analysis.requests / 100));
    if (window.remaining < cost) {
      const who = token.installationId !== undefined ? `installation ID ${token.installationId}` : `user ID ${this.state.account(token.login).id}`;
      // Not a violation: the client must cope (plugin-throttling waits for the reset).
      return { status: 200, body: { errors: [{ type: 'RATE_LIMITED', message: `API rate limit already exceeded for ${who}.` }] }, headers: { ...this.rateHeaders(token), 'x-ratelimit-remaining': '0' }, violations };
    }
    window.remaining -= cost;

    const context: RequestContext = { state: this.state, token, cost, nodes: analysis.nodes };
    const result = execute({
      schema: schema(),
      document,
      rootValue: this.resolvers.root(),
      contextValue: context,
      variableValues: variables,
      ...(typeof request.operationName === 'string' ? { operationName: request.operationName } : {}),
    });
    if (result instanceof Promise) throw new Error('the double resolves GraphQL synchronously');
    const errors = (result.errors ?? []).map(githubError);
    // Errors the resolvers raise carry GitHub's type; any other is a field the double does not serve, or bad variables.
    for (const e of result.errors ?? []) {
      if (typeof e.extensions?.type !== 'string') violations.push(`the double could not answer: ${e.message}${e.path ? ` (at ${e.path.join('.')})` : ''}`);
    }
    const out: Record<string, unknown> = {};
    if (result.data !== undefined) out.data = result.data;
    if (errors.length > 0) out.errors = errors;
    return { status: 200, body: out, headers: this.rateHeaders(token), violations };
  }
}
