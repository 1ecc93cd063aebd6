import { randomBytes } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh random value in a GitHub token format, planted in fixtures to check it never leaks. */
export function plantedToken(prefix: 'ghp_' | 'gho_' | 'ghu_' | 'ghs_' | 'ghr_' | 'github_pat_'): string {
  const length = prefix === 'github_pat_' ? 82 : 36;
  const bytes = randomBytes(length);
  let body = '';
  for (let i = 0; i < length; i++) body += ALNUM[bytes[i]! % ALNUM.length];
  return prefix + body;
}
