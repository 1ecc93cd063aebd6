export const id = 267;
export const ids = [267];
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
    const { createRenewalClient } = await Promise.all(/* import() */[__webpack_require__.e(349), __webpack_require__.e(768), __webpack_require__.e(153)]).then(__webpack_require__.bind(__webpack_require__, 3153));
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

/***/ 4267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rotateCommand: () => (/* binding */ rotateCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _sources_git_remote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9445);
/* harmony import */ var _renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5629);
/**
 * `token-warden rotate [--registry FILE] [--dry-run|--apply] [--force NAME | --force-all] [--repo OWNER/REPO]
 * [--state FILE]`: writes a fresh generated value to every repository Actions secret whose registry entry has a
 * `rotation` rule and is due (or forced). A dry run unless --apply. Exit 0 when done (or nothing due), 1 when a
 * rotation failed, 2 for a usage or registry error.
 */





function renderText(result, dryRun) {
    const lines = [`rotate: Actions secrets of ${result.repository} with a rotation rule in ${result.registryFile ?? '(no registry)'}${dryRun ? ' (dry run)' : ''}`];
    for (const a of result.actions)
        lines.push(`  ${a}`);
    if (result.findings.length)
        lines.push(`findings (${result.findings.length}):`, ...(0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .findingLines */ .hq)(result.findings));
    for (const n of result.notes)
        lines.push(`note: ${n}`);
    return lines.join('\n') + '\n';
}
async function rotateCommand(args, io) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
        args,
        strict: true,
        allowPositionals: true,
        options: {
            ..._renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMON_OPTIONS */ .DT,
            registry: { type: 'string' },
            repo: { type: 'string' },
            force: { type: 'string', multiple: true },
            'force-all': { type: 'boolean' },
        },
    });
    if (positionals.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`rotate takes no positional arguments (got "${positionals[0]}"); name the registry with --registry FILE`);
    const dryRun = (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .isDryRun */ .vG)(values);
    const format = (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .formatOf */ .be)(values);
    const failOn = (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .failOnOf */ .tC)(values);
    const forceNames = values.force ?? [];
    if (values['force-all'] && forceNames.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--force NAME and --force-all: give one of them');
    const repository = values.repo ?? io.env.GITHUB_REPOSITORY ?? (0,_sources_git_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryFromGit */ .LA)(io.cwd);
    if (!repository)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('rotate needs the repository whose secrets it writes: --repo OWNER/REPO (or GITHUB_REPOSITORY, or a git remote "origin")');
    if (!(0,_sources_git_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .isRepositoryName */ .en)(repository))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--repo must be OWNER/REPO (got "${repository}")`);
    const storeOutput = values['store-output'] === true;
    const outputFile = storeOutput ? (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .requireGithubOutput */ .Y4)(io) : undefined;
    const attempts = (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .positiveInt */ .NJ)(values.attempts, '--attempts', 3);
    const auth = (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .authFromCli */ .vi)(values, io.env, { repository }, 'secrets: write on the repository');
    const client = await (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .cliClient */ .co)(io, auth, values['api-url']);
    const { FileRenewalStateStore } = await __webpack_require__.e(/* import() */ 619).then(__webpack_require__.bind(__webpack_require__, 9000));
    const { describeRun } = await __webpack_require__.e(/* import() */ 353).then(__webpack_require__.bind(__webpack_require__, 9353));
    const { runRotate } = await Promise.all(/* import() */[__webpack_require__.e(349), __webpack_require__.e(768), __webpack_require__.e(153), __webpack_require__.e(486)]).then(__webpack_require__.bind(__webpack_require__, 9486));
    const result = await runRotate({
        root: io.cwd,
        cwd: io.cwd,
        ...(values.registry !== undefined ? { registryPath: values.registry } : {}),
        repository,
        client,
        dryRun,
        force: { all: values['force-all'] === true, names: forceNames },
        outputValues: storeOutput,
        ...(values.state !== undefined ? { state: new FileRenewalStateStore(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, values.state)) } : {}),
        run: describeRun(io.env),
        retry: { attempts },
        // No value is printed; --store-output masks through $GITHUB_OUTPUT's add-mask below.
        mask: () => undefined,
        log: (m) => io.stderr(`${m}\n`),
    });
    if (outputFile && !dryRun && Object.keys(result.outputs).length)
        (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .writeGithubOutputs */ .HU)(io, outputFile, result.outputs, result.secretOutputs);
    if (format === 'json') {
        const report = {
            version: 1,
            tool: _renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .JSON_TOOL */ .WF,
            command: 'rotate',
            dryRun,
            status: result.status,
            repository: result.repository,
            registry: result.registryFile,
            secrets: result.plan.map((e) => ({
                name: e.name,
                type: e.rule.generate.type,
                prefix: e.rule.generate.prefix ?? null,
                length: e.rule.generate.length,
                maxAgeDays: e.rule.maxAgeDays,
                updatedAt: e.updatedAt ?? null,
                ageDays: e.ageDays ?? null,
                due: e.due,
                reason: e.reason,
                detail: e.detail,
            })),
            actions: result.actions,
            history: result.history,
            notes: result.notes,
            error: result.error ?? null,
            maskedOutputs: result.secretOutputs,
            findings: await (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonFindings */ .xs)(result.findings),
        };
        io.stdout(JSON.stringify(report, null, 2) + '\n');
    }
    else {
        io.stdout(renderText(result, dryRun));
        if (result.error)
            io.stderr(`token-warden: rotate failed: ${result.error}\n`);
    }
    return result.status === 'failed' || result.status === 'partial' || (0,_renewal_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .failing */ .Jr)(result.findings, failOn) ? 1 : 0;
}


/***/ })

};

//# sourceMappingURL=267.index.js.map