/**
 * The expiry state in a file, for the CLI's `--state FILE`. A missing file is a first run; a corrupt one is ignored
 * with a warning; a save writes a temporary file beside the target and renames it over, so a reader never sees half a
 * state and a failed save leaves the previous one whole.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { parseState, serializeState, type ExpiryState } from './state.js';
import type { LoadedState, SavedState, StateStore } from './store.js';

/** The file operations the store uses (node:fs/promises by default; tests pass failing ones). */
export interface StateFileSystem {
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  writeFile(file: string, data: string, options: { encoding: 'utf8'; mode: number; flag: 'wx' }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  rm(file: string, options: { force: true }): Promise<void>;
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e?.code ?? (e instanceof Error ? e.message : String(error));
}

export class FileStateStore implements StateStore {
  readonly file: string;
  private readonly fs: StateFileSystem;

  constructor(file: string, fs: StateFileSystem = nodeFs) {
    this.file = path.resolve(file);
    this.fs = fs;
  }

  describe(): string {
    return `file ${this.file}`;
  }

  async load(): Promise<LoadedState> {
    let text: string;
    try {
      text = await this.fs.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return {};
      return { warning: `cannot read the expiry state ${this.file} (${reason(error)}): no trend this run` };
    }
    const parsed = parseState(text);
    return parsed.warning ? { warning: `${this.file}: ${parsed.warning}` } : parsed;
  }

  async save(state: ExpiryState): Promise<SavedState> {
    const dir = path.dirname(this.file);
    // Same directory as the target: rename is atomic only within one file system.
    const temp = path.join(dir, `.${path.basename(this.file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await this.fs.mkdir(dir, { recursive: true });
      await this.fs.writeFile(temp, serializeState(state), { encoding: 'utf8', mode: 0o600, flag: 'wx' });
      await this.fs.rename(temp, this.file);
      return { saved: true };
    } catch (error) {
      await this.fs.rm(temp, { force: true }).catch(() => undefined);
      return { saved: false, warning: `cannot save the expiry state to ${this.file} (${reason(error)})` };
    }
  }
}
