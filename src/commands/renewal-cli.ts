/**
 * What the renewal commands (`runner-token`, `rotate`) share on the command line: the credential (a token from the
 * environment, or a GitHub App), dry run unless `--apply`, masked step outputs through $GITHUB_OUTPUT, and how
 * findings are printed. No value is ever printed: the only place one goes is the $GITHUB_OUTPUT file, after the
 * `::add-mask::` command that tells the runner to hide it.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import type { CliIO } from '../cli.js';
import { UsageError } from '../errors.js';
import type { GitHubAuthOptions, GitHubClient } from '../github/client.js';
import type { Finding } from '../model/finding.js';
import { atOrAbove, FAIL_ON_VALUES, type FailOn } from '../model/severity.js';
import { VERSION } from '../version.js';

/** Flags every renewal command takes (node:util parseArgs options). */
export const COMMON_OPTIONS = {
  'dry-run': { type: 'boolean' },
  apply: { type: 'boolean' },
  'api-url': { type: 'string' },
  state: { type: 'string' },
  format: { type: 'string', short: 'f' },
  'app-id': { type: 'string' },
  'installation-id': { type: 'string' },
  attempts: { type: 'string' },
  'fail-on': { type: 'string' },
  'store-output': { type: 'boolean' },
} as const;

export interface CommonValues {
  'dry-run'?: boolean;
  apply?: boolean;
  'api-url'?: string;
  state?: string;
  format?: string;
  'app-id'?: string;
  'installation-id'?: string;
  attempts?: string;
  'fail-on'?: string;
  'store-output'?: boolean;
}

/** Writing commands default to a dry run: only `--apply` writes. */
export function isDryRun(values: CommonValues): boolean {
  if (values['dry-run'] && values.apply) throw new UsageError('--dry-run and --apply contradict each other (a dry run is the default)');
  return values.apply !== true;
}

export function positiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`${flag} must be a whole number of at least 1 (got "${value}")`);
  return n;
}

export function formatOf(values: CommonValues): 'text' | 'json' {
  const f = values.format ?? 'text';
  if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json (got "${f}")`);
  return f;
}

export function failOnOf(values: CommonValues): FailOn {
  const f = values['fail-on'] ?? 'high';
  if (!(FAIL_ON_VALUES as readonly string[]).includes(f)) throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')} (got "${f}")`);
  return f as FailOn;
}

/**
 * The credential: a GitHub App when `--app-id` is given (key from GITHUB_APP_PRIVATE_KEY), else GITHUB_TOKEN or
 * GH_TOKEN. `owner`/`repository` let the App find its installation when `--installation-id` is not given.
 */
export function authFromCli(values: CommonValues, env: CliIO['env'], where: { owner?: string; repository?: string }, needs: string): GitHubAuthOptions {
  if (values['app-id'] !== undefined) {
    const privateKey = env.GITHUB_APP_PRIVATE_KEY;
    if (!privateKey?.trim()) throw new UsageError('--app-id needs the App private key (PEM) in the environment variable GITHUB_APP_PRIVATE_KEY');
    const installationId = values['installation-id'] === undefined ? undefined : positiveInt(values['installation-id'], '--installation-id', 0);
    return {
      type: 'app',
      appId: values['app-id'],
      privateKey,
      ...(installationId !== undefined ? { installationId } : {}),
      ...(where.repository ? { repository: where.repository } : where.owner ? { owner: where.owner } : {}),
    };
  }
  if (values['installation-id'] !== undefined) throw new UsageError('--installation-id belongs to a GitHub App: give --app-id too');
  const token = env.GITHUB_TOKEN?.trim() || env.GH_TOKEN?.trim();
  if (!token) throw new UsageError(`no credential: set GITHUB_TOKEN (or GH_TOKEN) to a token with ${needs}, or use a GitHub App (--app-id, its private key in GITHUB_APP_PRIVATE_KEY, --installation-id)`);
  return { type: 'token', token };
}

/** The renewal client for the CLI: no log masker (nothing is printed), client warnings to stderr. */
export async function cliClient(io: CliIO, auth: GitHubAuthOptions, apiUrl: string | undefined): Promise<GitHubClient> {
  const { resolveApiUrl } = await import('../github/api-url.js');
  const { createRenewalClient } = await import('../renewal/github-api.js');
  const { GitHubApiError } = await import('../github/errors.js');
  return createRenewalClient({
    auth,
    baseUrl: resolveApiUrl(apiUrl, io.env),
    mask: () => undefined,
    env: io.env,
    log: { debug: () => undefined, info: () => undefined, warn: (m) => io.stderr(`warning: ${m}\n`), error: (m) => io.stderr(`error: ${m}\n`) },
  }).catch((error: unknown) => {
    // A GitHub App is authenticated at once (its installation token is minted here): a wrong key, App or installation.
    if (error instanceof GitHubApiError) throw new UsageError(`cannot authenticate as the GitHub App: ${error.message}`);
    throw error;
  });
}

/** Refuses `--store-output` outside a GitHub Actions step before anything is minted: the value is never printed. */
export function requireGithubOutput(io: CliIO): string {
  const file = io.env.GITHUB_OUTPUT;
  if (!file) throw new UsageError('--store-output writes a masked step output to $GITHUB_OUTPUT, which is not set (not a GitHub Actions step); the value is never printed: use --store-secret instead');
  return file;
}

/**
 * Appends outputs to $GITHUB_OUTPUT in the multi-line form (`name<<DELIMITER`). Each value listed in `secret` is first
 * registered with the runner's masker (`::add-mask::` on standard output, which the runner consumes and never logs).
 */
export function writeGithubOutputs(io: CliIO, file: string, outputs: Record<string, string>, secret: readonly string[]): void {
  for (const name of secret) if (outputs[name]) io.stdout(`::add-mask::${outputs[name]}\n`);
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  try {
    appendFileSync(file, text, { encoding: 'utf8' });
  } catch (error) {
    throw new UsageError(`cannot write $GITHUB_OUTPUT (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

export function findingLines(findings: readonly Finding[]): string[] {
  return findings.map((f) => `  ${f.severity.padEnd(8)}  ${f.ruleId}  ${f.location.file}${f.location.startLine > 1 ? `:${f.location.startLine}` : ''}  ${f.message}`);
}

/** The frozen JSON shape of a finding in the renewal commands' reports. */
export async function jsonFindings(findings: readonly Finding[]): Promise<object[]> {
  const { ruleMeta } = await import('../rules/index.js');
  return findings.map((f) => ({
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    file: f.location.file,
    startLine: f.location.startLine,
    fingerprint: f.fingerprint,
    remediation: ruleMeta(f.ruleId)?.remediation ?? '',
  }));
}

export const JSON_TOOL = { name: 'token-warden', version: VERSION } as const;

export function failing(findings: readonly Finding[], failOn: FailOn): boolean {
  return failOn !== 'none' && findings.some((f) => atOrAbove(f.severity, failOn));
}
