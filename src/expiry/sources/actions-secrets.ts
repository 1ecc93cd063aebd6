/**
 * The `actions-secret` expiry source: when each registered token's Actions secret was last updated, from GitHub's
 * secret lists (repository, the environments the registry names, and optionally the organisation). A secret's
 * `updated_at` is when its value last changed, so `updated_at + max-age-days` is when the entry is due for rotation
 * (or `+ policy.max-lifetime-days` for its kind when the entry sets no max-age-days). Needs a token that may read
 * secrets; the default GITHUB_TOKEN may not, and then the source says so once and does nothing else.
 */
import { GitHubAuthError, GitHubForbiddenError, GitHubNotFoundError } from '../../github/errors.js';
import type { GitHubClient } from '../../github/client.js';
import type { RegistryToken } from '../../registry/types.js';
import { DAY_MS, failureText, type ClientFor } from './github-common.js';
import { emptyResult, observe, type ExpirySource, type SourceContext, type SourceResult } from './types.js';

export interface ActionsSecretsSourceOptions {
  clientFor: ClientFor;
  /** The token that lists the secrets (the action's `github-token`): it needs to read secrets, see PERMISSION_NOTE. */
  apiToken: string;
  /** The repository whose secrets are listed, `owner/name`. */
  repository: string;
  /** Also list organisation secrets: `true` for the repository's owner, or an organisation's login. Default: no. */
  org?: boolean | string;
}

export const PERMISSION_NOTE =
  'Actions secret age needs a token that can read secrets (fine-grained/App: Secrets read (repository), Environments read for environment secrets, Organization secrets read; classic: repo, admin:org for organisation secrets); the default GITHUB_TOKEN cannot';

interface SecretEntry {
  name: string;
  updated_at: string;
}

interface Scope {
  /** In words: `repository`, `environment production`, `organisation acme`. */
  label: string;
  list(client: GitHubClient): AsyncIterable<{ data: SecretEntry[] }>;
}

const dateOf = (iso: string) => iso.slice(0, 10);

function plusDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString().replace('.000Z', 'Z');
}

function describeCopy(token: RegistryToken, copy: { scope: string; updatedAt: string }, maxLifetimeDays: number | undefined, o: ReturnType<typeof observe>): void {
  const updated = dateOf(copy.updatedAt);
  o.notes.push(`Actions secret updated ${updated} (${copy.scope})`);
  if (token.maxAgeDays !== undefined) {
    o.evidence.push({ source: 'actions-secret', expiresAt: plusDays(copy.updatedAt, token.maxAgeDays), lifetimeDays: token.maxAgeDays, note: `secret updated ${updated} (${copy.scope}) + max-age-days ${token.maxAgeDays}` });
  } else if (maxLifetimeDays !== undefined) {
    o.evidence.push({ source: 'actions-secret', expiresAt: plusDays(copy.updatedAt, maxLifetimeDays), lifetimeDays: maxLifetimeDays, note: `secret updated ${updated} (${copy.scope}) + policy.max-lifetime-days ${maxLifetimeDays}` });
  }
  if (token.rotated && updated > token.rotated) {
    o.notes.push(`the registry's rotated ${token.rotated} is stale: the secret was updated ${updated} (${copy.scope}); set rotated: ${updated}`);
  }
}

export function actionsSecretsSource(options: ActionsSecretsSourceOptions): ExpirySource {
  return {
    name: 'actions-secret',
    async collect(context: SourceContext): Promise<SourceResult> {
      const result = emptyResult();
      const [owner, repo] = options.repository.split('/');
      const warn = (message: string, token?: string) => result.notes.push({ source: 'actions-secret', level: 'warning', message, ...(token ? { token } : {}) });
      const info = (message: string) => result.notes.push({ source: 'actions-secret', level: 'info', message });
      if (!owner || !repo) {
        warn(`the repository must be owner/name (got "${options.repository}")`);
        return result;
      }
      if (!options.apiToken) {
        info(PERMISSION_NOTE);
        return result;
      }
      context.mask(options.apiToken);
      const secrets = [options.apiToken];
      let client: GitHubClient;
      try {
        client = await options.clientFor({ type: 'token', token: options.apiToken });
      } catch (error) {
        warn(`the Actions secrets could not be listed: ${failureText(error, secrets)}`);
        return result;
      }

      const environments = [...new Set(context.registry.tokens.flatMap((t) => t.environments ?? []))];
      const org = options.org === true ? owner : typeof options.org === 'string' && options.org ? options.org : undefined;
      const scopes: Array<Scope & { kind: 'repository' | 'environment' | 'organisation'; environment?: string }> = [
        { kind: 'repository', label: 'repository', list: (c) => c.paginate.iterator(c.rest.actions.listRepoSecrets, { owner, repo, per_page: 100 }) },
        ...environments.map((environment) => ({
          kind: 'environment' as const,
          environment,
          label: `environment ${environment}`,
          list: (c: GitHubClient) => c.paginate.iterator(c.rest.actions.listEnvironmentSecrets, { owner, repo, environment_name: environment, per_page: 100 }),
        })),
        ...(org ? [{ kind: 'organisation' as const, label: `organisation ${org}`, list: (c: GitHubClient) => c.paginate.iterator(c.rest.actions.listOrgSecrets, { org, per_page: 100 }) }] : []),
      ];

      // Secret name (upper case, as GitHub keeps it) → the copies found, in scope order.
      const copies = new Map<string, Array<{ scope: string; updatedAt: string }>>();
      const listed: string[] = [];
      const refusedEnvironments: string[] = [];
      /** Per-token remarks about environments the token names that could not be read. */
      const environmentTrouble = new Map<string, string>();
      for (const scope of scopes) {
        const found: SecretEntry[] = [];
        try {
          // Each page is a call; a page that fails is one too.
          for await (const page of scope.list(client)) {
            result.calls += 1;
            found.push(...page.data);
          }
        } catch (error) {
          result.calls += 1;
          if (scope.kind === 'repository') {
            // Without the repository's list nothing else is worth asking: one note, and the declared dates decide.
            if (error instanceof GitHubForbiddenError) info(PERMISSION_NOTE);
            else if (error instanceof GitHubAuthError) warn(`the token for listing Actions secrets was refused (401): ${failureText(error, secrets)}`);
            else if (error instanceof GitHubNotFoundError) warn(`repository ${owner}/${repo} not found, or the token cannot see it: Actions secrets not listed`);
            else warn(`the Actions secrets of ${owner}/${repo} could not be listed: ${failureText(error, secrets)}`);
            return result;
          }
          if (scope.kind === 'environment') {
            if (error instanceof GitHubNotFoundError) environmentTrouble.set(scope.environment!, `environment ${scope.environment} not found in ${owner}/${repo} (GitHub answered 404): its secrets were not checked`);
            else if (error instanceof GitHubForbiddenError) {
              refusedEnvironments.push(scope.environment!);
              environmentTrouble.set(scope.environment!, `environment ${scope.environment}: the token may not read its secrets`);
            } else {
              environmentTrouble.set(scope.environment!, `environment ${scope.environment}: its secrets could not be listed`);
              warn(`the secrets of environment ${scope.environment} could not be listed: ${failureText(error, secrets)}`);
            }
            continue;
          }
          if (error instanceof GitHubForbiddenError) info(`organisation secrets of ${org} need Organization secrets read (fine-grained/App) or admin:org (classic): not checked`);
          else if (error instanceof GitHubNotFoundError) info(`${org} is not an organisation, or the token cannot see it: organisation secrets not checked`);
          else warn(`the organisation secrets of ${org} could not be listed: ${failureText(error, secrets)}`);
          continue;
        }
        listed.push(scope.label);
        for (const secret of found) {
          const key = secret.name.toUpperCase();
          copies.set(key, [...(copies.get(key) ?? []), { scope: scope.label, updatedAt: secret.updated_at }]);
        }
      }
      if (refusedEnvironments.length) {
        info(`environment secrets need Environments read (fine-grained/App) or repo (classic): ${refusedEnvironments.join(', ')} not checked`);
      }

      for (const token of context.registry.tokens) {
        const mine = copies.get(token.key);
        // A token no workflow may use (a runtime or Vault token listed for the inventory) need not be an Actions
        // secret: its absence is no news. When it is one after all, its age still counts.
        if (!mine && token.usedBy && token.usedBy.length === 0) continue;
        const o = observe(result, token.key);
        for (const environment of token.environments ?? []) {
          const trouble = environmentTrouble.get(environment);
          if (trouble) o.notes.push(trouble);
        }
        if (!mine) {
          o.notes.push(`no Actions secret named ${token.key} in ${owner}/${repo} (${listed.join(', ')})`);
          continue;
        }
        for (const copy of mine) describeCopy(token, copy, context.registry.policy.maxLifetimeDays[token.kind], o);
      }
      return result;
    },
  };
}
