export const id = 486;
export const ids = [486,353];
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

/***/ 1338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** Durations on the command line (`--threshold 5m`): a bare number is seconds, else units d, h, m, s, e.g. `1h30m`. */
const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };
/** Milliseconds, or undefined when `text` is not a duration. */
function parseDuration(text) {
    const t = text.trim().toLowerCase();
    if (/^\d+$/.test(t))
        return Number(t) * 1000;
    if (!/^(\d+[dhms])+$/.test(t))
        return undefined;
    let ms = 0;
    for (const [, n, unit] of t.matchAll(/(\d+)([dhms])/g))
        ms += Number(n) * UNIT_MS[unit];
    return ms;
}
/** `1h 5m`, `42m`, `30s`, `0s`: the two largest units, rounded down. */
function formatDuration(ms) {
    const negative = ms < 0;
    let rest = Math.floor(Math.abs(ms) / 1000);
    const parts = [];
    for (const [unit, seconds] of [['d', 86_400], ['h', 3600], ['m', 60], ['s', 1]]) {
        const n = Math.floor(rest / seconds);
        rest -= n * seconds;
        if (n > 0 && parts.length < 2)
            parts.push(`${n}${unit}`);
        else if (parts.length > 0)
            break;
    }
    return `${negative ? '-' : ''}${parts.join(' ') || '0s'}`;
}


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

/***/ 9486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRotate: () => (/* binding */ runRotate)
});

// UNUSED EXPORTS: CLI_ROTATE_HINT

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/expiry/sources/github-common.ts
var github_common = __webpack_require__(7713);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/registry/load-file.ts
var load_file = __webpack_require__(618);
// EXTERNAL MODULE: ./src/workflows/lines.ts
var workflows_lines = __webpack_require__(2277);
// EXTERNAL MODULE: ./src/renewal/findings.ts
var findings = __webpack_require__(2788);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/registry/types.ts
var types = __webpack_require__(234);
;// CONCATENATED MODULE: ./src/renewal/generate.ts
/**
 * Random values for generated secrets (`rotation.generate` in the token registry). Every character is drawn uniformly
 * from its alphabet by rejection sampling over `crypto.randomBytes`: a byte is used only when it falls below the
 * largest multiple of the alphabet's size that fits in 256, so `byte % size` carries no modulo bias.
 */


const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Base62 digits for the api-key checksum, in numeric order. */
const BASE62_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const API_KEY_CHECKSUM_LENGTH = 6;
/** The characters a type draws from (api-key: its body and its checksum are both alphanumeric). */
function alphabetOf(type) {
    switch (type) {
        case 'hex':
            return HEX;
        case 'base64':
            return BASE64;
        case 'jwt-secret':
            return BASE64URL;
        default:
            return ALPHANUMERIC;
    }
}
/** The largest multiple of `size` not above 256: bytes at or above it are rejected. */
function rejectionLimit(size) {
    return 256 - (256 % size);
}
/** `length` characters, each uniform over `alphabet` (2–256 distinct characters). */
function uniformString(alphabet, length, randomBytes = external_node_crypto_.randomBytes) {
    const size = alphabet.length;
    if (size < 2 || size > 256)
        throw new RangeError(`an alphabet needs 2 to 256 characters (got ${size})`);
    const limit = rejectionLimit(size);
    const out = [];
    while (out.length < length) {
        const missing = length - out.length;
        // Ask for enough bytes that one batch almost always suffices (a fraction (256 - limit) / 256 is rejected).
        const batch = randomBytes(Math.ceil((missing * 256) / limit) + 8);
        for (const byte of batch) {
            if (byte >= limit)
                continue;
            out.push(alphabet[byte % size]);
            if (out.length === length)
                break;
        }
    }
    return out.join('');
}
const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
/** CRC-32 (IEEE 802.3, as zlib) of the UTF-8 bytes of `text`. */
function crc32(text) {
    let crc = 0xffffffff;
    for (const byte of Buffer.from(text, 'utf8'))
        crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
/** The 6-character base62 checksum an api-key ends with: CRC-32 of the prefix and body (2^32 < 62^6). */
function apiKeyChecksum(prefixAndBody) {
    let n = crc32(prefixAndBody);
    let out = '';
    for (let i = 0; i < API_KEY_CHECKSUM_LENGTH; i++) {
        out = BASE62_DIGITS[n % 62] + out;
        n = Math.floor(n / 62);
    }
    return out;
}
/** True when an api-key value's last 6 characters are the checksum of the rest (a typo or a truncation fails it). */
function apiKeyChecksumValid(value) {
    if (value.length <= API_KEY_CHECKSUM_LENGTH)
        return false;
    const cut = value.length - API_KEY_CHECKSUM_LENGTH;
    return apiKeyChecksum(value.slice(0, cut)) === value.slice(cut);
}
/** Bits of randomness in a value of `type` with `length` characters after the prefix. */
function entropyBits(type, length) {
    const random = type === 'api-key' ? length - API_KEY_CHECKSUM_LENGTH : length;
    return Math.floor(random * types/* GENERATED_LENGTHS */.OQ[type].bitsPerChar);
}
/**
 * A new value for a rotation rule: the prefix, then `length` characters of the type's alphabet (api-key: the last six
 * are a checksum). Throws RangeError for a length the registry would have refused (the registry checks it first).
 */
function generateSecret(spec, randomBytes = external_node_crypto_.randomBytes) {
    const limits = types/* GENERATED_LENGTHS */.OQ[spec.type];
    if (!Number.isInteger(spec.length) || spec.length < limits.min || spec.length > types/* GENERATED_MAX_LENGTH */.Wg || spec.length % limits.multipleOf !== 0) {
        throw new RangeError(`${spec.type} length must be a whole number from ${limits.min} to ${types/* GENERATED_MAX_LENGTH */.Wg}${limits.multipleOf > 1 ? `, a multiple of ${limits.multipleOf}` : ''} (got ${spec.length})`);
    }
    const prefix = spec.prefix ?? '';
    if (spec.type === 'api-key') {
        const body = prefix + uniformString(ALPHANUMERIC, spec.length - API_KEY_CHECKSUM_LENGTH, randomBytes);
        return body + apiKeyChecksum(body);
    }
    return prefix + uniformString(alphabetOf(spec.type), spec.length, randomBytes);
}

// EXTERNAL MODULE: ./src/renewal/github-api.ts + 1 modules
var github_api = __webpack_require__(3153);
// EXTERNAL MODULE: ./src/renewal/retry.ts
var retry = __webpack_require__(7022);
;// CONCATENATED MODULE: ./src/renewal/rotation-policy.ts

const DAY_MS = 86_400_000;
/** `api-key: sk_ + 40 characters (202 random bits)`: what a rule generates, for plans and logs. */
function describeGenerated(rule) {
    const g = rule.generate;
    return `${g.type}: ${g.prefix ? `${g.prefix} + ` : ''}${g.length} characters (${entropyBits(g.type, g.length)} random bits)`;
}
/**
 * One entry per token with a rotation rule, in registry order. Due when forced, when GitHub has no such secret (it is
 * created), or when the secret is at least `max-age-days` old.
 */
function rotationPlan(tokens, updatedAt, nowMs, force = {}) {
    const forced = new Set((force.names ?? []).map((n) => n.toUpperCase()));
    const plan = [];
    for (const token of tokens) {
        const rule = token.rotation;
        if (!rule)
            continue;
        const updated = updatedAt.get(token.key);
        const base = { name: token.name, rule, ...(updated ? { updatedAt: updated } : {}) };
        const ageMs = updated ? nowMs - Date.parse(updated) : undefined;
        const ageDays = ageMs === undefined ? undefined : Math.floor(ageMs / DAY_MS);
        const dueAt = updated ? new Date(Date.parse(updated) + rule.maxAgeDays * DAY_MS).toISOString() : undefined;
        const facts = { ...(ageDays !== undefined ? { ageDays } : {}), ...(dueAt ? { dueAt } : {}) };
        const age = updated ? `updated ${updated.slice(0, 10)}, ${ageDays} day(s) ago` : '';
        if (force.all || forced.has(token.key)) {
            plan.push({ ...base, ...facts, due: true, reason: 'forced', detail: `forced${age ? ` (${age})` : ''}` });
        }
        else if (!updated) {
            plan.push({ ...base, due: true, reason: 'missing', detail: 'no Actions secret of this name yet: it is created' });
        }
        else if (ageMs >= rule.maxAgeDays * DAY_MS) {
            plan.push({ ...base, ...facts, due: true, reason: 'too-old', detail: `${age}: at least max-age-days ${rule.maxAgeDays}` });
        }
        else {
            plan.push({ ...base, ...facts, due: false, reason: 'fresh', detail: `${age}; due ${dueAt.slice(0, 10)} (max-age-days ${rule.maxAgeDays})` });
        }
    }
    return plan;
}

// EXTERNAL MODULE: ./src/renewal/runner-policy.ts
var runner_policy = __webpack_require__(7795);
// EXTERNAL MODULE: ./src/renewal/rules.ts
var renewal_rules = __webpack_require__(8007);
// EXTERNAL MODULE: ./src/renewal/state.ts
var renewal_state = __webpack_require__(9353);
;// CONCATENATED MODULE: ./src/renewal/rotate.ts
/**
 * Rotation of generated secrets: for every registry entry with a `rotation` rule, a fresh random value (generate.ts)
 * is written as the repository's Actions secret once the secret is `max-age-days` old, or when forced. Secrets that
 * are not due are not touched. The history (name, when, which run, never a value) goes to the state.
 *
 * Values: each generated value goes to `mask` before anything else, is sealed for GitHub, and leaves otherwise only
 * as an output the caller asked for (`outputValues`). Every message passes through `redact` with it first.
 */













const CLI_ROTATE_HINT = 'supply a GitHub App (--app-id, its private key in GITHUB_APP_PRIVATE_KEY, --installation-id) or a PAT in GITHUB_TOKEN/GH_TOKEN that has it';
function rotatePermissionMessage(repository, error, hint) {
    const [owner = '', repo = ''] = repository.split('/');
    const needs = (0,runner_policy/* permissionWords */.Dq)((0,runner_policy/* secretPermission */.ap)({ kind: 'repo', owner, repo }));
    const said = `GitHub answered ${error.operation} with ${error.status}${error.githubMessage ? ` (${error.githubMessage.split('\n')[0]})` : ''}`;
    if (error instanceof github_errors/* GitHubAuthError */.Kz)
        return `${said}: the token is wrong, expired or revoked. Rotating the Actions secrets of ${repository} needs ${needs}; ${hint}.`;
    const notFound = error instanceof github_errors/* GitHubNotFoundError */.ZY ? ' A 404 from these endpoints usually means the token lacks the permission, less often a misspelt repository.' : '';
    return `${said}.${notFound} Rotating the Actions secrets of ${repository} needs ${needs}. The default GITHUB_TOKEN never has it, whatever the workflow's permissions block says: ${hint}.`;
}
const isPermissionError = (e) => e instanceof github_errors/* GitHubForbiddenError */.Hm || e instanceof github_errors/* GitHubNotFoundError */.ZY || e instanceof github_errors/* GitHubAuthError */.Kz;
async function runRotate(options) {
    const [owner, repo] = options.repository.split('/');
    if (!owner || !repo)
        throw new errors/* UsageError */.e(`the repository must be OWNER/NAME (got "${options.repository}")`);
    const api = options.api ?? (options.client ? (0,github_api/* githubRenewalApi */.i)(options.client) : undefined);
    if (!api)
        throw new Error('runRotate needs a client (createRenewalClient) or an api');
    const now = options.now ?? Date.now;
    const deps = { policy: { ...retry/* DEFAULT_RETRY_POLICY */.cO, ...options.retry }, sleep: options.sleep ?? retry/* realSleep */.uk, random: options.random ?? Math.random, now, ...(options.log ? { onRetry: options.log } : {}) };
    const hint = options.credentialHint ?? CLI_ROTATE_HINT;
    const target = { scope: 'repository', owner, repo };
    const scopeWords = `repository ${owner}/${repo}`;
    const values = [];
    const clean = (text) => (0,github_common/* redact */.E$)(text, values);
    const result = { status: 'nothing-due', registryFile: null, repository: `${owner}/${repo}`, plan: [], findings: [], outputs: {}, secretOutputs: [], actions: [], notes: [], wrote: false, history: [] };
    const done = () => ({ ...result, actions: result.actions.map(clean), notes: result.notes.map(clean), ...(result.error ? { error: clean(result.error) } : {}) });
    const loaded = await (0,load_file/* loadRegistry */.Ag)(options.root, options.registryPath, options.cwd);
    if (!loaded)
        throw new errors/* UsageError */.e(`no token registry found under ${options.root}: rotation rules live there (rotation: { generate: …, max-age-days: … })`);
    const registry = loaded.registry;
    result.registryFile = loaded.file.path;
    const rules = registry.tokens.filter((t) => t.rotation);
    const forcedNames = options.force?.names ?? [];
    for (const name of forcedNames) {
        if (!rules.some((t) => t.key === name.toUpperCase())) {
            throw new errors/* UsageError */.e(`--force ${name}: no token of that name has a rotation rule in ${loaded.file.path}${rules.length ? ` (rules: ${rules.map((t) => t.name).join(', ')})` : ''}`);
        }
    }
    if (rules.length === 0) {
        result.notes.push(`no token in ${loaded.file.path} has a rotation rule: nothing to rotate`);
        return done();
    }
    const lines = new workflows_lines/* LineIndex */.r(loaded.file.text);
    const failedFinding = (entry, error) => {
        const token = rules.find((t) => t.name === entry.name);
        const pos = lines.position(token.span[0]);
        return (0,findings/* renewalFinding */.m)(renewal_rules/* SECRET_ROTATION_FAILED */.uu, {
            file: loaded.file.path,
            path: ['tokens', token.key, 'rotation'],
            line: pos.line,
            column: pos.column,
            message: `Secret ${entry.name} of ${scopeWords} was due for rotation (${entry.detail}) and was not rotated: ${error}`,
        });
    };
    // Every repository secret's updated_at, in one paginated listing.
    let updatedAt;
    try {
        updatedAt = await (0,retry/* withRetries */.LH)(`GET /repos/${owner}/${repo}/actions/secrets`, () => api.listRepoSecrets(owner, repo), deps);
    }
    catch (error) {
        const cause = error instanceof retry/* StepFailedError */.mK ? error.cause : error;
        if (!(error instanceof retry/* StepFailedError */.mK))
            throw error;
        result.status = 'failed';
        result.error = isPermissionError(cause) ? rotatePermissionMessage(`${owner}/${repo}`, cause, hint) : error.message;
        return done();
    }
    const plan = rotationPlan(rules, updatedAt, now(), { ...(options.force?.all ? { all: true } : {}), names: forcedNames });
    result.plan = plan;
    const due = plan.filter((e) => e.due);
    for (const entry of plan)
        if (!entry.due)
            result.actions.push(`${entry.name}: not due — ${entry.detail}`);
    if (due.length === 0)
        return done();
    if (options.dryRun) {
        for (const entry of due)
            result.actions.push(`${entry.name}: would write a new ${describeGenerated(entry.rule)} to the ${scopeWords} secret, sealed with its public key — because ${entry.detail}`);
        result.actions.push('dry run: nothing was written (run with --apply to do it)');
        result.status = 'would-rotate';
        return done();
    }
    let state = (0,renewal_state/* emptyRenewalState */.VV)();
    if (options.state) {
        const loadedState = await options.state.load();
        if (loadedState.warning)
            result.notes.push(`renewal state (${options.state.describe()}) not read: ${loadedState.warning}`);
        if (loadedState.state)
            state = loadedState.state;
    }
    const run = options.run ?? 'local';
    let fatal;
    let rotated = 0;
    for (const entry of due) {
        const at = new Date(now()).toISOString();
        if (fatal) {
            result.findings.push(failedFinding(entry, 'not tried after the failure above'));
            result.history.push({ name: entry.name, at, run, scope: scopeWords, outcome: 'failed', reason: 'not tried after an earlier permission failure' });
            continue;
        }
        const value = generateSecret(entry.rule.generate, options.randomBytes);
        values.push(value);
        options.mask(value);
        try {
            const how = await (0,retry/* withRetries */.LH)(`PUT the secret ${entry.name}`, () => api.writeSecret(target, entry.name, value), deps);
            result.wrote = true;
            rotated += 1;
            result.actions.push(`${entry.name}: ${how === 'created' ? 'created' : 'rotated'} — a new ${describeGenerated(entry.rule)}, because ${entry.detail}`);
            result.history.push({ name: entry.name, at, run, scope: scopeWords, outcome: how === 'created' ? 'created' : 'rotated', reason: entry.detail });
            if (options.outputValues) {
                result.outputs[entry.name] = value;
                result.secretOutputs.push(entry.name);
            }
        }
        catch (error) {
            if (!(error instanceof retry/* StepFailedError */.mK))
                throw error;
            const cause = error.cause;
            const message = clean(isPermissionError(cause) ? rotatePermissionMessage(`${owner}/${repo}`, cause, hint) : error.message);
            if (isPermissionError(cause))
                fatal = message;
            result.findings.push(failedFinding(entry, message));
            result.history.push({ name: entry.name, at, run, scope: scopeWords, outcome: 'failed', reason: clean(error.message) });
            result.error ??= message;
        }
    }
    result.status = rotated === due.length ? 'rotated' : rotated === 0 ? 'failed' : 'partial';
    if (options.state) {
        state.rotations = [...state.rotations, ...result.history].slice(-renewal_state/* MAX_ROTATION_HISTORY */.VX);
        const saved = await options.state.save(state);
        if (!saved.saved)
            result.notes.push(`renewal state (${options.state.describe()}) not saved${saved.warning ? `: ${saved.warning}` : ''}`);
    }
    return done();
}


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

//# sourceMappingURL=486.index.js.map