/**
 * Writing GitHub Actions secrets: GitHub only accepts values sealed (libsodium `crypto_box_seal`) with the
 * repository's, organisation's or environment's public key, base64 in the ORIGINAL variant.
 */
import sodium from 'libsodium-wrappers';
import type { GitHubClient } from './client.js';

/** Seals `value` for GitHub with its base64 public key; returns the base64 `encrypted_value`. */
export async function encryptSecretValue(value: string, publicKeyBase64: string): Promise<string> {
  await sodium.ready;
  let key: Uint8Array;
  try {
    key = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
  } catch {
    throw new Error('the Actions public key from GitHub is not base64');
  }
  if (key.length !== sodium.crypto_box_PUBLICKEYBYTES) throw new Error(`the Actions public key from GitHub has ${key.length} bytes, not ${sodium.crypto_box_PUBLICKEYBYTES}`);
  return sodium.to_base64(sodium.crypto_box_seal(sodium.from_string(value), key), sodium.base64_variants.ORIGINAL);
}

export type SecretTarget =
  | { scope: 'repository'; owner: string; repo: string }
  | { scope: 'environment'; owner: string; repo: string; environment: string }
  | { scope: 'organization'; org: string; visibility: 'all' | 'private' | 'selected'; selectedRepositoryIds?: number[] };

/** Fetches the target's public key, seals `value` and writes the secret; says whether it was new. */
export async function writeActionsSecret(client: GitHubClient, target: SecretTarget, name: string, value: string): Promise<'created' | 'updated'> {
  const secret_name = name;
  switch (target.scope) {
    case 'repository': {
      const { data: key } = await client.rest.actions.getRepoPublicKey({ owner: target.owner, repo: target.repo });
      const encrypted_value = await encryptSecretValue(value, key.key);
      const { status } = await client.rest.actions.createOrUpdateRepoSecret({ owner: target.owner, repo: target.repo, secret_name, encrypted_value, key_id: key.key_id });
      return status === 201 ? 'created' : 'updated';
    }
    case 'environment': {
      const { data: key } = await client.rest.actions.getEnvironmentPublicKey({ owner: target.owner, repo: target.repo, environment_name: target.environment });
      const encrypted_value = await encryptSecretValue(value, key.key);
      const { status } = await client.rest.actions.createOrUpdateEnvironmentSecret({
        owner: target.owner,
        repo: target.repo,
        environment_name: target.environment,
        secret_name,
        encrypted_value,
        key_id: key.key_id,
      });
      return status === 201 ? 'created' : 'updated';
    }
    case 'organization': {
      const { data: key } = await client.rest.actions.getOrgPublicKey({ org: target.org });
      const encrypted_value = await encryptSecretValue(value, key.key);
      const { status } = await client.rest.actions.createOrUpdateOrgSecret({
        org: target.org,
        secret_name,
        encrypted_value,
        key_id: key.key_id,
        visibility: target.visibility,
        ...(target.selectedRepositoryIds ? { selected_repository_ids: target.selectedRepositoryIds } : {}),
      });
      return status === 201 ? 'created' : 'updated';
    }
  }
}
