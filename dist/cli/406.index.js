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

/***/ 406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runExpiry: () => (/* binding */ runExpiry)
});

// EXTERNAL MODULE: ./src/registry/rules/index.ts + 22 modules
var rules = __webpack_require__(2773);
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

// EXTERNAL MODULE: ./src/expiry/sources/values.ts
var sources_values = __webpack_require__(3014);
;// CONCATENATED MODULE: ./src/expiry/run.ts







/** What the workflows and actions under the root do with secrets (unparsable files skipped; never the registry). */
function workflowUsage(root, cwd, registryFile) {
    const found = (0,files/* discover */.k4)([root], cwd);
    return (0,usage/* usageOfInputs */.C)((0,files/* readInputs */.Ko)({ root: found.root, files: found.files.filter((f) => f !== registryFile && (0,files/* isWithin */.UO)(found.root, f)) }));
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


/***/ })

};

//# sourceMappingURL=406.index.js.map