export const id = 153;
export const ids = [153,203,584,19,116];
export const modules = {

/***/ 7019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveApiUrl: () => (/* binding */ resolveApiUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/** The GitHub API URL, apart from the client so that resolving it does not load Octokit. */

/** The API URL from the `api-url` input, else `GITHUB_API_URL`, else github.com; no trailing slash. */
function resolveApiUrl(input, env = process.env) {
    const raw = (input?.trim() || env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, '');
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`api-url must be an http(s) URL (got "${raw}")`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`api-url must be an http(s) URL (got "${raw}")`);
    return raw;
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PRODUCTION_TIMING: () => (/* binding */ PRODUCTION_TIMING),
/* harmony export */   USER_AGENT: () => (/* binding */ USER_AGENT),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   resolveApiUrl: () => (/* reexport safe */ _api_url_js__WEBPACK_IMPORTED_MODULE_5__.resolveApiUrl)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _octokit_auth_app__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6479);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7432);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3116);
/* harmony import */ var _api_url_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7019);
/**
 * The one factory for the Octokit Token Warden uses: @octokit/rest with the throttling and retry plugins,
 * token or GitHub App authentication, a configurable API URL (GitHub Enterprise Server), injectable timing, and
 * typed errors (./errors.ts) for every failed request.
 */









const PRODUCTION_TIMING = { msPerSecond: 1000, requestTimeoutMs: 60_000 };
const USER_AGENT = `token-warden/${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x}`;
// A 4xx repeats unless the request changes; only 408 (timeout) may succeed as is. Rate limits (403/429) are the
// throttling plugin's, which waits as GitHub asks; the retry plugin must not add its own retries on top.
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i).filter((status) => status !== 408);
const defaultLogger = {
    debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
    info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
    warn: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
    error: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(m),
};


function describe(options) {
    return { method: (options.method ?? 'GET').toUpperCase(), url: options.url ?? '?' };
}
/**
 * The innermost layer (inside throttling and retry): counts attempts per request, and turns a 2xx whose JSON body
 * does not parse into an error the retry plugin retries (Octokit would hand the caller a string instead).
 */
function attemptsPlugin(attempts, log) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const attempt = (attempts.get(options) ?? 0) + 1;
            attempts.set(options, attempt);
            if (attempt > 1) {
                const { method, url } = describe(options);
                log.debug(`GitHub API: attempt ${attempt} for ${method} ${url}`);
            }
            const response = await request(options);
            // Octokit hands back the raw text when a JSON body does not parse. (A body that is a bare JSON string would
            // look the same; GitHub's JSON operations never answer with one.)
            const contentType = String(response.headers['content-type'] ?? '');
            if (/\bjson\b/i.test(contentType) && typeof response.data === 'string' && response.data !== '') {
                const parsed = octokit.request.endpoint.parse(options);
                throw Object.assign(new Error(`invalid JSON in the answer to ${parsed.method} ${parsed.url}`), {
                    status: 502,
                    request: parsed,
                    response: { ...response, data: response.data.slice(0, 200) },
                    [_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .INVALID_JSON */ .V7]: true,
                });
            }
            return response;
        });
        return {};
    };
}
function build(context, auth, appAuth) {
    const attempts = new WeakMap();
    const ms = context.timing.msPerSecond;
    const WardenOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_6__/* .Octokit */ .E.plugin(attemptsPlugin(attempts, context.log), _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_7__/* .throttling */ .A, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_8__/* .retry */ .L);
    const decide = (limit) => (retryAfter, options, _octokit, retryCount) => {
        const { method, url } = describe(options);
        const what = limit === 'primary' ? 'rate limit is used up' : 'secondary rate limit';
        if (retryCount >= context.retries) {
            context.log.warn(`GitHub ${what} on ${method} ${url}: giving up after ${retryCount + 1} attempts`);
            return false;
        }
        if (retryAfter > context.maxWaitSeconds) {
            context.log.warn(`GitHub ${what} on ${method} ${url}: it asks to wait ${retryAfter} s, more than the ${context.maxWaitSeconds} s allowed; giving up`);
            return false;
        }
        context.onRateLimitWait?.({ limit, seconds: retryAfter, retry: retryCount + 1, method, url });
        context.log.warn(`GitHub ${what} on ${method} ${url}: waiting ${retryAfter} s (retry ${retryCount + 1} of ${context.retries})`);
        return true;
    };
    const timeoutMs = context.timing.requestTimeoutMs;
    const fetchWithTimeout = (input, init) => context.fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
    const octokit = new WardenOctokit({
        baseUrl: context.baseUrl,
        userAgent: USER_AGENT,
        log: context.log,
        request: { fetch: fetchWithTimeout },
        ...(appAuth ? { authStrategy: _octokit_auth_app__WEBPACK_IMPORTED_MODULE_9__/* .createAppAuth */ .K, auth } : { auth }),
        retry: { retries: context.retries, retryAfterBaseValue: ms, doNotRetry: DO_NOT_RETRY },
        throttle: {
            onRateLimit: decide('primary'),
            onSecondaryRateLimit: decide('secondary'),
            retryAfterBaseValue: ms,
            fallbackSecondaryRateRetryAfter: 60,
            // Own groups per client: the plugin's defaults are process-wide and space writes by a fixed 1 s.
            ...{ global: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 10 }), auth: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1 }) },
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1, minTime: ms }),
            search: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1, minTime: 2 * ms }),
            notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1, minTime: 3 * ms }),
        },
    });
    // Installation tokens are masked the moment GitHub hands them out, before anything can log them.
    octokit.hook.after('request', (response, options) => {
        const data = response.data;
        if (/\/app\/installations\/[^/]+\/access_tokens$/.test(options.url ?? '') && typeof data?.token === 'string')
            context.mask(data.token);
    });
    // Outermost: after every retry, callers get a typed error.
    octokit.hook.error('request', (error, options) => {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .toGitHubError */ .Lg)(error, attempts.get(options) ?? 1);
    });
    return octokit;
}
async function findInstallation(appClient, auth, env) {
    const repository = auth.repository ?? env.GITHUB_REPOSITORY;
    if (repository) {
        const [owner, repo] = repository.split('/');
        if (!owner || !repo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`repository must be owner/name (got "${repository}")`);
        const { data } = await appClient.rest.apps.getRepoInstallation({ owner, repo });
        return data.id;
    }
    if (auth.owner) {
        const { data } = await appClient.rest.apps.getOrgInstallation({ org: auth.owner });
        return data.id;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('a GitHub App needs installation-id, or a repository (GITHUB_REPOSITORY) or owner to find its installation');
}
/** Registers each secret once: the token is seen both by the after-hook and by the eager mint. */
function onceEach(mask) {
    const seen = new Set();
    return (secret) => {
        if (secret === '' || seen.has(secret))
            return;
        seen.add(secret);
        mask(secret);
    };
}
/**
 * Builds the client. For a GitHub App it finds the installation if needed and mints the installation token at
 * once (masked through `mask`), so a bad key or missing installation fails here with a typed error.
 */
async function createGitHubClient(options) {
    const env = options.env ?? process.env;
    const context = {
        baseUrl: options.baseUrl ? (0,_api_url_js__WEBPACK_IMPORTED_MODULE_5__.resolveApiUrl)(options.baseUrl, env) : (0,_api_url_js__WEBPACK_IMPORTED_MODULE_5__.resolveApiUrl)(undefined, env),
        retries: options.retries ?? 3,
        maxWaitSeconds: options.maxWaitSeconds ?? 120,
        timing: { ...PRODUCTION_TIMING, ...options.timing },
        mask: onceEach(options.mask ?? ((secret) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret))),
        log: options.log ?? defaultLogger,
        ...(options.onRateLimitWait ? { onRateLimitWait: options.onRateLimitWait } : {}),
        fetch: options.fetch ?? globalThis.fetch,
    };
    const { auth } = options;
    if (auth.type === 'token') {
        if (!auth.token.trim())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('the GitHub token is empty');
        context.mask(auth.token);
        return build(context, auth.token, false);
    }
    // Keys pasted into a single-line setting arrive with literal \n.
    const privateKey = auth.privateKey.includes('\\n') ? auth.privateKey.replace(/\\n/g, '\n') : auth.privateKey;
    if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(privateKey))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('private-key must be the GitHub App private key in PEM format');
    const appId = typeof auth.appId === 'string' ? auth.appId.trim() : auth.appId;
    if (appId === '' || appId === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('app-id is empty');
    if (auth.type === 'app-jwt') {
        // A token client with a JWT sends it as `bearer` (@octokit/auth-token tells JWTs by their three parts).
        let jwt;
        try {
            ({ token: jwt } = (await (0,_octokit_auth_app__WEBPACK_IMPORTED_MODULE_9__/* .createAppAuth */ .K)({ appId, privateKey })({ type: 'app' })));
        }
        catch {
            // The crypto error says nothing useful (`DECODER routines::unsupported`) and must not be mistaken for an API answer.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('private-key is not a usable RSA private key (PEM) for a GitHub App');
        }
        context.mask(jwt);
        return build(context, jwt, false);
    }
    const installationId = auth.installationId ?? (await findInstallation(build(context, { appId, privateKey }, true), auth, env));
    const client = build(context, { appId, privateKey, installationId }, true);
    const minted = (await client.auth({ type: 'installation' }));
    context.mask(minted.token);
    return client;
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubApiError: () => (/* binding */ GitHubApiError),
/* harmony export */   Hm: () => (/* binding */ GitHubForbiddenError),
/* harmony export */   Kz: () => (/* binding */ GitHubAuthError),
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   Pz: () => (/* binding */ GitHubValidationError),
/* harmony export */   R8: () => (/* binding */ GitHubServerError),
/* harmony export */   Rr: () => (/* binding */ GitHubRateLimitError),
/* harmony export */   V7: () => (/* binding */ INVALID_JSON),
/* harmony export */   ZY: () => (/* binding */ GitHubNotFoundError)
/* harmony export */ });
/* unused harmony export parseAcceptedPermissions */
/**
 * Typed GitHub API errors, one class per way a caller reacts: fix the credential (401), grant a permission (403),
 * check the name (404), fix the request (400/422), wait (rate limits), or try again later (5xx, network, bad JSON).
 * `toGitHubError` maps what Octokit throws (a RequestError) onto them; the client factory does it for every request.
 */
class GitHubApiError extends Error {
    status;
    method;
    path;
    githubMessage;
    /** How many times the request was sent before giving up. */
    attempts;
    requestId;
    documentationUrl;
    /** Kept so code written against Octokit's RequestError (`error.response.headers`) still works. */
    response;
    constructor(message, init) {
        super(message, init.cause === undefined ? undefined : { cause: init.cause });
        this.name = new.target.name;
        this.status = init.status;
        this.method = init.method;
        this.path = init.path;
        this.githubMessage = init.githubMessage;
        this.attempts = init.attempts;
        if (init.requestId)
            this.requestId = init.requestId;
        if (init.documentationUrl)
            this.documentationUrl = init.documentationUrl;
        if (init.response)
            this.response = init.response;
    }
    /** `GET /repos/acme/app/issues` */
    get operation() {
        return `${this.method} ${this.path}`;
    }
}
/** 401: the token is wrong, expired or revoked, or an app JWT is invalid. */
class GitHubAuthError extends GitHubApiError {
}
/** 403 that is not a rate limit: the credential lacks a permission or scope. */
class GitHubForbiddenError extends GitHubApiError {
    /** Alternatives GitHub accepts (`x-accepted-github-permissions`); each entry is a set of `name=access`. */
    acceptedPermissions;
    /** Classic scopes GitHub accepts (`x-accepted-oauth-scopes`). */
    acceptedScopes;
    /** Scopes the classic token has (`x-oauth-scopes`), when GitHub says. */
    tokenScopes;
    /** Plain words for what is missing, when GitHub's headers say; undefined otherwise. */
    missing;
    constructor(message, init) {
        super(message, init);
        this.acceptedPermissions = init.acceptedPermissions;
        this.acceptedScopes = init.acceptedScopes;
        if (init.tokenScopes)
            this.tokenScopes = init.tokenScopes;
        if (init.missing)
            this.missing = init.missing;
    }
}
/** 404 or 410: no such resource, or one the credential may not see (GitHub hides private things behind 404). */
class GitHubNotFoundError extends GitHubApiError {
}
/** 400 or 422: GitHub refused the request itself; retrying the same request cannot succeed. */
class GitHubValidationError extends GitHubApiError {
    errors;
    constructor(message, init) {
        super(message, init);
        this.errors = init.errors;
    }
}
/** Primary (quota used up) or secondary (too fast) rate limit, after the client stopped waiting. */
class GitHubRateLimitError extends GitHubApiError {
    limit;
    retryAfterSeconds;
    resetAt;
    constructor(message, init) {
        super(message, init);
        this.limit = init.limit;
        if (init.retryAfterSeconds !== undefined)
            this.retryAfterSeconds = init.retryAfterSeconds;
        if (init.resetAt)
            this.resetAt = init.resetAt;
    }
}
/** 5xx, no answer at all (connection refused, reset or timed out), or an answer that was not the JSON it claimed to be. */
class GitHubServerError extends GitHubApiError {
    failure;
    constructor(message, init) {
        super(message, init);
        this.failure = init.failure;
    }
}
/** Marks a 2xx whose JSON body would not parse; the client throws it so the retry plugin retries it like a 502. */
const INVALID_JSON = Symbol('github-invalid-json');
/** `repository_projects=write; organization_projects=admin` → [['repository_projects=write'], ['organization_projects=admin']] */
function parseAcceptedPermissions(header) {
    if (!header)
        return [];
    return header
        .split(';')
        .map((set) => set.split(',').map((p) => p.trim()).filter(Boolean))
        .filter((set) => set.length > 0);
}
function parseList(header) {
    return (header ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}
function pathOf(url) {
    if (typeof url !== 'string')
        return '?';
    try {
        const parsed = new URL(url);
        parsed.searchParams.delete('access_token');
        return `${parsed.pathname}${parsed.search}`;
    }
    catch {
        return url;
    }
}
function describeMissing(acceptedPermissions, acceptedScopes, tokenScopes) {
    if (acceptedPermissions.length > 0) {
        return `the token needs ${acceptedPermissions.map((set) => set.join(' and ')).join(' or ')}`;
    }
    if (acceptedScopes.length > 0) {
        const has = tokenScopes === undefined ? '' : ` (it has: ${tokenScopes.length ? tokenScopes.join(', ') : 'no scopes'})`;
        return `the token needs the scope ${acceptedScopes.join(' or ')}${has}`;
    }
    return undefined;
}
function isRateLimit(status, headers, githubMessage) {
    if (status !== 403 && status !== 429)
        return false;
    if (/secondary rate limit/i.test(githubMessage))
        return 'secondary';
    if (headers['x-ratelimit-remaining'] === '0')
        return 'primary';
    if (headers['retry-after'] !== undefined)
        return 'secondary';
    return status === 429 ? 'secondary' : false;
}
/**
 * Maps an Octokit RequestError (or a network failure Octokit wrapped as status 500) to a typed error. Anything else
 * (already typed, or not an HTTP error at all) comes back unchanged. `attempts` is how often the request was sent.
 */
function toGitHubError(error, attempts = 1) {
    if (error instanceof GitHubApiError || !error || typeof error !== 'object')
        return error;
    const e = error;
    if (typeof e.status !== 'number' || !e.request)
        return error;
    const status = e.status;
    const method = typeof e.request.method === 'string' ? e.request.method.toUpperCase() : 'GET';
    const path = pathOf(e.request.url);
    const response = e.response
        ? { status: typeof e.response.status === 'number' ? e.response.status : status, headers: e.response.headers ?? {}, data: e.response.data }
        : undefined;
    const headers = response?.headers ?? {};
    const data = response?.data;
    const body = data && typeof data === 'object' ? data : undefined;
    const githubMessage = typeof body?.message === 'string' ? body.message : typeof data === 'string' && data.length < 200 && data ? data : String(e.message ?? '');
    const base = {
        status,
        method,
        path,
        githubMessage,
        attempts,
        ...(headers['x-github-request-id'] ? { requestId: headers['x-github-request-id'] } : {}),
        ...(typeof body?.documentation_url === 'string' ? { documentationUrl: body.documentation_url } : {}),
        ...(response ? { response } : {}),
        cause: error,
    };
    const op = `${method} ${path}`;
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    const said = githubMessage ? ` (${status} ${githubMessage.split('\n')[0]})` : ` (${status})`;
    if (e[INVALID_JSON]) {
        return new GitHubServerError(`GitHub answered ${op} with a body that is not valid JSON${tries}`, { ...base, failure: 'invalid-response' });
    }
    if (!response) {
        return new GitHubServerError(`Could not reach GitHub for ${op}${tries}: ${githubMessage || 'no response'}`, { ...base, failure: 'network' });
    }
    const limit = isRateLimit(status, headers, githubMessage);
    if (limit) {
        const retryAfter = Number(headers['retry-after']);
        const reset = Number(headers['x-ratelimit-reset']);
        const resetAt = limit === 'primary' && Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
        const when = resetAt ? `; the limit resets at ${resetAt.toISOString()}` : Number.isFinite(retryAfter) ? `; GitHub asks to wait ${retryAfter} s` : '';
        const what = limit === 'primary' ? "GitHub's rate limit is used up" : "GitHub's secondary rate limit stopped";
        return new GitHubRateLimitError(`${what} for ${op}${tries}${when}`, {
            ...base,
            limit,
            ...(Number.isFinite(retryAfter) ? { retryAfterSeconds: retryAfter } : {}),
            ...(resetAt ? { resetAt } : {}),
        });
    }
    if (status === 401) {
        return new GitHubAuthError(`GitHub rejected the credentials for ${op}${said}: the token is wrong, expired or revoked`, base);
    }
    if (status === 403) {
        const acceptedPermissions = parseAcceptedPermissions(headers['x-accepted-github-permissions']);
        const acceptedScopes = parseList(headers['x-accepted-oauth-scopes']);
        const tokenScopes = headers['x-oauth-scopes'] === undefined ? undefined : parseList(headers['x-oauth-scopes']);
        const missing = describeMissing(acceptedPermissions, acceptedScopes, tokenScopes);
        return new GitHubForbiddenError(`GitHub refused ${op}${said}${missing ? `: ${missing}` : ''}`, {
            ...base,
            acceptedPermissions,
            acceptedScopes,
            ...(tokenScopes ? { tokenScopes } : {}),
            ...(missing ? { missing } : {}),
        });
    }
    if (status === 404 || status === 410) {
        const acceptedScopes = parseList(headers['x-accepted-oauth-scopes']);
        const tokenScopes = headers['x-oauth-scopes'] === undefined ? undefined : parseList(headers['x-oauth-scopes']);
        // GitHub answers 404, not 403, when a classic token cannot see a private resource.
        const hint = tokenScopes && acceptedScopes.length > 0 && !acceptedScopes.some((s) => tokenScopes.includes(s)) ? ` (or ${describeMissing([], acceptedScopes, tokenScopes)})` : '';
        return new GitHubNotFoundError(`GitHub found nothing at ${op}${said}: check the name${hint}`, base);
    }
    if (status === 400 || status === 422) {
        const errors = Array.isArray(body?.errors) ? body.errors : [];
        const details = errors.length ? `: ${errors.map((x) => JSON.stringify(x)).join(', ')}` : '';
        return new GitHubValidationError(`GitHub rejected the request ${op}${said}${details}`, { ...base, errors });
    }
    if (status >= 500) {
        return new GitHubServerError(`GitHub failed ${op}${said}${tries}`, { ...base, failure: 'http' });
    }
    return new GitHubApiError(`GitHub answered ${op}${said}`, base);
}


/***/ }),

/***/ 3153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRenewalClient: () => (/* binding */ createRenewalClient),
  i: () => (/* binding */ githubRenewalApi)
});

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./node_modules/libsodium-wrappers/dist/modules-esm/libsodium-wrappers.mjs + 1 modules
var libsodium_wrappers = __webpack_require__(4768);
;// CONCATENATED MODULE: ./src/github/secrets.ts
/**
 * Writing GitHub Actions secrets: GitHub only accepts values sealed (libsodium `crypto_box_seal`) with the
 * repository's, organisation's or environment's public key, base64 in the ORIGINAL variant.
 */

/** Seals `value` for GitHub with its base64 public key; returns the base64 `encrypted_value`. */
async function encryptSecretValue(value, publicKeyBase64) {
    await libsodium_wrappers/* default.ready */.Ay.ready;
    let key;
    try {
        key = libsodium_wrappers/* default.from_base64 */.Ay.from_base64(publicKeyBase64, libsodium_wrappers/* default.base64_variants */.Ay.base64_variants.ORIGINAL);
    }
    catch {
        throw new Error('the Actions public key from GitHub is not base64');
    }
    if (key.length !== libsodium_wrappers/* default */.Ay.crypto_box_PUBLICKEYBYTES)
        throw new Error(`the Actions public key from GitHub has ${key.length} bytes, not ${libsodium_wrappers/* default */.Ay.crypto_box_PUBLICKEYBYTES}`);
    return libsodium_wrappers/* default.to_base64 */.Ay.to_base64(libsodium_wrappers/* default */.Ay.crypto_box_seal(libsodium_wrappers/* default.from_string */.Ay.from_string(value), key), libsodium_wrappers/* default.base64_variants */.Ay.base64_variants.ORIGINAL);
}
/** Fetches the target's public key, seals `value` and writes the secret; says whether it was new. */
async function writeActionsSecret(client, target, name, value) {
    const secret_name = name;
    switch (target.scope) {
        case 'repository': {
            const { data: key } = await client.rest.actions.getRepoPublicKey({ owner: target.owner, repo: target.repo });
            const encrypted_value = await encryptSecretValue(value, key.key);
            const { status } = await client.rest.actions.createOrUpdateRepoSecret({ owner: target.owner, repo: target.repo, secret_name, encrypted_value, key_id: key.key_id });
            return status === 201 ? 'created' : 'updated';
        }
        case 'environment': {
            const { data: key } = await client.rest.actions.getEnvironmentPublicKey({ owner: target.owner, repo: target.repo, environment_name: target.environment });
            const encrypted_value = await encryptSecretValue(value, key.key);
            const { status } = await client.rest.actions.createOrUpdateEnvironmentSecret({
                owner: target.owner,
                repo: target.repo,
                environment_name: target.environment,
                secret_name,
                encrypted_value,
                key_id: key.key_id,
            });
            return status === 201 ? 'created' : 'updated';
        }
        case 'organization': {
            const { data: key } = await client.rest.actions.getOrgPublicKey({ org: target.org });
            const encrypted_value = await encryptSecretValue(value, key.key);
            const { status } = await client.rest.actions.createOrUpdateOrgSecret({
                org: target.org,
                secret_name,
                encrypted_value,
                key_id: key.key_id,
                visibility: target.visibility,
                ...(target.selectedRepositoryIds ? { selected_repository_ids: target.selectedRepositoryIds } : {}),
            });
            return status === 201 ? 'created' : 'updated';
        }
    }
}

;// CONCATENATED MODULE: ./src/renewal/github-api.ts
/**
 * The GitHub calls the renewal jobs make, behind one small interface so the jobs can be tested with fakes and run on
 * the project's one client (src/github/client.ts). Build that client with `createRenewalClient`: the jobs retry each
 * step themselves (retry.ts), so the client must not retry too.
 */



function labelNames(labels) {
    return labels.map((l) => (typeof l === 'string' ? l : l.name));
}
const toRunner = (r) => ({ id: r.id, name: r.name, status: r.status, busy: r.busy, labels: labelNames(r.labels) });
function targetKey(target) {
    return target.scope === 'organization' ? `org:${target.org}` : target.scope === 'repository' ? `repo:${target.owner}/${target.repo}` : `env:${target.owner}/${target.repo}/${target.environment}`;
}
function githubRenewalApi(client) {
    const keys = new Map();
    const api = {
        async listRunners(scope) {
            switch (scope.kind) {
                case 'repo':
                    return (await client.paginate(client.rest.actions.listSelfHostedRunnersForRepo, { owner: scope.owner, repo: scope.repo, per_page: 100 })).map(toRunner);
                case 'org':
                    return (await client.paginate(client.rest.actions.listSelfHostedRunnersForOrg, { org: scope.org, per_page: 100 })).map(toRunner);
                default: {
                    // Enterprise endpoints are not in @octokit/rest's api.github.com routes; the request is the same shape.
                    const runners = (await client.paginate('GET /enterprises/{enterprise}/actions/runners', { enterprise: scope.enterprise, per_page: 100 }));
                    return runners.map(toRunner);
                }
            }
        },
        async mintRegistrationToken(scope) {
            const { data } = scope.kind === 'repo'
                ? await client.rest.actions.createRegistrationTokenForRepo({ owner: scope.owner, repo: scope.repo })
                : scope.kind === 'org'
                    ? await client.rest.actions.createRegistrationTokenForOrg({ org: scope.org })
                    : (await client.request('POST /enterprises/{enterprise}/actions/runners/registration-token', { enterprise: scope.enterprise }));
            return { token: data.token, expiresAt: data.expires_at };
        },
        async generateJitConfig(scope, request) {
            const body = { name: request.name, labels: request.labels, runner_group_id: request.runnerGroupId, ...(request.workFolder ? { work_folder: request.workFolder } : {}) };
            const { data } = scope.kind === 'repo'
                ? await client.rest.actions.generateRunnerJitconfigForRepo({ owner: scope.owner, repo: scope.repo, ...body })
                : scope.kind === 'org'
                    ? await client.rest.actions.generateRunnerJitconfigForOrg({ org: scope.org, ...body })
                    : (await client.request('POST /enterprises/{enterprise}/actions/runners/generate-jitconfig', { enterprise: scope.enterprise, ...body }));
            return { runnerId: data.runner.id, runnerName: data.runner.name, encodedJitConfig: data.encoded_jit_config };
        },
        async secretUpdatedAt(target, name) {
            try {
                if (target.scope === 'organization')
                    return (await client.rest.actions.getOrgSecret({ org: target.org, secret_name: name })).data.updated_at;
                if (target.scope === 'repository')
                    return (await client.rest.actions.getRepoSecret({ owner: target.owner, repo: target.repo, secret_name: name })).data.updated_at;
                return (await client.rest.actions.getEnvironmentSecret({ owner: target.owner, repo: target.repo, environment_name: target.environment, secret_name: name })).data.updated_at;
            }
            catch (error) {
                // A secret never written is a 404; a scope the token may not see is a 404 from the public key or the write too.
                if (error instanceof errors/* GitHubNotFoundError */.ZY)
                    return undefined;
                throw error;
            }
        },
        async listRepoSecrets(owner, repo) {
            const secrets = await client.paginate(client.rest.actions.listRepoSecrets, { owner, repo, per_page: 100 });
            return new Map(secrets.map((s) => [s.name.toUpperCase(), s.updated_at]));
        },
        async publicKey(target) {
            const k = targetKey(target);
            const known = keys.get(k);
            if (known)
                return known;
            const { data } = target.scope === 'organization'
                ? await client.rest.actions.getOrgPublicKey({ org: target.org })
                : target.scope === 'repository'
                    ? await client.rest.actions.getRepoPublicKey({ owner: target.owner, repo: target.repo })
                    : await client.rest.actions.getEnvironmentPublicKey({ owner: target.owner, repo: target.repo, environment_name: target.environment });
            const key = { keyId: data.key_id, key: data.key };
            keys.set(k, key);
            return key;
        },
        async writeSecret(target, name, value) {
            const { keyId, key } = await api.publicKey(target);
            const encrypted_value = await encryptSecretValue(value, key);
            const secret_name = name;
            const { status } = target.scope === 'organization'
                ? await client.rest.actions.createOrUpdateOrgSecret({
                    org: target.org,
                    secret_name,
                    encrypted_value,
                    key_id: keyId,
                    visibility: target.visibility,
                    ...(target.selectedRepositoryIds ? { selected_repository_ids: target.selectedRepositoryIds } : {}),
                })
                : target.scope === 'repository'
                    ? await client.rest.actions.createOrUpdateRepoSecret({ owner: target.owner, repo: target.repo, secret_name, encrypted_value, key_id: keyId })
                    : await client.rest.actions.createOrUpdateEnvironmentSecret({ owner: target.owner, repo: target.repo, environment_name: target.environment, secret_name, encrypted_value, key_id: keyId });
            return status === 201 ? 'created' : 'updated';
        },
    };
    return api;
}
/**
 * The project's client for the renewal jobs: `retries: 0`, because each job retries its steps itself with
 * exponential backoff and jitter, honouring `retry-after` (retry.ts). Everything else as createGitHubClient, except
 * that what the job reports itself goes to `debug`: each failed request (Octokit logs it as an error, also an expected
 * 404 for a secret not yet written) and the client's "giving up after 1 attempts" on a rate limit the job then waits for.
 */
function createRenewalClient(options) {
    const log = options.log;
    return (0,client.createGitHubClient)({
        ...options,
        retries: 0,
        log: {
            debug: (m) => log.debug(m),
            info: (m) => log.info(m),
            warn: (m) => (/giving up after 1 attempts$/.test(m) ? log.debug(m) : log.warn(m)),
            error: (m) => (/^[A-Z]+ \S+ - \d{3} with id /.test(m) ? log.debug(m) : log.error(m)),
        },
    });
}


/***/ })

};

//# sourceMappingURL=153.index.js.map