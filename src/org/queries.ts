/**
 * The GraphQL the organisation scan sends, and the pure decoding of its answers. Every query here is validated in
 * the tests against GitHub's published schema (@octokit/graphql-schema), and the GitHub double validates each one it
 * receives the same way.
 *
 * - LIST_REPOSITORIES: 100 repositories per call (the most a connection gives), by name.
 * - filesQuery: one aliased `repository()` per repository of a batch, each reading the workflows directory (a tree:
 *   its entries are not paginated) with blob texts, the root action metadata, the token registry and the config in
 *   one call; `.github/actions/*` is listed without texts.
 * - actionsQuery: the `action.yml|yaml` of local actions found by the first query (`.github/actions/*`, and the
 *   `./path` a workflow `uses:`), every repository of the batch in one call.
 *
 * Cost: GitHub counts one request per connection (times the `first` of the connections around it), divides by 100
 * and rounds, at least 1: the listing costs 1 point per 100 repositories and a files query 1 point whatever the
 * number of aliases (`repository`, `object` and `entries` are not connections).
 */
import type { ScanInput } from '../engine.js';
import type { OrgRepository, PendingBlob, RepositoryFiles } from './types.js';

export const LIST_REPOSITORIES = `query($org:String!,$cursor:String){ organization(login:$org){
  repositories(first:100, after:$cursor, orderBy:{field:NAME,direction:ASC}){ totalCount pageInfo{hasNextPage endCursor}
    nodes{ name nameWithOwner isArchived isFork isDisabled isEmpty isPrivate visibility defaultBranchRef{name} } } }
  rateLimit{cost remaining resetAt} }`;

export const WORKFLOWS_DIR = '.github/workflows';
export const ACTIONS_DIR = '.github/actions';
export const REGISTRY_PATH = '.github/token-scope-map.yml';
export const LEGACY_REGISTRY_PATH = '.codex/tokens/token_scope_map.yaml';
export const CONFIG_PATH = '.github/token-warden.yml';

const BLOB_FRAGMENT = 'fragment blob on Blob { oid byteSize isBinary isTruncated text }';
const FILES_FRAGMENT = `fragment files on Repository { nameWithOwner
  workflows: object(expression:"HEAD:${WORKFLOWS_DIR}"){ ... on Tree { entries{ name type object{ ...blob } } } }
  actionYml: object(expression:"HEAD:action.yml"){ ...blob }
  actionYaml: object(expression:"HEAD:action.yaml"){ ...blob }
  registry: object(expression:"HEAD:${REGISTRY_PATH}"){ ...blob }
  legacyRegistry: object(expression:"HEAD:${LEGACY_REGISTRY_PATH}"){ ...blob }
  config: object(expression:"HEAD:${CONFIG_PATH}"){ ...blob }
  actions: object(expression:"HEAD:${ACTIONS_DIR}"){ ... on Tree { entries{ name type object{ ... on Tree { entries{ name type } } } } } } }`;

/** A repository name as a GraphQL string literal (JSON's escapes are GraphQL's). */
function literal(text: string): string {
  return JSON.stringify(text);
}

/** The alias of the i-th repository of a batch. */
export function aliasOf(index: number): string {
  return `r${index}`;
}

/** One call for a batch of repositories of `owner` (variable `$owner`). */
export function filesQuery(names: readonly string[]): string {
  const fields = names.map((name, i) => `${aliasOf(i)}: repository(owner:$owner, name:${literal(name)}){ ...files }`).join('\n  ');
  return `query($owner:String!){\n  ${fields}\n  rateLimit{cost remaining resetAt}\n}\n${FILES_FRAGMENT}\n${BLOB_FRAGMENT}`;
}

/** One call for the action metadata of several repositories: `paths` per repository name, each read as a blob. */
export function actionsQuery(wanted: ReadonlyArray<{ name: string; paths: readonly string[] }>): string {
  const fields = wanted
    .map(({ name, paths }, i) => {
      const objects = paths.map((p, j) => `a${j}: object(expression:${literal(`HEAD:${p}`)}){ ...blob }`).join(' ');
      return `${aliasOf(i)}: repository(owner:$owner, name:${literal(name)}){ nameWithOwner ${objects} }`;
    })
    .join('\n  ');
  return `query($owner:String!){\n  ${fields}\n  rateLimit{cost remaining resetAt}\n}\n${BLOB_FRAGMENT}`;
}

// ---- decoding ------------------------------------------------------------------------------------------------------

interface BlobNode {
  oid?: string;
  byteSize?: number;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  text?: string | null;
}

interface TreeEntryNode {
  name?: string;
  type?: string;
  object?: (BlobNode & { entries?: TreeEntryNode[] | null }) | null;
}

interface FilesNode {
  nameWithOwner?: string;
  workflows?: { entries?: TreeEntryNode[] | null } | null;
  actionYml?: BlobNode | null;
  actionYaml?: BlobNode | null;
  registry?: BlobNode | null;
  legacyRegistry?: BlobNode | null;
  config?: BlobNode | null;
  actions?: { entries?: TreeEntryNode[] | null } | null;
}

interface ListNode {
  organization?: {
    repositories?: {
      totalCount?: number;
      pageInfo?: { hasNextPage?: boolean; endCursor?: string | null };
      nodes?: Array<(Omit<OrgRepository, 'defaultBranch'> & { defaultBranchRef?: { name?: string } | null }) | null> | null;
    };
  } | null;
}

export interface RepositoryPage {
  repositories: OrgRepository[];
  totalCount: number;
  nextCursor: string | null;
}

/** One page of the listing; throws when the organisation is missing from the answer. */
export function decodeRepositoryPage(data: unknown, org: string): RepositoryPage {
  const connection = (data as ListNode | null)?.organization?.repositories;
  if (!connection) throw new Error(`GitHub returned no organisation "${org}" (it does not exist, or the token cannot see it)`);
  const repositories: OrgRepository[] = [];
  for (const node of connection.nodes ?? []) {
    if (!node) continue;
    repositories.push({
      name: node.name,
      nameWithOwner: node.nameWithOwner,
      isArchived: node.isArchived === true,
      isFork: node.isFork === true,
      isDisabled: node.isDisabled === true,
      isEmpty: node.isEmpty === true,
      isPrivate: node.isPrivate === true,
      visibility: node.visibility ?? (node.isPrivate ? 'PRIVATE' : 'PUBLIC'),
      defaultBranch: node.defaultBranchRef?.name ?? null,
    });
  }
  const more = connection.pageInfo?.hasNextPage === true && typeof connection.pageInfo.endCursor === 'string';
  return { repositories, totalCount: connection.totalCount ?? repositories.length, nextCursor: more ? connection.pageInfo!.endCursor! : null };
}

const WORKFLOW_FILE = /\.ya?ml$/;

/** A blob's text, or why it has none: `pending` (cut: fetch over REST), `binary`. */
function blobOf(node: BlobNode | null | undefined, path: string, files: { pending: PendingBlob[]; notes: string[] }): string | undefined {
  if (!node || typeof node.oid !== 'string') return undefined;
  if (node.isTruncated === true || (typeof node.text !== 'string' && node.isBinary !== true)) {
    files.pending.push({ path, oid: node.oid, byteSize: node.byteSize ?? 0 });
    return undefined;
  }
  if (node.isBinary === true || typeof node.text !== 'string') {
    files.notes.push(`${path}: binary, not scanned`);
    return undefined;
  }
  return node.text;
}

/**
 * `uses: ./path` in a workflow or action: a local action, read from the default branch (`./.github/workflows/x.yml` is
 * a reusable workflow, already read; a path with `..` or an expression is not followed).
 */
export function localActionDirs(text: string): string[] {
  const dirs = new Set<string>();
  for (const m of text.matchAll(/^\s*(?:-\s+)?uses\s*:\s*['"]?\.\/([^\s'"#@]*)/gm)) {
    const dir = m[1]!.replace(/\/+$/, '');
    if (dir === '' || dir.includes('..') || dir.includes('${{') || dir.startsWith(`${WORKFLOWS_DIR}/`) || /\.ya?ml$/.test(dir)) continue;
    dirs.add(dir);
  }
  return [...dirs];
}

/** What one alias of a files query says about its repository. */
export function decodeRepositoryFiles(node: unknown, repository: string): RepositoryFiles {
  const data = (node ?? {}) as FilesNode;
  const out: RepositoryFiles = { repository, files: [], pending: [], actionDirs: [], notes: [], via: 'graphql' };
  for (const entry of data.workflows?.entries ?? []) {
    if (entry.type !== 'blob' || typeof entry.name !== 'string' || !WORKFLOW_FILE.test(entry.name)) continue;
    const path = `${WORKFLOWS_DIR}/${entry.name}`;
    const text = blobOf(entry.object, path, out);
    if (text !== undefined) out.files.push({ path, text });
  }
  const action = data.actionYml ? { node: data.actionYml, path: 'action.yml' } : data.actionYaml ? { node: data.actionYaml, path: 'action.yaml' } : undefined;
  if (action) {
    const text = blobOf(action.node, action.path, out);
    if (text !== undefined) out.files.push({ path: action.path, text });
  }
  const registry = data.registry ? { node: data.registry, path: REGISTRY_PATH } : data.legacyRegistry ? { node: data.legacyRegistry, path: LEGACY_REGISTRY_PATH } : undefined;
  if (registry) {
    const text = blobOf(registry.node, registry.path, out);
    if (text !== undefined) out.registry = { path: registry.path, text };
  }
  if (data.config) {
    const text = blobOf(data.config, CONFIG_PATH, out);
    if (text !== undefined) out.config = { path: CONFIG_PATH, text };
  }
  const dirs = new Set<string>();
  for (const entry of data.actions?.entries ?? []) {
    if (entry.type !== 'tree' || typeof entry.name !== 'string') continue;
    if ((entry.object?.entries ?? []).some((e) => e.type === 'blob' && (e.name === 'action.yml' || e.name === 'action.yaml'))) dirs.add(`${ACTIONS_DIR}/${entry.name}`);
  }
  for (const file of out.files) for (const dir of localActionDirs(file.text)) dirs.add(dir);
  out.actionDirs = [...dirs].sort();
  return out;
}

/** The paths an actions query asks for, for one repository's action directories (both spellings of the name). */
export function actionPaths(dirs: readonly string[]): string[] {
  return dirs.flatMap((d) => [`${d}/action.yml`, `${d}/action.yaml`]);
}

/**
 * Adds what an actions query returned for one repository (alias `a<j>` is `paths[j]`) to its files: the first
 * spelling found per directory.
 */
export function addActionFiles(files: RepositoryFiles, node: unknown, paths: readonly string[]): void {
  const data = (node ?? {}) as Record<string, BlobNode | null | undefined>;
  const seen = new Set(files.files.map((f) => f.path.replace(/\/action\.ya?ml$/, '')));
  paths.forEach((path, j) => {
    const dir = path.replace(/\/action\.ya?ml$/, '');
    if (seen.has(dir)) return;
    const text = blobOf(data[`a${j}`], path, files);
    if (text !== undefined) {
      files.files.push({ path, text });
      seen.add(dir);
    } else if (files.pending.some((p) => p.path === path)) seen.add(dir);
  });
}

/** Adds a blob fetched over REST to where it belongs (a workflow, an action, the registry or the config). */
export function placeBlob(files: RepositoryFiles, path: string, text: string): void {
  const input: ScanInput = { path, text };
  if (path === REGISTRY_PATH || path === LEGACY_REGISTRY_PATH) files.registry = input;
  else if (path === CONFIG_PATH) files.config = input;
  else files.files.push(input);
}
