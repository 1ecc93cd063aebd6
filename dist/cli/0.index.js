export const id = 0;
export const ids = [0];
export const modules = {

/***/ 5583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FT: () => (/* binding */ parseMarkers),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   Pt: () => (/* binding */ sanitizeKey),
/* harmony export */   em: () => (/* binding */ sanitizeTitle),
/* harmony export */   nY: () => (/* binding */ GITHUB_BODY_LIMIT),
/* harmony export */   tW: () => (/* binding */ renderAlertBody)
/* harmony export */ });
/* unused harmony exports BODY_BUDGET, BODY_LAYOUT_VERSION, ALERT_TYPES, escapeMarkdown, code, blobUrl, renderOwner, keyMarker, stateMarker, contentHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1502);
/* harmony import */ var _workflows_secrets_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6579);
/**
 * Issue bodies for alerts (pure): what, where (links to file#line at the scanned commit), why it matters, how to fix,
 * owner; two hidden markers (the alert's key, and the content hash, severity and run type) that later runs find
 * the issue by; and a size budget under GitHub's 65,536-character limit.
 *
 * Everything taken from scanned files (messages, paths, job ids, registry fields) goes through `escapeMarkdown`:
 * it cannot mention people or teams, reference or close issues, autolink URLs, or inject Markdown or HTML.
 */



/** GitHub refuses bodies longer than this (422 "body is too long"). */
const GITHUB_BODY_LIMIT = 65_536;
/** What bodies are kept under: room below GitHub's limit for the footer and counting differences. */
const BODY_BUDGET = 60_000;
/** Raised when the layout of bodies changes, so that every alert is rewritten once. */
const BODY_LAYOUT_VERSION = 1;
const ALERT_TYPES = (/* unused pure expression or super */ null && (['scan', 'expiry']));
// ---- escaping ---------------------------------------------------------------------------------------------------
const ZWSP = '\u200b';
/** C0/C1 controls, line and paragraph separators, bidirectional overrides and isolates (Trojan Source). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
/** Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all of them is the safe rule. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
const MAX_TEXT = 2000;
function clean(text, maxLength) {
    const flat = (0,_workflows_secrets_text_js__WEBPACK_IMPORTED_MODULE_2__/* .redactTokensIn */ .Ro)(String(text)).replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
    if (flat.length <= maxLength)
        return flat;
    // Do not cut a surrogate pair in half.
    return `${flat.slice(0, maxLength - 1).replace(/[\ud800-\udbff]$/, '')}…`;
}
/**
 * Plain text that renders as itself: every ASCII punctuation backslash-escaped (no emphasis, links, images, HTML,
 * entities, tables, headings), and a zero-width space after `@` and `#`, in `GH-`, `://` and `www.`, which GitHub
 * would otherwise turn into mentions, issue references (and closing keywords' targets) or links.
 */
function escapePlain(text) {
    return text
        .replace(ASCII_PUNCTUATION, '\\$&')
        .replace(/\\([@#])/g, `\\$1${ZWSP}`)
        .replace(/\b(gh)\\-/gi, `$1\\-${ZWSP}`)
        .replace(/\\:(?=\\\/\\\/)/g, `\\:${ZWSP}`)
        .replace(/\b(www)(?=\\\.)/gi, `$1${ZWSP}`);
}
/**
 * Untrusted text for an issue body, on one line: token literals redacted, controls and line breaks flattened,
 * `…` past `maxLength`. Text between a pair of backticks (the rules write `permissions: write` so) stays a code
 * span, where GitHub neither mentions, links nor renders anything; the rest is escaped by `escapePlain`.
 */
function escapeMarkdown(text, maxLength = MAX_TEXT) {
    const parts = clean(text, maxLength).split('`');
    let out = '';
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const closed = i < parts.length - 1;
        if (i % 2 === 0)
            out += escapePlain(part);
        else if (closed && part.trim() !== '' && !/<!--|-->/.test(part))
            out += `\`${part}\``;
        else
            out += `\\\`${escapePlain(part)}${closed ? '\\`' : ''}`;
    }
    return out;
}
/** A code span for our own identifiers (rule ids, fingerprints); escaped text when it holds a backtick. */
function code(text) {
    const flat = clean(text, 200);
    return flat.includes('`') || flat === '' ? escapeMarkdown(flat) : `\`${flat}\``;
}
/**
 * Issue titles are not Markdown (backslashes would show), but GitHub still links `#1` and `@user` in places that
 * show them: flatten, redact, break those with a zero-width space, and keep under GitHub's 256 characters.
 */
function sanitizeTitle(text, maxLength = 200) {
    return clean(text, maxLength)
        .replace(/([@#])/g, `$1${ZWSP}`)
        .replace(/\b(gh)-/gi, `$1-${ZWSP}`)
        .replace(/:(?=\/\/)/g, `:${ZWSP}`);
}
/** An alert key safe inside an HTML comment: `[A-Za-z0-9._:/-]`, no `--`, at most 200 characters. */
function sanitizeKey(key) {
    const safe = key
        .replace(/[^A-Za-z0-9._:/-]/g, '_')
        .replace(/-{2,}/g, '-')
        .slice(0, 200);
    return safe === '' ? '_' : safe;
}
/** An absolute http(s) URL with no characters that could end a Markdown link, or undefined. */
function safeUrl(url) {
    if (!url)
        return undefined;
    const encoded = encodeURI(url.trim()).replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/%25([0-9A-Fa-f]{2})/g, '%$1');
    return /^https?:\/\/[^\s<>"'`\\[\]]+$/.test(encoded) ? encoded : undefined;
}
function encodePath(path) {
    return path
        .split('/')
        .map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/** `${serverUrl}/${repository}/blob/${ref}/${file}#L${line}`, or undefined when the parts do not make a safe URL. */
function blobUrl(links, file, line) {
    if (!links || !/^[\w.-]+\/[\w.-]+$/.test(links.repository) || links.ref === '')
        return undefined;
    const server = safeUrl(links.serverUrl.replace(/\/+$/, ''));
    if (!server)
        return undefined;
    return `${server}/${links.repository}/blob/${encodePath(links.ref)}/${encodePath(file)}#L${Math.max(1, Math.floor(line))}`;
}
const HANDLE = /^@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/;
/**
 * An owner from the registry. Escaped (no notification) unless `mention` is on and every comma- or space-separated
 * part is a GitHub handle written with its `@` (`@user`, `@org/team`): then those are real mentions.
 */
function renderOwner(owner, mention = false) {
    const parts = clean(owner, 300).split(/[\s,]+/).filter(Boolean);
    if (mention && parts.length > 0 && parts.every((p) => HANDLE.test(p)))
        return parts.join(', ');
    return escapeMarkdown(owner, 300);
}
function keyMarker(key) {
    return `<!-- token-warden:key=${sanitizeKey(key)} -->`;
}
function stateMarker(state) {
    return `<!-- token-warden:state v=${BODY_LAYOUT_VERSION} hash=${state.hash} severity=${state.severity} type=${state.type} -->`;
}
const KEY_MARKER = /<!-- token-warden:key=([A-Za-z0-9._:/-]{1,200}) -->/;
const STATE_MARKER = /<!-- token-warden:state ([^>]{0,300}) -->/;
/**
 * The markers of an issue body; undefined for a body without a key marker (never a Token Warden alert). Only the
 * head of the body is read, where Token Warden writes them.
 */
function parseMarkers(body) {
    if (!body)
        return undefined;
    const head = body.slice(0, 1000);
    const key = KEY_MARKER.exec(head)?.[1];
    if (!key)
        return undefined;
    const fields = {};
    for (const pair of (STATE_MARKER.exec(head)?.[1] ?? '').split(/\s+/)) {
        const eq = pair.indexOf('=');
        if (eq > 0)
            fields[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    const markers = { key };
    if (fields.hash && /^[0-9a-f]{8,64}$/.test(fields.hash))
        markers.hash = fields.hash;
    if (fields.severity && (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeverity */ ._Z)(fields.severity))
        markers.severity = fields.severity;
    if (fields.type === 'scan' || fields.type === 'expiry')
        markers.type = fields.type;
    return markers;
}
// ---- rendering --------------------------------------------------------------------------------------------------
const ICON = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜' };
const MAX_RELATED = 3;
/**
 * The content hash: everything the body says except what changes on every run (run URL, scanned commit, tool
 * version). An unchanged alert has an unchanged hash, so a re-run writes nothing.
 */
function contentHash(content, options = {}) {
    const meta = (id) => options.ruleMeta?.(id);
    const canonical = {
        v: BODY_LAYOUT_VERSION,
        key: sanitizeKey(content.key),
        title: content.title,
        severity: content.severity,
        type: content.type,
        grouping: content.grouping,
        links: options.links ? [options.links.serverUrl, options.links.repository] : null,
        docs: options.docsUrl ?? null,
        mention: options.mentionOwners === true,
        budget: options.budget ?? BODY_BUDGET,
        rules: [...new Set(content.items.map((i) => i.finding.ruleId))].map((id) => [id, meta(id)?.summary ?? null, meta(id)?.remediation ?? null, meta(id)?.docs ?? null]),
        items: content.items.map(({ finding: f, owner }) => [
            f.ruleId,
            f.severity,
            f.fingerprint,
            f.message,
            f.location.file,
            f.location.startLine,
            (f.related ?? []).slice(0, MAX_RELATED).map((r) => [r.message, r.location.file, r.location.startLine]),
            owner ?? null,
        ]),
    };
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 40);
}
function where(finding, links) {
    const { file, startLine } = finding.location;
    const text = escapeMarkdown(`${file}:${startLine}`, 500);
    const url = blobUrl(links, file, startLine);
    return url ? `[${text}](${url})` : text;
}
function ruleLine(ruleId, options) {
    const meta = options.ruleMeta?.(ruleId);
    if (!meta)
        return {};
    const docs = meta.docs.startsWith('#') ? safeUrl(options.docsUrl ? `${options.docsUrl}${meta.docs}` : undefined) : undefined;
    return { why: ownText(meta.summary), fix: `${ownText(meta.remediation)}${docs ? ` ([docs](${docs}))` : ''}` };
}
/**
 * Token Warden's own rule texts are Markdown (code spans); flattened to one line, and outside code spans an `@` or
 * `#` that GitHub would link gets a zero-width space, so a future wording cannot ping anyone either.
 */
function ownText(text) {
    return text
        .replace(CONTROL, ' ')
        .split('`')
        .map((part, i) => (i % 2 === 1 ? part : part.replace(/(^|[^\w])([@#])(?=[A-Za-z0-9])/g, `$1$2${ZWSP}`)))
        .join('`');
}
function findingDetail(finding, owner, options) {
    const out = [`**What:** ${escapeMarkdown(finding.message)}`, '', `**Where:** ${where(finding, options.links)}`];
    for (const r of (finding.related ?? []).slice(0, MAX_RELATED))
        out.push(`- ${escapeMarkdown(r.message, 300)}: ${where({ ...finding, location: r.location }, options.links)}`);
    if ((finding.related?.length ?? 0) > MAX_RELATED)
        out.push(`- and ${finding.related.length - MAX_RELATED} more place(s)`);
    const { why, fix } = ruleLine(finding.ruleId, options);
    if (why)
        out.push('', `**Why it matters:** ${why}`);
    if (fix)
        out.push('', `**How to fix:** ${fix}`);
    if (owner)
        out.push('', `**Owner:** ${renderOwner(owner, options.mentionOwners)}`);
    return out;
}
function findingItem(finding, owner, options) {
    const parts = [`${ICON[finding.severity]} **${finding.severity}** ${escapeMarkdown(finding.message)}`, where(finding, options.links)];
    if (owner)
        parts.push(`owner: ${renderOwner(owner, options.mentionOwners)}`);
    return `- ${parts.join(' · ')}`;
}
function footer(content, options) {
    const parts = [];
    const run = safeUrl(options.runUrl);
    parts.push(run ? `Updated by [this Token Warden run](${run})` : 'Updated by Token Warden');
    if (options.links?.ref && /^[0-9a-f]{7,64}$/i.test(options.links.ref))
        parts.push(`at commit ${options.links.ref.slice(0, 12)}`);
    if (options.toolVersion)
        parts.push(`(v${escapeMarkdown(options.toolVersion, 40)})`);
    return [
        '---',
        `<sub>${parts.join(' ')}. Token Warden keeps this issue current and closes it when the problem is gone; close it as *not planned* to silence it${content.severity === 'critical' ? '' : ' (it reopens only if the problem becomes critical)'}. Alert key ${code(content.key)}.</sub>`,
    ].join('\n');
}
/** Renders the issue body of an alert, within the budget (findings past it are counted in a note). */
function renderAlertBody(content, options = {}) {
    const hash = contentHash(content, options);
    const budget = Math.min(options.budget ?? BODY_BUDGET, BODY_BUDGET);
    const head = [keyMarker(content.key), stateMarker({ hash, severity: content.severity, type: content.type }), ''];
    const tail = ['', footer(content, options)];
    const count = content.items.length;
    const worst = `${ICON[content.severity]} ${content.severity}`;
    // Sections in order; `finding` ones are counted when the budget leaves them out.
    const sections = [];
    if (content.grouping === 'per-finding' && count === 1) {
        const { finding, owner } = content.items[0];
        sections.push({ text: [`### ${ICON[finding.severity]} ${finding.severity}: ${code(finding.ruleId)}`, '', ...findingDetail(finding, owner, options)].join('\n'), finding: true });
    }
    else {
        sections.push({ text: `**Token Warden** reports ${count} finding${count === 1 ? '' : 's'} here (worst: ${worst}).`, finding: false });
        const byRule = new Map();
        for (const item of content.items)
            byRule.set(item.finding.ruleId, [...(byRule.get(item.finding.ruleId) ?? []), item]);
        for (const [ruleId, items] of byRule) {
            const { why, fix } = ruleLine(ruleId, options);
            const section = ['', `### ${ICON[items[0].finding.severity]} ${code(ruleId)} (${items.length})`, ''];
            if (why)
                section.push(`**Why it matters:** ${why}`, '');
            if (fix)
                section.push(`**How to fix:** ${fix}`, '');
            sections.push({ text: section.join('\n'), finding: false });
            for (const { finding, owner } of items)
                sections.push({ text: findingItem(finding, owner, options), finding: true });
        }
    }
    // Room for the markers, the footer and the note about what was left out.
    let length = [...head, ...tail].join('\n').length + 400;
    const kept = [];
    let omitted = 0;
    let full = false;
    for (const section of sections) {
        full ||= length + section.text.length + 1 > budget;
        if (full) {
            if (section.finding)
                omitted += 1;
            continue;
        }
        kept.push(section.text);
        length += section.text.length + 1;
    }
    if (omitted > 0)
        kept.push('', `> [!NOTE]\n> ${omitted} more finding${omitted === 1 ? ' is' : 's are'} not shown: GitHub limits issue bodies to ${GITHUB_BODY_LIMIT.toLocaleString('en-US')} characters. The run's report lists every finding.`);
    const body = [...head, ...kept, ...tail].join('\n');
    return { body, hash, omitted };
}


/***/ }),

/***/ 3000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runIssueAlerts: () => (/* binding */ runIssueAlerts)
});

// UNUSED EXPORTS: DEFAULT_LABEL, DEFAULT_LABEL_COLOR, DEFAULT_LABEL_DESCRIPTION, DEFAULT_MAX_WRITES

// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/alerts/body.ts
var alerts_body = __webpack_require__(5583);
// EXTERNAL MODULE: ./src/model/severity.ts
var severity = __webpack_require__(1502);
;// CONCATENATED MODULE: ./src/alerts/reconcile.ts
/**
 * The alert lifecycle (pure): desired alerts + the existing labelled issues → the operations that make GitHub match.
 *
 * - new key → create
 * - open, content changed → update title and body in place (a comment only when severity rose)
 * - open, unchanged → nothing
 * - closed (completed, or any reason but `not_planned`) and wanted again → reopen with a comment
 * - closed as `not_planned` by a person → stays closed (a suppression) unless severity rises to critical
 * - open but no longer wanted → close as `completed` with a short comment (only for run types this run checked)
 * - several open issues with one key (two runs at once) → keep the oldest, close the others as `duplicate`
 *
 * Issues without a Token Warden key marker are never touched. `state_reason` is sent only with a state change,
 * since GitHub ignores it otherwise.
 */


function isWrite(op) {
    return op.kind !== 'unchanged' && op.kind !== 'suppressed';
}
function oldestFirst(a, b) {
    return Date.parse(a.issue.created_at) - Date.parse(b.issue.created_at) || a.issue.number - b.issue.number;
}
function runWords(options) {
    const url = (0,alerts_body/* safeUrl */.Pl)(options.runUrl);
    return url ? ` in [this run](${url})` : '';
}
function commitWords(options) {
    return options.ref && /^[0-9a-f]{7,64}$/i.test(options.ref) ? ` at commit ${options.ref.slice(0, 12)}` : '';
}
/** The operations that bring the labelled issues in line with the desired alerts, in the order to carry them out. */
function reconcile(desired, existing, options = {}) {
    const byKey = new Map();
    for (const issue of existing) {
        const markers = (0,alerts_body/* parseMarkers */.FT)(issue.body);
        if (!markers)
            continue;
        const ref = { number: issue.number, url: issue.html_url, ...(issue.id !== undefined ? { id: issue.id } : {}) };
        byKey.set(markers.key, [...(byKey.get(markers.key) ?? []), { issue, markers, ref }]);
    }
    const repairs = [];
    const primary = [];
    const resolved = [];
    const run = runWords(options);
    /** Keeps the oldest open issue of a key and closes the rest as its duplicates; returns the kept one. */
    const keepOldestOpen = (key, known) => {
        const open = known.filter((k) => k.issue.state === 'open').sort(oldestFirst);
        const keep = open[0];
        for (const copy of open.slice(1)) {
            repairs.push({
                kind: 'close-duplicate',
                key,
                issue: { number: copy.ref.number, url: copy.ref.url },
                keep: keep.ref,
                comment: `Duplicate of #${keep.ref.number}: two Token Warden runs opened the same alert at once. Closing this copy; #${keep.ref.number} stays open.`,
            });
        }
        return keep;
    };
    const wanted = new Set();
    for (const alert of desired) {
        wanted.add(alert.key);
        const known = byKey.get(alert.key) ?? [];
        const open = keepOldestOpen(alert.key, known);
        if (open) {
            const ref = { number: open.ref.number, url: open.ref.url };
            if (open.markers.hash === alert.hash) {
                primary.push({ kind: 'unchanged', key: alert.key, issue: ref });
                continue;
            }
            const before = open.markers.severity;
            const rose = before !== undefined && (0,severity/* severityRank */.qs)(alert.severity) > (0,severity/* severityRank */.qs)(before);
            primary.push({
                kind: 'update',
                key: alert.key,
                issue: ref,
                title: alert.title,
                body: alert.body,
                ...(rose ? { comment: `Severity rose from **${before}** to **${alert.severity}**${run}.` } : {}),
            });
            continue;
        }
        // Closed ones: a duplicate only when nothing else is left; then the newest.
        const closed = known.filter((k) => k.issue.state !== 'open');
        const candidates = closed.filter((k) => k.issue.state_reason !== 'duplicate');
        const latest = (candidates.length ? candidates : closed).sort(oldestFirst).at(-1);
        if (!latest) {
            primary.push({ kind: 'create', key: alert.key, title: alert.title, body: alert.body, severity: alert.severity });
            continue;
        }
        const ref = { number: latest.ref.number, url: latest.ref.url };
        if (latest.issue.state_reason === 'not_planned') {
            const before = latest.markers.severity;
            const becameCritical = alert.severity === 'critical' && before !== 'critical';
            if (!becameCritical) {
                primary.push({ kind: 'suppressed', key: alert.key, issue: ref });
                continue;
            }
            primary.push({
                kind: 'reopen',
                key: alert.key,
                issue: ref,
                title: alert.title,
                body: alert.body,
                comment: `This was closed as not planned${before ? ` while ${before}` : ''}; it is now **critical**${run}, so Token Warden reopens it. Close it as not planned again to keep it closed while it stays critical.`,
            });
            continue;
        }
        primary.push({ kind: 'reopen', key: alert.key, issue: ref, title: alert.title, body: alert.body, comment: `Token Warden finds this again${run}: reopening.` });
    }
    const inScope = (markers) => options.types === undefined || markers.type === undefined || options.types.includes(markers.type);
    for (const [key, known] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
        if (wanted.has(key))
            continue;
        const open = keepOldestOpen(key, known);
        if (!open || !inScope(open.markers))
            continue;
        resolved.push({
            kind: 'close',
            key,
            issue: { number: open.ref.number, url: open.ref.url },
            comment: `Token Warden no longer reports this${run}${commitWords(options)}: closing as completed. It reopens if the problem comes back.`,
        });
    }
    return [...repairs, ...primary, ...resolved];
}

;// CONCATENATED MODULE: ./src/alerts/issues.ts



const DEFAULT_LABEL = 'token-warden';
const DEFAULT_LABEL_COLOR = 'b60205';
const DEFAULT_LABEL_DESCRIPTION = 'Alerts that Token Warden opens, updates and closes';
/** Writes per run at most; the rest waits for the next run (GitHub allows about 80 content-creating requests a minute). */
const DEFAULT_MAX_WRITES = 60;
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}
function opWords(op) {
    switch (op.kind) {
        case 'create':
            return `open an issue for alert ${op.key}`;
        case 'update':
            return `update issue #${op.issue.number} (alert ${op.key})`;
        case 'reopen':
            return `reopen issue #${op.issue.number} (alert ${op.key})`;
        case 'close':
            return `close issue #${op.issue.number} (alert ${op.key})`;
        case 'close-duplicate':
            return `close duplicate issue #${op.issue.number} (alert ${op.key})`;
    }
}
function fitBody(body) {
    return body.length <= alerts_body/* GITHUB_BODY_LIMIT */.nY ? body : `${body.slice(0, alerts_body/* GITHUB_BODY_LIMIT */.nY - 100)}\n\n(truncated)`;
}
/** Lists, reconciles and writes. Never throws for GitHub failures: they end up in `errors`. */
async function runIssueAlerts(options) {
    const { client, desired } = options;
    const [owner, repo] = options.repository.split('/');
    const label = options.label?.trim() || DEFAULT_LABEL;
    const maxWrites = options.maxWrites ?? DEFAULT_MAX_WRITES;
    const result = { opened: 0, updated: 0, closed: 0, reopened: 0, duplicatesClosed: 0, issues: [], suppressed: [], errors: [], calls: 0, writes: 0, deferred: 0, operations: [] };
    if (!owner || !repo) {
        result.errors.push(`issue alerts need the repository as owner/name (got "${options.repository}")`);
        return result;
    }
    // 1. Every labelled issue, open and closed (pull requests come back too: dropped).
    const existing = [];
    let labelledItems = 0;
    try {
        const pages = client.paginate.iterator(client.rest.issues.listForRepo, { owner, repo, labels: label, state: 'all', per_page: 100 });
        for await (const page of pages) {
            result.calls += 1;
            for (const item of page.data) {
                labelledItems += 1;
                if (item.pull_request)
                    continue;
                existing.push({ number: item.number, id: item.id, state: item.state, state_reason: item.state_reason ?? null, body: item.body ?? null, created_at: item.created_at, html_url: item.html_url });
            }
        }
    }
    catch (error) {
        result.calls += 1;
        const why = error instanceof errors/* GitHubNotFoundError */.ZY ? ' (issues are disabled, or the token cannot see the repository)' : '';
        result.errors.push(`could not list the alert issues of ${options.repository}${why}: ${describe(error)}; no issue was written`);
        return result;
    }
    // 2. The plan.
    const operations = reconcile(desired, existing, { ...(options.runUrl ? { runUrl: options.runUrl } : {}), ...(options.ref ? { ref: options.ref } : {}), ...(options.types ? { types: options.types } : {}) });
    result.operations = operations;
    const ref = (op) => ({ number: op.issue.number, url: op.issue.url, key: op.key });
    for (const op of operations) {
        if (op.kind === 'unchanged')
            result.issues.push(ref(op));
        if (op.kind === 'suppressed')
            result.suppressed.push(ref(op));
        // A stale body is still an open alert; so is an issue whose update fails below.
        if (op.kind === 'update')
            result.issues.push(ref(op));
    }
    const writes = operations.filter(isWrite);
    if (options.dryRun || writes.length === 0)
        return finish(result, desired);
    // 3. Writes, one after another.
    let stopped;
    const write = async (what) => {
        result.calls += 1;
        result.writes += 1;
        return what();
    };
    const fail = (op, error, what) => {
        if (error instanceof errors/* GitHubForbiddenError */.Hm || error instanceof errors/* GitHubAuthError */.Kz) {
            const missing = error instanceof errors/* GitHubForbiddenError */.Hm && error.missing ? error.missing : 'issues: write';
            stopped = `Token Warden cannot write issues in ${options.repository} (${error.status}: the token lacks ${missing}; a read-only token or a pull request from a fork): no alert issue was changed after that`;
            return;
        }
        if (error instanceof errors/* GitHubRateLimitError */.Rr && error.limit === 'primary') {
            stopped = `GitHub's rate limit is used up${error.resetAt ? ` until ${error.resetAt.toISOString()}` : ''}: the remaining alert changes wait for the next run`;
        }
        result.errors.push(`could not ${what ?? (op ? opWords(op) : 'write')}: ${describe(error)}`);
    };
    // The label, only when an issue is about to be created and the list did not prove it exists.
    if (writes.some((op) => op.kind === 'create') && labelledItems === 0) {
        try {
            result.calls += 1;
            await client.rest.issues.getLabel({ owner, repo, name: label });
        }
        catch (error) {
            if (!(error instanceof errors/* GitHubNotFoundError */.ZY))
                fail(undefined, error, `check the label "${label}"`);
            else {
                try {
                    await write(() => client.rest.issues.createLabel({ owner, repo, name: label, color: (options.labelColor ?? DEFAULT_LABEL_COLOR).replace(/^#/, ''), description: (options.labelDescription ?? DEFAULT_LABEL_DESCRIPTION).slice(0, 100) }));
                }
                catch (createError) {
                    // Another run created it meanwhile: fine. Otherwise GitHub creates a plain label with the first issue.
                    if (!(createError instanceof errors/* GitHubValidationError */.Pz))
                        fail(undefined, createError, `create the label "${label}"`);
                }
            }
        }
    }
    const comment = async (op, number, body) => {
        if (!body || stopped)
            return;
        try {
            await write(() => client.rest.issues.createComment({ owner, repo, issue_number: number, body }));
        }
        catch (error) {
            fail(op, error, `comment on issue #${number} (alert ${op.key})`);
        }
    };
    let done = 0;
    for (const op of writes) {
        if (stopped || done >= maxWrites) {
            result.deferred += 1;
            continue;
        }
        done += 1;
        try {
            switch (op.kind) {
                case 'create': {
                    const base = { owner, repo, title: op.title, body: fitBody(op.body), labels: [label] };
                    let created;
                    try {
                        created = await write(() => client.rest.issues.create({ ...base, ...(options.assignees?.length ? { assignees: [...options.assignees] } : {}) }));
                    }
                    catch (error) {
                        // An assignee GitHub refuses (no access, no such user) must not cost the alert itself.
                        if (!(error instanceof errors/* GitHubValidationError */.Pz) || !options.assignees?.length)
                            throw error;
                        result.errors.push(`could not assign ${options.assignees.join(', ')} to the issue for alert ${op.key}: ${describe(error)}; opened it unassigned`);
                        created = await write(() => client.rest.issues.create(base));
                    }
                    result.opened += 1;
                    result.issues.push({ number: created.data.number, url: created.data.html_url, key: op.key });
                    break;
                }
                case 'update':
                    await write(() => client.rest.issues.update({ owner, repo, issue_number: op.issue.number, title: op.title, body: fitBody(op.body) }));
                    result.updated += 1;
                    await comment(op, op.issue.number, op.comment);
                    break;
                case 'reopen':
                    await write(() => client.rest.issues.update({ owner, repo, issue_number: op.issue.number, state: 'open', state_reason: 'reopened', title: op.title, body: fitBody(op.body) }));
                    result.reopened += 1;
                    result.issues.push({ number: op.issue.number, url: op.issue.url, key: op.key });
                    await comment(op, op.issue.number, op.comment);
                    break;
                case 'close':
                    await write(() => client.rest.issues.update({ owner, repo, issue_number: op.issue.number, state: 'closed', state_reason: 'completed' }));
                    result.closed += 1;
                    await comment(op, op.issue.number, op.comment);
                    break;
                case 'close-duplicate': {
                    const duplicate = { owner, repo, issue_number: op.issue.number, state: 'closed', state_reason: 'duplicate' };
                    try {
                        await write(() => client.rest.issues.update({ ...duplicate, ...(op.keep.id !== undefined ? { duplicate_issue_id: op.keep.id } : {}) }));
                    }
                    catch (error) {
                        // Servers without `duplicate` (older GitHub Enterprise Server) refuse it: close as completed instead.
                        if (!(error instanceof errors/* GitHubValidationError */.Pz))
                            throw error;
                        await write(() => client.rest.issues.update({ owner, repo, issue_number: op.issue.number, state: 'closed', state_reason: 'completed' }));
                    }
                    result.closed += 1;
                    result.duplicatesClosed += 1;
                    await comment(op, op.issue.number, op.comment);
                    break;
                }
            }
        }
        catch (error) {
            fail(op, error);
        }
    }
    if (stopped)
        result.errors.push(stopped);
    if (result.deferred > 0 && !stopped)
        result.errors.push(`${result.deferred} alert change(s) wait for the next run (at most ${maxWrites} writes per run)`);
    if (result.deferred > 0 && stopped)
        result.errors.push(`${result.deferred} alert change(s) not made`);
    return finish(result, desired);
}
function finish(result, desired) {
    const order = new Map(desired.map((d, i) => [d.key, i]));
    result.issues.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0) || a.number - b.number);
    return result;
}


/***/ })

};

//# sourceMappingURL=0.index.js.map