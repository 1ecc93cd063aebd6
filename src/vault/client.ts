/**
 * A small Vault client for the token endpoints Token Warden needs — `lookup-self` (expiry, issue 9) and `renew-self`
 * (renewal, issue 10) — on the global `fetch` (no node-vault: two endpoints do not justify axios and friends).
 *
 * - Address: the `address` option, else `VAULT_ADDR`; namespace: the option, else `VAULT_NAMESPACE` (Enterprise/HCP).
 * - Retries (default 3) for 5xx, 412 (a performance standby not caught up, as Vault's own client retries), 429,
 *   network failures, timeouts and 2xx bodies that are not JSON; backoff 1 s, 2 s, 4 s … at most 10 s, or the
 *   server's `Retry-After` when it asks for no more than 30 s (more: give up at once). `timing.msPerSecond` scales
 *   every wait (1000 in production, 1 in tests) and `sleep` can be replaced, so tests never sleep.
 * - Every attempt has its own timeout (an AbortSignal); an outer `signal` cancels everything.
 * - 403 is never retried: `VaultTokenInvalid` when Vault says `invalid token`, else `VaultPermissionDenied`.
 * - Redirects are not followed: fetch would carry `X-Vault-Token` to whatever host a 3xx names.
 * - The token is only ever a header. Answers are reduced to what callers need: the token's own id (`data.id`,
 *   `auth.client_token`) and accessor are dropped, and Vault's error texts are scrubbed of the value.
 */
import { VERSION } from '../version.js';
import { parseVaultDuration } from './duration.js';
import { VaultConfigError, VaultError, VaultPermissionDenied, VaultRequestError, VaultServerError, VaultTokenInvalid } from './errors.js';

export { parseVaultDuration };

export const VAULT_USER_AGENT = `token-warden/${VERSION}`;
export const DEFAULT_VAULT_RETRIES = 3;

export interface VaultTiming {
  /** Milliseconds per second of every wait: 1000 in production, 1 in tests. */
  msPerSecond: number;
  /** Aborts one attempt that has not answered (then retried). Real milliseconds, not scaled. */
  requestTimeoutMs: number;
  /** Longest backoff between attempts, in (scaled) seconds. */
  maxBackoffSeconds: number;
  /** A `Retry-After` longer than this fails at once instead of waiting. */
  maxRetryAfterSeconds: number;
}

export const VAULT_PRODUCTION_TIMING: VaultTiming = { msPerSecond: 1000, requestTimeoutMs: 30_000, maxBackoffSeconds: 10, maxRetryAfterSeconds: 30 };

export interface VaultClientOptions {
  /** `https://vault.example.com:8200`; default `VAULT_ADDR`. */
  address?: string;
  /** Default `VAULT_NAMESPACE`. */
  namespace?: string;
  /** Where `VAULT_ADDR` and `VAULT_NAMESPACE` are read (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Retries after the first attempt (default 3). */
  retries?: number;
  timing?: Partial<VaultTiming>;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Cancels every request of this client. */
  signal?: AbortSignal;
}

/** `GET /v1/auth/token/lookup-self`, reduced: no id, no accessor, no metadata. */
export interface VaultTokenInfo {
  /** Seconds left; 0 for a token without expiry (root). */
  ttl: number;
  /** RFC 3339 with an offset, as Vault wrote it; null for a token without expiry. */
  expireTime: string | null;
  renewable: boolean;
  /** The TTL the token was created with (seconds; 0 for root). */
  creationTtl: number;
  /** 0 when none: then only the mount's or role's max TTL bounds renewals. */
  explicitMaxTtl: number;
  /** Periodic tokens: every renewal resets the TTL to this (seconds). */
  period?: number;
  /** Unix seconds. */
  creationTime?: number;
  /** Unix seconds of the last renewal (`last_renewal_time`); absent when never renewed. */
  lastRenewalTime?: number;
  /** RFC 3339. */
  issueTime?: string;
  policies: string[];
  /** `service` or `batch`. */
  type?: string;
  /** 0 = unlimited. */
  numUses?: number;
  orphan?: boolean;
  displayName?: string;
  /** Vault's `warnings` on the answer. */
  warnings: string[];
}

/** `POST /v1/auth/token/renew-self`, reduced: no client token, no accessor. */
export interface VaultRenewal {
  /** The new TTL in seconds, counted from now. */
  leaseDuration: number;
  renewable: boolean;
  warnings: string[];
  /** Seconds asked for, when an increment was given. */
  requestedSeconds?: number;
  /**
   * Vault gave less than asked: a "exceeded the effective max_ttl" warning (TTL or period), or a lease shorter than
   * the increment (a periodic token ignores the increment and gets its period).
   */
  capped: boolean;
  policies: string[];
  tokenType?: string;
}

export interface VaultClient {
  /** The address requests go to (no trailing slash). */
  readonly address: string;
  readonly namespace: string | undefined;
  /** Requests sent so far, retries included (the API budget). */
  readonly calls: number;
  lookupSelf(token: string): Promise<VaultTokenInfo>;
  /** `increment`: whole seconds, or a Vault duration (`"1h"`, `"90m"`, `"3600"`, `"2d"`); counted from now. */
  renewSelf(token: string, increment?: number | string): Promise<VaultRenewal>;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The Vault address from the option, else `VAULT_ADDR`; undefined when neither is set. */
export function resolveVaultAddress(options: Pick<VaultClientOptions, 'address'>, env: Env = process.env): string | undefined {
  const address = options.address?.trim() || env.VAULT_ADDR?.trim();
  return address || undefined;
}

/** The namespace from the option, else `VAULT_NAMESPACE`, without surrounding slashes; undefined when unset. */
export function resolveVaultNamespace(options: Pick<VaultClientOptions, 'namespace'>, env: Env = process.env): string | undefined {
  const namespace = (options.namespace ?? env.VAULT_NAMESPACE ?? '').trim().replace(/^\/+|\/+$/g, '');
  return namespace || undefined;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Vault's `{"errors": [...]}`, strings only. */
function vaultErrors(body: unknown): string[] {
  return isObject(body) && Array.isArray(body.errors) ? body.errors.filter((e): e is string => typeof e === 'string') : [];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function retryable(status: number): boolean {
  return status >= 500 || status === 429 || status === 412;
}

/** Words for a failed fetch (undici puts the reason in `cause`). */
function describeFailure(error: unknown): string {
  // Duck-typed: fetch's errors may come from another realm (Jest's vm), where `instanceof Error` is false.
  const e = error as { message?: unknown; cause?: { code?: unknown; message?: unknown } } | null;
  if (!e || typeof e !== 'object') return String(error);
  if (typeof e.cause?.code === 'string') return e.cause.code;
  if (typeof e.cause?.message === 'string') return e.cause.message;
  return typeof e.message === 'string' ? e.message : String(error);
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

interface Failure {
  failure: VaultServerError['failure'];
  message: string;
  status?: number;
  errors?: string[];
  retryAfterSeconds?: number;
  cause?: unknown;
}

export function createVaultClient(options: VaultClientOptions = {}): VaultClient {
  const env = options.env ?? process.env;
  const given = resolveVaultAddress(options, env);
  if (!given) throw new VaultConfigError('No Vault address: set VAULT_ADDR (or the vault address option)', { operation: 'configure', attempts: 0 });
  let parsed: URL;
  try {
    parsed = new URL(given);
  } catch {
    throw new VaultConfigError('The Vault address is not a URL (expected https://host:8200)', { operation: 'configure', attempts: 0 });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new VaultConfigError(`The Vault address must be an http(s) URL, not ${parsed.protocol}`, { operation: 'configure', attempts: 0 });
  }
  if (parsed.username || parsed.password) throw new VaultConfigError('The Vault address must not contain credentials', { operation: 'configure', attempts: 0 });
  const address = `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
  const namespace = resolveVaultNamespace(options, env);
  const retries = options.retries ?? DEFAULT_VAULT_RETRIES;
  const timing: VaultTiming = { ...VAULT_PRODUCTION_TIMING, ...options.timing };
  const fetchImpl = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  let calls = 0;

  async function request(method: 'GET' | 'POST', path: string, token: string, body?: unknown): Promise<Record<string, unknown>> {
    const operation = `${method} /v1/${path}`;
    const scrub = (text: string) => (token ? text.split(token).join('***') : text);
    if (!token) throw new VaultConfigError(`No token for ${operation}`, { operation, attempts: 0 });
    const headers: Record<string, string> = { 'X-Vault-Token': token, 'X-Vault-Request': 'true', Accept: 'application/json', 'User-Agent': VAULT_USER_AGENT };
    if (namespace) headers['X-Vault-Namespace'] = namespace;
    if (body !== undefined) headers['Content-Type'] = 'application/json';

    for (let attempt = 1; ; attempt++) {
      let failed: Failure;
      calls++;
      try {
        const timeout = AbortSignal.timeout(timing.requestTimeoutMs);
        const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
        const response = await fetchImpl(`${address}/v1/${path}`, { method, headers, redirect: 'manual', signal, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
        const text = await response.text();
        const json = parseJson(text);
        const status = response.status;
        if (status >= 200 && status < 300) {
          if (isObject(json)) return json;
          failed = { failure: 'invalid-response', status, message: `Vault answered ${operation} with a body that is not a JSON object` };
        } else {
          const errors = vaultErrors(json).map(scrub);
          const said = `Vault answered ${status} to ${operation}${errors.length ? `: ${errors.join('; ')}` : ''}`;
          const init = { operation, attempts: attempt, status, errors };
          if (status === 403) {
            if (errors.some((e) => /invalid token/i.test(e))) throw new VaultTokenInvalid(`${said} (the token is expired, revoked or not valid)`, init);
            throw new VaultPermissionDenied(`${said} (a policy denies it; an older Vault answers an expired or revoked token this way too)`, init);
          }
          if (status >= 300 && status < 400) {
            throw new VaultRequestError(`${said}: a redirect, not followed (point VAULT_ADDR at the active node or its load balancer)`, init);
          }
          if (!retryable(status)) throw new VaultRequestError(said, init);
          const retryAfter = Number(response.headers.get('retry-after'));
          failed = { failure: 'http', status, errors, message: said, ...(Number.isFinite(retryAfter) && retryAfter >= 0 && response.headers.has('retry-after') ? { retryAfterSeconds: retryAfter } : {}) };
        }
      } catch (error) {
        if (error instanceof VaultError) throw error;
        if (options.signal?.aborted) throw options.signal.reason;
        failed = isTimeout(error)
          ? { failure: 'timeout', message: `Vault did not answer ${operation} within ${timing.requestTimeoutMs} ms`, cause: error }
          : { failure: 'network', message: `Could not reach Vault for ${operation}: ${scrub(describeFailure(error))}`, cause: error };
      }

      const tooLong = failed.retryAfterSeconds !== undefined && failed.retryAfterSeconds > timing.maxRetryAfterSeconds;
      if (attempt > retries || tooLong) {
        const why = tooLong ? `; it asks to wait ${failed.retryAfterSeconds} s, more than the ${timing.maxRetryAfterSeconds} s allowed` : '';
        throw new VaultServerError(`${failed.message}${attempt > 1 ? ` (after ${attempt} attempts)` : ''}${why}`, {
          operation,
          attempts: attempt,
          failure: failed.failure,
          ...(failed.status !== undefined ? { status: failed.status } : {}),
          ...(failed.errors ? { errors: failed.errors } : {}),
          ...(failed.cause !== undefined ? { cause: failed.cause } : {}),
        });
      }
      const backoff = Math.min(2 ** (attempt - 1), timing.maxBackoffSeconds);
      await sleep(Math.max(backoff, failed.retryAfterSeconds ?? 0) * timing.msPerSecond);
    }
  }

  function invalid(operation: string, what: string, attempts: number): VaultServerError {
    return new VaultServerError(`Vault answered ${operation} without ${what}`, { operation, attempts, failure: 'invalid-response' });
  }

  return {
    address,
    namespace,
    get calls() {
      return calls;
    },

    async lookupSelf(token) {
      const before = calls;
      const body = await request('GET', 'auth/token/lookup-self', token);
      const operation = 'GET /v1/auth/token/lookup-self';
      const data = body.data;
      if (!isObject(data)) throw invalid(operation, 'data', calls - before);
      const ttl = num(data.ttl);
      if (ttl === undefined || ttl < 0) throw invalid(operation, 'a numeric data.ttl', calls - before);
      const expireTime = str(data.expire_time) ?? null;
      const info: VaultTokenInfo = {
        ttl,
        expireTime,
        renewable: data.renewable === true,
        creationTtl: num(data.creation_ttl) ?? 0,
        explicitMaxTtl: num(data.explicit_max_ttl) ?? 0,
        policies: stringList(data.policies),
        warnings: stringList(body.warnings).map((w) => w.split(token).join('***')),
      };
      const period = num(data.period);
      if (period !== undefined && period > 0) info.period = period;
      const creationTime = num(data.creation_time);
      if (creationTime !== undefined) info.creationTime = creationTime;
      const lastRenewalTime = num(data.last_renewal_time);
      if (lastRenewalTime !== undefined && lastRenewalTime > 0) info.lastRenewalTime = lastRenewalTime;
      const issueTime = str(data.issue_time);
      if (issueTime) info.issueTime = issueTime;
      const type = str(data.type);
      if (type) info.type = type;
      const numUses = num(data.num_uses);
      if (numUses !== undefined) info.numUses = numUses;
      if (typeof data.orphan === 'boolean') info.orphan = data.orphan;
      const displayName = str(data.display_name);
      if (displayName) info.displayName = displayName;
      return info;
    },

    async renewSelf(token, increment) {
      const operation = 'POST /v1/auth/token/renew-self';
      let requestedSeconds: number | undefined;
      if (increment !== undefined) {
        requestedSeconds = parseVaultDuration(increment);
        if (requestedSeconds === undefined || requestedSeconds <= 0 || (typeof increment === 'number' && !Number.isInteger(increment))) {
          throw new VaultConfigError('The renewal increment must be a positive whole number of seconds or a duration such as "1h"', { operation, attempts: 0 });
        }
      }
      const before = calls;
      const body = await request('POST', 'auth/token/renew-self', token, increment === undefined ? {} : { increment });
      const auth = body.auth;
      if (!isObject(auth)) throw invalid(operation, 'auth', calls - before);
      const leaseDuration = num(auth.lease_duration);
      if (leaseDuration === undefined || leaseDuration < 0) throw invalid(operation, 'a numeric auth.lease_duration', calls - before);
      const warnings = stringList(body.warnings).map((w) => w.split(token).join('***'));
      const capped = warnings.some((w) => /exceeded the effective max_ttl/i.test(w)) || (requestedSeconds !== undefined && leaseDuration < requestedSeconds);
      const renewal: VaultRenewal = { leaseDuration, renewable: auth.renewable === true, warnings, capped, policies: stringList(auth.policies) };
      if (requestedSeconds !== undefined) renewal.requestedSeconds = requestedSeconds;
      const tokenType = str(auth.token_type);
      if (tokenType) renewal.tokenType = tokenType;
      return renewal;
    },
  };
}
