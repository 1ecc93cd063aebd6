export const id = 696;
export const ids = [696];
export const modules = {

/***/ 3014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qo: () => (/* binding */ envValues),
/* harmony export */   YW: () => (/* binding */ MIN_VALUE_LENGTH),
/* harmony export */   _P: () => (/* binding */ valueVariable)
/* harmony export */ });
/** Shorter than this is no token (and masking it would blank ordinary words in the log): not read. */
const MIN_VALUE_LENGTH = 8;
/** The variable a token's value is read from. */
function valueVariable(token) {
    return token.env ?? token.name;
}
function envValues(env, mask) {
    const tooShort = new Set();
    const seen = new Map();
    return {
        tooShort,
        valueOf(token) {
            const variable = valueVariable(token);
            if (seen.has(variable))
                return seen.get(variable);
            const raw = env[variable] ?? (token.env ? undefined : env[variable.toUpperCase()]);
            let value = raw?.trim() || undefined;
            if (value !== undefined) {
                // Masked before anything else happens to it, and in the forms it is sent in.
                mask(value);
                if (raw !== value && raw)
                    mask(raw);
                if (value.length < MIN_VALUE_LENGTH) {
                    tooShort.add(token.name);
                    value = undefined;
                }
            }
            seen.set(variable, value);
            return value;
        },
    };
}


/***/ }),

/***/ 7110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ loadRegistryJob),
/* harmony export */   l: () => (/* binding */ judgeRegistry)
/* harmony export */ });
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6572);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _registry_load_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(618);
/* harmony import */ var _sources_config_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(781);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
/**
 * What the registry jobs (`expiry`, `vault-renew`) share: the registry they need (a usage error without one), the
 * repository's config with the caller's overrides, and judging the registry file by a set of its rules into the scan
 * report's shape — so every job reports, suppresses and fails exactly as a scan does.
 */





/** The registry (a usage error when there is none) and the config, with the caller's fail-on and min-severity. */
async function loadRegistryJob(options) {
    const loaded = await (0,_registry_load_file_js__WEBPACK_IMPORTED_MODULE_2__/* .loadRegistry */ .Ag)(options.root, options.registryPath, options.cwd, options.mask);
    if (!loaded)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`no token registry found under ${options.root} (looked for ${_registry_load_file_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_REGISTRY_PATH */ .sk} and ${_registry_load_file_js__WEBPACK_IMPORTED_MODULE_2__/* .LEGACY_REGISTRY_PATH */ .yb}); use --registry FILE`);
    const { config: fileConfig } = await (0,_sources_config_file_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z)(options.root, options.configPath, options.cwd, options.mask);
    const config = { ...fileConfig, ...(options.failOn ? { failOn: options.failOn } : {}), ...(options.minSeverity ? { minSeverity: options.minSeverity } : {}) };
    return { file: loaded.file, registry: loaded.registry, config };
}
/** Judges the registry file by `rules` (registry-file rules, already bound) and reports as a scan does. */
function judgeRegistry(job, rules, mask, links) {
    const result = (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .scan */ .SQ)([], { config: job.config, projectRules: rules, extraFiles: [{ path: job.file.path, text: job.file.text }], onSecret: mask });
    const report = {
        toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x,
        findings: result.findings,
        stats: result.stats,
        ruleFailures: result.ruleFailures,
        failOn: job.config.failOn,
        minSeverity: job.config.minSeverity,
        registry: { path: job.file.path, tokens: job.registry.tokens.length },
        ...(links ? { links } : {}),
    };
    return { result, report };
}


/***/ }),

/***/ 2696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVaultRenew: () => (/* binding */ runVaultRenew)
/* harmony export */ });
/* unused harmony exports RetryPastExpiry, retriesWithin, renewVaultTokens */
/* harmony import */ var _registry_job_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7110);
/* harmony import */ var _registry_rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2773);
/* harmony import */ var _expiry_sources_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3014);
/* harmony import */ var _vault_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3157);
/* harmony import */ var _vault_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4073);
/* harmony import */ var _vault_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9191);






/** The wait before the next retry would end after the token expires: stop, rather than renew a dead token. */
class RetryPastExpiry extends Error {
    expiresAtMs;
    constructor(expiresAtMs) {
        super('the next retry would come after the token expires');
        this.expiresAtMs = expiresAtMs;
        this.name = 'RetryPastExpiry';
    }
}
/**
 * How many retries fit before `budgetSeconds` run out, with the client's backoff (1 s, 2 s, 4 s … at most
 * `maxBackoffSeconds`): every wait must end before the deadline, so the last attempt is sent while the token lives.
 */
function retriesWithin(budgetSeconds, maxRetries, maxBackoffSeconds) {
    let waited = 0;
    let retries = 0;
    while (retries < maxRetries) {
        const next = Math.min(2 ** retries, maxBackoffSeconds);
        if (waited + next >= budgetSeconds)
            break;
        waited += next;
        retries++;
    }
    return retries;
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function classify(error, stage, value) {
    const scrub = (text) => text.split(value).join('***');
    const message = scrub(error instanceof Error ? error.message : String(error));
    if (error instanceof _vault_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VaultTokenInvalid */ .fO)
        return { stage, kind: 'invalid', message };
    if (error instanceof _vault_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VaultPermissionDenied */ .jW)
        return { stage, kind: 'denied', message };
    if (error instanceof _vault_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VaultRequestError */ .OV && error.errors.some((e) => /past the max TTL/i.test(e)))
        return { stage, kind: 'past-max', message };
    if (error instanceof _vault_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VaultRequestError */ .OV && error.errors.some((e) => /not renewable/i.test(e)))
        return { stage, kind: 'not-renewable', message: scrub(error.errors.join('; ')) };
    if (error instanceof RetryPastExpiry) {
        const at = (0,_vault_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .nE)(error.expiresAtMs);
        return { stage, kind: 'deadline', message: `Vault kept failing and the next retry would come after the token expires at ${at}; stopped retrying` };
    }
    return { stage, kind: 'error', message };
}
/** Looks up (and, when due and not a dry run, renews) every registry token of kind `vault`. Never throws for Vault's answers. */
async function renewVaultTokens(registry, options) {
    const now = options.now ?? Date.now;
    const random = options.random ?? Math.random;
    const create = options.createClient ?? _vault_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createVaultClient */ .Yr;
    const timing = { ..._vault_client_js__WEBPACK_IMPORTED_MODULE_2__/* .VAULT_PRODUCTION_TIMING */ .E2, ...options.timing };
    const sleep = options.sleep ?? defaultSleep;
    const maxRetries = options.retries ?? _vault_client_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_VAULT_RETRIES */ .gN;
    const values = (0,_expiry_sources_values_js__WEBPACK_IMPORTED_MODULE_5__/* .envValues */ .Qo)(options.env, options.mask);
    const notes = [];
    const outcomes = [];
    let calls = 0;
    const tokens = registry.tokens.filter((t) => t.kind === 'vault');
    if (tokens.length === 0)
        notes.push({ level: 'info', message: `no tokens of kind vault in ${registry.file}: nothing to renew` });
    for (const token of tokens) {
        const outcome = { name: token.name, key: token.key, variable: (0,_expiry_sources_values_js__WEBPACK_IMPORTED_MODULE_5__/* .valueVariable */ ._P)(token), dryRun: options.dryRun };
        outcomes.push(outcome);
        const value = values.valueOf(token);
        if (value === undefined) {
            outcome.skipped = 'no-value';
            const why = values.tooShort.has(token.name) ? 'is too short to be a token' : 'is not set';
            notes.push({ level: 'warning', token: token.name, message: `${token.name}: ${outcome.variable} ${why}: not looked up` });
            continue;
        }
        const address = token.vaultAddress ?? options.vaultAddr;
        if (!(0,_vault_client_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveVaultAddress */ .BT)(address ? { address } : {}, options.env)) {
            outcome.skipped = 'no-address';
            notes.push({ level: 'warning', token: token.name, message: `${token.name}: no Vault address (the entry's vault-address, --vault-addr or VAULT_ADDR): not looked up` });
            continue;
        }
        const base = {
            ...(address ? { address } : {}),
            env: options.env,
            timing,
            sleep,
            ...(options.fetch ? { fetch: options.fetch } : {}),
        };
        calls += await renewOne(token, value, outcome, { base, create, now, random, maxRetries, timing, sleep, options });
    }
    return { outcomes, notes, calls };
}
/** One token: lookup, decision, maybe renewal. Fills in `outcome`; returns the requests sent. */
async function renewOne(token, value, outcome, c) {
    let lookupClient;
    try {
        lookupClient = c.create({ ...c.base, retries: c.maxRetries });
    }
    catch (error) {
        // A bad address (not a URL, credentials in it): the client says which, without a value.
        outcome.failure = { stage: 'lookup', kind: 'error', message: error instanceof _vault_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VaultConfigError */ .FQ ? error.message : classify(error, 'lookup', value).message };
        return 0;
    }
    outcome.checkedAtMs = c.now();
    try {
        outcome.info = await lookupClient.lookupSelf(value);
    }
    catch (error) {
        outcome.failure = classify(error, 'lookup', value);
        return lookupClient.calls;
    }
    const info = outcome.info;
    const increment = token.renewIncrement ?? c.options.increment;
    const decision = (0,_vault_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .decideRenewal */ .VT)({
        info,
        nowMs: outcome.checkedAtMs,
        ...(increment !== undefined ? { incrementSeconds: increment } : {}),
        ...(token.renewThreshold !== undefined ? { thresholdSeconds: token.renewThreshold } : {}),
        random: c.random,
    });
    outcome.decision = decision;
    if (decision.action !== 'renew' || c.options.dryRun)
        return lookupClient.calls;
    // Never retry past the token's own expiry: as many retries as fit before it, and no wait that ends after it.
    const expiresAtMs = outcome.checkedAtMs + info.ttl * 1000;
    const budgetSeconds = (expiresAtMs - c.now()) / 1000;
    const guardedSleep = async (ms) => {
        if (c.now() + (ms / c.timing.msPerSecond) * 1000 >= expiresAtMs)
            throw new RetryPastExpiry(expiresAtMs);
        await c.sleep(ms);
    };
    let renewClient;
    try {
        renewClient = c.create({
            ...c.base,
            retries: retriesWithin(budgetSeconds, c.maxRetries, c.timing.maxBackoffSeconds),
            timing: { ...c.timing, requestTimeoutMs: Math.max(1000, Math.min(c.timing.requestTimeoutMs, budgetSeconds * 1000)) },
            sleep: guardedSleep,
        });
    }
    catch (error) {
        outcome.failure = classify(error, 'renew', value);
        return lookupClient.calls;
    }
    try {
        const renewal = await renewClient.renewSelf(value, decision.increment);
        outcome.renewal = { ...renewal, atMs: c.now() };
    }
    catch (error) {
        outcome.failure = classify(error, 'renew', value);
    }
    return lookupClient.calls + renewClient.calls;
}
/** The whole run: load the registry and the config, renew, judge. Throws UsageError/ConfigError for a missing or invalid registry. */
async function runVaultRenew(options) {
    const now = options.now ?? Date.now;
    const startedAt = (0,_vault_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .nE)(now());
    const job = await (0,_registry_job_js__WEBPACK_IMPORTED_MODULE_0__/* .loadRegistryJob */ .J)(options);
    const { registry, file } = job;
    const { outcomes, notes, calls } = await renewVaultTokens(registry, { ...options, now });
    const renewals = new Map(outcomes.map((o) => [o.key, o]));
    const { result, report } = (0,_registry_job_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeRegistry */ .l)(job, (0,_registry_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .registryProjectRules */ .GZ)(registry, file.path, { scope: 'registry-file', renewals }).filter((r) => _registry_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RENEWAL_RULE_IDS */ .ZX.has(r.meta.id)), options.mask, options.links);
    const checked = outcomes.filter((o) => !o.skipped).length;
    if (outcomes.length > 0 && checked === 0)
        notes.push({ level: 'warning', message: `none of the ${outcomes.length} Vault token(s) could be looked up: nothing was checked or renewed` });
    return {
        findings: result.findings,
        tokens: outcomes.map(_vault_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .renewalMetrics */ .mq),
        notes,
        renewed: outcomes.filter((o) => (0,_vault_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .renewalStatus */ .T7)(o) === 'renewed').map((o) => o.name),
        wouldRenew: outcomes.filter((o) => (0,_vault_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .renewalStatus */ .T7)(o) === 'would-renew').map((o) => o.name),
        dryRun: options.dryRun,
        report,
        result,
        outcomes,
        registryFile: file.path,
        calls,
        startedAt,
    };
}


/***/ }),

/***/ 3157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ resolveVaultAddress),
/* harmony export */   E2: () => (/* binding */ VAULT_PRODUCTION_TIMING),
/* harmony export */   Yr: () => (/* binding */ createVaultClient),
/* harmony export */   gN: () => (/* binding */ DEFAULT_VAULT_RETRIES)
/* harmony export */ });
/* unused harmony exports VAULT_USER_AGENT, resolveVaultNamespace */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2782);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4073);
/**
 * A small Vault client for the token endpoints Token Warden needs — `lookup-self` (expiry, issue 9) and `renew-self`
 * (renewal, issue 10) — on the global `fetch` (no node-vault: two endpoints do not justify axios and friends).
 *
 * - Address: the `address` option, else `VAULT_ADDR`; namespace: the option, else `VAULT_NAMESPACE` (Enterprise/HCP).
 * - Retries (default 3) for 5xx, 412 (a performance standby not caught up, as Vault's own client retries), 429,
 *   network failures, timeouts and 2xx bodies that are not JSON; backoff 1 s, 2 s, 4 s … at most 10 s, or the
 *   server's `Retry-After` when it asks for no more than 30 s (more: give up at once). `timing.msPerSecond` scales
 *   every wait (1000 in production, 1 in tests) and `sleep` can be replaced, so tests never sleep.
 * - Every attempt has its own timeout (an AbortSignal); an outer `signal` cancels everything.
 * - 403 is never retried: `VaultTokenInvalid` when Vault says `invalid token`, else `VaultPermissionDenied`.
 * - Redirects are not followed: fetch would carry `X-Vault-Token` to whatever host a 3xx names.
 * - The token is only ever a header. Answers are reduced to what callers need: the token's own id (`data.id`,
 *   `auth.client_token`) and accessor are dropped, and Vault's error texts are scrubbed of the value.
 */




const VAULT_USER_AGENT = `token-warden/${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}`;
const DEFAULT_VAULT_RETRIES = 3;
const VAULT_PRODUCTION_TIMING = { msPerSecond: 1000, requestTimeoutMs: 30_000, maxBackoffSeconds: 10, maxRetryAfterSeconds: 30 };
/** The Vault address from the option, else `VAULT_ADDR`; undefined when neither is set. */
function resolveVaultAddress(options, env = process.env) {
    const address = options.address?.trim() || env.VAULT_ADDR?.trim();
    return address || undefined;
}
/** The namespace from the option, else `VAULT_NAMESPACE`, without surrounding slashes; undefined when unset. */
function resolveVaultNamespace(options, env = process.env) {
    const namespace = (options.namespace ?? env.VAULT_NAMESPACE ?? '').trim().replace(/^\/+|\/+$/g, '');
    return namespace || undefined;
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Vault's `{"errors": [...]}`, strings only. */
function vaultErrors(body) {
    return isObject(body) && Array.isArray(body.errors) ? body.errors.filter((e) => typeof e === 'string') : [];
}
function stringList(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const str = (value) => (typeof value === 'string' ? value : undefined);
function retryable(status) {
    return status >= 500 || status === 429 || status === 412;
}
/** Words for a failed fetch (undici puts the reason in `cause`). */
function describeFailure(error) {
    // Duck-typed: fetch's errors may come from another realm (Jest's vm), where `instanceof Error` is false.
    const e = error;
    if (!e || typeof e !== 'object')
        return String(error);
    if (typeof e.cause?.code === 'string')
        return e.cause.code;
    if (typeof e.cause?.message === 'string')
        return e.cause.message;
    return typeof e.message === 'string' ? e.message : String(error);
}
function isTimeout(error) {
    const name = error?.name;
    return name === 'TimeoutError' || name === 'AbortError';
}
function createVaultClient(options = {}) {
    const env = options.env ?? process.env;
    const given = resolveVaultAddress(options, env);
    if (!given)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultConfigError */ .FQ('No Vault address: set VAULT_ADDR (or the vault address option)', { operation: 'configure', attempts: 0 });
    let parsed;
    try {
        parsed = new URL(given);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultConfigError */ .FQ('The Vault address is not a URL (expected https://host:8200)', { operation: 'configure', attempts: 0 });
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultConfigError */ .FQ(`The Vault address must be an http(s) URL, not ${parsed.protocol}`, { operation: 'configure', attempts: 0 });
    }
    if (parsed.username || parsed.password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultConfigError */ .FQ('The Vault address must not contain credentials', { operation: 'configure', attempts: 0 });
    const address = `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
    const namespace = resolveVaultNamespace(options, env);
    const retries = options.retries ?? DEFAULT_VAULT_RETRIES;
    const timing = { ...VAULT_PRODUCTION_TIMING, ...options.timing };
    const fetchImpl = options.fetch ?? fetch;
    const sleep = options.sleep ?? defaultSleep;
    let calls = 0;
    async function request(method, path, token, body) {
        const operation = `${method} /v1/${path}`;
        const scrub = (text) => (token ? text.split(token).join('***') : text);
        if (!token)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultConfigError */ .FQ(`No token for ${operation}`, { operation, attempts: 0 });
        const headers = { 'X-Vault-Token': token, 'X-Vault-Request': 'true', Accept: 'application/json', 'User-Agent': VAULT_USER_AGENT };
        if (namespace)
            headers['X-Vault-Namespace'] = namespace;
        if (body !== undefined)
            headers['Content-Type'] = 'application/json';
        for (let attempt = 1;; attempt++) {
            let failed;
            calls++;
            try {
                const timeout = AbortSignal.timeout(timing.requestTimeoutMs);
                const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
                const response = await fetchImpl(`${address}/v1/${path}`, { method, headers, redirect: 'manual', signal, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
                const text = await response.text();
                const json = parseJson(text);
                const status = response.status;
                if (status >= 200 && status < 300) {
                    if (isObject(json))
                        return json;
                    failed = { failure: 'invalid-response', status, message: `Vault answered ${operation} with a body that is not a JSON object` };
                }
                else {
                    const errors = vaultErrors(json).map(scrub);
                    const said = `Vault answered ${status} to ${operation}${errors.length ? `: ${errors.join('; ')}` : ''}`;
                    const init = { operation, attempts: attempt, status, errors };
                    if (status === 403) {
                        if (errors.some((e) => /invalid token/i.test(e)))
                            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultTokenInvalid */ .fO(`${said} (the token is expired, revoked or not valid)`, init);
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultPermissionDenied */ .jW(`${said} (a policy denies it; an older Vault answers an expired or revoked token this way too)`, init);
                    }
                    if (status >= 300 && status < 400) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultRequestError */ .OV(`${said}: a redirect, not followed (point VAULT_ADDR at the active node or its load balancer)`, init);
                    }
                    if (!retryable(status))
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultRequestError */ .OV(said, init);
                    const retryAfter = Number(response.headers.get('retry-after'));
                    failed = { failure: 'http', status, errors, message: said, ...(Number.isFinite(retryAfter) && retryAfter >= 0 && response.headers.has('retry-after') ? { retryAfterSeconds: retryAfter } : {}) };
                }
            }
            catch (error) {
                if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultError */ .hb)
                    throw error;
                if (options.signal?.aborted)
                    throw options.signal.reason;
                failed = isTimeout(error)
                    ? { failure: 'timeout', message: `Vault did not answer ${operation} within ${timing.requestTimeoutMs} ms`, cause: error }
                    : { failure: 'network', message: `Could not reach Vault for ${operation}: ${scrub(describeFailure(error))}`, cause: error };
            }
            const tooLong = failed.retryAfterSeconds !== undefined && failed.retryAfterSeconds > timing.maxRetryAfterSeconds;
            if (attempt > retries || tooLong) {
                const why = tooLong ? `; it asks to wait ${failed.retryAfterSeconds} s, more than the ${timing.maxRetryAfterSeconds} s allowed` : '';
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultServerError */ .Ac(`${failed.message}${attempt > 1 ? ` (after ${attempt} attempts)` : ''}${why}`, {
                    operation,
                    attempts: attempt,
                    failure: failed.failure,
                    ...(failed.status !== undefined ? { status: failed.status } : {}),
                    ...(failed.errors ? { errors: failed.errors } : {}),
                    ...(failed.cause !== undefined ? { cause: failed.cause } : {}),
                });
            }
            const backoff = Math.min(2 ** (attempt - 1), timing.maxBackoffSeconds);
            await sleep(Math.max(backoff, failed.retryAfterSeconds ?? 0) * timing.msPerSecond);
        }
    }
    function invalid(operation, what, attempts) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultServerError */ .Ac(`Vault answered ${operation} without ${what}`, { operation, attempts, failure: 'invalid-response' });
    }
    return {
        address,
        namespace,
        get calls() {
            return calls;
        },
        async lookupSelf(token) {
            const before = calls;
            const body = await request('GET', 'auth/token/lookup-self', token);
            const operation = 'GET /v1/auth/token/lookup-self';
            const data = body.data;
            if (!isObject(data))
                throw invalid(operation, 'data', calls - before);
            const ttl = num(data.ttl);
            if (ttl === undefined || ttl < 0)
                throw invalid(operation, 'a numeric data.ttl', calls - before);
            const expireTime = str(data.expire_time) ?? null;
            const info = {
                ttl,
                expireTime,
                renewable: data.renewable === true,
                creationTtl: num(data.creation_ttl) ?? 0,
                explicitMaxTtl: num(data.explicit_max_ttl) ?? 0,
                policies: stringList(data.policies),
                warnings: stringList(body.warnings).map((w) => w.split(token).join('***')),
            };
            const period = num(data.period);
            if (period !== undefined && period > 0)
                info.period = period;
            const creationTime = num(data.creation_time);
            if (creationTime !== undefined)
                info.creationTime = creationTime;
            const lastRenewalTime = num(data.last_renewal_time);
            if (lastRenewalTime !== undefined && lastRenewalTime > 0)
                info.lastRenewalTime = lastRenewalTime;
            const issueTime = str(data.issue_time);
            if (issueTime)
                info.issueTime = issueTime;
            const type = str(data.type);
            if (type)
                info.type = type;
            const numUses = num(data.num_uses);
            if (numUses !== undefined)
                info.numUses = numUses;
            if (typeof data.orphan === 'boolean')
                info.orphan = data.orphan;
            const displayName = str(data.display_name);
            if (displayName)
                info.displayName = displayName;
            return info;
        },
        async renewSelf(token, increment) {
            const operation = 'POST /v1/auth/token/renew-self';
            let requestedSeconds;
            if (increment !== undefined) {
                requestedSeconds = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVaultDuration */ .yO)(increment);
                if (requestedSeconds === undefined || requestedSeconds <= 0 || (typeof increment === 'number' && !Number.isInteger(increment))) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VaultConfigError */ .FQ('The renewal increment must be a positive whole number of seconds or a duration such as "1h"', { operation, attempts: 0 });
                }
            }
            const before = calls;
            const body = await request('POST', 'auth/token/renew-self', token, increment === undefined ? {} : { increment });
            const auth = body.auth;
            if (!isObject(auth))
                throw invalid(operation, 'auth', calls - before);
            const leaseDuration = num(auth.lease_duration);
            if (leaseDuration === undefined || leaseDuration < 0)
                throw invalid(operation, 'a numeric auth.lease_duration', calls - before);
            const warnings = stringList(body.warnings).map((w) => w.split(token).join('***'));
            const capped = warnings.some((w) => /exceeded the effective max_ttl/i.test(w)) || (requestedSeconds !== undefined && leaseDuration < requestedSeconds);
            const renewal = { leaseDuration, renewable: auth.renewable === true, warnings, capped, policies: stringList(auth.policies) };
            if (requestedSeconds !== undefined)
                renewal.requestedSeconds = requestedSeconds;
            const tokenType = str(auth.token_type);
            if (tokenType)
                renewal.tokenType = tokenType;
            return renewal;
        },
    };
}


/***/ }),

/***/ 4073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ VaultServerError),
/* harmony export */   FQ: () => (/* binding */ VaultConfigError),
/* harmony export */   OV: () => (/* binding */ VaultRequestError),
/* harmony export */   fO: () => (/* binding */ VaultTokenInvalid),
/* harmony export */   hb: () => (/* binding */ VaultError),
/* harmony export */   jW: () => (/* binding */ VaultPermissionDenied)
/* harmony export */ });
/* unused harmony export VaultHttpError */
/**
 * Typed Vault errors, one class per way a caller reacts: configure the address (config), replace the token (invalid
 * token), grant a policy (permission denied), fix the request (other 4xx), or try again later (5xx, 429, network,
 * timeout, an answer that is not Vault's JSON). No message ever contains a token value: the client builds them from
 * the method, the path, the status and Vault's `errors`, with any token value scrubbed out of those.
 */
class VaultError extends Error {
    operation;
    attempts;
    constructor(message, init) {
        super(message, init.cause === undefined ? undefined : { cause: init.cause });
        this.name = new.target.name;
        this.operation = init.operation;
        this.attempts = init.attempts;
    }
}
/** No Vault address (neither the option nor `VAULT_ADDR`), an address that is not an http(s) URL, a bad increment. */
class VaultConfigError extends VaultError {
}
/** Vault answered with an error status that retrying cannot fix. */
class VaultHttpError extends VaultError {
    status;
    /** Vault's `errors` array (scrubbed of token values). */
    errors;
    constructor(message, init) {
        super(message, init);
        this.status = init.status;
        this.errors = init.errors;
    }
}
/**
 * 403 with `invalid token` among the errors: the token is expired, revoked or was never valid (Vault since 2024,
 * hashicorp/vault PR #26687, sends `["invalid token", "permission denied"]`).
 */
class VaultTokenInvalid extends VaultHttpError {
}
/**
 * 403 with only `permission denied`: on a current Vault, the token's policies do not allow the path. Older servers
 * answer an expired or revoked token the same way (hashicorp/vault#2159), so this alone does not say which.
 */
class VaultPermissionDenied extends VaultHttpError {
}
/** Any other 4xx (400 "lease is not renewable", 404 wrong mount, 405 …): not retried. */
class VaultRequestError extends VaultHttpError {
}
/** 5xx, 412 or 429 after the retries, no answer at all (network, timeout), or a 2xx that is not Vault's JSON. */
class VaultServerError extends VaultError {
    failure;
    status;
    errors;
    constructor(message, init) {
        super(message, init);
        this.failure = init.failure;
        if (init.status !== undefined)
            this.status = init.status;
        this.errors = init.errors ?? [];
    }
}


/***/ })

};

//# sourceMappingURL=696.index.js.map