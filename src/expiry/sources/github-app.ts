/**
 * The `github-app` expiry source: for each `github-app` entry with an `app-id` whose value is the App's private key,
 * signs one App JWT (through the client factory's `app-jwt` mode: nothing is minted) and reads the installation —
 * `GET /app/installations/{installation-id}`, else the installation on the scanned repository. The installation's
 * permissions feed `token-scope-drift`. A private key does not expire, but saying so would make every App key
 * "never expires"; its age is left to `rotated` + `max-age-days`. A 401 means GitHub refused the key.
 */
import { GitHubAuthError, GitHubNotFoundError } from '../../github/errors.js';
import type { GitHubClient } from '../../github/client.js';
import type { RegistryToken } from '../../registry/types.js';
import { failureText, githubPrefix, mapLimit, PEM_PRIVATE_KEY, type ClientFor } from './github-common.js';
import { MIN_VALUE_LENGTH } from './values.js';
import { emptyResult, observe, type ExpirySource, type SourceContext, type SourceResult } from './types.js';

export interface GitHubAppSourceOptions {
  clientFor: ClientFor;
  /** `owner/name` whose installation is read for entries without `installation-id`. */
  repository?: string;
  /** At most this many Apps checked at once. Default 4. */
  concurrency?: number;
}

interface Installation {
  id: number;
  account: { login?: string } | null;
  repository_selection: string;
  permissions: Record<string, string | undefined>;
  suspended_at?: string | null;
}

/**
 * Registers the key with the masker in every form a log could show it: whole, with real line breaks when it was
 * written with `\n`, and line by line (a multi-line mask does not reliably cover single lines).
 */
function maskKey(value: string, mask: (v: string) => void): string {
  const key = value.includes('\\n') ? value.replace(/\\n/g, '\n') : value;
  if (key !== value) mask(key);
  for (const line of key.split(/\r?\n/)) {
    const body = line.trim();
    if (body.length >= MIN_VALUE_LENGTH && !body.startsWith('-----')) mask(body);
  }
  return key;
}

export function githubAppSource(options: GitHubAppSourceOptions): ExpirySource {
  return {
    name: 'github-app',
    async collect(context: SourceContext): Promise<SourceResult> {
      const result = emptyResult();
      const [owner, repo] = (options.repository ?? '').split('/');
      const work: Array<{ token: RegistryToken; key: string; appId: number }> = [];
      const keys: string[] = [];
      for (const token of context.registry.tokens) {
        if (token.kind !== 'github-app') continue;
        const value = context.valueOf(token);
        // An App token (ghs_/ghu_) is the github source's; no value, nothing to check.
        if (!value || githubPrefix(value)) continue;
        const o = observe(result, token.key);
        if (!PEM_PRIVATE_KEY.test(value)) {
          o.notes.push('the value is not a PEM private key, so the App was not checked');
          continue;
        }
        const key = maskKey(value, context.mask);
        keys.push(value, key);
        o.valueKind = 'GitHub App private key (PEM)';
        if (token.appId === undefined) {
          o.notes.push('no app-id in the registry, so the App key was not checked');
          continue;
        }
        if (token.installationId === undefined && (!owner || !repo)) {
          o.notes.push('no installation-id in the registry and no repository to look the installation up on, so the App was not checked');
          continue;
        }
        work.push({ token, key, appId: token.appId });
      }

      const answers = await mapLimit(work, options.concurrency ?? 4, async ({ token, key, appId }) => {
        const secrets = [...keys];
        try {
          const client: GitHubClient = await options.clientFor({ type: 'app-jwt', appId, privateKey: key });
          // The factory masks the JWT; mask it here too, so a masker wired only to the context still covers it.
          const jwt = ((await client.auth()) as { token?: unknown }).token;
          if (typeof jwt === 'string') {
            context.mask(jwt);
            secrets.push(jwt);
          }
          result.calls += 1;
          const { data } =
            token.installationId !== undefined
              ? await client.rest.apps.getInstallation({ installation_id: token.installationId })
              : await client.rest.apps.getRepoInstallation({ owner: owner!, repo: repo! });
          return { ok: true as const, installation: data as Installation };
        } catch (error) {
          return { ok: false as const, error, secrets };
        }
      });

      work.forEach(({ token, appId }, i) => {
        const o = observe(result, token.key);
        const answer = answers[i]!;
        if (answer.ok) {
          const { installation } = answer;
          o.permissions = Object.fromEntries(Object.entries(installation.permissions).filter((e): e is [string, string] => typeof e[1] === 'string'));
          o.scopesSource = 'github-app';
          const where = token.installationId !== undefined ? `account ${installation.account?.login ?? '?'} (${installation.repository_selection} repositories)` : `${owner}/${repo}`;
          o.notes.push(`App installation ${installation.id} on ${where}`);
          if (installation.suspended_at) o.notes.push(`the installation is suspended since ${installation.suspended_at.slice(0, 10)}: the App can do nothing there`);
          return;
        }
        const { error } = answer;
        if (error instanceof GitHubAuthError) {
          o.evidence.push({ source: 'github-app', expiresAt: new Date(context.nowMs).toISOString(), note: 'GitHub refused the App key (401): revoked, or the app-id is wrong' });
        } else if (error instanceof GitHubNotFoundError) {
          o.notes.push(token.installationId !== undefined ? `GitHub found no installation ${token.installationId} of App ${appId}` : `App ${appId} is not installed on ${owner}/${repo}`);
        } else {
          result.notes.push({ source: 'github-app', level: 'warning', token: token.name, message: `could not check the App of ${token.name}: ${failureText(error, answer.secrets)}` });
        }
      });
      return result;
    },
  };
}
