/** The `rotation:` rule in the token registry: parsed with defaults, and refused when it cannot work. */
import { checkRegistry, parseRegistry } from '../../src/registry/parse.js';
import { yaml } from '../helpers.js';

function registry(entry: string): string {
  return yaml`
    version: 1
    tokens:
      HOOK_SECRET:
        description: Signs webhooks
        category: ci-cd
        risk: medium
${entry}
  `;
}

function issues(text: string): string[] {
  return checkRegistry(text, 'map.yml').issues.map((i) => `${i.line}:${i.column} ${i.key}: ${i.message}`);
}

describe('registry rotation rules', () => {
  test('parses type, prefix, length and max-age-days; the length defaults per type', () => {
    const r = parseRegistry(
      registry(`        kind: webhook-secret
        rotation:
          generate: { type: api-key, prefix: whsec_ }
          max-age-days: 30`),
      'map.yml',
    );
    expect(r.tokens[0]!.rotation).toEqual({ generate: { type: 'api-key', prefix: 'whsec_', length: 40 }, maxAgeDays: 30 });
    const hex = parseRegistry(
      registry(`        kind: other
        rotation: { generate: { type: hex, length: 128 }, max-age-days: 7 }`),
      'map.yml',
    );
    expect(hex.tokens[0]!.rotation).toEqual({ generate: { type: 'hex', length: 128 }, maxAgeDays: 7 });
  });

  test.each([
    ['too short for 128 bits', 'kind: api-key\n        rotation: { generate: { type: alphanumeric, length: 16 }, max-age-days: 30 }', /alphanumeric needs at least 22 characters for 128 bits of randomness \(got 16\)/],
    ['a JWT secret under 256 bits', 'kind: jwt\n        rotation: { generate: { type: jwt-secret, length: 32 }, max-age-days: 30 }', /jwt-secret needs at least 43 characters for 256 bits/],
    ['base64 not in whole groups', 'kind: other\n        rotation: { generate: { type: base64, length: 30 }, max-age-days: 30 }', /base64 length must be a multiple of 4/],
    ['longer than a secret should be', 'kind: other\n        rotation: { generate: { type: hex, length: 5000 }, max-age-days: 30 }', /tokens\.HOOK_SECRET\.rotation\.generate\.length/],
    ['an unknown type', 'kind: other\n        rotation: { generate: { type: uuid }, max-age-days: 30 }', /tokens\.HOOK_SECRET\.rotation\.generate\.type/],
    ['no max-age-days', 'kind: other\n        rotation: { generate: { type: hex } }', /tokens\.HOOK_SECRET\.rotation\.max-age-days/],
    ['a prefix with spaces', 'kind: other\n        rotation: { generate: { type: hex, prefix: "a b" }, max-age-days: 30 }', /up to 32 letters, digits/],
    ['a kind GitHub issues', 'kind: github-pat\n        rotation: { generate: { type: hex }, max-age-days: 30 }', /kind github-pat is issued by its service: a generated random value cannot replace it/],
  ])('refuses %s', (_name, entry, message) => {
    const found = issues(registry(`        ${entry}`));
    expect(found.join('\n')).toMatch(message);
  });
});
