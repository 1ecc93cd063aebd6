/**
 * The renewal state in a file (`--state FILE`), written the way the expiry state is (src/expiry/state/file-store.ts):
 * a temporary file beside the target, mode 0600, renamed over it, so a reader never sees half a state and a failed
 * save leaves the previous one whole. A missing file is a first run; a corrupt one is set aside with a warning.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { StateFileSystem } from '../expiry/state/file-store.js';
import { parseRenewalState, serializeRenewalState, type RenewalState, type RenewalStateStore } from './state.js';

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e?.code ?? (e instanceof Error ? e.message : String(error));
}

export class FileRenewalStateStore implements RenewalStateStore {
  readonly file: string;

  constructor(
    file: string,
    private readonly fs: StateFileSystem = nodeFs,
  ) {
    this.file = path.resolve(file);
  }

  describe(): string {
    return `file ${this.file}`;
  }

  async load(): Promise<{ state?: RenewalState; warning?: string }> {
    let text: string;
    try {
      text = await this.fs.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return {};
      return { warning: `cannot read the renewal state ${this.file} (${reason(error)})` };
    }
    const parsed = parseRenewalState(text);
    return parsed.warning ? { warning: `${this.file}: ${parsed.warning}` } : parsed;
  }

  async save(state: RenewalState): Promise<{ saved: boolean; warning?: string }> {
    const dir = path.dirname(this.file);
    const temp = path.join(dir, `.${path.basename(this.file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await this.fs.mkdir(dir, { recursive: true });
      await this.fs.writeFile(temp, serializeRenewalState(state), { encoding: 'utf8', mode: 0o600, flag: 'wx' });
      await this.fs.rename(temp, this.file);
      return { saved: true };
    } catch (error) {
      await this.fs.rm(temp, { force: true }).catch(() => undefined);
      return { saved: false, warning: `cannot save the renewal state to ${this.file} (${reason(error)})` };
    }
  }
}
