export const id = 908;
export const ids = [908];
export const modules = {

/***/ 7908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d0: () => (/* binding */ RegistrySchema),
/* harmony export */   registryJsonSchema: () => (/* binding */ registryJsonSchema)
/* harmony export */ });
/* unused harmony exports ThresholdsSchema, PolicySchema, ScopesSchema, RotationSchema, TokenSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4377);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8439);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3174);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(234);
/* harmony import */ var _vault_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2782);
/**
 * The zod schema of the token registry file and the JSON Schema generated from it (committed as
 * schema/token-scope-map.schema.json; a test keeps it in sync).
 *
 * zod checks the shape. What depends on other fields or on position — scope names per token kind, case-insensitive
 * duplicate names, `rotated` without `max-age-days`, threshold ordering — is checked in check.ts, so that every
 * problem is listed at once with its line (zod skips an object's refinements once a field of it fails).
 */




const glob = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).describe('A path glob relative to the repository root, e.g. .github/workflows/release.yml or .github/workflows/deploy-*.yml');
const days = (what) => zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(0).max(3650).describe(what);
/** Whole seconds (a YAML number) or a Vault duration (`1h`, `90m`, `2d`, `"3600"`). */
const vaultDuration = (what) => zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).max(3650 * 86_400), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(_vault_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .VAULT_DURATION_PATTERN */ .vL, 'expected a duration such as 1h, 90m or 2d, or whole seconds')]).describe(what);
const isoDate = (what) => zod__WEBPACK_IMPORTED_MODULE_4__/* .date */ .p6({ message: 'expected a date written as YYYY-MM-DD' }).describe(what);
const ThresholdsSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    critical: days('Days before expiry at which a token is critical (default 7)').optional(),
    warning: days('Days before expiry at which a token is a warning (default 30)').optional(),
    info: days('Days before expiry at which a token is worth a notice (default 45)').optional(),
})
    .describe('Expiry thresholds in days before expiry; critical ≤ warning ≤ info');
const PolicySchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    'default-token': zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TOKEN_POLICIES */ .V9)
        .optional()
        .describe('The GITHUB_TOKEN policy. forbid: no explicit use and no write grants; read-only: no write grants; allow: no policy (default)'),
    'default-token-allowed-in': zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(glob).optional().describe('Files where the default-token policy does not apply (globs)'),
    thresholds: ThresholdsSchema.optional(),
    'thresholds-by-category': zod__WEBPACK_IMPORTED_MODULE_3__/* .partialRecord */ .jgl(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKEN_CATEGORIES */ .Z1), ThresholdsSchema)
        .optional()
        .describe('Expiry thresholds for the tokens of a category, overriding `thresholds`, e.g. { runtime: { critical: 14 } }'),
    'max-lifetime-days': zod__WEBPACK_IMPORTED_MODULE_3__/* .partialRecord */ .jgl(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKEN_KINDS */ .oq), zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).max(3650))
        .optional()
        .describe('Longest allowed lifetime (or rotation period) per token kind, in days, e.g. { github-pat: 90 }'),
})
    .describe('Policy for the default token and for token lifetimes');
/** `scopes:` is a mapping (permission → level) or a list; which one, and which names, depends on `kind` (check.ts). */
const ScopesSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .custom */ .IeY((v) => typeof v === 'object' && v !== null, {
    message: 'expected a mapping of permission names to read|write (or, for kind github-pat, a list of classic scopes)',
})
    .describe('Permissions: a mapping of permission names to read|write (fine-grained PATs, Apps), or a list of classic scopes (kind github-pat)');
const RotationSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    generate: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        type: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATED_SECRET_TYPES */ .LD)
            .describe('api-key: letters and digits with a 6-character CRC32 checksum at the end; hex; base64 (standard alphabet, length a multiple of 4); alphanumeric; jwt-secret: base64url characters for an HMAC signing key'),
        prefix: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
            .regex(/^[A-Za-z0-9_.-]{1,32}$/, 'up to 32 letters, digits, `_`, `.` or `-`')
            .optional()
            .describe('Written before the random part, e.g. sk_ (helps secret scanners); not counted in `length`'),
        length: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr()
            .min(1)
            .max(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATED_MAX_LENGTH */ .Wg)
            .optional()
            .describe('Characters after the prefix. Defaults: api-key 40, hex 64, base64 44, alphanumeric 32, jwt-secret 86; at least 128 bits of randomness (jwt-secret: 256)'),
    })
        .describe('How a new value is generated (crypto.randomBytes, no modulo bias)'),
    'max-age-days': zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).max(3650).describe("Days after the Actions secret's updated_at by which `token-warden rotate` writes a new value"),
})
    .describe('Rotation of a generated secret: `token-warden rotate` writes a fresh random value as the Actions secret once it is older than max-age-days');
const TokenSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).describe('What the token is for'),
    owner: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional().describe('Who answers for it, e.g. "@org/platform" (required in practice for high-risk tokens)'),
    category: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKEN_CATEGORIES */ .Z1).describe('Token category'),
    risk: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKEN_RISKS */ .xk).describe('Risk if the token leaks'),
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKEN_KINDS */ .oq).describe('What sort of credential it is'),
    scopes: ScopesSchema.optional(),
    reason: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional().describe('Why it needs what it has (expected for every write scope)'),
    'used-by': zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(glob)
        .optional()
        .describe('Workflow/action globs where it may be used. Absent: anywhere. []: no workflow may use it (a runtime or service token)'),
    environments: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1)).optional().describe('Deployment environments of the jobs that may use it'),
    expires: isoDate('Expiry date').optional(),
    rotated: isoDate('Date of the last rotation (with max-age-days)').optional(),
    'max-age-days': zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).max(3650).optional().describe('Days after `rotated` by which it must be rotated again'),
    thresholds: ThresholdsSchema.optional().describe("Expiry thresholds for this token, overriding its category's and the registry's"),
    env: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name')
        .optional()
        .describe('Environment variable holding the value, for `token-warden expiry` to check online (default: the variable named like the token)'),
    'app-id': zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).optional().describe('kind github-app: the App ID; with the private key as the value, GitHub is asked for the installation and its permissions'),
    'installation-id': zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).optional().describe('kind github-app: the installation to check (default: the one on the scanned repository)'),
    'vault-address': zod__WEBPACK_IMPORTED_MODULE_3__/* .url */ .OZ5({ protocol: /^https?$/, message: 'expected an http(s) URL such as https://vault.example.com:8200' })
        .optional()
        .describe('kind vault: the Vault server (default: --vault-addr, else VAULT_ADDR)'),
    'renew-increment': vaultDuration('kind vault: the TTL `token-warden vault-renew` asks for, counted from the renewal (default: --increment, else the TTL the token was created with)').optional(),
    'renew-threshold': vaultDuration('kind vault: renew once the TTL left is below this (default: once about two thirds of the TTL is used, with jitter, as Vault\'s LifetimeWatcher)').optional(),
    rotation: RotationSchema.optional(),
})
    .describe('One token: its owner, what it may do, where it may be used, and when it expires');
const RegistrySchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1).describe('Registry format version'),
    policy: PolicySchema.optional(),
    tokens: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), TokenSchema).optional().describe('Every token the automation uses, by secret name'),
})
    .describe('Token Warden token scope map');
const LEVELS = ['read', 'write', 'admin'];
const SECRET_NAME_PATTERN = '^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)[A-Za-z_][A-Za-z0-9_]*$';
/** Per-kind `scopes` shapes, for editors: JSON Schema can say what zod leaves to check.ts. */
function scopesByKind() {
    const permissions = {};
    for (const [name, levels] of Object.entries(_scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .FINE_GRAINED_PERMISSIONS */ .tL)) {
        permissions[name] = { enum: [...levels] };
        if (name.includes('-'))
            permissions[name.replace(/-/g, '_')] = { enum: [...levels] };
    }
    return [
        {
            if: { properties: { kind: { const: 'github-pat' } }, required: ['kind'] },
            then: { properties: { scopes: { type: 'array', items: { enum: [..._scopes_js__WEBPACK_IMPORTED_MODULE_0__/* .CLASSIC_SCOPES */ .pI] }, uniqueItems: true } } },
        },
        {
            if: { properties: { kind: { enum: ['github-pat-fine-grained', 'github-app'] } }, required: ['kind'] },
            then: { properties: { scopes: { type: 'object', properties: permissions, additionalProperties: false } } },
        },
    ];
}
/** JSON Schema (draft-07) for editors: `# yaml-language-server: $schema=…`. */
function registryJsonSchema() {
    const schema = zod__WEBPACK_IMPORTED_MODULE_5__/* .toJSONSchema */ .bl(RegistrySchema, {
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


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p6: () => (/* binding */ date),
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDate */ .db(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODate */ .Brp, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};

//# sourceMappingURL=908.index.js.map