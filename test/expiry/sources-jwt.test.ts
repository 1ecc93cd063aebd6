/** The `jwt` source: bounded decoding without verification (tables), what it observes, the leeway and masking. */
import { UsageError } from '../../src/errors.js';
import { decodeJwt, jwtLeewaySeconds, jwtSource, MAX_NUMERIC_DATE, type JwtFailure } from '../../src/expiry/sources/jwt.js';
import { tokenExpiry } from '../../src/expiry/token.js';
import { registryOf, sourceContext } from './source-context.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const SIG = 'c2lnbmF0dXJlLW5vdC1jaGVja2Vk';
/** A compact JWS with the given header and payload (objects are JSON-encoded, strings used as the JSON text). */
function jwt(payload: object | string, header: object | string = { alg: 'HS256', typ: 'JWT' }, signature = SIG): string {
  const text = (v: object | string) => (typeof v === 'string' ? v : JSON.stringify(v));
  return `${b64(text(header))}.${b64(text(payload))}.${signature}`;
}

const NOW = Date.parse('2027-01-01T00:00:00Z');
const S = NOW / 1000;
const DAY = 86_400;

describe('decodeJwt', () => {
  it.each<[string, string, { exp?: number; nbf?: number; iat?: number }]>([
    ['exp, nbf and iat', jwt({ sub: 'x', exp: S + 30 * DAY, nbf: S, iat: S }), { exp: S + 30 * DAY, nbf: S, iat: S }],
    ['no exp', jwt({ sub: 'x', iat: S }), { iat: S }],
    ['no dates at all', jwt({}), {}],
    ['fractional NumericDate (RFC 7519 allows it)', jwt({ exp: S + 0.5 }), { exp: S + 0.5 }],
    ['alg none with an empty signature', jwt({ exp: S }, { alg: 'none' }, ''), { exp: S }],
    ['exp 0 and the largest date allowed', jwt({ iat: 0, exp: MAX_NUMERIC_DATE }), { iat: 0, exp: MAX_NUMERIC_DATE }],
  ])('reads %s', (_name, value, dates) => {
    const d = decodeJwt(value);
    if (!d.ok) throw new Error(d.message);
    expect({ exp: d.exp, nbf: d.nbf, iat: d.iat }).toEqual({ exp: undefined, nbf: undefined, iat: undefined, ...dates });
    expect(d.segments.join('.')).toBe(value);
  });

  const oversize = jwt({ exp: S, pad: 'x'.repeat(16 * 1024) });
  it.each<[string, string, JwtFailure, boolean]>([
    ['garbage', 'not a token at all', 'not-compact', false],
    ['a GitHub PAT', 'ghp_0123456789abcdefghijABCDEFGHIJ012345', 'not-compact', false],
    ['two segments', `${b64('{"alg":"HS256"}')}.${b64('{}')}`, 'not-compact', false],
    ['four segments', `${jwt({})}.x`, 'not-compact', false],
    ['header not base64url', `{"alg":"HS256"}.${b64('{}')}.${SIG}`, 'bad-header', false],
    ['header not JSON', jwt({}, 'alg=HS256'), 'bad-header', false],
    ['header an array', jwt({}, '["HS256"]'), 'bad-header', false],
    ['header without alg', jwt({}, { typ: 'JWT' }), 'bad-header', false],
    ['header alg not a string', jwt({}, { alg: 1 }), 'bad-header', false],
    ['padding in the payload', `${b64('{"alg":"HS256"}')}.${b64('{"a":1}')}==.${SIG}`, 'bad-payload', true],
    ['standard base64 alphabet in the payload', `${b64('{"alg":"HS256"}')}.ab+/.${SIG}`, 'bad-payload', true],
    ['payload not UTF-8', `${b64('{"alg":"HS256"}')}.${Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')}.${SIG}`, 'bad-payload', true],
    ['empty payload', `${b64('{"alg":"HS256"}')}..${SIG}`, 'bad-payload', true],
    ['signature with other characters', jwt({}, { alg: 'HS256' }, 'a+b'), 'not-compact', true],
    ['payload not JSON', jwt('exp=1'), 'not-object', true],
    ['payload an array', jwt('[1,2]'), 'not-object', true],
    ['payload a string', jwt('"claims"'), 'not-object', true],
    ['payload null', jwt('null'), 'not-object', true],
    ['exp a string', jwt({ exp: String(S) }), 'bad-claim', true],
    ['exp null', jwt({ exp: null }), 'bad-claim', true],
    ['nbf a boolean', jwt({ nbf: true }), 'bad-claim', true],
    ['iat an object', jwt({ iat: {} }), 'bad-claim', true],
    ['exp in milliseconds', jwt({ exp: NOW }), 'bad-claim', true],
    ['exp negative', jwt({ exp: -1 }), 'bad-claim', true],
    ['nbf past year 9999', jwt({ nbf: MAX_NUMERIC_DATE + 1 }), 'bad-claim', true],
    ['exp before iat', jwt({ iat: S, exp: S - 1 }), 'bad-claim', true],
    ['oversize (over 16 KiB)', oversize, 'too-long', false],
    ['a JWE (five segments, enc)', `${b64('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.a.b.c.d`, 'encrypted', true],
  ])('refuses %s', (_name, value, reason, looksLikeJwt) => {
    const d = decodeJwt(value);
    expect(d).toMatchObject({ ok: false, reason, looksLikeJwt });
    if (!d.ok) expect(d.message).not.toContain(value);
  });

  it('maxBytes bounds the value in UTF-8 bytes', () => {
    const value = jwt({ exp: S });
    expect(decodeJwt(value, { maxBytes: value.length }).ok).toBe(true);
    expect(decodeJwt(value, { maxBytes: value.length - 1 })).toMatchObject({ ok: false, reason: 'too-long' });
    expect(decodeJwt(`${value}é`, { maxBytes: value.length + 1 })).toMatchObject({ ok: false, reason: 'too-long' });
    expect(decodeJwt(oversize, { maxBytes: 64 * 1024 }).ok).toBe(true);
  });
});

describe('jwtLeewaySeconds', () => {
  it.each([[undefined, 60], [0, 0], [60, 60], [300, 300]])('%p → %p', (given, expected) => {
    expect(jwtLeewaySeconds(given)).toBe(expected);
  });
  it.each([-1, 301, 3600, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %p', (given) => {
    expect(() => jwtLeewaySeconds(given)).toThrow(UsageError);
    expect(() => jwtSource({ leewaySeconds: given })).toThrow(/from 0 to 300/);
  });
});

describe('jwt source', () => {
  const run = async (tokens: Parameters<typeof registryOf>[0], values: Record<string, string>, options: Parameters<typeof jwtSource>[0] = {}, nowMs = NOW) => {
    const registry = registryOf(tokens);
    const context = sourceContext(registry, values, nowMs);
    const result = await jwtSource(options).collect(context);
    return { result, context, registry };
  };

  it('exp becomes evidence, with the lifetime from iat', async () => {
    const { result } = await run([{ name: 'DEPLOY_JWT', kind: 'jwt' }], { DEPLOY_JWT: jwt({ iat: S - 10 * DAY, exp: S + 20 * DAY + 3600 }) });
    expect(result.observations.get('DEPLOY_JWT')).toEqual({
      evidence: [{ source: 'jwt', expiresAt: '2027-01-21T01:00:00Z', lifetimeDays: 30, note: 'JWT exp 2027-01-21T01:00:00Z, issued 2026-12-22T00:00:00Z (lifetime 30 days)' }],
      notes: [],
      valueKind: 'JSON Web Token (HS256)',
    });
    expect(result.notes).toEqual([]);
    expect(result.calls).toBe(0);
  });

  it('exp without iat: no lifetime', async () => {
    const { result } = await run([{ name: 'J', kind: 'jwt' }], { J: jwt({ exp: S + DAY }) });
    expect(result.observations.get('J')?.evidence).toEqual([{ source: 'jwt', expiresAt: '2027-01-02T00:00:00Z', note: 'JWT exp 2027-01-02T00:00:00Z' }]);
  });

  it('no exp: never expires', async () => {
    const { result, registry } = await run([{ name: 'J', kind: 'jwt' }], { J: jwt({ sub: 'svc', iat: S }) });
    const o = result.observations.get('J')!;
    expect(o.neverExpires).toEqual({ source: 'jwt', note: 'JWT without exp: never expires' });
    expect(o.evidence).toEqual([]);
    expect(o.notes).toEqual(['JWT without exp: never expires']);
    const judged = tokenExpiry(registry.tokens[0]!, { ...registry.policy, maxLifetimeDays: { jwt: 30 } }, NOW, o);
    expect(judged).toMatchObject({ status: 'ok', source: 'jwt', action: 'rotate', longestLifetimeDays: Infinity });
  });

  it('exp within the leeway in the past is still reported at exp: the policy calls it expired', async () => {
    const { result, registry } = await run([{ name: 'J', kind: 'jwt' }], { J: jwt({ exp: S - 30 }) });
    const o = result.observations.get('J')!;
    expect(o.evidence?.[0]?.expiresAt).toBe('2026-12-31T23:59:30Z');
    expect(tokenExpiry(registry.tokens[0]!, registry.policy, NOW, o)).toMatchObject({ status: 'expired', source: 'jwt' });
  });

  it.each<[string, number, number | undefined, boolean]>([
    ['nbf an hour ahead', 3600, undefined, true],
    ['nbf 30 s ahead, within the default leeway', 30, undefined, false],
    ['nbf 60 s ahead, at the leeway', 60, undefined, false],
    ['nbf 61 s ahead', 61, undefined, true],
    ['nbf 30 s ahead, leeway 0', 30, 0, true],
    ['nbf 299 s ahead, leeway 300', 299, 300, false],
    ['nbf in the past', -3600, undefined, false],
  ])('%s', async (_name, ahead, leewaySeconds, noted) => {
    const { result } = await run([{ name: 'J', kind: 'jwt' }], { J: jwt({ nbf: S + ahead, exp: S + DAY }) }, leewaySeconds === undefined ? {} : { leewaySeconds });
    const notes = result.observations.get('J')!.notes ?? [];
    expect(notes.some((n) => n.startsWith('JWT not valid before '))).toBe(noted);
    if (noted) expect(notes).toContain(`JWT not valid before ${new Date((S + ahead) * 1000).toISOString().replace('.000Z', 'Z')} (nbf)`);
  });

  it('iat in the future beyond the leeway is noted (clock skew)', async () => {
    const { result } = await run([{ name: 'J', kind: 'jwt' }], { J: jwt({ iat: S + 600, exp: S + DAY }) });
    expect(result.observations.get('J')!.notes).toEqual(['JWT issued in the future (iat 2027-01-01T00:10:00Z): check the clocks']);
  });

  it('a jwt entry whose value is not a JWT gets a note that does not quote it', async () => {
    const value = 'opaque-session-cookie-0123456789';
    const { result } = await run([{ name: 'J', kind: 'jwt' }], { J: value });
    expect(result.observations.get('J')).toEqual({ evidence: [], notes: ['the value of J is not a JWT (not three dot-separated base64url segments)'] });
    expect(JSON.stringify([...result.observations])).not.toContain(value);
  });

  it('a JWT under another kind is read; other values of other kinds are left alone', async () => {
    const { result } = await run(
      [
        { name: 'API_KEY', kind: 'api-key' },
        { name: 'PAT', kind: 'github-pat' },
        { name: 'HOOK', kind: 'webhook-secret' },
      ],
      { API_KEY: jwt({ exp: S + DAY }, { alg: 'RS256' }), PAT: 'ghp_0123456789abcdefghijABCDEFGHIJ012345', HOOK: jwt('[1]') },
    );
    expect(result.observations.get('API_KEY')).toMatchObject({ valueKind: 'JSON Web Token (RS256)', evidence: [{ source: 'jwt', expiresAt: '2027-01-02T00:00:00Z' }] });
    expect(result.observations.has('PAT')).toBe(false);
    expect(result.observations.get('HOOK')?.notes).toEqual(['the value of HOOK looks like a JWT but cannot be read (the payload is not a JSON object)']);
  });

  it('an odd alg is not printed', async () => {
    const { result } = await run([{ name: 'J', kind: 'jwt' }], { J: jwt({ exp: S + DAY }, { alg: 'HS256 plus-some-secret-text' }) });
    expect(result.observations.get('J')?.valueKind).toBe('JSON Web Token (unknown alg)');
  });

  it('jwt entries without a value: one info note naming them and their variables', async () => {
    const { result } = await run([{ name: 'A', kind: 'jwt' }, { name: 'B', kind: 'jwt', env: 'B_VALUE' }, { name: 'C', kind: 'api-key' }], {});
    expect(result.observations.size).toBe(0);
    expect(result.notes).toEqual([{ source: 'jwt', level: 'info', message: 'no value in the environment for A (A), B (B_VALUE): not decoded' }]);
  });

  it('masks the three segments and the decoded header and payload', async () => {
    const value = jwt({ exp: S + DAY, secret: 'payload-secret-1234' });
    const { context } = await run([{ name: 'J', kind: 'jwt' }], { J: value });
    const [h, p, s] = value.split('.');
    expect(context.masked).toEqual(expect.arrayContaining([value, h, p, s, '{"alg":"HS256","typ":"JWT"}', JSON.stringify({ exp: S + DAY, secret: 'payload-secret-1234' })]));
  });

  it('masks what was decoded of a jwt entry that failed later, but nothing of a plain value of another kind', async () => {
    const bad = jwt({ exp: 'soon', secret: 'payload-secret-1234' });
    const { context } = await run([{ name: 'J', kind: 'jwt' }, { name: 'K', kind: 'api-key' }], { J: bad, K: 'plain.api.key-value' });
    expect(context.masked).toEqual(expect.arrayContaining(bad.split('.')));
    expect(context.masked).toContain(JSON.stringify({ exp: 'soon', secret: 'payload-secret-1234' }));
    expect(context.masked.filter((m) => m.startsWith('plain') || m === 'api' || m === 'key-value')).toEqual(['plain.api.key-value']);
  });
});
