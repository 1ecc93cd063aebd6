/**
 * Generated values: length, alphabet and prefix per type, the api-key checksum, rejection sampling fed chosen bytes
 * (no modulo bias by construction), and a uniformity check that cannot flake: a chi-square bound far in the tail
 * (the real generator passes; a modulo-biased one, measured the same way, fails by a wide margin).
 */
import { randomBytes } from 'node:crypto';
import {
  ALPHANUMERIC,
  alphabetOf,
  apiKeyChecksumValid,
  crc32,
  entropyBits,
  generateSecret,
  rejectionLimit,
  uniformString,
  type RandomBytes,
} from '../../src/renewal/generate.js';
import { GENERATED_LENGTHS, GENERATED_SECRET_TYPES } from '../../src/registry/types.js';

const CHARSET: Record<string, RegExp> = {
  'api-key': /^[A-Za-z0-9]+$/,
  alphanumeric: /^[A-Za-z0-9]+$/,
  hex: /^[0-9a-f]+$/,
  base64: /^[A-Za-z0-9+/]+$/,
  'jwt-secret': /^[A-Za-z0-9_-]+$/,
};

/** A byte source that hands out `script` in order (then throws: the test gave too few). */
function scripted(script: number[]): RandomBytes & { asked: number[] } {
  let i = 0;
  const asked: number[] = [];
  const source = (count: number) => {
    asked.push(count);
    const out = new Uint8Array(count);
    for (let k = 0; k < count; k++) {
      if (i >= script.length) return out.slice(0, k);
      out[k] = script[i++]!;
    }
    return out;
  };
  return Object.assign(source, { asked });
}

describe('generateSecret', () => {
  test.each(GENERATED_SECRET_TYPES.map((t) => [t]))('%s: default length, alphabet, prefix', (type) => {
    const length = GENERATED_LENGTHS[type].default;
    for (let i = 0; i < 50; i++) {
      const value = generateSecret({ type, prefix: 'tw_', length });
      expect(value).toHaveLength(3 + length);
      expect(value.startsWith('tw_')).toBe(true);
      expect(value.slice(3)).toMatch(CHARSET[type]!);
    }
    expect(generateSecret({ type, length })).toHaveLength(length);
  });

  test('base64 values decode to whole bytes and re-encode unchanged (no padding needed)', () => {
    const value = generateSecret({ type: 'base64', length: 48 });
    expect(Buffer.from(value, 'base64')).toHaveLength(36);
    expect(Buffer.from(value, 'base64').toString('base64')).toBe(value);
  });

  test('api-key ends with the CRC-32 checksum of prefix and body, so a typo or a cut is detectable', () => {
    expect(crc32('123456789')).toBe(0xcbf43926); // the standard check value
    const value = generateSecret({ type: 'api-key', prefix: 'sk_live_', length: 40 });
    expect(apiKeyChecksumValid(value)).toBe(true);
    const typo = value.slice(0, 10) + (value[10] === 'A' ? 'B' : 'A') + value.slice(11);
    expect(apiKeyChecksumValid(typo)).toBe(false);
    expect(apiKeyChecksumValid(value.slice(0, -1))).toBe(false);
  });

  test('two values never repeat', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => generateSecret({ type: 'alphanumeric', length: 22 })));
    expect(seen.size).toBe(1000);
  });

  test('lengths the registry refuses are refused here too', () => {
    expect(() => generateSecret({ type: 'hex', length: 31 })).toThrow('hex length must be a whole number from 32 to 4096 (got 31)');
    expect(() => generateSecret({ type: 'base64', length: 46 })).toThrow('a multiple of 4');
    expect(() => generateSecret({ type: 'jwt-secret', length: 5000 })).toThrow(RangeError);
  });

  test('entropy: at least 128 bits at every minimum, 256 for a JWT signing secret', () => {
    for (const type of GENERATED_SECRET_TYPES) expect(entropyBits(type, GENERATED_LENGTHS[type].min)).toBeGreaterThanOrEqual(type === 'jwt-secret' ? 256 : 128);
    expect(entropyBits('api-key', 40)).toBe(202);
  });
});

describe('rejection sampling', () => {
  test('bytes at or above the largest multiple of the alphabet size are skipped, the rest map by remainder', () => {
    expect(rejectionLimit(62)).toBe(248);
    const bytes = scripted([247, 248, 255, 0, 61, 62, 250, 123]);
    // 247 % 62 = 61 → '9'; 248, 255, 250 rejected; 0 → 'A'; 61 → '9'; 62 → 'A'; 123 → 61 → '9'
    expect(uniformString(ALPHANUMERIC, 5, bytes)).toBe('9A9A9');
  });

  test('asks for more bytes when a batch was mostly rejected', () => {
    const bytes = scripted([...Array(20).fill(255), 1, 2, ...Array(20).fill(254), 3]);
    expect(uniformString(ALPHANUMERIC, 3, bytes)).toBe('BCD');
    expect(bytes.asked.length).toBeGreaterThan(1);
  });

  test('alphabets whose size divides 256 (hex, base64) use every byte', () => {
    expect(rejectionLimit(16)).toBe(256);
    expect(rejectionLimit(64)).toBe(256);
    expect(uniformString(alphabetOf('hex'), 4, scripted([0, 255, 16, 31]))).toBe('0f0f');
  });

  test('every alphabet character is reachable, and only those', () => {
    const all = Array.from({ length: 248 }, (_, i) => i);
    expect(new Set(uniformString(ALPHANUMERIC, 248, scripted(all)))).toEqual(new Set(ALPHANUMERIC));
  });
});

describe('uniformity (chi-square, bound far in the tail)', () => {
  const N_PER_CHAR = 2000;

  function chiSquare(text: string, alphabet: string): number {
    const counts = new Map<string, number>([...alphabet].map((c) => [c, 0]));
    for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const expected = text.length / alphabet.length;
    let chi = 0;
    for (const n of counts.values()) chi += (n - expected) ** 2 / expected;
    return chi;
  }

  // 62 characters: 61 degrees of freedom, mean 61, standard deviation 11. P(χ² > 200) is below 1e-15, so this never
  // flakes; a modulo-biased generator (byte % 62: eight characters 25% likelier) scores about 880 here.
  const BOUND = 200;

  test('the generator passes', () => {
    const text = uniformString(ALPHANUMERIC, 62 * N_PER_CHAR);
    expect(chiSquare(text, ALPHANUMERIC)).toBeLessThan(BOUND);
  });

  test('the check would catch modulo bias', () => {
    const biased = Array.from(randomBytes(62 * N_PER_CHAR), (b) => ALPHANUMERIC[b % 62]).join('');
    expect(chiSquare(biased, ALPHANUMERIC)).toBeGreaterThan(BOUND * 1.5);
  });
});
