/**
 * Random values for generated secrets (`rotation.generate` in the token registry). Every character is drawn uniformly
 * from its alphabet by rejection sampling over `crypto.randomBytes`: a byte is used only when it falls below the
 * largest multiple of the alphabet's size that fits in 256, so `byte % size` carries no modulo bias.
 */
import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { GENERATED_LENGTHS, GENERATED_MAX_LENGTH, type GeneratedSecretType, type RotationRule } from '../registry/types.js';

/** A source of random bytes; `crypto.randomBytes` in production, a scripted one in tests. */
export type RandomBytes = (count: number) => Uint8Array;

export const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
export const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Base62 digits for the api-key checksum, in numeric order. */
const BASE62_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const API_KEY_CHECKSUM_LENGTH = 6;

/** The characters a type draws from (api-key: its body and its checksum are both alphanumeric). */
export function alphabetOf(type: GeneratedSecretType): string {
  switch (type) {
    case 'hex':
      return HEX;
    case 'base64':
      return BASE64;
    case 'jwt-secret':
      return BASE64URL;
    default:
      return ALPHANUMERIC;
  }
}

/** The largest multiple of `size` not above 256: bytes at or above it are rejected. */
export function rejectionLimit(size: number): number {
  return 256 - (256 % size);
}

/** `length` characters, each uniform over `alphabet` (2–256 distinct characters). */
export function uniformString(alphabet: string, length: number, randomBytes: RandomBytes = nodeRandomBytes): string {
  const size = alphabet.length;
  if (size < 2 || size > 256) throw new RangeError(`an alphabet needs 2 to 256 characters (got ${size})`);
  const limit = rejectionLimit(size);
  const out: string[] = [];
  while (out.length < length) {
    const missing = length - out.length;
    // Ask for enough bytes that one batch almost always suffices (a fraction (256 - limit) / 256 is rejected).
    const batch = randomBytes(Math.ceil((missing * 256) / limit) + 8);
    for (const byte of batch) {
      if (byte >= limit) continue;
      out.push(alphabet[byte % size]!);
      if (out.length === length) break;
    }
  }
  return out.join('');
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as zlib) of the UTF-8 bytes of `text`. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The 6-character base62 checksum an api-key ends with: CRC-32 of the prefix and body (2^32 < 62^6). */
export function apiKeyChecksum(prefixAndBody: string): string {
  let n = crc32(prefixAndBody);
  let out = '';
  for (let i = 0; i < API_KEY_CHECKSUM_LENGTH; i++) {
    out = BASE62_DIGITS[n % 62]! + out;
    n = Math.floor(n / 62);
  }
  return out;
}

/** True when an api-key value's last 6 characters are the checksum of the rest (a typo or a truncation fails it). */
export function apiKeyChecksumValid(value: string): boolean {
  if (value.length <= API_KEY_CHECKSUM_LENGTH) return false;
  const cut = value.length - API_KEY_CHECKSUM_LENGTH;
  return apiKeyChecksum(value.slice(0, cut)) === value.slice(cut);
}

/** Bits of randomness in a value of `type` with `length` characters after the prefix. */
export function entropyBits(type: GeneratedSecretType, length: number): number {
  const random = type === 'api-key' ? length - API_KEY_CHECKSUM_LENGTH : length;
  return Math.floor(random * GENERATED_LENGTHS[type].bitsPerChar);
}

/**
 * A new value for a rotation rule: the prefix, then `length` characters of the type's alphabet (api-key: the last six
 * are a checksum). Throws RangeError for a length the registry would have refused (the registry checks it first).
 */
export function generateSecret(spec: RotationRule['generate'], randomBytes: RandomBytes = nodeRandomBytes): string {
  const limits = GENERATED_LENGTHS[spec.type];
  if (!Number.isInteger(spec.length) || spec.length < limits.min || spec.length > GENERATED_MAX_LENGTH || spec.length % limits.multipleOf !== 0) {
    throw new RangeError(`${spec.type} length must be a whole number from ${limits.min} to ${GENERATED_MAX_LENGTH}${limits.multipleOf > 1 ? `, a multiple of ${limits.multipleOf}` : ''} (got ${spec.length})`);
  }
  const prefix = spec.prefix ?? '';
  if (spec.type === 'api-key') {
    const body = prefix + uniformString(ALPHANUMERIC, spec.length - API_KEY_CHECKSUM_LENGTH, randomBytes);
    return body + apiKeyChecksum(body);
  }
  return prefix + uniformString(alphabetOf(spec.type), spec.length, randomBytes);
}
