/**
 * The one place the registry touches the disk: finding the file and reading it. Everything else in src/registry is pure.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { isWithin, realOrSelf } from '../sources/files.js';
import type { Registry } from './types.js';
import type { RegistryCheck } from './parse.js';

export const DEFAULT_REGISTRY_PATH = '.github/token-scope-map.yml';
/** Where the in-house tooling this project grew out of kept it; read when the default is absent. */
export const LEGACY_REGISTRY_PATH = '.codex/tokens/token_scope_map.yaml';

export interface RegistryFile {
  /** Path for messages and findings: relative to the scan root (forward slashes); pass it to scan() as the extra file's path. */
  path: string;
  absolutePath: string;
  text: string;
  /** Found at the legacy location. */
  legacy: boolean;
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/') || path.basename(file);
}

function read(file: string, shown: string): string {
  try {
    if (!statSync(file).isFile()) throw new UsageError(`registry is not a file: ${shown}`);
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read registry ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/**
 * Finds the registry: an explicit path (resolved against `cwd`) must exist; otherwise `.github/token-scope-map.yml`
 * under `root`, else the legacy `.codex/tokens/token_scope_map.yaml`. Undefined when there is none (registry rules are
 * then skipped, and the summary should say so). Throws UsageError for a missing explicit path or an unreadable file.
 */
export function findRegistryFile(root: string, explicit: string | undefined, cwd: string): RegistryFile | undefined {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    if (!existsSync(file)) throw new UsageError(`registry file not found: ${explicit}`);
    return { path: relative(root, file), absolutePath: file, text: read(file, explicit), legacy: false };
  }
  for (const [candidate, legacy] of [
    [DEFAULT_REGISTRY_PATH, false],
    [LEGACY_REGISTRY_PATH, true],
  ] as const) {
    const file = path.join(root, candidate);
    if (!existsSync(file)) continue;
    // The default file comes with the repository: a link out of it is not followed.
    if (!isWithin(realOrSelf(root), realOrSelf(file))) {
      throw new UsageError(`${candidate} is a symbolic link to a path outside the scan root: not followed (name the file with --registry if it is meant)`);
    }
    return { path: candidate, absolutePath: file, text: read(file, candidate), legacy };
  }
  return undefined;
}

export interface LoadedRegistry {
  file: RegistryFile;
  check: RegistryCheck;
}

/**
 * Finds and validates the registry, importing the parser (zod, yaml) only when there is a file. Does not throw for
 * invalid content: `check.issues` lists every problem (exit code 2 at the entry points), `check.registry` is set when
 * there are none.
 */
export async function loadRegistryFile(root: string, explicit: string | undefined, cwd: string, onSecret?: (value: string) => void): Promise<LoadedRegistry | undefined> {
  const file = findRegistryFile(root, explicit, cwd);
  if (!file) return undefined;
  const { checkRegistry } = await import('./parse.js');
  return { file, check: checkRegistry(file.text, file.path, onSecret) };
}

/** Like loadRegistryFile, but throws ConfigError (every problem listed) when the registry is invalid. */
export async function loadRegistry(
  root: string,
  explicit: string | undefined,
  cwd: string,
  onSecret?: (value: string) => void,
): Promise<{ file: RegistryFile; registry: Registry } | undefined> {
  const loaded = await loadRegistryFile(root, explicit, cwd, onSecret);
  if (!loaded) return undefined;
  if (!loaded.check.registry) {
    const { ConfigError } = await import('../config/validate-error.js');
    const { pastedSecretMessage } = await import('./rules/pasted-secret-in-registry.js');
    // An invalid registry is not scanned, so the credentials read from its text are reported here, with the problems
    // (once each: one already named by an issue at the same position is not repeated).
    const listed = new Set(loaded.check.issues.map((i) => `${i.line}:${i.column}`));
    const pasted = loaded.check.pastedSecrets
      .filter((p) => !listed.has(`${p.line}:${p.column}`))
      .map((p) => ({ file: loaded.file.path, line: p.line, column: p.column, key: '', message: pastedSecretMessage(p) }));
    throw new ConfigError([...loaded.check.issues, ...pasted].sort((a, b) => a.line - b.line || a.column - b.column));
  }
  return { file: loaded.file, registry: loaded.check.registry };
}
