/**
 * A Vault double for the token endpoints: a real HTTP server on 127.0.0.1 (ephemeral port) that answers
 * `GET /v1/auth/token/lookup-self` and `POST|PUT /v1/auth/token/renew-self` the way Vault documents them
 * (API-FACTS part 2 §6; hashicorp/vault `api-docs/auth/token.mdx`, `sdk/framework/lease.go` CalculateTTL), from
 * seeded tokens and its own settable clock. It checks every request (method, path, `X-Vault-Token`, the renew body),
 * records each mismatch in `violations` (tests assert it stays empty), logs every request, and injects faults.
 *
 *   const vault = new VaultDouble({ now: '2027-01-01T00:00:00Z' });
 *   await vault.start();
 *   const { id } = vault.addToken({ ttl: 3600, explicitMaxTtl: 86_400 });
 *   // ... point the client at vault.url with token id ...
 *   vault.injectFault({ kind: 'status', status: 503 }, { times: 2 });
 *   expect(vault.violations).toEqual([]);
 *   await vault.stop();
 *
 * What it follows:
 * - The envelope `{request_id, lease_id:"", renewable:false, lease_duration:0, data, wrap_info:null, warnings, auth}`.
 * - lookup-self `data`: accessor, creation_time (unix s), creation_ttl, display_name, entity_id, expire_time (RFC 3339
 *   with the double's offset, Go-style fraction; null without expiry), explicit_max_ttl, id, identity_policies,
 *   issue_time, meta, num_uses, orphan, path, policies, renewable, ttl (seconds left), type, plus period and
 *   last_renewal(_time) when they apply. A root token: ttl 0, expire_time null, creation_ttl 0, policies ["root"].
 * - renew-self: `increment` (seconds or a duration string) counts from now; without it, the token's default TTL (role)
 *   or the mount's. The cap is min(mount max TTL, role max TTL, explicit_max_ttl) from the creation time, with
 *   Vault's warning `TTL of "1h" exceeded the effective max_ttl of "10m"; TTL value is capped accordingly`. Periodic
 *   tokens get their period whatever the increment (capped with "period of … exceeded …"), bounded only by an
 *   explicit max TTL. Past the cap: "past the max TTL, cannot renew" (400; Vault's status for it is not documented).
 *   A token that cannot be renewed (non-renewable, batch, root): 400 "lease is not renewable".
 * - 403 `{"errors":["invalid token","permission denied"]}` for an unknown, expired, revoked or used-up token (or a
 *   token of another namespace); `{"errors":["permission denied"]}` for a path its policies deny. With
 *   `errorStyle: 'legacy'` (Vault before 2024) both are `["permission denied"]`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

const LOOKUP_SELF = '/v1/auth/token/lookup-self';
const RENEW_SELF = '/v1/auth/token/renew-self';
/** Vault's system default and max lease TTL: 768h. */
export const SYSTEM_MAX_TTL = 768 * 3600;

export interface VaultDoubleOptions {
  /** The double's clock at start: ms, a Date or an ISO string (default: the real time when constructed). */
  now?: number | Date | string;
  /** The token mount's max TTL (seconds; default 768h). */
  mountMaxTtl?: number;
  /** The token mount's default TTL (seconds; default 768h). */
  mountDefaultTtl?: number;
  /** `current` (default): 403 for a bad token says `invalid token` too; `legacy`: only `permission denied`. */
  errorStyle?: 'current' | 'legacy';
  /** How durations are printed in warnings: `current` (`"1h"`, `"10m"`) or `legacy` (`"1h0m0s"`, `"10m0s"`). */
  durationStyle?: 'current' | 'legacy';
  /** The offset expire_time is written in, minutes east of UTC (default 0, written `Z`). */
  utcOffsetMinutes?: number;
}

export interface VaultTokenSeed {
  /** The token (default `hvs.` + 24 random characters; `hvb.` for batch tokens). */
  id?: string;
  /** Seconds left now (default 3600). Ignored for root tokens. */
  ttl?: number;
  /** A root token: policies ["root"], no expiry, not renewable. */
  root?: boolean;
  /** Seconds from creation; 0 (default) for none. */
  explicitMaxTtl?: number;
  /** The role's max TTL (seconds; 0 = the mount's). */
  maxTtl?: number;
  /** The role's TTL, used by a renewal without an increment (0 = the mount's default). */
  defaultTtl?: number;
  /** Default true for service tokens; batch tokens never renew. */
  renewable?: boolean;
  /** A periodic token's period (seconds). */
  period?: number;
  policies?: string[];
  /** The namespace the token lives in: requests must send it as `X-Vault-Namespace`. */
  namespace?: string;
  type?: 'service' | 'batch';
  /** 0 (default) = unlimited; each request uses one, the last use revokes the token. */
  numUses?: number;
  displayName?: string;
  /** When it was created (ms, Date or ISO; default now). `ttl` still counts from now. */
  createdAt?: number | Date | string;
  /** The creation TTL reported (default: `ttl`). */
  creationTtl?: number;
  /** Paths (`auth/token/lookup-self`) its policies deny: 403 `["permission denied"]`. */
  deny?: string[];
  meta?: Record<string, string> | null;
}

export interface VaultTokenRecord {
  id: string;
  accessor: string;
  root: boolean;
  type: 'service' | 'batch';
  policies: string[];
  namespace?: string;
  renewable: boolean;
  period: number;
  explicitMaxTtl: number;
  maxTtl: number;
  defaultTtl: number;
  creationTtl: number;
  createdAtMs: number;
  /** null: never expires. */
  expiresAtMs: number | null;
  numUses: number;
  usesLeft: number;
  displayName: string;
  deny: string[];
  meta: Record<string, string> | null;
  revoked: boolean;
  renewals: number;
  lastRenewalMs?: number;
}

export type VaultFault =
  /** That status with Vault's error body (`errors`, default per status), optional `Retry-After`. */
  | { kind: 'status'; status: number; errors?: string[]; retryAfter?: number }
  /** Destroys the socket without answering. */
  | { kind: 'close' }
  /** Waits (real ms), then serves the request normally. With a client timeout below it: a hung server. */
  | { kind: 'latency'; ms: number }
  /** Any answer, as given (older Vault shapes, odd bodies); `body` is JSON-encoded unless a string. */
  | { kind: 'respond'; status: number; body: unknown; headers?: Record<string, string> };

export interface VaultFaultRule {
  fault: VaultFault;
  /** Requests left to hit. */
  remaining: number;
  /** Only requests to this path (`/v1/auth/token/renew-self`); default any. */
  path?: string;
  /** Only requests sending this `X-Vault-Token`; default any. */
  token?: string;
  hits: number;
}

export interface VaultRequestRecord {
  seq: number;
  method: string;
  path: string;
  /** `X-Vault-Token` as sent (fake tokens only, kept in full for assertions). */
  token?: string;
  namespace?: string;
  /** The parsed JSON body (or the raw text when it is not JSON). */
  body?: unknown;
  status: number;
  fault?: VaultFault['kind'];
  /** The double's clock when it arrived (ms). */
  atMs: number;
}

export interface VaultViolation {
  kind: 'unknown-path' | 'method' | 'no-token' | 'body' | 'increment' | 'unknown-field';
  method: string;
  path: string;
  message: string;
}

function toMs(when: number | Date | string): number {
  const ms = typeof when === 'number' ? when : typeof when === 'string' ? Date.parse(when) : when.getTime();
  if (!Number.isFinite(ms)) throw new Error(`VaultDouble: not a time: ${String(when)}`);
  return ms;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function randomId(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += ALNUM[bytes[i]! % ALNUM.length];
  return out;
}

/** Go's `time.Duration.String()` for whole seconds (`1h0m0s`, `10m0s`, `45s`). */
function goDuration(seconds: number): string {
  if (seconds === 0) return '0s';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}

/** Vault's `humanDuration` (sdk/framework/lease.go): Go's string without zero elements (`1h`, `1h30m`, `10m`). */
function humanDuration(seconds: number): string {
  let s = goDuration(seconds);
  if (s.endsWith('m0s')) s = s.slice(0, -2);
  const idx = s.indexOf('h0m');
  if (idx > 0) s = s.slice(0, idx + 1) + s.slice(idx + 3);
  return s;
}

const UNIT: Record<string, number> = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
/** Vault's ParseDurationSecond, on its own (not the client's): seconds, `Nd`, or a Go duration; undefined if none. */
function parseIncrement(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const d = /^(\d+)d$/.exec(value);
  if (d) return Number(d[1]) * 86_400;
  if (!/^((\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))+$/.test(value)) return undefined;
  let total = 0;
  for (const m of value.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(m[1]) * UNIT[m[2]!]!;
  return Math.floor(total + 1e-9);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const STATUS_ERRORS: Record<number, string[]> = {
  429: ['request path "auth/token/lookup-self": rate limit quota exceeded'],
  500: ['internal error'],
  502: ['bad gateway'],
  503: ['Vault is sealed'],
  504: ['context deadline exceeded'],
};

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export class VaultDouble {
  readonly tokens = new Map<string, VaultTokenRecord>();
  readonly log: VaultRequestRecord[] = [];
  readonly violations: VaultViolation[] = [];
  readonly faults: VaultFaultRule[] = [];
  private nowMs: number;
  private server?: Server;
  private port = 0;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly options: Required<Omit<VaultDoubleOptions, 'now'>>;

  constructor(options: VaultDoubleOptions = {}) {
    this.nowMs = toMs(options.now ?? Date.now());
    this.options = {
      mountMaxTtl: options.mountMaxTtl ?? SYSTEM_MAX_TTL,
      mountDefaultTtl: options.mountDefaultTtl ?? SYSTEM_MAX_TTL,
      errorStyle: options.errorStyle ?? 'current',
      durationStyle: options.durationStyle ?? 'current',
      utcOffsetMinutes: options.utcOffsetMinutes ?? 0,
    };
  }

  /** `http://127.0.0.1:<port>`, the `VAULT_ADDR`. */
  get url(): string {
    if (!this.server) throw new Error('VaultDouble: not started');
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => void this.handle(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // --- clock ---------------------------------------------------------------------------------------------------

  now(): number {
    return this.nowMs;
  }

  setNow(when: number | Date | string): void {
    this.nowMs = toMs(when);
  }

  /** Moves the clock on by `seconds`. */
  advance(seconds: number): void {
    this.nowMs += seconds * 1000;
  }

  // --- state ---------------------------------------------------------------------------------------------------

  addToken(seed: VaultTokenSeed = {}): VaultTokenRecord {
    const type = seed.type ?? 'service';
    const root = seed.root === true;
    const ttl = root ? 0 : (seed.ttl ?? seed.period ?? 3600);
    const id = seed.id ?? `${type === 'batch' ? 'hvb' : 'hvs'}.${randomId(type === 'batch' ? 40 : 24)}`;
    if (this.tokens.has(id)) throw new Error('VaultDouble: duplicate token id');
    const record: VaultTokenRecord = {
      id,
      accessor: randomId(24),
      root,
      type,
      policies: seed.policies ?? (root ? ['root'] : ['default']),
      ...(seed.namespace ? { namespace: seed.namespace.replace(/^\/+|\/+$/g, '') } : {}),
      renewable: !root && type === 'service' && (seed.renewable ?? true),
      period: seed.period ?? 0,
      explicitMaxTtl: seed.explicitMaxTtl ?? 0,
      maxTtl: seed.maxTtl ?? 0,
      defaultTtl: seed.defaultTtl ?? 0,
      creationTtl: root ? 0 : (seed.creationTtl ?? ttl),
      createdAtMs: seed.createdAt === undefined ? this.nowMs : toMs(seed.createdAt),
      expiresAtMs: root ? null : this.nowMs + ttl * 1000,
      numUses: seed.numUses ?? 0,
      usesLeft: seed.numUses ?? 0,
      displayName: root ? 'root' : seed.displayName ? `token-${seed.displayName}` : 'token',
      deny: seed.deny ?? [],
      meta: seed.meta ?? null,
      revoked: false,
      renewals: 0,
    };
    this.tokens.set(id, record);
    return record;
  }

  token(id: string): VaultTokenRecord {
    const record = this.tokens.get(id);
    if (!record) throw new Error('VaultDouble: no such token');
    return record;
  }

  revoke(id: string): void {
    this.token(id).revoked = true;
  }

  // --- faults and log ------------------------------------------------------------------------------------------

  /**
   * The next `times` (default 1) requests get `fault` — only those to `path` and with `token`, when given. Rules apply
   * in the order added; a used-up rule stays in `faults` with its `hits`.
   */
  injectFault(fault: VaultFault, options: { times?: number; path?: string; token?: string } = {}): VaultFaultRule {
    const rule: VaultFaultRule = { fault, remaining: options.times ?? 1, hits: 0, ...(options.path ? { path: options.path } : {}), ...(options.token ? { token: options.token } : {}) };
    this.faults.push(rule);
    return rule;
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Requests logged, optionally only to one path. */
  requests(path?: string): VaultRequestRecord[] {
    return path ? this.log.filter((r) => r.path === path) : [...this.log];
  }

  // --- serving -------------------------------------------------------------------------------------------------

  private violation(kind: VaultViolation['kind'], method: string, path: string, message: string): void {
    this.violations.push({ kind, method, path, message });
  }

  private envelope(fields: { data?: unknown; auth?: unknown; warnings?: string[] }): unknown {
    return {
      request_id: randomUUID(),
      lease_id: '',
      renewable: false,
      lease_duration: 0,
      data: fields.data ?? null,
      wrap_info: null,
      warnings: fields.warnings?.length ? fields.warnings : null,
      auth: fields.auth ?? null,
    };
  }

  private errors(status: number, errors: string[]): Answer {
    return { status, body: { errors } };
  }

  private invalidToken(): Answer {
    return this.errors(403, this.options.errorStyle === 'current' ? ['invalid token', 'permission denied'] : ['permission denied']);
  }

  /** RFC 3339 in the double's offset, with a Go-style fraction (trailing zeros dropped). */
  private rfc3339(ms: number): string {
    const offset = this.options.utcOffsetMinutes;
    const shifted = new Date(ms + offset * 60_000).toISOString();
    const fraction = shifted.slice(20, 23).replace(/0+$/, '');
    const base = `${shifted.slice(0, 19)}${fraction ? `.${fraction}` : ''}`;
    if (offset === 0) return `${base}Z`;
    const abs = Math.abs(offset);
    return `${base}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  }

  private ttlLeft(record: VaultTokenRecord): number {
    return record.expiresAtMs === null ? 0 : Math.max(0, Math.floor((record.expiresAtMs - this.nowMs) / 1000));
  }

  private valid(record: VaultTokenRecord | undefined, namespace: string | undefined): record is VaultTokenRecord {
    if (!record || record.revoked) return false;
    if (record.expiresAtMs !== null && record.expiresAtMs <= this.nowMs) return false;
    return (record.namespace ?? '') === (namespace ?? '');
  }

  private lookupData(t: VaultTokenRecord): Record<string, unknown> {
    return {
      accessor: t.accessor,
      creation_time: Math.floor(t.createdAtMs / 1000),
      creation_ttl: t.creationTtl,
      display_name: t.displayName,
      entity_id: '',
      expire_time: t.expiresAtMs === null ? null : this.rfc3339(t.expiresAtMs),
      explicit_max_ttl: t.explicitMaxTtl,
      id: t.id,
      identity_policies: [],
      issue_time: this.rfc3339(t.createdAtMs),
      meta: t.meta,
      num_uses: t.usesLeft,
      orphan: t.root,
      path: t.root ? 'auth/token/root' : 'auth/token/create',
      policies: t.policies,
      renewable: t.renewable,
      ttl: this.ttlLeft(t),
      type: t.type,
      ...(t.period > 0 ? { period: t.period } : {}),
      ...(t.lastRenewalMs !== undefined ? { last_renewal: this.rfc3339(t.lastRenewalMs), last_renewal_time: Math.floor(t.lastRenewalMs / 1000) } : {}),
    };
  }

  /** CalculateTTL (sdk/framework/lease.go), on the double's clock truncated to the second. */
  private renew(t: VaultTokenRecord, increment: number): Answer {
    if (!t.renewable || t.expiresAtMs === null) return this.errors(400, ['lease is not renewable']);
    const human = this.options.durationStyle === 'current' ? humanDuration : goDuration;
    const nowS = Math.floor(this.nowMs / 1000);
    const startS = Math.floor(t.createdAtMs / 1000);
    let maxTtl = this.options.mountMaxTtl;
    if (t.maxTtl > 0 && t.maxTtl < maxTtl) maxTtl = t.maxTtl;
    if (t.explicitMaxTtl > 0 && t.explicitMaxTtl < maxTtl) maxTtl = t.explicitMaxTtl;
    const warnings: string[] = [];
    let ttl: number;
    let maxValidS: number | undefined;
    if (t.period > 0) {
      let period = t.period;
      if (period > maxTtl) {
        warnings.push(`period of "${human(period)}" exceeded the effective max_ttl of "${human(maxTtl)}"; period value is capped accordingly`);
        period = maxTtl;
      }
      ttl = period;
      if (t.explicitMaxTtl > 0) maxValidS = startS + t.explicitMaxTtl;
    } else {
      ttl = increment > 0 ? increment : t.defaultTtl > 0 ? t.defaultTtl : this.options.mountDefaultTtl;
      maxValidS = startS + maxTtl;
    }
    if (maxValidS !== undefined) {
      const maxValidTtl = maxValidS - nowS;
      if (maxValidTtl <= 0) return this.errors(400, ['past the max TTL, cannot renew']);
      if (maxValidTtl < ttl) {
        warnings.push(`TTL of "${human(ttl)}" exceeded the effective max_ttl of "${human(maxValidTtl)}"; TTL value is capped accordingly`);
        ttl = maxValidTtl;
      }
    }
    t.expiresAtMs = (nowS + ttl) * 1000;
    t.lastRenewalMs = this.nowMs;
    t.renewals++;
    return {
      status: 200,
      body: this.envelope({
        warnings,
        auth: {
          client_token: t.id,
          accessor: t.accessor,
          policies: t.policies,
          token_policies: t.policies,
          identity_policies: null,
          metadata: t.meta,
          lease_duration: ttl,
          renewable: t.renewable,
          entity_id: '',
          token_type: t.type,
          orphan: t.root,
          mfa_requirement: null,
          num_uses: t.usesLeft,
        },
      }),
    };
  }

  private route(method: string, path: string, tokenId: string | undefined, namespace: string | undefined, raw: string): Answer {
    const known = path === LOOKUP_SELF || path === RENEW_SELF;
    if (!known) {
      this.violation('unknown-path', method, path, 'the double serves only lookup-self and renew-self');
      return this.errors(404, [`no handler for route "${path.replace(/^\/v1\//, '')}". route entry not found.`]);
    }
    const allowed = path === LOOKUP_SELF ? ['GET'] : ['POST', 'PUT'];
    if (!allowed.includes(method)) {
      this.violation('method', method, path, `expected ${allowed.join(' or ')}`);
      return this.errors(405, ['unsupported operation']);
    }
    if (!tokenId) {
      this.violation('no-token', method, path, 'no X-Vault-Token header');
      return this.errors(403, ['permission denied']);
    }
    let body: Record<string, unknown> = {};
    if (path === RENEW_SELF && raw.trim() !== '') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        this.violation('body', method, path, 'the body is not JSON');
        return this.errors(400, ['failed to parse JSON input: invalid character']);
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        this.violation('body', method, path, 'the body is not a JSON object');
        return this.errors(400, ['failed to parse JSON input: not an object']);
      }
      body = parsed as Record<string, unknown>;
    }
    const record = this.tokens.get(tokenId);
    if (!this.valid(record, namespace)) return this.invalidToken();
    if (record.numUses > 0) {
      record.usesLeft--;
      if (record.usesLeft <= 0) record.revoked = true;
    }
    const vaultPath = path.replace(/^\/v1\//, '');
    if (record.deny.includes(vaultPath)) return this.errors(403, ['permission denied']);
    if (path === LOOKUP_SELF) return { status: 200, body: this.envelope({ data: this.lookupData(record) }) };

    const warnings: string[] = [];
    const unknown = Object.keys(body).filter((k) => k !== 'increment');
    if (unknown.length) {
      this.violation('unknown-field', method, path, `unknown body fields: ${unknown.join(', ')}`);
      warnings.push(`Endpoint ignored these unrecognized parameters: [${unknown.join(' ')}]`);
    }
    let increment = 0;
    if (body.increment !== undefined) {
      const parsed = parseIncrement(body.increment);
      if (parsed === undefined) {
        this.violation('increment', method, path, `increment is neither seconds nor a duration: ${JSON.stringify(body.increment)}`);
        return this.errors(400, [`error converting input ${String(body.increment)} for field "increment"`]);
      }
      increment = parsed;
    }
    const answer = this.renew(record, increment);
    if (warnings.length && answer.status === 200) (answer.body as { warnings: string[] | null }).warnings = [...warnings, ...((answer.body as { warnings: string[] | null }).warnings ?? [])];
    return answer;
  }

  private send(res: ServerResponse, answer: Answer): void {
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    res.writeHead(answer.status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...answer.headers });
    res.end(text);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req).catch(() => '');
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const header = (name: string) => {
      const v = req.headers[name];
      return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
    };
    const tokenId = header('x-vault-token');
    const namespace = header('x-vault-namespace')?.replace(/^\/+|\/+$/g, '') || undefined;
    let body: unknown;
    if (raw !== '') {
      try {
        body = JSON.parse(raw) as unknown;
      } catch {
        body = raw;
      }
    }
    const record: VaultRequestRecord = { seq: this.log.length + 1, method, path, status: 0, atMs: this.nowMs, ...(tokenId ? { token: tokenId } : {}), ...(namespace ? { namespace } : {}), ...(body !== undefined ? { body } : {}) };
    this.log.push(record);

    const rule = this.faults.find((r) => r.remaining > 0 && (r.path === undefined || r.path === path) && (r.token === undefined || r.token === tokenId));
    if (rule) {
      rule.remaining--;
      rule.hits++;
      record.fault = rule.fault.kind;
      const fault = rule.fault;
      if (fault.kind === 'close') {
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'latency') {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            this.timers.delete(timer);
            resolve();
          }, fault.ms);
          this.timers.add(timer);
        });
        if (res.destroyed || !this.server) return;
      } else if (fault.kind === 'respond') {
        record.status = fault.status;
        this.send(res, { status: fault.status, body: fault.body, ...(fault.headers ? { headers: fault.headers } : {}) });
        return;
      } else {
        record.status = fault.status;
        this.send(res, { status: fault.status, body: { errors: fault.errors ?? STATUS_ERRORS[fault.status] ?? ['error'] }, ...(fault.retryAfter !== undefined ? { headers: { 'Retry-After': String(fault.retryAfter) } } : {}) });
        return;
      }
    }
    const answer = this.route(method, path, tokenId, namespace, raw);
    record.status = answer.status;
    this.send(res, answer);
  }
}
