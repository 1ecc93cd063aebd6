export const id = 116;
export const ids = [116];
export const modules = {

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


/***/ })

};

//# sourceMappingURL=116.index.js.map