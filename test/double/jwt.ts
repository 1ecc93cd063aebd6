/** Verifies a GitHub App JWT (RS256, signed with the app's private key) the way GitHub does. */
import { verify } from 'node:crypto';
import type { AppRecord, DoubleState } from './state.js';

export type JwtCheck = { ok: true; app: AppRecord } | { ok: false; message: string };

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function verifyAppJwt(state: DoubleState, jwt: string): JwtCheck {
  const undecodable: JwtCheck = { ok: false, message: 'A JSON web token could not be decoded' };
  const parts = jwt.split('.');
  if (parts.length !== 3) return undecodable;
  const [rawHeader, rawPayload, signature] = parts as [string, string, string];
  const header = decodePart(rawHeader);
  const payload = decodePart(rawPayload);
  if (!header || !payload || header.alg !== 'RS256') return undecodable;
  const iss = payload.iss;
  const app = [...state.apps.values()].find((a) => String(a.id) === String(iss) || a.clientId === iss);
  if (!app) return { ok: false, message: 'Integration not found' };
  const valid = verify('RSA-SHA256', Buffer.from(`${rawHeader}.${rawPayload}`), app.publicKey, Buffer.from(signature, 'base64url'));
  if (!valid) return undecodable;
  const now = Math.floor(state.now().getTime() / 1000);
  const { iat, exp } = payload;
  if (typeof iat !== 'number' || iat > now + 60) return { ok: false, message: "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued." };
  if (typeof exp !== 'number' || exp <= now) return { ok: false, message: "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires." };
  if (exp - iat > 600 || exp > now + 600) return { ok: false, message: "'Expiration time' claim ('exp') is too far in the future." };
  return { ok: true, app };
}
