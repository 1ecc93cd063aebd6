/**
 * Secrets round trip: the project seals values with the public key GitHub hands out; the double opens the sealed
 * box with its private key (libsodium) and keeps the plaintext, so the test sees exactly what GitHub would store.
 */
import sodium from 'libsodium-wrappers';
import { GitHubValidationError } from '../../src/github/errors.js';
import { encryptSecretValue, writeActionsSecret } from '../../src/github/secrets.js';
import { useGitHubDouble } from '../double/jest.js';
import { testClient } from '../double/test-client.js';

const gh = useGitHubDouble();

async function setup() {
  const { double } = gh;
  double.state.addRepo('acme/app', { environments: ['production'] });
  const token = double.state.addToken({ scopes: ['repo', 'admin:org'] }).token;
  return { double, ...(await testClient(double, token)) };
}

const VALUES = ['ghp_rotated0123456789', 'multi\nline\n-----BEGIN KEY-----\nabc\n', 'ünïcödé ✓ 🔑', 'x'.repeat(4096)];

test.each(VALUES.map((v) => [v.length, v]))('repository secret of %i characters arrives exactly', async (_length, value) => {
  const { double, client } = await setup();
  expect(await writeActionsSecret(client, { scope: 'repository', owner: 'acme', repo: 'app' }, 'DEPLOY_TOKEN', value)).toBe('created');
  expect(double.state.mustRepo('acme/app').actions.secrets.get('DEPLOY_TOKEN')!.value).toBe(value);
  expect(double.callCounts()).toEqual({ 'actions/get-repo-public-key': 1, 'actions/create-or-update-repo-secret': 1 });
});

test('an update keeps created_at, moves updated_at and reports "updated"', async () => {
  const { double, client } = await setup();
  const old = new Date('2025-01-01T00:00:00Z');
  double.state.addSecret(double.state.mustRepo('acme/app').actions, 'DEPLOY_TOKEN', 'old', { createdAt: old, updatedAt: old });
  expect(await writeActionsSecret(client, { scope: 'repository', owner: 'acme', repo: 'app' }, 'DEPLOY_TOKEN', 'new')).toBe('updated');
  const stored = double.state.mustRepo('acme/app').actions.secrets.get('DEPLOY_TOKEN')!;
  expect(stored).toMatchObject({ value: 'new', createdAt: old });
  expect(stored.updatedAt.getTime()).toBeGreaterThan(old.getTime());
  const { data } = await client.rest.actions.getRepoSecret({ owner: 'acme', repo: 'app', secret_name: 'DEPLOY_TOKEN' });
  expect(data.created_at).toBe('2025-01-01T00:00:00Z');
});

test('environment and organisation secrets use their own keys', async () => {
  const { double, client } = await setup();
  await writeActionsSecret(client, { scope: 'environment', owner: 'acme', repo: 'app', environment: 'production' }, 'PROD_KEY', 'p');
  const repoId = double.state.mustRepo('acme/app').id;
  await writeActionsSecret(client, { scope: 'organization', org: 'acme', visibility: 'selected', selectedRepositoryIds: [repoId] }, 'ORG_KEY', 'o');
  expect(double.state.mustRepo('acme/app').environments.get('production')!.secrets.get('PROD_KEY')!.value).toBe('p');
  expect(double.state.org('acme')!.actions.secrets.get('ORG_KEY')).toMatchObject({ value: 'o', visibility: 'selected', selectedRepositoryIds: [repoId] });
  const { data } = await client.rest.actions.listOrgSecrets({ org: 'acme' });
  expect(data.secrets[0]).toMatchObject({ name: 'ORG_KEY', visibility: 'selected', selected_repositories_url: `${double.url}/orgs/acme/actions/secrets/ORG_KEY/repositories` });
  // A value sealed for the repository key cannot be opened with the environment key.
  const repoKey = await client.rest.actions.getRepoPublicKey({ owner: 'acme', repo: 'app' });
  const envKey = await client.rest.actions.getEnvironmentPublicKey({ owner: 'acme', repo: 'app', environment_name: 'production' });
  const sealed = await encryptSecretValue('crossed', repoKey.data.key);
  await expect(
    client.rest.actions.createOrUpdateEnvironmentSecret({ owner: 'acme', repo: 'app', environment_name: 'production', secret_name: 'CROSSED', encrypted_value: sealed, key_id: envKey.data.key_id }),
  ).rejects.toBeInstanceOf(GitHubValidationError);
});

test('the sealed value is base64 ORIGINAL and opens with the double’s private key', async () => {
  await sodium.ready;
  const pair = sodium.crypto_box_keypair();
  const sealed = await encryptSecretValue('s3cret+/=', sodium.to_base64(pair.publicKey, sodium.base64_variants.ORIGINAL));
  expect(sealed).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
  expect(sodium.to_string(sodium.crypto_box_seal_open(sodium.from_base64(sealed, sodium.base64_variants.ORIGINAL), pair.publicKey, pair.privateKey))).toBe('s3cret+/=');
  await expect(encryptSecretValue('x', 'AAAA')).rejects.toThrow(/3 bytes, not 32/);
});

test('a stale key_id is refused with 422 (after a key rotation the key must be fetched again)', async () => {
  const { double, client } = await setup();
  const { data: key } = await client.rest.actions.getRepoPublicKey({ owner: 'acme', repo: 'app' });
  const sealed = await encryptSecretValue('v', key.key);
  double.state.mustRepo('acme/app').actions.key = double.state.newSealedBoxKey();
  const error = await client.rest.actions.createOrUpdateRepoSecret({ owner: 'acme', repo: 'app', secret_name: 'A', encrypted_value: sealed, key_id: key.key_id }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GitHubValidationError);
  expect((error as GitHubValidationError).githubMessage).toMatch(/key_id .* does not match/);
  expect(double.calls('actions/create-or-update-repo-secret')).toBe(1);
});

test('base64 without padding breaks GitHub’s pattern for encrypted_value: a contract violation and a 422', async () => {
  const { double, client } = await setup();
  const { data: key } = await client.rest.actions.getRepoPublicKey({ owner: 'acme', repo: 'app' });
  // 48 bytes of sealed-box overhead + 1 byte of value = 49 bytes: base64 needs padding, so NO_PADDING differs.
  const sealed = sodium.crypto_box_seal(sodium.from_string('v'), sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL));
  const unpadded = sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL_NO_PADDING);
  await expect(client.rest.actions.createOrUpdateRepoSecret({ owner: 'acme', repo: 'app', secret_name: 'A', encrypted_value: unpadded, key_id: key.key_id })).rejects.toBeInstanceOf(GitHubValidationError);
  expect(double.takeViolations()).toEqual([expect.objectContaining({ operationId: 'actions/create-or-update-repo-secret', message: expect.stringMatching(/body\/encrypted_value must match pattern/) })]);
  expect(double.state.mustRepo('acme/app').actions.secrets.size).toBe(0);
});

test.each(['GITHUB_TOKEN', '1PASSWORD', 'has-dash'])('GitHub refuses the secret name %s', async (name) => {
  const { double, client } = await setup();
  await expect(writeActionsSecret(client, { scope: 'repository', owner: 'acme', repo: 'app' }, name, 'v')).rejects.toBeInstanceOf(GitHubValidationError);
  expect(double.state.mustRepo('acme/app').actions.secrets.size).toBe(0);
});

test('listing gives name, created_at and updated_at, paginated with Link headers', async () => {
  const { double, client } = await setup();
  const scope = double.state.mustRepo('acme/app').actions;
  for (let i = 0; i < 5; i += 1) double.state.addSecret(scope, `S${i}`, `v${i}`, { createdAt: new Date(Date.UTC(2024, i, 1)), updatedAt: new Date(Date.UTC(2025, i, 1)) });
  const first = await client.rest.actions.listRepoSecrets({ owner: 'acme', repo: 'app', per_page: 2 });
  expect(first.data.total_count).toBe(5);
  expect(first.headers.link).toMatch(/page=2>; rel="next".*page=3>; rel="last"/);
  const all = await client.paginate(client.rest.actions.listRepoSecrets, { owner: 'acme', repo: 'app', per_page: 2 });
  expect(all.map((s) => [s.name, s.created_at, s.updated_at])).toEqual([0, 1, 2, 3, 4].map((i) => [`S${i}`, `2024-0${i + 1}-01T00:00:00Z`, `2025-0${i + 1}-01T00:00:00Z`]));
  expect(double.calls('actions/list-repo-secrets')).toBe(4);
});

test('delete removes the secret; deleting again is a 404', async () => {
  const { double, client } = await setup();
  double.state.addSecret(double.state.mustRepo('acme/app').actions, 'GONE', 'v');
  await client.rest.actions.deleteRepoSecret({ owner: 'acme', repo: 'app', secret_name: 'GONE' });
  await expect(client.rest.actions.deleteRepoSecret({ owner: 'acme', repo: 'app', secret_name: 'GONE' })).rejects.toMatchObject({ status: 404, name: 'GitHubNotFoundError' });
});
