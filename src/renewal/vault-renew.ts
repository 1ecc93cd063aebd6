/**
 * Vault token renewal, the I/O half, shared by `token-warden vault-renew` and the action: for every registry token of
 * kind `vault`, `lookup-self`, then — when ./vault-policy.ts says it is due and this is not a dry run — `renew-self`,
 * all through the Vault client (../vault/client.ts, injectable). The outcomes become findings through the renewal
 * rules (./rules), located at each token's registry entry like every other registry finding.
 *
 * - Address: the entry's `vault-address`, else the run's (`--vault-addr`, the action's input), else `VAULT_ADDR`.
 *   Token: the entry's `env:` variable, else the one named like the entry, masked the moment it is read.
 * - A dry run (the CLI's default) looks up — reads only — and says what it would renew; it never sends renew-self.
 * - Retries: the client's (backoff on network errors, timeouts, 5xx, 429). For renew-self they are bounded by the
 *   token's own expiry, known from the lookup: no more retries than fit before it, and a wait (a long `Retry-After`)
 *   that would end after it stops the retrying. Lookups keep the client's default bound (seconds).
 * - One token's failure is its finding; the others are still processed.
 * - Values are only ever sent as `X-Vault-Token`; every message is scrubbed of them once more before it is kept.
 */
import type { ScanResult } from '../engine.js';
import type { Finding } from '../model/finding.js';
import type { FailOn, Severity } from '../model/severity.js';
import type { ReportInput } from '../report/context.js';
import { judgeRegistry, loadRegistryJob, type RegistryJobReport } from '../registry-job.js';
import { RENEWAL_RULE_IDS, registryProjectRules } from '../registry/rules/index.js';
import type { Registry, RegistryToken } from '../registry/types.js';
import { envValues, valueVariable } from '../expiry/sources/values.js';
import { createVaultClient, resolveVaultAddress, VAULT_PRODUCTION_TIMING, DEFAULT_VAULT_RETRIES, type VaultClient, type VaultClientOptions, type VaultTiming } from '../vault/client.js';
import { VaultConfigError, VaultPermissionDenied, VaultRequestError, VaultTokenInvalid } from '../vault/errors.js';
import { decideRenewal, isoSeconds, renewalMetrics, renewalStatus, type RenewalFailure, type RenewalOutcome, type VaultTokenMetrics } from './vault-policy.js';

export type RenewalClient = Pick<VaultClient, 'lookupSelf' | 'renewSelf' | 'calls'>;

/** A run-level remark: a token not looked up, a registry without Vault tokens. Never a value. */
export interface RenewalNote {
  level: 'info' | 'warning';
  /** Registry name of the token concerned, when there is one. */
  token?: string;
  message: string;
}

export interface VaultRenewOptions {
  /** Look up only; never renew-self. */
  dryRun: boolean;
  /** Seconds to ask for when the entry has no `renew-increment` (default: the token's creation TTL). */
  increment?: number;
  /** The Vault address when the entry has no `vault-address` (default: `VAULT_ADDR`). */
  vaultAddr?: string;
  /** Token values (by the entry's `env:` or name), `VAULT_ADDR` and `VAULT_NAMESPACE`. */
  env: Readonly<Record<string, string | undefined>>;
  /** Registers a value with the log masker at the moment it is read (the action: core.setSecret). */
  mask: (value: string) => void;
  /** The clock, ms since the epoch (default Date.now). Tests share it with the Vault double. */
  now?: () => number;
  /** [0, 1) for the LifetimeWatcher jitter (default Math.random). */
  random?: () => number;
  /** Retries after the first attempt, for lookups and (bounded by the TTL) renewals; default the client's 3. */
  retries?: number;
  timing?: Partial<VaultTiming>;
  /** Waits between retries (default: real time); tests pass one that moves their clock instead. */
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  /** Builds the client (default createVaultClient). */
  createClient?: (options: VaultClientOptions) => RenewalClient;
}

export interface VaultRenewOutcomes {
  /** One per registry token of kind `vault`, in file order. */
  outcomes: RenewalOutcome[];
  notes: RenewalNote[];
  /** Requests sent to Vault, retries included. */
  calls: number;
}

/** The wait before the next retry would end after the token expires: stop, rather than renew a dead token. */
export class RetryPastExpiry extends Error {
  constructor(readonly expiresAtMs: number) {
    super('the next retry would come after the token expires');
    this.name = 'RetryPastExpiry';
  }
}

/**
 * How many retries fit before `budgetSeconds` run out, with the client's backoff (1 s, 2 s, 4 s … at most
 * `maxBackoffSeconds`): every wait must end before the deadline, so the last attempt is sent while the token lives.
 */
export function retriesWithin(budgetSeconds: number, maxRetries: number, maxBackoffSeconds: number): number {
  let waited = 0;
  let retries = 0;
  while (retries < maxRetries) {
    const next = Math.min(2 ** retries, maxBackoffSeconds);
    if (waited + next >= budgetSeconds) break;
    waited += next;
    retries++;
  }
  return retries;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function classify(error: unknown, stage: RenewalFailure['stage'], value: string): RenewalFailure {
  const scrub = (text: string) => text.split(value).join('***');
  const message = scrub(error instanceof Error ? error.message : String(error));
  if (error instanceof VaultTokenInvalid) return { stage, kind: 'invalid', message };
  if (error instanceof VaultPermissionDenied) return { stage, kind: 'denied', message };
  if (error instanceof VaultRequestError && error.errors.some((e) => /past the max TTL/i.test(e))) return { stage, kind: 'past-max', message };
  if (error instanceof VaultRequestError && error.errors.some((e) => /not renewable/i.test(e))) return { stage, kind: 'not-renewable', message: scrub(error.errors.join('; ')) };
  if (error instanceof RetryPastExpiry) {
    const at = isoSeconds(error.expiresAtMs);
    return { stage, kind: 'deadline', message: `Vault kept failing and the next retry would come after the token expires at ${at}; stopped retrying` };
  }
  return { stage, kind: 'error', message };
}

/** Looks up (and, when due and not a dry run, renews) every registry token of kind `vault`. Never throws for Vault's answers. */
export async function renewVaultTokens(registry: Registry, options: VaultRenewOptions): Promise<VaultRenewOutcomes> {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const create = options.createClient ?? createVaultClient;
  const timing: VaultTiming = { ...VAULT_PRODUCTION_TIMING, ...options.timing };
  const sleep = options.sleep ?? defaultSleep;
  const maxRetries = options.retries ?? DEFAULT_VAULT_RETRIES;
  const values = envValues(options.env as NodeJS.ProcessEnv, options.mask);
  const notes: RenewalNote[] = [];
  const outcomes: RenewalOutcome[] = [];
  let calls = 0;

  const tokens = registry.tokens.filter((t) => t.kind === 'vault');
  if (tokens.length === 0) notes.push({ level: 'info', message: `no tokens of kind vault in ${registry.file}: nothing to renew` });

  for (const token of tokens) {
    const outcome: RenewalOutcome = { name: token.name, key: token.key, variable: valueVariable(token), dryRun: options.dryRun };
    outcomes.push(outcome);
    const value = values.valueOf(token);
    if (value === undefined) {
      outcome.skipped = 'no-value';
      const why = values.tooShort.has(token.name) ? 'is too short to be a token' : 'is not set';
      notes.push({ level: 'warning', token: token.name, message: `${token.name}: ${outcome.variable} ${why}: not looked up` });
      continue;
    }
    const address = token.vaultAddress ?? options.vaultAddr;
    if (!resolveVaultAddress(address ? { address } : {}, options.env)) {
      outcome.skipped = 'no-address';
      notes.push({ level: 'warning', token: token.name, message: `${token.name}: no Vault address (the entry's vault-address, --vault-addr or VAULT_ADDR): not looked up` });
      continue;
    }
    const base: VaultClientOptions = {
      ...(address ? { address } : {}),
      env: options.env,
      timing,
      sleep,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    };
    calls += await renewOne(token, value, outcome, { base, create, now, random, maxRetries, timing, sleep, options });
  }
  return { outcomes, notes, calls };
}

interface OneContext {
  base: VaultClientOptions;
  create: (options: VaultClientOptions) => RenewalClient;
  now: () => number;
  random: () => number;
  maxRetries: number;
  timing: VaultTiming;
  sleep: (ms: number) => Promise<void>;
  options: VaultRenewOptions;
}

/** One token: lookup, decision, maybe renewal. Fills in `outcome`; returns the requests sent. */
async function renewOne(token: RegistryToken, value: string, outcome: RenewalOutcome, c: OneContext): Promise<number> {
  let lookupClient: RenewalClient;
  try {
    lookupClient = c.create({ ...c.base, retries: c.maxRetries });
  } catch (error) {
    // A bad address (not a URL, credentials in it): the client says which, without a value.
    outcome.failure = { stage: 'lookup', kind: 'error', message: error instanceof VaultConfigError ? error.message : classify(error, 'lookup', value).message };
    return 0;
  }
  outcome.checkedAtMs = c.now();
  try {
    outcome.info = await lookupClient.lookupSelf(value);
  } catch (error) {
    outcome.failure = classify(error, 'lookup', value);
    return lookupClient.calls;
  }
  const info = outcome.info;
  const increment = token.renewIncrement ?? c.options.increment;
  const decision = decideRenewal({
    info,
    nowMs: outcome.checkedAtMs,
    ...(increment !== undefined ? { incrementSeconds: increment } : {}),
    ...(token.renewThreshold !== undefined ? { thresholdSeconds: token.renewThreshold } : {}),
    random: c.random,
  });
  outcome.decision = decision;
  if (decision.action !== 'renew' || c.options.dryRun) return lookupClient.calls;

  // Never retry past the token's own expiry: as many retries as fit before it, and no wait that ends after it.
  const expiresAtMs = outcome.checkedAtMs + info.ttl * 1000;
  const budgetSeconds = (expiresAtMs - c.now()) / 1000;
  const guardedSleep = async (ms: number): Promise<void> => {
    if (c.now() + (ms / c.timing.msPerSecond) * 1000 >= expiresAtMs) throw new RetryPastExpiry(expiresAtMs);
    await c.sleep(ms);
  };
  let renewClient: RenewalClient;
  try {
    renewClient = c.create({
      ...c.base,
      retries: retriesWithin(budgetSeconds, c.maxRetries, c.timing.maxBackoffSeconds),
      timing: { ...c.timing, requestTimeoutMs: Math.max(1000, Math.min(c.timing.requestTimeoutMs, budgetSeconds * 1000)) },
      sleep: guardedSleep,
    });
  } catch (error) {
    outcome.failure = classify(error, 'renew', value);
    return lookupClient.calls;
  }
  try {
    const renewal = await renewClient.renewSelf(value, decision.increment);
    outcome.renewal = { ...renewal, atMs: c.now() };
  } catch (error) {
    outcome.failure = classify(error, 'renew', value);
  }
  return lookupClient.calls + renewClient.calls;
}

export interface VaultRenewRunOptions extends VaultRenewOptions {
  /** Repository root the registry and config belong to. */
  root: string;
  cwd: string;
  registryPath?: string;
  configPath?: string;
  failOn?: FailOn;
  minSeverity?: Severity;
  links?: ReportInput['links'];
}

export type VaultRenewReport = RegistryJobReport;

export interface VaultRenewResult {
  /** The renewal findings (engine-filtered: config, inline ignores, min-severity), located at the registry entries. */
  findings: Finding[];
  /** Per-token metrics, one per registry token of kind `vault`, in file order. */
  tokens: VaultTokenMetrics[];
  notes: RenewalNote[];
  /** Names of the tokens this run renewed, their TTL grown (none in a dry run). */
  renewed: string[];
  /** Names of the tokens a dry run would have renewed (none when applying). */
  wouldRenew: string[];
  dryRun: boolean;
  /** For the renderers (text, JSON, SARIF, Markdown), like a scan's. */
  report: VaultRenewReport;
  result: ScanResult;
  outcomes: RenewalOutcome[];
  /** The registry file, relative to the root. */
  registryFile: string;
  /** Requests sent to Vault. */
  calls: number;
  /** When the run started (ISO). */
  startedAt: string;
}

/** The whole run: load the registry and the config, renew, judge. Throws UsageError/ConfigError for a missing or invalid registry. */
export async function runVaultRenew(options: VaultRenewRunOptions): Promise<VaultRenewResult> {
  const now = options.now ?? Date.now;
  const startedAt = isoSeconds(now());
  const job = await loadRegistryJob(options);
  const { registry, file } = job;

  const { outcomes, notes, calls } = await renewVaultTokens(registry, { ...options, now });
  const renewals = new Map(outcomes.map((o) => [o.key, o]));
  const { result, report } = judgeRegistry(
    job,
    registryProjectRules(registry, file.path, { scope: 'registry-file', renewals }).filter((r) => RENEWAL_RULE_IDS.has(r.meta.id)),
    options.mask,
    options.links,
  );
  const checked = outcomes.filter((o) => !o.skipped).length;
  if (outcomes.length > 0 && checked === 0) notes.push({ level: 'warning', message: `none of the ${outcomes.length} Vault token(s) could be looked up: nothing was checked or renewed` });
  return {
    findings: result.findings,
    tokens: outcomes.map(renewalMetrics),
    notes,
    renewed: outcomes.filter((o) => renewalStatus(o) === 'renewed').map((o) => o.name),
    wouldRenew: outcomes.filter((o) => renewalStatus(o) === 'would-renew').map((o) => o.name),
    dryRun: options.dryRun,
    report,
    result,
    outcomes,
    registryFile: file.path,
    calls,
    startedAt,
  };
}
