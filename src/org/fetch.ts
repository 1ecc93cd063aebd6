/**
 * Reads the workflows, action metadata, token registry and config of many repositories with as few calls as possible:
 *
 * 1. GraphQL, one aliased `repository()` per repository, `batchSize` (default 40) per call: the workflows directory
 *    with every blob's text, root `action.yml|yaml`, `.github/token-scope-map.yml` (or the legacy path),
 *    `.github/token-warden.yml`, and the names under `.github/actions/*` (./queries.ts).
 * 2. GraphQL again, one call per batch that has any: `action.yml|yaml` of local actions — `.github/actions/<name>/`
 *    and every `./path` a workflow `uses:`.
 * 3. REST git blobs (`GET /repos/{o}/{r}/git/blobs/{sha}`, up to 100 MB) for texts GraphQL cut at 512,000 bytes;
 *    bounded concurrency, kept by SHA in the cache (a blob never changes).
 *
 * A batch that times out (5xx, a network failure, or GitHub's "Something went wrong … timeout" answer) is halved and
 * sent again, and later batches keep the smaller size; a single repository that still fails is read over REST. A
 * repository missing from the answer (`NOT_FOUND`: deleted or renamed since the listing) or refused is reported as
 * failed, never scanned as if it were empty. With `mode: 'rest'` (no GraphQL) each repository is read over REST: the
 * contents API for the directories, git blobs for the files — about one call per file, made cheap on later runs by
 * conditional requests (a `304` costs nothing against the rate limit).
 */
import type { GitHubClient } from '../github/client.js';
import { GitHubApiError, GitHubAuthError, GitHubRateLimitError } from '../github/errors.js';
import { conditionalGet, errorsAt, graphqlPartial, GraphqlTimeoutError, mapLimit, type GraphqlError, type PartialAnswer } from './api.js';
import type { ConditionalCache } from './cache.js';
import {
  ACTIONS_DIR,
  actionPaths,
  actionsQuery,
  addActionFiles,
  aliasOf,
  CONFIG_PATH,
  decodeRepositoryFiles,
  filesQuery,
  localActionDirs,
  placeBlob,
  REGISTRY_PATH,
  WORKFLOWS_DIR,
} from './queries.js';
import type { FailedRepository, RepositoryFiles } from './types.js';

export const DEFAULT_BATCH_SIZE = 40;
/** Blobs larger than this are not fetched (the scanner reads 2 MiB at most; it is listed as not scanned). */
export const MAX_BLOB_BYTES = 10 * 1024 * 1024;

export interface FetchOptions {
  /** Repositories per GraphQL call (default 40; halved on timeouts). */
  batchSize?: number;
  /** REST requests in flight at once (default 4). */
  restConcurrency?: number;
  cache?: ConditionalCache;
  mode?: 'graphql' | 'rest';
}

export interface FetchedBatch {
  files: RepositoryFiles[];
  failed: FailedRepository[];
  /** What happened to the batch as a whole (halving, fallbacks), said once. */
  notes: string[];
}

interface BatchState {
  size: number;
  notes: string[];
}

/**
 * Sends `items` in chunks of `state.size`; a chunk that times out is halved (the size stays halved for the rest) and
 * a single item that still times out goes to `single`.
 */
async function inHalvingBatches<T>(items: readonly T[], state: BatchState, what: string, run: (chunk: T[]) => Promise<void>, single: (item: T, error: GraphqlTimeoutError) => Promise<void>): Promise<void> {
  const queue = [...items];
  while (queue.length > 0) {
    const chunk = queue.splice(0, state.size);
    try {
      await run(chunk);
    } catch (error) {
      if (!(error instanceof GraphqlTimeoutError)) throw error;
      if (chunk.length > 1) {
        const next = Math.max(1, Math.floor(chunk.length / 2));
        state.notes.push(`a GraphQL call for ${chunk.length} ${what} failed (${error.message.split('\n')[0]}): ${next} per call from then on`);
        state.size = next;
        queue.unshift(...chunk);
      } else {
        await single(chunk[0]!, error);
      }
    }
  }
}

function describeErrors(errors: readonly GraphqlError[]): string {
  return errors.map((e) => `${e.type ? `${e.type}: ` : ''}${e.message}`).join('; ');
}

function decodeBase64(content: string): string {
  return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
}

async function fetchBlob(client: GitHubClient, cache: ConditionalCache | undefined, repository: string, oid: string): Promise<string | undefined> {
  const key = `blob:${oid}`;
  const kept = cache?.get(key);
  if (kept && typeof kept.data === 'string') return kept.data;
  const [owner, repo] = repository.split('/');
  const body = await conditionalGet<{ content?: string; encoding?: string }>(client, undefined, key, 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { owner, repo, file_sha: oid });
  if (!body || typeof body.content !== 'string') return undefined;
  const text = body.encoding === 'base64' ? decodeBase64(body.content) : body.content;
  cache?.set(key, { data: text });
  return text;
}

/**
 * A failure that concerns one repository or file (listed, and the scan goes on); a rate limit the client gave up
 * waiting for, or credentials GitHub refuses, concern them all: the shard fails, to be re-run.
 */
function concernsOne(error: unknown): error is GitHubApiError {
  return error instanceof GitHubApiError && !(error instanceof GitHubRateLimitError) && !(error instanceof GitHubAuthError);
}

/** Step 3: the texts GraphQL cut, over REST. */
async function fetchPending(client: GitHubClient, options: FetchOptions, files: RepositoryFiles): Promise<void> {
  const pending = files.pending.splice(0);
  await mapLimit(pending, options.restConcurrency ?? 4, async (blob) => {
    if (blob.byteSize > MAX_BLOB_BYTES) {
      files.notes.push(`${blob.path}: ${blob.byteSize} bytes, larger than the scanner reads: not scanned`);
      return;
    }
    try {
      const text = await fetchBlob(client, options.cache, files.repository, blob.oid);
      if (text === undefined) files.notes.push(`${blob.path}: its blob ${blob.oid} was not found over REST: not scanned`);
      else placeBlob(files, blob.path, text);
    } catch (error) {
      if (!concernsOne(error)) throw error;
      files.notes.push(`${blob.path}: could not be read over REST (${error.message}): not scanned`);
    }
  });
}

interface ContentEntry {
  name: string;
  path: string;
  type: string;
  sha: string;
  size: number;
}

async function listDir(client: GitHubClient, cache: ConditionalCache | undefined, repository: string, path: string): Promise<ContentEntry[]> {
  const [owner, repo] = repository.split('/');
  const body = await conditionalGet<ContentEntry[] | ContentEntry>(client, cache, `contents:${repository}:${path}`, 'GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path });
  return Array.isArray(body) ? body : [];
}

/**
 * One repository over REST: directory listings (contents API, conditional) and git blobs (kept by SHA) — `.github`,
 * `.github/workflows`, `.github/actions`, root `action.yml|yaml`, then the local actions the workflows use. The legacy
 * registry path is read over GraphQL only.
 */
export async function fetchRepositoryRest(client: GitHubClient, repository: string, options: FetchOptions): Promise<RepositoryFiles> {
  const files: RepositoryFiles = { repository, files: [], pending: [], actionDirs: [], notes: [], via: 'rest' };
  const cache = options.cache;
  const github = await listDir(client, cache, repository, '.github');
  const want = (entry: ContentEntry, path: string) => files.pending.push({ path, oid: entry.sha, byteSize: entry.size });
  const dirs = new Set<string>();
  for (const entry of github) {
    if (entry.type === 'file' && entry.path === REGISTRY_PATH) want(entry, REGISTRY_PATH);
    if (entry.type === 'file' && entry.path === CONFIG_PATH) want(entry, CONFIG_PATH);
  }
  if (github.some((e) => e.type === 'dir' && e.path === WORKFLOWS_DIR)) {
    for (const entry of await listDir(client, cache, repository, WORKFLOWS_DIR)) {
      if (entry.type === 'file' && /\.ya?ml$/.test(entry.name)) want(entry, `${WORKFLOWS_DIR}/${entry.name}`);
    }
  }
  if (github.some((e) => e.type === 'dir' && e.path === ACTIONS_DIR)) {
    for (const entry of await listDir(client, cache, repository, ACTIONS_DIR)) if (entry.type === 'dir') dirs.add(entry.path);
  }
  // The root action metadata: the contents API answers a file with its entry (404 when absent).
  for (const name of ['action.yml', 'action.yaml']) {
    const [owner, repo] = repository.split('/');
    const entry = await conditionalGet<ContentEntry>(client, cache, `contents:${repository}:${name}`, 'GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path: name });
    if (entry && !Array.isArray(entry) && entry.type === 'file') {
      want(entry, name);
      break;
    }
  }
  await fetchPending(client, options, files);
  for (const file of files.files) for (const dir of localActionDirs(file.text)) dirs.add(dir);
  for (const dir of [...dirs].sort()) {
    const entry = (await listDir(client, cache, repository, dir)).find((e) => e.type === 'file' && (e.name === 'action.yml' || e.name === 'action.yaml'));
    if (entry) want(entry, `${dir}/${entry.name}`);
  }
  await fetchPending(client, options, files);
  return files;
}

/** Step 2 for one batch: local actions' metadata of every repository that has any. */
async function fetchActions(client: GitHubClient, owner: string, batch: RepositoryFiles[], state: BatchState): Promise<void> {
  const wanted = batch.filter((f) => f.actionDirs.length > 0);
  await inHalvingBatches(
    wanted,
    state,
    'repositories (local actions)',
    async (chunk) => {
      const requests = chunk.map((f) => ({ name: f.repository.split('/')[1]!, paths: actionPaths(f.actionDirs) }));
      const answer = await graphqlPartial(client, actionsQuery(requests), { owner });
      chunk.forEach((f, i) => {
        const node = answer.data?.[aliasOf(i)];
        const errors = errorsAt(answer.errors, aliasOf(i));
        if (errors.length > 0) f.notes.push(`local actions not read: ${describeErrors(errors)}`);
        if (node) addActionFiles(f, node, requests[i]!.paths);
      });
    },
    async (f, error) => {
      f.notes.push(`local actions not read: ${error.message}`);
    },
  );
}

function decodeBatch(answer: PartialAnswer, names: readonly string[], owner: string, fallback: string[], out: FetchedBatch): void {
  names.forEach((name, i) => {
    const repository = `${owner}/${name}`;
    const alias = aliasOf(i);
    const node = answer.data?.[alias];
    const errors = errorsAt(answer.errors, alias);
    if (errors.some((e) => e.type === 'NOT_FOUND' && e.path?.length === 1)) {
      out.failed.push({ repository, error: 'not found (deleted, renamed or hidden from the token since the listing)' });
    } else if (errors.length > 0) {
      // Refused in part (a FORBIDDEN object): never scan half a repository as if it were all of it.
      out.failed.push({ repository, error: `GitHub refused part of it: ${describeErrors(errors)}` });
    } else if (!node) {
      fallback.push(name);
    } else {
      out.files.push(decodeRepositoryFiles(node, repository));
    }
  });
  // Errors no alias owns (the whole query refused, a rate limit) fail the batch loudly.
  const stray = answer.errors.filter((e) => !(typeof e.path?.[0] === 'string' && /^r\d+$/.test(e.path[0] as string)));
  if (stray.length > 0 && !answer.data) throw new Error(`GitHub refused the query: ${describeErrors(stray)}`);
}

/**
 * Reads repositories `names` of `owner`, yielding one batch at a time (so a caller can scan and let the texts go
 * before the next batch arrives).
 */
export async function* fetchRepositories(client: GitHubClient, owner: string, names: readonly string[], options: FetchOptions = {}): AsyncGenerator<FetchedBatch> {
  const state: BatchState = { size: Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE), notes: [] };
  const restOne = async (name: string, out: FetchedBatch, why?: string) => {
    try {
      out.files.push(await fetchRepositoryRest(client, `${owner}/${name}`, options));
      if (why) out.notes.push(`${owner}/${name}: read over REST (${why})`);
    } catch (error) {
      if (!concernsOne(error)) throw error;
      out.failed.push({ repository: `${owner}/${name}`, error: error.message });
    }
  };
  if (options.mode === 'rest') {
    const size = state.size;
    for (let i = 0; i < names.length; i += size) {
      const out: FetchedBatch = { files: [], failed: [], notes: [] };
      for (const name of names.slice(i, i + size)) await restOne(name, out);
      yield out;
    }
    return;
  }
  const queue = [...names];
  while (queue.length > 0) {
    // Each yielded batch is what one full-size call covers; halving inside it splits the calls, not the batch.
    const batch = queue.splice(0, state.size);
    const out: FetchedBatch = { files: [], failed: [], notes: [] };
    const fallback: string[] = [];
    await inHalvingBatches(
      batch,
      state,
      'repositories',
      async (chunk) => decodeBatch(await graphqlPartial(client, filesQuery(chunk), { owner }), chunk, owner, fallback, out),
      async (name, error) => restOne(name, out, `GraphQL failed for it alone: ${error.message.split('\n')[0]}`),
    );
    for (const name of fallback) await restOne(name, out, 'GraphQL gave no data for it');
    await fetchActions(client, owner, out.files, state);
    await mapLimit(out.files, 1, (f) => fetchPending(client, options, f));
    out.notes.push(...state.notes.splice(0));
    yield out;
  }
}
