/**
 * Stands in for `@actions/http-client` inside the bundled action and CLI (tsconfig `paths`, used by ncc).
 *
 * @actions/core imports the HTTP client only for OIDC tokens (`core.getIDToken`), which a scan never asks for,
 * yet loading it pulls in undici and roughly doubles the action's start-up time (measured: bench/RESULTS.md).
 * This shim keeps the same surface for that one use and loads the real client on first request.
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

export class HttpClient {
  private readonly args: ConstructorParameters<RealModule['HttpClient']>;
  private client: RealClient | undefined;

  constructor(...args: ConstructorParameters<RealModule['HttpClient']>) {
    this.args = args;
  }

  private async get(): Promise<RealClient> {
    if (!this.client) {
      const mod = await loadReal();
      this.client = new mod.HttpClient(...this.args);
    }
    return this.client;
  }

  async getJson<T>(...args: Parameters<RealClient['getJson']>): Promise<TypedResponse<T>> {
    return (await this.get()).getJson<T>(...args);
  }
}
