export const id = 956;
export const ids = [956,353];
export const modules = {

/***/ 7713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   UM: () => (/* binding */ githubPrefix),
/* harmony export */   UU: () => (/* binding */ OLD_FORMAT_TOKEN),
/* harmony export */   Z: () => (/* binding */ PEM_PRIVATE_KEY),
/* harmony export */   kY: () => (/* binding */ failureText),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   sf: () => (/* binding */ mapLimit)
/* harmony export */ });
/* unused harmony export GITHUB_PREFIXES */
/** GitHub's token prefixes (API-FACTS Part 1). `github_pat_` first: the others are shorter. */
const GITHUB_PREFIXES = [
    { prefix: 'github_pat_', words: 'fine-grained personal access token (github_pat_)', registryKind: 'github-pat-fine-grained', callable: true },
    { prefix: 'ghp_', words: 'classic personal access token (ghp_)', registryKind: 'github-pat', callable: true },
    { prefix: 'gho_', words: 'OAuth app token (gho_)', callable: true },
    { prefix: 'ghu_', words: 'GitHub App user-to-server token (ghu_)', registryKind: 'github-app', callable: true },
    { prefix: 'ghs_', words: 'GitHub App installation token (ghs_)', registryKind: 'github-app', callable: true },
    { prefix: 'ghr_', words: 'GitHub App refresh token (ghr_)', registryKind: 'github-app', callable: false },
];
function githubPrefix(value) {
    return GITHUB_PREFIXES.find((p) => value.startsWith(p.prefix));
}
/** Classic tokens from before April 2021 are 40 hex digits, without a prefix (and never expire). */
const OLD_FORMAT_TOKEN = /^[0-9a-f]{40}$/;
/** A PEM private key (PKCS#1 or PKCS#8), also with its line breaks written as `\n` (a single-line setting). */
const PEM_PRIVATE_KEY = /-----BEGIN (RSA )?PRIVATE KEY-----/;
/** `text` with every occurrence of any of `secrets` replaced: the last guard before a message is kept. */
function redact(text, secrets) {
    let out = text;
    for (const secret of secrets)
        if (secret.length >= 4)
            out = out.split(secret).join('***');
    return out;
}
/**
 * A failed request in words. The client's typed errors name the operation and GitHub's message, never headers or
 * bodies; anything else is reduced to its message. Both are passed through `redact` with the values in play.
 */
function failureText(error, secrets) {
    const text = error instanceof Error ? error.message : String(error);
    return redact(text.split('\n')[0] ?? '', secrets);
}
/** Runs `work` over `items` with at most `limit` at once; results in the order of `items`. */
async function mapLimit(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await work(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
const DAY_MS = 86_400_000;


/***/ }),

/***/ 2788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ renewalFinding)
/* harmony export */ });
/* unused harmony export renewalFingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Findings about things that live in GitHub or in the registry, not at a span of a scanned file. */

/** The engine's fingerprint (engine.ts `fingerprintOf`), without importing the engine and every rule behind it. */
function renewalFingerprint(ruleId, file, path) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${ruleId}\u0000${file}\u0000${path.join('\u001f')}`).digest('hex').slice(0, 32);
}
function renewalFinding(meta, report) {
    const line = report.line ?? 1;
    const column = report.column ?? 1;
    const location = { file: report.file, startLine: line, startColumn: column, endLine: line, endColumn: column + 1 };
    return {
        ruleId: meta.id,
        category: meta.category,
        severity: report.severity ?? meta.defaultSeverity,
        message: report.message,
        location,
        fingerprint: renewalFingerprint(meta.id, report.file, report.path),
    };
}


/***/ }),

/***/ 7022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   mK: () => (/* binding */ StepFailedError),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony exports backoffMs, retryVerdict */
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1338);
/**
 * Retries for the renewal jobs: each step (list, mint, write) is tried up to `attempts` times, waiting an exponential
 * backoff with jitter between tries, or what GitHub asks (`retry-after`, the rate-limit reset) when that is longer.
 * The client the steps run on is built with `retries: 0` (see createRenewalClient), so nothing retries twice.
 * The clock, the sleep and the randomness are injected: tests never sleep.
 */


const DEFAULT_RETRY_POLICY = { attempts: 3, baseDelayMs: 2000, maxDelayMs: 60_000, maxRateLimitWaitMs: 120_000 };
/** GitHub's advice for a secondary rate limit that names no `retry-after`: wait at least a minute. */
const SECONDARY_FALLBACK_MS = 60_000;
/**
 * The wait before retry `retry` (1 = the second try): "equal jitter", half of the exponential step fixed and half
 * random, so tries spread out without ever retrying at once.
 */
function backoffMs(policy, retry, random) {
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
    return Math.round(step / 2 + (random() * step) / 2);
}
/** Whether to try again after `error` on try number `tried`, and how long to wait first. */
function retryVerdict(error, tried, policy, random, nowMs) {
    if (tried >= policy.attempts)
        return { retry: false };
    const backoff = backoffMs(policy, tried, random);
    if (error instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubRateLimitError */ .Rr) {
        const asked = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : error.resetAt ? error.resetAt.getTime() - nowMs : error.limit === 'secondary' ? SECONDARY_FALLBACK_MS : 0;
        if (asked > policy.maxRateLimitWaitMs)
            return { retry: false, why: `GitHub asks to wait ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(asked)}, more than the ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(policy.maxRateLimitWaitMs)} allowed` };
        return { retry: true, delayMs: Math.max(asked, backoff), why: `${error.limit} rate limit` };
    }
    if (error instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubServerError */ .R8)
        return { retry: true, delayMs: backoff, why: error.failure === 'http' ? `GitHub answered ${error.status}` : error.failure === 'network' ? 'no answer from GitHub' : 'an answer that is not JSON' };
    if (error instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_0__.GitHubApiError && error.status === 408)
        return { retry: true, delayMs: backoff, why: 'request timeout (408)' };
    return { retry: false };
}
/** A step that failed for good: `cause` is the last error (typed, from src/github/errors.ts, when GitHub answered). */
class StepFailedError extends Error {
    attempts;
    step;
    constructor(step, attempts, cause, why) {
        const text = cause instanceof Error ? cause.message : String(cause);
        super(`${step} failed${attempts > 1 ? ` after ${attempts} attempts` : ''}: ${text.split('\n')[0]}${why ? ` (${why})` : ''}`, { cause });
        this.name = 'StepFailedError';
        this.step = step;
        this.attempts = attempts;
    }
}
async function withRetries(step, work, deps) {
    for (let tried = 1;; tried++) {
        try {
            return await work();
        }
        catch (error) {
            const verdict = retryVerdict(error, tried, deps.policy, deps.random, deps.now());
            if (!verdict.retry)
                throw new StepFailedError(step, tried, error, verdict.why);
            deps.onRetry?.(`${step}: ${verdict.why}; try ${tried + 1} of ${deps.policy.attempts} in ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(verdict.delayMs)}`);
            await deps.sleep(verdict.delayMs);
        }
    }
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));


/***/ }),

/***/ 7795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ scopeWords),
/* harmony export */   Dq: () => (/* binding */ permissionWords),
/* harmony export */   EK: () => (/* binding */ DEFAULT_ALERT_AFTER),
/* harmony export */   KD: () => (/* binding */ lapseWarning),
/* harmony export */   Mi: () => (/* binding */ RUNNER_TOKEN_LIFETIME_MS),
/* harmony export */   Ok: () => (/* binding */ scopePath),
/* harmony export */   RH: () => (/* binding */ DEFAULT_THRESHOLD_MS),
/* harmony export */   SB: () => (/* binding */ refreshFailedFinding),
/* harmony export */   an: () => (/* binding */ refreshDecision),
/* harmony export */   ap: () => (/* binding */ secretPermission),
/* harmony export */   dg: () => (/* binding */ nextMetrics),
/* harmony export */   iy: () => (/* binding */ offlineRunnerFindings),
/* harmony export */   mS: () => (/* binding */ runnerPermission)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1338);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2788);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8007);



/** Registration tokens live one hour (API-FACTS Part 1). */
const RUNNER_TOKEN_LIFETIME_MS = 3_600_000;
/** Refresh this long before the stored token expires (the seed's 5 minutes). */
const DEFAULT_THRESHOLD_MS = 5 * 60_000;
/** Consecutive failed runs before the failure finding turns critical (the seed's 3). */
const DEFAULT_ALERT_AFTER = 3;
/** `repository acme/app`, `organisation acme`, `enterprise big-co`. */
function scopeWords(scope) {
    return scope.kind === 'repo' ? `repository ${scope.owner}/${scope.repo}` : scope.kind === 'org' ? `organisation ${scope.org}` : `enterprise ${scope.enterprise}`;
}
/** The REST path of the scope: `repos/acme/app`, `orgs/acme`, `enterprises/big-co`. */
function scopePath(scope) {
    return scope.kind === 'repo' ? `repos/${scope.owner}/${scope.repo}` : scope.kind === 'org' ? `orgs/${scope.org}` : `enterprises/${scope.enterprise}`;
}
/** What minting (and listing) runners in a scope needs. */
function runnerPermission(scope) {
    switch (scope.kind) {
        case 'repo':
            return { fineGrained: 'the repository permission "Administration: write" (administration)', classic: 'repo' };
        case 'org':
            return { fineGrained: 'the organisation permission "Self-hosted runners: write" (organization_self_hosted_runners)', classic: 'admin:org' };
        default:
            // Enterprise runner endpoints take a classic PAT only.
            return { classic: 'manage_runners:enterprise' };
    }
}
/** What writing an Actions secret in a scope needs. */
function secretPermission(scope) {
    return scope.kind === 'org'
        ? { fineGrained: 'the organisation permission "Secrets: write" (organization_secrets)', classic: 'admin:org' }
        : { fineGrained: 'the repository permission "Secrets: write" (secrets)', classic: 'repo' };
}
function permissionWords(p) {
    return p.fineGrained ? `${p.fineGrained} for a GitHub App or fine-grained PAT, or the scope ${p.classic} for a classic PAT` : `a classic PAT with the scope ${p.classic}`;
}
function iso(ms) {
    return new Date(ms).toISOString();
}
/** Refresh when the stored token is past `expires_at − threshold`, or nothing says when it expires, or the run asks. */
function refreshDecision(input) {
    if (input.jit)
        return { refresh: true, reason: 'jit', detail: 'a JIT config serves one runner once: every run makes a new one' };
    if (input.force)
        return { refresh: true, reason: 'forced', detail: '--force' };
    if (input.wantsValue)
        return { refresh: true, reason: 'output', detail: 'the step output needs a token this run' };
    const stored = input.stored;
    if (!stored)
        return { refresh: true, reason: 'unknown', detail: 'no stored token is known (no state, no secret)' };
    const from = stored.source === 'state' ? 'by the state' : "by the secret's updated_at + 1 hour";
    const left = stored.expiresAtMs - input.nowMs;
    if (left <= 0)
        return { refresh: true, reason: 'expired', detail: `the stored token expired at ${iso(stored.expiresAtMs)} (${from})` };
    if (left <= input.thresholdMs) {
        return { refresh: true, reason: 'due', detail: `the stored token expires at ${iso(stored.expiresAtMs)} (${from}), in ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(left)}: within the ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(input.thresholdMs)} threshold` };
    }
    return {
        refresh: false,
        reason: 'fresh',
        detail: `the stored token expires at ${iso(stored.expiresAtMs)} (${from}), in ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(left)}; it is refreshed from ${iso(stored.expiresAtMs - input.thresholdMs)} (threshold ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(input.thresholdMs)})`,
    };
}
/**
 * A run that refreshes nothing checks whether the token will outlive the gap to the next run, judged by the gap since
 * the last one: a schedule every 30 minutes with the default 5-minute threshold leaves the secret expired for a while.
 */
function lapseWarning(nowMs, lastCheckMs, expiresAtMs, thresholdMs) {
    if (lastCheckMs === undefined || lastCheckMs >= nowMs)
        return undefined;
    const gap = nowMs - lastCheckMs;
    if (expiresAtMs - nowMs - gap > 0)
        return undefined;
    return `runs come about every ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(gap)} and the stored token expires in ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(expiresAtMs - nowMs)}: it will lapse before the next run refreshes it; set --threshold above the schedule interval (e.g. ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(Math.ceil((gap + 5 * 60_000) / 60_000) * 60_000)}), above ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(thresholdMs)}`;
}
/** The metrics after a run: every run is a check; a failure counts towards the consecutive ones, anything else ends them. */
function nextMetrics(previous, outcome, nowIso) {
    return {
        last_check: nowIso,
        last_refresh: outcome === 'refreshed' ? nowIso : previous.last_refresh,
        total_refreshes: previous.total_refreshes + (outcome === 'refreshed' ? 1 : 0),
        failed_refreshes: previous.failed_refreshes + (outcome === 'failed' ? 1 : 0),
        consecutive_failures: outcome === 'failed' ? previous.consecutive_failures + 1 : 0,
    };
}
function labelKey(labels) {
    return [...new Set(labels.map((l) => l.toLowerCase()))].sort();
}
const MAX_NAMES = 10;
/**
 * Offline runners, one finding per label set. High when no online runner carries every label of the set: a job that
 * asks for exactly those labels has nowhere to run. (An online runner with more labels still serves it, which is why
 * this compares supersets rather than equal sets.)
 */
function offlineRunnerFindings(scope, runners) {
    const file = `${scopePath(scope)}/actions/runners`;
    const groups = new Map();
    for (const r of runners) {
        if (r.status !== 'offline')
            continue;
        const labels = labelKey(r.labels);
        const key = labels.join('\u0000');
        const group = groups.get(key) ?? { labels, names: [] };
        group.names.push(r.name);
        groups.set(key, group);
    }
    const online = runners.filter((r) => r.status === 'online').map((r) => new Set(labelKey(r.labels)));
    const findings = [];
    for (const { labels, names } of groups.values()) {
        const servedBy = online.filter((set) => labels.every((l) => set.has(l))).length;
        const shown = names.slice(0, MAX_NAMES).join(', ') + (names.length > MAX_NAMES ? ` and ${names.length - MAX_NAMES} more` : '');
        const set = `[${labels.join(', ')}]`;
        const message = servedBy === 0
            ? `No online runner in ${scopeWords(scope)} carries the labels ${set}: ${names.length} runner(s) with them are offline (${shown}), so jobs asking for them wait; a lapsed registration (an expired registration token) is the usual cause`
            : `${names.length} runner(s) with the labels ${set} are offline in ${scopeWords(scope)} (${shown}); ${servedBy} online runner(s) still serve these labels`;
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .renewalFinding */ .m)(_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNNER_OFFLINE */ .X4, { file, path: ['labels', ...labels], message, severity: servedBy === 0 ? 'high' : 'medium' }));
    }
    return findings;
}
/** The failure of this run as a finding: high, critical from `alertAfter` consecutive failed runs on. */
function refreshFailedFinding(scope, target, stateKey, error, consecutive, alertAfter, expiredAt) {
    const critical = consecutive >= alertAfter;
    const lapse = expiredAt ? `; the stored token expired at ${expiredAt}` : '';
    const message = critical
        ? `Runner token refresh for ${target} has failed ${consecutive} runs in a row${lapse}: runners that register now fail. Last error: ${error}`
        : `Runner token refresh for ${target} failed (${consecutive} consecutive; critical from ${alertAfter})${lapse}: ${error}`;
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .renewalFinding */ .m)(_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNNER_TOKEN_REFRESH_FAILED */ .ln, { file: `${scopePath(scope)}/actions/runners`, path: ['refresh', stateKey], message, severity: critical ? 'critical' : 'high' });
}


/***/ }),

/***/ 4956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRunnerToken: () => (/* binding */ runRunnerToken)
/* harmony export */ });
/* unused harmony exports CLI_CREDENTIAL_HINT, runnerStateKey, permissionMessage */
/* harmony import */ var _expiry_sources_github_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7713);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1338);
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3153);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7022);
/* harmony import */ var _runner_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7795);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9353);
/**
 * Keeps a self-hosted runner registration token (or a JIT runner config) fresh where the runner infrastructure reads
 * it: an encrypted Actions secret in the same scope, and/or a masked step output. Lists the scope's runners first and
 * reports the offline ones. Refreshes only when the stored token is within the threshold of its one-hour expiry (or
 * when asked); a run with nothing to do makes no write. A dry run reads, says what it would do, and writes nothing —
 * not even the state.
 *
 * Values: the minted token goes to `mask` the moment it arrives and leaves only as the secret's sealed value or as an
 * output the caller asked for. Every message passes through `redact` with it first.
 */







const CLI_CREDENTIAL_HINT = 'supply a GitHub App (--app-id, its private key in GITHUB_APP_PRIVATE_KEY, --installation-id) or a PAT in GITHUB_TOKEN/GH_TOKEN that has it';
/** The state entry of a target: one per scope and place the value goes. */
function runnerStateKey(scope, options) {
    const where = options.jit ? 'jit' : options.storeSecret ? `secret:${options.storeSecret.name.toUpperCase()}` : 'output';
    return `${(0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .scopePath */ .Ok)(scope)}#${where}`;
}
function secretTarget(scope, store) {
    if (scope.kind === 'repo')
        return { scope: 'repository', owner: scope.owner, repo: scope.repo };
    if (scope.kind === 'org') {
        return { scope: 'organization', org: scope.org, visibility: store.visibility ?? 'private', ...(store.selectedRepositoryIds ? { selectedRepositoryIds: store.selectedRepositoryIds } : {}) };
    }
    throw new Error('an enterprise has no Actions secrets: store the token as a step output');
}
function describeTarget(scope, options) {
    const what = options.jit ? `JIT config for runner ${options.jit.name}` : 'registration token';
    const places = [];
    if (options.storeSecret)
        places.push(`${scope.kind === 'org' ? 'organisation' : 'repository'} secret ${options.storeSecret.name}`);
    if (options.storeOutput)
        places.push('step output');
    return `${what} for ${(0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .scopeWords */ .AN)(scope)} → ${places.join(' and ') || 'nowhere'}`;
}
/** One clear sentence for a refusal: which permission the step needs, that GITHUB_TOKEN never has it, what to do. */
function permissionMessage(scope, step, error, hint) {
    const secret = step === 'read-secret' || step === 'write-secret';
    const needs = (0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .permissionWords */ .Dq)(secret ? (0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .secretPermission */ .ap)(scope) : (0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .runnerPermission */ .mS)(scope));
    const doing = step === 'list'
        ? `Listing the self-hosted runners of ${(0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .scopeWords */ .AN)(scope)} and minting their registration token`
        : step === 'mint'
            ? `Minting a runner registration token for ${(0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .scopeWords */ .AN)(scope)}`
            : step === 'jit'
                ? `Generating a JIT runner config for ${(0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .scopeWords */ .AN)(scope)}`
                : `${step === 'read-secret' ? 'Reading' : 'Writing'} an Actions secret of ${(0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .scopeWords */ .AN)(scope)}`;
    const said = `GitHub answered ${error.operation} with ${error.status}${error.githubMessage ? ` (${error.githubMessage.split('\n')[0]})` : ''}`;
    if (error instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubAuthError */ .Kz)
        return `${said}: the token is wrong, expired or revoked. ${doing} needs ${needs}; ${hint}.`;
    const notFound = error instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubNotFoundError */ .ZY ? ` A 404 from these endpoints usually means the token lacks the permission (GitHub hides what a token may not touch), less often a misspelt ${scope.kind === 'repo' ? 'repository' : scope.kind === 'org' ? 'organisation' : 'enterprise'}.` : '';
    return `${said}.${notFound} ${doing} needs ${needs}. The default GITHUB_TOKEN never has it, whatever the workflow's permissions block says: ${hint}.`;
}
function isPermissionError(error) {
    return error instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubForbiddenError */ .Hm || error instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubNotFoundError */ .ZY || error instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubAuthError */ .Kz;
}
/** A run that cannot go on; `permission`: GitHub refused the credential (so listing failed for the same reason minting would). */
class RunFailure extends Error {
    permission;
    constructor(message, permission = false) {
        super(message);
        this.permission = permission;
    }
}
async function runRunnerToken(options) {
    const scope = options.scope;
    const api = options.api ?? (options.client ? (0,_github_api_js__WEBPACK_IMPORTED_MODULE_3__/* .githubRenewalApi */ .i)(options.client) : undefined);
    if (!api)
        throw new Error('runRunnerToken needs a client (createRenewalClient) or an api');
    if (scope.kind === 'enterprise' && options.storeSecret)
        throw new Error('an enterprise has no Actions secrets: store the token as a step output');
    if (!options.storeSecret && !options.storeOutput)
        throw new Error('nowhere to put the token: store it as a secret, an output, or both');
    const now = options.now ?? Date.now;
    const policy = { ..._retry_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_RETRY_POLICY */ .cO, ...options.retry };
    const deps = { policy, sleep: options.sleep ?? _retry_js__WEBPACK_IMPORTED_MODULE_4__/* .realSleep */ .uk, random: options.random ?? Math.random, now, ...(options.log ? { onRetry: options.log } : {}) };
    const thresholdMs = options.thresholdMs ?? _runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_THRESHOLD_MS */ .RH;
    const alertAfter = options.alertAfter ?? _runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_ALERT_AFTER */ .EK;
    const hint = options.credentialHint ?? CLI_CREDENTIAL_HINT;
    const key = runnerStateKey(scope, options);
    const target = describeTarget(scope, options);
    const values = [];
    const clean = (text) => (0,_expiry_sources_github_common_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text, values);
    const actions = [];
    const notes = [];
    const findings = [];
    const outputs = {};
    const secretOutputs = [];
    let wrote = false;
    let runnerCounts;
    // The state: read once, written once at the end (never in a dry run).
    let state = (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyRenewalState */ .VV)();
    if (options.state) {
        const loaded = await options.state.load();
        if (loaded.warning)
            notes.push(`renewal state (${options.state.describe()}) not read: ${loaded.warning}`);
        if (loaded.state)
            state = loaded.state;
    }
    const previous = state.runner_tokens[key] ?? { target, expires_at: null, metrics: (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyMetrics */ .Vt)(), last_error: null };
    const step = async (kind, what, work) => {
        try {
            return await (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetries */ .LH)(what, work, deps);
        }
        catch (error) {
            const cause = error instanceof _retry_js__WEBPACK_IMPORTED_MODULE_4__/* .StepFailedError */ .mK ? error.cause : error;
            if (isPermissionError(cause))
                throw new RunFailure(permissionMessage(scope, kind, cause, hint), true);
            if (kind === 'jit' && cause instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_1__.GitHubApiError && cause.status === 409) {
                throw new RunFailure(`a runner named ${options.jit.name} already exists in ${(0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .scopeWords */ .AN)(scope)}: JIT runner names must be unique (add the run id, e.g. ci-\${{ github.run_id }})`);
            }
            if (cause instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubValidationError */ .Pz)
                throw new RunFailure(`${what}: ${cause.message}`);
            throw new RunFailure(error instanceof Error ? error.message : String(error));
        }
    };
    const finish = async (status, outcome, expiresAt, error) => {
        let metrics = previous.metrics;
        const errorText = error === undefined ? undefined : clean(error);
        if (outcome && !options.dryRun) {
            metrics = (0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .nextMetrics */ .dg)(previous.metrics, outcome, new Date(now()).toISOString());
            state.runner_tokens[key] = {
                target,
                expires_at: outcome === 'failed' ? previous.expires_at : expiresAt,
                metrics,
                last_error: errorText ?? (outcome === 'failed' ? previous.last_error : null),
            };
            if (options.state) {
                const saved = await options.state.save(state);
                if (!saved.saved)
                    notes.push(`renewal state (${options.state.describe()}) not saved${saved.warning ? `: ${saved.warning}` : ''}`);
            }
        }
        if (outcome === 'failed' && errorText !== undefined && !options.dryRun) {
            const storedExpiry = previous.expires_at && Date.parse(previous.expires_at) <= now() ? previous.expires_at : undefined;
            findings.push((0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .refreshFailedFinding */ .SB)(scope, target, key, errorText, metrics.consecutive_failures || 1, alertAfter, storedExpiry));
        }
        outputs.refreshed = String(status === 'refreshed');
        if (expiresAt && !options.jit)
            outputs['expires-at'] = expiresAt;
        return {
            status,
            target,
            findings,
            metrics,
            expiresAt,
            outputs,
            secretOutputs,
            actions: actions.map(clean),
            notes: notes.map(clean),
            wrote,
            ...(errorText !== undefined ? { error: errorText } : {}),
            ...(runnerCounts ? { runners: runnerCounts } : {}),
        };
    };
    try {
        // 1. The runners, for the offline report (and an early, clear permission check: listing needs the same permission).
        let runners;
        try {
            runners = await step('list', `GET /${(0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .scopePath */ .Ok)(scope)}/actions/runners`, () => api.listRunners(scope));
        }
        catch (error) {
            if (error instanceof RunFailure && error.permission)
                throw error;
            notes.push(`runners not listed, so offline runners are not reported this run: ${error.message}`);
        }
        if (runners) {
            // A JIT runner made by an earlier run waits offline until its machine starts it; it is reported like any other.
            runnerCounts = { total: runners.length, offline: runners.filter((r) => r.status === 'offline').length };
            findings.push(...(0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .offlineRunnerFindings */ .iy)(scope, runners));
        }
        // 2. Is a refresh needed?
        const store = options.storeSecret ? secretTarget(scope, options.storeSecret) : undefined;
        let decision = (0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .refreshDecision */ .an)({ nowMs: now(), thresholdMs, force: options.force === true, jit: options.jit !== undefined, wantsValue: options.storeOutput === true });
        let storedExpiresAt = previous.expires_at;
        if (decision.reason === 'unknown') {
            let stored;
            if (previous.expires_at)
                stored = { expiresAtMs: Date.parse(previous.expires_at), source: 'state' };
            else if (store && options.storeSecret) {
                // No state: the secret's updated_at is when the token in it was written, so it expires about an hour later.
                const updatedAt = await step('read-secret', `GET the secret ${options.storeSecret.name}`, () => api.secretUpdatedAt(store, options.storeSecret.name));
                if (updatedAt) {
                    stored = { expiresAtMs: Date.parse(updatedAt) + _runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .RUNNER_TOKEN_LIFETIME_MS */ .Mi, source: 'secret' };
                    storedExpiresAt = new Date(stored.expiresAtMs).toISOString();
                }
            }
            decision = (0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .refreshDecision */ .an)({ nowMs: now(), thresholdMs, force: false, jit: false, wantsValue: false, ...(stored ? { stored } : {}) });
            if (!decision.refresh && stored) {
                const lastCheck = previous.metrics.last_check ? Date.parse(previous.metrics.last_check) : undefined;
                const warning = (0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .lapseWarning */ .KD)(now(), lastCheck, stored.expiresAtMs, thresholdMs);
                if (warning)
                    notes.push(warning);
            }
        }
        if (!decision.refresh) {
            actions.push(`nothing to do: ${decision.detail}`);
            return await finish('fresh', 'fresh', storedExpiresAt);
        }
        const mintWhat = options.jit
            ? `POST /${(0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .scopePath */ .Ok)(scope)}/actions/runners/generate-jitconfig (runner ${options.jit.name}, labels ${options.jit.labels.join(', ')}, group ${options.jit.runnerGroupId ?? 1})`
            : `POST /${(0,_runner_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .scopePath */ .Ok)(scope)}/actions/runners/registration-token`;
        const storeWhat = options.storeSecret
            ? `write it to the ${scope.kind === 'org' ? `organisation secret ${options.storeSecret.name} (visibility ${options.storeSecret.visibility ?? 'private'}${options.storeSecret.selectedRepositoryIds ? `, repositories ${options.storeSecret.selectedRepositoryIds.join(', ')}` : ''})` : `repository secret ${options.storeSecret.name}`}, sealed with the ${scope.kind === 'org' ? "organisation's" : "repository's"} public key`
            : undefined;
        if (options.dryRun) {
            actions.push(`would mint: ${mintWhat} — because ${decision.detail}`);
            if (storeWhat)
                actions.push(`would ${storeWhat}`);
            if (options.storeOutput)
                actions.push(`would set the masked step output ${options.jit ? 'jit-config' : 'runner-token'}`);
            actions.push('dry run: nothing was written (run with --apply to do it)');
            return await finish('would-refresh', undefined, storedExpiresAt);
        }
        // 3. Mint. The value is masked before anything else touches it.
        let value;
        let expiresAt;
        if (options.jit) {
            const jit = options.jit;
            const made = await step('jit', mintWhat, () => api.generateJitConfig(scope, { name: jit.name, labels: jit.labels, runnerGroupId: jit.runnerGroupId ?? 1, ...(jit.workFolder ? { workFolder: jit.workFolder } : {}) }));
            value = made.encodedJitConfig;
            values.push(value);
            options.mask(value);
            wrote = true;
            expiresAt = null;
            outputs['runner-id'] = String(made.runnerId);
            outputs['runner-name'] = made.runnerName;
            actions.push(`generated a JIT config for runner ${made.runnerName} (id ${made.runnerId}) — because ${decision.detail}`);
        }
        else {
            const minted = await step('mint', mintWhat, () => api.mintRegistrationToken(scope));
            value = minted.token;
            values.push(value);
            options.mask(value);
            wrote = true;
            expiresAt = minted.expiresAt;
            const left = Date.parse(minted.expiresAt) - now();
            actions.push(`minted a registration token expiring at ${minted.expiresAt} (in ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(left)}) — because ${decision.detail}`);
        }
        if (options.storeOutput) {
            const name = options.jit ? 'jit-config' : 'runner-token';
            outputs[name] = value;
            secretOutputs.push(name);
            actions.push(`set the masked step output ${name}`);
        }
        // 4. Store.
        if (store && options.storeSecret) {
            const name = options.storeSecret.name;
            const how = await step('write-secret', `PUT the secret ${name}`, () => api.writeSecret(store, name, value));
            actions.push(`${how === 'created' ? 'created' : 'updated'} the ${scope.kind === 'org' ? 'organisation' : 'repository'} secret ${name}`);
        }
        return await finish('refreshed', 'refreshed', expiresAt);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!(error instanceof RunFailure) && !(error instanceof _retry_js__WEBPACK_IMPORTED_MODULE_4__/* .StepFailedError */ .mK))
            throw error;
        return await finish('failed', 'failed', previous.expires_at, message);
    }
}


/***/ }),

/***/ 9353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VV: () => (/* binding */ emptyRenewalState),
/* harmony export */   VX: () => (/* binding */ MAX_ROTATION_HISTORY),
/* harmony export */   Vt: () => (/* binding */ emptyMetrics),
/* harmony export */   describeRun: () => (/* binding */ describeRun),
/* harmony export */   parseRenewalState: () => (/* binding */ parseRenewalState),
/* harmony export */   serializeRenewalState: () => (/* binding */ serializeRenewalState)
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

//# sourceMappingURL=956.index.js.map