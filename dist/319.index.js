export const id = 319;
export const ids = [319];
export const modules = {

/***/ 3319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CacheStateStore: () => (/* binding */ CacheStateStore),
/* harmony export */   NOT_AVAILABLE: () => (/* binding */ NOT_AVAILABLE)
/* harmony export */ });
/* unused harmony exports CACHE_ENV_KEYS, STATE_KEY_VERSION, keyPart, stateKeyPrefix */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9516);





/** The variables @actions/cache (and @actions/core under it) reads while saving or restoring. */
const CACHE_ENV_KEYS = [
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_CACHE_MODE',
    'ACTIONS_ORCHESTRATION_ID',
    'GITHUB_SERVER_URL',
    'GITHUB_WORKSPACE',
    'GITHUB_REF',
    'RUNNER_TEMP',
    'RUNNER_DEBUG',
    'SEGMENT_DOWNLOAD_TIMEOUT_MINS',
    'CACHE_UPLOAD_CHUNK_SIZE',
    'CACHE_UPLOAD_CONCURRENCY',
];
const STATE_KEY_VERSION = 'token-warden-expiry-v1';
const NOT_AVAILABLE = 'cache service not available; the trend needs it';
const STATE_FILE = 'state.json';
const MAX_KEY = 512;
/**
 * One part of a cache key: kept as it is when short and plain; otherwise a readable stem and a digest of the whole,
 * so two different values never give the same part. No commas, no `:` (the prefix's separator).
 */
function keyPart(value) {
    if (/^[A-Za-z0-9._/-]{1,100}$/.test(value))
        return value;
    const stem = value.replace(/[^A-Za-z0-9._/-]+/g, '_').slice(0, 60);
    return `${stem}~${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(value).digest('hex').slice(0, 16)}`;
}
/** `token-warden-expiry-v1:<repository>:<ref>:` (another document: `token-warden-<name>-v1:…`). */
function stateKeyPrefix(repository, ref, version = STATE_KEY_VERSION) {
    return `${version}:${keyPart(repository)}:${keyPart(ref)}:`;
}
// One call at a time: the env swap and the stdout listener are process-wide.
let queue = Promise.resolve();
function serialised(fn) {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
}
/** `::warning::a%0Ab` → `a b`; a signed URL loses its query (the signature). */
function libraryMessage(line) {
    const command = /^::(warning|error)[^:]*::(.*)$/.exec(line);
    const text = command ? command[2] : /^(Failed to (?:save|restore): .*)$/.exec(line)?.[1];
    if (text === undefined)
        return undefined;
    return text
        .replace(/%0D|%0A/g, ' ')
        .replace(/%25/g, '%')
        .replace(/(https?:\/\/[^\s?]+)\?\S*/g, '$1?…')
        .trim();
}
function reason(error) {
    if (!(error instanceof Error))
        return String(error);
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
}
const EXPIRY_CODEC = { parse: _state_js__WEBPACK_IMPORTED_MODULE_4__/* .parseState */ .Bu, serialize: _state_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeState */ .sU };
class CacheStateStore {
    prefix;
    key;
    dir;
    /** Exactly these strings, for save and restore alike: they are hashed into the cache version. */
    paths;
    env;
    libraryLog;
    module;
    codec;
    /** The expiry state by default; `{ name, codec }` keeps another document (the renewal jobs' state). */
    constructor(options = {}) {
        this.env = options.env ?? process.env;
        const env = this.env;
        const name = 'name' in options ? options.name : 'expiry';
        this.codec = 'codec' in options ? options.codec : EXPIRY_CODEC;
        this.dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(options.dir ?? node_path__WEBPACK_IMPORTED_MODULE_3___default().join(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `token-warden-${name}-state`));
        this.paths = [node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, STATE_FILE)];
        this.prefix = stateKeyPrefix(options.repository ?? env.GITHUB_REPOSITORY ?? 'local', options.ref ?? env.GITHUB_REF ?? 'local', `token-warden-${name}-v1`);
        const runId = options.runId ?? env.GITHUB_RUN_ID;
        const key = runId ? `${this.prefix}${keyPart(runId)}-${keyPart(options.runAttempt ?? env.GITHUB_RUN_ATTEMPT ?? '1')}` : undefined;
        this.key = key !== undefined && key.length <= MAX_KEY ? key : undefined;
        this.libraryLog = options.libraryLog;
    }
    describe() {
        return `Actions cache ${this.prefix}*`;
    }
    get file() {
        return this.paths[0];
    }
    cache() {
        this.module ??= __webpack_require__.e(/* import() */ 131).then(__webpack_require__.bind(__webpack_require__, 7131));
        return this.module;
    }
    /** Runs `fn` with the cache variables of `env` in process.env and the library's log lines collected. */
    isolated(fn) {
        return serialised(async () => {
            const cache = await this.cache();
            const messages = [];
            const swap = this.env !== process.env;
            const saved = new Map();
            if (swap) {
                for (const k of CACHE_ENV_KEYS) {
                    saved.set(k, process.env[k]);
                    const v = this.env[k];
                    if (v === undefined)
                        delete process.env[k];
                    else
                        process.env[k] = v;
                }
            }
            const stdout = process.stdout;
            const write = stdout.write;
            let pending = '';
            stdout.write = ((chunk, ...rest) => {
                const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : '';
                const lines = (pending + text).split(/\r?\n/);
                pending = lines.pop() ?? '';
                for (const line of lines) {
                    const m = libraryMessage(line);
                    if (m)
                        messages.push(m);
                }
                if (this.libraryLog) {
                    this.libraryLog(text);
                    const callback = rest.find((r) => typeof r === 'function');
                    callback?.();
                    return true;
                }
                return write.call(stdout, chunk, ...rest);
            });
            try {
                return await fn(cache, messages);
            }
            finally {
                stdout.write = write;
                if (swap) {
                    for (const [k, v] of saved) {
                        if (v === undefined)
                            delete process.env[k];
                        else
                            process.env[k] = v;
                    }
                }
            }
        });
    }
    /**
     * Whether the runner gave this job a cache service at all — read from the environment, without loading
     * @actions/cache (its HTTP and storage stack is most of the action's start-up when loaded for nothing).
     */
    available() {
        const e = this.env;
        return Boolean(e.ACTIONS_CACHE_SERVICE_V2 ? e.ACTIONS_RESULTS_URL : e.ACTIONS_CACHE_URL || e.ACTIONS_RESULTS_URL);
    }
    mode() {
        return (this.env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    }
    async load() {
        if (!this.available())
            return { warning: NOT_AVAILABLE };
        try {
            return await this.isolated(async (cache, messages) => {
                if (!cache.isFeatureAvailable())
                    return { warning: NOT_AVAILABLE };
                const mode = this.mode();
                if (mode === 'none' || mode === 'write-only')
                    return { warning: `ACTIONS_CACHE_MODE=${mode} does not allow reading the cache; the trend needs it` };
                // A file left from an earlier step must not pass for the restored one.
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.file, { force: true });
                const restoreKeys = [this.prefix];
                const primary = this.key ?? this.prefix;
                const found = await cache.restoreCache([...this.paths], primary, restoreKeys, { lookupOnly: true });
                if (found === undefined) {
                    // A miss is a first run; a lookup that failed says so in the log.
                    return messages.length ? { warning: `cannot look up the expiry state in the Actions cache: ${messages.join('; ')}` } : {};
                }
                const restored = await cache.restoreCache([...this.paths], primary, restoreKeys);
                if (restored === undefined) {
                    return { warning: `the expiry state ${found} is in the Actions cache but could not be restored${messages.length ? `: ${messages.join('; ')}` : ''}` };
                }
                let text;
                try {
                    text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(this.file, 'utf8');
                }
                catch (error) {
                    return { warning: `the Actions cache entry ${restored} holds no expiry state (${reason(error)})` };
                }
                const parsed = this.codec.parse(text);
                return parsed.warning ? { warning: `Actions cache entry ${restored}: ${parsed.warning}` } : parsed;
            });
        }
        catch (error) {
            return { warning: `cannot restore the expiry state from the Actions cache: ${reason(error)}` };
        }
    }
    async save(state) {
        const key = this.key;
        if (key === undefined)
            return { saved: false, warning: 'no run id (GITHUB_RUN_ID): the expiry state is not saved to the Actions cache' };
        if (!this.available())
            return { saved: false, warning: NOT_AVAILABLE };
        try {
            return await this.isolated(async (cache, messages) => {
                if (!cache.isFeatureAvailable())
                    return { saved: false, warning: NOT_AVAILABLE };
                const mode = this.mode();
                if (mode === 'none' || mode === 'read')
                    return { saved: false, warning: `ACTIONS_CACHE_MODE=${mode} does not allow saving to the cache: the next run has no trend` };
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.dir, { recursive: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(this.file, this.codec.serialize(state), { encoding: 'utf8', mode: 0o600 });
                const id = await cache.saveCache([...this.paths], key);
                if (id === -1)
                    return { saved: false, warning: `cannot save the expiry state to the Actions cache as ${key}: ${messages.length ? messages.join('; ') : 'the cache service did not take it'}` };
                return { saved: true };
            });
        }
        catch (error) {
            // ValidationError (a bad key) is the one failure @actions/cache throws; anything else here is ours.
            return { saved: false, warning: `cannot save the expiry state to the Actions cache as ${key}: ${reason(error)}` };
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
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

//# sourceMappingURL=319.index.js.map