export const id = 426;
export const ids = [426,19,116];
export const modules = {

/***/ 3426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionTrend: () => (/* binding */ actionTrend),
  runActionExpiry: () => (/* binding */ runActionExpiry)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/github/api-url.ts
var api_url = __webpack_require__(7019);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/expiry/sources/github-common.ts
var github_common = __webpack_require__(7713);
;// CONCATENATED MODULE: ./src/expiry/sources/types.ts
/** An empty result, for sources with nothing to do. */
function emptyResult() {
    return { observations: new Map(), notes: [], calls: 0 };
}
/** The observation for `key` in `result`, created on first use. */
function observe(result, key) {
    let o = result.observations.get(key);
    if (!o) {
        o = { evidence: [], notes: [] };
        result.observations.set(key, o);
    }
    o.evidence ??= [];
    o.notes ??= [];
    return o;
}

;// CONCATENATED MODULE: ./src/expiry/sources/actions-secrets.ts
/**
 * The `actions-secret` expiry source: when each registered token's Actions secret was last updated, from GitHub's
 * secret lists (repository, the environments the registry names, and optionally the organisation). A secret's
 * `updated_at` is when its value last changed, so `updated_at + max-age-days` is when the entry is due for rotation
 * (or `+ policy.max-lifetime-days` for its kind when the entry sets no max-age-days). Needs a token that may read
 * secrets; the default GITHUB_TOKEN may not, and then the source says so once and does nothing else.
 */



const PERMISSION_NOTE = 'Actions secret age needs a token that can read secrets (fine-grained/App: Secrets read (repository), Environments read for environment secrets, Organization secrets read; classic: repo, admin:org for organisation secrets); the default GITHUB_TOKEN cannot';
const dateOf = (iso) => iso.slice(0, 10);
function plusDays(iso, days) {
    return new Date(Date.parse(iso) + days * github_common/* DAY_MS */.sO).toISOString().replace('.000Z', 'Z');
}
function describeCopy(token, copy, maxLifetimeDays, o) {
    const updated = dateOf(copy.updatedAt);
    o.notes.push(`Actions secret updated ${updated} (${copy.scope})`);
    if (token.maxAgeDays !== undefined) {
        o.evidence.push({ source: 'actions-secret', expiresAt: plusDays(copy.updatedAt, token.maxAgeDays), lifetimeDays: token.maxAgeDays, note: `secret updated ${updated} (${copy.scope}) + max-age-days ${token.maxAgeDays}` });
    }
    else if (maxLifetimeDays !== undefined) {
        o.evidence.push({ source: 'actions-secret', expiresAt: plusDays(copy.updatedAt, maxLifetimeDays), lifetimeDays: maxLifetimeDays, note: `secret updated ${updated} (${copy.scope}) + policy.max-lifetime-days ${maxLifetimeDays}` });
    }
    if (token.rotated && updated > token.rotated) {
        o.notes.push(`the registry's rotated ${token.rotated} is stale: the secret was updated ${updated} (${copy.scope}); set rotated: ${updated}`);
    }
}
function actionsSecretsSource(options) {
    return {
        name: 'actions-secret',
        async collect(context) {
            const result = emptyResult();
            const [owner, repo] = options.repository.split('/');
            const warn = (message, token) => result.notes.push({ source: 'actions-secret', level: 'warning', message, ...(token ? { token } : {}) });
            const info = (message) => result.notes.push({ source: 'actions-secret', level: 'info', message });
            if (!owner || !repo) {
                warn(`the repository must be owner/name (got "${options.repository}")`);
                return result;
            }
            if (!options.apiToken) {
                info(PERMISSION_NOTE);
                return result;
            }
            context.mask(options.apiToken);
            const secrets = [options.apiToken];
            let client;
            try {
                client = await options.clientFor({ type: 'token', token: options.apiToken });
            }
            catch (error) {
                warn(`the Actions secrets could not be listed: ${(0,github_common/* failureText */.kY)(error, secrets)}`);
                return result;
            }
            const environments = [...new Set(context.registry.tokens.flatMap((t) => t.environments ?? []))];
            const org = options.org === true ? owner : typeof options.org === 'string' && options.org ? options.org : undefined;
            const scopes = [
                { kind: 'repository', label: 'repository', list: (c) => c.paginate.iterator(c.rest.actions.listRepoSecrets, { owner, repo, per_page: 100 }) },
                ...environments.map((environment) => ({
                    kind: 'environment',
                    environment,
                    label: `environment ${environment}`,
                    list: (c) => c.paginate.iterator(c.rest.actions.listEnvironmentSecrets, { owner, repo, environment_name: environment, per_page: 100 }),
                })),
                ...(org ? [{ kind: 'organisation', label: `organisation ${org}`, list: (c) => c.paginate.iterator(c.rest.actions.listOrgSecrets, { org, per_page: 100 }) }] : []),
            ];
            // Secret name (upper case, as GitHub keeps it) → the copies found, in scope order.
            const copies = new Map();
            const listed = [];
            const refusedEnvironments = [];
            /** Per-token remarks about environments the token names that could not be read. */
            const environmentTrouble = new Map();
            for (const scope of scopes) {
                const found = [];
                try {
                    // Each page is a call; a page that fails is one too.
                    for await (const page of scope.list(client)) {
                        result.calls += 1;
                        found.push(...page.data);
                    }
                }
                catch (error) {
                    result.calls += 1;
                    if (scope.kind === 'repository') {
                        // Without the repository's list nothing else is worth asking: one note, and the declared dates decide.
                        if (error instanceof errors/* GitHubForbiddenError */.Hm)
                            info(PERMISSION_NOTE);
                        else if (error instanceof errors/* GitHubAuthError */.Kz)
                            warn(`the token for listing Actions secrets was refused (401): ${(0,github_common/* failureText */.kY)(error, secrets)}`);
                        else if (error instanceof errors/* GitHubNotFoundError */.ZY)
                            warn(`repository ${owner}/${repo} not found, or the token cannot see it: Actions secrets not listed`);
                        else
                            warn(`the Actions secrets of ${owner}/${repo} could not be listed: ${(0,github_common/* failureText */.kY)(error, secrets)}`);
                        return result;
                    }
                    if (scope.kind === 'environment') {
                        if (error instanceof errors/* GitHubNotFoundError */.ZY)
                            environmentTrouble.set(scope.environment, `environment ${scope.environment} not found in ${owner}/${repo} (GitHub answered 404): its secrets were not checked`);
                        else if (error instanceof errors/* GitHubForbiddenError */.Hm) {
                            refusedEnvironments.push(scope.environment);
                            environmentTrouble.set(scope.environment, `environment ${scope.environment}: the token may not read its secrets`);
                        }
                        else {
                            environmentTrouble.set(scope.environment, `environment ${scope.environment}: its secrets could not be listed`);
                            warn(`the secrets of environment ${scope.environment} could not be listed: ${(0,github_common/* failureText */.kY)(error, secrets)}`);
                        }
                        continue;
                    }
                    if (error instanceof errors/* GitHubForbiddenError */.Hm)
                        info(`organisation secrets of ${org} need Organization secrets read (fine-grained/App) or admin:org (classic): not checked`);
                    else if (error instanceof errors/* GitHubNotFoundError */.ZY)
                        info(`${org} is not an organisation, or the token cannot see it: organisation secrets not checked`);
                    else
                        warn(`the organisation secrets of ${org} could not be listed: ${(0,github_common/* failureText */.kY)(error, secrets)}`);
                    continue;
                }
                listed.push(scope.label);
                for (const secret of found) {
                    const key = secret.name.toUpperCase();
                    copies.set(key, [...(copies.get(key) ?? []), { scope: scope.label, updatedAt: secret.updated_at }]);
                }
            }
            if (refusedEnvironments.length) {
                info(`environment secrets need Environments read (fine-grained/App) or repo (classic): ${refusedEnvironments.join(', ')} not checked`);
            }
            for (const token of context.registry.tokens) {
                const mine = copies.get(token.key);
                // A token no workflow may use (a runtime or Vault token listed for the inventory) need not be an Actions
                // secret: its absence is no news. When it is one after all, its age still counts.
                if (!mine && token.usedBy && token.usedBy.length === 0)
                    continue;
                const o = observe(result, token.key);
                for (const environment of token.environments ?? []) {
                    const trouble = environmentTrouble.get(environment);
                    if (trouble)
                        o.notes.push(trouble);
                }
                if (!mine) {
                    o.notes.push(`no Actions secret named ${token.key} in ${owner}/${repo} (${listed.join(', ')})`);
                    continue;
                }
                for (const copy of mine)
                    describeCopy(token, copy, context.registry.policy.maxLifetimeDays[token.kind], o);
            }
            return result;
        },
    };
}

// EXTERNAL MODULE: ./src/expiry/sources/values.ts
var sources_values = __webpack_require__(3014);
;// CONCATENATED MODULE: ./src/expiry/sources/github-app.ts
/**
 * The `github-app` expiry source: for each `github-app` entry with an `app-id` whose value is the App's private key,
 * signs one App JWT (through the client factory's `app-jwt` mode: nothing is minted) and reads the installation —
 * `GET /app/installations/{installation-id}`, else the installation on the scanned repository. The installation's
 * permissions feed `token-scope-drift`. A private key does not expire, but saying so would make every App key
 * "never expires"; its age is left to `rotated` + `max-age-days`. A 401 means GitHub refused the key.
 */




/**
 * Registers the key with the masker in every form a log could show it: whole, with real line breaks when it was
 * written with `\n`, and line by line (a multi-line mask does not reliably cover single lines).
 */
function maskKey(value, mask) {
    const key = value.includes('\\n') ? value.replace(/\\n/g, '\n') : value;
    if (key !== value)
        mask(key);
    for (const line of key.split(/\r?\n/)) {
        const body = line.trim();
        if (body.length >= sources_values/* MIN_VALUE_LENGTH */.YW && !body.startsWith('-----'))
            mask(body);
    }
    return key;
}
function githubAppSource(options) {
    return {
        name: 'github-app',
        async collect(context) {
            const result = emptyResult();
            const [owner, repo] = (options.repository ?? '').split('/');
            const work = [];
            const keys = [];
            for (const token of context.registry.tokens) {
                if (token.kind !== 'github-app')
                    continue;
                const value = context.valueOf(token);
                // An App token (ghs_/ghu_) is the github source's; no value, nothing to check.
                if (!value || (0,github_common/* githubPrefix */.UM)(value))
                    continue;
                const o = observe(result, token.key);
                if (!github_common/* PEM_PRIVATE_KEY */.Z.test(value)) {
                    o.notes.push('the value is not a PEM private key, so the App was not checked');
                    continue;
                }
                const key = maskKey(value, context.mask);
                keys.push(value, key);
                o.valueKind = 'GitHub App private key (PEM)';
                if (token.appId === undefined) {
                    o.notes.push('no app-id in the registry, so the App key was not checked');
                    continue;
                }
                if (token.installationId === undefined && (!owner || !repo)) {
                    o.notes.push('no installation-id in the registry and no repository to look the installation up on, so the App was not checked');
                    continue;
                }
                work.push({ token, key, appId: token.appId });
            }
            const answers = await (0,github_common/* mapLimit */.sf)(work, options.concurrency ?? 4, async ({ token, key, appId }) => {
                const secrets = [...keys];
                try {
                    const client = await options.clientFor({ type: 'app-jwt', appId, privateKey: key });
                    // The factory masks the JWT; mask it here too, so a masker wired only to the context still covers it.
                    const jwt = (await client.auth()).token;
                    if (typeof jwt === 'string') {
                        context.mask(jwt);
                        secrets.push(jwt);
                    }
                    result.calls += 1;
                    const { data } = token.installationId !== undefined
                        ? await client.rest.apps.getInstallation({ installation_id: token.installationId })
                        : await client.rest.apps.getRepoInstallation({ owner: owner, repo: repo });
                    return { ok: true, installation: data };
                }
                catch (error) {
                    return { ok: false, error, secrets };
                }
            });
            work.forEach(({ token, appId }, i) => {
                const o = observe(result, token.key);
                const answer = answers[i];
                if (answer.ok) {
                    const { installation } = answer;
                    o.permissions = Object.fromEntries(Object.entries(installation.permissions).filter((e) => typeof e[1] === 'string'));
                    o.scopesSource = 'github-app';
                    const where = token.installationId !== undefined ? `account ${installation.account?.login ?? '?'} (${installation.repository_selection} repositories)` : `${owner}/${repo}`;
                    o.notes.push(`App installation ${installation.id} on ${where}`);
                    if (installation.suspended_at)
                        o.notes.push(`the installation is suspended since ${installation.suspended_at.slice(0, 10)}: the App can do nothing there`);
                    return;
                }
                const { error } = answer;
                if (error instanceof errors/* GitHubAuthError */.Kz) {
                    o.evidence.push({ source: 'github-app', expiresAt: new Date(context.nowMs).toISOString(), note: 'GitHub refused the App key (401): revoked, or the app-id is wrong' });
                }
                else if (error instanceof errors/* GitHubNotFoundError */.ZY) {
                    o.notes.push(token.installationId !== undefined ? `GitHub found no installation ${token.installationId} of App ${appId}` : `App ${appId} is not installed on ${owner}/${repo}`);
                }
                else {
                    result.notes.push({ source: 'github-app', level: 'warning', token: token.name, message: `could not check the App of ${token.name}: ${(0,github_common/* failureText */.kY)(error, answer.secrets)}` });
                }
            });
            return result;
        },
    };
}

// EXTERNAL MODULE: ./src/expiry/policy.ts
var policy = __webpack_require__(2717);
;// CONCATENATED MODULE: ./src/expiry/sources/github.ts
/**
 * The `github` expiry source: asks GitHub about each GitHub token value, with one `GET /rate_limit` per value (it
 * costs no rate limit). GitHub's answer says when the token expires (`github-authentication-token-expiration`), which
 * classic scopes it has (`x-oauth-scopes`), and a 401 says it is expired or revoked. The value's prefix says what
 * kind of token it is. It reports data; ../token.ts judges it.
 */




const GITHUB_KINDS = new Set(['github-pat', 'github-pat-fine-grained', 'github-app']);
const EXPIRY_HEADER = 'github-authentication-token-expiration';
/**
 * GitHub's expiry header as an ISO timestamp: `2027-01-05 10:00:00 UTC` → `2027-01-05T10:00:00Z`,
 * `2027-01-05 10:00:00 +0100` → `2027-01-05T10:00:00+01:00`. Undefined when it is neither.
 */
function parseExpiryHeader(header) {
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}) ?(UTC|Z|[+-]\d{2}:?\d{2})$/.exec(header.trim());
    if (!m)
        return undefined;
    const zone = m[3] === 'UTC' || m[3] === 'Z' ? 'Z' : `${m[3].slice(0, 3)}:${m[3].slice(-2)}`;
    const iso = `${m[1]}T${m[2]}${zone}`;
    return (0,policy/* parseInstant */.nV)(iso) === undefined ? undefined : iso;
}
/** `x-oauth-scopes` as a list: absent → undefined (not a classic token); empty → [] (a classic token without scopes). */
function parseScopesHeader(header) {
    if (header === undefined)
        return undefined;
    return header.split(',').map((s) => s.trim()).filter(Boolean);
}
/** What the prefix says, and whether to ask GitHub; undefined when the token is none of this source's business. */
function classify(token, value) {
    const prefix = (0,github_common/* githubPrefix */.UM)(value);
    if (prefix) {
        const base = { prefix, words: prefix.words };
        if (!prefix.callable)
            return { ...base, ask: false, skipNote: `a refresh token (ghr_) cannot call the API, so GitHub was not asked; it lasts 6 months and is renewed with each use` };
        return { ...base, ask: true };
    }
    if (!GITHUB_KINDS.has(token.kind))
        return undefined;
    // An App's private key is the github-app source's.
    if (token.kind === 'github-app')
        return undefined;
    if (token.kind === 'github-pat' && github_common/* OLD_FORMAT_TOKEN */.UU.test(value))
        return { words: 'classic token in the old format (40 hex digits, no prefix)', ask: true };
    // Asking GitHub with something that is no token would get a 401 and read as "revoked".
    return { words: 'not a GitHub token (no ghp_ or github_pat_ prefix)', ask: false, skipNote: `the value does not look like a GitHub token (no ghp_ or github_pat_ prefix), so GitHub was not asked: check the secret or the entry's env` };
}
function mismatch(token, prefix, words) {
    if (!prefix || token.kind === 'other' || token.kind === prefix.registryKind)
        return undefined;
    // A github-app entry may hold any App token; only a PAT or OAuth value is a mismatch there.
    if (token.kind === 'github-app' && prefix.registryKind === 'github-app')
        return undefined;
    return `registered as kind ${token.kind}, but the value is ${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}${prefix.registryKind ? `: kind ${prefix.registryKind}` : ''}`;
}
function describeHeaders(o, prefix, headers) {
    const expiry = headers[EXPIRY_HEADER] === undefined ? undefined : String(headers[EXPIRY_HEADER]);
    const scopes = parseScopesHeader(headers['x-oauth-scopes'] === undefined ? undefined : String(headers['x-oauth-scopes']));
    if (scopes) {
        o.classicScopes = scopes;
        o.scopesSource = 'github';
    }
    const p = prefix?.prefix;
    if (expiry !== undefined) {
        const expiresAt = parseExpiryHeader(expiry);
        if (expiresAt)
            o.evidence.push({ source: 'github', expiresAt, note: `GitHub: expires ${expiry}` });
        else
            o.notes.push(`GitHub sent an expiry header that could not be read ("${expiry.slice(0, 40)}")`);
    }
    else if (p === 'github_pat_') {
        o.notes.push('GitHub sent no expiry header, which it does not always send for fine-grained PATs: this does not mean the token never expires; declare `expires`');
    }
    else if (p === 'ghp_' || p === undefined) {
        o.neverExpires = { source: 'github', note: 'GitHub sent no expiry header: the token never expires' };
    }
    else if (p === 'gho_') {
        o.neverExpires = { source: 'github', note: 'GitHub sent no expiry header: the OAuth token never expires (GitHub revokes it after a year unused)' };
    }
    if (p === 'ghs_')
        o.notes.push('an installation token (ghs_) lives at most 1 hour: a stored one is soon useless; mint it when needed');
    if (p === 'ghu_')
        o.notes.push('a user-to-server token (ghu_) lives 8 hours and is renewed with its refresh token (ghr_)');
}
function githubSource(options) {
    return {
        name: 'github',
        async collect(context) {
            const result = emptyResult();
            const work = [];
            for (const token of context.registry.tokens) {
                const value = context.valueOf(token);
                if (!value)
                    continue;
                const kind = classify(token, value);
                if (kind)
                    work.push({ token, value, kind });
            }
            // One request per distinct value: two entries for one secret cost one call.
            const probes = new Map();
            const ask = (value) => {
                let p = probes.get(value);
                if (!p) {
                    p = (async () => {
                        try {
                            const client = await options.clientFor({ type: 'token', token: value });
                            result.calls += 1;
                            const { headers } = await client.rest.rateLimit.get();
                            return { ok: true, headers: headers };
                        }
                        catch (error) {
                            return { ok: false, error };
                        }
                    })();
                    probes.set(value, p);
                }
                return p;
            };
            const answers = await (0,github_common/* mapLimit */.sf)(work, options.concurrency ?? 4, (w) => (w.kind.ask ? ask(w.value) : Promise.resolve(undefined)));
            const values = work.map((w) => w.value);
            work.forEach(({ token, kind }, i) => {
                const o = observe(result, token.key);
                o.valueKind = kind.words;
                const wrong = mismatch(token, kind.prefix, kind.words);
                if (wrong)
                    o.notes.push(wrong);
                if (kind.skipNote)
                    o.notes.push(kind.skipNote);
                const answer = answers[i];
                if (!answer)
                    return;
                if (answer.ok) {
                    describeHeaders(o, kind.prefix, answer.headers);
                }
                else if (answer.error instanceof errors/* GitHubAuthError */.Kz) {
                    o.evidence.push({ source: 'github', expiresAt: new Date(context.nowMs).toISOString(), note: 'GitHub answered 401 Bad credentials: the token is expired or revoked' });
                }
                else {
                    result.notes.push({ source: 'github', level: 'warning', token: token.name, message: `could not ask GitHub about ${token.name}: ${(0,github_common/* failureText */.kY)(answer.error, values)}` });
                }
            });
            return result;
        },
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/expiry/sources/jwt.ts
/**
 * The `jwt` expiry source: reads `exp`, `nbf` and `iat` from tokens that are JSON Web Tokens (registry kind `jwt`, or
 * any value shaped like a compact JWS whose header names an `alg`). Nothing is verified: no key is at hand, and the
 * dates are only read to say when the token lapses. Decoding is bounded (16 KiB, strict base64url, JSON objects,
 * numeric dates within year 9999) so a hostile value costs nothing and cannot make us print it.
 *
 * Clock skew: the leeway (default 60 s, at most 5 min) only decides whether a `nbf` or `iat` in the future is worth a
 * note. `exp` is always reported as it is, even a few seconds past: whether that is expired is the policy's call, and
 * a leeway that moved the date would make a dead token look alive.
 *
 * Secrets: the decoded header and payload text and each of the three segments go to `context.mask` (a payload can
 * carry anything); notes quote only dates, the token's registry name and the `alg` name.
 */



const DEFAULT_JWT_MAX_BYTES = 16 * 1024;
const DEFAULT_LEEWAY_SECONDS = 60;
const MAX_LEEWAY_SECONDS = 300;
/** 9999-12-31T23:59:59Z: a NumericDate past it is absurd (often milliseconds written where seconds belong). */
const MAX_NUMERIC_DATE = 253_402_300_799;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Strict base64url (no padding, no other alphabet) to UTF-8 text; undefined when it is not. */
function decodeSegment(segment) {
    if (!BASE64URL.test(segment) || segment.length % 4 === 1)
        return undefined;
    try {
        return utf8.decode(Buffer.from(segment, 'base64url'));
    }
    catch {
        return undefined;
    }
}
function jsonObject(text) {
    try {
        const value = JSON.parse(text);
        return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Decodes a compact JWS (`header.payload.signature`) WITHOUT verifying it. Pure. Refuses values over `maxBytes`,
 * anything but three strict base64url segments, a header that is not a JSON object with a string `alg`, a payload
 * that is not a JSON object, and `exp`/`nbf`/`iat` that are not numbers between 0 and year 9999 (or `exp` before
 * `iat`). A JWE (five segments, `enc` in the header) is reported as encrypted.
 */
function decodeJwt(value, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_JWT_MAX_BYTES;
    const segments = [];
    const decodedTexts = [];
    let looksLikeJwt = false;
    const fail = (reason, message) => ({ ok: false, reason, message, looksLikeJwt, segments, decodedTexts });
    if (Buffer.byteLength(value, 'utf8') > maxBytes)
        return fail('too-long', `longer than ${maxBytes} bytes`);
    const parts = value.trim().split('.');
    segments.push(...parts.filter((p) => p.length > 0));
    if (parts.length !== 3 && parts.length !== 5)
        return fail('not-compact', 'not three dot-separated base64url segments');
    const headerText = decodeSegment(parts[0]);
    if (headerText === undefined)
        return fail('bad-header', 'the header is not base64url-encoded JSON');
    decodedTexts.push(headerText);
    const header = jsonObject(headerText);
    if (!header)
        return fail('bad-header', 'the header is not base64url-encoded JSON');
    if (typeof header.alg !== 'string' || header.alg === '')
        return fail('bad-header', 'the header has no "alg"');
    if (parts.length === 5) {
        looksLikeJwt = typeof header.enc === 'string';
        return fail(looksLikeJwt ? 'encrypted' : 'not-compact', looksLikeJwt ? 'an encrypted JWT (JWE): its claims cannot be read' : 'not three dot-separated base64url segments');
    }
    looksLikeJwt = true;
    const [rawHeader, rawPayload, signature] = parts;
    if (signature !== '' && !BASE64URL.test(signature))
        return fail('not-compact', 'the signature is not base64url');
    const payloadText = decodeSegment(rawPayload);
    if (payloadText === undefined)
        return fail('bad-payload', 'the payload is not base64url-encoded UTF-8');
    decodedTexts.push(payloadText);
    const payload = jsonObject(payloadText);
    if (!payload)
        return fail('not-object', 'the payload is not a JSON object');
    const dates = {};
    for (const claim of ['exp', 'nbf', 'iat']) {
        const v = payload[claim];
        if (v === undefined)
            continue;
        if (typeof v !== 'number' || !Number.isFinite(v))
            return fail('bad-claim', `"${claim}" is not a number`);
        if (v < 0 || v > MAX_NUMERIC_DATE)
            return fail('bad-claim', `"${claim}" is not a date between 1970 and 9999 (milliseconds instead of seconds?)`);
        dates[claim] = v;
    }
    if (dates.exp !== undefined && dates.iat !== undefined && dates.exp < dates.iat)
        return fail('bad-claim', '"exp" is before "iat"');
    return { ok: true, header, payload, alg: header.alg, segments: [rawHeader, rawPayload, signature], headerText, payloadText, ...dates };
}
/** The leeway in seconds: default 60, a whole number from 0 to 300; anything else is a usage error. */
function jwtLeewaySeconds(seconds) {
    if (seconds === undefined)
        return DEFAULT_LEEWAY_SECONDS;
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_LEEWAY_SECONDS) {
        throw new src_errors/* UsageError */.e(`the JWT clock-skew leeway must be a whole number of seconds from 0 to ${MAX_LEEWAY_SECONDS}, not ${String(seconds)}`);
    }
    return seconds;
}
/** An ISO timestamp of a NumericDate (whole milliseconds; `.000` dropped). */
function numericDateIso(seconds) {
    return new Date(Math.floor(seconds * 1000)).toISOString().replace('.000Z', 'Z');
}
/** `alg` is safe to print only when it looks like an algorithm name. */
function algLabel(alg) {
    return /^[A-Za-z0-9+._-]{1,20}$/.test(alg) ? alg : 'unknown alg';
}
function maskAll(context, texts) {
    for (const text of texts)
        if (text.length >= sources_values/* MIN_VALUE_LENGTH */.YW)
            context.mask(text);
}
function observeJwt(result, token, jwt, nowMs, leewayMs) {
    const o = observe(result, token.key);
    o.valueKind = `JSON Web Token (${algLabel(jwt.alg)})`;
    if (jwt.exp !== undefined) {
        const expiresAt = numericDateIso(jwt.exp);
        const lifetimeDays = jwt.iat !== undefined ? Math.floor((jwt.exp - jwt.iat) / 86_400) : undefined;
        const issued = jwt.iat !== undefined ? `, issued ${numericDateIso(jwt.iat)} (lifetime ${lifetimeDays} days)` : '';
        o.evidence.push({ source: 'jwt', expiresAt, ...(lifetimeDays !== undefined ? { lifetimeDays } : {}), note: `JWT exp ${expiresAt}${issued}` });
    }
    else {
        const note = 'JWT without exp: never expires';
        o.neverExpires = { source: 'jwt', note };
        o.notes.push(note);
    }
    if (jwt.nbf !== undefined && jwt.nbf * 1000 > nowMs + leewayMs)
        o.notes.push(`JWT not valid before ${numericDateIso(jwt.nbf)} (nbf)`);
    if (jwt.iat !== undefined && jwt.iat * 1000 > nowMs + leewayMs)
        o.notes.push(`JWT issued in the future (iat ${numericDateIso(jwt.iat)}): check the clocks`);
}
/** The `jwt` source. Throws a UsageError at once for a leeway out of bounds. */
function jwtSource(options = {}) {
    const leewayMs = jwtLeewaySeconds(options.leewaySeconds) * 1000;
    const maxBytes = options.maxBytes ?? DEFAULT_JWT_MAX_BYTES;
    return {
        name: 'jwt',
        async collect(context) {
            const result = emptyResult();
            const unset = [];
            for (const token of context.registry.tokens) {
                const value = context.valueOf(token);
                if (value === undefined) {
                    if (token.kind === 'jwt')
                        unset.push(`${token.name} (${(0,sources_values/* valueVariable */._P)(token)})`);
                    continue;
                }
                const decoded = decodeJwt(value, { maxBytes });
                // Masked whatever the outcome, for a `jwt` entry or anything shaped like one: parts of a secret are secret.
                if (decoded.ok)
                    maskAll(context, [...decoded.segments, decoded.headerText, decoded.payloadText]);
                else if (token.kind === 'jwt' || decoded.looksLikeJwt)
                    maskAll(context, [...decoded.segments, ...decoded.decodedTexts]);
                if (decoded.ok)
                    observeJwt(result, token, decoded, context.nowMs, leewayMs);
                else if (token.kind === 'jwt')
                    observe(result, token.key).notes.push(`the value of ${token.name} is not a JWT (${decoded.message})`);
                else if (decoded.looksLikeJwt)
                    observe(result, token.key).notes.push(`the value of ${token.name} looks like a JWT but cannot be read (${decoded.message})`);
            }
            if (unset.length)
                result.notes.push({ source: 'jwt', level: 'info', message: `no value in the environment for ${unset.join(', ')}: not decoded` });
            return result;
        },
    };
}

// EXTERNAL MODULE: ./src/vault/client.ts
var vault_client = __webpack_require__(3157);
// EXTERNAL MODULE: ./src/vault/errors.ts
var vault_errors = __webpack_require__(4073);
;// CONCATENATED MODULE: ./src/expiry/sources/vault.ts




const DAY_MS = 86_400_000;
const VAULT_INVALID_TOKEN_NOTE = 'Vault answered 403 (invalid token): expired or revoked';
const VAULT_NEVER_EXPIRES_NOTE = 'Vault root/non-expiring token (ttl 0)';
/** ISO without `.000`. */
function iso(ms) {
    return new Date(ms).toISOString().replace('.000Z', 'Z');
}
function days(seconds) {
    const d = seconds / 86_400;
    return Number.isInteger(d) ? `${d} days` : `${Math.floor(d)}+ days`;
}
/** What one lookup says, as evidence and notes. Pure; `nowMs` is the run's clock. */
function observeVaultLookup(result, token, info, nowMs) {
    const o = observe(result, token.key);
    o.valueKind = info.type === 'batch' ? 'Vault batch token' : 'Vault service token';
    const expireMs = info.expireTime ? Date.parse(info.expireTime) : Number.NaN;
    const expiresAtMs = Number.isFinite(expireMs) ? expireMs : info.ttl > 0 ? nowMs + info.ttl * 1000 : undefined;
    if (expiresAtMs === undefined) {
        o.neverExpires = { source: 'vault', note: VAULT_NEVER_EXPIRES_NOTE };
        if (info.policies.includes('root'))
            o.notes.push('Vault: a root token (policy "root")');
    }
    else {
        const creationMs = info.creationTime !== undefined ? info.creationTime * 1000 : undefined;
        let lifetimeDays;
        if (info.explicitMaxTtl > 0)
            lifetimeDays = Math.floor(info.explicitMaxTtl / 86_400);
        else if (creationMs !== undefined && expiresAtMs >= creationMs)
            lifetimeDays = Math.floor((expiresAtMs - creationMs) / DAY_MS);
        const parts = [`ttl ${info.ttl} s`, info.renewable ? 'renewable' : 'not renewable'];
        if (info.creationTtl > 0 && info.creationTtl !== info.ttl)
            parts.push(`created with ttl ${info.creationTtl} s`);
        o.evidence.push({ source: 'vault', expiresAt: iso(expiresAtMs), ...(lifetimeDays !== undefined ? { lifetimeDays } : {}), note: `Vault: ${parts.join(', ')}` });
    }
    if (info.explicitMaxTtl > 0) {
        const until = info.creationTime !== undefined ? `: renewals cannot go past ${iso((info.creationTime + info.explicitMaxTtl) * 1000)}` : '';
        o.notes.push(`Vault: explicit max TTL ${info.explicitMaxTtl} s (${days(info.explicitMaxTtl)})${until}`);
    }
    if (info.period !== undefined)
        o.notes.push(`Vault: periodic token (period ${info.period} s): each renewal resets the ttl to the period`);
    if (!info.renewable && expiresAtMs !== undefined)
        o.notes.push(info.type === 'batch' ? 'not renewable (batch token): must be re-issued' : 'not renewable: must be re-issued');
    if (info.numUses !== undefined && info.numUses > 0)
        o.notes.push(`Vault: limited to ${info.numUses} more uses`);
}
function vaultSource(options = {}) {
    const { env = process.env, createClient = vault_client/* createVaultClient */.Yr, ...clientOptions } = options;
    return {
        name: 'vault',
        async collect(context) {
            const result = emptyResult();
            const tokens = context.registry.tokens.filter((t) => t.kind === 'vault');
            if (tokens.length === 0)
                return result;
            const withValue = [];
            const unset = [];
            for (const token of tokens) {
                const value = context.valueOf(token);
                if (value === undefined)
                    unset.push(`${token.name} (${(0,sources_values/* valueVariable */._P)(token)})`);
                else
                    withValue.push([token, value]);
            }
            if (unset.length)
                result.notes.push({ source: 'vault', level: 'info', message: `no value in the environment for ${unset.join(', ')}: not looked up` });
            if (withValue.length === 0)
                return result;
            if (!(0,vault_client/* resolveVaultAddress */.BT)(clientOptions, env)) {
                const names = withValue.map(([t]) => t.name).join(', ');
                result.notes.push({ source: 'vault', level: 'info', message: `VAULT_ADDR is not set: ${names} not looked up in Vault` });
                return result;
            }
            let client;
            try {
                client = createClient({ ...clientOptions, env });
            }
            catch (error) {
                result.notes.push({ source: 'vault', level: 'warning', message: error instanceof Error ? error.message : String(error) });
                return result;
            }
            for (const [token, value] of withValue) {
                try {
                    observeVaultLookup(result, token, await client.lookupSelf(value), context.nowMs);
                }
                catch (error) {
                    if (error instanceof vault_errors/* VaultTokenInvalid */.fO) {
                        observe(result, token.key).evidence.push({ source: 'vault', expiresAt: new Date(context.nowMs).toISOString(), note: VAULT_INVALID_TOKEN_NOTE });
                    }
                    else if (error instanceof vault_errors/* VaultPermissionDenied */.jW) {
                        observe(result, token.key).notes.push('Vault answered 403 (permission denied) to lookup-self: the token\'s policies do not allow it (the default policy does), or, on a Vault older than 2024, the token is expired or revoked');
                    }
                    else {
                        // The client scrubs the value from its errors; anything else is scrubbed here.
                        const message = (error instanceof vault_errors/* VaultError */.hb ? error.message : String(error instanceof Error ? error.message : error)).split(value).join('***');
                        result.notes.push({ source: 'vault', level: 'warning', token: token.name, message: `${token.name}: ${message}` });
                    }
                }
            }
            result.calls = client.calls;
            return result;
        },
    };
}

;// CONCATENATED MODULE: ./src/expiry/sources/index.ts





async function buildSources(options) {
    if (options.offline)
        return { sources: [], notes: [] };
    // Octokit is loaded on the first call a source makes: a run with no value to check never pays for it.
    const clientFor = async (auth) => {
        const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(349), __webpack_require__.e(203)]).then(__webpack_require__.bind(__webpack_require__, 6584));
        return createGitHubClient({ ...options.client, auth, baseUrl: options.apiUrl, mask: options.mask, log: options.log, env: options.env });
    };
    const sources = [githubSource({ clientFor }), githubAppSource({ clientFor, ...(options.repository ? { repository: options.repository } : {}) }), jwtSource()];
    const notes = [];
    if (options.apiToken && options.repository) {
        sources.push(actionsSecretsSource({ clientFor, apiToken: options.apiToken, repository: options.repository, ...(options.orgSecrets ? { org: true } : {}) }));
    }
    else {
        const missing = options.apiToken ? 'the repository (--repository OWNER/NAME or GITHUB_REPOSITORY)' : 'a GitHub token (GITHUB_TOKEN or GH_TOKEN; in the action, github-token)';
        notes.push({ source: 'actions-secret', level: 'info', message: `Actions secret age not checked: it needs ${missing}` });
    }
    sources.push(vaultSource({
        ...options.vault,
        env: options.env,
        ...(options.vaultAddr ? { address: options.vaultAddr } : {}),
        ...(options.vaultNamespace ? { namespace: options.vaultNamespace } : {}),
    }));
    return { sources, notes };
}

// EXTERNAL MODULE: ./src/registry/rules/index.ts + 23 modules
var rules = __webpack_require__(2446);
// EXTERNAL MODULE: ./src/registry-job.ts
var registry_job = __webpack_require__(7110);
// EXTERNAL MODULE: ./src/registry/usage.ts
var usage = __webpack_require__(340);
// EXTERNAL MODULE: ./src/sources/files.ts
var files = __webpack_require__(6109);
// EXTERNAL MODULE: ./src/expiry/plan.ts
var expiry_plan = __webpack_require__(2120);
;// CONCATENATED MODULE: ./src/expiry/sources/collect.ts
function merge(into, from) {
    if (from.evidence?.length)
        into.evidence = [...(into.evidence ?? []), ...from.evidence];
    if (from.notes?.length)
        into.notes = [...(into.notes ?? []), ...from.notes.filter((n) => !into.notes?.includes(n))];
    into.neverExpires ??= from.neverExpires;
    if (from.classicScopes && !into.classicScopes) {
        into.classicScopes = from.classicScopes;
        if (from.scopesSource)
            into.scopesSource = from.scopesSource;
    }
    if (from.permissions && !into.permissions) {
        into.permissions = from.permissions;
        if (from.scopesSource)
            into.scopesSource = from.scopesSource;
    }
    into.valueKind ??= from.valueKind;
}
async function collectObservations(sources, context) {
    const settled = await Promise.allSettled(sources.map((s) => s.collect(context)));
    const out = { observations: new Map(), notes: [], calls: 0, sources: [], ran: sources.map((s) => s.name) };
    settled.forEach((result, i) => {
        const source = sources[i];
        if (result.status === 'rejected') {
            const error = result.reason;
            out.notes.push({ source: source.name, level: 'warning', message: `the ${source.name} source failed: ${error instanceof Error ? error.message : String(error)}` });
            return;
        }
        out.calls += result.value.calls;
        if (result.value.calls > 0 || result.value.observations.size > 0)
            out.sources.push(source.name);
        out.notes.push(...result.value.notes);
        for (const [key, observation] of result.value.observations) {
            const into = out.observations.get(key) ?? { evidence: [], notes: [] };
            merge(into, observation);
            out.observations.set(key, into);
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/expiry/run.ts







/** What the workflows and actions under the root do with secrets (unparsable files skipped; never the registry). */
function workflowUsage(root, cwd, registryFile) {
    const found = (0,files.discover)([root], cwd);
    return (0,usage/* usageOfInputs */.C)((0,files/* readInputs */.Ko)({ root: found.root, files: found.files.filter((f) => f !== registryFile && (0,files.isWithin)(found.root, f)) }));
}
async function runExpiry(options) {
    const job = options.job ?? (await (0,registry_job/* loadRegistryJob */.J)(options));
    const { registry, file } = job;
    const values = (0,sources_values/* envValues */.Qo)(options.env, options.mask);
    const collected = await collectObservations(options.sources, {
        registry,
        nowMs: options.nowMs,
        valueOf: (token) => values.valueOf(token),
        mask: options.mask,
    });
    const notes = [...collected.notes];
    for (const name of values.tooShort)
        notes.push({ source: 'env', level: 'warning', token: name, message: `the value given for ${name} is too short to be a token; not checked` });
    const usage = options.usage ?? workflowUsage(options.root, options.cwd, file.absolutePath);
    const replaceableByOidc = new Map(Object.entries(usage.oidcReplaceable).map(([key, u]) => [key, u.registries]));
    const plan = (0,expiry_plan/* buildExpiryPlan */.ZL)(registry, options.nowMs, { observations: collected.observations, sources: collected.sources, notes, replaceableByOidc });
    const { result, report } = (0,registry_job/* judgeRegistry */.l)(job, (0,rules/* registryProjectRules */.GZ)(registry, file.path, { scope: 'registry-file', now: new Date(options.nowMs), observations: collected.observations }).filter((r) => rules/* EXPIRY_RULE_IDS */.iW.has(r.meta.id)), options.mask, options.links);
    return { report, result, plan, collected, registryFile: file.path, registry };
}

;// CONCATENATED MODULE: ./src/action-expiry.ts
/**
 * The action's expiry check and trend: sources from the inputs (`github-token`, `api-url`, token values from the job's
 * environment), masked with @actions/core the moment anything is read, then the shared run. Loaded only when the
 * expiry check or the trend runs.
 */




/**
 * Keeps the run's state (per-token status, finding fingerprints; never values) in the Actions cache and says what
 * changed since the last run. @actions/cache is loaded only when the job has a cache service. Best effort: a store that
 * fails costs the trend, with a warning.
 */
async function actionTrend(plan, findings, env = process.env) {
    const { CacheStateStore, NOT_AVAILABLE } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(319)]).then(__webpack_require__.bind(__webpack_require__, 3319));
    const store = new CacheStateStore({ env });
    if (!store.available()) {
        core/* warning */.$e(`trend skipped: ${NOT_AVAILABLE} (this job has no Actions cache service; set trend: false to silence this)`);
        return undefined;
    }
    const { trendThrough } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(712)]).then(__webpack_require__.bind(__webpack_require__, 2712));
    const result = await trendThrough(store, plan, findings);
    for (const w of result.warnings)
        core/* warning */.$e(w);
    return result.trend;
}
/**
 * `reuse`: what the scan of the same workspace has read already — the workflows' use of secrets, the registry and the
 * config — so the check does not read them again.
 */
async function runActionExpiry(settings, env = process.env, reuse = {}) {
    const mask = (value) => core/* setSecret */.Pq(value);
    const built = await buildSources({
        offline: false,
        apiUrl: (0,api_url.resolveApiUrl)(settings.apiUrl, env),
        ...(settings.githubToken ? { apiToken: settings.githubToken } : {}),
        ...(settings.repository ? { repository: settings.repository } : {}),
        orgSecrets: settings.orgSecrets,
        ...(env.VAULT_ADDR ? { vaultAddr: env.VAULT_ADDR } : {}),
        ...(env.VAULT_NAMESPACE ? { vaultNamespace: env.VAULT_NAMESPACE } : {}),
        env,
        mask,
        log: { debug: (m) => core/* debug */.Yz(m), info: (m) => core/* info */.pq(m), warn: (m) => core/* warning */.$e(m), error: (m) => core/* error */.z3(m) },
    });
    const run = await runExpiry({
        root: settings.workspace,
        cwd: settings.workspace,
        ...(settings.registry ? { registryPath: settings.registry } : {}),
        ...(settings.config ? { configPath: settings.config } : {}),
        ...(settings.failOn ? { failOn: settings.failOn } : {}),
        ...(settings.minSeverity ? { minSeverity: settings.minSeverity } : {}),
        ...(settings.links ? { links: settings.links } : {}),
        nowMs: settings.now ?? Date.now(),
        ...(reuse.usage ? { usage: reuse.usage } : {}),
        ...(reuse.job ? { job: reuse.job } : {}),
        sources: built.sources,
        env,
        mask,
    });
    run.plan.notes.unshift(...built.notes);
    return run;
}


/***/ }),

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
                requestedSeconds = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__.parseVaultDuration)(increment);
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

//# sourceMappingURL=426.index.js.map