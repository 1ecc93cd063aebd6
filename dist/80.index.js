export const id = 80;
export const ids = [80];
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

/***/ 8080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ALERT_GROUPINGS: () => (/* binding */ ALERT_GROUPINGS),
/* harmony export */   ownerFromRegistry: () => (/* binding */ ownerFromRegistry),
/* harmony export */   planAlerts: () => (/* binding */ planAlerts)
/* harmony export */ });
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1502);
/* harmony import */ var _registry_rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2446);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(908);
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5583);




const ALERT_GROUPINGS = ['auto', 'per-finding', 'per-rule', 'digest'];
const WORKFLOW_RULE_IDS = new Set([..._rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y0, ..._rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKFLOW_PROJECT_RULES */ .wu].map((r) => r.meta.id).concat(_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PARSE_ERROR */ .to.id, _rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RESOURCE_LIMIT */ .Bs.id));
function defaultTypeOf(finding) {
    return _registry_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .EXPIRY_RULE_IDS */ .iW.has(finding.ruleId) ? 'expiry' : 'scan';
}
function byImportance(a, b) {
    return ((0,_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(b.severity) - (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(a.severity) ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.location.file.localeCompare(b.location.file) ||
        a.location.startLine - b.location.startLine ||
        a.fingerprint.localeCompare(b.fingerprint));
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** The first quoted name in a message (`Token "DEPLOY_TOKEN" …`, `Job "build" …`), if short. */
function subjectOf(message) {
    const quoted = /"([^"]{1,60})"/.exec(message)?.[1];
    return quoted;
}
const THRESHOLD_WORDS = /: (critical|warning|info) \(thresholds (\d+)\/(\d+)\/(\d+) days\)/;
/** "Token Warden: 1 token expired, 3 tokens expire within 30 days, 1 other token finding". */
function expiryTitle(findings) {
    const expired = findings.filter((f) => f.ruleId === 'token-expired');
    const expiring = findings.filter((f) => f.ruleId === 'token-expiring');
    const other = findings.length - expired.length - expiring.length;
    const parts = [];
    if (expired.length)
        parts.push(`${plural(expired.length, 'token')} expired`);
    if (expiring.length) {
        // The threshold a token falls under (not its day count): the title stays put while the days count down.
        const days = expiring.map((f) => {
            const m = THRESHOLD_WORDS.exec(f.message);
            if (!m)
                return undefined;
            return Number(m[1] === 'critical' ? m[2] : m[1] === 'warning' ? m[3] : m[4]);
        });
        const within = days.every((d) => d !== undefined) ? Math.max(...days) : undefined;
        parts.push(`${expiring.length} ${expiring.length === 1 ? 'token expires' : 'tokens expire'} ${within === undefined ? 'soon' : `within ${within} days`}`);
    }
    if (other)
        parts.push(plural(other, 'other token finding'));
    return `Token Warden: ${parts.join(', ')}`;
}
function scanTitle(findings) {
    const workflow = findings.filter((f) => WORKFLOW_RULE_IDS.has(f.ruleId)).length;
    if (workflow === findings.length)
        return `Token Warden: ${plural(findings.length, 'workflow finding')}`;
    if (workflow === 0)
        return `Token Warden: ${plural(findings.length, 'token registry finding')}`;
    return `Token Warden: ${plural(findings.length, 'finding')} in workflows and the token registry`;
}
function titleOf(group) {
    const first = group.findings[0];
    if (group.grouping === 'per-finding') {
        const subject = subjectOf(first.message);
        return `Token Warden: ${first.ruleId}${subject ? ` for "${subject}"` : ''} in ${first.location.file}`;
    }
    if (group.grouping === 'per-rule')
        return `Token Warden: ${plural(group.findings.length, `${first.ruleId} finding`)}`;
    return group.type === 'expiry' ? expiryTitle(group.findings) : scanTitle(group.findings);
}
/** The alert issues a run wants, most severe first. */
function planAlerts(findings, options = {}) {
    const grouping = options.grouping ?? 'auto';
    const minSeverity = options.minSeverity ?? 'high';
    const typeOf = options.typeOf ?? defaultTypeOf;
    const bodyOptions = { ...options, ruleMeta: options.ruleMeta ?? _rules_index_js__WEBPACK_IMPORTED_MODULE_2__.ruleMeta };
    const seen = new Set();
    const alerting = findings
        .filter((f) => !f.suppression && (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .atOrAbove */ .kU)(f.severity, minSeverity))
        .filter((f) => (seen.has(f.fingerprint) ? false : (seen.add(f.fingerprint), true)))
        .sort(byImportance);
    const groups = new Map();
    const add = (key, kind, finding) => {
        const safe = (0,_body_js__WEBPACK_IMPORTED_MODULE_3__/* .sanitizeKey */ .Pt)(key);
        const group = groups.get(safe) ?? { key: safe, grouping: kind, type: typeOf(finding), findings: [] };
        group.findings.push(finding);
        groups.set(safe, group);
    };
    for (const f of alerting) {
        const kind = grouping === 'auto' ? (f.severity === 'critical' ? 'per-finding' : 'digest') : grouping;
        if (kind === 'per-finding')
            add(`finding:${f.fingerprint}`, kind, f);
        else if (kind === 'per-rule')
            add(`rule:${f.ruleId}`, kind, f);
        else
            add(`digest:${typeOf(f)}`, kind, f);
    }
    const alerts = [];
    for (const group of groups.values()) {
        const severity = (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .maxSeverity */ .eL)(group.findings.map((f) => f.severity));
        const content = {
            key: group.key,
            title: (0,_body_js__WEBPACK_IMPORTED_MODULE_3__/* .sanitizeTitle */ .em)(titleOf(group)),
            severity,
            type: group.type,
            grouping: group.grouping,
            items: group.findings.map((finding) => {
                const owner = options.ownerOf?.(finding);
                return owner ? { finding, owner } : { finding };
            }),
        };
        const rendered = (0,_body_js__WEBPACK_IMPORTED_MODULE_3__/* .renderAlertBody */ .tW)(content, bodyOptions);
        alerts.push({
            key: group.key,
            title: content.title,
            body: rendered.body,
            severity,
            type: group.type,
            hash: rendered.hash,
            fingerprints: group.findings.map((f) => f.fingerprint),
            ruleIds: [...new Set(group.findings.map((f) => f.ruleId))],
            omitted: rendered.omitted,
        });
    }
    return alerts.sort((a, b) => (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(b.severity) - (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(a.severity) || a.key.localeCompare(b.key));
}
/**
 * Owners from the token registry: a finding about a registered token (named in quotes, `Token "DEPLOY_TOKEN"`, or as
 * `secrets.DEPLOY_TOKEN`) gets that token's `owner`. Secret names compare case-insensitively, as GitHub's do.
 */
function ownerFromRegistry(tokens) {
    const owners = new Map();
    for (const t of tokens)
        if (t.owner?.trim())
            owners.set(t.name.toUpperCase(), t.owner.trim());
    return (finding) => {
        const names = [...finding.message.matchAll(/"([A-Za-z_][A-Za-z0-9_]*)"|\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => (m[1] ?? m[2]).toUpperCase());
        const found = [...new Set(names.map((n) => owners.get(n)).filter((o) => o !== undefined))];
        return found.length ? found.join(', ') : undefined;
    };
}


/***/ })

};

//# sourceMappingURL=80.index.js.map