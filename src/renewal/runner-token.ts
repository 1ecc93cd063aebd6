/**
 * Keeps a self-hosted runner registration token (or a JIT runner config) fresh where the runner infrastructure reads
 * it: an encrypted Actions secret in the same scope, and/or a masked step output. Lists the scope's runners first and
 * reports the offline ones. Refreshes only when the stored token is within the threshold of its one-hour expiry (or
 * when asked); a run with nothing to do makes no write. A dry run reads, says what it would do, and writes nothing —
 * not even the state.
 *
 * Values: the minted token goes to `mask` the moment it arrives and leaves only as the secret's sealed value or as an
 * output the caller asked for. Every message passes through `redact` with it first.
 */
import { redact } from '../expiry/sources/github-common.js';
import { GitHubAuthError, GitHubForbiddenError, GitHubNotFoundError, GitHubValidationError, GitHubApiError } from '../github/errors.js';
import type { GitHubClient } from '../github/client.js';
import type { SecretTarget } from '../github/secrets.js';
import type { Finding } from '../model/finding.js';
import { formatDuration } from './duration.js';
import { githubRenewalApi, type RenewalApi, type SelfHostedRunner } from './github-api.js';
import { DEFAULT_RETRY_POLICY, realSleep, StepFailedError, withRetries, type RetryDeps, type RetryPolicy } from './retry.js';
import {
  DEFAULT_ALERT_AFTER,
  DEFAULT_THRESHOLD_MS,
  lapseWarning,
  nextMetrics,
  offlineRunnerFindings,
  permissionWords,
  refreshDecision,
  refreshFailedFinding,
  RUNNER_TOKEN_LIFETIME_MS,
  runnerPermission,
  scopePath,
  scopeWords,
  secretPermission,
  type RefreshDecision,
  type RunnerScope,
} from './runner-policy.js';
import { emptyMetrics, emptyRenewalState, type RenewalState, type RenewalStateStore, type RunnerTokenEntry, type RunnerTokenMetrics } from './state.js';

export interface StoreSecretOptions {
  name: string;
  /**
   * Organisation secrets only: who may read it (default `private`; the CLI makes the user choose, since a registration
   * token lets its holder add runners to the organisation).
   */
  visibility?: 'all' | 'private' | 'selected';
  selectedRepositoryIds?: number[];
}

export interface JitOptions {
  name: string;
  labels: string[];
  /** Default 1, the Default runner group. */
  runnerGroupId?: number;
  workFolder?: string;
}

export interface RunnerTokenOptions {
  scope: RunnerScope;
  /** The project's client, built with `createRenewalClient` (no retries of its own). Or `api`, for tests. */
  client?: GitHubClient;
  api?: RenewalApi;
  /** Write the token (or JIT config) as an encrypted Actions secret in the scope (not for an enterprise). */
  storeSecret?: StoreSecretOptions;
  /** Return the value in `outputs` (masked first): the action sets it as a step output. */
  storeOutput?: boolean;
  /** Generate a JIT runner config instead of a registration token. */
  jit?: JitOptions;
  /** Refresh this long before expiry. Default 5 minutes. */
  thresholdMs?: number;
  force?: boolean;
  /** Read and say what would be done; no write of any kind (API, state). */
  dryRun: boolean;
  state?: RenewalStateStore;
  /** Consecutive failed runs after which the failure finding is critical. Default 3. */
  alertAfter?: number;
  retry?: Partial<RetryPolicy>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Registers a value with the log masker (the action: core.setSecret). Called before the value goes anywhere. */
  mask: (value: string) => void;
  /** Progress and retries (never a value). */
  log?: (message: string) => void;
  /** How to supply a better credential, in the caller's terms (CLI flags or action inputs). */
  credentialHint?: string;
}

export interface RunnerTokenResult {
  /** `dry-run`: read only; `would-refresh`/`fresh` say which. */
  status: 'refreshed' | 'fresh' | 'would-refresh' | 'failed';
  /** In words: `organisation acme → organisation secret RUNNER_TOKEN`. */
  target: string;
  findings: Finding[];
  metrics: RunnerTokenMetrics;
  /** Expiry of the token now stored (minted this run, or the one kept); null when unknown or for a JIT config. */
  expiresAt: string | null;
  /**
   * `refreshed` (`true`/`false`), `expires-at`, and with `storeOutput` the value: `runner-token`, or for JIT
   * `jit-config` with `runner-id` and `runner-name`. Names in `secretOutputs` hold values (already masked).
   */
  outputs: Record<string, string>;
  secretOutputs: string[];
  /** What was done (or, in a dry run, would be done), in order. */
  actions: string[];
  notes: string[];
  /** Whether anything was written to GitHub (a mint counts). */
  wrote: boolean;
  /** Why the run failed (no values). */
  error?: string;
  runners?: { total: number; offline: number };
}

export const CLI_CREDENTIAL_HINT =
  'supply a GitHub App (--app-id, its private key in GITHUB_APP_PRIVATE_KEY, --installation-id) or a PAT in GITHUB_TOKEN/GH_TOKEN that has it';

/** The state entry of a target: one per scope and place the value goes. */
export function runnerStateKey(scope: RunnerScope, options: Pick<RunnerTokenOptions, 'storeSecret' | 'jit'>): string {
  const where = options.jit ? 'jit' : options.storeSecret ? `secret:${options.storeSecret.name.toUpperCase()}` : 'output';
  return `${scopePath(scope)}#${where}`;
}

function secretTarget(scope: RunnerScope, store: StoreSecretOptions): SecretTarget {
  if (scope.kind === 'repo') return { scope: 'repository', owner: scope.owner, repo: scope.repo };
  if (scope.kind === 'org') {
    return { scope: 'organization', org: scope.org, visibility: store.visibility ?? 'private', ...(store.selectedRepositoryIds ? { selectedRepositoryIds: store.selectedRepositoryIds } : {}) };
  }
  throw new Error('an enterprise has no Actions secrets: store the token as a step output');
}

function describeTarget(scope: RunnerScope, options: Pick<RunnerTokenOptions, 'storeSecret' | 'storeOutput' | 'jit'>): string {
  const what = options.jit ? `JIT config for runner ${options.jit.name}` : 'registration token';
  const places: string[] = [];
  if (options.storeSecret) places.push(`${scope.kind === 'org' ? 'organisation' : 'repository'} secret ${options.storeSecret.name}`);
  if (options.storeOutput) places.push('step output');
  return `${what} for ${scopeWords(scope)} → ${places.join(' and ') || 'nowhere'}`;
}

type Step = 'list' | 'mint' | 'jit' | 'read-secret' | 'write-secret';

/** One clear sentence for a refusal: which permission the step needs, that GITHUB_TOKEN never has it, what to do. */
export function permissionMessage(scope: RunnerScope, step: Step, error: GitHubApiError, hint: string): string {
  const secret = step === 'read-secret' || step === 'write-secret';
  const needs = permissionWords(secret ? secretPermission(scope) : runnerPermission(scope));
  const doing =
    step === 'list'
      ? `Listing the self-hosted runners of ${scopeWords(scope)} and minting their registration token`
      : step === 'mint'
        ? `Minting a runner registration token for ${scopeWords(scope)}`
        : step === 'jit'
          ? `Generating a JIT runner config for ${scopeWords(scope)}`
          : `${step === 'read-secret' ? 'Reading' : 'Writing'} an Actions secret of ${scopeWords(scope)}`;
  const said = `GitHub answered ${error.operation} with ${error.status}${error.githubMessage ? ` (${error.githubMessage.split('\n')[0]})` : ''}`;
  if (error instanceof GitHubAuthError) return `${said}: the token is wrong, expired or revoked. ${doing} needs ${needs}; ${hint}.`;
  const notFound = error instanceof GitHubNotFoundError ? ` A 404 from these endpoints usually means the token lacks the permission (GitHub hides what a token may not touch), less often a misspelt ${scope.kind === 'repo' ? 'repository' : scope.kind === 'org' ? 'organisation' : 'enterprise'}.` : '';
  return `${said}.${notFound} ${doing} needs ${needs}. The default GITHUB_TOKEN never has it, whatever the workflow's permissions block says: ${hint}.`;
}

function isPermissionError(error: unknown): error is GitHubApiError {
  return error instanceof GitHubForbiddenError || error instanceof GitHubNotFoundError || error instanceof GitHubAuthError;
}

/** A run that cannot go on; `permission`: GitHub refused the credential (so listing failed for the same reason minting would). */
class RunFailure extends Error {
  constructor(
    message: string,
    readonly permission = false,
  ) {
    super(message);
  }
}

export async function runRunnerToken(options: RunnerTokenOptions): Promise<RunnerTokenResult> {
  const scope = options.scope;
  const api = options.api ?? (options.client ? githubRenewalApi(options.client) : undefined);
  if (!api) throw new Error('runRunnerToken needs a client (createRenewalClient) or an api');
  if (scope.kind === 'enterprise' && options.storeSecret) throw new Error('an enterprise has no Actions secrets: store the token as a step output');
  if (!options.storeSecret && !options.storeOutput) throw new Error('nowhere to put the token: store it as a secret, an output, or both');
  const now = options.now ?? Date.now;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const deps: RetryDeps = { policy, sleep: options.sleep ?? realSleep, random: options.random ?? Math.random, now, ...(options.log ? { onRetry: options.log } : {}) };
  const thresholdMs = options.thresholdMs ?? DEFAULT_THRESHOLD_MS;
  const alertAfter = options.alertAfter ?? DEFAULT_ALERT_AFTER;
  const hint = options.credentialHint ?? CLI_CREDENTIAL_HINT;
  const key = runnerStateKey(scope, options);
  const target = describeTarget(scope, options);
  const values: string[] = [];
  const clean = (text: string) => redact(text, values);
  const actions: string[] = [];
  const notes: string[] = [];
  const findings: Finding[] = [];
  const outputs: Record<string, string> = {};
  const secretOutputs: string[] = [];
  let wrote = false;
  let runnerCounts: { total: number; offline: number } | undefined;

  // The state: read once, written once at the end (never in a dry run).
  let state: RenewalState = emptyRenewalState();
  if (options.state) {
    const loaded = await options.state.load();
    if (loaded.warning) notes.push(`renewal state (${options.state.describe()}) not read: ${loaded.warning}`);
    if (loaded.state) state = loaded.state;
  }
  const previous: RunnerTokenEntry = state.runner_tokens[key] ?? { target, expires_at: null, metrics: emptyMetrics(), last_error: null };

  const step = async <T>(kind: Step, what: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await withRetries(what, work, deps);
    } catch (error) {
      const cause = error instanceof StepFailedError ? error.cause : error;
      if (isPermissionError(cause)) throw new RunFailure(permissionMessage(scope, kind, cause, hint), true);
      if (kind === 'jit' && cause instanceof GitHubApiError && cause.status === 409) {
        throw new RunFailure(`a runner named ${options.jit!.name} already exists in ${scopeWords(scope)}: JIT runner names must be unique (add the run id, e.g. ci-\${{ github.run_id }})`);
      }
      if (cause instanceof GitHubValidationError) throw new RunFailure(`${what}: ${cause.message}`);
      throw new RunFailure(error instanceof Error ? error.message : String(error));
    }
  };

  const finish = async (status: RunnerTokenResult['status'], outcome: 'refreshed' | 'fresh' | 'failed' | undefined, expiresAt: string | null, error?: string): Promise<RunnerTokenResult> => {
    let metrics = previous.metrics;
    const errorText = error === undefined ? undefined : clean(error);
    if (outcome && !options.dryRun) {
      metrics = nextMetrics(previous.metrics, outcome, new Date(now()).toISOString());
      state.runner_tokens[key] = {
        target,
        expires_at: outcome === 'failed' ? previous.expires_at : expiresAt,
        metrics,
        last_error: errorText ?? (outcome === 'failed' ? previous.last_error : null),
      };
      if (options.state) {
        const saved = await options.state.save(state);
        if (!saved.saved) notes.push(`renewal state (${options.state.describe()}) not saved${saved.warning ? `: ${saved.warning}` : ''}`);
      }
    }
    if (outcome === 'failed' && errorText !== undefined && !options.dryRun) {
      const storedExpiry = previous.expires_at && Date.parse(previous.expires_at) <= now() ? previous.expires_at : undefined;
      findings.push(refreshFailedFinding(scope, target, key, errorText, metrics.consecutive_failures || 1, alertAfter, storedExpiry));
    }
    outputs.refreshed = String(status === 'refreshed');
    if (expiresAt && !options.jit) outputs['expires-at'] = expiresAt;
    return {
      status,
      target,
      findings,
      metrics,
      expiresAt,
      outputs,
      secretOutputs,
      actions: actions.map(clean),
      notes: notes.map(clean),
      wrote,
      ...(errorText !== undefined ? { error: errorText } : {}),
      ...(runnerCounts ? { runners: runnerCounts } : {}),
    };
  };

  try {
    // 1. The runners, for the offline report (and an early, clear permission check: listing needs the same permission).
    let runners: SelfHostedRunner[] | undefined;
    try {
      runners = await step('list', `GET /${scopePath(scope)}/actions/runners`, () => api.listRunners(scope));
    } catch (error) {
      if (error instanceof RunFailure && error.permission) throw error;
      notes.push(`runners not listed, so offline runners are not reported this run: ${(error as Error).message}`);
    }
    if (runners) {
      // A JIT runner made by an earlier run waits offline until its machine starts it; it is reported like any other.
      runnerCounts = { total: runners.length, offline: runners.filter((r) => r.status === 'offline').length };
      findings.push(...offlineRunnerFindings(scope, runners));
    }

    // 2. Is a refresh needed?
    const store = options.storeSecret ? secretTarget(scope, options.storeSecret) : undefined;
    let decision: RefreshDecision = refreshDecision({ nowMs: now(), thresholdMs, force: options.force === true, jit: options.jit !== undefined, wantsValue: options.storeOutput === true });
    let storedExpiresAt = previous.expires_at;
    if (decision.reason === 'unknown') {
      let stored: { expiresAtMs: number; source: 'state' | 'secret' } | undefined;
      if (previous.expires_at) stored = { expiresAtMs: Date.parse(previous.expires_at), source: 'state' };
      else if (store && options.storeSecret) {
        // No state: the secret's updated_at is when the token in it was written, so it expires about an hour later.
        const updatedAt = await step('read-secret', `GET the secret ${options.storeSecret.name}`, () => api.secretUpdatedAt(store, options.storeSecret!.name));
        if (updatedAt) {
          stored = { expiresAtMs: Date.parse(updatedAt) + RUNNER_TOKEN_LIFETIME_MS, source: 'secret' };
          storedExpiresAt = new Date(stored.expiresAtMs).toISOString();
        }
      }
      decision = refreshDecision({ nowMs: now(), thresholdMs, force: false, jit: false, wantsValue: false, ...(stored ? { stored } : {}) });
      if (!decision.refresh && stored) {
        const lastCheck = previous.metrics.last_check ? Date.parse(previous.metrics.last_check) : undefined;
        const warning = lapseWarning(now(), lastCheck, stored.expiresAtMs, thresholdMs);
        if (warning) notes.push(warning);
      }
    }

    if (!decision.refresh) {
      actions.push(`nothing to do: ${decision.detail}`);
      return await finish('fresh', 'fresh', storedExpiresAt);
    }

    const mintWhat = options.jit
      ? `POST /${scopePath(scope)}/actions/runners/generate-jitconfig (runner ${options.jit.name}, labels ${options.jit.labels.join(', ')}, group ${options.jit.runnerGroupId ?? 1})`
      : `POST /${scopePath(scope)}/actions/runners/registration-token`;
    const storeWhat = options.storeSecret
      ? `write it to the ${scope.kind === 'org' ? `organisation secret ${options.storeSecret.name} (visibility ${options.storeSecret.visibility ?? 'private'}${options.storeSecret.selectedRepositoryIds ? `, repositories ${options.storeSecret.selectedRepositoryIds.join(', ')}` : ''})` : `repository secret ${options.storeSecret.name}`}, sealed with the ${scope.kind === 'org' ? "organisation's" : "repository's"} public key`
      : undefined;

    if (options.dryRun) {
      actions.push(`would mint: ${mintWhat} — because ${decision.detail}`);
      if (storeWhat) actions.push(`would ${storeWhat}`);
      if (options.storeOutput) actions.push(`would set the masked step output ${options.jit ? 'jit-config' : 'runner-token'}`);
      actions.push('dry run: nothing was written (run with --apply to do it)');
      return await finish('would-refresh', undefined, storedExpiresAt);
    }

    // 3. Mint. The value is masked before anything else touches it.
    let value: string;
    let expiresAt: string | null;
    if (options.jit) {
      const jit = options.jit;
      const made = await step('jit', mintWhat, () => api.generateJitConfig(scope, { name: jit.name, labels: jit.labels, runnerGroupId: jit.runnerGroupId ?? 1, ...(jit.workFolder ? { workFolder: jit.workFolder } : {}) }));
      value = made.encodedJitConfig;
      values.push(value);
      options.mask(value);
      wrote = true;
      expiresAt = null;
      outputs['runner-id'] = String(made.runnerId);
      outputs['runner-name'] = made.runnerName;
      actions.push(`generated a JIT config for runner ${made.runnerName} (id ${made.runnerId}) — because ${decision.detail}`);
    } else {
      const minted = await step('mint', mintWhat, () => api.mintRegistrationToken(scope));
      value = minted.token;
      values.push(value);
      options.mask(value);
      wrote = true;
      expiresAt = minted.expiresAt;
      const left = Date.parse(minted.expiresAt) - now();
      actions.push(`minted a registration token expiring at ${minted.expiresAt} (in ${formatDuration(left)}) — because ${decision.detail}`);
    }

    if (options.storeOutput) {
      const name = options.jit ? 'jit-config' : 'runner-token';
      outputs[name] = value;
      secretOutputs.push(name);
      actions.push(`set the masked step output ${name}`);
    }

    // 4. Store.
    if (store && options.storeSecret) {
      const name = options.storeSecret.name;
      const how = await step('write-secret', `PUT the secret ${name}`, () => api.writeSecret(store, name, value));
      actions.push(`${how === 'created' ? 'created' : 'updated'} the ${scope.kind === 'org' ? 'organisation' : 'repository'} secret ${name}`);
    }
    return await finish('refreshed', 'refreshed', expiresAt);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof RunFailure) && !(error instanceof StepFailedError)) throw error;
    return await finish('failed', 'failed', previous.expires_at, message);
  }
}
