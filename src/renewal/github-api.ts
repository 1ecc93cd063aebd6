/**
 * The GitHub calls the renewal jobs make, behind one small interface so the jobs can be tested with fakes and run on
 * the project's one client (src/github/client.ts). Build that client with `createRenewalClient`: the jobs retry each
 * step themselves (retry.ts), so the client must not retry too.
 */
import { createGitHubClient, type ClientLogger, type GitHubClient, type GitHubClientOptions } from '../github/client.js';
import { GitHubNotFoundError } from '../github/errors.js';
import { encryptSecretValue, type SecretTarget } from '../github/secrets.js';
import type { RunnerScope } from './runner-policy.js';

export interface SelfHostedRunner {
  id: number;
  name: string;
  /** `online` or `offline`. */
  status: string;
  busy: boolean;
  labels: string[];
}

export interface JitRequest {
  name: string;
  labels: string[];
  runnerGroupId: number;
  workFolder?: string;
}

export interface RenewalApi {
  listRunners(scope: RunnerScope): Promise<SelfHostedRunner[]>;
  /** POST …/actions/runners/registration-token: `{ token, expires_at }`. */
  mintRegistrationToken(scope: RunnerScope): Promise<{ token: string; expiresAt: string }>;
  /** POST …/actions/runners/generate-jitconfig. */
  generateJitConfig(scope: RunnerScope, request: JitRequest): Promise<{ runnerId: number; runnerName: string; encodedJitConfig: string }>;
  /** The secret's `updated_at`, or undefined when there is no such secret. */
  secretUpdatedAt(target: SecretTarget, name: string): Promise<string | undefined>;
  /** Every repository secret's `updated_at`, by upper-case name (paginated). */
  listRepoSecrets(owner: string, repo: string): Promise<Map<string, string>>;
  /** The scope's public key, for sealing; fetched once per target and kept. */
  publicKey(target: SecretTarget): Promise<{ keyId: string; key: string }>;
  /** Seals `value` with the target's public key and writes it. */
  writeSecret(target: SecretTarget, name: string, value: string): Promise<'created' | 'updated'>;
}

function labelNames(labels: ReadonlyArray<{ name: string } | string>): string[] {
  return labels.map((l) => (typeof l === 'string' ? l : l.name));
}

interface RawRunner {
  id: number;
  name: string;
  status: string;
  busy: boolean;
  labels: Array<{ name: string }>;
}

const toRunner = (r: RawRunner): SelfHostedRunner => ({ id: r.id, name: r.name, status: r.status, busy: r.busy, labels: labelNames(r.labels) });

function targetKey(target: SecretTarget): string {
  return target.scope === 'organization' ? `org:${target.org}` : target.scope === 'repository' ? `repo:${target.owner}/${target.repo}` : `env:${target.owner}/${target.repo}/${target.environment}`;
}

export function githubRenewalApi(client: GitHubClient): RenewalApi {
  const keys = new Map<string, { keyId: string; key: string }>();
  const api: RenewalApi = {
    async listRunners(scope) {
      switch (scope.kind) {
        case 'repo':
          return (await client.paginate(client.rest.actions.listSelfHostedRunnersForRepo, { owner: scope.owner, repo: scope.repo, per_page: 100 })).map(toRunner);
        case 'org':
          return (await client.paginate(client.rest.actions.listSelfHostedRunnersForOrg, { org: scope.org, per_page: 100 })).map(toRunner);
        default: {
          // Enterprise endpoints are not in @octokit/rest's api.github.com routes; the request is the same shape.
          const runners = (await client.paginate('GET /enterprises/{enterprise}/actions/runners', { enterprise: scope.enterprise, per_page: 100 })) as unknown as RawRunner[];
          return runners.map(toRunner);
        }
      }
    },
    async mintRegistrationToken(scope) {
      const { data } =
        scope.kind === 'repo'
          ? await client.rest.actions.createRegistrationTokenForRepo({ owner: scope.owner, repo: scope.repo })
          : scope.kind === 'org'
            ? await client.rest.actions.createRegistrationTokenForOrg({ org: scope.org })
            : ((await client.request('POST /enterprises/{enterprise}/actions/runners/registration-token', { enterprise: scope.enterprise })) as { data: { token: string; expires_at: string } });
      return { token: data.token, expiresAt: data.expires_at };
    },
    async generateJitConfig(scope, request) {
      const body = { name: request.name, labels: request.labels, runner_group_id: request.runnerGroupId, ...(request.workFolder ? { work_folder: request.workFolder } : {}) };
      const { data } =
        scope.kind === 'repo'
          ? await client.rest.actions.generateRunnerJitconfigForRepo({ owner: scope.owner, repo: scope.repo, ...body })
          : scope.kind === 'org'
            ? await client.rest.actions.generateRunnerJitconfigForOrg({ org: scope.org, ...body })
            : ((await client.request('POST /enterprises/{enterprise}/actions/runners/generate-jitconfig', { enterprise: scope.enterprise, ...body })) as {
                data: { runner: { id: number; name: string }; encoded_jit_config: string };
              });
      return { runnerId: data.runner.id, runnerName: data.runner.name, encodedJitConfig: data.encoded_jit_config };
    },
    async secretUpdatedAt(target, name) {
      try {
        if (target.scope === 'organization') return (await client.rest.actions.getOrgSecret({ org: target.org, secret_name: name })).data.updated_at;
        if (target.scope === 'repository') return (await client.rest.actions.getRepoSecret({ owner: target.owner, repo: target.repo, secret_name: name })).data.updated_at;
        return (await client.rest.actions.getEnvironmentSecret({ owner: target.owner, repo: target.repo, environment_name: target.environment, secret_name: name })).data.updated_at;
      } catch (error) {
        // A secret never written is a 404; a scope the token may not see is a 404 from the public key or the write too.
        if (error instanceof GitHubNotFoundError) return undefined;
        throw error;
      }
    },
    async listRepoSecrets(owner, repo) {
      const secrets = await client.paginate(client.rest.actions.listRepoSecrets, { owner, repo, per_page: 100 });
      return new Map(secrets.map((s) => [s.name.toUpperCase(), s.updated_at]));
    },
    async publicKey(target) {
      const k = targetKey(target);
      const known = keys.get(k);
      if (known) return known;
      const { data } =
        target.scope === 'organization'
          ? await client.rest.actions.getOrgPublicKey({ org: target.org })
          : target.scope === 'repository'
            ? await client.rest.actions.getRepoPublicKey({ owner: target.owner, repo: target.repo })
            : await client.rest.actions.getEnvironmentPublicKey({ owner: target.owner, repo: target.repo, environment_name: target.environment });
      const key = { keyId: data.key_id, key: data.key };
      keys.set(k, key);
      return key;
    },
    async writeSecret(target, name, value) {
      const { keyId, key } = await api.publicKey(target);
      const encrypted_value = await encryptSecretValue(value, key);
      const secret_name = name;
      const { status } =
        target.scope === 'organization'
          ? await client.rest.actions.createOrUpdateOrgSecret({
              org: target.org,
              secret_name,
              encrypted_value,
              key_id: keyId,
              visibility: target.visibility,
              ...(target.selectedRepositoryIds ? { selected_repository_ids: target.selectedRepositoryIds } : {}),
            })
          : target.scope === 'repository'
            ? await client.rest.actions.createOrUpdateRepoSecret({ owner: target.owner, repo: target.repo, secret_name, encrypted_value, key_id: keyId })
            : await client.rest.actions.createOrUpdateEnvironmentSecret({ owner: target.owner, repo: target.repo, environment_name: target.environment, secret_name, encrypted_value, key_id: keyId });
      return status === 201 ? 'created' : 'updated';
    },
  };
  return api;
}

/**
 * The project's client for the renewal jobs: `retries: 0`, because each job retries its steps itself with
 * exponential backoff and jitter, honouring `retry-after` (retry.ts). Everything else as createGitHubClient, except
 * that what the job reports itself goes to `debug`: each failed request (Octokit logs it as an error, also an expected
 * 404 for a secret not yet written) and the client's "giving up after 1 attempts" on a rate limit the job then waits for.
 */
export function createRenewalClient(options: Omit<GitHubClientOptions, 'retries' | 'log'> & { log: ClientLogger }): Promise<GitHubClient> {
  const log = options.log;
  return createGitHubClient({
    ...options,
    retries: 0,
    log: {
      debug: (m) => log.debug(m),
      info: (m) => log.info(m),
      warn: (m) => (/giving up after 1 attempts$/.test(m) ? log.debug(m) : log.warn(m)),
      error: (m) => (/^[A-Z]+ \S+ - \d{3} with id /.test(m) ? log.debug(m) : log.error(m)),
    },
  });
}
