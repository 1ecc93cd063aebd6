/** The GitHub API URL, apart from the client so that resolving it does not load Octokit. */
import { UsageError } from '../errors.js';

/** The API URL from the `api-url` input, else `GITHUB_API_URL`, else github.com; no trailing slash. */
export function resolveApiUrl(input?: string, env: NodeJS.ProcessEnv = process.env): string {
  const raw = (input?.trim() || env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`api-url must be an http(s) URL (got "${raw}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`api-url must be an http(s) URL (got "${raw}")`);
  return raw;
}
