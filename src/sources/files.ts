/** Finding and reading the files a scan covers. The only part of the scan that touches the disk. */
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { ScanInput } from '../engine.js';
import { PARSE_BUDGETS } from '../workflows/budgets.js';

const SKIP_DIRS = new Set(['node_modules', '.git']);
const YAML_RE = /\.ya?ml$/i;
const ACTION_RE = /^action\.ya?ml$/i;

export interface Discovered {
  /** Directory findings' paths are relative to. */
  root: string;
  /** Absolute paths, sorted. */
  files: string[];
}

function statOrThrow(p: string): Stats {
  try {
    return statSync(p);
  } catch (error) {
    throw new UsageError(`cannot read ${p}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function walk(dir: string, accept: (name: string) => boolean, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`cannot read directory ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  for (const e of entries) {
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(path.join(dir, e.name), accept, out);
    } else if (e.isFile() && accept(e.name)) out.push(path.join(dir, e.name));
  }
}

/** A directory holding `.github/` is a repository root. */
export function isRepositoryRoot(dir: string): boolean {
  try {
    return statSync(path.join(dir, '.github')).isDirectory();
  } catch {
    return false;
  }
}

/** Files of one PATH argument (see README: what gets scanned). */
export function filesUnder(target: string): string[] {
  const st = statOrThrow(target);
  if (st.isFile()) return [path.resolve(target)];
  if (!st.isDirectory()) throw new UsageError(`${target} is neither a file nor a directory`);
  const dir = path.resolve(target);
  const out: string[] = [];
  if (isRepositoryRoot(dir)) {
    const workflows = path.join(dir, '.github', 'workflows');
    try {
      for (const e of readdirSync(workflows, { withFileTypes: true })) {
        if (e.isFile() && YAML_RE.test(e.name)) out.push(path.join(workflows, e.name));
      }
    } catch {
      // a repository without workflows: only its actions are scanned
    }
    walk(dir, (name) => ACTION_RE.test(name), out);
  } else {
    walk(dir, (name) => YAML_RE.test(name), out);
  }
  return out;
}

/**
 * Resolves PATH arguments. Findings' paths are relative to `root`: the single directory given, else the
 * current directory (or an explicit root).
 */
export function discover(targets: readonly string[], cwd: string, explicitRoot?: string): Discovered {
  const list = targets.length ? targets : ['.'];
  const abs = list.map((t) => path.resolve(cwd, t));
  const files = new Set<string>();
  for (const t of abs) for (const f of filesUnder(t)) files.add(f);
  let root = explicitRoot ? path.resolve(cwd, explicitRoot) : cwd;
  if (!explicitRoot && abs.length === 1 && statOrThrow(abs[0]!).isDirectory()) root = abs[0]!;
  return { root, files: [...files].sort() };
}

export function relativePath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/**
 * Reads discovered files as scan inputs, lazily, so memory holds one file at a time. A file is read up to one byte
 * past the size budget: a larger file is then over the budget (a `resource-limit` finding), whatever its size.
 */
export function* readInputs(found: Discovered, maxBytes: number = PARSE_BUDGETS.maxBytes): Generator<ScanInput> {
  for (const file of found.files) {
    let text: string;
    try {
      text = readPrefix(file, maxBytes + 1);
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    yield { path: relativePath(found.root, file), text };
  }
}

/** The file's first `limit` bytes (all of it when smaller), decoded as UTF-8. */
function readPrefix(file: string, limit: number): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(Math.min(limit, fstatSync(fd).size));
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}
