/**
 * The `github` expiry source: asks GitHub about each GitHub token value, with one `GET /rate_limit` per value (it
 * costs no rate limit). GitHub's answer says when the token expires (`github-authentication-token-expiration`), which
 * classic scopes it has (`x-oauth-scopes`), and a 401 says it is expired or revoked. The value's prefix says what
 * kind of token it is. It reports data; ../token.ts judges it.
 */
import { GitHubAuthError } from '../../github/errors.js';
import type { RegistryToken, TokenKind } from '../../registry/types.js';
import { parseInstant } from '../policy.js';
import { failureText, githubPrefix, mapLimit, OLD_FORMAT_TOKEN, type ClientFor, type GitHubPrefix } from './github-common.js';
import { emptyResult, observe, type ExpirySource, type SourceContext, type SourceResult } from './types.js';

export interface GitHubSourceOptions {
  clientFor: ClientFor;
  /** At most this many requests at once. Default 4. */
  concurrency?: number;
}

const GITHUB_KINDS: ReadonlySet<TokenKind> = new Set<TokenKind>(['github-pat', 'github-pat-fine-grained', 'github-app']);

export const EXPIRY_HEADER = 'github-authentication-token-expiration';

/**
 * GitHub's expiry header as an ISO timestamp: `2027-01-05 10:00:00 UTC` → `2027-01-05T10:00:00Z`,
 * `2027-01-05 10:00:00 +0100` → `2027-01-05T10:00:00+01:00`. Undefined when it is neither.
 */
export function parseExpiryHeader(header: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}) ?(UTC|Z|[+-]\d{2}:?\d{2})$/.exec(header.trim());
  if (!m) return undefined;
  const zone = m[3] === 'UTC' || m[3] === 'Z' ? 'Z' : `${m[3]!.slice(0, 3)}:${m[3]!.slice(-2)}`;
  const iso = `${m[1]}T${m[2]}${zone}`;
  return parseInstant(iso) === undefined ? undefined : iso;
}

/** `x-oauth-scopes` as a list: absent → undefined (not a classic token); empty → [] (a classic token without scopes). */
export function parseScopesHeader(header: string | undefined): string[] | undefined {
  if (header === undefined) return undefined;
  return header.split(',').map((s) => s.trim()).filter(Boolean);
}

type Probe = { ok: true; headers: Record<string, string | number | undefined> } | { ok: false; error: unknown };

/** What the prefix says, and whether to ask GitHub; undefined when the token is none of this source's business. */
function classify(token: RegistryToken, value: string): { prefix?: GitHubPrefix; words: string; ask: boolean; skipNote?: string } | undefined {
  const prefix = githubPrefix(value);
  if (prefix) {
    const base = { prefix, words: prefix.words };
    if (!prefix.callable) return { ...base, ask: false, skipNote: `a refresh token (ghr_) cannot call the API, so GitHub was not asked; it lasts 6 months and is renewed with each use` };
    return { ...base, ask: true };
  }
  if (!GITHUB_KINDS.has(token.kind)) return undefined;
  // An App's private key is the github-app source's.
  if (token.kind === 'github-app') return undefined;
  if (token.kind === 'github-pat' && OLD_FORMAT_TOKEN.test(value)) return { words: 'classic token in the old format (40 hex digits, no prefix)', ask: true };
  // Asking GitHub with something that is no token would get a 401 and read as "revoked".
  return { words: 'not a GitHub token (no ghp_ or github_pat_ prefix)', ask: false, skipNote: `the value does not look like a GitHub token (no ghp_ or github_pat_ prefix), so GitHub was not asked: check the secret or the entry's env` };
}

function mismatch(token: RegistryToken, prefix: GitHubPrefix | undefined, words: string): string | undefined {
  if (!prefix || token.kind === 'other' || token.kind === prefix.registryKind) return undefined;
  // A github-app entry may hold any App token; only a PAT or OAuth value is a mismatch there.
  if (token.kind === 'github-app' && prefix.registryKind === 'github-app') return undefined;
  return `registered as kind ${token.kind}, but the value is ${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}${prefix.registryKind ? `: kind ${prefix.registryKind}` : ''}`;
}

function describeHeaders(o: ReturnType<typeof observe>, prefix: GitHubPrefix | undefined, headers: Record<string, string | number | undefined>): void {
  const expiry = headers[EXPIRY_HEADER] === undefined ? undefined : String(headers[EXPIRY_HEADER]);
  const scopes = parseScopesHeader(headers['x-oauth-scopes'] === undefined ? undefined : String(headers['x-oauth-scopes']));
  if (scopes) {
    o.classicScopes = scopes;
    o.scopesSource = 'github';
  }
  const p = prefix?.prefix;
  if (expiry !== undefined) {
    const expiresAt = parseExpiryHeader(expiry);
    if (expiresAt) o.evidence.push({ source: 'github', expiresAt, note: `GitHub: expires ${expiry}` });
    else o.notes.push(`GitHub sent an expiry header that could not be read ("${expiry.slice(0, 40)}")`);
  } else if (p === 'github_pat_') {
    o.notes.push('GitHub sent no expiry header, which it does not always send for fine-grained PATs: this does not mean the token never expires; declare `expires`');
  } else if (p === 'ghp_' || p === undefined) {
    o.neverExpires = { source: 'github', note: 'GitHub sent no expiry header: the token never expires' };
  } else if (p === 'gho_') {
    o.neverExpires = { source: 'github', note: 'GitHub sent no expiry header: the OAuth token never expires (GitHub revokes it after a year unused)' };
  }
  if (p === 'ghs_') o.notes.push('an installation token (ghs_) lives at most 1 hour: a stored one is soon useless; mint it when needed');
  if (p === 'ghu_') o.notes.push('a user-to-server token (ghu_) lives 8 hours and is renewed with its refresh token (ghr_)');
}

export function githubSource(options: GitHubSourceOptions): ExpirySource {
  return {
    name: 'github',
    async collect(context: SourceContext): Promise<SourceResult> {
      const result = emptyResult();
      const work: Array<{ token: RegistryToken; value: string; kind: NonNullable<ReturnType<typeof classify>> }> = [];
      for (const token of context.registry.tokens) {
        const value = context.valueOf(token);
        if (!value) continue;
        const kind = classify(token, value);
        if (kind) work.push({ token, value, kind });
      }
      // One request per distinct value: two entries for one secret cost one call.
      const probes = new Map<string, Promise<Probe>>();
      const ask = (value: string): Promise<Probe> => {
        let p = probes.get(value);
        if (!p) {
          p = (async (): Promise<Probe> => {
            try {
              const client = await options.clientFor({ type: 'token', token: value });
              result.calls += 1;
              const { headers } = await client.rest.rateLimit.get();
              return { ok: true, headers: headers as Record<string, string | number | undefined> };
            } catch (error) {
              return { ok: false, error };
            }
          })();
          probes.set(value, p);
        }
        return p;
      };
      const answers = await mapLimit(work, options.concurrency ?? 4, (w) => (w.kind.ask ? ask(w.value) : Promise.resolve(undefined)));
      const values = work.map((w) => w.value);
      work.forEach(({ token, kind }, i) => {
        const o = observe(result, token.key);
        o.valueKind = kind.words;
        const wrong = mismatch(token, kind.prefix, kind.words);
        if (wrong) o.notes.push(wrong);
        if (kind.skipNote) o.notes.push(kind.skipNote);
        const answer = answers[i];
        if (!answer) return;
        if (answer.ok) {
          describeHeaders(o, kind.prefix, answer.headers);
        } else if (answer.error instanceof GitHubAuthError) {
          o.evidence.push({ source: 'github', expiresAt: new Date(context.nowMs).toISOString(), note: 'GitHub answered 401 Bad credentials: the token is expired or revoked' });
        } else {
          result.notes.push({ source: 'github', level: 'warning', token: token.name, message: `could not ask GitHub about ${token.name}: ${failureText(answer.error, values)}` });
        }
      });
      return result;
    },
  };
}
