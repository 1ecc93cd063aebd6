/**
 * What a workflow or action does with secrets and the default token, extracted once per parsed file: the raw
 * data the registry rules judge and the permissions matrix reports ("where actually used"). Pure.
 */
import type { ScanInput } from '../engine.js';
import { isReusableCall, jobsOf, stepAnchor } from '../workflows/model.js';
import type { PathSegment } from '../workflows/paths.js';
import { isParseFailure, loadSource, type FileKind, type SourceFile } from '../workflows/source.js';
import { entrySpan, isMap, valueSpan, type Span, type YMap } from '../workflows/yaml.js';
import { appTokenMints, type RequestedPermission } from '../workflows/app-tokens.js';
import { publishCredentials, type OidcRegistry } from '../workflows/publishing.js';

/** The deployment environment of the job holding a reference. */
export type JobEnvironment =
  | { kind: 'none' }
  | { kind: 'static'; name: string }
  /** Chosen by an expression at run time: not judged. */
  | { kind: 'dynamic' };

/** Where a reference sits: a job, the workflow level (`env:` …), or an action. */
export interface UsageSite {
  span: Span;
  /** Stable identity inside the file (no line numbers). */
  path: PathSegment[];
  /** Job id, when inside a job. */
  job?: string;
  /** The job's environment; undefined outside jobs (workflow level, actions). */
  environment?: JobEnvironment;
}

export interface SecretReference extends UsageSite {
  /** As written (`secrets.npm_token` → `npm_token`). */
  name: string;
  /** Upper-cased: GitHub secret names are case-insensitive. */
  key: string;
}

/** Every secret reaches a step or a called workflow at once. */
export interface BulkExposure extends UsageSite {
  how: 'secrets-inherit' | 'whole-secrets' | 'dynamic-index';
  /** For `secrets: inherit`: the called workflow. */
  target?: string;
}

/** A `permissions:` block that grants the GITHUB_TOKEN write access. */
export interface WriteGrant {
  /** `write-all`, or the scopes set to `write` (`id-token` excepted: it mints OIDC tokens and writes nothing). */
  scopes: string[];
  level: 'workflow' | 'job';
  job?: string;
  /** The first write scope (or the `write-all` value). */
  span: Span;
  path: PathSegment[];
}

export interface FileUsage {
  /** References to secrets by name, GITHUB_TOKEN excluded, in file order. */
  secrets: SecretReference[];
  /** Explicit `secrets.GITHUB_TOKEN` / `github.token`. */
  githubToken: UsageSite[];
  bulk: BulkExposure[];
  writeGrants: WriteGrant[];
  /** Upper-cased names under `on.workflow_call.secrets`: parameters of a reusable workflow, checked at the call site. */
  declaredSecrets: string[];
  /** Steps minting a GitHub App token, with the secrets holding the App's key (upper-cased) and what they ask for. */
  appTokenMints: AppTokenUse[];
  /** Secrets (upper-cased) publishing to a registry that accepts OIDC-minted tokens instead (trusted publishing). */
  oidcReplaceable: Array<{ key: string; registry: OidcRegistry }>;
}

/** A step minting a GitHub App token (src/workflows/app-tokens.ts), as the registry sees it. */
export interface AppTokenUse {
  /** Upper-cased names of the secrets in the key input. */
  keys: string[];
  /** The permissions asked for; undefined: none (every permission of the App); `dynamic`: an expression. */
  permissions: RequestedPermission[] | 'dynamic' | undefined;
  /** The step's `uses:`. */
  span: Span;
  path: PathSegment[];
}

const USAGE = Symbol('registryUsage');

function environmentOf(job: YMap): JobEnvironment {
  const env = job.environment;
  const name = typeof env === 'string' ? env : isMap(env) ? env.name : undefined;
  if (name === undefined || name === null) return { kind: 'none' };
  if (typeof name !== 'string') return { kind: 'dynamic' };
  if (name.includes('${{')) return { kind: 'dynamic' };
  return { kind: 'static', name: name.trim() };
}

function declaredSecretsOf(root: YMap): string[] {
  const on = root.on;
  if (!isMap(on)) return [];
  const call = on.workflow_call;
  if (!isMap(call) || !isMap(call.secrets)) return [];
  return Object.keys(call.secrets).map((n) => n.toUpperCase());
}

/** `id-token: write` lets a job request an OIDC token — the way to avoid long-lived secrets — and writes nothing. */
const NOT_A_WRITE = new Set(['id-token']);

function writeGrantOf(holder: YMap, basePath: PathSegment[], level: 'workflow' | 'job', job?: string): WriteGrant | undefined {
  if (!('permissions' in holder)) return undefined;
  const permissions = holder.permissions;
  const path = [...basePath, 'permissions'];
  const at = job === undefined ? {} : { job };
  if (typeof permissions === 'string' && permissions.trim() === 'write-all') {
    return { scopes: ['write-all'], level, ...at, span: valueSpan(holder, 'permissions')!, path };
  }
  if (!isMap(permissions)) return undefined;
  const scopes = Object.keys(permissions).filter((s) => permissions[s] === 'write' && !NOT_A_WRITE.has(s));
  if (scopes.length === 0) return undefined;
  return { scopes, level, ...at, span: entrySpan(permissions, scopes[0]!)!, path };
}

/** Extracts a file's secret and token usage (memoised per parsed file: every registry rule asks). */
export function collectUsage(file: SourceFile): FileUsage {
  const hit = file.memo.get(USAGE) as FileUsage | undefined;
  if (hit) return hit;
  const root = file.root;
  const jobs = file.kind === 'workflow' ? jobsOf(root) : [];
  const environments = new Map(jobs.map((j) => [j.id, environmentOf(j.job)]));
  const site = (span: Span, path: PathSegment[]): UsageSite => {
    if (file.kind !== 'workflow' || path[0] !== 'jobs' || typeof path[1] !== 'string') return { span, path };
    const job = path[1];
    return { span, path, job, environment: environments.get(job) ?? { kind: 'none' } };
  };

  const usage: FileUsage = {
    secrets: [],
    githubToken: [],
    bulk: [],
    writeGrants: [],
    declaredSecrets: file.kind === 'workflow' ? declaredSecretsOf(root) : [],
    appTokenMints: appTokenMints(file)
      .filter((m) => m.keySecrets.length > 0)
      .map((m) => ({ keys: m.keySecrets.map((k) => k.toUpperCase()), permissions: m.permissions, span: stepAnchor(m.step), path: m.step.path })),
    oidcReplaceable: publishCredentials(file).flatMap((c) => c.secrets.map((name) => ({ key: name.toUpperCase(), registry: c.registry }))),
  };
  for (const ref of file.expressions.all()) {
    const a = ref.analysis;
    for (const name of a.secretNames) {
      if (name.toUpperCase() === 'GITHUB_TOKEN') continue;
      usage.secrets.push({ ...site(ref.span, ref.path), name, key: name.toUpperCase() });
    }
    if (a.githubToken) usage.githubToken.push(site(ref.span, ref.path));
    if (a.wholeSecrets) usage.bulk.push({ ...site(ref.span, ref.path), how: 'whole-secrets' });
    else if (a.dynamicSecretIndex) usage.bulk.push({ ...site(ref.span, ref.path), how: 'dynamic-index' });
  }
  for (const job of jobs) {
    if (isReusableCall(job.job) && typeof job.job.secrets === 'string' && job.job.secrets.trim() === 'inherit') {
      usage.bulk.push({ ...site(entrySpan(job.job, 'secrets')!, [...job.path, 'secrets']), how: 'secrets-inherit', target: String(job.job.uses) });
    }
  }
  if (file.kind === 'workflow') {
    const top = writeGrantOf(root, [], 'workflow');
    if (top) usage.writeGrants.push(top);
    for (const job of jobs) {
      const grant = writeGrantOf(job.job, job.path, 'job', job.id);
      if (grant) usage.writeGrants.push(grant);
    }
  }
  const byOffset = (a: { span: Span }, b: { span: Span }) => a.span[0] - b.span[0];
  usage.secrets.sort(byOffset);
  usage.githubToken.sort(byOffset);
  usage.bulk.sort(byOffset);
  file.memo.set(USAGE, usage);
  return usage;
}

/** One collected file, as a ProjectRule's `finish` sees it. */
export interface CollectedUsage {
  path: string;
  kind: FileKind;
  data: FileUsage;
}

/** Where each secret (by upper-cased name) and the default token are actually used, across the scanned files. */
export interface UsageSummary {
  /** Files that could be read (the matrix says "not used" only when this is above zero). */
  files: number;
  /** Upper-cased secret name → the name as first written and the files referencing it by name (sorted). */
  secrets: Record<string, { name: string; files: string[] }>;
  /** Files with an explicit `secrets.GITHUB_TOKEN` / `github.token`. */
  githubTokenFiles: string[];
  /** Files granting the GITHUB_TOKEN write access in a `permissions:` block. */
  writeGrantFiles: string[];
  /** Files that hand every secret on (`secrets: inherit`, `toJSON(secrets)`, `secrets[expr]`). */
  bulkExposureFiles: string[];
  /**
   * Upper-cased secret name → the registries it publishes to that accept OIDC-minted tokens instead (trusted
   * publishing), and the files where it does (both sorted).
   */
  oidcReplaceable: Record<string, { registries: OidcRegistry[]; files: string[] }>;
}

export function summariseUsage(collected: readonly CollectedUsage[]): UsageSummary {
  const secrets: UsageSummary['secrets'] = {};
  const github = new Set<string>();
  const writes = new Set<string>();
  const bulk = new Set<string>();
  for (const { path, data } of collected) {
    for (const ref of data.secrets) {
      const entry = (secrets[ref.key] ??= { name: ref.name, files: [] });
      if (!entry.files.includes(path)) entry.files.push(path);
    }
    if (data.githubToken.length) github.add(path);
    if (data.writeGrants.length) writes.add(path);
    if (data.bulk.length) bulk.add(path);
  }
  for (const entry of Object.values(secrets)) entry.files.sort();
  const oidcReplaceable: UsageSummary['oidcReplaceable'] = {};
  for (const { path, data } of collected) {
    for (const { key, registry } of data.oidcReplaceable) {
      const entry = (oidcReplaceable[key] ??= { registries: [], files: [] });
      if (!entry.registries.includes(registry)) entry.registries.push(registry);
      if (!entry.files.includes(path)) entry.files.push(path);
    }
  }
  for (const entry of Object.values(oidcReplaceable)) {
    entry.registries.sort();
    entry.files.sort();
  }
  return {
    files: collected.length,
    secrets,
    githubTokenFiles: [...github].sort(),
    writeGrantFiles: [...writes].sort(),
    bulkExposureFiles: [...bulk].sort(),
    oidcReplaceable,
  };
}

/** Usage straight from file contents (for `registry matrix` without a scan); unparsable files are skipped. */
export function usageOfInputs(inputs: Iterable<ScanInput>): UsageSummary {
  const collected: CollectedUsage[] = [];
  for (const input of inputs) {
    const loaded = loadSource(input.path, input.text);
    if (isParseFailure(loaded)) continue;
    collected.push({ path: loaded.path, kind: loaded.kind, data: collectUsage(loaded) });
  }
  return summariseUsage(collected);
}
