export const id = 166;
export const ids = [166];
export const modules = {

/***/ 5629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ COMMON_OPTIONS),
/* harmony export */   HU: () => (/* binding */ writeGithubOutputs),
/* harmony export */   Jr: () => (/* binding */ failing),
/* harmony export */   NJ: () => (/* binding */ positiveInt),
/* harmony export */   WF: () => (/* binding */ JSON_TOOL),
/* harmony export */   Y4: () => (/* binding */ requireGithubOutput),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   co: () => (/* binding */ cliClient),
/* harmony export */   hq: () => (/* binding */ findingLines),
/* harmony export */   tC: () => (/* binding */ failOnOf),
/* harmony export */   vG: () => (/* binding */ isDryRun),
/* harmony export */   vi: () => (/* binding */ authFromCli),
/* harmony export */   xs: () => (/* binding */ jsonFindings)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1502);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
/**
 * What the renewal commands (`runner-token`, `rotate`) share on the command line: the credential (a token from the
 * environment, or a GitHub App), dry run unless `--apply`, masked step outputs through $GITHUB_OUTPUT, and how
 * findings are printed. No value is ever printed: the only place one goes is the $GITHUB_OUTPUT file, after the
 * `::add-mask::` command that tells the runner to hide it.
 */





/** Flags every renewal command takes (node:util parseArgs options). */
const COMMON_OPTIONS = {
    'dry-run': { type: 'boolean' },
    apply: { type: 'boolean' },
    'api-url': { type: 'string' },
    state: { type: 'string' },
    format: { type: 'string', short: 'f' },
    'app-id': { type: 'string' },
    'installation-id': { type: 'string' },
    attempts: { type: 'string' },
    'fail-on': { type: 'string' },
    'store-output': { type: 'boolean' },
};
/** Writing commands default to a dry run: only `--apply` writes. */
function isDryRun(values) {
    if (values['dry-run'] && values.apply)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--dry-run and --apply contradict each other (a dry run is the default)');
    return values.apply !== true;
}
function positiveInt(value, flag, fallback) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${flag} must be a whole number of at least 1 (got "${value}")`);
    return n;
}
function formatOf(values) {
    const f = values.format ?? 'text';
    if (f !== 'text' && f !== 'json')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--format must be text or json (got "${f}")`);
    return f;
}
function failOnOf(values) {
    const f = values['fail-on'] ?? 'high';
    if (!_model_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .FAIL_ON_VALUES */ .Qm.includes(f))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--fail-on must be one of ${_model_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .FAIL_ON_VALUES */ .Qm.join(', ')} (got "${f}")`);
    return f;
}
/**
 * The credential: a GitHub App when `--app-id` is given (key from GITHUB_APP_PRIVATE_KEY), else GITHUB_TOKEN or
 * GH_TOKEN. `owner`/`repository` let the App find its installation when `--installation-id` is not given.
 */
function authFromCli(values, env, where, needs) {
    if (values['app-id'] !== undefined) {
        const privateKey = env.GITHUB_APP_PRIVATE_KEY;
        if (!privateKey?.trim())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--app-id needs the App private key (PEM) in the environment variable GITHUB_APP_PRIVATE_KEY');
        const installationId = values['installation-id'] === undefined ? undefined : positiveInt(values['installation-id'], '--installation-id', 0);
        return {
            type: 'app',
            appId: values['app-id'],
            privateKey,
            ...(installationId !== undefined ? { installationId } : {}),
            ...(where.repository ? { repository: where.repository } : where.owner ? { owner: where.owner } : {}),
        };
    }
    if (values['installation-id'] !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--installation-id belongs to a GitHub App: give --app-id too');
    const token = env.GITHUB_TOKEN?.trim() || env.GH_TOKEN?.trim();
    if (!token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`no credential: set GITHUB_TOKEN (or GH_TOKEN) to a token with ${needs}, or use a GitHub App (--app-id, its private key in GITHUB_APP_PRIVATE_KEY, --installation-id)`);
    return { type: 'token', token };
}
/** The renewal client for the CLI: no log masker (nothing is printed), client warnings to stderr. */
async function cliClient(io, auth, apiUrl) {
    const { resolveApiUrl } = await __webpack_require__.e(/* import() */ 19).then(__webpack_require__.bind(__webpack_require__, 7019));
    const { createRenewalClient } = await Promise.all(/* import() */[__webpack_require__.e(371), __webpack_require__.e(768), __webpack_require__.e(346)]).then(__webpack_require__.bind(__webpack_require__, 3153));
    const { GitHubApiError } = await __webpack_require__.e(/* import() */ 116).then(__webpack_require__.bind(__webpack_require__, 3116));
    return createRenewalClient({
        auth,
        baseUrl: resolveApiUrl(apiUrl, io.env),
        mask: () => undefined,
        env: io.env,
        log: { debug: () => undefined, info: () => undefined, warn: (m) => io.stderr(`warning: ${m}\n`), error: (m) => io.stderr(`error: ${m}\n`) },
    }).catch((error) => {
        // A GitHub App is authenticated at once (its installation token is minted here): a wrong key, App or installation.
        if (error instanceof GitHubApiError)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`cannot authenticate as the GitHub App: ${error.message}`);
        throw error;
    });
}
/** Refuses `--store-output` outside a GitHub Actions step before anything is minted: the value is never printed. */
function requireGithubOutput(io) {
    const file = io.env.GITHUB_OUTPUT;
    if (!file)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--store-output writes a masked step output to $GITHUB_OUTPUT, which is not set (not a GitHub Actions step); the value is never printed: use --store-secret instead');
    return file;
}
/**
 * Appends outputs to $GITHUB_OUTPUT in the multi-line form (`name<<DELIMITER`). Each value listed in `secret` is first
 * registered with the runner's masker (`::add-mask::` on standard output, which the runner consumes and never logs).
 */
function writeGithubOutputs(io, file, outputs, secret) {
    for (const name of secret)
        if (outputs[name])
            io.stdout(`::add-mask::${outputs[name]}\n`);
    let text = '';
    for (const [name, value] of Object.entries(outputs)) {
        const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
        text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, text, { encoding: 'utf8' });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`cannot write $GITHUB_OUTPUT (${error.code ?? String(error)})`);
    }
}
function findingLines(findings) {
    return findings.map((f) => `  ${f.severity.padEnd(8)}  ${f.ruleId}  ${f.location.file}${f.location.startLine > 1 ? `:${f.location.startLine}` : ''}  ${f.message}`);
}
/** The frozen JSON shape of a finding in the renewal commands' reports. */
async function jsonFindings(findings) {
    const { ruleMeta } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 908));
    return findings.map((f) => ({
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        message: f.message,
        file: f.location.file,
        startLine: f.location.startLine,
        fingerprint: f.fingerprint,
        remediation: ruleMeta(f.ruleId)?.remediation ?? '',
    }));
}
const JSON_TOOL = { name: 'token-warden', version: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x };
function failing(findings, failOn) {
    return failOn !== 'none' && findings.some((f) => (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .atOrAbove */ .kU)(f.severity, failOn));
}


/***/ }),

/***/ 166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runnerTokenCommand: () => (/* binding */ runnerTokenCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _renewal_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1338);
/* harmony import */ var _renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5629);
/**
 * `token-warden runner-token (--org ORG | --repo OWNER/REPO | --enterprise SLUG) [--store-secret NAME] [--store-output]
 * [--jit NAME --labels a,b --runner-group-id N] [--threshold 5m] [--force] [--dry-run|--apply] [--api-url URL]
 * [--state FILE] [--format text|json]`: keeps a self-hosted runner registration token (or a JIT config) fresh.
 * A dry run unless --apply. Exit 0 when done (or nothing to do), 1 when it failed or a finding is at or above
 * --fail-on (default high), 2 for a usage error.
 */





const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
function scopeOf(values) {
    const given = ['org', 'repo', 'enterprise'].filter((k) => values[k] !== undefined);
    if (given.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('runner-token needs exactly one of --org ORG, --repo OWNER/REPO, --enterprise SLUG');
    if (values.org !== undefined) {
        if (!NAME.test(values.org))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--org must be an organisation login (got "${values.org}")`);
        return { kind: 'org', org: values.org };
    }
    if (values.repo !== undefined) {
        if (!REPO.test(values.repo))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--repo must be OWNER/REPO (got "${values.repo}")`);
        const [owner, repo] = values.repo.split('/');
        return { kind: 'repo', owner, repo };
    }
    if (!/^[A-Za-z0-9-]+$/.test(values.enterprise))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--enterprise must be the enterprise's slug (got "${values.enterprise}")`);
    return { kind: 'enterprise', enterprise: values.enterprise };
}
function storeSecretOf(scope, values) {
    const name = values['store-secret'];
    if (name === undefined) {
        if (values.visibility !== undefined || values['selected-repository-ids'] !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--visibility and --selected-repository-ids go with --store-secret');
        return undefined;
    }
    if (!SECRET_NAME.test(name) || /^GITHUB_/i.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--store-secret: "${name}" is not a valid secret name (letters, digits and _, not starting with a digit or GITHUB_)`);
    if (scope.kind === 'enterprise')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--store-secret: an enterprise has no Actions secrets; use --store-output (or --org/--repo)');
    if (scope.kind === 'repo') {
        if (values.visibility !== undefined || values['selected-repository-ids'] !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--visibility and --selected-repository-ids are for organisation secrets (--org)');
        return { name };
    }
    const visibility = values.visibility;
    if (visibility === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--store-secret with --org needs --visibility all|private|selected (selected with --selected-repository-ids 1,2): the secret holds a token that can add runners to the organisation, so choose who may read it');
    }
    if (visibility !== 'all' && visibility !== 'private' && visibility !== 'selected')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--visibility must be all, private or selected (got "${visibility}")`);
    const ids = values['selected-repository-ids'];
    if (visibility === 'selected' && ids === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--visibility selected needs --selected-repository-ids 1,2 (repository ids)');
    if (visibility !== 'selected' && ids !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--selected-repository-ids goes with --visibility selected');
    const selectedRepositoryIds = ids?.split(',').map((s) => (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .positiveInt */ .NJ)(s.trim(), '--selected-repository-ids', 0));
    return { name, visibility, ...(selectedRepositoryIds ? { selectedRepositoryIds } : {}) };
}
function renderText(result, dryRun) {
    const lines = [`runner-token: ${result.target}${dryRun ? ' (dry run)' : ''}`];
    for (const a of result.actions)
        lines.push(`  ${a}`);
    if (result.runners)
        lines.push(`runners: ${result.runners.total} self-hosted, ${result.runners.offline} offline`);
    if (result.findings.length)
        lines.push(`findings (${result.findings.length}):`, ...(0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .findingLines */ .hq)(result.findings));
    const m = result.metrics;
    lines.push(`metrics${dryRun ? ' (unchanged by a dry run)' : ''}: last_check ${m.last_check ?? 'never'}, last_refresh ${m.last_refresh ?? 'never'}, total_refreshes ${m.total_refreshes}, failed_refreshes ${m.failed_refreshes}, consecutive_failures ${m.consecutive_failures}`);
    for (const n of result.notes)
        lines.push(`note: ${n}`);
    return lines.join('\n') + '\n';
}
async function runnerTokenCommand(args, io) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
        args,
        strict: true,
        allowPositionals: true,
        options: {
            ..._renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMON_OPTIONS */ .DT,
            org: { type: 'string' },
            repo: { type: 'string' },
            enterprise: { type: 'string' },
            'store-secret': { type: 'string' },
            visibility: { type: 'string' },
            'selected-repository-ids': { type: 'string' },
            jit: { type: 'string' },
            labels: { type: 'string' },
            'runner-group-id': { type: 'string' },
            threshold: { type: 'string' },
            force: { type: 'boolean' },
            'alert-after': { type: 'string' },
        },
    });
    if (positionals.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`runner-token takes no positional arguments (got "${positionals[0]}")`);
    const scope = scopeOf(values);
    const dryRun = (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .isDryRun */ .vG)(values);
    const format = (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .formatOf */ .be)(values);
    const failOn = (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .failOnOf */ .tC)(values);
    const storeSecret = storeSecretOf(scope, values);
    const storeOutput = values['store-output'] === true;
    if (!storeSecret && !storeOutput)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('runner-token needs somewhere to put the token: --store-secret NAME, --store-output, or both');
    let jit;
    if (values.jit !== undefined) {
        if (!/^[A-Za-z0-9._-]{1,64}$/.test(values.jit))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--jit needs a runner name (letters, digits, . _ -; got "${values.jit}")`);
        const labels = (values.labels ?? '').split(',').map((l) => l.trim()).filter(Boolean);
        if (labels.length === 0 || labels.length > 100)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--jit needs --labels a,b (1 to 100 labels)');
        jit = { name: values.jit, labels, runnerGroupId: (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .positiveInt */ .NJ)(values['runner-group-id'], '--runner-group-id', 1) };
        if (values.threshold !== undefined || values.force)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--threshold and --force are for registration tokens: a JIT config is made afresh every run');
    }
    else if (values.labels !== undefined || values['runner-group-id'] !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--labels and --runner-group-id go with --jit NAME');
    }
    let thresholdMs;
    if (values.threshold !== undefined) {
        thresholdMs = (0,_renewal_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E)(values.threshold);
        if (thresholdMs === undefined || thresholdMs <= 0 || thresholdMs >= 3_600_000)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--threshold must be a duration under the token's one hour, e.g. 5m or 35m (got "${values.threshold}")`);
    }
    const outputFile = storeOutput ? (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .requireGithubOutput */ .Y4)(io) : undefined;
    const attempts = (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .positiveInt */ .NJ)(values.attempts, '--attempts', 3);
    const alertAfter = (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .positiveInt */ .NJ)(values['alert-after'], '--alert-after', 3);
    const needs = scope.kind === 'enterprise' ? 'the manage_runners:enterprise scope' : scope.kind === 'org' ? 'organization_self_hosted_runners: write' : 'administration: write';
    const auth = (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .authFromCli */ .vi)(values, io.env, scope.kind === 'repo' ? { repository: `${scope.owner}/${scope.repo}` } : scope.kind === 'org' ? { owner: scope.org } : {}, needs);
    const client = await (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .cliClient */ .co)(io, auth, values['api-url']);
    const { FileRenewalStateStore } = await __webpack_require__.e(/* import() */ 619).then(__webpack_require__.bind(__webpack_require__, 9000));
    const { runRunnerToken } = await Promise.all(/* import() */[__webpack_require__.e(371), __webpack_require__.e(768), __webpack_require__.e(346), __webpack_require__.e(956)]).then(__webpack_require__.bind(__webpack_require__, 4956));
    const result = await runRunnerToken({
        scope,
        client,
        ...(storeSecret ? { storeSecret } : {}),
        storeOutput,
        ...(jit ? { jit } : {}),
        ...(thresholdMs !== undefined ? { thresholdMs } : {}),
        force: values.force === true,
        dryRun,
        ...(values.state !== undefined ? { state: new FileRenewalStateStore(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, values.state)) } : {}),
        alertAfter,
        retry: { attempts },
        // The CLI prints no value and has no log masker; --store-output masks through $GITHUB_OUTPUT's add-mask below.
        mask: () => undefined,
        log: (m) => io.stderr(`${m}\n`),
    });
    if (outputFile && !dryRun && result.status !== 'failed')
        (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .writeGithubOutputs */ .HU)(io, outputFile, result.outputs, result.secretOutputs);
    if (format === 'json') {
        const shown = Object.fromEntries(Object.entries(result.outputs).filter(([k]) => !result.secretOutputs.includes(k)));
        const report = {
            version: 1,
            tool: _renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .JSON_TOOL */ .WF,
            command: 'runner-token',
            dryRun,
            status: result.status,
            target: result.target,
            threshold: jit ? null : (0,_renewal_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(thresholdMs ?? 5 * 60_000),
            expiresAt: result.expiresAt,
            actions: result.actions,
            notes: result.notes,
            error: result.error ?? null,
            metrics: result.metrics,
            runners: result.runners ?? null,
            outputs: shown,
            maskedOutputs: result.secretOutputs,
            findings: await (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonFindings */ .xs)(result.findings),
        };
        io.stdout(JSON.stringify(report, null, 2) + '\n');
    }
    else {
        io.stdout(renderText(result, dryRun));
        if (result.error)
            io.stderr(`token-warden: runner-token failed: ${result.error}\n`);
    }
    return result.status === 'failed' || (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .failing */ .Jr)(result.findings, failOn) ? 1 : 0;
}


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


/***/ })

};

//# sourceMappingURL=166.index.js.map