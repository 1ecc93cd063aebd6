export const id = 619;
export const ids = [619,353];
export const modules = {

/***/ 9000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FileRenewalStateStore: () => (/* binding */ FileRenewalStateStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9353);
/**
 * The renewal state in a file (`--state FILE`), written the way the expiry state is (src/expiry/state/file-store.ts):
 * a temporary file beside the target, mode 0600, renamed over it, so a reader never sees half a state and a failed
 * save leaves the previous one whole. A missing file is a first run; a corrupt one is set aside with a warning.
 */




function reason(error) {
    const e = error;
    return e?.code ?? (e instanceof Error ? e.message : String(error));
}
class FileRenewalStateStore {
    fs;
    file;
    constructor(file, fs = node_fs_promises__WEBPACK_IMPORTED_MODULE_1__) {
        this.fs = fs;
        this.file = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file);
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
            return { warning: `cannot read the renewal state ${this.file} (${reason(error)})` };
        }
        const parsed = (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRenewalState */ .ZG)(text);
        return parsed.warning ? { warning: `${this.file}: ${parsed.warning}` } : parsed;
    }
    async save(state) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(this.file);
        const temp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(this.file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
        try {
            await this.fs.mkdir(dir, { recursive: true });
            await this.fs.writeFile(temp, (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeRenewalState */ .If)(state), { encoding: 'utf8', mode: 0o600, flag: 'wx' });
            await this.fs.rename(temp, this.file);
            return { saved: true };
        }
        catch (error) {
            await this.fs.rm(temp, { force: true }).catch(() => undefined);
            return { saved: false, warning: `cannot save the renewal state to ${this.file} (${reason(error)})` };
        }
    }
}


/***/ }),

/***/ 9353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   If: () => (/* binding */ serializeRenewalState),
/* harmony export */   VV: () => (/* binding */ emptyRenewalState),
/* harmony export */   VX: () => (/* binding */ MAX_ROTATION_HISTORY),
/* harmony export */   Vt: () => (/* binding */ emptyMetrics),
/* harmony export */   ZG: () => (/* binding */ parseRenewalState),
/* harmony export */   describeRun: () => (/* binding */ describeRun)
/* harmony export */ });
/* unused harmony exports RENEWAL_STATE_VERSION, MemoryRenewalStateStore */
/**
 * What the renewal jobs remember between runs (the CLI's `--state FILE`; the action may keep it elsewhere): per runner
 * token target its expiry and metrics, and the history of secret rotations (name, when, which run). Never a value.
 * One document for both jobs, so they can share a file; each job changes only its own part.
 */
const RENEWAL_STATE_VERSION = 1;
/** Rotation events kept, newest last. */
const MAX_ROTATION_HISTORY = 200;
function emptyRenewalState() {
    return { version: RENEWAL_STATE_VERSION, runner_tokens: {}, rotations: [] };
}
function emptyMetrics() {
    return { last_check: null, last_refresh: null, total_refreshes: 0, failed_refreshes: 0, consecutive_failures: 0 };
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' && v !== '' ? v : null);
const count = (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0);
function metricsOf(v) {
    const m = isObject(v) ? v : {};
    return {
        last_check: str(m.last_check),
        last_refresh: str(m.last_refresh),
        total_refreshes: count(m.total_refreshes),
        failed_refreshes: count(m.failed_refreshes),
        consecutive_failures: count(m.consecutive_failures),
    };
}
/** Reads a state document; anything malformed is dropped field by field, a wrong version or non-JSON as a whole. */
function parseRenewalState(text) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return { warning: 'not JSON: starting afresh' };
    }
    if (!isObject(raw) || raw.version !== RENEWAL_STATE_VERSION)
        return { warning: `not a renewal state of version ${RENEWAL_STATE_VERSION}: starting afresh` };
    const state = emptyRenewalState();
    if (isObject(raw.runner_tokens)) {
        for (const [key, entry] of Object.entries(raw.runner_tokens)) {
            if (!isObject(entry))
                continue;
            state.runner_tokens[key] = { target: str(entry.target) ?? key, expires_at: str(entry.expires_at), metrics: metricsOf(entry.metrics), last_error: str(entry.last_error) };
        }
    }
    if (Array.isArray(raw.rotations)) {
        for (const e of raw.rotations) {
            if (!isObject(e) || !str(e.name) || !str(e.at))
                continue;
            const outcome = e.outcome === 'created' || e.outcome === 'failed' ? e.outcome : 'rotated';
            state.rotations.push({ name: str(e.name), at: str(e.at), run: str(e.run) ?? 'unknown', scope: str(e.scope) ?? 'unknown', outcome, reason: str(e.reason) ?? '' });
        }
        state.rotations = state.rotations.slice(-MAX_ROTATION_HISTORY);
    }
    return { state };
}
function serializeRenewalState(state) {
    return JSON.stringify({ ...state, rotations: state.rotations.slice(-MAX_ROTATION_HISTORY) }, null, 2) + '\n';
}
/** For tests and for callers that keep the document themselves. */
class MemoryRenewalStateStore {
    text;
    saves = 0;
    constructor(state) {
        if (state)
            this.text = serializeRenewalState(state);
    }
    async load() {
        return this.text === undefined ? {} : parseRenewalState(this.text);
    }
    async save(state) {
        this.text = serializeRenewalState(state);
        this.saves += 1;
        return { saved: true };
    }
    describe() {
        return 'memory';
    }
}
/** `owner/repo run 123 attempt 1` inside GitHub Actions, else `local`. */
function describeRun(env) {
    if (!env.GITHUB_RUN_ID)
        return 'local';
    return `${env.GITHUB_REPOSITORY ?? '?'} run ${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? ` attempt ${env.GITHUB_RUN_ATTEMPT}` : ''}`;
}


/***/ })

};

//# sourceMappingURL=619.index.js.map