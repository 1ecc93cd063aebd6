/**
 * Conditional requests for the REST calls of an organisation scan: the ETag of each answer is kept with its body, sent
 * back as `If-None-Match`, and a `304 Not Modified` (free against the rate limit) serves the kept body. Git blobs are
 * content-addressed, so a kept blob is used without asking at all. `JsonFileCache` keeps it between runs (the
 * reusable workflow can carry the file in the Actions cache); without a file it lives for one process.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export interface CacheEntry {
  etag?: string;
  data: unknown;
}

export interface ConditionalCache {
  get(key: string): CacheEntry | undefined;
  set(key: string, entry: CacheEntry): void;
}

export class MemoryCache implements ConditionalCache {
  protected readonly entries = new Map<string, CacheEntry>();

  get(key: string): CacheEntry | undefined {
    return this.entries.get(key);
  }

  set(key: string, entry: CacheEntry): void {
    this.entries.set(key, entry);
  }

  get size(): number {
    return this.entries.size;
  }
}

const FORMAT = 'token-warden-org-cache/1';

/** A MemoryCache loaded from and saved to a JSON file; a missing or unreadable file starts empty. */
export class JsonFileCache extends MemoryCache {
  private constructor(readonly file: string) {
    super();
  }

  static load(file: string): { cache: JsonFileCache; warning?: string } {
    const cache = new JsonFileCache(file);
    if (!existsSync(file)) return { cache };
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as { format?: string; entries?: Record<string, CacheEntry> };
      if (parsed.format !== FORMAT || !parsed.entries) return { cache, warning: `${file} is not a cache this version wrote: starting empty` };
      for (const [key, entry] of Object.entries(parsed.entries)) cache.entries.set(key, entry);
      return { cache };
    } catch (error) {
      return { cache, warning: `cannot read the cache ${file} (${(error as Error).message}): starting empty` };
    }
  }

  save(): void {
    writeFileSync(this.file, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.entries) }));
  }
}
