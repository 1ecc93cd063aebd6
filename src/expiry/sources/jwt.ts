/**
 * The `jwt` expiry source: reads `exp`, `nbf` and `iat` from tokens that are JSON Web Tokens (registry kind `jwt`, or
 * any value shaped like a compact JWS whose header names an `alg`). Nothing is verified: no key is at hand, and the
 * dates are only read to say when the token lapses. Decoding is bounded (16 KiB, strict base64url, JSON objects,
 * numeric dates within year 9999) so a hostile value costs nothing and cannot make us print it.
 *
 * Clock skew: the leeway (default 60 s, at most 5 min) only decides whether a `nbf` or `iat` in the future is worth a
 * note. `exp` is always reported as it is, even a few seconds past: whether that is expired is the policy's call, and
 * a leeway that moved the date would make a dead token look alive.
 *
 * Secrets: the decoded header and payload text and each of the three segments go to `context.mask` (a payload can
 * carry anything); notes quote only dates, the token's registry name and the `alg` name.
 */
import { UsageError } from '../../errors.js';
import type { RegistryToken } from '../../registry/types.js';
import { emptyResult, observe, type ExpirySource, type SourceContext, type SourceResult } from './types.js';
import { MIN_VALUE_LENGTH, valueVariable } from './values.js';

export const DEFAULT_JWT_MAX_BYTES = 16 * 1024;
export const DEFAULT_LEEWAY_SECONDS = 60;
export const MAX_LEEWAY_SECONDS = 300;
/** 9999-12-31T23:59:59Z: a NumericDate past it is absurd (often milliseconds written where seconds belong). */
export const MAX_NUMERIC_DATE = 253_402_300_799;

export type JwtFailure = 'too-long' | 'not-compact' | 'encrypted' | 'bad-header' | 'bad-payload' | 'not-object' | 'bad-claim';

export interface DecodedJwt {
  ok: true;
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** `alg` from the header. */
  alg: string;
  /** The three segments as sent (secret: mask before anything else). */
  segments: [string, string, string];
  /** The decoded header and payload JSON (secret: a payload can carry anything). */
  headerText: string;
  payloadText: string;
  /** NumericDates (seconds since the epoch, possibly fractional), when present. */
  exp?: number;
  nbf?: number;
  iat?: number;
}

export interface JwtDecodeFailure {
  ok: false;
  reason: JwtFailure;
  /** Why, in words that never quote the value. */
  message: string;
  /** The header decoded to a JSON object with an `alg`: the value is shaped like a JWT even though it failed later. */
  looksLikeJwt: boolean;
  /** What was split and decoded before the failure, for masking. */
  segments: string[];
  decodedTexts: string[];
}

export type JwtDecodeResult = DecodedJwt | JwtDecodeFailure;

export interface DecodeJwtOptions {
  /** Longest value read, in UTF-8 bytes (default 16 KiB). */
  maxBytes?: number;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Strict base64url (no padding, no other alphabet) to UTF-8 text; undefined when it is not. */
function decodeSegment(segment: string): string | undefined {
  if (!BASE64URL.test(segment) || segment.length % 4 === 1) return undefined;
  try {
    return utf8.decode(Buffer.from(segment, 'base64url'));
  } catch {
    return undefined;
  }
}

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decodes a compact JWS (`header.payload.signature`) WITHOUT verifying it. Pure. Refuses values over `maxBytes`,
 * anything but three strict base64url segments, a header that is not a JSON object with a string `alg`, a payload
 * that is not a JSON object, and `exp`/`nbf`/`iat` that are not numbers between 0 and year 9999 (or `exp` before
 * `iat`). A JWE (five segments, `enc` in the header) is reported as encrypted.
 */
export function decodeJwt(value: string, options: DecodeJwtOptions = {}): JwtDecodeResult {
  const maxBytes = options.maxBytes ?? DEFAULT_JWT_MAX_BYTES;
  const segments: string[] = [];
  const decodedTexts: string[] = [];
  let looksLikeJwt = false;
  const fail = (reason: JwtFailure, message: string): JwtDecodeFailure => ({ ok: false, reason, message, looksLikeJwt, segments, decodedTexts });

  if (Buffer.byteLength(value, 'utf8') > maxBytes) return fail('too-long', `longer than ${maxBytes} bytes`);
  const parts = value.trim().split('.');
  segments.push(...parts.filter((p) => p.length > 0));
  if (parts.length !== 3 && parts.length !== 5) return fail('not-compact', 'not three dot-separated base64url segments');
  const headerText = decodeSegment(parts[0]!);
  if (headerText === undefined) return fail('bad-header', 'the header is not base64url-encoded JSON');
  decodedTexts.push(headerText);
  const header = jsonObject(headerText);
  if (!header) return fail('bad-header', 'the header is not base64url-encoded JSON');
  if (typeof header.alg !== 'string' || header.alg === '') return fail('bad-header', 'the header has no "alg"');
  if (parts.length === 5) {
    looksLikeJwt = typeof header.enc === 'string';
    return fail(looksLikeJwt ? 'encrypted' : 'not-compact', looksLikeJwt ? 'an encrypted JWT (JWE): its claims cannot be read' : 'not three dot-separated base64url segments');
  }
  looksLikeJwt = true;
  const [rawHeader, rawPayload, signature] = parts as [string, string, string];
  if (signature !== '' && !BASE64URL.test(signature)) return fail('not-compact', 'the signature is not base64url');
  const payloadText = decodeSegment(rawPayload);
  if (payloadText === undefined) return fail('bad-payload', 'the payload is not base64url-encoded UTF-8');
  decodedTexts.push(payloadText);
  const payload = jsonObject(payloadText);
  if (!payload) return fail('not-object', 'the payload is not a JSON object');

  const dates: { exp?: number; nbf?: number; iat?: number } = {};
  for (const claim of ['exp', 'nbf', 'iat'] as const) {
    const v = payload[claim];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail('bad-claim', `"${claim}" is not a number`);
    if (v < 0 || v > MAX_NUMERIC_DATE) return fail('bad-claim', `"${claim}" is not a date between 1970 and 9999 (milliseconds instead of seconds?)`);
    dates[claim] = v;
  }
  if (dates.exp !== undefined && dates.iat !== undefined && dates.exp < dates.iat) return fail('bad-claim', '"exp" is before "iat"');
  return { ok: true, header, payload, alg: header.alg, segments: [rawHeader, rawPayload, signature], headerText, payloadText, ...dates };
}

/** The leeway in seconds: default 60, a whole number from 0 to 300; anything else is a usage error. */
export function jwtLeewaySeconds(seconds: number | undefined): number {
  if (seconds === undefined) return DEFAULT_LEEWAY_SECONDS;
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_LEEWAY_SECONDS) {
    throw new UsageError(`the JWT clock-skew leeway must be a whole number of seconds from 0 to ${MAX_LEEWAY_SECONDS}, not ${String(seconds)}`);
  }
  return seconds;
}

/** An ISO timestamp of a NumericDate (whole milliseconds; `.000` dropped). */
export function numericDateIso(seconds: number): string {
  return new Date(Math.floor(seconds * 1000)).toISOString().replace('.000Z', 'Z');
}

/** `alg` is safe to print only when it looks like an algorithm name. */
function algLabel(alg: string): string {
  return /^[A-Za-z0-9+._-]{1,20}$/.test(alg) ? alg : 'unknown alg';
}

function maskAll(context: SourceContext, texts: readonly string[]): void {
  for (const text of texts) if (text.length >= MIN_VALUE_LENGTH) context.mask(text);
}

export interface JwtSourceOptions {
  /** Clock-skew leeway for `nbf`/`iat` in the future (default 60 s, at most 300). */
  leewaySeconds?: number;
  /** Longest value decoded (default 16 KiB). */
  maxBytes?: number;
}

function observeJwt(result: SourceResult, token: RegistryToken, jwt: DecodedJwt, nowMs: number, leewayMs: number): void {
  const o = observe(result, token.key);
  o.valueKind = `JSON Web Token (${algLabel(jwt.alg)})`;
  if (jwt.exp !== undefined) {
    const expiresAt = numericDateIso(jwt.exp);
    const lifetimeDays = jwt.iat !== undefined ? Math.floor((jwt.exp - jwt.iat) / 86_400) : undefined;
    const issued = jwt.iat !== undefined ? `, issued ${numericDateIso(jwt.iat)} (lifetime ${lifetimeDays} days)` : '';
    o.evidence.push({ source: 'jwt', expiresAt, ...(lifetimeDays !== undefined ? { lifetimeDays } : {}), note: `JWT exp ${expiresAt}${issued}` });
  } else {
    const note = 'JWT without exp: never expires';
    o.neverExpires = { source: 'jwt', note };
    o.notes.push(note);
  }
  if (jwt.nbf !== undefined && jwt.nbf * 1000 > nowMs + leewayMs) o.notes.push(`JWT not valid before ${numericDateIso(jwt.nbf)} (nbf)`);
  if (jwt.iat !== undefined && jwt.iat * 1000 > nowMs + leewayMs) o.notes.push(`JWT issued in the future (iat ${numericDateIso(jwt.iat)}): check the clocks`);
}

/** The `jwt` source. Throws a UsageError at once for a leeway out of bounds. */
export function jwtSource(options: JwtSourceOptions = {}): ExpirySource {
  const leewayMs = jwtLeewaySeconds(options.leewaySeconds) * 1000;
  const maxBytes = options.maxBytes ?? DEFAULT_JWT_MAX_BYTES;
  return {
    name: 'jwt',
    async collect(context) {
      const result = emptyResult();
      const unset: string[] = [];
      for (const token of context.registry.tokens) {
        const value = context.valueOf(token);
        if (value === undefined) {
          if (token.kind === 'jwt') unset.push(`${token.name} (${valueVariable(token)})`);
          continue;
        }
        const decoded = decodeJwt(value, { maxBytes });
        // Masked whatever the outcome, for a `jwt` entry or anything shaped like one: parts of a secret are secret.
        if (decoded.ok) maskAll(context, [...decoded.segments, decoded.headerText, decoded.payloadText]);
        else if (token.kind === 'jwt' || decoded.looksLikeJwt) maskAll(context, [...decoded.segments, ...decoded.decodedTexts]);

        if (decoded.ok) observeJwt(result, token, decoded, context.nowMs, leewayMs);
        else if (token.kind === 'jwt') observe(result, token.key).notes.push(`the value of ${token.name} is not a JWT (${decoded.message})`);
        else if (decoded.looksLikeJwt) observe(result, token.key).notes.push(`the value of ${token.name} looks like a JWT but cannot be read (${decoded.message})`);
      }
      if (unset.length) result.notes.push({ source: 'jwt', level: 'info', message: `no value in the environment for ${unset.join(', ')}: not decoded` });
      return result;
    },
  };
}
