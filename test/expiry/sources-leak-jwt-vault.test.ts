/**
 * No value leaks from the jwt and vault sources: planted JWTs (one carrying a fake secret in its payload, one whose
 * payload is not an object) and Vault tokens (valid, revoked, denied, failing with error texts that echo the token)
 * go through the real env reader and the collector; no value, segment, decoded payload or secret may appear in any
 * observation, note, judged expiry or client error, and each of them must have been passed to mask.
 */
import { randomBytes } from 'node:crypto';
import { collectObservations } from '../../src/expiry/sources/collect.js';
import { jwtSource } from '../../src/expiry/sources/jwt.js';
import type { SourceContext } from '../../src/expiry/sources/types.js';
import { envValues } from '../../src/expiry/sources/values.js';
import { vaultSource } from '../../src/expiry/sources/vault.js';
import { tokenExpiry } from '../../src/expiry/token.js';
import { createVaultClient } from '../../src/vault/client.js';
import { VaultDouble } from '../double/vault.js';
import { registryOf } from './source-context.js';

const NOW_ISO = '2027-01-01T00:00:00Z';
const NOW = Date.parse(NOW_ISO);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const secret = () => `sk_live_${randomBytes(18).toString('hex')}`;

let vault: VaultDouble;
beforeEach(async () => {
  vault = await new VaultDouble({ now: NOW_ISO }).start();
});
afterEach(async () => {
  expect(vault.violations).toEqual([]);
  await vault.stop();
});

it('no value, segment, payload or secret in any observation, note, judgement or error; all of them masked', async () => {
  const payloadSecret = secret();
  const payload = JSON.stringify({ sub: 'deploy-bot', exp: NOW / 1000 + 86_400, iat: NOW / 1000 - 86_400, api_key: payloadSecret });
  const goodJwt = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64(payload)}.${randomBytes(32).toString('base64url')}`;
  const badSecret = secret();
  const badPayload = JSON.stringify([badSecret]);
  const badJwt = `${b64('{"alg":"RS256"}')}.${b64(badPayload)}.${randomBytes(32).toString('base64url')}`;
  const noExpSecret = secret();
  const noExpPayload = JSON.stringify({ password: noExpSecret });
  const noExpJwt = `${b64('{"alg":"ES256"}')}.${b64(noExpPayload)}.${randomBytes(48).toString('base64url')}`;

  const valid = vault.addToken({ ttl: 3600 });
  const revoked = vault.addToken();
  vault.revoke(revoked.id);
  const denied = vault.addToken({ deny: ['auth/token/lookup-self'] });
  const echoed = vault.addToken();
  const rejected = vault.addToken();
  // Four 500s (all attempts) whose error text echoes the token.
  vault.injectFault({ kind: 'status', status: 500, errors: [`internal error for token ${echoed.id}`] }, { times: 4, token: echoed.id });

  const registry = registryOf([
    { name: 'DEPLOY_JWT', kind: 'jwt' },
    { name: 'BAD_JWT', kind: 'jwt' },
    { name: 'API_KEY', kind: 'api-key', env: 'API_KEY_VALUE' },
    { name: 'VAULT_OK', kind: 'vault' },
    { name: 'VAULT_REVOKED', kind: 'vault' },
    { name: 'VAULT_DENIED', kind: 'vault' },
    { name: 'VAULT_ECHOED', kind: 'vault' },
    { name: 'VAULT_REJECTED', kind: 'vault' },
  ]);
  const env = {
    DEPLOY_JWT: goodJwt,
    BAD_JWT: badJwt,
    API_KEY_VALUE: ` ${noExpJwt}\n`,
    VAULT_OK: valid.id,
    VAULT_REVOKED: revoked.id,
    VAULT_DENIED: denied.id,
    VAULT_ECHOED: echoed.id,
    VAULT_REJECTED: rejected.id,
    VAULT_ADDR: vault.url,
  };
  const masked: string[] = [];
  const values = envValues(env, (v) => masked.push(v));
  const context: SourceContext = { registry, nowMs: NOW, valueOf: values.valueOf, mask: (v) => masked.push(v) };

  // A 400 whose error text echoes the token (answered before the double, to show the scrubbing of 4xx texts).
  const originalFetch = globalThis.fetch;
  const fetchSpy: typeof fetch = async (input, init) => {
    const token = new Headers(init?.headers).get('x-vault-token');
    if (token === rejected.id) return new Response(JSON.stringify({ errors: [`token ${rejected.id} is malformed`] }), { status: 400 });
    return originalFetch(input, init);
  };

  const collected = await collectObservations([jwtSource(), vaultSource({ env, fetch: fetchSpy, sleep: async () => undefined })], context);
  const judged = registry.tokens.map((t) => tokenExpiry(t, registry.policy, NOW, collected.observations.get(t.key)));

  // What the sources found (so the test is not vacuous).
  expect(collected.observations.get('DEPLOY_JWT')?.evidence?.[0]?.source).toBe('jwt');
  expect(collected.observations.get('BAD_JWT')?.notes).toEqual(['the value of BAD_JWT is not a JWT (the payload is not a JSON object)']);
  expect(collected.observations.get('API_KEY')?.neverExpires?.source).toBe('jwt');
  expect(collected.observations.get('VAULT_OK')?.evidence?.[0]?.source).toBe('vault');
  expect(collected.observations.get('VAULT_REVOKED')?.evidence?.[0]?.note).toMatch(/invalid token/);
  expect(collected.observations.get('VAULT_DENIED')?.notes?.[0]).toMatch(/permission denied/);
  expect(collected.notes.map((n) => n.token)).toEqual(['VAULT_ECHOED', 'VAULT_REJECTED']);
  expect(collected.notes.map((n) => n.message).join('\n')).toContain('***');

  // Client errors, directly.
  const client = createVaultClient({ env, fetch: fetchSpy, sleep: async () => undefined });
  vault.injectFault({ kind: 'status', status: 500, errors: [`internal error for token ${echoed.id}`] }, { times: 4, token: echoed.id });
  const errors: string[] = [];
  for (const token of [echoed.id, rejected.id, revoked.id, denied.id]) {
    await client.lookupSelf(token).catch((e: Error) => errors.push(`${e.message} ${JSON.stringify(e)} ${String(e.stack)}`));
  }
  expect(errors).toHaveLength(4);

  const output = JSON.stringify({ observations: [...collected.observations], notes: collected.notes, judged: judged.map(({ token: _t, ...rest }) => rest), errors });
  const secrets = [
    goodJwt,
    badJwt,
    noExpJwt,
    ...goodJwt.split('.'),
    ...badJwt.split('.'),
    ...noExpJwt.split('.'),
    payload,
    badPayload,
    noExpPayload,
    payloadSecret,
    badSecret,
    noExpSecret,
    valid.id,
    revoked.id,
    denied.id,
    echoed.id,
    rejected.id,
    valid.accessor,
  ];
  for (const s of secrets) expect(output).not.toContain(s);
  expect(output).not.toContain(valid.id.slice(4));

  // Masked: every value as read (and the raw, untrimmed form), every segment, every decoded payload.
  const mustMask = [goodJwt, badJwt, noExpJwt, ` ${noExpJwt}\n`, ...goodJwt.split('.'), ...badJwt.split('.'), ...noExpJwt.split('.'), payload, badPayload, noExpPayload, valid.id, revoked.id, denied.id, echoed.id, rejected.id];
  for (const s of mustMask) expect(masked).toContain(s);
});
