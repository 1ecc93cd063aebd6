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
// EXTERNAL MODULE: ./src/rules/index.ts + 19 modules
var rules = __webpack_require__(908);
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


/***/ })

};

//# sourceMappingURL=818.index.js.map