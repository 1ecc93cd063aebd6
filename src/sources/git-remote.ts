/**
 * The repository a scan root belongs to, read from the `origin` remote in the git config — text only, no git binary.
 * Used to tell first-party actions (the repository owner's own) from third-party ones.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const REPOSITORY_RE = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/;

/** True for `OWNER/NAME` as GitHub spells repositories. */
export function isRepositoryName(value: string): boolean {
  return REPOSITORY_RE.test(value);
}

/** `OWNER/NAME` from a remote URL (https, ssh, scp-like), any host; undefined when the path is not two segments. */
export function repositoryFromRemoteUrl(url: string): string | undefined {
  const value = url.trim();
  let repoPath: string | undefined;
  const scp = /^(?:[^@/\s]+@)?[^:/\s]+:(?!\/\/)(.+)$/.exec(value); // git@github.com:owner/name.git
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    try {
      repoPath = new URL(value).pathname;
    } catch {
      return undefined;
    }
  } else if (scp) repoPath = scp[1];
  if (repoPath === undefined) return undefined;
  const parts = repoPath.replace(/\/+$/, '').replace(/\.git$/, '').split('/').filter(Boolean);
  if (parts.length !== 2) return undefined;
  const name = `${decodeURIComponent(parts[0]!)}/${decodeURIComponent(parts[1]!)}`;
  return isRepositoryName(name) ? name : undefined;
}

/** The `url` of `[remote "origin"]` in git config text. */
export function originUrl(configText: string): string | undefined {
  let inOrigin = false;
  for (const raw of configText.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      inOrigin = /^\[\s*remote\s+"origin"\s*\]$/i.test(line);
      continue;
    }
    if (!inOrigin) continue;
    const m = /^url\s*=\s*(.*)$/i.exec(line);
    if (m) return m[1]!.replace(/^"(.*)"$/, '$1');
  }
  return undefined;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The git config file of the repository holding `dir` (worktrees and submodules: through `.git` files and `commondir`). */
export function gitConfigPath(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const dotGit = path.join(current, '.git');
    if (isDirectory(dotGit)) return path.join(dotGit, 'config');
    if (isFile(dotGit)) {
      const m = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
      if (!m) return undefined;
      const gitDir = path.resolve(current, m[1]!.trim());
      const commonDirFile = path.join(gitDir, 'commondir');
      const common = isFile(commonDirFile) ? path.resolve(gitDir, readFileSync(commonDirFile, 'utf8').trim()) : gitDir;
      return path.join(common, 'config');
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** `OWNER/NAME` of the `origin` remote of the git repository holding `dir`; undefined when none can be read. */
export function repositoryFromGit(dir: string): string | undefined {
  try {
    const config = gitConfigPath(dir);
    if (!config || !isFile(config)) return undefined;
    const url = originUrl(readFileSync(config, 'utf8'));
    return url === undefined ? undefined : repositoryFromRemoteUrl(url);
  } catch {
    return undefined; // best effort: without it, only actions/* and github/* count as first-party
  }
}
