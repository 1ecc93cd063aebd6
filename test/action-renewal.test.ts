/**
 * The bundled action's `mode: vault-renew`, run the way GitHub runs it, against the Vault double: a token two thirds
 * through its TTL is renewed (a dry run only says so), the outputs and the summary say what happened, and the token
 * value is masked and never printed otherwise.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runActionAsync } from './action-harness.js';
import { VaultDouble } from './double/vault.js';
import { CacheDouble } from './double/cache.js';
import { useGitHubDouble } from './double/jest.js';

const REGISTRY = `version: 1
tokens:
  VAULT_CI:
    description: Reads deployment credentials
    owner: "@acme/platform"
    category: runtime
    risk: high
    kind: vault
    used-by: []
`;

function fixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-vault-action-'));
  mkdirSync(path.join(dir, '.github'));
  writeFileSync(path.join(dir, '.github', 'token-scope-map.yml'), REGISTRY);
  return dir;
}

describe('the action, mode: vault-renew', () => {
  let vault: VaultDouble;
  beforeEach(async () => {
    vault = await new VaultDouble({ now: new Date() }).start();
  });
  afterEach(async () => {
    await vault.stop();
    expect(vault.violations).toEqual([]);
  });

  it('renews a token that is due; a dry run renews nothing and says which it would', async () => {
    // 10 minutes left of a one-hour token: due (renewal comes at about two thirds of the lease)
    const token = vault.addToken({ ttl: 600, creationTtl: 3600, createdAt: new Date(Date.now() - 3000_000).toISOString() });
    const dir = fixture();
    const env = { VAULT_ADDR: vault.url, VAULT_CI: token.id };

    const dry = await runActionAsync(dir, { mode: 'vault-renew', 'dry-run': 'true', 'fail-on': 'none' }, env);
    expect(dry.stderr).toBe('');
    expect(dry.status).toBe(0);
    expect(dry.outputs).toMatchObject({ 'renewed-count': '0', 'would-renew': 'VAULT_CI' });
    expect(vault.log.filter((r) => r.method === 'POST')).toEqual([]);
    expect(dry.summary).toContain('### Vault token renewal (dry run: nothing renewed)');

    const applied = await runActionAsync(dir, { mode: 'vault-renew', 'fail-on': 'none', 'json-file': 'renewal.json' }, env);
    expect(applied.status).toBe(0);
    expect(applied.outputs['renewed-count']).toBe('1');
    expect(vault.log.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(applied.summary).toMatch(/\| `VAULT_CI` \| \w+ \| 10 min \| 1 h 0 min \| yes \|/);
    for (const run of [dry, applied]) {
      expect(run.stdout).toContain(`::add-mask::${token.id}`);
      const log = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
      expect(log).not.toContain(token.id);
      expect(run.summary).not.toContain(token.id);
    }
  });
});

describe('the action, mode: runner-token and mode: rotate (against the GitHub double, with the state in the Actions cache)', () => {
  const gh = useGitHubDouble();
  let cache: CacheDouble;
  beforeEach(async () => {
    cache = await CacheDouble.start();
  });
  afterEach(async () => {
    await cache.stop();
    expect(cache.violations).toEqual([]);
  });

  it('mints and stores a registration token as an organisation secret; the next run finds it fresh and writes nothing', async () => {
    const { double } = gh;
    double.state.addOrg('acme');
    const token = double.state.addToken({ kind: 'fine-grained', permissions: { organization_self_hosted_runners: 'write', organization_secrets: 'write' } }).token;
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-runner-action-'));
    const temp = mkdtempSync(path.join(tmpdir(), 'tw-runner-temp-'));
    const inputs = { mode: 'runner-token', 'runner-org': 'acme', 'store-secret': 'RUNNER_TOKEN', 'secret-visibility': 'private', 'github-token': token, 'api-url': double.url };
    const env = (id: string) => cache.env({ RUNNER_TEMP: temp, GITHUB_RUN_ID: id, GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'acme/ops' });

    const first = await runActionAsync(dir, inputs, env('1'));
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const org = double.state.org('acme')!;
    expect(org.runners.issuedTokens).toHaveLength(1);
    // GitHub decrypts the sealed secret: it is the token GitHub issued
    expect(org.actions.secrets.get('RUNNER_TOKEN')!.value).toBe(org.runners.issuedTokens[0]!.token);
    expect(first.stdout).not.toContain(org.runners.issuedTokens[0]!.token.slice(4));
    expect(cache.list()).toHaveLength(1);

    const writesBefore = double.log.filter((r) => r.method !== 'GET').length;
    const second = await runActionAsync(dir, inputs, env('2'));
    expect(second.status).toBe(0);
    expect(double.log.filter((r) => r.method !== 'GET').length).toBe(writesBefore);
    expect(second.stdout).toMatch(/total_refreshes 1/);
  }, 30_000);

  it('with only a token that may not administer runners, one clear failure naming the permission', async () => {
    const { double } = gh;
    double.state.addOrg('acme');
    const weak = double.state.addToken({ kind: 'installation', permissions: { contents: 'read' } }).token;
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-runner-action-'));
    const run = await runActionAsync(dir, { mode: 'runner-token', 'runner-org': 'acme', 'store-output': 'true', 'github-token': weak, 'api-url': double.url }, { GITHUB_OUTPUT_EXTRA: '' });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/organization_self_hosted_runners/);
  });
});
