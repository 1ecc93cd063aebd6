/**
 * Stands in for `@actions/http-client` inside the bundled action and CLI (tsconfig `paths`, used by ncc).
 *
 * @actions/core imports the HTTP client only for OIDC tokens (`core.getIDToken`), which a scan never asks for,
 * yet loading it pulls in undici and roughly doubles the action's start-up time (measured: bench/RESULTS.md).
 * This shim keeps the same surface for that one use and loads the real client on first request.
 *
 * The `paths` mapping applies to every importer in the bundle, node_modules included, so @actions/cache (loaded on
 * demand by the expiry state's cache store) gets this module too. It uses `HttpClient` (get, post, getJson, postJson,
 * request, sendStream, dispose), `HttpCodes` and `HttpClientError`, so those are here as well: without them the
 * bundled cache store failed every call ("Right-hand side of 'instanceof' is not an object").
 */
import type * as Real from '../../node_modules/@actions/http-client/lib/index.js';
import type { TypedResponse } from '../../node_modules/@actions/http-client/lib/interfaces.js';

type RealModule = typeof Real;
type RealClient = InstanceType<RealModule['HttpClient']>;

let real: Promise<RealModule> | undefined;
function loadReal(): Promise<RealModule> {
  real ??= import('../../node_modules/@actions/http-client/lib/index.js');
  return real;
}

/** The real module's enum, as plain values (the real module is not loaded yet). */
export const HttpCodes = {
  OK: 200,
  MultipleChoices: 300,
  MovedPermanently: 301,
  ResourceMoved: 302,
  SeeOther: 303,
  NotModified: 304,
  UseProxy: 305,
  SwitchProxy: 306,
  TemporaryRedirect: 307,
  PermanentRedirect: 308,
  BadRequest: 400,
  Unauthorized: 401,
  PaymentRequired: 402,
  Forbidden: 403,
  NotFound: 404,
  MethodNotAllowed: 405,
  NotAcceptable: 406,
  ProxyAuthenticationRequired: 407,
  RequestTimeout: 408,
  Conflict: 409,
  Gone: 410,
  TooManyRequests: 429,
  InternalServerError: 500,
  NotImplemented: 501,
  BadGateway: 502,
  ServiceUnavailable: 503,
  GatewayTimeout: 504,
} as const;

/**
 * The errors are thrown by the real client, an instance of its own class: `instanceof` here recognises them by
 * name, as the real class names them.
 */
export class HttpClientError extends Error {
  statusCode: number;
  result?: unknown;

  constructor(message: string, statusCode: number) {
    super(message);
    this.name = 'HttpClientError';
    this.statusCode = statusCode;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Error && value.name === 'HttpClientError';
  }
}

export class HttpClient {
  private readonly args: ConstructorParameters<RealModule['HttpClient']>;
  private client: RealClient | undefined;

  constructor(...args: ConstructorParameters<RealModule['HttpClient']>) {
    this.args = args;
  }

  private async real(): Promise<RealClient> {
    if (!this.client) {
      const mod = await loadReal();
      this.client = new mod.HttpClient(...this.args);
    }
    return this.client;
  }

  async getJson<T>(...args: Parameters<RealClient['getJson']>): Promise<TypedResponse<T>> {
    return (await this.real()).getJson<T>(...args);
  }

  async postJson<T>(...args: Parameters<RealClient['postJson']>): Promise<TypedResponse<T>> {
    return (await this.real()).postJson<T>(...args);
  }

  async get(...args: Parameters<RealClient['get']>): ReturnType<RealClient['get']> {
    return (await this.real()).get(...args);
  }

  async post(...args: Parameters<RealClient['post']>): ReturnType<RealClient['post']> {
    return (await this.real()).post(...args);
  }

  async request(...args: Parameters<RealClient['request']>): ReturnType<RealClient['request']> {
    return (await this.real()).request(...args);
  }

  async sendStream(...args: Parameters<RealClient['sendStream']>): ReturnType<RealClient['sendStream']> {
    return (await this.real()).sendStream(...args);
  }

  dispose(): void {
    this.client?.dispose();
  }
}
