export const id = 352;
export const ids = [352];
export const modules = {

/***/ 9971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FileStateStore: () => (/* binding */ FileStateStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9516);
/**
 * The expiry state in a file, for the CLI's `--state FILE`. A missing file is a first run; a corrupt one is ignored
 * with a warning; a save writes a temporary file beside the target and renames it over, so a reader never sees half a
 * state and a failed save leaves the previous one whole.
 */




function reason(error) {
    const e = error;
    return e?.code ?? (e instanceof Error ? e.message : String(error));
}
class FileStateStore {
    file;
    fs;
    constructor(file, fs = node_fs_promises__WEBPACK_IMPORTED_MODULE_1__) {
        this.file = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file);
        this.fs = fs;
    }
    describe() {
        return `file ${this.file}`;
    }
    async load() {
        let text;
        try {
            text = await this.fs.readFile(this.file, 'utf8');
        }
        catch (error) {
            if (error?.code === 'ENOENT')
                return {};
            return { warning: `cannot read the expiry state ${this.file} (${reason(error)}): no trend this run` };
        }
        const parsed = (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .parseState */ .Bu)(text);
        return parsed.warning ? { warning: `${this.file}: ${parsed.warning}` } : parsed;
    }
    async save(state) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(this.file);
        // Same directory as the target: rename is atomic only within one file system.
        const temp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(this.file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
        try {
            await this.fs.mkdir(dir, { recursive: true });
            await this.fs.writeFile(temp, (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeState */ .sU)(state), { encoding: 'utf8', mode: 0o600, flag: 'wx' });
            await this.fs.rename(temp, this.file);
            return { saved: true };
        }
        catch (error) {
            await this.fs.rm(temp, { force: true }).catch(() => undefined);
            return { saved: false, warning: `cannot save the expiry state to ${this.file} (${reason(error)})` };
        }
    }
}


/***/ }),

/***/ 9516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   bK: () => (/* binding */ stateFromRun),
/* harmony export */   sU: () => (/* binding */ serializeState)
/* harmony export */ });
/* unused harmony exports EXPIRY_STATE_VERSION, findingToken */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4377);
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1502);
/* harmony import */ var _workflows_secrets_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6579);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2717);
/**
 * The expiry state kept between scheduled runs: per registry token its status, days left, date and source, and per
 * finding its fingerprint, rule, severity and token — enough to say what is new, resolved, worse or better since the
 * last run (src/expiry/trend.ts). Pure.
 *
 * What it never holds: token values, notes or finding messages (free text that could quote a value). Token names are
 * registry names (`GH_PAT`), which the rotation plan shows anyway; as a last guard, `serializeState` redacts anything
 * shaped like a GitHub token.
 */




const EXPIRY_STATE_VERSION = 1;
/** Bigger than any real state by orders of magnitude; a larger text is not ours. */
const MAX_STATE_CHARS = 8 * 1024 * 1024;
const TokenStateSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .EXPIRY_STATUSES */ .P7),
    daysLeft: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nullable(),
    expiresAt: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(64).nullable(),
    source: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(64),
});
const FindingStateSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).max(128),
    ruleId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).max(128),
    severity: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC),
    token: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(1024).optional(),
});
// Unknown keys are dropped, not kept: a newer writer's additions are ignored, and nothing unexpected is carried on.
const StateSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(EXPIRY_STATE_VERSION),
    savedAt: zod__WEBPACK_IMPORTED_MODULE_4__/* .datetime */ .w$({ offset: true }),
    tokens: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).max(1024), TokenStateSchema),
    findings: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(FindingStateSchema),
});
/**
 * The token a finding is about: the first quoted name in its message that is a token of the plan (every registry
 * rule says `Token "NAME" …`). Only a name the plan already lists is taken — never text from the message.
 */
function findingToken(finding, tokenNames) {
    for (const m of finding.message.matchAll(/"([^"]+)"/g))
        if (tokenNames.has(m[1]))
            return m[1];
    return undefined;
}
function byName(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The state of one run: the plan's tokens and the findings that were reported (suppressed findings are left out: they
 * are not reported, so one that is un-suppressed shows as new). `savedAt` is the plan's clock.
 */
function stateFromRun(plan, findings) {
    const names = new Set(plan.tokens.map((t) => t.name));
    const tokens = {};
    for (const row of [...plan.tokens].sort((a, b) => byName(a.name, b.name))) {
        tokens[row.name] = { status: row.status, daysLeft: row.daysLeft, expiresAt: row.expiresAt, source: row.source };
    }
    const kept = findings
        .filter((f) => !f.suppression)
        .map((f) => {
        const token = findingToken(f, names);
        return { fingerprint: f.fingerprint, ruleId: f.ruleId, severity: f.severity, ...(token !== undefined ? { token } : {}) };
    })
        .sort((a, b) => byName(a.ruleId, b.ruleId) || byName(a.fingerprint, b.fingerprint));
    return { version: EXPIRY_STATE_VERSION, savedAt: plan.now, tokens, findings: kept };
}
/** The saved bytes: JSON, one trailing newline, anything shaped like a GitHub token redacted. */
function serializeState(state) {
    return (0,_workflows_secrets_text_js__WEBPACK_IMPORTED_MODULE_1__/* .redactTokensIn */ .Ro)(JSON.stringify(state, null, 2)) + '\n';
}
function describeIssue(error) {
    const issue = error.issues[0];
    if (!issue)
        return 'not a valid state';
    // A path can hold a key from the file: shortened and redacted, as the text is not ours.
    const where = issue.path.length ? (0,_workflows_secrets_text_js__WEBPACK_IMPORTED_MODULE_1__/* .redactTokensIn */ .Ro)(issue.path.map(String).join('.')).slice(0, 200) : 'the top level';
    return `${where}: ${issue.message}`;
}
/**
 * Reads saved state. Never throws: text that is not JSON, has another version or the wrong shape gives a `warning`
 * (the run goes on as a first run), and valid text gives the `state`.
 */
function parseState(text) {
    if (text.length > MAX_STATE_CHARS)
        return { warning: `saved expiry state ignored: ${text.length} characters is more than the ${MAX_STATE_CHARS} a state can have` };
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return { warning: 'saved expiry state ignored: it is not JSON' };
    }
    if (typeof data === 'object' && data !== null && 'version' in data && data.version !== EXPIRY_STATE_VERSION) {
        const version = typeof data.version === 'number' || typeof data.version === 'string' ? JSON.stringify(data.version).slice(0, 20) : typeof data.version;
        return { warning: `saved expiry state ignored: version ${version} is not one this Token Warden reads (${EXPIRY_STATE_VERSION})` };
    }
    const parsed = StateSchema.safeParse(data);
    if (!parsed.success)
        return { warning: `saved expiry state ignored: ${describeIssue(parsed.error)}` };
    const { findings, ...rest } = parsed.data;
    // zod leaves an absent optional key absent; keep it that way so a round trip is deep-equal.
    return { state: { ...rest, findings: findings.map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, severity: f.severity, ...(f.token !== undefined ? { token: f.token } : {}) })) } };
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

//# sourceMappingURL=352.index.js.map