export const id = 406;
export const ids = [406,120];
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

/***/ 406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runExpiry: () => (/* binding */ runExpiry)
});

// EXTERNAL MODULE: ./src/engine.ts + 1 modules
var engine = __webpack_require__(6572);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/registry/load-file.ts
var load_file = __webpack_require__(618);
// EXTERNAL MODULE: ./src/registry/rules/index.ts + 22 modules
var rules = __webpack_require__(892);
// EXTERNAL MODULE: ./src/sources/config-file.ts
var config_file = __webpack_require__(781);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
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

// EXTERNAL MODULE: ./src/expiry/sources/values.ts
var sources_values = __webpack_require__(3014);
;// CONCATENATED MODULE: ./src/expiry/run.ts
/**
 * One expiry run, shared by `token-warden expiry` and the action: load the registry and the config, ask the sources
 * (none offline), judge every token by the policy, and return the findings (the scan report's shape) with the
 * rotation plan. The sources are passed in, built by ./sources/index.ts, so tests point them at the doubles.
 */









async function runExpiry(options) {
    const loaded = await (0,load_file/* loadRegistry */.Ag)(options.root, options.registryPath, options.cwd, options.mask);
    if (!loaded)
        throw new errors/* UsageError */.e(`no token registry found under ${options.root} (looked for ${load_file/* DEFAULT_REGISTRY_PATH */.sk} and ${load_file/* LEGACY_REGISTRY_PATH */.yb}); use --registry FILE`);
    const { config: fileConfig } = await (0,config_file/* loadConfig */.Z)(options.root, options.configPath, options.cwd, options.mask);
    const config = { ...fileConfig, ...(options.failOn ? { failOn: options.failOn } : {}), ...(options.minSeverity ? { minSeverity: options.minSeverity } : {}) };
    const registry = loaded.registry;
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
    const plan = (0,expiry_plan/* buildExpiryPlan */.ZL)(registry, options.nowMs, { observations: collected.observations, sources: collected.sources, notes });
    const result = (0,engine/* scan */.SQ)([], {
        config,
        projectRules: (0,rules/* registryProjectRules */.GZ)(registry, loaded.file.path, { scope: 'registry-file', now: new Date(options.nowMs), observations: collected.observations }).filter((r) => rules/* EXPIRY_RULE_IDS */.iW.has(r.meta.id)),
        extraFiles: [{ path: loaded.file.path, text: loaded.file.text }],
        onSecret: options.mask,
    });
    const report = {
        toolVersion: version/* VERSION */.x,
        findings: result.findings,
        stats: result.stats,
        ruleFailures: result.ruleFailures,
        failOn: config.failOn,
        minSeverity: config.minSeverity,
        registry: { path: loaded.file.path, tokens: registry.tokens.length },
        ...(options.links ? { links: options.links } : {}),
    };
    return { report, result, plan, collected, registryFile: loaded.file.path, registry };
}


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


/***/ })

};

//# sourceMappingURL=406.index.js.map