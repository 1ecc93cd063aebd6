/**
 * The one factory for the Octokit Token Warden uses: @octokit/rest with the throttling and retry plugins,
 * token or GitHub App authentication, a configurable API URL (GitHub Enterprise Server), injectable timing, and
 * typed errors (./errors.ts) for every failed request.
 */
import * as core from '@actions/core';
import { createAppAuth } from '@octokit/auth-app';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import { UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import { INVALID_JSON, toGitHubError } from './errors.js';

export type GitHubClient = Octokit;

export type GitHubAuthOptions =
  /** A PAT or GITHUB_TOKEN. */
  | { type: 'token'; token: string }
  /**
   * A GitHub App. Without `installationId` the installation is looked up for `repository` (`owner/name`,
   * default `GITHUB_REPOSITORY`) or, failing that, for the organisation or user `owner`.
   */
  | { type: 'app'; appId: string | number; privateKey: string; installationId?: number; repository?: string; owner?: string }
  /**
   * A GitHub App acting as itself: one JWT (valid ten minutes), signed at creation and masked at once. Serves only
   * the endpoints an App calls as itself (`/app/installations/{id}`, `/repos/{owner}/{repo}/installation`); it mints
   * no installation token, so a check of the key creates no credential.
   */
  | { type: 'app-jwt'; appId: string | number; privateKey: string };

export interface ClientTiming {
  /**
   * Milliseconds per second of waiting: scales `retry-after`, rate-limit resets, retry backoff (1, 4, 9 s) and the
   * spacing GitHub asks for between writes (1 s) and notifications (3 s). 1000 in production; tests pass 1.
   */
  msPerSecond: number;
  /** Abort a request that has not answered after this long (then it is retried like a network failure). */
  requestTimeoutMs: number;
}

export interface ClientLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A wait the client decided on because GitHub asked for it. */
export interface RateLimitWait {
  limit: 'primary' | 'secondary';
  /** Seconds GitHub asked for (`retry-after`, or until `x-ratelimit-reset`). */
  seconds: number;
  /** 1 for the first retry. */
  retry: number;
  method: string;
  url: string;
}

export interface GitHubClientOptions {
  auth: GitHubAuthOptions;
  /** API URL; default `resolveApiUrl()` (the `GITHUB_API_URL` variable, else https://api.github.com). */
  baseUrl?: string;
  /** Retries after a 5xx, a network failure or a rate limit; 4xx other than rate limits are never retried. Default 3. */
  retries?: number;
  /** Give up at once (typed error) rather than wait longer than this for a rate limit. Default 120 s. */
  maxWaitSeconds?: number;
  timing?: Partial<ClientTiming>;
  /** Registers a secret with the log masker; default @actions/core `setSecret`. */
  mask?: (secret: string) => void;
  log?: ClientLogger;
  /** Called before each rate-limit wait (tests use it to check `retry-after` and resets are honoured). */
  onRateLimitWait?: (wait: RateLimitWait) => void;
  /** For tests that need to see or break the transport; default global fetch. */
  fetch?: typeof fetch;
  env?: NodeJS.ProcessEnv;
}

export const PRODUCTION_TIMING: ClientTiming = { msPerSecond: 1000, requestTimeoutMs: 60_000 };
export const USER_AGENT = `token-warden/${VERSION}`;

// A 4xx repeats unless the request changes; only 408 (timeout) may succeed as is. Rate limits (403/429) are the
// throttling plugin's, which waits as GitHub asks; the retry plugin must not add its own retries on top.
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i).filter((status) => status !== 408);

const defaultLogger: ClientLogger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  error: (m) => core.error(m),
};

import { resolveApiUrl } from './api-url.js';

export { resolveApiUrl };

interface BuildContext {
  baseUrl: string;
  retries: number;
  maxWaitSeconds: number;
  timing: ClientTiming;
  mask: (secret: string) => void;
  log: ClientLogger;
  onRateLimitWait?: (wait: RateLimitWait) => void;
  fetch: typeof fetch;
}

function describe(options: { method?: string; url?: string }): { method: string; url: string } {
  return { method: (options.method ?? 'GET').toUpperCase(), url: options.url ?? '?' };
}

/**
 * The innermost layer (inside throttling and retry): counts attempts per request, and turns a 2xx whose JSON body
 * does not parse into an error the retry plugin retries (Octokit would hand the caller a string instead).
 */
function attemptsPlugin(attempts: WeakMap<object, number>, log: ClientLogger) {
  return (octokit: Pick<Octokit, 'hook' | 'request'>) => {
    octokit.hook.wrap('request', async (request, options) => {
      const attempt = (attempts.get(options) ?? 0) + 1;
      attempts.set(options, attempt);
      if (attempt > 1) {
        const { method, url } = describe(options);
        log.debug(`GitHub API: attempt ${attempt} for ${method} ${url}`);
      }
      const response = await request(options);
      // Octokit hands back the raw text when a JSON body does not parse. (A body that is a bare JSON string would
      // look the same; GitHub's JSON operations never answer with one.)
      const contentType = String(response.headers['content-type'] ?? '');
      if (/\bjson\b/i.test(contentType) && typeof response.data === 'string' && response.data !== '') {
        const parsed = octokit.request.endpoint.parse(options);
        throw Object.assign(new Error(`invalid JSON in the answer to ${parsed.method} ${parsed.url}`), {
          status: 502,
          request: parsed,
          response: { ...response, data: response.data.slice(0, 200) },
          [INVALID_JSON]: true,
        });
      }
      return response;
    });
    return {};
  };
}

function build(context: BuildContext, auth: Record<string, unknown> | string, appAuth: boolean): Octokit {
  const attempts = new WeakMap<object, number>();
  const ms = context.timing.msPerSecond;
  const WardenOctokit = Octokit.plugin(attemptsPlugin(attempts, context.log), throttling, retry);

  const decide = (limit: 'primary' | 'secondary') => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const { method, url } = describe(options);
    const what = limit === 'primary' ? 'rate limit is used up' : 'secondary rate limit';
    if (retryCount >= context.retries) {
      context.log.warn(`GitHub ${what} on ${method} ${url}: giving up after ${retryCount + 1} attempts`);
      return false;
    }
    if (retryAfter > context.maxWaitSeconds) {
      context.log.warn(`GitHub ${what} on ${method} ${url}: it asks to wait ${retryAfter} s, more than the ${context.maxWaitSeconds} s allowed; giving up`);
      return false;
    }
    context.onRateLimitWait?.({ limit, seconds: retryAfter, retry: retryCount + 1, method, url });
    context.log.warn(`GitHub ${what} on ${method} ${url}: waiting ${retryAfter} s (retry ${retryCount + 1} of ${context.retries})`);
    return true;
  };

  const timeoutMs = context.timing.requestTimeoutMs;
  const fetchWithTimeout: typeof fetch = (input, init) => context.fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });

  const octokit = new WardenOctokit({
    baseUrl: context.baseUrl,
    userAgent: USER_AGENT,
    log: context.log,
    request: { fetch: fetchWithTimeout },
    ...(appAuth ? { authStrategy: createAppAuth, auth } : { auth }),
    retry: { retries: context.retries, retryAfterBaseValue: ms, doNotRetry: DO_NOT_RETRY },
    throttle: {
      onRateLimit: decide('primary'),
      onSecondaryRateLimit: decide('secondary'),
      retryAfterBaseValue: ms,
      fallbackSecondaryRateRetryAfter: 60,
      // Own groups per client: the plugin's defaults are process-wide and space writes by a fixed 1 s.
      ...({ global: new Bottleneck.Group({ maxConcurrent: 10 }), auth: new Bottleneck.Group({ maxConcurrent: 1 }) } as object),
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: ms }),
      search: new Bottleneck.Group({ maxConcurrent: 1, minTime: 2 * ms }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * ms }),
    },
  });

  // Installation tokens are masked the moment GitHub hands them out, before anything can log them.
  octokit.hook.after('request', (response, options) => {
    const data = response.data as { token?: unknown } | undefined;
    if (/\/app\/installations\/[^/]+\/access_tokens$/.test(options.url ?? '') && typeof data?.token === 'string') context.mask(data.token);
  });
  // Outermost: after every retry, callers get a typed error.
  octokit.hook.error('request', (error, options) => {
    throw toGitHubError(error, attempts.get(options) ?? 1);
  });
  return octokit;
}

async function findInstallation(appClient: Octokit, auth: Extract<GitHubAuthOptions, { type: 'app' }>, env: NodeJS.ProcessEnv): Promise<number> {
  const repository = auth.repository ?? env.GITHUB_REPOSITORY;
  if (repository) {
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) throw new UsageError(`repository must be owner/name (got "${repository}")`);
    const { data } = await appClient.rest.apps.getRepoInstallation({ owner, repo });
    return data.id;
  }
  if (auth.owner) {
    const { data } = await appClient.rest.apps.getOrgInstallation({ org: auth.owner });
    return data.id;
  }
  throw new UsageError('a GitHub App needs installation-id, or a repository (GITHUB_REPOSITORY) or owner to find its installation');
}

/** Registers each secret once: the token is seen both by the after-hook and by the eager mint. */
function onceEach(mask: (secret: string) => void): (secret: string) => void {
  const seen = new Set<string>();
  return (secret) => {
    if (secret === '' || seen.has(secret)) return;
    seen.add(secret);
    mask(secret);
  };
}

/**
 * Builds the client. For a GitHub App it finds the installation if needed and mints the installation token at
 * once (masked through `mask`), so a bad key or missing installation fails here with a typed error.
 */
export async function createGitHubClient(options: GitHubClientOptions): Promise<GitHubClient> {
  const env = options.env ?? process.env;
  const context: BuildContext = {
    baseUrl: options.baseUrl ? resolveApiUrl(options.baseUrl, env) : resolveApiUrl(undefined, env),
    retries: options.retries ?? 3,
    maxWaitSeconds: options.maxWaitSeconds ?? 120,
    timing: { ...PRODUCTION_TIMING, ...options.timing },
    mask: onceEach(options.mask ?? ((secret) => core.setSecret(secret))),
    log: options.log ?? defaultLogger,
    ...(options.onRateLimitWait ? { onRateLimitWait: options.onRateLimitWait } : {}),
    fetch: options.fetch ?? globalThis.fetch,
  };
  const { auth } = options;
  if (auth.type === 'token') {
    if (!auth.token.trim()) throw new UsageError('the GitHub token is empty');
    context.mask(auth.token);
    return build(context, auth.token, false);
  }
  // Keys pasted into a single-line setting arrive with literal \n.
  const privateKey = auth.privateKey.includes('\\n') ? auth.privateKey.replace(/\\n/g, '\n') : auth.privateKey;
  if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(privateKey)) throw new UsageError('private-key must be the GitHub App private key in PEM format');
  const appId = typeof auth.appId === 'string' ? auth.appId.trim() : auth.appId;
  if (appId === '' || appId === 0) throw new UsageError('app-id is empty');
  if (auth.type === 'app-jwt') {
    // A token client with a JWT sends it as `bearer` (@octokit/auth-token tells JWTs by their three parts).
    let jwt: string;
    try {
      ({ token: jwt } = (await createAppAuth({ appId, privateKey })({ type: 'app' })) as { token: string });
    } catch {
      // The crypto error says nothing useful (`DECODER routines::unsupported`) and must not be mistaken for an API answer.
      throw new UsageError('private-key is not a usable RSA private key (PEM) for a GitHub App');
    }
    context.mask(jwt);
    return build(context, jwt, false);
  }
  const installationId = auth.installationId ?? (await findInstallation(build(context, { appId, privateKey }, true), auth, env));
  const client = build(context, { appId, privateKey, installationId }, true);
  const minted = (await client.auth({ type: 'installation' })) as { token: string };
  context.mask(minted.token);
  return client;
}
