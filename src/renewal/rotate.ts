/**
 * Rotation of generated secrets: for every registry entry with a `rotation` rule, a fresh random value (generate.ts)
 * is written as the repository's Actions secret once the secret is `max-age-days` old, or when forced. Secrets that
 * are not due are not touched. The history (name, when, which run, never a value) goes to the state.
 *
 * Values: each generated value goes to `mask` before anything else, is sealed for GitHub, and leaves otherwise only
 * as an output the caller asked for (`outputValues`). Every message passes through `redact` with it first.
 */
import { UsageError } from '../errors.js';
import { redact } from '../expiry/sources/github-common.js';
import { GitHubAuthError, GitHubForbiddenError, GitHubNotFoundError, type GitHubApiError } from '../github/errors.js';
import type { GitHubClient } from '../github/client.js';
import type { SecretTarget } from '../github/secrets.js';
import type { Finding } from '../model/finding.js';
import { loadRegistry } from '../registry/load-file.js';
import type { Registry } from '../registry/types.js';
import { LineIndex } from '../workflows/lines.js';
import { renewalFinding } from './findings.js';
import { generateSecret, type RandomBytes } from './generate.js';
import { githubRenewalApi, type RenewalApi } from './github-api.js';
import { DEFAULT_RETRY_POLICY, realSleep, StepFailedError, withRetries, type RetryDeps, type RetryPolicy } from './retry.js';
import { describeGenerated, rotationPlan, type RotationPlanEntry } from './rotation-policy.js';
import { permissionWords, secretPermission } from './runner-policy.js';
import { SECRET_ROTATION_FAILED } from './rules.js';
import { emptyRenewalState, MAX_ROTATION_HISTORY, type RenewalState, type RenewalStateStore, type RotationEvent } from './state.js';

export interface RotateOptions {
  /** The repository checkout holding the registry (`.github/token-scope-map.yml`), and where relative paths start. */
  root: string;
  cwd: string;
  registryPath?: string;
  /** `owner/name` whose Actions secrets are rotated. */
  repository: string;
  /** The project's client, built with `createRenewalClient` (no retries of its own). Or `api`, for tests. */
  client?: GitHubClient;
  api?: RenewalApi;
  dryRun: boolean;
  force?: { all?: boolean; names?: string[] };
  /** Hand each new value back in `outputs` (masked first), for a later step that must pass it on. */
  outputValues?: boolean;
  state?: RenewalStateStore;
  /** Which run this is, for the history (`describeRun(env)`). */
  run?: string;
  retry?: Partial<RetryPolicy>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  randomBytes?: RandomBytes;
  /** Registers a value with the log masker (the action: core.setSecret). Called before the value goes anywhere. */
  mask: (value: string) => void;
  log?: (message: string) => void;
  /** How to supply a better credential, in the caller's terms. */
  credentialHint?: string;
}

export interface RotateResult {
  status: 'rotated' | 'nothing-due' | 'would-rotate' | 'failed' | 'partial';
  registryFile: string | null;
  repository: string;
  plan: RotationPlanEntry[];
  findings: Finding[];
  /** With `outputValues`: the new value of each rotated secret, by secret name (all in `secretOutputs`). */
  outputs: Record<string, string>;
  secretOutputs: string[];
  actions: string[];
  notes: string[];
  wrote: boolean;
  /** This run's entries of the rotation history. */
  history: RotationEvent[];
  error?: string;
}

export const CLI_ROTATE_HINT = 'supply a GitHub App (--app-id, its private key in GITHUB_APP_PRIVATE_KEY, --installation-id) or a PAT in GITHUB_TOKEN/GH_TOKEN that has it';

function rotatePermissionMessage(repository: string, error: GitHubApiError, hint: string): string {
  const [owner = '', repo = ''] = repository.split('/');
  const needs = permissionWords(secretPermission({ kind: 'repo', owner, repo }));
  const said = `GitHub answered ${error.operation} with ${error.status}${error.githubMessage ? ` (${error.githubMessage.split('\n')[0]})` : ''}`;
  if (error instanceof GitHubAuthError) return `${said}: the token is wrong, expired or revoked. Rotating the Actions secrets of ${repository} needs ${needs}; ${hint}.`;
  const notFound = error instanceof GitHubNotFoundError ? ' A 404 from these endpoints usually means the token lacks the permission, less often a misspelt repository.' : '';
  return `${said}.${notFound} Rotating the Actions secrets of ${repository} needs ${needs}. The default GITHUB_TOKEN never has it, whatever the workflow's permissions block says: ${hint}.`;
}

const isPermissionError = (e: unknown): e is GitHubApiError => e instanceof GitHubForbiddenError || e instanceof GitHubNotFoundError || e instanceof GitHubAuthError;

export async function runRotate(options: RotateOptions): Promise<RotateResult> {
  const [owner, repo] = options.repository.split('/');
  if (!owner || !repo) throw new UsageError(`the repository must be OWNER/NAME (got "${options.repository}")`);
  const api = options.api ?? (options.client ? githubRenewalApi(options.client) : undefined);
  if (!api) throw new Error('runRotate needs a client (createRenewalClient) or an api');
  const now = options.now ?? Date.now;
  const deps: RetryDeps = { policy: { ...DEFAULT_RETRY_POLICY, ...options.retry }, sleep: options.sleep ?? realSleep, random: options.random ?? Math.random, now, ...(options.log ? { onRetry: options.log } : {}) };
  const hint = options.credentialHint ?? CLI_ROTATE_HINT;
  const target: SecretTarget = { scope: 'repository', owner, repo };
  const scopeWords = `repository ${owner}/${repo}`;
  const values: string[] = [];
  const clean = (text: string) => redact(text, values);
  const result: RotateResult = { status: 'nothing-due', registryFile: null, repository: `${owner}/${repo}`, plan: [], findings: [], outputs: {}, secretOutputs: [], actions: [], notes: [], wrote: false, history: [] };
  const done = (): RotateResult => ({ ...result, actions: result.actions.map(clean), notes: result.notes.map(clean), ...(result.error ? { error: clean(result.error) } : {}) });

  const loaded = await loadRegistry(options.root, options.registryPath, options.cwd);
  if (!loaded) throw new UsageError(`no token registry found under ${options.root}: rotation rules live there (rotation: { generate: …, max-age-days: … })`);
  const registry: Registry = loaded.registry;
  result.registryFile = loaded.file.path;
  const rules = registry.tokens.filter((t) => t.rotation);
  const forcedNames = options.force?.names ?? [];
  for (const name of forcedNames) {
    if (!rules.some((t) => t.key === name.toUpperCase())) {
      throw new UsageError(`--force ${name}: no token of that name has a rotation rule in ${loaded.file.path}${rules.length ? ` (rules: ${rules.map((t) => t.name).join(', ')})` : ''}`);
    }
  }
  if (rules.length === 0) {
    result.notes.push(`no token in ${loaded.file.path} has a rotation rule: nothing to rotate`);
    return done();
  }
  const lines = new LineIndex(loaded.file.text);
  const failedFinding = (entry: RotationPlanEntry, error: string): Finding => {
    const token = rules.find((t) => t.name === entry.name)!;
    const pos = lines.position(token.span[0]);
    return renewalFinding(SECRET_ROTATION_FAILED, {
      file: loaded.file.path,
      path: ['tokens', token.key, 'rotation'],
      line: pos.line,
      column: pos.column,
      message: `Secret ${entry.name} of ${scopeWords} was due for rotation (${entry.detail}) and was not rotated: ${error}`,
    });
  };

  // Every repository secret's updated_at, in one paginated listing.
  let updatedAt: Map<string, string>;
  try {
    updatedAt = await withRetries(`GET /repos/${owner}/${repo}/actions/secrets`, () => api.listRepoSecrets(owner, repo), deps);
  } catch (error) {
    const cause = error instanceof StepFailedError ? error.cause : error;
    if (!(error instanceof StepFailedError)) throw error;
    result.status = 'failed';
    result.error = isPermissionError(cause) ? rotatePermissionMessage(`${owner}/${repo}`, cause, hint) : error.message;
    return done();
  }

  const plan = rotationPlan(rules, updatedAt, now(), { ...(options.force?.all ? { all: true } : {}), names: forcedNames });
  result.plan = plan;
  const due = plan.filter((e) => e.due);
  for (const entry of plan) if (!entry.due) result.actions.push(`${entry.name}: not due — ${entry.detail}`);
  if (due.length === 0) return done();

  if (options.dryRun) {
    for (const entry of due) result.actions.push(`${entry.name}: would write a new ${describeGenerated(entry.rule)} to the ${scopeWords} secret, sealed with its public key — because ${entry.detail}`);
    result.actions.push('dry run: nothing was written (run with --apply to do it)');
    result.status = 'would-rotate';
    return done();
  }

  let state: RenewalState = emptyRenewalState();
  if (options.state) {
    const loadedState = await options.state.load();
    if (loadedState.warning) result.notes.push(`renewal state (${options.state.describe()}) not read: ${loadedState.warning}`);
    if (loadedState.state) state = loadedState.state;
  }
  const run = options.run ?? 'local';
  let fatal: string | undefined;
  let rotated = 0;
  for (const entry of due) {
    const at = new Date(now()).toISOString();
    if (fatal) {
      result.findings.push(failedFinding(entry, 'not tried after the failure above'));
      result.history.push({ name: entry.name, at, run, scope: scopeWords, outcome: 'failed', reason: 'not tried after an earlier permission failure' });
      continue;
    }
    const value = generateSecret(entry.rule.generate, options.randomBytes);
    values.push(value);
    options.mask(value);
    try {
      const how = await withRetries(`PUT the secret ${entry.name}`, () => api.writeSecret(target, entry.name, value), deps);
      result.wrote = true;
      rotated += 1;
      result.actions.push(`${entry.name}: ${how === 'created' ? 'created' : 'rotated'} — a new ${describeGenerated(entry.rule)}, because ${entry.detail}`);
      result.history.push({ name: entry.name, at, run, scope: scopeWords, outcome: how === 'created' ? 'created' : 'rotated', reason: entry.detail });
      if (options.outputValues) {
        result.outputs[entry.name] = value;
        result.secretOutputs.push(entry.name);
      }
    } catch (error) {
      if (!(error instanceof StepFailedError)) throw error;
      const cause = error.cause;
      const message = clean(isPermissionError(cause) ? rotatePermissionMessage(`${owner}/${repo}`, cause, hint) : error.message);
      if (isPermissionError(cause)) fatal = message;
      result.findings.push(failedFinding(entry, message));
      result.history.push({ name: entry.name, at, run, scope: scopeWords, outcome: 'failed', reason: clean(error.message) });
      result.error ??= message;
    }
  }
  result.status = rotated === due.length ? 'rotated' : rotated === 0 ? 'failed' : 'partial';
  if (options.state) {
    state.rotations = [...state.rotations, ...result.history].slice(-MAX_ROTATION_HISTORY);
    const saved = await options.state.save(state);
    if (!saved.saved) result.notes.push(`renewal state (${options.state.describe()}) not saved${saved.warning ? `: ${saved.warning}` : ''}`);
  }
  return done();
}
