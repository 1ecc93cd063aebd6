/**
 * A loopback double of the GitHub Actions cache service, v2 (twirp) protocol, for @actions/cache 6.x: a real HTTP
 * server on 127.0.0.1 (ephemeral port) that keeps entries in memory, checks every request like a contract, records
 * every request and every violation, and injects faults into the next call of a method.
 *
 *   const double = await CacheDouble.start();
 *   // hand double.env() to the code under test (ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN …)
 *   double.failNext('CreateCacheEntry', { kind: 'not-ok', message: 'taken' });
 *   expect(double.violations).toEqual([]);
 *   await double.stop();
 *
 * Routes (API-FACTS.md §1): `POST /twirp/github.actions.results.api.v1.CacheService/<Method>` for CreateCacheEntry,
 * FinalizeCacheEntryUpload and GetCacheEntryDownloadURL; `PUT /devstoreaccount1/cache/<id>?sig=…` (the Azure SDK's
 * single-shot block blob upload, 201); `GET /devstoreaccount1/cache/<id>?sig=…` (download, with Content-Length).
 *
 * What it checks: RPCs are POSTs with `Content-Type: application/json` and `Authorization: Bearer <the runtime token>`,
 * a JSON body with the required fields (key, version; size_bytes as a string of digits; restore_keys an array), keys
 * of at most 512 characters without commas, at most 10 keys per lookup; entries are immutable (a second
 * CreateCacheEntry for the same key and version is `ok:false`, as the service answers); an upload goes to a created,
 * unfinalised entry with `x-ms-blob-type: BlockBlob`; a finalize comes after the upload, with the uploaded size. Each
 * broken rule is a violation; a test asserts `violations` is empty.
 *
 * Lookups match as the service does: the exact key first, then each restore key as a prefix, newest entry first;
 * only finalised entries of the same version match.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';
const BLOB = '/devstoreaccount1/cache/';

export const CACHE_RPCS = ['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL'] as const;
export type CacheRpc = (typeof CACHE_RPCS)[number];
/** A method of the double: one of the RPCs, or the blob `upload` (PUT) and `download` (GET). */
export type CacheMethod = CacheRpc | 'upload' | 'download';

export type CacheFault =
  /** That status with a twirp error body (`{code, msg}`). Use 4xx: @actions/cache retries 5xx for about 30 s. */
  | { kind: 'status'; status: number; msg?: string }
  /** An RPC answers 200 `{ok: false, message}`. */
  | { kind: 'not-ok'; message?: string }
  /** The download serves random bytes (with a correct Content-Length) instead of the blob. */
  | { kind: 'corrupt-blob' };

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** Order of creation: the newest has the highest. */
  created: number;
  blob?: Buffer;
  finalized: boolean;
}

export interface CacheRequestRecord {
  seq: number;
  method: string;
  /** Without the query. */
  path: string;
  /** The RPC or blob method the request was for, when it matched one. */
  call?: CacheMethod;
  status: number;
  fault?: CacheFault['kind'];
  /** The parsed JSON body of an RPC. */
  body?: unknown;
  /** Bytes received (uploads) or sent (downloads). */
  bytes?: number;
}

export interface CacheViolation {
  seq: number;
  call: string;
  message: string;
}

export interface CacheDoubleOptions {
  /** The runtime token the double accepts (default: a random one). */
  token?: string;
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class CacheDouble {
  readonly token: string;
  /** Every request, in order. */
  readonly log: CacheRequestRecord[] = [];
  /** Every broken contract rule, in order. */
  readonly violations: CacheViolation[] = [];
  private readonly entries = new Map<number, CacheEntry>();
  private readonly faults = new Map<CacheMethod, CacheFault[]>();
  private server: Server | undefined;
  private port = 0;
  private seq = 0;
  private nextId = 1;

  private constructor(options: CacheDoubleOptions) {
    this.token = options.token ?? `runtime-${randomBytes(12).toString('hex')}`;
  }

  static async start(options: CacheDoubleOptions = {}): Promise<CacheDouble> {
    const double = new CacheDouble(options);
    const server = createServer((req, res) => {
      double.handle(req, res).catch((error: unknown) => {
        double.violations.push({ seq: 0, call: 'server', message: `the double failed: ${String(error)}` });
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    double.server = server;
    double.port = (server.address() as AddressInfo).port;
    return double;
  }

  /** `http://127.0.0.1:PORT/` — ACTIONS_RESULTS_URL. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /**
   * The variables @actions/cache needs to talk to this double with protocol v2. `GITHUB_SERVER_URL` is left out on
   * purpose: any host but github.com (or *.ghe.com, *.localhost) makes the library fall back to v1.
   */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: this.url, ACTIONS_RUNTIME_TOKEN: this.token, ...extra };
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next call of `method` answers with `fault` (queued: call it twice to fail the next two calls). */
  failNext(method: CacheMethod, fault: CacheFault): void {
    const queue = this.faults.get(method) ?? [];
    queue.push(fault);
    this.faults.set(method, queue);
  }

  /** Entries in creation order (finalised or not). */
  list(): CacheEntry[] {
    return [...this.entries.values()].sort((a, b) => a.created - b.created);
  }

  /** The finalised entry under `key`, if any. */
  entry(key: string): CacheEntry | undefined {
    return this.list().find((e) => e.key === key && e.finalized);
  }

  /** The violations so far, cleared: for a test that provokes them on purpose. */
  takeViolations(): CacheViolation[] {
    return this.violations.splice(0);
  }

  /** How many requests went to `method`. */
  calls(method: CacheMethod): number {
    return this.log.filter((r) => r.call === method).length;
  }

  private takeFault(method: CacheMethod): CacheFault | undefined {
    const queue = this.faults.get(method);
    return queue?.shift();
  }

  private violation(seq: number, call: string, message: string): void {
    this.violations.push({ seq, call, message });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const seq = ++this.seq;
    const url = new URL(req.url ?? '/', this.url);
    const record: CacheRequestRecord = { seq, method: req.method ?? '?', path: url.pathname, status: 0 };
    this.log.push(record);
    const body = await readBody(req);
    if (url.pathname.startsWith(SERVICE)) return this.rpc(req, res, url, body, record);
    if (url.pathname.startsWith(BLOB)) return this.blob(req, res, url, body, record);
    this.violation(seq, `${record.method} ${url.pathname}`, 'no such route');
    record.status = 404;
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }

  private sendJson(res: ServerResponse, record: CacheRequestRecord, status: number, data: unknown): void {
    record.status = status;
    const text = JSON.stringify(data);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
  }

  private checkKey(seq: number, call: string, key: unknown, field: string): key is string {
    if (typeof key !== 'string' || key === '') {
      this.violation(seq, call, `${field} must be a non-empty string`);
      return false;
    }
    if (key.length > 512) this.violation(seq, call, `${field} is ${key.length} characters (at most 512)`);
    if (key.includes(',')) this.violation(seq, call, `${field} contains a comma`);
    return true;
  }

  private async rpc(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer, record: CacheRequestRecord): Promise<void> {
    const { seq } = record;
    const name = url.pathname.slice(SERVICE.length);
    if (!(CACHE_RPCS as readonly string[]).includes(name)) {
      this.violation(seq, name, 'unknown RPC');
      return this.sendJson(res, record, 404, { code: 'bad_route', msg: `no handler for ${name}` });
    }
    const call = name as CacheRpc;
    record.call = call;
    if (req.method !== 'POST') {
      this.violation(seq, call, `method ${req.method} (twirp wants POST)`);
      return this.sendJson(res, record, 405, { code: 'bad_route', msg: 'POST only' });
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') this.violation(seq, call, `Content-Type is "${type}", not application/json`);
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      this.violation(seq, call, req.headers.authorization ? 'Authorization is not Bearer <the runtime token>' : 'no Authorization header');
      return this.sendJson(res, record, 401, { code: 'unauthenticated', msg: 'bad token' });
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      this.violation(seq, call, 'body is not JSON');
      return this.sendJson(res, record, 400, { code: 'malformed', msg: 'body is not JSON' });
    }
    record.body = body;
    if (!isRecord(body)) {
      this.violation(seq, call, 'body is not a JSON object');
      return this.sendJson(res, record, 400, { code: 'malformed', msg: 'not an object' });
    }
    try {
      const answer = this.answer(call, body, record);
      const fault = this.takeFault(call);
      if (fault) {
        record.fault = fault.kind;
        if (fault.kind === 'status') return this.sendJson(res, record, fault.status, { code: fault.status === 404 ? 'not_found' : 'invalid_argument', msg: fault.msg ?? 'injected fault' });
        return this.sendJson(res, record, 200, { ok: false, message: fault.kind === 'not-ok' ? (fault.message ?? '') : '' });
      }
      return this.sendJson(res, record, 200, answer());
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error;
      return this.sendJson(res, record, error.status, { code: error.code, msg: error.message });
    }
  }

  /**
   * Checks the request and returns the function that carries it out: a faulted call is checked but not carried out.
   */
  private answer(call: CacheRpc, body: Record<string, unknown>, record: CacheRequestRecord): () => unknown {
    const { seq } = record;
    const invalid = (msg: string): never => {
      this.violation(seq, call, msg);
      throw new TwirpError(400, 'invalid_argument', msg);
    };
    if (!this.checkKey(seq, call, body.key, 'key')) invalid('key missing');
    const key = body.key as string;
    if (typeof body.version !== 'string' || !body.version) invalid('version missing');
    const version = body.version as string;

    if (call === 'CreateCacheEntry') {
      return () => {
        if (this.list().some((e) => e.key === key && e.version === version)) return { ok: false, signed_upload_url: '', message: 'cache entry with the same key, version, and scope already exists' };
        const id = this.nextId++;
        this.entries.set(id, { id, key, version, created: seq, finalized: false });
        return { ok: true, signed_upload_url: `${this.url.replace(/\/$/, '')}${BLOB}${id}?sig=upload-${id}` };
      };
    }

    if (call === 'FinalizeCacheEntryUpload') {
      if (typeof body.size_bytes !== 'string' || !/^\d+$/.test(body.size_bytes)) invalid('size_bytes must be a string of digits (int64 in JSON)');
      const size = Number(body.size_bytes);
      return () => {
        const entry = this.list().find((e) => e.key === key && e.version === version && !e.finalized);
        if (!entry) {
          this.violation(seq, call, `finalize of "${key}" without a created, unfinalised entry`);
          return { ok: false, entry_id: '0', message: 'no such cache entry' };
        }
        if (!entry.blob) {
          this.violation(seq, call, `finalize of "${key}" before its upload`);
          return { ok: false, entry_id: '0', message: 'nothing uploaded' };
        }
        if (entry.blob.length !== size) this.violation(seq, call, `size_bytes ${size} but ${entry.blob.length} bytes were uploaded`);
        entry.finalized = true;
        return { ok: true, entry_id: String(entry.id) };
      };
    }

    // GetCacheEntryDownloadURL
    const restoreKeys = body.restore_keys ?? [];
    if (!Array.isArray(restoreKeys)) invalid('restore_keys must be an array');
    const prefixes = restoreKeys as unknown[];
    prefixes.forEach((k, i) => this.checkKey(seq, call, k, `restore_keys[${i}]`));
    if (prefixes.length + 1 > 10) this.violation(seq, call, `${prefixes.length + 1} keys (at most 10)`);
    return () => {
      const ready = this.list().filter((e) => e.finalized && e.version === version);
      const newest = (match: (e: CacheEntry) => boolean) => ready.filter(match).sort((a, b) => b.created - a.created)[0];
      let hit = newest((e) => e.key === key);
      for (const p of prefixes) if (!hit && typeof p === 'string') hit = newest((e) => e.key.startsWith(p));
      if (!hit) return { ok: false, signed_download_url: '', matched_key: '' };
      return { ok: true, signed_download_url: `${this.url.replace(/\/$/, '')}${BLOB}${hit.id}?sig=download-${hit.id}`, matched_key: hit.key };
    };
  }

  private blob(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer, record: CacheRequestRecord): void {
    const { seq } = record;
    const id = Number(url.pathname.slice(BLOB.length));
    const entry = Number.isInteger(id) ? this.entries.get(id) : undefined;
    const end = (status: number, text = '') => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(text), 'x-ms-request-id': `req-${seq}` }).end(text);
    };
    if (!url.searchParams.get('sig')) this.violation(seq, `${req.method} blob`, 'no sig in the signed URL');

    if (req.method === 'PUT') {
      record.call = 'upload';
      record.bytes = body.length;
      if (url.searchParams.has('comp')) this.violation(seq, 'upload', `comp=${url.searchParams.get('comp')}: block uploads are not served (archives over 128 MiB)`);
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') this.violation(seq, 'upload', `x-ms-blob-type is "${String(req.headers['x-ms-blob-type'])}", not BlockBlob`);
      if (!entry) {
        this.violation(seq, 'upload', `upload to unknown entry ${url.pathname}`);
        return end(404);
      }
      if (entry.finalized) {
        this.violation(seq, 'upload', `upload to finalised entry "${entry.key}"`);
        return end(409);
      }
      const fault = this.takeFault('upload');
      if (fault?.kind === 'status') {
        record.fault = fault.kind;
        return end(fault.status, fault.msg ?? 'injected fault');
      }
      entry.blob = body;
      record.status = 201;
      res.writeHead(201, { 'content-length': 0, 'x-ms-request-id': `req-${seq}`, etag: `"${seq}"`, 'last-modified': new Date().toUTCString() }).end();
      return;
    }

    if (req.method === 'GET') {
      record.call = 'download';
      if (!entry || !entry.finalized || !entry.blob) {
        this.violation(seq, 'download', `download of ${entry ? 'an unfinalised' : 'an unknown'} entry ${url.pathname}`);
        return end(404);
      }
      const fault = this.takeFault('download');
      if (fault?.kind === 'status') {
        record.fault = fault.kind;
        return end(fault.status, fault.msg ?? 'injected fault');
      }
      const bytes = fault?.kind === 'corrupt-blob' ? randomBytes(entry.blob.length) : entry.blob;
      if (fault) record.fault = fault.kind;
      record.status = 200;
      record.bytes = bytes.length;
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length }).end(bytes);
      return;
    }

    this.violation(seq, `${req.method} blob`, `method ${req.method} on a blob`);
    end(405);
  }
}
