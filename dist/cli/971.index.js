export const id = 971;
export const ids = [971];
export const modules = {

/***/ 2352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sendSlack: () => (/* binding */ sendSlack)
/* harmony export */ });
/* unused harmony exports SLACK_DEFAULTS, parseRetryAfter */
const SLACK_DEFAULTS = { maxRetries: 3, timeoutMs: 10_000, maxWaitSeconds: 60, msPerSecond: 1000 };
/** Slack asks for about one message per second: a 429 without `Retry-After` waits this long. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;
const MAX_ERROR_BODY = 200;
async function sendSlack(webhookUrl, message, options = {}) {
    const redact = redactor(webhookUrl);
    const waits = [];
    let attempts = 0;
    let status;
    try {
        for (const secret of secretForms(webhookUrl))
            options.mask?.(secret);
        const url = parseWebhookUrl(webhookUrl);
        if (!url)
            return { ok: false, error: 'the Slack webhook URL is not a valid http(s) URL', attempts, waits };
        const fetchImpl = options.fetch ?? fetch;
        const msPerSecond = options.timing?.msPerSecond ?? SLACK_DEFAULTS.msPerSecond;
        const sleep = options.timing?.sleep ?? defaultSleep;
        const maxRetries = Math.max(0, options.maxRetries ?? SLACK_DEFAULTS.maxRetries);
        const timeoutMs = options.timeoutMs ?? SLACK_DEFAULTS.timeoutMs;
        const maxWaitSeconds = options.maxWaitSeconds ?? SLACK_DEFAULTS.maxWaitSeconds;
        const log = (level, text) => options.log?.[level]?.(redact(text));
        const body = JSON.stringify(message);
        for (;;) {
            attempts += 1;
            const retriesLeft = maxRetries - (attempts - 1);
            let wait;
            let failure;
            const answer = await post(fetchImpl, url, body, timeoutMs);
            if (answer.kind === 'network') {
                status = undefined;
                failure = `could not reach Slack: ${answer.error}`;
                wait = { reason: 'network', seconds: backoffSeconds(attempts), attempt: attempts };
            }
            else {
                status = answer.status;
                const said = answer.body.trim();
                if (answer.status === 200 && said === 'ok') {
                    log('info', `Slack message sent${attempts > 1 ? ` (attempt ${attempts})` : ''}.`);
                    return { ok: true, status, attempts, waits };
                }
                failure = `Slack answered ${answer.status}${said ? `: ${clip(said)}` : ''}`;
                if (answer.status === 429) {
                    const seconds = answer.retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS;
                    if (seconds > maxWaitSeconds)
                        return fail(`${failure} (rate limited; it asked to wait ${seconds} s, longer than the ${maxWaitSeconds} s this run waits)`);
                    wait = { reason: 'rate-limit', seconds, attempt: attempts };
                }
                else if (answer.status >= 500) {
                    wait = { reason: 'server-error', seconds: backoffSeconds(attempts), attempt: attempts };
                }
                else {
                    // 200 with another body, 3xx, or a 4xx other than 429: sending it again would be refused again.
                    return fail(failure);
                }
            }
            if (retriesLeft <= 0)
                return fail(attempts > 1 ? `${failure} (gave up after ${attempts} attempts)` : failure);
            waits.push(wait);
            log('info', `${failure}; retrying in ${wait.seconds} s (retry ${attempts} of ${maxRetries}).`);
            await sleep(wait.seconds * msPerSecond);
        }
    }
    catch (error) {
        // Nothing here is expected to throw (a throwing mask, log or sleep would); it is still a result, not a crash.
        return fail(`sending to Slack failed: ${describe(error)}`);
    }
    function fail(error) {
        return { ok: false, ...(status !== undefined ? { status } : {}), error: redact(error), attempts, waits };
    }
}
async function post(fetchImpl, url, body, timeoutMs) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
        const response = await fetchImpl(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json; charset=utf-8' },
            body,
            // A webhook does not redirect; following one would send the message somewhere else.
            redirect: 'error',
            signal: controller.signal,
        });
        const text = await response.text();
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        return { kind: 'http', status: response.status, body: text, ...(retryAfter !== undefined ? { retryAfter } : {}) };
    }
    catch (error) {
        return { kind: 'network', error: controller.signal.aborted ? `no answer within ${timeoutMs} ms` : describe(error) };
    }
    finally {
        clearTimeout(timer);
    }
}
/** `Retry-After` in seconds (or an HTTP date); undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null || value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text);
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
/** 1, 2, 4, … seconds. */
function backoffSeconds(failedAttempt) {
    return 2 ** (failedAttempt - 1);
}
function parseWebhookUrl(raw) {
    try {
        const url = new URL(raw.trim());
        return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    }
    catch {
        return undefined;
    }
}
/** The URL as given, trimmed and normalised, and its secret path (`/services/T…/B…/secret`) and last segment. */
function secretForms(raw) {
    const forms = new Set();
    const trimmed = raw.trim();
    if (trimmed)
        forms.add(raw).add(trimmed);
    try {
        const url = new URL(trimmed);
        forms.add(url.href);
        if (url.pathname.length > 1)
            forms.add(url.pathname);
        const last = url.pathname.split('/').filter(Boolean).pop();
        if (last && last.length >= 8)
            forms.add(last);
    }
    catch {
        // Not a URL: the raw value is all there is to hide.
    }
    return [...forms].filter((form) => form.length > 0);
}
/** Cuts every form of the webhook URL (also percent-encoded) out of a text. */
function redactor(webhookUrl) {
    const forms = secretForms(webhookUrl);
    const all = [...new Set([...forms, ...forms.map((f) => encodeURIComponent(f))])].sort((a, b) => b.length - a.length);
    return (text) => all.reduce((out, form) => out.split(form).join('[webhook URL]'), text);
}
function clip(text) {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length <= MAX_ERROR_BODY ? flat : `${flat.slice(0, MAX_ERROR_BODY - 1)}…`;
}
function describe(error) {
    if (!(error instanceof Error))
        return String(error);
    const cause = error.cause;
    const code = cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : undefined;
    const detail = cause instanceof Error ? cause.message : undefined;
    return [error.message, code && !detail?.includes(code) ? code : undefined, detail].filter(Boolean).join(': ');
}
function defaultSleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ })

};

//# sourceMappingURL=971.index.js.map