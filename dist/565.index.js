export const id = 565;
export const ids = [565];
export const modules = {

/***/ 2526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ parseYamlFile),
/* harmony export */   Hd: () => (/* reexport safe */ _validate_error_js__WEBPACK_IMPORTED_MODULE_2__.H),
/* harmony export */   it: () => (/* binding */ validateParsed),
/* harmony export */   uW: () => (/* binding */ validateYaml),
/* harmony export */   xL: () => (/* reexport safe */ _validate_error_js__WEBPACK_IMPORTED_MODULE_2__.ConfigError)
/* harmony export */ });
/* unused harmony export shapeKeysAt */
/* harmony import */ var _model_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2691);
/* harmony import */ var _workflows_lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2277);
/* harmony import */ var _workflows_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1471);
/* harmony import */ var _workflows_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2583);
/* harmony import */ var _validate_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5257);






/**
 * Start offset of the value at `path` (with `asKey`, of the last segment's key), or of the deepest existing
 * ancestor when the path does not exist.
 */
function locate(root, path, asKey) {
    let node = root;
    let offset = (0,_workflows_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) || (0,_workflows_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(root) ? root[_workflows_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .META */ .Ge].start : 0;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        if ((0,_workflows_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const key = String(seg);
            const k = (0,_workflows_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .keySpan */ .UT)(node, key);
            if (!k)
                break;
            if (asKey && i === path.length - 1)
                return k[0];
            offset = (0,_workflows_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .valueSpan */ .MK)(node, key)[0];
            node = node[key];
        }
        else if ((0,_workflows_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            const index = Number(seg);
            if (!(index >= 0 && index < node.length))
                break;
            offset = (0,_workflows_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .itemSpan */ .cC)(node, index)[0];
            node = node[index];
        }
        else
            break;
    }
    return offset;
}
function keyName(path) {
    return path.map(String).join('.');
}
/** The value at `path`, or undefined. */
function valueAt(root, path) {
    let cur = root;
    for (const seg of path) {
        if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg))
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
/** True when the parsed data has a value (even null) at `path`. */
function present(data, path) {
    let cur = data;
    for (const seg of path) {
        if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg))
            return false;
        cur = cur[seg];
    }
    return true;
}
/** Turns a zod error into positioned issues, one per problem. */
function issuesFrom(error, root, lines, file, knownKeys) {
    const out = [];
    const at = (offset) => lines.position(offset);
    const visit = (issues) => {
        for (const issue of issues) {
            const path = issue.path;
            if (issue.code === 'unrecognized_keys') {
                const known = knownKeys(path);
                for (const key of issue.keys) {
                    out.push({ file, ...at(locate(root, [...path, key], true)), key: keyName([...path, key]), message: `unknown key${(0,_model_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(key, known)}` });
                }
                continue;
            }
            if (issue.code === 'invalid_key') {
                const key = String(path[path.length - 1] ?? '');
                const values = issue.issues[0]?.values?.map(String) ?? [];
                out.push({ file, ...at(locate(root, path, true)), key: keyName(path), message: `unknown name "${key}"${(0,_model_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(key, values)}` });
                continue;
            }
            if (issue.code === 'invalid_union' && issue.errors.length > 0) {
                // Each alternative's issues have paths relative to the union. Alternatives of the wrong type (a string given
                // where one accepts a mapping) say nothing useful when another alternative had the right type.
                const alternatives = issue.errors.map((alt) => alt.map((e) => ({ ...e, path: [...path, ...e.path] })));
                const rightType = alternatives.filter((alt) => !alt.some((e) => e.code === 'invalid_type' && e.path.length === path.length));
                visit((rightType.length > 0 ? rightType : alternatives).flat());
                continue;
            }
            if (path.length > 0 && !present(root, path) && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
                // A required key is missing: point at the mapping that lacks it (its own key), not at a sibling.
                const name = String(path[path.length - 1]);
                const values = issue.code === 'invalid_value' ? issue.values.map((v) => JSON.stringify(v)) : [];
                const choices = values.length === 1 ? ` (must be ${values[0]})` : values.length ? `: one of ${values.join(', ')}` : '';
                out.push({ file, ...at(locate(root, path.slice(0, -1), true)), key: keyName(path), message: `required key "${name}" is missing${choices}` });
                continue;
            }
            let message = issue.message;
            if (issue.code === 'invalid_value' && issue.values.length > 0) {
                const node = valueAt(root, path);
                const got = node === null || node === undefined || typeof node === 'object' ? '' : String(node);
                message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got ? `, got "${got}"${(0,_model_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(got, issue.values.map(String))}` : ''}`;
            }
            out.push({ file, ...at(locate(root, path, false)), key: keyName(path), message });
        }
    };
    visit(error.issues);
    return dedupe(out);
}
function dedupe(issues) {
    const seen = new Set();
    return issues.filter((i) => {
        const k = (0,_validate_error_js__WEBPACK_IMPORTED_MODULE_2__/* .formatIssue */ .H)(i);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** Lists the keys a strict object schema accepts at `path` (for "did you mean"). */
function shapeKeysAt(schema, path) {
    let s = schema;
    for (const seg of path) {
        s = unwrap(s);
        const def = s.def;
        if (!def)
            return [];
        if (def.type === 'object' && def.shape)
            s = def.shape[String(seg)];
        else if (def.type === 'record')
            s = def.valueType;
        else if (def.type === 'array')
            s = def.element;
        else
            return [];
    }
    s = unwrap(s);
    const def = s.def;
    if (def?.type === 'object' && def.shape)
        return Object.keys(def.shape);
    // A union (e.g. `read` or `{ level, private-only }`): the keys of its mapping alternatives.
    if (def?.type === 'union' && def.options) {
        return def.options.flatMap((o) => {
            const od = unwrap(o).def;
            return od?.type === 'object' && od.shape ? Object.keys(od.shape) : [];
        });
    }
    // A record keyed by an enum (e.g. rule ids): its allowed keys are the enum's values.
    if (def?.type === 'record' && def.keyType?.def?.type === 'enum' && def.keyType.def.entries)
        return Object.values(def.keyType.def.entries);
    return [];
}
function unwrap(s) {
    let cur = s;
    while (cur?.def && (cur.def.type === 'optional' || cur.def.type === 'nullable' || cur.def.type === 'default'))
        cur = cur.def.innerType;
    return cur;
}
/** Parses YAML text; throws ConfigError with the position of a syntax error. An empty file is an empty mapping. */
function parseYamlFile(text, file) {
    const lines = new _workflows_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .LineIndex */ .r(text);
    try {
        return { root: (0,_workflows_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .h)(text, file), lines };
    }
    catch (error) {
        if (!(error instanceof _workflows_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .YamlSyntaxError */ .nN))
            throw error;
        if (error.message === _workflows_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_FILE */ .xq)
            return { root: emptyMap(), lines };
        const pos = lines.position(error.offset);
        const message = error instanceof _workflows_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .ResourceLimitError */ .a5 ? `over a resource limit: ${error.message}` : `invalid YAML: ${error.message}`;
        throw new _validate_error_js__WEBPACK_IMPORTED_MODULE_2__.ConfigError([{ file, line: pos.line, column: pos.column, key: '', message }]);
    }
}
/** A copy without the offset tables (zod records would see their symbol key). */
function plain(value) {
    if ((0,_workflows_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value))
        return value.map(plain);
    if ((0,_workflows_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value)) {
        const out = {};
        for (const key of Object.keys(value)) {
            if (key === '__proto__')
                Object.defineProperty(out, key, { value: plain(value[key]), enumerable: true, writable: true, configurable: true });
            else
                out[key] = plain(value[key]);
        }
        return out;
    }
    return value;
}
function emptyMap() {
    return (0,_workflows_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .h)('{}');
}
/** Validates an already parsed file against `schema`. Throws ConfigError listing every problem, each with file:line:column. */
function validateParsed(root, lines, file, schema) {
    const result = schema.safeParse(plain(root));
    if (!result.success) {
        // zod's unrecognized_keys issue does not carry the allowed keys: read them off the schema.
        throw new _validate_error_js__WEBPACK_IMPORTED_MODULE_2__.ConfigError(issuesFrom(result.error, root, lines, file, (path) => shapeKeysAt(schema, path)));
    }
    return result.data;
}
/**
 * Parses YAML text and validates it against `schema`. Throws ConfigError listing every problem
 * (YAML syntax errors included), each with file:line:column.
 */
function validateYaml(text, file, schema) {
    const { root, lines } = parseYamlFile(text, file);
    return { data: validateParsed(root, lines, file, schema), root, lines };
}


/***/ }),

/***/ 5565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkRegistry: () => (/* binding */ checkRegistry)
});

// UNUSED EXPORTS: parseRegistry

// EXTERNAL MODULE: ./src/config/validate.ts
var validate = __webpack_require__(2526);
// EXTERNAL MODULE: ./src/model/suggest.ts
var suggest = __webpack_require__(2691);
// EXTERNAL MODULE: ./src/workflows/lines.ts
var workflows_lines = __webpack_require__(2277);
// EXTERNAL MODULE: ./src/workflows/secrets-text.ts
var secrets_text = __webpack_require__(6579);
// EXTERNAL MODULE: ./src/workflows/yaml.ts
var yaml = __webpack_require__(1471);
// EXTERNAL MODULE: ./src/registry/types.ts
var types = __webpack_require__(234);
;// CONCATENATED MODULE: ./src/registry/pasted.ts
/**
 * Credentials pasted into the registry: the registry describes tokens and must never hold one. Known token formats are
 * looked for in the whole text (comments included); values under credential-like keys (`password:`, `token:`,
 * `value:` …) and a bare string given where a token's entry belongs (`NPM_TOKEN: s3cr3t…`) count too.
 * Nothing here keeps or returns a value: only its kind, a redacted form and its position.
 */



const fixed = (prefix) => () => prefix;
/** Well-known credential formats besides GitHub's (which secrets-text.ts owns). */
const FORMATS = [
    { kind: 'AWS access key ID', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, prefix: (m) => m.slice(0, 4) },
    { kind: 'Slack token', re: /\bxox[abprs]-[0-9A-Za-z-]{10,}/g, prefix: (m) => m.slice(0, 5) },
    { kind: 'npm access token', re: /\bnpm_[A-Za-z0-9]{36}\b/g, prefix: fixed('npm_') },
    { kind: 'GitLab access token', re: /\bglpat-[A-Za-z0-9_-]{20,}/g, prefix: fixed('glpat-') },
    { kind: 'HashiCorp Vault token', re: /\bhv[sbr]\.[A-Za-z0-9_-]{24,}/g, prefix: (m) => m.slice(0, 4) },
    { kind: 'Google API key', re: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, prefix: fixed('AIza') },
    { kind: 'Stripe secret key', re: /\b[rs]k_live_[0-9A-Za-z]{16,}/g, prefix: (m) => m.slice(0, 8) },
    { kind: 'PyPI token', re: /\bpypi-[A-Za-z0-9_-]{50,}/g, prefix: fixed('pypi-') },
    { kind: 'JSON Web Token', re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, prefix: fixed('eyJ') },
    { kind: 'private key', re: /-----BEGIN [A-Z ]*PRIVATE KEY-----/g, prefix: fixed('-----BEGIN') },
];
/** Keys whose value is a credential (compared lower-cased, `_` as `-`). None of them is a registry key. */
const CREDENTIAL_KEYS = new Set([
    'password',
    'passwd',
    'pwd',
    'passphrase',
    'secret',
    'secret-value',
    'client-secret',
    'token',
    'token-value',
    'value',
    'api-key',
    'apikey',
    'private-key',
    'access-key',
    'secret-key',
    'credentials',
]);
/** Values that stand for a credential rather than being one. */
const PLACEHOLDER_RE = /^(?:\*+|x+|\.{3}|-+|<[^>]*>|\{\{.*\}\}|\$\{\{.*\}\}|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|changeme|change-me|redacted|todo|tbd|none|null|n\/a|example|placeholder|secret|password|token|in-vault|see-vault|vault)$/i;
function isFormatPlaceholder(value) {
    return /EXAMPLE/i.test(value) || /x{6,}/i.test(value) || /(.)\1{11,}/.test(value);
}
/** A bare string where a token's entry belongs looks like a pasted value when it is long and mixed like one. */
function looksLikeSecretValue(value) {
    if (/\s/.test(value) || value.length < 12 || PLACEHOLDER_RE.test(value))
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
    return classes >= 3 || (value.length >= 20 && classes >= 2);
}
function pasted_hidden(prefix, value) {
    return `${prefix}…(${value.length} chars)`;
}
/**
 * Every credential-looking value in the registry text. `scalars` are the document's scalar values with key paths
 * (from the YAML walk); `positions` attributes hits in comments or inside values to the nearest key path.
 */
function findPastedSecrets(text, scalars, positions) {
    const lines = new workflows_lines/* LineIndex */.r(text);
    const found = [];
    const ordinals = new Map();
    const overlaps = (span) => found.some((f) => span[0] < f.span[1] && f.span[0] < span[1]);
    const add = (kind, redacted, span, value, path) => {
        if (overlaps(span))
            return;
        const base = (0,types/* pathKey */.Pn)(path);
        const n = (ordinals.get(base) ?? 0) + 1;
        ordinals.set(base, n);
        const pos = lines.position(span[0]);
        found.push({ kind, redacted, span, line: pos.line, column: pos.column, path: n > 1 ? [...path, `#${n}`] : path, value });
    };
    for (const hit of (0,secrets_text/* findTokenLiterals */.NP)(text)) {
        const span = [hit.start, hit.end];
        const kind = (0,secrets_text/* tokenKind */.aA)(hit.literal);
        add(kind.startsWith('GitHub') ? kind : `GitHub ${kind}`, (0,secrets_text/* redactToken */.bH)(hit.literal), span, hit.literal, pathContaining(positions, span[0]));
    }
    for (const format of FORMATS) {
        for (const match of text.matchAll(format.re)) {
            if (isFormatPlaceholder(match[0]))
                continue;
            const span = [match.index, match.index + match[0].length];
            add(format.kind, pasted_hidden(format.prefix(match[0]), match[0]), span, match[0], pathContaining(positions, span[0]));
        }
    }
    for (const entry of scalars) {
        if (typeof entry.value !== 'string' && typeof entry.value !== 'number')
            continue;
        const value = String(entry.value).trim();
        if (value === '')
            continue;
        const last = entry.path[entry.path.length - 1];
        const keyName = typeof last === 'string' ? last.toLowerCase().replace(/_/g, '-') : '';
        if (CREDENTIAL_KEYS.has(keyName) && !PLACEHOLDER_RE.test(value)) {
            add(`${keyName} value`, pasted_hidden('', value), entry.span, value, entry.path);
        }
        else if (entry.path.length === 2 && entry.path[0] === 'tokens' && looksLikeSecretValue(value)) {
            add('secret value given as the token entry', pasted_hidden('', value), entry.span, value, entry.path);
        }
    }
    return found.sort((a, b) => a.span[0] - b.span[0]);
}
/**
 * The key path of the innermost node containing `offset`, under `#text` (a comment belongs to the mapping around it).
 * A hit inside a key ends in `#key` instead of the key itself, so the path never carries the value.
 */
function pathContaining(positions, offset) {
    let best;
    let bestDepth = -1;
    let inKey = false;
    for (const [key, spans] of Object.entries(positions)) {
        const start = spans.key ? spans.key[0] : spans.value[0];
        if (offset < start || offset >= Math.max(spans.value[1], spans.key?.[1] ?? 0))
            continue;
        const depth = key === '' ? 0 : key.split('\u001f').length;
        if (depth > bestDepth) {
            best = key;
            bestDepth = depth;
            inKey = spans.key !== undefined && offset < spans.key[1];
        }
    }
    const path = best === undefined || best === '' ? [] : best.split('\u001f');
    return inKey ? ['#text', ...path.slice(0, -1), '#key'] : ['#text', ...path];
}
/** Replaces each found value in `text` by its redacted form (validation messages can quote values). */
function scrub(text, found) {
    let out = text;
    for (const f of found)
        if (f.value.length >= 4)
            out = out.split(f.value).join(f.redacted);
    return out;
}
/** Drops the values: what leaves this module. */
function withoutValues(found) {
    return found.map(({ value: _value, ...rest }) => rest);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/registry/scopes.ts
var registry_scopes = __webpack_require__(3174);
// EXTERNAL MODULE: ./src/vault/duration.ts
var duration = __webpack_require__(2782);
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
/** Whole seconds (a YAML number) or a Vault duration (`1h`, `90m`, `2d`, `"3600"`). */
const vaultDuration = (what) => schemas/* union */.KCZ([schemas/* int */.Whr().min(1).max(3650 * 86_400), schemas/* string */.YjP().regex(duration/* VAULT_DURATION_PATTERN */.v, 'expected a duration such as 1h, 90m or 2d, or whole seconds')]).describe(what);
const isoDate = (what) => iso/* date */.p6({ message: 'expected a date written as YYYY-MM-DD' }).describe(what);
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
const RotationSchema = schemas/* strictObject */.rej({
    generate: schemas/* strictObject */.rej({
        type: schemas/* enum */.k5n(types/* GENERATED_SECRET_TYPES */.LD)
            .describe('api-key: letters and digits with a 6-character CRC32 checksum at the end; hex; base64 (standard alphabet, length a multiple of 4); alphanumeric; jwt-secret: base64url characters for an HMAC signing key'),
        prefix: schemas/* string */.YjP()
            .regex(/^[A-Za-z0-9_.-]{1,32}$/, 'up to 32 letters, digits, `_`, `.` or `-`')
            .optional()
            .describe('Written before the random part, e.g. sk_ (helps secret scanners); not counted in `length`'),
        length: schemas/* int */.Whr()
            .min(1)
            .max(types/* GENERATED_MAX_LENGTH */.Wg)
            .optional()
            .describe('Characters after the prefix. Defaults: api-key 40, hex 64, base64 44, alphanumeric 32, jwt-secret 86; at least 128 bits of randomness (jwt-secret: 256)'),
    })
        .describe('How a new value is generated (crypto.randomBytes, no modulo bias)'),
    'max-age-days': schemas/* int */.Whr().min(1).max(3650).describe("Days after the Actions secret's updated_at by which `token-warden rotate` writes a new value"),
})
    .describe('Rotation of a generated secret: `token-warden rotate` writes a fresh random value as the Actions secret once it is older than max-age-days');
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
    'vault-address': schemas/* url */.OZ5({ protocol: /^https?$/, message: 'expected an http(s) URL such as https://vault.example.com:8200' })
        .optional()
        .describe('kind vault: the Vault server (default: --vault-addr, else VAULT_ADDR)'),
    'renew-increment': vaultDuration('kind vault: the TTL `token-warden vault-renew` asks for, counted from the renewal (default: --increment, else the TTL the token was created with)').optional(),
    'renew-threshold': vaultDuration('kind vault: renew once the TTL left is below this (default: once about two thirds of the TTL is used, with jitter, as Vault\'s LifetimeWatcher)').optional(),
    rotation: RotationSchema.optional(),
})
    .describe('One token: its owner, what it may do, where it may be used, and when it expires');
const RegistrySchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1).describe('Registry format version'),
    policy: PolicySchema.optional(),
    tokens: schemas/* record */.g1P(schemas/* string */.YjP(), TokenSchema).optional().describe('Every token the automation uses, by secret name'),
})
    .describe('Token Warden token scope map');
const LEVELS = (/* unused pure expression or super */ null && (['read', 'write', 'admin']));
const SECRET_NAME_PATTERN = '^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)[A-Za-z_][A-Za-z0-9_]*$';
/** Per-kind `scopes` shapes, for editors: JSON Schema can say what zod leaves to check.ts. */
function scopesByKind() {
    const permissions = {};
    for (const [name, levels] of Object.entries(FINE_GRAINED_PERMISSIONS)) {
        permissions[name] = { enum: [...levels] };
        if (name.includes('-'))
            permissions[name.replace(/-/g, '_')] = { enum: [...levels] };
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
function registryJsonSchema() {
    const schema = z.toJSONSchema(RegistrySchema, {
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

;// CONCATENATED MODULE: ./src/registry/parse.ts
/**
 * Registry text → a validated, typed Registry with the offsets of every key, or every problem at once.
 * Pulls in zod: entry points import it lazily, only when a registry file exists.
 */










/** Offsets of every key and value, by key path, and every scalar value (for the pasted-secret checks). */
function walk(root) {
    const positions = {};
    const scalars = [];
    const visit = (node, path, key, value) => {
        positions[(0,types/* pathKey */.Pn)(path)] = key ? { key, value } : { value };
        if ((0,yaml/* isMap */.jh)(node)) {
            for (const k of Object.keys(node))
                visit(node[k], [...path, k], (0,yaml/* keySpan */.UT)(node, k), (0,yaml/* valueSpan */.MK)(node, k));
        }
        else if ((0,yaml/* isSeq */.oP)(node)) {
            node.forEach((item, i) => visit(item, [...path, i], undefined, (0,yaml/* itemSpan */.cC)(node, i)));
        }
        else {
            scalars.push({ path, value: node, span: value });
        }
    };
    if (root !== undefined)
        visit(root, [], undefined, (0,yaml/* isMap */.jh)(root) || (0,yaml/* isSeq */.oP)(root) ? [root[yaml/* META */.Ge].start, root[yaml/* META */.Ge].end] : [0, 0]);
    const tokenNames = [];
    const tokens = (0,yaml/* isMap */.jh)(root) ? root.tokens : undefined;
    if ((0,yaml/* isMap */.jh)(tokens))
        for (const name of Object.keys(tokens))
            tokenNames.push({ name, span: (0,yaml/* keySpan */.UT)(tokens, name) });
    return { positions, scalars, tokenNames };
}
const SECRET_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const parse_LEVELS = ['read', 'write', 'admin'];
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * Checks zod cannot express with positions: secret-name rules and case-insensitive duplicates, scopes per token kind,
 * `rotated` with `max-age-days`, threshold ordering, absolute globs. Defensive: runs on unvalidated data.
 */
function semanticIssues(raw, walked, file, lines) {
    const issues = [];
    const at = (path, message, prefer = 'value') => {
        const spans = walked.positions[(0,types/* pathKey */.Pn)(path)];
        const offset = spans ? (prefer === 'key' && spans.key ? spans.key[0] : spans.value[0]) : 0;
        const pos = lines.position(offset);
        issues.push({ file, line: pos.line, column: pos.column, key: path.map(String).join('.'), message });
    };
    if (!isPlainObject(raw))
        return issues;
    // Token names: GitHub secret names are case-insensitive, letters/digits/underscores, and GITHUB_* is reserved.
    const firstSeen = new Map();
    for (const { name, span } of walked.tokenNames) {
        const path = ['tokens', name];
        if (!SECRET_NAME_RE.test(name)) {
            at(path, 'a secret name may contain only letters, digits and underscores, and must not start with a digit', 'key');
        }
        else if (/^GITHUB_/i.test(name)) {
            at(path, 'secret names starting with GITHUB_ are reserved by GitHub; the GITHUB_TOKEN is governed by policy.default-token', 'key');
        }
        const upper = name.toUpperCase();
        const prior = firstSeen.get(upper);
        if (prior)
            at(path, `same secret as "${prior.name}" on line ${prior.line} (GitHub secret names are case-insensitive)`, 'key');
        else
            firstSeen.set(upper, { name, line: lines.position(span[0]).line });
    }
    const tokens = raw.tokens;
    if (isPlainObject(tokens)) {
        for (const { name } of walked.tokenNames) {
            const entry = tokens[name];
            if (!isPlainObject(entry))
                continue;
            const base = ['tokens', name];
            if (typeof entry.kind === 'string' && types/* TOKEN_KINDS */.oq.includes(entry.kind) && entry.scopes !== undefined) {
                scopeIssues(entry.kind, entry.scopes, [...base, 'scopes'], at, walked, lines);
            }
            if (entry.rotated !== undefined && entry['max-age-days'] === undefined) {
                at([...base, 'rotated'], '`rotated` needs `max-age-days`: how many days after the rotation the token must be rotated again');
            }
            if (entry['max-age-days'] !== undefined && entry.rotated === undefined) {
                at([...base, 'max-age-days'], '`max-age-days` needs `rotated`: the date of the last rotation');
            }
            for (const key of ['app-id', 'installation-id']) {
                if (entry[key] !== undefined && entry.kind !== 'github-app')
                    at([...base, key], `\`${key}\` belongs to kind github-app (this token is ${String(entry.kind)})`);
            }
            for (const key of ['vault-address', 'renew-increment', 'renew-threshold']) {
                if (entry[key] !== undefined && entry.kind !== 'vault')
                    at([...base, key], `\`${key}\` belongs to kind vault (this token is ${String(entry.kind)})`);
            }
            for (const key of ['renew-increment', 'renew-threshold']) {
                const v = entry[key];
                if ((typeof v === 'string' || typeof v === 'number') && (0,duration.parseVaultDuration)(v) === 0)
                    at([...base, key], `\`${key}\` must be longer than 0 seconds`);
            }
            globIssues(entry['used-by'], [...base, 'used-by'], at);
            rotationIssues(entry, base, at);
        }
    }
    const policy = raw.policy;
    if (isPlainObject(policy)) {
        globIssues(policy['default-token-allowed-in'], ['policy', 'default-token-allowed-in'], at);
    }
    // Thresholds must stay ordered once layered: registry defaults ← policy.thresholds ← per category ← per token.
    const policyThresholds = isPlainObject(policy) ? policy.thresholds : undefined;
    const base = thresholdIssues(policyThresholds, types/* DEFAULT_THRESHOLDS */.JJ, ['policy', 'thresholds'], at);
    const byCategory = isPlainObject(policy) && isPlainObject(policy['thresholds-by-category']) ? policy['thresholds-by-category'] : {};
    const categoryBase = {};
    for (const [category, t] of Object.entries(byCategory))
        categoryBase[category] = thresholdIssues(t, base, ['policy', 'thresholds-by-category', category], at);
    if (isPlainObject(tokens)) {
        for (const { name } of walked.tokenNames) {
            const entry = tokens[name];
            if (!isPlainObject(entry) || entry.thresholds === undefined)
                continue;
            const inherited = (typeof entry.category === 'string' ? categoryBase[entry.category] : undefined) ?? base;
            thresholdIssues(entry.thresholds, inherited, ['tokens', name, 'thresholds'], at);
        }
    }
    return issues;
}
/** A rotation rule that cannot work: a kind only its service issues, or a length too short for its type or not whole. */
function rotationIssues(entry, base, at) {
    const rotation = entry.rotation;
    if (!isPlainObject(rotation))
        return;
    if (typeof entry.kind === 'string' && types/* TOKEN_KINDS */.oq.includes(entry.kind) && !types/* GENERATABLE_KINDS */.$E.includes(entry.kind)) {
        at([...base, 'rotation'], `kind ${entry.kind} is issued by its service: a generated random value cannot replace it (rotation fits kinds ${types/* GENERATABLE_KINDS */.$E.join(', ')})`, 'key');
    }
    const generate = rotation.generate;
    if (!isPlainObject(generate) || typeof generate.type !== 'string' || !types/* GENERATED_SECRET_TYPES */.LD.includes(generate.type))
        return;
    const limits = types/* GENERATED_LENGTHS */.OQ[generate.type];
    const length = generate.length;
    if (!Number.isInteger(length))
        return;
    const n = length;
    const path = [...base, 'rotation', 'generate', 'length'];
    if (n < limits.min) {
        const bits = generate.type === 'jwt-secret' ? 256 : 128;
        at(path, `${generate.type} needs at least ${limits.min} characters for ${bits} bits of randomness (got ${n})`);
    }
    else if (n % limits.multipleOf !== 0) {
        at(path, `${generate.type} length must be a multiple of ${limits.multipleOf} (whole base64 groups, no padding; got ${n})`);
    }
}
/** Reports thresholds out of order once `t` is laid over `inherited`; returns the layered values. */
function thresholdIssues(t, inherited, path, at) {
    if (!isPlainObject(t))
        return inherited;
    // Values zod rejects (not a whole number ≥ 0) count as inherited here, so they are reported once.
    const value = (k) => (Number.isInteger(t[k]) && t[k] >= 0 ? t[k] : inherited[k]);
    const [critical, warning, info] = [value('critical'), value('warning'), value('info')];
    if (critical > warning)
        at([...path, 'critical' in t ? 'critical' : 'warning'], `thresholds must be ordered critical ≤ warning ≤ info: critical is ${critical}, warning ${warning}`);
    if (warning > info)
        at([...path, 'warning' in t ? 'warning' : 'info'], `thresholds must be ordered critical ≤ warning ≤ info: warning is ${warning}, info ${info}`);
    return { critical, warning, info };
}
function globIssues(globs, path, at) {
    if (!Array.isArray(globs))
        return;
    globs.forEach((g, i) => {
        if (typeof g === 'string' && (g.startsWith('/') || /^[A-Za-z]:[\\/]/.test(g)))
            at([...path, i], 'globs are relative to the repository root: drop the leading /');
    });
}
function scopeIssues(kind, scopes, path, at, walked, lines) {
    const vocabulary = (0,registry_scopes/* scopeVocabulary */.t5)(kind);
    if (vocabulary === 'classic') {
        if (!Array.isArray(scopes)) {
            if (isPlainObject(scopes))
                at(path, 'kind github-pat (a classic PAT) has OAuth scopes: list them, e.g. [repo, workflow]; permission maps belong to kind github-pat-fine-grained or github-app');
            return;
        }
        const seen = new Set();
        scopes.forEach((item, i) => {
            if (typeof item !== 'string')
                return at([...path, i], 'expected the name of a classic scope');
            if (!registry_scopes/* CLASSIC_SCOPES */.pI.includes(item))
                return at([...path, i], `unknown classic scope "${item}"${(0,suggest/* didYouMean */.au)(item, registry_scopes/* CLASSIC_SCOPES */.pI)}`);
            if (seen.has(item))
                at([...path, i], `"${item}" is listed twice`);
            seen.add(item);
        });
        return;
    }
    if (vocabulary === 'fine-grained') {
        if (!isPlainObject(scopes)) {
            if (Array.isArray(scopes))
                at(path, `kind ${kind} has fine-grained permissions: a mapping such as { contents: read }; lists of classic scopes belong to kind github-pat`);
            return;
        }
        const seen = new Map();
        for (const name of Object.keys(scopes)) {
            const canonical = (0,registry_scopes/* canonicalPermission */.UC)(name);
            const levels = registry_scopes/* FINE_GRAINED_PERMISSIONS */.tL[canonical];
            if (!levels) {
                at([...path, name], `unknown permission "${name}"${(0,suggest/* didYouMean */.au)(canonical, registry_scopes/* FINE_GRAINED_PERMISSION_NAMES */.Dx)}`, 'key');
                continue;
            }
            const prior = seen.get(canonical);
            if (prior !== undefined) {
                const line = lines.position(walked.positions[(0,types/* pathKey */.Pn)([...path, prior])]?.key?.[0] ?? 0).line;
                at([...path, name], `same permission as "${prior}" on line ${line}`, 'key');
            }
            seen.set(canonical, name);
            const level = scopes[name];
            if (typeof level !== 'string' || !levels.includes(level)) {
                const expected = levels.length === 1 ? `"${canonical}" accepts only ${levels[0]}` : `expected ${levels.join(' or ')}`;
                at([...path, name], `${expected}${typeof level === 'string' ? `, got "${level}"${(0,suggest/* didYouMean */.au)(level, levels)}` : ''}`);
            }
        }
        return;
    }
    if (isPlainObject(scopes)) {
        for (const [name, level] of Object.entries(scopes)) {
            if (typeof level !== 'string' || !parse_LEVELS.includes(level)) {
                at([...path, name], `expected read, write or admin${typeof level === 'string' ? `, got "${level}"${(0,suggest/* didYouMean */.au)(level, parse_LEVELS)}` : ''}`);
            }
        }
    }
    else if (Array.isArray(scopes)) {
        scopes.forEach((item, i) => {
            if (typeof item !== 'string')
                at([...path, i], 'expected a scope name');
        });
    }
}
function scopeGrants(kind, scopes, path, positions) {
    const spanOf = (p) => {
        const s = positions[(0,types/* pathKey */.Pn)(p)];
        return s ? (s.key ?? s.value) : [0, 0];
    };
    const vocabulary = (0,registry_scopes/* scopeVocabulary */.t5)(kind);
    if (Array.isArray(scopes)) {
        return scopes.map((name, i) => {
            const scope = String(name);
            return vocabulary === 'classic'
                ? { name: scope, canonical: scope, level: (0,registry_scopes/* classicScopeLevel */.P3)(scope), form: 'classic', span: spanOf([...path, i]) }
                : { name: scope, canonical: scope, level: 'unspecified', form: 'list', span: spanOf([...path, i]) };
        });
    }
    if (isPlainObject(scopes)) {
        return Object.entries(scopes).map(([name, level]) => ({
            name,
            canonical: vocabulary === 'fine-grained' ? (0,registry_scopes/* canonicalPermission */.UC)(name) : name,
            level: level,
            form: 'permission',
            span: spanOf([...path, name]),
        }));
    }
    return [];
}
function buildRegistry(data, file, walked, pastedSecrets) {
    const policy = data.policy ?? {};
    const tokens = Object.entries(data.tokens ?? {}).map(([name, t]) => {
        const token = {
            name,
            key: name.toUpperCase(),
            description: t.description,
            category: t.category,
            risk: t.risk,
            kind: t.kind,
            scopes: scopeGrants(t.kind, t.scopes, ['tokens', name, 'scopes'], walked.positions),
            span: walked.positions[(0,types/* pathKey */.Pn)(['tokens', name])]?.key ?? [0, 0],
        };
        if (t.owner !== undefined)
            token.owner = t.owner;
        if (t.reason !== undefined)
            token.reason = t.reason;
        if (t['used-by'] !== undefined)
            token.usedBy = t['used-by'];
        if (t.environments !== undefined)
            token.environments = t.environments;
        if (t.expires !== undefined)
            token.expires = t.expires;
        if (t.rotated !== undefined)
            token.rotated = t.rotated;
        if (t['max-age-days'] !== undefined)
            token.maxAgeDays = t['max-age-days'];
        if (t.thresholds !== undefined)
            token.thresholds = t.thresholds;
        if (t.env !== undefined)
            token.env = t.env;
        if (t['app-id'] !== undefined)
            token.appId = t['app-id'];
        if (t['installation-id'] !== undefined)
            token.installationId = t['installation-id'];
        if (t['vault-address'] !== undefined)
            token.vaultAddress = t['vault-address'];
        if (t['renew-increment'] !== undefined)
            token.renewIncrement = (0,duration.parseVaultDuration)(t['renew-increment']);
        if (t['renew-threshold'] !== undefined)
            token.renewThreshold = (0,duration.parseVaultDuration)(t['renew-threshold']);
        if (t.rotation !== undefined) {
            const g = t.rotation.generate;
            token.rotation = {
                generate: { type: g.type, ...(g.prefix !== undefined ? { prefix: g.prefix } : {}), length: g.length ?? types/* GENERATED_LENGTHS */.OQ[g.type].default },
                maxAgeDays: t.rotation['max-age-days'],
            };
        }
        return token;
    });
    return {
        file,
        version: 1,
        policy: {
            defaultToken: policy['default-token'] ?? 'allow',
            defaultTokenAllowedIn: policy['default-token-allowed-in'] ?? [],
            thresholds: { ...types/* DEFAULT_THRESHOLDS */.JJ, ...policy.thresholds },
            thresholdsByCategory: policy['thresholds-by-category'] ?? {},
            maxLifetimeDays: policy['max-lifetime-days'] ?? {},
        },
        tokens,
        pastedSecrets,
        positions: walked.positions,
    };
}
/** Fields whose values rules echo in messages: a credential there is also an invalid name, and blocks the registry. */
const NAME_FIELDS = {
    '#key': 'key',
    scopes: 'scope',
    environments: 'environment name',
    'used-by': 'glob',
    'default-token-allowed-in': 'glob',
};
function structuralPastes(pasted, file) {
    const out = [];
    for (const p of pasted) {
        const segments = p.path.map(String).filter((s) => s !== '#text' && !/^#\d+$/.test(s));
        const field = [...segments].reverse().find((s) => NAME_FIELDS[s] !== undefined);
        if (field === undefined)
            continue;
        const key = segments.filter((s) => s !== '#key').join('.');
        out.push({ file, line: p.line, column: p.column, key, message: `this looks like a ${p.kind} (${p.redacted}), not a ${NAME_FIELDS[field]}` });
    }
    return out;
}
function compareIssues(a, b) {
    return a.line - b.line || a.column - b.column || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
/** Validates registry text. Never throws for bad content: returns every issue instead. */
function checkRegistry(text, file, onSecret) {
    let parsed;
    let issues = [];
    try {
        parsed = (0,validate/* parseYamlFile */.BU)(text, file);
    }
    catch (error) {
        if (!(error instanceof validate/* ConfigError */.xL))
            throw error;
        issues = [...error.issues];
    }
    const lines = parsed?.lines ?? new workflows_lines/* LineIndex */.r(text);
    const walked = walk(parsed?.root);
    const found = findPastedSecrets(text, walked.scalars, walked.positions);
    // Credential values read from the file go to the log masker at once (the action passes core.setSecret).
    if (onSecret)
        for (const f of found)
            onSecret(f.value);
    const pastedSecrets = withoutValues(found);
    const clean = (i) => ({ ...i, key: (0,secrets_text/* redactTokensIn */.Ro)(scrub(i.key, found)), message: (0,secrets_text/* redactTokensIn */.Ro)(scrub(i.message, found)) });
    let data;
    // YAML syntax errors leave nothing reliable to check further.
    if (parsed) {
        try {
            data = (0,validate/* validateParsed */.it)(parsed.root, lines, file, RegistrySchema);
        }
        catch (error) {
            if (!(error instanceof validate/* ConfigError */.xL))
                throw error;
            issues = [...error.issues];
        }
        issues.push(...semanticIssues(parsed.root, walked, file, lines));
        issues.push(...structuralPastes(pastedSecrets, file));
    }
    const seen = new Set();
    issues = issues
        .map(clean)
        .filter((i) => {
        const k = (0,validate/* formatIssue */.Hd)(i);
        return seen.has(k) ? false : (seen.add(k), true);
    })
        .sort(compareIssues);
    if (issues.length > 0 || !data)
        return { registry: undefined, issues, pastedSecrets };
    return { registry: buildRegistry(data, file, walked, pastedSecrets), issues: [], pastedSecrets };
}
/** Parses registry text. Throws ConfigError listing every problem (exit code 2 at the entry points). */
function parseRegistry(text, file, onSecret) {
    const check = checkRegistry(text, file, onSecret);
    if (!check.registry)
        throw new ConfigError(check.issues);
    return check.registry;
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
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);



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

//# sourceMappingURL=565.index.js.map