/**
 * The GitHub API double: a real HTTP server on 127.0.0.1 (ephemeral port) that serves the operations in
 * routes.ts from an in-memory state, checks every request and every response against GitHub's OpenAPI description,
 * injects faults per route and call number, and logs every request so tests can count calls.
 *
 *   const double = await GitHubDouble.start();
 *   const token = double.state.addToken({ scopes: ['repo'] }).token;
 *   // ... point the client at double.url ...
 *   double.assertNoViolations();
 *   await double.stop();
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import sodium from 'libsodium-wrappers';
import { Contract, type ContractViolation, type OperationSpec } from './contract.js';
import { selects, type CallSelector, type Fault, type FaultRule } from './faults.js';
import { verifyAppJwt } from './jwt.js';
import { Renderer } from './render.js';
import { DOCS, HttpError, ROUTES, type Caller, type RouteDef, type RouteResult } from './routes.js';
import { DoubleState, type TokenRecord } from './state.js';
import { GRAPHQL_DOCS, GraphqlEndpoint } from './graphql.js';
import { createHash } from 'node:crypto';

export interface DoubleOptions {
  /** Serve under a path prefix, as GitHub Enterprise Server does (`/api/v3`). */
  prefix?: string;
  /** Clock for created_at/updated_at, token expiry and rate-limit windows. */
  now?: () => Date;
  /** 0 (default): an ephemeral port. */
  port?: number;
  /** Adds `/_double/*` endpoints (faults, log, violations) for manual runs; off in tests. */
  controlApi?: boolean;
  /** Called after each request (the standalone runner prints it). */
  onRequest?: (record: RequestRecord) => void;
}

export interface RequestRecord {
  seq: number;
  method: string;
  /** Path as sent, without the query. */
  path: string;
  query: Record<string, string>;
  /** GitHub's operation id, when the request matched one. */
  operationId?: string;
  /** `METHOD /template` (or `METHOD /raw/path` when unknown). */
  route: string;
  /** 1-based number of this call among calls to the same operation. */
  call: number;
  /** HTTP status sent; 0 when the connection was reset. */
  status: number;
  fault?: Fault['kind'];
  body?: unknown;
  userAgent?: string;
  /** The credential used (`token`/`bearer` scheme stripped); fake tokens only, so kept in full for assertions. */
  credential?: string;
  durationMs: number;
}

const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.';
const SECONDARY_DOCS = 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';
const PRIMARY_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

/** A body as `bodyIncludes` searches it: the raw text and, for a GraphQL request, its query unescaped. */
function searchableBody(raw: Buffer): string {
  const text = raw.toString('utf8');
  try {
    const query = (JSON.parse(text) as { query?: unknown }).query;
    return typeof query === 'string' ? `${text}\n${query}` : text;
  } catch {
    return text;
  }
}

/** The operation id the request log and faults use for the GraphQL endpoint. */
export const GRAPHQL = 'graphql';

const STATUS_MESSAGES: Record<number, string> = { 500: 'Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

/** `2026-01-31 14:34:04 UTC`, or with an offset (`+0100`) the local time there: `2026-01-31 15:34:04 +0100`. */
export function expirationHeader(date: Date, zone = 'UTC'): string {
  const offset = /^([+-])(\d{2})(\d{2})$/.exec(zone);
  const shiftMs = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000 : 0;
  return `${new Date(date.getTime() + shiftMs).toISOString().slice(0, 19).replace('T', ' ')} ${offset ? zone : 'UTC'}`;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function accessRank(access: string | undefined): number {
  return access === 'admin' ? 3 : access === 'write' ? 2 : access === 'read' ? 1 : 0;
}

/** Classic scopes that include others. */
const SCOPE_IMPLIES: Record<string, string[]> = {
  repo: ['public_repo', 'repo:status', 'repo_deployment', 'repo:invite', 'security_events'],
  'admin:org': ['write:org', 'read:org'],
  'write:org': ['read:org'],
};

function hasScope(granted: string[], wanted: string): boolean {
  return granted.some((g) => g === wanted || (SCOPE_IMPLIES[g] ?? []).includes(wanted));
}

export class GitHubDouble {
  readonly state: DoubleState;
  readonly contract = Contract.load();
  readonly log: RequestRecord[] = [];
  readonly violations: ContractViolation[] = [];
  private faultRules: FaultRule[] = [];
  private nextFaultId = 1;
  private server?: Server;
  private origin = '';
  private readonly prefix: string;
  /** `/graphql`, or `/api/graphql` beside GHES's `/api/v3` (where @octokit/graphql sends it). */
  readonly graphqlPath: string;
  private readonly graphql: GraphqlEndpoint;

  private constructor(private readonly options: DoubleOptions) {
    this.state = new DoubleState(options.now);
    this.prefix = (options.prefix ?? '').replace(/\/+$/, '');
    this.graphqlPath = /\/api\/v3$/.test(this.prefix) ? `${this.prefix.replace(/\/v3$/, '')}/graphql` : `${this.prefix}/graphql`;
    this.graphql = new GraphqlEndpoint(this.state);
  }

  /** Starts a double on 127.0.0.1 (libsodium must be ready before keys can be made). */
  static async start(options: DoubleOptions = {}): Promise<GitHubDouble> {
    await sodium.ready;
    const double = new GitHubDouble(options);
    const server = createServer((req, res) => {
      double.handle(req, res).catch((error: unknown) => {
        double.violations.push({ kind: 'response', method: req.method ?? '?', path: req.url ?? '?', message: `the double crashed: ${(error as Error).stack ?? String(error)}` });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"message":"double crashed"}');
      });
    });
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    double.server = server;
    double.origin = `http://127.0.0.1:${port}`;
    return double;
  }

  /** The API base URL to give the client (`baseUrl`). */
  get url(): string {
    return `${this.origin}${this.prefix}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // ---- faults ---------------------------------------------------------------------------------------------------

  /**
   * Resolves an operation id, `METHOD /template`, `graphql` (or `POST /graphql`: the GraphQL endpoint) or `*`; throws on
   * anything else so a typo cannot go unnoticed.
   */
  operationIdOf(route: string): string {
    if (route === '*' || this.contract.byId.has(route)) return route;
    if (route === GRAPHQL || route === 'POST /graphql') return GRAPHQL;
    const op = this.contract.operations.find((o) => o.route === route);
    if (op) return op.operationId;
    throw new Error(`the double serves no route "${route}"; use an operation id such as issues/create or "POST /repos/{owner}/{repo}/issues"`);
  }

  /**
   * Makes calls to `route` fail: `calls` picks the call numbers (default every call), `when: 'after'` lets the
   * request take effect before the fault replaces the answer, `bodyIncludes` limits it to requests whose body contains
   * that text (a GraphQL batch that asks for one repository).
   */
  inject(route: string, fault: Fault, options: { calls?: CallSelector; when?: 'before' | 'after'; bodyIncludes?: string } = {}): FaultRule {
    const rule: FaultRule = {
      id: this.nextFaultId++,
      route: this.operationIdOf(route),
      calls: options.calls ?? 'every',
      fault,
      when: options.when ?? 'before',
      hits: 0,
      ...(options.bodyIncludes !== undefined ? { bodyIncludes: options.bodyIncludes } : {}),
    };
    this.faultRules.push(rule);
    return rule;
  }

  removeFault(rule: FaultRule): void {
    this.faultRules = this.faultRules.filter((r) => r !== rule);
  }

  clearFaults(): void {
    this.faultRules = [];
  }

  // ---- request log ----------------------------------------------------------------------------------------------

  /** Requests to `route` (operation id or `METHOD /template`), or all. */
  requests(route?: string): RequestRecord[] {
    if (route === undefined) return [...this.log];
    const id = this.operationIdOf(route);
    return this.log.filter((r) => r.operationId === id);
  }

  /** How many calls reached `route` (or the double at all), faulted ones included. */
  calls(route?: string): number {
    return this.requests(route).length;
  }

  /** Calls per operation id (unknown routes under their raw `METHOD /path`): an API budget at a glance. */
  callCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of this.log) counts[r.operationId ?? r.route] = (counts[r.operationId ?? r.route] ?? 0) + 1;
    return counts;
  }

  clearLog(): void {
    this.log.length = 0;
  }

  // ---- contract violations --------------------------------------------------------------------------------------

  /** Returns the violations recorded so far and forgets them (for tests that provoke one on purpose). */
  takeViolations(): ContractViolation[] {
    return this.violations.splice(0, this.violations.length);
  }

  /** Throws one error listing every contract violation (operation id and schema error), and forgets them. */
  assertNoViolations(): void {
    const found = this.takeViolations();
    if (found.length === 0) return;
    const lines = found.map((v) => `  [${v.kind}] ${v.operationId ?? '(no operation)'} ${v.method} ${v.path}: ${v.message}`);
    throw new Error(`GitHub API double: ${found.length} contract violation(s):\n${lines.join('\n')}`);
  }

  // ---- request handling -----------------------------------------------------------------------------------------

  private violation(kind: ContractViolation['kind'], method: string, path: string, message: string, operationId?: string): void {
    this.violations.push({ kind, method, path, message, ...(operationId ? { operationId } : {}) });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.origin);
    const record: RequestRecord = {
      seq: this.log.length + 1,
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      route: `${method} ${url.pathname}`,
      call: 0,
      status: 0,
      durationMs: 0,
      ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {}),
    };
    const authorization = req.headers.authorization;
    if (authorization) record.credential = authorization.replace(/^(token|bearer)\s+/i, '');
    const raw = await readBody(req);
    const finish = (status: number) => {
      record.status = status;
      record.durationMs = Math.round((performance.now() - started) * 10) / 10;
      this.options.onRequest?.(record);
    };

    if (this.options.controlApi && url.pathname.startsWith('/_double/')) {
      this.control(method, url, raw, res);
      return;
    }
    this.log.push(record);

    if (url.pathname === this.graphqlPath && method === 'POST') {
      await this.handleGraphql(req, res, record, raw, finish);
      return;
    }

    let apiPath = url.pathname;
    if (this.prefix) apiPath = apiPath === this.prefix || apiPath.startsWith(`${this.prefix}/`) ? apiPath.slice(this.prefix.length) || '/' : `\0${apiPath}`;
    const match = this.contract.match(method, apiPath);
    if (match.kind !== 'operation') {
      const why = match.kind === 'method-not-allowed' ? ` (that path takes ${match.allowed.join(', ')})` : '';
      this.violation('unknown-route', method, url.pathname, `no operation in GitHub's REST API description (as trimmed for the double) matches ${method} ${apiPath.replace('\0', '')}${why}`);
      this.send(res, { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } });
      finish(404);
      return;
    }

    const { operation, params } = match;
    record.operationId = operation.operationId;
    record.route = operation.route;
    record.call = this.log.filter((r) => r.operationId === operation.operationId).length;

    let body: unknown;
    const hasBody = raw.length > 0;
    if (hasBody) {
      try {
        body = JSON.parse(raw.toString('utf8'));
        record.body = body;
      } catch {
        record.body = raw.toString('utf8').slice(0, 200);
      }
    }

    const rules = this.faultsFor(operation.operationId, record.call, raw);
    for (const rule of rules.filter((r) => r.fault.kind === 'latency')) {
      rule.hits += 1;
      await sleep((rule.fault as { ms: number }).ms);
    }
    const before = rules.find((r) => r.fault.kind !== 'latency' && r.when === 'before');
    if (before) {
      before.hits += 1;
      record.fault = before.fault.kind;
      finish(this.sendFault(req, res, before.fault));
      return;
    }

    let result: RouteResult;
    const headers: Record<string, string> = {};
    const route = ROUTES[operation.operationId];
    if (!route) {
      this.violation('response', method, url.pathname, 'operation is in the trimmed description but the double has no handler', operation.operationId);
      result = { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
    } else if (hasBody && body === undefined) {
      this.violation('request', method, url.pathname, 'request body is not JSON', operation.operationId);
      result = new HttpError(400, 'Problems parsing JSON').toResult();
    } else {
      result = await this.serve(req, url, operation, params, route, body, hasBody, headers);
    }

    const after = rules.find((r) => r.fault.kind !== 'latency' && r.when === 'after');
    if (after) {
      after.hits += 1;
      record.fault = after.fault.kind;
      finish(this.sendFault(req, res, after.fault));
      return;
    }

    const problem = this.contract.validateResponse(operation, result.status, result.body, result.body !== undefined);
    if (problem) this.violation('response', method, url.pathname, `response ${result.status} does not match GitHub's schema: ${problem}`, operation.operationId);
    if (method === 'GET' && result.status === 200 && result.body !== undefined) {
      // Conditional requests: an ETag on every GET, and 304 (no body, not counted against the rate limit) when the
      // client sends it back in If-None-Match and nothing changed.
      const etag = `W/"${createHash('sha1').update(JSON.stringify(result.body)).digest('hex')}"`;
      headers.etag = etag;
      const wanted = String(req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
      if (wanted.includes(etag.replace(/^W\//, ''))) {
        const token = record.credential ? this.state.tokens.get(record.credential) : undefined;
        if (token && operation.operationId !== 'rate-limit/get' && headers['x-ratelimit-remaining'] !== undefined) {
          token.rate.remaining += 1;
          headers['x-ratelimit-remaining'] = String(token.rate.remaining);
          headers['x-ratelimit-used'] = String(token.rate.limit - token.rate.remaining);
        }
        this.send(res, { status: 304, headers: { ...headers, ...result.headers } });
        finish(304);
        return;
      }
    }
    this.send(res, { ...result, headers: { ...headers, ...result.headers } });
    finish(result.status);
  }

  /** Fault rules for this call of an operation (`*` included), honouring `bodyIncludes`. */
  private faultsFor(operationId: string, call: number, raw: Buffer): FaultRule[] {
    let text: string | undefined;
    return this.faultRules.filter((r) => {
      if (!(r.route === '*' || r.route === operationId) || !selects(r.calls, call)) return false;
      if (r.bodyIncludes === undefined) return true;
      text ??= searchableBody(raw);
      return text.includes(r.bodyIncludes);
    });
  }

  /** `POST /graphql`: authentication and faults as for REST, then the GraphQL endpoint (./graphql.ts). */
  private async handleGraphql(req: IncomingMessage, res: ServerResponse, record: RequestRecord, raw: Buffer, finish: (status: number) => void): Promise<void> {
    record.operationId = GRAPHQL;
    record.route = 'POST /graphql';
    record.call = this.log.filter((r) => r.operationId === GRAPHQL).length;
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
      record.body = body;
    } catch {
      record.body = raw.toString('utf8').slice(0, 200);
    }
    const rules = this.faultsFor(GRAPHQL, record.call, raw);
    for (const rule of rules.filter((r) => r.fault.kind === 'latency')) {
      rule.hits += 1;
      await sleep((rule.fault as { ms: number }).ms);
    }
    const before = rules.find((r) => r.fault.kind !== 'latency' && r.when === 'before');
    if (before) {
      before.hits += 1;
      record.fault = before.fault.kind;
      finish(this.sendFault(req, res, before.fault));
      return;
    }
    let result: RouteResult;
    try {
      if (!req.headers['user-agent']) throw new HttpError(403, 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header.');
      if (body === undefined) throw new HttpError(400, 'Problems parsing JSON', { documentationUrl: GRAPHQL_DOCS });
      const headers: Record<string, string> = {};
      const caller = this.authenticate(req, { handle: () => ({ status: 500 }) }, headers);
      if (caller.kind !== 'token') throw new HttpError(401, 'This endpoint requires you to be authenticated.', { documentationUrl: GRAPHQL_DOCS });
      const answer = this.graphql.answer(body, caller.token);
      for (const v of answer.violations) this.violation('request', 'POST', record.path, v, GRAPHQL);
      result = { status: answer.status, body: answer.body, headers: { ...headers, ...answer.headers } };
    } catch (error) {
      if (!(error instanceof HttpError)) {
        this.violation('response', 'POST', record.path, `the double's GraphQL endpoint threw: ${(error as Error).stack ?? String(error)}`, GRAPHQL);
        result = { status: 500, body: { message: 'Server Error', documentation_url: GRAPHQL_DOCS } };
      } else {
        const refused = error.toResult();
        result = { ...refused, body: { message: error.message, documentation_url: GRAPHQL_DOCS } };
      }
    }
    const after = rules.find((r) => r.fault.kind !== 'latency' && r.when === 'after');
    if (after) {
      after.hits += 1;
      record.fault = after.fault.kind;
      finish(this.sendFault(req, res, after.fault));
      return;
    }
    this.send(res, result);
    finish(result.status);
  }

  private async serve(req: IncomingMessage, url: URL, operation: OperationSpec, params: Record<string, string>, route: RouteDef, body: unknown, hasBody: boolean, headers: Record<string, string>): Promise<RouteResult> {
    const { pathErrors, bodyErrors, ignored } = this.contract.validateRequest(operation, params, url.searchParams, body, hasBody);
    for (const message of [...pathErrors, ...bodyErrors, ...ignored]) this.violation('request', operation.method, url.pathname, message, operation.operationId);
    try {
      if (!req.headers['user-agent']) throw new HttpError(403, 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required).');
      const caller = this.authenticate(req, route, headers);
      if (caller.kind === 'token') this.authorize(caller.token, operation, route, params, headers);
      if (pathErrors.length > 0) throw new HttpError(404, 'Not Found');
      if (bodyErrors.length > 0) throw new HttpError(422, `Invalid request.\n\n${bodyErrors.join('\n')}`);
      const requestUrl = new URL(url.pathname + url.search, this.origin);
      return await route.handle({ state: this.state, render: new Renderer(this.state, this.url), params, query: url.searchParams, body, caller, requestUrl });
    } catch (error) {
      if (error instanceof HttpError) return error.toResult();
      this.violation('response', operation.method, url.pathname, `the double's handler threw: ${(error as Error).stack ?? String(error)}`, operation.operationId);
      return { status: 500, body: { message: 'Server Error', documentation_url: DOCS } };
    }
  }

  /** Token or app JWT from the Authorization header; sets the per-token headers GitHub sends. */
  private authenticate(req: IncomingMessage, route: RouteDef, headers: Record<string, string>): Caller {
    const authorization = req.headers.authorization ?? '';
    const [scheme = '', credential = ''] = authorization.split(/\s+/, 2);
    const mode = route.auth ?? 'token';
    if (mode === 'app') {
      if (scheme.toLowerCase() !== 'bearer' || credential.split('.').length !== 3) {
        throw new HttpError(401, 'A JSON web token could not be decoded', { documentationUrl: 'https://docs.github.com/rest' });
      }
      const check = verifyAppJwt(this.state, credential);
      if (!check.ok) throw new HttpError(401, check.message);
      return { kind: 'app', app: check.app };
    }
    if (!authorization) {
      if (mode === 'optional') return { kind: 'anonymous' };
      throw new HttpError(401, 'Requires authentication');
    }
    if (!['token', 'bearer'].includes(scheme.toLowerCase())) throw new HttpError(401, 'Bad credentials');
    const token = this.state.tokens.get(credential);
    const now = this.state.now();
    if (!token || token.revoked || (token.expiresAt && token.expiresAt.getTime() <= now.getTime())) throw new HttpError(401, 'Bad credentials');
    if (token.scopes) headers['x-oauth-scopes'] = token.scopes.join(', ');
    if (token.expiresAt && token.expiryHeader !== 'none') headers['github-authentication-token-expiration'] = expirationHeader(token.expiresAt, token.expiryHeader);
    return { kind: 'token', token };
  }

  /** Primary rate limit, then the fine-grained permission or classic scope the route needs. */
  private authorize(token: TokenRecord, operation: OperationSpec, route: RouteDef, params: Record<string, string>, headers: Record<string, string>): void {
    const nowSeconds = Math.floor(this.state.now().getTime() / 1000);
    const rate = token.rate;
    if (rate.reset <= nowSeconds) {
      rate.remaining = rate.limit;
      rate.reset = nowSeconds + 3600;
    }
    const counts = operation.operationId !== 'rate-limit/get';
    const rateHeaders = () => ({
      'x-ratelimit-limit': String(rate.limit),
      'x-ratelimit-remaining': String(rate.remaining),
      'x-ratelimit-used': String(rate.limit - rate.remaining),
      'x-ratelimit-reset': String(rate.reset),
      'x-ratelimit-resource': 'core',
    });
    if (counts && rate.remaining <= 0) {
      Object.assign(headers, rateHeaders());
      const who = token.installationId !== undefined ? `installation ID ${token.installationId}` : `user ID ${this.state.account(token.login).id}`;
      throw new HttpError(403, `API rate limit exceeded for ${who}.`, { documentationUrl: PRIMARY_DOCS, headers: rateHeaders() });
    }
    if (counts) rate.remaining -= 1;
    Object.assign(headers, rateHeaders());

    const [permission, access] = route.permission ?? [];
    const repo = params.owner && params.repo ? this.state.repo(params.owner, params.repo) : undefined;
    const publicRead = route.publicRead === true && repo !== undefined && !repo.private;
    if (token.kind === 'classic') {
      const accepted = route.scopes ?? [];
      headers['x-accepted-oauth-scopes'] = accepted.join(', ');
      if (token.scopes && accepted.length > 0 && !publicRead && !accepted.some((s) => hasScope(token.scopes!, s))) {
        throw new HttpError(403, 'Resource not accessible by personal access token', { headers: { 'x-accepted-oauth-scopes': accepted.join(', ') } });
      }
    } else if (permission && access) {
      headers['x-accepted-github-permissions'] = `${permission}=${access}`;
      if (token.permissions && !publicRead && accessRank(token.permissions[permission]) < accessRank(access)) {
        const who = token.kind === 'fine-grained' ? 'personal access token' : 'integration';
        throw new HttpError(403, `Resource not accessible by ${who}`, { headers: { 'x-accepted-github-permissions': `${permission}=${access}` } });
      }
    }
  }

  private send(res: ServerResponse, result: RouteResult): void {
    const headers: Record<string, string> = {
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-github-api-version-selected': '2022-11-28',
      ...result.headers,
    };
    if (result.body === undefined) {
      res.writeHead(result.status, headers);
      res.end();
      return;
    }
    res.writeHead(result.status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(result.body));
  }

  /** Sends a fault; returns the status logged (0 for a reset). */
  private sendFault(req: IncomingMessage, res: ServerResponse, fault: Fault): number {
    const nowSeconds = Math.floor(this.state.now().getTime() / 1000);
    switch (fault.kind) {
      case 'connection-reset':
        req.socket.destroy();
        return 0;
      case 'invalid-json':
        res.writeHead(fault.status, { 'content-type': 'application/json; charset=utf-8' });
        res.end('{"message": "this is not the JSON you were looking f');
        return fault.status;
      case 'status':
        this.send(res, {
          status: fault.status,
          body: { message: fault.message ?? STATUS_MESSAGES[fault.status] ?? 'Server Error', documentation_url: DOCS },
          ...(fault.retryAfter !== undefined ? { headers: { 'retry-after': String(fault.retryAfter) } } : {}),
        });
        return fault.status;
      case 'secondary-rate-limit':
        this.send(res, {
          status: fault.status,
          body: { message: SECONDARY_MESSAGE, documentation_url: SECONDARY_DOCS },
          headers: { ...(fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {}), 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4000', 'x-ratelimit-used': '1000', 'x-ratelimit-reset': String(nowSeconds + 3600), 'x-ratelimit-resource': 'core' },
        });
        return fault.status;
      case 'rate-limit-exhausted':
        this.send(res, {
          status: fault.status,
          body: { message: 'API rate limit exceeded for user ID 1.', documentation_url: PRIMARY_DOCS },
          headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(nowSeconds + fault.resetInSeconds), 'x-ratelimit-resource': 'core' },
        });
        return fault.status;
      case 'graphql-timeout':
        res.writeHead(fault.status, { 'content-type': 'application/json; charset=utf-8', 'x-github-request-id': randomBytes(8).toString('hex').toUpperCase() });
        res.end(
          JSON.stringify({
            data: null,
            errors: [{ message: `Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include \`${randomBytes(4).toString('hex').toUpperCase()}\` when reporting this issue.` }],
          }),
        );
        return fault.status;
      case 'latency':
        return 0;
    }
  }

  /** `/_double/*` for manual runs: GET log, GET violations, GET calls, POST faults, DELETE faults. */
  private control(method: string, url: URL, raw: Buffer, res: ServerResponse): void {
    const reply = (status: number, body: unknown) => this.send(res, { status, body });
    try {
      const what = url.pathname.slice('/_double/'.length);
      if (method === 'GET' && what === 'log') return reply(200, this.log);
      if (method === 'GET' && what === 'calls') return reply(200, this.callCounts());
      if (method === 'GET' && what === 'violations') return reply(200, this.violations);
      if (method === 'DELETE' && what === 'faults') {
        this.clearFaults();
        return reply(200, []);
      }
      if (method === 'POST' && what === 'faults') {
        const { route, fault, calls, when, bodyIncludes } = JSON.parse(raw.toString('utf8')) as { route: string; fault: Fault; calls?: CallSelector; when?: 'before' | 'after'; bodyIncludes?: string };
        return reply(201, this.inject(route, fault, { ...(calls !== undefined ? { calls } : {}), ...(when ? { when } : {}), ...(bodyIncludes !== undefined ? { bodyIncludes } : {}) }));
      }
      if (method === 'POST' && what === 'tokens') {
        return reply(201, this.state.addToken(JSON.parse(raw.toString('utf8') || '{}') as Parameters<DoubleState['addToken']>[0]));
      }
      return reply(404, { message: 'unknown control endpoint: GET log|calls|violations, POST faults|tokens, DELETE faults' });
    } catch (error) {
      return reply(400, { message: (error as Error).message });
    }
  }
}
