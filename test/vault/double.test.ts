/** The Vault double itself: Vault's envelope, and a violation for every request Vault would not accept as sent. */
import { VaultDouble } from '../double/vault.js';

let vault: VaultDouble;
beforeEach(async () => {
  vault = await new VaultDouble({ now: '2027-01-01T00:00:00Z' }).start();
});
afterEach(() => vault.stop());

async function call(method: string, path: string, init: { token?: string; body?: string; namespace?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.token) headers['X-Vault-Token'] = init.token;
  if (init.namespace) headers['X-Vault-Namespace'] = init.namespace;
  const response = await fetch(`${vault.url}${path}`, { method, headers, ...(init.body !== undefined ? { body: init.body } : {}) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

it('answers lookup-self in Vault\'s envelope', async () => {
  const t = vault.addToken({ ttl: 60, meta: { team: 'ci' } });
  const { status, body } = await call('GET', '/v1/auth/token/lookup-self', { token: t.id });
  expect(status).toBe(200);
  expect(body).toMatchObject({ lease_id: '', renewable: false, lease_duration: 0, wrap_info: null, warnings: null, auth: null });
  expect(typeof body.request_id).toBe('string');
  expect(Object.keys(body.data as object).sort()).toEqual(
    ['accessor', 'creation_time', 'creation_ttl', 'display_name', 'entity_id', 'expire_time', 'explicit_max_ttl', 'id', 'identity_policies', 'issue_time', 'meta', 'num_uses', 'orphan', 'path', 'policies', 'renewable', 'ttl', 'type'].sort(),
  );
  expect(body.data).toMatchObject({ id: t.id, ttl: 60, expire_time: '2027-01-01T00:01:00Z', meta: { team: 'ci' } });
  expect(vault.violations).toEqual([]);
});

it('answers renew-self with auth and records last_renewal', async () => {
  const t = vault.addToken({ ttl: 60 });
  const { body } = await call('PUT', '/v1/auth/token/renew-self', { token: t.id, body: '{"increment":"2m"}' });
  expect(body).toMatchObject({ data: null, auth: { client_token: t.id, lease_duration: 120, renewable: true, token_type: 'service' }, warnings: null });
  const { body: after } = await call('GET', '/v1/auth/token/lookup-self', { token: t.id });
  expect(after.data).toMatchObject({ ttl: 120, last_renewal_time: Date.parse('2027-01-01T00:00:00Z') / 1000 });
  expect(vault.token(t.id).renewals).toBe(1);
  expect(vault.violations).toEqual([]);
});

it.each<[string, string, string, { token?: boolean; body?: string }, number, string]>([
  ['unknown path', 'GET', '/v1/auth/token/lookup', { token: true }, 404, 'unknown-path'],
  ['wrong method', 'POST', '/v1/auth/token/lookup-self', { token: true }, 405, 'method'],
  ['no token', 'GET', '/v1/auth/token/lookup-self', {}, 403, 'no-token'],
  ['body not JSON', 'POST', '/v1/auth/token/renew-self', { token: true, body: 'increment=1h' }, 400, 'body'],
  ['body an array', 'POST', '/v1/auth/token/renew-self', { token: true, body: '["1h"]' }, 400, 'body'],
  ['bad increment', 'POST', '/v1/auth/token/renew-self', { token: true, body: '{"increment":"1 hour"}' }, 400, 'increment'],
  ['unknown field (answered, with a warning)', 'POST', '/v1/auth/token/renew-self', { token: true, body: '{"increment":"1h","ttl":"1h"}' }, 200, 'unknown-field'],
])('%s: a violation', async (_name, method, path, init, status, kind) => {
  const t = vault.addToken();
  const answer = await call(method, path, { ...(init.token ? { token: t.id } : {}), ...(init.body !== undefined ? { body: init.body } : {}) });
  expect(answer.status).toBe(status);
  expect(vault.violations.map((v) => v.kind)).toEqual([kind]);
  if (status === 200) expect(answer.body.warnings).toEqual(['Endpoint ignored these unrecognized parameters: [ttl]']);
});

it('faults hit the next N requests (optionally one path) and are logged', async () => {
  const t = vault.addToken();
  const rule = vault.injectFault({ kind: 'status', status: 503 }, { times: 2, path: '/v1/auth/token/renew-self' });
  expect((await call('GET', '/v1/auth/token/lookup-self', { token: t.id })).status).toBe(200);
  expect(await call('POST', '/v1/auth/token/renew-self', { token: t.id })).toEqual({ status: 503, body: { errors: ['Vault is sealed'] } });
  expect((await call('POST', '/v1/auth/token/renew-self', { token: t.id })).status).toBe(503);
  expect((await call('POST', '/v1/auth/token/renew-self', { token: t.id })).status).toBe(200);
  expect(rule.hits).toBe(2);
  expect(vault.log.map((r) => [r.path.split('/').pop(), r.status, r.fault])).toEqual([
    ['lookup-self', 200, undefined],
    ['renew-self', 503, 'status'],
    ['renew-self', 503, 'status'],
    ['renew-self', 200, undefined],
  ]);
  expect(vault.requests('/v1/auth/token/renew-self')).toHaveLength(3);
});

it('the clock: setNow and advance move ttl and expiry', async () => {
  const t = vault.addToken({ ttl: 100 });
  vault.setNow(new Date('2027-01-01T00:01:00Z'));
  expect(((await call('GET', '/v1/auth/token/lookup-self', { token: t.id })).body.data as { ttl: number }).ttl).toBe(40);
  vault.advance(40);
  expect(await call('GET', '/v1/auth/token/lookup-self', { token: t.id })).toEqual({ status: 403, body: { errors: ['invalid token', 'permission denied'] } });
});
