export const id = 163;
export const ids = [163];
export const modules = {

/***/ 3163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d0: () => (/* binding */ RegistrySchema),
  registryJsonSchema: () => (/* binding */ registryJsonSchema)
});

// UNUSED EXPORTS: PolicySchema, ScopesSchema, ThresholdsSchema, TokenSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return core._isoDateTime(ZodISODateTime, params);
}
function date(params) {
    return api/* _isoDate */.db(schemas/* ZodISODate */.Brp, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(8439);
// EXTERNAL MODULE: ./src/registry/scopes.ts
var scopes = __webpack_require__(3174);
// EXTERNAL MODULE: ./src/registry/types.ts
var types = __webpack_require__(234);
;// CONCATENATED MODULE: ./src/registry/schema.ts
/**
 * The zod schema of the token registry file and the JSON Schema generated from it (committed as
 * schema/token-scope-map.schema.json; a test keeps it in sync).
 *
 * zod checks the shape. What depends on other fields or on position — scope names per token kind, case-insensitive
 * duplicate names, `rotated` without `max-age-days`, threshold ordering — is checked in check.ts, so that every
 * problem is listed at once with its line (zod skips an object's refinements once a field of it fails).
 */



const glob = schemas/* string */.YjP().min(1).describe('A path glob relative to the repository root, e.g. .github/workflows/release.yml or .github/workflows/deploy-*.yml');
const days = (what) => schemas/* int */.Whr().min(0).max(3650).describe(what);
const isoDate = (what) => date({ message: 'expected a date written as YYYY-MM-DD' }).describe(what);
const ThresholdsSchema = schemas/* strictObject */.rej({
    critical: days('Days before expiry at which a token is critical (default 7)').optional(),
    warning: days('Days before expiry at which a token is a warning (default 30)').optional(),
    info: days('Days before expiry at which a token is worth a notice (default 45)').optional(),
})
    .describe('Expiry thresholds in days before expiry; critical ≤ warning ≤ info');
const PolicySchema = schemas/* strictObject */.rej({
    'default-token': schemas/* enum */.k5n(types/* DEFAULT_TOKEN_POLICIES */.V9)
        .optional()
        .describe('The GITHUB_TOKEN policy. forbid: no explicit use and no write grants; read-only: no write grants; allow: no policy (default)'),
    'default-token-allowed-in': schemas/* array */.YOg(glob).optional().describe('Files where the default-token policy does not apply (globs)'),
    thresholds: ThresholdsSchema.optional(),
    'thresholds-by-category': schemas/* partialRecord */.jgl(schemas/* enum */.k5n(types/* TOKEN_CATEGORIES */.Z1), ThresholdsSchema)
        .optional()
        .describe('Expiry thresholds for the tokens of a category, overriding `thresholds`, e.g. { runtime: { critical: 14 } }'),
    'max-lifetime-days': schemas/* partialRecord */.jgl(schemas/* enum */.k5n(types/* TOKEN_KINDS */.oq), schemas/* int */.Whr().min(1).max(3650))
        .optional()
        .describe('Longest allowed lifetime (or rotation period) per token kind, in days, e.g. { github-pat: 90 }'),
})
    .describe('Policy for the default token and for token lifetimes');
/** `scopes:` is a mapping (permission → level) or a list; which one, and which names, depends on `kind` (check.ts). */
const ScopesSchema = schemas/* custom */.IeY((v) => typeof v === 'object' && v !== null, {
    message: 'expected a mapping of permission names to read|write (or, for kind github-pat, a list of classic scopes)',
})
    .describe('Permissions: a mapping of permission names to read|write (fine-grained PATs, Apps), or a list of classic scopes (kind github-pat)');
const TokenSchema = schemas/* strictObject */.rej({
    description: schemas/* string */.YjP().min(1).describe('What the token is for'),
    owner: schemas/* string */.YjP().min(1).optional().describe('Who answers for it, e.g. "@org/platform" (required in practice for high-risk tokens)'),
    category: schemas/* enum */.k5n(types/* TOKEN_CATEGORIES */.Z1).describe('Token category'),
    risk: schemas/* enum */.k5n(types/* TOKEN_RISKS */.xk).describe('Risk if the token leaks'),
    kind: schemas/* enum */.k5n(types/* TOKEN_KINDS */.oq).describe('What sort of credential it is'),
    scopes: ScopesSchema.optional(),
    reason: schemas/* string */.YjP().min(1).optional().describe('Why it needs what it has (expected for every write scope)'),
    'used-by': schemas/* array */.YOg(glob)
        .optional()
        .describe('Workflow/action globs where it may be used. Absent: anywhere. []: no workflow may use it (a runtime or service token)'),
    environments: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Deployment environments of the jobs that may use it'),
    expires: isoDate('Expiry date').optional(),
    rotated: isoDate('Date of the last rotation (with max-age-days)').optional(),
    'max-age-days': schemas/* int */.Whr().min(1).max(3650).optional().describe('Days after `rotated` by which it must be rotated again'),
    thresholds: ThresholdsSchema.optional().describe("Expiry thresholds for this token, overriding its category's and the registry's"),
    env: schemas/* string */.YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name')
        .optional()
        .describe('Environment variable holding the value, for `token-warden expiry` to check online (default: the variable named like the token)'),
    'app-id': schemas/* int */.Whr().min(1).optional().describe('kind github-app: the App ID; with the private key as the value, GitHub is asked for the installation and its permissions'),
    'installation-id': schemas/* int */.Whr().min(1).optional().describe('kind github-app: the installation to check (default: the one on the scanned repository)'),
})
    .describe('One token: its owner, what it may do, where it may be used, and when it expires');
const RegistrySchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1).describe('Registry format version'),
    policy: PolicySchema.optional(),
    tokens: schemas/* record */.g1P(schemas/* string */.YjP(), TokenSchema).optional().describe('Every token the automation uses, by secret name'),
})
    .describe('Token Warden token scope map');
const LEVELS = ['read', 'write', 'admin'];
const SECRET_NAME_PATTERN = '^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)[A-Za-z_][A-Za-z0-9_]*$';
/** Per-kind `scopes` shapes, for editors: JSON Schema can say what zod leaves to check.ts. */
function scopesByKind() {
    const permissions = {};
    for (const [name, levels] of Object.entries(scopes/* FINE_GRAINED_PERMISSIONS */.tL)) {
        permissions[name] = { enum: [...levels] };
        if (name.includes('-'))
            permissions[name.replace(/-/g, '_')] = { enum: [...levels] };
    }
    return [
        {
            if: { properties: { kind: { const: 'github-pat' } }, required: ['kind'] },
            then: { properties: { scopes: { type: 'array', items: { enum: [...scopes/* CLASSIC_SCOPES */.pI] }, uniqueItems: true } } },
        },
        {
            if: { properties: { kind: { enum: ['github-pat-fine-grained', 'github-app'] } }, required: ['kind'] },
            then: { properties: { scopes: { type: 'object', properties: permissions, additionalProperties: false } } },
        },
    ];
}
/** JSON Schema (draft-07) for editors: `# yaml-language-server: $schema=…`. */
function registryJsonSchema() {
    const schema = json_schema_processors/* toJSONSchema */.bl(RegistrySchema, {
        target: 'draft-7',
        unrepresentable: 'any',
        override: (ctx) => {
            const js = ctx.jsonSchema;
            if (ctx.zodSchema === ScopesSchema) {
                delete js.type;
                js.anyOf = [
                    { type: 'object', additionalProperties: { enum: LEVELS } },
                    { type: 'array', items: { type: 'string' }, uniqueItems: true },
                ];
            }
            else if (ctx.zodSchema === TokenSchema) {
                js.allOf = scopesByKind();
            }
        },
    });
    const properties = schema.properties;
    properties.tokens.propertyNames = { pattern: SECRET_NAME_PATTERN };
    return { ...schema, title: 'Token Warden token scope map' };
}


/***/ })

};

//# sourceMappingURL=163.index.js.map