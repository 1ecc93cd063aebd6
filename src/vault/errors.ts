/**
 * Typed Vault errors, one class per way a caller reacts: configure the address (config), replace the token (invalid
 * token), grant a policy (permission denied), fix the request (other 4xx), or try again later (5xx, 429, network,
 * timeout, an answer that is not Vault's JSON). No message ever contains a token value: the client builds them from
 * the method, the path, the status and Vault's `errors`, with any token value scrubbed out of those.
 */

export interface VaultErrorInit {
  /** `GET /v1/auth/token/lookup-self` (no host, no token). */
  operation: string;
  /** How many times the request was sent (0 when it never was). */
  attempts: number;
  cause?: unknown;
}

export class VaultError extends Error {
  readonly operation: string;
  readonly attempts: number;

  constructor(message: string, init: VaultErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.operation = init.operation;
    this.attempts = init.attempts;
  }
}

/** No Vault address (neither the option nor `VAULT_ADDR`), an address that is not an http(s) URL, a bad increment. */
export class VaultConfigError extends VaultError {}

/** Vault answered with an error status that retrying cannot fix. */
export class VaultHttpError extends VaultError {
  readonly status: number;
  /** Vault's `errors` array (scrubbed of token values). */
  readonly errors: string[];

  constructor(message: string, init: VaultErrorInit & { status: number; errors: string[] }) {
    super(message, init);
    this.status = init.status;
    this.errors = init.errors;
  }
}

/**
 * 403 with `invalid token` among the errors: the token is expired, revoked or was never valid (Vault since 2024,
 * hashicorp/vault PR #26687, sends `["invalid token", "permission denied"]`).
 */
export class VaultTokenInvalid extends VaultHttpError {}

/**
 * 403 with only `permission denied`: on a current Vault, the token's policies do not allow the path. Older servers
 * answer an expired or revoked token the same way (hashicorp/vault#2159), so this alone does not say which.
 */
export class VaultPermissionDenied extends VaultHttpError {}

/** Any other 4xx (400 "lease is not renewable", 404 wrong mount, 405 …): not retried. */
export class VaultRequestError extends VaultHttpError {}

/** 5xx, 412 or 429 after the retries, no answer at all (network, timeout), or a 2xx that is not Vault's JSON. */
export class VaultServerError extends VaultError {
  readonly failure: 'http' | 'network' | 'timeout' | 'invalid-response';
  readonly status?: number;
  readonly errors: string[];

  constructor(message: string, init: VaultErrorInit & { failure: VaultServerError['failure']; status?: number; errors?: string[] }) {
    super(message, init);
    this.failure = init.failure;
    if (init.status !== undefined) this.status = init.status;
    this.errors = init.errors ?? [];
  }
}
