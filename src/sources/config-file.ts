import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { DEFAULT_CONFIG, type ScanConfig } from '../config/types.js';
import { ConfigError, type ValidationIssue } from '../config/validate-error.js';
import { LineIndex } from '../workflows/lines.js';
import { credentialLiteralReports } from '../rules/hardcoded-credential.js';
import { redactTokensIn } from '../workflows/secrets-text.js';
import { isWithin, readRegularFile, realOrSelf } from './files.js';

export const DEFAULT_CONFIG_PATH = '.github/token-warden.yml';

export interface LoadedConfig {
  config: ScanConfig;
  /** Absolute path of the file read, when there was one. */
  file?: string;
  /** Its text: scanned for credential literals like every other file (see ScanOptions.textFiles). */
  text?: string;
}

/**
 * Loads the config: an explicit path must exist; otherwise `.github/token-warden.yml` under the root
 * is used when present. The parser (zod + yaml) is imported only when there is a file to parse.
 * Throws ConfigError (invalid content) or UsageError (unreadable file).
 *
 * Credential literals in the file go to `onSecret` (the action's log masker) as soon as it is read. When the file is
 * invalid, the error lists them (redacted) beside the problems, and no message can quote one: an invalid file is
 * never scanned, so the error is the only place they can be reported.
 */
export async function loadConfig(root: string, explicit: string | undefined, cwd: string, onSecret?: (value: string) => void): Promise<LoadedConfig> {
  const file = explicit ? path.resolve(cwd, explicit) : path.join(root, DEFAULT_CONFIG_PATH);
  if (!existsSync(file)) {
    if (explicit) throw new UsageError(`config file not found: ${explicit}`);
    return { config: DEFAULT_CONFIG };
  }
  // The default file comes with the repository: a link out of it is not followed (it could read any file on the
  // machine into validation messages), and it is read only if it is a regular file.
  if (!explicit && !isWithin(realOrSelf(root), realOrSelf(file))) {
    throw new UsageError(`${DEFAULT_CONFIG_PATH} is a symbolic link to a path outside the scan root: not followed (name the file with --config if it is meant)`);
  }
  let text: string;
  try {
    text = explicit ? readFileSync(file, 'utf8') : readRegularFile(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read config ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const credentials = credentialLiteralReports(text, () => []);
  if (onSecret) for (const c of credentials) onSecret(c.literal);
  const { parseConfig } = await import('../config/config.js');
  const shown = path.relative(cwd, file).split(path.sep).join('/') || file;
  try {
    return { config: parseConfig(text, shown), file, text };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const lines = new LineIndex(text);
    const leaked: ValidationIssue[] = credentials.map(({ report }) => ({ file: shown, ...lines.position(report.span[0]), key: '', message: report.message }));
    const issues = [...error.issues.map((i) => ({ ...i, key: redactTokensIn(i.key), message: redactTokensIn(i.message) })), ...leaked];
    throw new ConfigError(issues.sort((a, b) => a.line - b.line || a.column - b.column));
  }
}
