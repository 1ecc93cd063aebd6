/**
 * The GITHUB_TOKEN permissions a job actually runs with, the way GitHub computes them:
 *
 * - the job's own `permissions:` if set, else the workflow's, else the repository (or organisation) default — which a
 *   file scan cannot see, so it is modelled as GitHub's permissive default ("read and write"), the most it can be, and
 *   flagged `possiblyWriteAll`; when the scan was told the default (`SourceFile.defaultWorkflowPermissions`, read by
 *   an organisation scan from the API) it is that: `write` the permissive default, `read` the restricted one
 *   (`contents: read`, `packages: read`);
 * - once a block is set, every scope it does not name is `none` (`metadata: read` is always granted);
 * - `read-all` / `write-all` expand to every scope at the highest level each accepts up to read / write (`id-token`
 *   takes only `write` or `none`, so `read-all` leaves it at none); `{}` or an empty value grants nothing;
 * - GitHub does not allow expressions in `permissions:` (nor unknown levels): such a block or scope is unknown, taken
 *   at its upper bound and reported as such;
 * - a workflow whose only trigger is `workflow_call` has no grant of its own: the caller's token is passed in and its
 *   blocks can only narrow it (`narrowedByCaller`); the real grant is min(caller, block), judged at the call site
 *   (`withinCaller`).
 *
 * Pure and memoised per file, like the step list.
 */
import type { DefaultWorkflowPermissions, SourceFile } from './source.js';
import { jobsOf, triggerNames, type JobRef } from './model.js';
import { entrySpan, isMap, type Span, type YMap } from './yaml.js';
import { PERMISSION_SCOPE_NAMES, PERMISSION_SCOPES, type PermissionLevel } from './permissions.js';
import type { PathSegment } from './paths.js';

export type PermissionSource = 'job' | 'workflow' | 'default';

/** How the deciding block is written. */
export type PermissionShape = 'map' | 'read-all' | 'write-all' | 'none' | 'unknown' | 'default';

export interface EffectivePermissions {
  /** Where the grant comes from: the job's block, the workflow's, or neither (the repository default). */
  readonly source: PermissionSource;
  readonly shape: PermissionShape;
  /** Every scope GitHub knows → the level the job's token holds (`metadata` is always read and not listed). */
  readonly scopes: Readonly<Record<string, PermissionLevel>>;
  /**
   * The grant is not known from the file and may be write-all: no block applies (the repository default, which may
   * be permissive), or the deciding block is unreadable. `scopes` then holds the upper bound.
   */
  readonly possiblyWriteAll: boolean;
  /** The workflow runs only on `workflow_call`: the token is the caller's, narrowed by these blocks. */
  readonly narrowedByCaller: boolean;
  /** For `source: 'default'`: the repository's setting when the scan was told it; undefined when unknown. */
  readonly repositoryDefault?: DefaultWorkflowPermissions;
  /** Scopes of a map whose level is an expression or invalid: taken at the highest level the scope accepts. */
  readonly unknownScopes: readonly string[];
  /** The block that decided (`permissions:` key to the end of its value); undefined for the default. */
  readonly span: Span | undefined;
  /** Path of that block, e.g. ['jobs', 'build', 'permissions'] or ['permissions']; [] for the default. */
  readonly path: readonly PathSegment[];
  /** The level of one scope (`metadata` is always read; an unknown scope name is none). */
  level(scope: string): PermissionLevel;
  /** True when `scope` (or, without an argument, any scope) is write. */
  hasWrite(scope?: string): boolean;
  /** The scopes at write, sorted. */
  writeScopes(): string[];
}

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };

function highestUpTo(scope: string, ceiling: PermissionLevel): PermissionLevel {
  const levels = PERMISSION_SCOPES[scope]!.levels;
  let best: PermissionLevel = 'none';
  for (const l of levels) if (RANK[l] <= RANK[ceiling] && RANK[l] > RANK[best]) best = l;
  return best;
}

function allScopes(level: (scope: string) => PermissionLevel): Record<string, PermissionLevel> {
  const out: Record<string, PermissionLevel> = {};
  for (const scope of PERMISSION_SCOPE_NAMES) out[scope] = level(scope);
  return out;
}

/**
 * GitHub's permissive default ("read and write permissions"): every scope at its highest level, except `id-token`,
 * which no default grants.
 */
function permissiveDefault(): Record<string, PermissionLevel> {
  return allScopes((s) => (s === 'id-token' ? 'none' : highestUpTo(s, 'write')));
}

/**
 * GitHub's restricted default ("read repository contents and packages permissions"): `contents: read` and
 * `packages: read` (and `metadata: read`, always granted).
 */
function restrictedDefault(): Record<string, PermissionLevel> {
  return allScopes((s) => (s === 'contents' || s === 'packages' ? 'read' : 'none'));
}

interface Grant {
  shape: PermissionShape;
  scopes: Record<string, PermissionLevel>;
  unknownScopes: string[];
}

/** The grant a `permissions:` value stands for, following GitHub's expansion rules. */
export function grantOf(value: unknown): Grant {
  if (value === null || value === undefined || value === '') return { shape: 'none', scopes: allScopes(() => 'none'), unknownScopes: [] };
  if (typeof value === 'string') {
    if (value === 'write-all') return { shape: 'write-all', scopes: allScopes((s) => highestUpTo(s, 'write')), unknownScopes: [] };
    if (value === 'read-all') return { shape: 'read-all', scopes: allScopes((s) => highestUpTo(s, 'read')), unknownScopes: [] };
    // An expression or an invalid word: GitHub rejects the file; the most it could mean is write-all.
    return { shape: 'unknown', scopes: permissiveDefault(), unknownScopes: [...PERMISSION_SCOPE_NAMES] };
  }
  if (!isMap(value)) return { shape: 'unknown', scopes: permissiveDefault(), unknownScopes: [...PERMISSION_SCOPE_NAMES] };
  if (Object.keys(value).length === 0) return { shape: 'none', scopes: allScopes(() => 'none'), unknownScopes: [] };
  const scopes = allScopes(() => 'none');
  const unknownScopes: string[] = [];
  for (const scope of Object.keys(value)) {
    const info = PERMISSION_SCOPES[scope];
    if (!info) continue; // an unknown scope grants nothing (the permissions rule reports it)
    const level = value[scope];
    if (typeof level === 'string' && (info.levels as readonly string[]).includes(level)) scopes[scope] = level as PermissionLevel;
    else {
      scopes[scope] = highestUpTo(scope, 'write');
      unknownScopes.push(scope);
    }
  }
  return { shape: 'map', scopes, unknownScopes };
}

function make(
  fields: Omit<EffectivePermissions, 'level' | 'hasWrite' | 'writeScopes'>,
): EffectivePermissions {
  const { scopes } = fields;
  return {
    ...fields,
    level: (scope) => (scope === 'metadata' ? 'read' : (scopes[scope] ?? 'none')),
    hasWrite: (scope) => (scope === undefined ? Object.values(scopes).includes('write') : scopes[scope] === 'write'),
    writeScopes: () => Object.keys(scopes).filter((s) => scopes[s] === 'write').sort(),
  };
}

/** True when the workflow's only trigger is `workflow_call`: a reusable workflow, whose token comes from its caller. */
export function isWorkflowCallOnly(root: YMap): boolean {
  const events = triggerNames(root);
  return events.size === 1 && events.has('workflow_call');
}

const has = (map: YMap, key: string): boolean => Object.prototype.hasOwnProperty.call(map, key);

function compute(file: SourceFile, job: JobRef): EffectivePermissions {
  const { root } = file;
  const narrowedByCaller = isWorkflowCallOnly(root);
  const holder: { map: YMap; source: PermissionSource; path: PathSegment[] } | undefined = has(job.job, 'permissions')
    ? { map: job.job, source: 'job', path: [...job.path, 'permissions'] }
    : has(root, 'permissions')
      ? { map: root, source: 'workflow', path: ['permissions'] }
      : undefined;
  if (!holder) {
    const known = file.defaultWorkflowPermissions;
    return make({
      source: 'default',
      shape: 'default',
      scopes: known === 'read' && !narrowedByCaller ? restrictedDefault() : permissiveDefault(),
      // In a workflow_call-only workflow the caller's token is handed in: the setting of this repository decides nothing.
      possiblyWriteAll: known === undefined || narrowedByCaller,
      narrowedByCaller,
      unknownScopes: [],
      span: undefined,
      path: [],
      ...(known && !narrowedByCaller ? { repositoryDefault: known } : {}),
    });
  }
  const grant = grantOf(holder.map.permissions);
  return make({
    source: holder.source,
    shape: grant.shape,
    scopes: grant.scopes,
    possiblyWriteAll: grant.shape === 'unknown',
    narrowedByCaller,
    unknownScopes: grant.unknownScopes,
    span: entrySpan(holder.map, 'permissions'),
    path: holder.path,
  });
}

const MEMO = Symbol('effectivePermissions');

/** The token permissions `job` of a workflow runs with (see the module comment). Memoised per file and job. */
export function effectivePermissions(file: SourceFile, job: JobRef): EffectivePermissions {
  let byJob = file.memo.get(MEMO) as Map<string, EffectivePermissions> | undefined;
  if (!byJob) {
    byJob = new Map();
    file.memo.set(MEMO, byJob);
  }
  let result = byJob.get(job.id);
  if (!result) {
    result = compute(file, job);
    byJob.set(job.id, result);
  }
  return result;
}

/** Effective permissions of every job of a workflow, by job id. */
export function effectivePermissionsByJob(file: SourceFile): Map<string, EffectivePermissions> {
  return new Map(jobsOf(file.root).map((job) => [job.id, effectivePermissions(file, job)]));
}

/**
 * The grant a job of a reusable workflow really runs with, given what the calling job passes in: each scope at the
 * lower of the two levels. The callee's `possiblyWriteAll` is resolved by the caller's.
 */
export function withinCaller(caller: EffectivePermissions, callee: EffectivePermissions): EffectivePermissions {
  const scopes: Record<string, PermissionLevel> = {};
  for (const scope of PERMISSION_SCOPE_NAMES) {
    const a = caller.scopes[scope] ?? 'none';
    const b = callee.scopes[scope] ?? 'none';
    scopes[scope] = RANK[a] <= RANK[b] ? a : b;
  }
  const calleeDecides = callee.source !== 'default';
  return make({
    source: calleeDecides ? callee.source : caller.source,
    shape: calleeDecides ? callee.shape : caller.shape,
    scopes,
    possiblyWriteAll: caller.possiblyWriteAll && callee.possiblyWriteAll,
    narrowedByCaller: false,
    unknownScopes: [...new Set([...caller.unknownScopes, ...callee.unknownScopes])].filter((s) => scopes[s] !== 'none'),
    span: calleeDecides ? callee.span : caller.span,
    path: calleeDecides ? callee.path : caller.path,
    ...(!calleeDecides && caller.repositoryDefault ? { repositoryDefault: caller.repositoryDefault } : {}),
  });
}

/** `uses: ./.github/workflows/x.yml` at job level → `.github/workflows/x.yml`; undefined for other references. */
export function localReusableWorkflow(job: YMap): string | undefined {
  const uses = job.uses;
  if (typeof uses !== 'string') return undefined;
  const m = /^\.\/(\.github\/workflows\/[^@\s]+\.ya?ml)$/.exec(uses.trim());
  return m ? m[1] : undefined;
}

/** Write scopes that act through the token itself (everything but `id-token`, which only mints OIDC tokens). */
export function tokenWriteScopes(p: EffectivePermissions): string[] {
  return p.writeScopes().filter((s) => s !== 'id-token');
}

/** A short phrase for messages: where the grant comes from and what it holds. */
export function describeGrant(p: EffectivePermissions): string {
  const where = p.source === 'job' ? 'its `permissions:`' : p.source === 'workflow' ? "the workflow's `permissions:`" : undefined;
  if (!where) {
    if (p.narrowedByCaller) return "the caller's token (no `permissions:` here narrows it)";
    if (p.repositoryDefault === 'read') return "the repository's default token permissions, which it sets to read (`contents: read`, `packages: read`)";
    if (p.repositoryDefault === 'write') return "the repository's default token permissions, which it sets to read and write (every scope)";
    return "the repository's default token permissions (not in the file: possibly write-all)";
  }
  if (p.shape === 'unknown') return `${where}, which GitHub cannot read (taken as possibly write-all)`;
  if (p.shape === 'write-all' || p.shape === 'read-all') return `\`${p.shape}\` from ${where}`;
  const writes = p.writeScopes();
  const caller = p.narrowedByCaller ? ' (at most: the caller grants the rest)' : '';
  if (writes.length > 0) return `${writes.map((s) => `\`${s}: write\``).join(', ')} from ${where}${caller}`;
  return `no write scope, from ${where}`;
}
