export const id = 818;
export const ids = [818];
export const modules = {

/***/ 4818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/model/severity.ts
var severity = __webpack_require__(1502);
// EXTERNAL MODULE: ./src/rules/index.ts + 10 modules
var rules = __webpack_require__(8393);
;// CONCATENATED MODULE: ./src/config/schema.ts



const schema_severity = schemas/* enum */.k5n(severity/* SEVERITIES */.oC);
/** `path/glob/**` or `path:line`: relative to the scan root. */
const ignoreEntry = schemas/* string */.YjP().min(1).describe('A path glob, or path:line, relative to the scan root');
const RuleSettingsSchema = schemas/* strictObject */.rej({
    severity: schema_severity.optional().describe('Replace the severity of every finding of this rule'),
    disabled: schemas/* boolean */.zMY().optional().describe('Turn the rule off'),
    ignore: schemas/* array */.YOg(ignoreEntry).optional().describe('Paths (globs, or path:line) where this rule is suppressed'),
});
const RULE_IDS = rules/* ALL_RULE_META */.t_.map((m) => m.id);
/** `.github/token-warden.yml`. */
const ConfigSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1).optional().describe('Configuration format version'),
    'fail-on': schemas/* enum */.k5n(severity/* FAIL_ON_VALUES */.Qm).optional().describe('Fail when a finding at or above this severity is reported (default high)'),
    'min-severity': schema_severity.optional().describe('Do not report findings below this severity (default info)'),
    ignore: schemas/* array */.YOg(ignoreEntry).optional().describe('Paths (globs, or path:line) where every rule is suppressed'),
    rules: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(RULE_IDS), RuleSettingsSchema).optional().describe('Per-rule settings, keyed by rule id'),
})
    .describe('Token Warden configuration');
const _settingsMatch = true;
void _settingsMatch;
/** JSON Schema for editors (committed as schema/token-warden-config.schema.json; a test keeps it in sync). */
function configJsonSchema() {
    return { ...z.toJSONSchema(ConfigSchema, { target: 'draft-7' }), title: 'Token Warden configuration' };
}

// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
// EXTERNAL MODULE: ./src/config/validate.ts
var validate = __webpack_require__(2526);
;// CONCATENATED MODULE: ./src/config/config.ts
/** Loaded lazily (it pulls in zod and yaml): only when a config file exists. */



/** Parses `.github/token-warden.yml` text. Throws ConfigError (every problem, with line and key). */
function parseConfig(text, file) {
    const { data } = (0,validate/* validateYaml */.uW)(text, file, ConfigSchema);
    return {
        failOn: data['fail-on'] ?? types/* DEFAULT_CONFIG */.P.failOn,
        minSeverity: data['min-severity'] ?? types/* DEFAULT_CONFIG */.P.minSeverity,
        ignore: data.ignore ?? [],
        rules: (data.rules ?? {}),
    };
}


/***/ }),

/***/ 2526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* reexport safe */ _validate_error_js__WEBPACK_IMPORTED_MODULE_1__.H),
/* harmony export */   uW: () => (/* binding */ validateYaml),
/* harmony export */   xL: () => (/* reexport safe */ _validate_error_js__WEBPACK_IMPORTED_MODULE_1__.ConfigError)
/* harmony export */ });
/* unused harmony export shapeKeysAt */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _model_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2691);
/* harmony import */ var _validate_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5257);
/**
 * Validating a small hand-written YAML file (configuration, token registry) against a zod schema, with
 * every error pinned to file:line:column and the key, and "did you mean" for misspelt keys and values.
 */




/** The node at `path`, or the deepest existing ancestor. With `asKey`, the key node of the last segment. */
function locate(doc, path, asKey) {
    let node = doc.contents;
    let last = node;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === String(seg));
            if (!pair)
                break;
            if (asKey && i === path.length - 1)
                return pair.key;
            node = pair.value ?? pair.key;
        }
        else if (node && typeof node === 'object' && 'items' in node && Array.isArray(node.items)) {
            const item = node.items[Number(seg)];
            if (item === undefined)
                break;
            node = item;
        }
        else
            break;
        last = node;
    }
    return (last ?? doc.contents);
}
function keyName(path) {
    return path.map(String).join('.');
}
/** Turns a zod error into positioned issues, one per problem. */
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
function issuesFrom(error, doc, counter, file, knownKeys, data) {
    const out = [];
    const at = (node) => {
        const offset = node?.range?.[0] ?? 0;
        const pos = counter.linePos(offset);
        return { line: pos.line, column: pos.col };
    };
    const visit = (issues) => {
        for (const issue of issues) {
            const path = issue.path;
            if (issue.code === 'unrecognized_keys') {
                const known = knownKeys(path);
                for (const key of issue.keys) {
                    out.push({ file, ...at(locate(doc, [...path, key], true)), key: keyName([...path, key]), message: `unknown key${(0,_model_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(key, known)}` });
                }
                continue;
            }
            if (issue.code === 'invalid_key') {
                const key = String(path[path.length - 1] ?? '');
                const values = issue.issues[0]?.values?.map(String) ?? [];
                out.push({ file, ...at(locate(doc, path, true)), key: keyName(path), message: `unknown name "${key}"${(0,_model_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(key, values)}` });
                continue;
            }
            if (issue.code === 'invalid_union' && issue.errors.length > 0) {
                visit(issue.errors.flat());
                continue;
            }
            if (path.length > 0 && !present(data, path) && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
                // A required key is missing: point at the mapping that lacks it (its own key), not at a sibling.
                const name = String(path[path.length - 1]);
                const values = issue.code === 'invalid_value' ? issue.values.map((v) => JSON.stringify(v)) : [];
                const choices = values.length === 1 ? ` (must be ${values[0]})` : values.length ? `: one of ${values.join(', ')}` : '';
                out.push({ file, ...at(locate(doc, path.slice(0, -1), true)), key: keyName(path), message: `required key "${name}" is missing${choices}` });
                continue;
            }
            let message = issue.message;
            if (issue.code === 'invalid_value' && issue.values.length > 0) {
                const node = locate(doc, path, false);
                const got = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) ? String(node.value) : '';
                message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got ? `, got "${got}"${(0,_model_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(got, issue.values.map(String))}` : ''}`;
            }
            out.push({ file, ...at(locate(doc, path, false)), key: keyName(path), message });
        }
    };
    visit(error.issues);
    return dedupe(out);
}
function dedupe(issues) {
    const seen = new Set();
    return issues.filter((i) => {
        const k = (0,_validate_error_js__WEBPACK_IMPORTED_MODULE_1__/* .formatIssue */ .H)(i);
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
/**
 * Parses YAML text and validates it against `schema`. Throws ConfigError listing every problem
 * (YAML syntax errors included), each with file:line:column.
 */
function validateYaml(text, file, schema) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw new _validate_error_js__WEBPACK_IMPORTED_MODULE_1__.ConfigError(doc.errors.map((e) => {
            const pos = lineCounter.linePos(e.pos[0]);
            return { file, line: pos.line, column: pos.col, key: '', message: `invalid YAML: ${e.message.split('\n')[0]}` };
        }));
    }
    const raw = doc.toJS() ?? {};
    const result = schema.safeParse(raw);
    if (!result.success) {
        // zod's unrecognized_keys issue does not carry the allowed keys: read them off the schema.
        throw new _validate_error_js__WEBPACK_IMPORTED_MODULE_1__.ConfigError(issuesFrom(result.error, doc, lineCounter, file, (path) => shapeKeysAt(schema, path), raw));
    }
    return { data: result.data, doc, lineCounter };
}


/***/ })

};

//# sourceMappingURL=818.index.js.map