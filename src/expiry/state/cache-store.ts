/**
 * The expiry state in the GitHub Actions cache, for the action's scheduled runs.
 *
 * Caches are immutable, so every run saves a new entry, `<prefix><run id>-<run attempt>`, and a run restores with the
 * prefix as its restore key: the service answers with the newest entry under it. The prefix names the repository and
 * the ref, and ends in `:`, which a git ref cannot contain, so `refs/heads/main` never matches `refs/heads/main-2`.
 * A rerun (attempt 2) restores what attempt 1 saved, if it saved.
 *
 * The state file lives in `dir` (default `$RUNNER_TEMP/token-warden-expiry-state`), and save and restore pass exactly
 * the same `paths` array: @actions/cache hashes those strings into the entry's version, and another string is a silent
 * miss. So `dir` must be the same from run to run (RUNNER_TEMP is, on GitHub's runners).
 *
 * @actions/cache is imported on first use (the action loads it only when this store runs). It reads its settings from
 * `process.env` at call time and swallows its failures (save returns -1, restore undefined, the reason goes to the
 * log only). So each call here:
 *  - runs with the cache variables of `env` (below) in `process.env`, put back afterwards; calls are serialised. With
 *    the default `env` (process.env itself) nothing changes. Tests pass the loopback double's variables, which also
 *    keeps a test run on a real runner away from the real cache service.
 *  - listens to the library's log lines on stdout (`::warning::`, `::error::`, `Failed to save/restore: …`) and
 *    carries them into the store's `warning`; they still reach stdout unless `libraryLog` takes them.
 * A restore looks the key up first (no download): a hit that then fails to restore is told apart from a miss.
 */
import type * as ActionsCache from '@actions/cache';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseState, serializeState, type ExpiryState } from './state.js';
import type { SavedState } from './store.js';

type CacheModule = typeof ActionsCache;
type Env = Record<string, string | undefined>;

/** The variables @actions/cache (and @actions/core under it) reads while saving or restoring. */
export const CACHE_ENV_KEYS = [
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_MODE',
  'ACTIONS_ORCHESTRATION_ID',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'GITHUB_REF',
  'RUNNER_TEMP',
  'RUNNER_DEBUG',
  'SEGMENT_DOWNLOAD_TIMEOUT_MINS',
  'CACHE_UPLOAD_CHUNK_SIZE',
  'CACHE_UPLOAD_CONCURRENCY',
] as const;

export const STATE_KEY_VERSION = 'token-warden-expiry-v1';
export const NOT_AVAILABLE = 'cache service not available; the trend needs it';
const STATE_FILE = 'state.json';
const MAX_KEY = 512;

export interface CacheStateStoreOptions {
  /** Where the cache variables come from (default `process.env`). */
  env?: Env;
  /** The directory of the state file; the same every run (default `$RUNNER_TEMP/token-warden-expiry-state`). */
  dir?: string;
  /** `owner/name` (default `GITHUB_REPOSITORY`). */
  repository?: string;
  /** default `GITHUB_REF` */
  ref?: string;
  /** default `GITHUB_RUN_ID`; without one nothing is saved */
  runId?: string;
  /** default `GITHUB_RUN_ATTEMPT`, else 1 */
  runAttempt?: string;
  /** Takes the library's log output during its calls instead of stdout (tests keep their output clean with it). */
  libraryLog?: (text: string) => void;
}

/** How a state document is read and written; the expiry state's by default. */
export interface StateCodec<S> {
  /** Never throws: a text that is not a state is a warning. */
  parse(text: string): { state?: S; warning?: string };
  serialize(state: S): string;
}

/** Another document in the cache (the renewal jobs' state): its own key namespace and directory. */
export interface CacheDocumentOptions<S> extends CacheStateStoreOptions {
  /** Names the key prefix (`token-warden-<name>-v1:…`) and the default directory. */
  name: string;
  codec: StateCodec<S>;
}

/**
 * One part of a cache key: kept as it is when short and plain; otherwise a readable stem and a digest of the whole,
 * so two different values never give the same part. No commas, no `:` (the prefix's separator).
 */
export function keyPart(value: string): string {
  if (/^[A-Za-z0-9._/-]{1,100}$/.test(value)) return value;
  const stem = value.replace(/[^A-Za-z0-9._/-]+/g, '_').slice(0, 60);
  return `${stem}~${createHash('sha256').update(value).digest('hex').slice(0, 16)}`;
}

/** `token-warden-expiry-v1:<repository>:<ref>:` (another document: `token-warden-<name>-v1:…`). */
export function stateKeyPrefix(repository: string, ref: string, version: string = STATE_KEY_VERSION): string {
  return `${version}:${keyPart(repository)}:${keyPart(ref)}:`;
}

// One call at a time: the env swap and the stdout listener are process-wide.
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

/** `::warning::a%0Ab` → `a b`; a signed URL loses its query (the signature). */
function libraryMessage(line: string): string | undefined {
  const command = /^::(warning|error)[^:]*::(.*)$/.exec(line);
  const text = command ? command[2]! : /^(Failed to (?:save|restore): .*)$/.exec(line)?.[1];
  if (text === undefined) return undefined;
  return text
    .replace(/%0D|%0A/g, ' ')
    .replace(/%25/g, '%')
    .replace(/(https?:\/\/[^\s?]+)\?\S*/g, '$1?…')
    .trim();
}

function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
}

const EXPIRY_CODEC: StateCodec<ExpiryState> = { parse: parseState, serialize: serializeState };

export class CacheStateStore<S = ExpiryState> {
  readonly prefix: string;
  readonly key: string | undefined;
  readonly dir: string;
  /** Exactly these strings, for save and restore alike: they are hashed into the cache version. */
  readonly paths: readonly string[];
  private readonly env: Env;
  private readonly libraryLog: ((text: string) => void) | undefined;
  private module: Promise<CacheModule> | undefined;
  private readonly codec: StateCodec<S>;

  /** The expiry state by default; `{ name, codec }` keeps another document (the renewal jobs' state). */
  constructor(options: CacheStateStoreOptions | CacheDocumentOptions<S> = {}) {
    this.env = options.env ?? process.env;
    const env = this.env;
    const name = 'name' in options ? options.name : 'expiry';
    this.codec = 'codec' in options ? options.codec : (EXPIRY_CODEC as unknown as StateCodec<S>);
    this.dir = path.resolve(options.dir ?? path.join(env.RUNNER_TEMP || tmpdir(), `token-warden-${name}-state`));
    this.paths = [path.join(this.dir, STATE_FILE)];
    this.prefix = stateKeyPrefix(options.repository ?? env.GITHUB_REPOSITORY ?? 'local', options.ref ?? env.GITHUB_REF ?? 'local', `token-warden-${name}-v1`);
    const runId = options.runId ?? env.GITHUB_RUN_ID;
    const key = runId ? `${this.prefix}${keyPart(runId)}-${keyPart(options.runAttempt ?? env.GITHUB_RUN_ATTEMPT ?? '1')}` : undefined;
    this.key = key !== undefined && key.length <= MAX_KEY ? key : undefined;
    this.libraryLog = options.libraryLog;
  }

  describe(): string {
    return `Actions cache ${this.prefix}*`;
  }

  private get file(): string {
    return this.paths[0]!;
  }

  private cache(): Promise<CacheModule> {
    this.module ??= import('@actions/cache');
    return this.module;
  }

  /** Runs `fn` with the cache variables of `env` in process.env and the library's log lines collected. */
  private isolated<T>(fn: (cache: CacheModule, messages: string[]) => Promise<T>): Promise<T> {
    return serialised(async () => {
      const cache = await this.cache();
      const messages: string[] = [];
      const swap = this.env !== process.env;
      const saved = new Map<string, string | undefined>();
      if (swap) {
        for (const k of CACHE_ENV_KEYS) {
          saved.set(k, process.env[k]);
          const v = this.env[k];
          if (v === undefined) delete process.env[k];
          else process.env[k] = v;
        }
      }
      const stdout = process.stdout;
      const write = stdout.write;
      let pending = '';
      stdout.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
        const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : '';
        const lines = (pending + text).split(/\r?\n/);
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const m = libraryMessage(line);
          if (m) messages.push(m);
        }
        if (this.libraryLog) {
          this.libraryLog(text);
          const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
          callback?.();
          return true;
        }
        return (write as (...args: unknown[]) => boolean).call(stdout, chunk, ...rest);
      }) as typeof stdout.write;
      try {
        return await fn(cache, messages);
      } finally {
        stdout.write = write;
        if (swap) {
          for (const [k, v] of saved) {
            if (v === undefined) delete process.env[k];
            else process.env[k] = v;
          }
        }
      }
    });
  }

  /**
   * Whether the runner gave this job a cache service at all — read from the environment, without loading
   * @actions/cache (its HTTP and storage stack is most of the action's start-up when loaded for nothing).
   */
  available(): boolean {
    const e = this.env;
    return Boolean(e.ACTIONS_CACHE_SERVICE_V2 ? e.ACTIONS_RESULTS_URL : e.ACTIONS_CACHE_URL || e.ACTIONS_RESULTS_URL);
  }

  private mode(): string {
    return (this.env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
  }

  async load(): Promise<{ state?: S; warning?: string }> {
    if (!this.available()) return { warning: NOT_AVAILABLE };
    try {
      return await this.isolated(async (cache, messages) => {
        if (!cache.isFeatureAvailable()) return { warning: NOT_AVAILABLE };
        const mode = this.mode();
        if (mode === 'none' || mode === 'write-only') return { warning: `ACTIONS_CACHE_MODE=${mode} does not allow reading the cache; the trend needs it` };
        // A file left from an earlier step must not pass for the restored one.
        await rm(this.file, { force: true });
        const restoreKeys = [this.prefix];
        const primary = this.key ?? this.prefix;
        const found = await cache.restoreCache([...this.paths], primary, restoreKeys, { lookupOnly: true });
        if (found === undefined) {
          // A miss is a first run; a lookup that failed says so in the log.
          return messages.length ? { warning: `cannot look up the expiry state in the Actions cache: ${messages.join('; ')}` } : {};
        }
        const restored = await cache.restoreCache([...this.paths], primary, restoreKeys);
        if (restored === undefined) {
          return { warning: `the expiry state ${found} is in the Actions cache but could not be restored${messages.length ? `: ${messages.join('; ')}` : ''}` };
        }
        let text: string;
        try {
          text = await readFile(this.file, 'utf8');
        } catch (error) {
          return { warning: `the Actions cache entry ${restored} holds no expiry state (${reason(error)})` };
        }
        const parsed = this.codec.parse(text);
        return parsed.warning ? { warning: `Actions cache entry ${restored}: ${parsed.warning}` } : parsed;
      });
    } catch (error) {
      return { warning: `cannot restore the expiry state from the Actions cache: ${reason(error)}` };
    }
  }

  async save(state: S): Promise<SavedState> {
    const key = this.key;
    if (key === undefined) return { saved: false, warning: 'no run id (GITHUB_RUN_ID): the expiry state is not saved to the Actions cache' };
    if (!this.available()) return { saved: false, warning: NOT_AVAILABLE };
    try {
      return await this.isolated(async (cache, messages): Promise<SavedState> => {
        if (!cache.isFeatureAvailable()) return { saved: false, warning: NOT_AVAILABLE };
        const mode = this.mode();
        if (mode === 'none' || mode === 'read') return { saved: false, warning: `ACTIONS_CACHE_MODE=${mode} does not allow saving to the cache: the next run has no trend` };
        await mkdir(this.dir, { recursive: true });
        await writeFile(this.file, this.codec.serialize(state), { encoding: 'utf8', mode: 0o600 });
        const id = await cache.saveCache([...this.paths], key);
        if (id === -1) return { saved: false, warning: `cannot save the expiry state to the Actions cache as ${key}: ${messages.length ? messages.join('; ') : 'the cache service did not take it'}` };
        return { saved: true };
      });
    } catch (error) {
      // ValidationError (a bad key) is the one failure @actions/cache throws; anything else here is ours.
      return { saved: false, warning: `cannot save the expiry state to the Actions cache as ${key}: ${reason(error)}` };
    }
  }
}
