/**
 * The zod schema of the token registry file and the JSON Schema generated from it (committed as
 * schema/token-scope-map.schema.json; a test keeps it in sync).
 *
 * zod checks the shape. What depends on other fields or on position — scope names per token kind, case-insensitive
 * duplicate names, `rotated` without `max-age-days`, threshold ordering — is checked in check.ts, so that every
 * problem is listed at once with its line (zod skips an object's refinements once a field of it fails).
 */
import * as z from 'zod';
import { CLASSIC_SCOPES, FINE_GRAINED_PERMISSIONS } from './scopes.js';
import { DEFAULT_TOKEN_POLICIES, GENERATED_MAX_LENGTH, GENERATED_SECRET_TYPES, TOKEN_CATEGORIES, TOKEN_KINDS, TOKEN_RISKS } from './types.js';
import { VAULT_DURATION_PATTERN } from '../vault/duration.js';

const glob = z.string().min(1).describe('A path glob relative to the repository root, e.g. .github/workflows/release.yml or .github/workflows/deploy-*.yml');
const days = (what: string) => z.int().min(0).max(3650).describe(what);
/** Whole seconds (a YAML number) or a Vault duration (`1h`, `90m`, `2d`, `"3600"`). */
const vaultDuration = (what: string) =>
  z.union([z.int().min(1).max(3650 * 86_400), z.string().regex(VAULT_DURATION_PATTERN, 'expected a duration such as 1h, 90m or 2d, or whole seconds')]).describe(what);
const isoDate = (what: string) => z.iso.date({ message: 'expected a date written as YYYY-MM-DD' }).describe(what);

export const ThresholdsSchema = z
  .strictObject({
    critical: days('Days before expiry at which a token is critical (default 7)').optional(),
    warning: days('Days before expiry at which a token is a warning (default 30)').optional(),
    info: days('Days before expiry at which a token is worth a notice (default 45)').optional(),
  })
  .describe('Expiry thresholds in days before expiry; critical ≤ warning ≤ info');

export const PolicySchema = z
  .strictObject({
    'default-token': z
      .enum(DEFAULT_TOKEN_POLICIES)
      .optional()
      .describe('The GITHUB_TOKEN policy. forbid: no explicit use and no write grants; read-only: no write grants; allow: no policy (default)'),
    'default-token-allowed-in': z.array(glob).optional().describe('Files where the default-token policy does not apply (globs)'),
    thresholds: ThresholdsSchema.optional(),
    'thresholds-by-category': z
      .partialRecord(z.enum(TOKEN_CATEGORIES), ThresholdsSchema)
      .optional()
      .describe('Expiry thresholds for the tokens of a category, overriding `thresholds`, e.g. { runtime: { critical: 14 } }'),
    'max-lifetime-days': z
      .partialRecord(z.enum(TOKEN_KINDS), z.int().min(1).max(3650))
      .optional()
      .describe('Longest allowed lifetime (or rotation period) per token kind, in days, e.g. { github-pat: 90 }'),
  })
  .describe('Policy for the default token and for token lifetimes');

/** `scopes:` is a mapping (permission → level) or a list; which one, and which names, depends on `kind` (check.ts). */
export const ScopesSchema = z
  .custom<Record<string, unknown> | unknown[]>((v) => typeof v === 'object' && v !== null, {
    message: 'expected a mapping of permission names to read|write (or, for kind github-pat, a list of classic scopes)',
  })
  .describe('Permissions: a mapping of permission names to read|write (fine-grained PATs, Apps), or a list of classic scopes (kind github-pat)');

export const RotationSchema = z
  .strictObject({
    generate: z
      .strictObject({
        type: z
          .enum(GENERATED_SECRET_TYPES)
          .describe('api-key: letters and digits with a 6-character CRC32 checksum at the end; hex; base64 (standard alphabet, length a multiple of 4); alphanumeric; jwt-secret: base64url characters for an HMAC signing key'),
        prefix: z
          .string()
          .regex(/^[A-Za-z0-9_.-]{1,32}$/, 'up to 32 letters, digits, `_`, `.` or `-`')
          .optional()
          .describe('Written before the random part, e.g. sk_ (helps secret scanners); not counted in `length`'),
        length: z
          .int()
          .min(1)
          .max(GENERATED_MAX_LENGTH)
          .optional()
          .describe('Characters after the prefix. Defaults: api-key 40, hex 64, base64 44, alphanumeric 32, jwt-secret 86; at least 128 bits of randomness (jwt-secret: 256)'),
      })
      .describe('How a new value is generated (crypto.randomBytes, no modulo bias)'),
    'max-age-days': z.int().min(1).max(3650).describe("Days after the Actions secret's updated_at by which `token-warden rotate` writes a new value"),
  })
  .describe('Rotation of a generated secret: `token-warden rotate` writes a fresh random value as the Actions secret once it is older than max-age-days');

export const TokenSchema = z
  .strictObject({
    description: z.string().min(1).describe('What the token is for'),
    owner: z.string().min(1).optional().describe('Who answers for it, e.g. "@org/platform" (required in practice for high-risk tokens)'),
    category: z.enum(TOKEN_CATEGORIES).describe('Token category'),
    risk: z.enum(TOKEN_RISKS).describe('Risk if the token leaks'),
    kind: z.enum(TOKEN_KINDS).describe('What sort of credential it is'),
    scopes: ScopesSchema.optional(),
    reason: z.string().min(1).optional().describe('Why it needs what it has (expected for every write scope)'),
    'used-by': z
      .array(glob)
      .optional()
      .describe('Workflow/action globs where it may be used. Absent: anywhere. []: no workflow may use it (a runtime or service token)'),
    environments: z.array(z.string().min(1)).optional().describe('Deployment environments of the jobs that may use it'),
    expires: isoDate('Expiry date').optional(),
    rotated: isoDate('Date of the last rotation (with max-age-days)').optional(),
    'max-age-days': z.int().min(1).max(3650).optional().describe('Days after `rotated` by which it must be rotated again'),
    thresholds: ThresholdsSchema.optional().describe("Expiry thresholds for this token, overriding its category's and the registry's"),
    env: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name')
      .optional()
      .describe('Environment variable holding the value, for `token-warden expiry` to check online (default: the variable named like the token)'),
    'app-id': z.int().min(1).optional().describe('kind github-app: the App ID; with the private key as the value, GitHub is asked for the installation and its permissions'),
    'installation-id': z.int().min(1).optional().describe('kind github-app: the installation to check (default: the one on the scanned repository)'),
    'vault-address': z
      .url({ protocol: /^https?$/, message: 'expected an http(s) URL such as https://vault.example.com:8200' })
      .optional()
      .describe('kind vault: the Vault server (default: --vault-addr, else VAULT_ADDR)'),
    'renew-increment': vaultDuration('kind vault: the TTL `token-warden vault-renew` asks for, counted from the renewal (default: --increment, else the TTL the token was created with)').optional(),
    'renew-threshold': vaultDuration(
      'kind vault: renew once the TTL left is below this (default: once about two thirds of the TTL is used, with jitter, as Vault\'s LifetimeWatcher)',
    ).optional(),
    rotation: RotationSchema.optional(),
  })
  .describe('One token: its owner, what it may do, where it may be used, and when it expires');

export const RegistrySchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1).describe('Registry format version'),
    policy: PolicySchema.optional(),
    tokens: z.record(z.string(), TokenSchema).optional().describe('Every token the automation uses, by secret name'),
  })
  .describe('Token Warden token scope map');

export type RegistryFileData = z.infer<typeof RegistrySchema>;

const LEVELS = ['read', 'write', 'admin'];
const SECRET_NAME_PATTERN = '^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)[A-Za-z_][A-Za-z0-9_]*$';

/** Per-kind `scopes` shapes, for editors: JSON Schema can say what zod leaves to check.ts. */
function scopesByKind(): object[] {
  const permissions: Record<string, object> = {};
  for (const [name, levels] of Object.entries(FINE_GRAINED_PERMISSIONS)) {
    permissions[name] = { enum: [...levels] };
    if (name.includes('-')) permissions[name.replace(/-/g, '_')] = { enum: [...levels] };
  }
  return [
    {
      if: { properties: { kind: { const: 'github-pat' } }, required: ['kind'] },
      then: { properties: { scopes: { type: 'array', items: { enum: [...CLASSIC_SCOPES] }, uniqueItems: true } } },
    },
    {
      if: { properties: { kind: { enum: ['github-pat-fine-grained', 'github-app'] } }, required: ['kind'] },
      then: { properties: { scopes: { type: 'object', properties: permissions, additionalProperties: false } } },
    },
  ];
}

/** JSON Schema (draft-07) for editors: `# yaml-language-server: $schema=…`. */
export function registryJsonSchema(): object {
  const schema = z.toJSONSchema(RegistrySchema, {
    target: 'draft-7',
    unrepresentable: 'any',
    override: (ctx) => {
      const js = ctx.jsonSchema as Record<string, unknown>;
      if (ctx.zodSchema === ScopesSchema) {
        delete js.type;
        js.anyOf = [
          { type: 'object', additionalProperties: { enum: LEVELS } },
          { type: 'array', items: { type: 'string' }, uniqueItems: true },
        ];
      } else if (ctx.zodSchema === TokenSchema) {
        js.allOf = scopesByKind();
      }
    },
  }) as Record<string, unknown>;
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  properties.tokens!.propertyNames = { pattern: SECRET_NAME_PATTERN };
  return { ...schema, title: 'Token Warden token scope map' };
}
