/** Builds the online expiry sources for a run from the CLI flags or action inputs. Filled in as sources land. */
import type { ClientLogger } from '../../github/client.js';
import type { ExpirySource, SourceNote } from './types.js';

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
}

export interface BuiltSources {
  sources: ExpirySource[];
  notes: SourceNote[];
}

export async function buildSources(options: SourceOptions): Promise<BuiltSources> {
  if (options.offline) return { sources: [], notes: [] };
  return { sources: [], notes: [] };
}
