/**
 * What the three GitHub sources (github.ts, actions-secrets.ts, github-app.ts) share: how they get a client (injected,
 * so the action and the CLI pass the one factory and tests pass the double), what a GitHub token's prefix says, and
 * how a failed request becomes a sentence that names no secret.
 */
import type { GitHubAuthOptions, GitHubClient } from '../../github/client.js';
import type { TokenKind } from '../../registry/types.js';

/**
 * A client for one credential: `createGitHubClient` from src/github/client.ts with the run's API URL, masker, logger
 * and timing. Tests pass the double's.
 */
export type ClientFor = (auth: GitHubAuthOptions) => Promise<GitHubClient>;

export interface GitHubPrefix {
  prefix: string;
  /** In words, with the prefix: "classic personal access token (ghp_)". */
  words: string;
  /** The registry kind such a value belongs to; undefined when none fits better than `other`. */
  registryKind?: TokenKind;
  /** Whether the value can call the REST API (a refresh token cannot). */
  callable: boolean;
}

/** GitHub's token prefixes (API-FACTS Part 1). `github_pat_` first: the others are shorter. */
export const GITHUB_PREFIXES: readonly GitHubPrefix[] = [
  { prefix: 'github_pat_', words: 'fine-grained personal access token (github_pat_)', registryKind: 'github-pat-fine-grained', callable: true },
  { prefix: 'ghp_', words: 'classic personal access token (ghp_)', registryKind: 'github-pat', callable: true },
  { prefix: 'gho_', words: 'OAuth app token (gho_)', callable: true },
  { prefix: 'ghu_', words: 'GitHub App user-to-server token (ghu_)', registryKind: 'github-app', callable: true },
  { prefix: 'ghs_', words: 'GitHub App installation token (ghs_)', registryKind: 'github-app', callable: true },
  { prefix: 'ghr_', words: 'GitHub App refresh token (ghr_)', registryKind: 'github-app', callable: false },
];

export function githubPrefix(value: string): GitHubPrefix | undefined {
  return GITHUB_PREFIXES.find((p) => value.startsWith(p.prefix));
}

/** Classic tokens from before April 2021 are 40 hex digits, without a prefix (and never expire). */
export const OLD_FORMAT_TOKEN = /^[0-9a-f]{40}$/;

/** A PEM private key (PKCS#1 or PKCS#8), also with its line breaks written as `\n` (a single-line setting). */
export const PEM_PRIVATE_KEY = /-----BEGIN (RSA )?PRIVATE KEY-----/;

/** `text` with every occurrence of any of `secrets` replaced: the last guard before a message is kept. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('***');
  return out;
}

/**
 * A failed request in words. The client's typed errors name the operation and GitHub's message, never headers or
 * bodies; anything else is reduced to its message. Both are passed through `redact` with the values in play.
 */
export function failureText(error: unknown, secrets: Iterable<string>): string {
  const text = error instanceof Error ? error.message : String(error);
  return redact(text.split('\n')[0] ?? '', secrets);
}

/** Runs `work` over `items` with at most `limit` at once; results in the order of `items`. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export const DAY_MS = 86_400_000;
