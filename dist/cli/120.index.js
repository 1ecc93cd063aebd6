export const id = 120;
export const ids = [120];
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


/***/ })

};

//# sourceMappingURL=120.index.js.map