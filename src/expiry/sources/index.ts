/**
 * Builds the online expiry sources for a run from the CLI flags or action inputs: every source that has what it
 * needs, each GitHub client from the one factory (src/github/client.ts), and a note for each source that cannot run.
 */
import type { ClientLogger, GitHubAuthOptions, GitHubClientOptions } from '../../github/client.js';
import type { VaultClientOptions } from '../../vault/client.js';
import { actionsSecretsSource } from './actions-secrets.js';
import { githubAppSource } from './github-app.js';
import { githubSource } from './github.js';
import { jwtSource } from './jwt.js';
import type { ExpirySource, SourceNote } from './types.js';
import { vaultSource } from './vault.js';

export interface SourceOptions {
  /** Declared dates only: no source is built. */
  offline: boolean;
  /** GitHub API URL (`--api-url`, else GITHUB_API_URL, else https://api.github.com). */
  apiUrl: string;
  /** The token the run calls the API with (Actions secret age); absent: that source is skipped with a note. */
  apiToken?: string;
  /** `OWNER/NAME` whose Actions secrets are listed. */
  repository?: string;
  /** Also list the organisation's Actions secrets. */
  orgSecrets?: boolean;
  /** Vault address (`--vault-addr`, else VAULT_ADDR) and namespace (VAULT_NAMESPACE). */
  vaultAddr?: string;
  vaultNamespace?: string;
  env: NodeJS.ProcessEnv;
  mask: (value: string) => void;
  log: ClientLogger;
  /** Overrides for the GitHub clients (tests: timing); the auth, URL, masker and log are set here. */
  client?: Partial<GitHubClientOptions>;
  /** Overrides for the Vault client (tests: timing). */
  vault?: Partial<VaultClientOptions>;
}

export interface BuiltSources {
  sources: ExpirySource[];
  notes: SourceNote[];
}

export async function buildSources(options: SourceOptions): Promise<BuiltSources> {
  if (options.offline) return { sources: [], notes: [] };
  // Octokit is loaded on the first call a source makes: a run with no value to check never pays for it.
  const clientFor = async (auth: GitHubAuthOptions) => {
    const { createGitHubClient } = await import('../../github/client.js');
    return createGitHubClient({ ...options.client, auth, baseUrl: options.apiUrl, mask: options.mask, log: options.log, env: options.env });
  };
  const sources: ExpirySource[] = [githubSource({ clientFor }), githubAppSource({ clientFor, ...(options.repository ? { repository: options.repository } : {}) }), jwtSource()];
  const notes: SourceNote[] = [];
  if (options.apiToken && options.repository) {
    sources.push(actionsSecretsSource({ clientFor, apiToken: options.apiToken, repository: options.repository, ...(options.orgSecrets ? { org: true } : {}) }));
  } else {
    const missing = options.apiToken ? 'the repository (--repository OWNER/NAME or GITHUB_REPOSITORY)' : 'a GitHub token (GITHUB_TOKEN or GH_TOKEN; in the action, github-token)';
    notes.push({ source: 'actions-secret', level: 'info', message: `Actions secret age not checked: it needs ${missing}` });
  }
  sources.push(
    vaultSource({
      ...options.vault,
      env: options.env,
      ...(options.vaultAddr ? { address: options.vaultAddr } : {}),
      ...(options.vaultNamespace ? { namespace: options.vaultNamespace } : {}),
    }),
  );
  return { sources, notes };
}
