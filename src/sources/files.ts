/** Finding and reading the files a scan covers. The only part of the scan that touches the disk. */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { ScanInput, SkippedFile, SkipReason } from '../engine.js';
import { PARSE_BUDGETS } from '../workflows/budgets.js';

const SKIP_DIRS = new Set(['node_modules', '.git']);
const YAML_RE = /\.ya?ml$/i;
const ACTION_RE = /^action\.ya?ml$/i;

export interface Discovered {
  /** Directory findings' paths are relative to. */
  root: string;
  /** Absolute paths, sorted. */
  files: string[];
  /** Files found but not read (symbolic links leading out of the scan root, FIFOs, sockets, devices), sorted by path. */
  skipped: SkippedFile[];
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

function lstatOrThrow(p: string): Stats {
  try {
    return lstatSync(p);
  } catch (error) {
    throw new UsageError(`cannot read ${p}: ${errorCode(error)}`);
  }
}

/** The canonical path (symbolic links resolved); the path itself when it cannot be resolved (it does not exist). */
export function realOrSelf(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * The canonical path of `p`, which need not exist: its nearest existing ancestor resolved (symbolic links followed),
 * the rest appended. Where a file about to be written would really land.
 */
export function realPathOfNearest(p: string, depth = 0): string {
  const abs = path.resolve(p);
  const rest: string[] = [];
  for (let dir = abs; ; dir = path.dirname(dir)) {
    try {
      return path.join(realpathSync.native(dir), ...rest);
    } catch {
      // A dangling link: writing through it would create its target, so that is where it leads.
      let link: string | undefined;
      try {
        if (depth < 40 && lstatSync(dir).isSymbolicLink()) link = readlinkSync(dir);
      } catch {
        // not there at all: look at its parent
      }
      if (link !== undefined) return path.join(realPathOfNearest(path.resolve(path.dirname(dir), link), depth + 1), ...rest);
      if (path.dirname(dir) === dir) return abs;
      rest.unshift(path.basename(dir));
    }
  }
}

/** True when `p` is `dir` or lies below it (both absolute, compared as written). */
export function isWithin(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Collects the files of one or more PATH arguments. Each argument is confined to a boundary (see `discover`): a
 * symbolic link whose target resolves outside it is not followed, and anything that is not a regular file or a
 * directory is never opened; both are recorded as skipped. Files reached twice (through a link inside the boundary)
 * are read once, under their own path rather than the link's.
 */
class Collector {
  /** Real path → the path the file is reported under. */
  private readonly found = new Map<string, { shown: string; viaLink: boolean }>();
  private readonly skips = new Map<string, SkipReason>();

  add(shown: string, real: string, viaLink: boolean): void {
    const known = this.found.get(real);
    if (!known || (known.viaLink && !viaLink) || (known.viaLink === viaLink && shown < known.shown)) this.found.set(real, { shown, viaLink });
  }

  skip(shown: string, reason: SkipReason): void {
    if (!this.skips.has(shown)) this.skips.set(shown, reason);
  }

  /** An entry `shown` (absolute) named `name`: a file it accepts is added, a directory is handed to `onDir`. */
  entry(shown: string, name: string, kind: Dirent | Stats, parentReal: string, boundary: string, accept: (name: string) => boolean, onDir?: (shown: string, real: string, viaLink: boolean) => void): void {
    if (kind.isDirectory()) {
      if (onDir && !SKIP_DIRS.has(name)) onDir(shown, path.join(parentReal, name), false);
    } else if (kind.isFile()) {
      if (accept(name)) this.add(shown, path.join(parentReal, name), false);
    } else if (kind.isSymbolicLink()) {
      if (SKIP_DIRS.has(name)) return;
      let real: string;
      let target: Stats;
      try {
        real = realpathSync.native(shown);
        target = statSync(real);
      } catch {
        if (accept(name)) this.skip(shown, 'broken-symlink');
        return;
      }
      if (target.isDirectory()) {
        if (!onDir) return;
        if (!isWithin(boundary, real)) this.skip(shown, 'symlink-outside-root');
        else onDir(shown, real, true);
      } else if (accept(name)) {
        if (!isWithin(boundary, real)) this.skip(shown, 'symlink-outside-root');
        else if (!target.isFile()) this.skip(shown, 'not-a-regular-file');
        else this.add(shown, real, true);
      }
    } else if (accept(name)) {
      this.skip(shown, 'not-a-regular-file');
    }
  }

  /**
   * Every accepted file below `dir`. Real directories first, then the linked ones (each real directory once), so a
   * file is reported under its own path, and a link loop ends.
   */
  walk(dir: string, dirReal: string, boundary: string, accept: (name: string) => boolean): void {
    const linked: Array<[string, string]> = [];
    const walked = new Set<string>();
    const visit = (shown: string, real: string): void => {
      if (walked.has(real)) return;
      walked.add(real);
      let entries: Dirent[];
      try {
        entries = readdirSync(shown, { withFileTypes: true });
      } catch (error) {
        throw new UsageError(`cannot read directory ${shown}: ${errorCode(error)}`);
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        this.entry(path.join(shown, e.name), e.name, e, real, boundary, accept, (s, r, viaLink) => (viaLink ? linked.push([s, r]) : visit(s, r)));
      }
    };
    visit(dir, dirReal);
    while (linked.length > 0) {
      const [shown, real] = linked.shift()!;
      visit(shown, real);
    }
  }

  result(root: string): { files: string[]; skipped: SkippedFile[] } {
    const files = [...this.found.values()].map((f) => f.shown).sort();
    const skipped = [...this.skips].map(([p, reason]) => ({ path: relativePath(root, p), reason })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, skipped };
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

/** Adds the files of one PATH argument (absolute) to `out`, confined to `boundary` (a real path). */
function collect(target: string, boundary: string, out: Collector): void {
  const st = lstatOrThrow(target);
  const name = path.basename(target);
  const parentReal = realOrSelf(path.dirname(target));
  let real = path.join(parentReal, name);
  let isDir = st.isDirectory();
  if (st.isSymbolicLink()) {
    try {
      real = realpathSync.native(target);
      isDir = statSync(real).isDirectory();
    } catch {
      out.skip(target, 'broken-symlink');
      return;
    }
  }
  if (!isWithin(boundary, real)) {
    out.skip(target, 'symlink-outside-root');
    return;
  }
  if (!isDir) {
    // A file named on the command line is scanned whatever its name.
    if ((st.isSymbolicLink() ? statSync(real) : st).isFile()) out.add(target, real, st.isSymbolicLink());
    else out.skip(target, 'not-a-regular-file');
    return;
  }
  if (isRepositoryRoot(target)) {
    const workflows = path.join(target, '.github', 'workflows');
    const workflowsReal = realOrSelf(workflows);
    if (!isWithin(boundary, workflowsReal)) out.skip(workflows, 'symlink-outside-root');
    else {
      let entries: Dirent[] = [];
      try {
        entries = readdirSync(workflows, { withFileTypes: true });
      } catch {
        // a repository without workflows: only its actions are scanned
      }
      for (const e of entries) out.entry(path.join(workflows, e.name), e.name, e, workflowsReal, boundary, (n) => YAML_RE.test(n));
    }
    out.walk(target, real, boundary, (n) => ACTION_RE.test(n));
  } else {
    out.walk(target, real, boundary, (n) => YAML_RE.test(n));
  }
}

/** True for a directory, or a symbolic link to one. */
function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Files of one PATH argument (see README: what gets scanned), confined to the argument itself. */
export function filesUnder(target: string): string[] {
  const abs = path.resolve(target);
  lstatOrThrow(abs);
  const out = new Collector();
  collect(abs, realOrSelf(isDirectory(abs) ? abs : path.dirname(abs)), out);
  return out.result(abs).files;
}

/**
 * Resolves PATH arguments. Findings' paths are relative to `root`: the single directory given, else the
 * current directory (or an explicit root).
 *
 * The boundary symbolic links may not lead out of is the root for an argument inside it; an argument outside the root
 * is confined to itself (a directory) or to its directory (a file).
 */
export function discover(targets: readonly string[], cwd: string, explicitRoot?: string): Discovered {
  const list = targets.length ? targets : ['.'];
  const abs = list.map((t) => path.resolve(cwd, t));
  for (const t of abs) lstatOrThrow(t);
  let root = explicitRoot ? path.resolve(cwd, explicitRoot) : cwd;
  if (!explicitRoot && abs.length === 1 && isDirectory(abs[0]!)) root = abs[0]!;
  const rootReal = realOrSelf(root);
  const out = new Collector();
  for (const t of abs) collect(t, isWithin(root, t) ? rootReal : realOrSelf(isDirectory(t) ? t : path.dirname(t)), out);
  return { root, ...out.result(root) };
}

export function relativePath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/**
 * Reads a file discovered as regular, up to `limit` bytes. Opened without blocking and checked again once open: a file
 * swapped for a FIFO or a device since discovery is refused, never waited on.
 */
export function readRegularFile(file: string, limit = Number.MAX_SAFE_INTEGER): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) throw new UsageError(`cannot read ${file}: not a regular file`);
    const buffer = Buffer.allocUnsafe(Math.min(limit, st.size));
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: ${errorCode(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads discovered files as scan inputs, lazily, so memory holds one file at a time. A file is read up to one byte
 * past the size budget: a larger file is then over the budget (a `resource-limit` finding), whatever its size.
 */
export function* readInputs(found: Pick<Discovered, 'root' | 'files'>, maxBytes: number = PARSE_BUDGETS.maxBytes): Generator<ScanInput> {
  for (const file of found.files) yield { path: relativePath(found.root, file), text: readRegularFile(file, maxBytes + 1) };
}
