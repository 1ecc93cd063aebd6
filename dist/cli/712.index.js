export const id = 712;
export const ids = [712,120,628];
export const modules = {

/***/ 2120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   ZL: () => (/* binding */ buildExpiryPlan),
/* harmony export */   renderPlanCsv: () => (/* binding */ renderPlanCsv),
/* harmony export */   renderPlanMarkdown: () => (/* binding */ renderPlanMarkdown),
/* harmony export */   renderPlanText: () => (/* binding */ renderPlanText)
/* harmony export */ });
/* unused harmony export PLAN_CSV_COLUMNS */
/* harmony import */ var _registry_matrix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8278);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2717);
/* harmony import */ var _token_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6614);
/**
 * The rotation plan: every registered token ordered by due date with its owner, kind, source, days left, status and
 * the action it needs — as data (the JSON report's `expiry` object) and rendered as text or Markdown. Pure.
 */



function buildExpiryPlan(registry, nowMs, online = {}) {
    const rows = registry.tokens.map((token) => {
        const e = (0,_token_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenExpiry */ .f9)(token, registry.policy, nowMs, online.observations?.get(token.key));
        const row = {
            name: token.name,
            kind: token.kind,
            category: token.category,
            owner: (0,_registry_matrix_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(registry, token, 'owner'),
            source: e.source,
            expiresAt: e.expiresAt,
            daysLeft: e.daysLeft,
            status: e.status,
            action: e.action,
            notes: e.notes,
        };
        const oidc = online.replaceableByOidc?.get(token.key);
        if (oidc?.length) {
            row.replaceableByOidc = [...oidc];
            row.notes = [...row.notes, `replaceable by OIDC trusted publishing (${oidc.join(', ')}): migrate and revoke it rather than rotate it`];
        }
        return { row, due: e.expiresAt === null ? Infinity : ((0,_policy_js__WEBPACK_IMPORTED_MODULE_1__.parseInstant)(e.expiresAt) ?? Infinity) };
    });
    rows.sort((a, b) => a.due - b.due || (a.row.name < b.row.name ? -1 : a.row.name > b.row.name ? 1 : 0));
    return { now: new Date(nowMs).toISOString(), sources: ['declared', ...(online.sources ?? [])], notes: [...(online.notes ?? [])], tokens: rows.map((r) => r.row) };
}
function daysText(row) {
    return row.daysLeft === null ? '—' : String(row.daysLeft);
}
/** A fixed-width table for the terminal. */
function renderPlanText(plan, registryFile) {
    const head = ['STATUS', 'DAYS', 'EXPIRES', 'TOKEN', 'KIND', 'OWNER', 'SOURCE', 'ACTION'];
    const body = plan.tokens.map((r) => [r.status, daysText(r), r.expiresAt ?? '—', r.name, r.kind, r.owner ?? '—', r.source, r.action]);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
    const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    const out = [`Token expiry as of ${plan.now} — ${registryFile}, ${plan.tokens.length} token${plan.tokens.length === 1 ? '' : 's'} (sources: ${plan.sources.join(', ')})`, '', line(head)];
    for (const row of body)
        out.push(line(row));
    // Notes for the tokens that need something (an ok token's only note is where its date came from).
    const notes = plan.tokens.filter((r) => r.action !== 'none' || r.notes.length > 1);
    if (notes.length) {
        out.push('');
        for (const r of notes)
            out.push(`${r.name}: ${r.notes.join('; ')}`);
    }
    if (plan.notes.length) {
        out.push('');
        for (const n of plan.notes)
            out.push(`${n.level === 'warning' ? 'warning' : 'note'} (${n.source}${n.token ? `, ${n.token}` : ''}): ${n.message}`);
    }
    return out.join('\n') + '\n';
}
/** Escapes text for a Markdown table cell (pipes, line breaks, HTML, backticks). */
function cell(text) {
    return text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/`/g, "'");
}
function renderPlanMarkdown(plan, registryFile) {
    const out = [
        '### Token rotation plan',
        '',
        `Registry \`${cell(registryFile)}\` · ${plan.tokens.length} token${plan.tokens.length === 1 ? '' : 's'} · as of ${plan.now} · sources: ${plan.sources.join(', ')}`,
        '',
    ];
    if (!plan.tokens.length)
        return [...out, 'The registry lists no tokens.', ''].join('\n');
    out.push('| Status | Days left | Expires | Token | Kind | Owner | Source | Action | Notes |', '| --- | ---: | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of plan.tokens) {
        const status = r.status === 'ok' || r.status === 'unknown' ? r.status : `**${r.status}**`;
        out.push(`| ${status} | ${daysText(r)} | ${r.expiresAt ?? '—'} | \`${cell(r.name)}\` | ${r.kind} | ${r.owner ? cell(r.owner) : '—'} | ${r.source} | ${r.action} | ${cell(r.notes.join('; ')) || '—'} |`);
    }
    out.push('');
    if (plan.notes.length) {
        for (const n of plan.notes)
            out.push(`> ${n.level === 'warning' ? '**Warning**' : 'Note'} (${n.source}${n.token ? `, \`${cell(n.token)}\`` : ''}): ${cell(n.message)}`, '>');
        out.pop();
        out.push('');
    }
    return out.join('\n');
}
/** The columns of the CSV plan, in order. */
const PLAN_CSV_COLUMNS = ['token', 'kind', 'category', 'owner', 'source', 'expires_at', 'days_left', 'status', 'action', 'notes'];
/** The plan as CSV (RFC 4180, CRLF), one row per token; text cells are guarded against spreadsheet formulas. */
function renderPlanCsv(plan) {
    const rows = plan.tokens.map((r) => [r.name, r.kind, r.category, r.owner, r.source, r.expiresAt, r.daysLeft, r.status, r.action, r.notes.join('; ')].map(_registry_matrix_js__WEBPACK_IMPORTED_MODULE_0__/* .csvField */ .XR).join(','));
    return [PLAN_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6921);
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

/***/ 2712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trendThrough: () => (/* binding */ trendThrough)
/* harmony export */ });
/* harmony import */ var _trend_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4628);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9516);


/**
 * Loads the last run's state, compares this run with it, and saves this run's state for the next one. Best effort
 * throughout: a store that fails only loses the trend, and says why in `warnings`.
 */
async function trendThrough(store, plan, findings) {
    const warnings = [];
    const loaded = await store.load();
    if (loaded.warning)
        warnings.push(`expiry state (${store.describe()}) not read: ${loaded.warning}`);
    const current = (0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .stateFromRun */ .bK)(plan, findings);
    const trend = (0,_trend_js__WEBPACK_IMPORTED_MODULE_0__/* .compareRuns */ .qB)(loaded.state, current);
    const saved = await store.save(current);
    if (!saved.saved)
        warnings.push(`expiry state (${store.describe()}) not saved${saved.warning ? `: ${saved.warning}` : ''}`);
    return { trend, warnings };
}


/***/ }),

/***/ 4628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qB: () => (/* binding */ compareRuns),
/* harmony export */   renderTrendMarkdown: () => (/* binding */ renderTrendMarkdown),
/* harmony export */   renderTrendText: () => (/* binding */ renderTrendText)
/* harmony export */ });
/* unused harmony exports statusUrgency, statusDirection */
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1502);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2120);
/**
 * The trend between two runs of the expiry check: findings that are new or resolved, findings and tokens that grew
 * worse or better, and every token whose status changed — from two saved states (src/expiry/state/state.ts). Pure.
 *
 * Urgency of a status, most urgent first: expired > critical > warning > info > unknown > ok. `unknown` sits just
 * above `ok`: no date is less reassuring than a date far off, but less urgent than a date within the thresholds. So
 * ok → unknown is worse and unknown → ok better. Losing a date does not make a token less urgent, so a move from a
 * dated urgent status (expired, critical, warning, info) to `unknown` is neither worse nor better: it is listed among
 * the status changes only. Severity follows src/model/severity.ts (critical > high > medium > low > info).
 */


const URGENCY = { expired: 5, critical: 4, warning: 3, info: 2, unknown: 1, ok: 0 };
/** Numeric urgency of a status: expired = 5 … ok = 0 (see the module comment for `unknown`). */
function statusUrgency(status) {
    return URGENCY[status];
}
function statusDirection(from, to) {
    if (from === to)
        return undefined;
    if (URGENCY[to] > URGENCY[from])
        return 'worse';
    if (to === 'unknown')
        return 'changed';
    return 'better';
}
function byText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function byFinding(a, b) {
    return byText(a.token ?? '\uffff', b.token ?? '\uffff') || byText(a.ruleId, b.ruleId) || byText(a.fingerprint, b.fingerprint);
}
function changeToken(c) {
    return c.token ?? '\uffff';
}
function byChange(a, b) {
    // A token's status first, then its findings.
    return byText(changeToken(a), changeToken(b)) || (a.kind === b.kind ? 0 : a.kind === 'status' ? -1 : 1) || byText(a.kind === 'severity' ? a.ruleId : '', b.kind === 'severity' ? b.ruleId : '');
}
/** What changed from `previous` (undefined: the first run) to `current`. */
function compareRuns(previous, current) {
    const trend = {
        firstRun: previous === undefined,
        previousSavedAt: previous?.savedAt ?? null,
        currentSavedAt: current.savedAt,
        newFindings: [],
        resolvedFindings: [],
        worse: [],
        better: [],
        statusChanges: [],
        unchanged: false,
    };
    if (!previous)
        return trend;
    const before = new Map(previous.findings.map((f) => [f.fingerprint, f]));
    const now = new Map(current.findings.map((f) => [f.fingerprint, f]));
    for (const f of current.findings) {
        const old = before.get(f.fingerprint);
        if (!old) {
            trend.newFindings.push(f);
            continue;
        }
        const delta = (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(f.severity) - (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(old.severity);
        if (delta === 0)
            continue;
        const change = { kind: 'severity', fingerprint: f.fingerprint, ruleId: f.ruleId, ...(f.token !== undefined ? { token: f.token } : {}), from: old.severity, to: f.severity };
        (delta > 0 ? trend.worse : trend.better).push(change);
    }
    for (const f of previous.findings)
        if (!now.has(f.fingerprint))
            trend.resolvedFindings.push(f);
    const names = [...new Set([...Object.keys(previous.tokens), ...Object.keys(current.tokens)])].sort(byText);
    for (const token of names) {
        const old = Object.hasOwn(previous.tokens, token) ? previous.tokens[token] : undefined;
        const cur = Object.hasOwn(current.tokens, token) ? current.tokens[token] : undefined;
        if (!old && cur)
            trend.statusChanges.push({ token, from: null, to: cur.status, daysLeft: cur.daysLeft, direction: 'added' });
        else if (old && !cur)
            trend.statusChanges.push({ token, from: old.status, to: null, daysLeft: null, direction: 'removed' });
        else if (old && cur) {
            const direction = statusDirection(old.status, cur.status);
            if (!direction)
                continue;
            trend.statusChanges.push({ token, from: old.status, to: cur.status, daysLeft: cur.daysLeft, direction });
            const change = { kind: 'status', token, from: old.status, to: cur.status, daysLeft: cur.daysLeft };
            if (direction === 'worse')
                trend.worse.push(change);
            else if (direction === 'better')
                trend.better.push(change);
        }
    }
    trend.newFindings.sort(byFinding);
    trend.resolvedFindings.sort(byFinding);
    trend.worse.sort(byChange);
    trend.better.sort(byChange);
    trend.unchanged = !trend.newFindings.length && !trend.resolvedFindings.length && !trend.worse.length && !trend.better.length && !trend.statusChanges.length;
    return trend;
}
function changeRow(label, c) {
    return c.kind === 'status'
        ? { change: label, token: c.token, what: 'status', was: c.from, now: c.to }
        : { change: label, token: c.token ?? null, what: c.ruleId, was: c.from, now: c.to };
}
/** Rows, most pressing first: worse, new, resolved, better, then the other status changes. */
function trendRows(trend) {
    return [
        ...trend.worse.map((c) => changeRow('worse', c)),
        ...trend.newFindings.map((f) => ({ change: 'new', token: f.token ?? null, what: f.ruleId, was: null, now: f.severity })),
        ...trend.resolvedFindings.map((f) => ({ change: 'resolved', token: f.token ?? null, what: f.ruleId, was: f.severity, now: null })),
        ...trend.better.map((c) => changeRow('better', c)),
        ...trend.statusChanges
            .filter((s) => s.direction !== 'worse' && s.direction !== 'better')
            .map((s) => ({ change: s.direction, token: s.token, what: 'status', was: s.from, now: s.to })),
    ];
}
/** At most this many rows are rendered; the rest are counted. */
const MAX_ROWS = 100;
function countsText(trend, strong) {
    const other = trend.statusChanges.filter((s) => s.direction !== 'worse' && s.direction !== 'better').length;
    const parts = [
        [trend.newFindings.length, 'new'],
        [trend.resolvedFindings.length, 'resolved'],
        [trend.worse.length, 'worse'],
        [trend.better.length, 'better'],
    ].map(([n, label]) => (n ? strong(`${n} ${label}`) : `0 ${label}`));
    if (other)
        parts.push(`${other} other status change${other === 1 ? '' : 's'}`);
    return parts.join(', ');
}
function renderTrendMarkdown(trend) {
    const out = ['### Since the last run', ''];
    if (trend.firstRun)
        return [...out, 'First run: nothing to compare.', ''].join('\n');
    const since = `the run of ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(trend.previousSavedAt ?? '—')}`;
    if (trend.unchanged)
        return [...out, `No change since ${since}.`, ''].join('\n');
    out.push(`Compared with ${since}: ${countsText(trend, (s) => `**${s}**`)}.`, '');
    out.push('| Change | Token | What | Was | Now |', '| --- | --- | --- | --- | --- |');
    const rows = trendRows(trend);
    for (const r of rows.slice(0, MAX_ROWS)) {
        const now = r.now === null ? '—' : r.change === 'worse' || r.change === 'new' ? `**${(0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.now)}**` : (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.now);
        out.push(`| ${r.change} | ${r.token === null ? '—' : `\`${(0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.token)}\``} | ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.what)} | ${r.was === null ? '—' : (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.was)} | ${now} |`);
    }
    if (rows.length > MAX_ROWS)
        out.push('', `… and ${rows.length - MAX_ROWS} more.`);
    out.push('');
    return out.join('\n');
}
/** Control characters out of a terminal line (a name comes from the registry file). */
function plain(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}
function renderTrendText(trend) {
    if (trend.firstRun)
        return 'Since the last run: first run: nothing to compare\n';
    const since = plain(trend.previousSavedAt ?? '—');
    if (trend.unchanged)
        return `Since the last run (${since}): no change\n`;
    const rows = trendRows(trend);
    const shown = rows.slice(0, MAX_ROWS).map((r) => [r.change, r.token === null ? '—' : plain(r.token), plain(r.what), `${r.was ?? '—'} → ${r.now ?? '—'}`]);
    const widths = [0, 1, 2].map((i) => Math.max(...shown.map((row) => row[i].length)));
    const out = [`Since the last run (${since}): ${countsText(trend, (s) => s)}`];
    for (const row of shown)
        out.push('  ' + row.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c)).join('  '));
    if (rows.length > MAX_ROWS)
        out.push(`  … and ${rows.length - MAX_ROWS} more`);
    return out.join('\n') + '\n';
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
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);



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

//# sourceMappingURL=712.index.js.map