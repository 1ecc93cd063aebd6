import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { DEFAULT_CONFIG, type ScanConfig } from '../config/types.js';

export const DEFAULT_CONFIG_PATH = '.github/token-warden.yml';

/**
 * Loads the config: an explicit path must exist; otherwise `.github/token-warden.yml` under the root
 * is used when present. The parser (zod + yaml) is imported only when there is a file to parse.
 * Throws ConfigError (invalid content) or UsageError (unreadable file).
 */
export async function loadConfig(root: string, explicit: string | undefined, cwd: string): Promise<{ config: ScanConfig; file?: string }> {
  const file = explicit ? path.resolve(cwd, explicit) : path.join(root, DEFAULT_CONFIG_PATH);
  if (!existsSync(file)) {
    if (explicit) throw new UsageError(`config file not found: ${explicit}`);
    return { config: DEFAULT_CONFIG };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read config ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const { parseConfig } = await import('../config/config.js');
  const shown = path.relative(cwd, file).split(path.sep).join('/') || file;
  return { config: parseConfig(text, shown), file };
}
