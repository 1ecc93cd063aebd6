export const id = 460;
export const ids = [460];
export const modules = {

/***/ 460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renewalCommandMode: () => (/* binding */ renewalCommandMode),
/* harmony export */   vaultRenewMode: () => (/* binding */ vaultRenewMode)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/**
 * The action's jobs that keep tokens alive (`mode:`), each run through the same core as its CLI command and handed to
 * the shared publisher (log, annotations, summary, SARIF/JSON, outputs, verdict). Loaded only in these modes.
 */


function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;');
}
function seconds(s) {
    if (s === null)
        return '—';
    if (s >= 86_400)
        return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3600)} h`;
    if (s >= 3600)
        return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
    return `${Math.floor(s / 60)} min`;
}
/** `mode: vault-renew`: renew the registry's Vault tokens that are due (a dry run only looks them up). */
async function vaultRenewMode(settings, env = process.env) {
    const { runVaultRenew } = await __webpack_require__.e(/* import() */ 696).then(__webpack_require__.bind(__webpack_require__, 2696));
    const { parseVaultDuration } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2782));
    const rawIncrement = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('vault-increment').trim();
    const increment = rawIncrement ? parseVaultDuration(rawIncrement) : undefined;
    if (rawIncrement && increment === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`input vault-increment must be a Vault duration such as 1h or 3600 (got "${rawIncrement}")`);
    const run = await runVaultRenew({
        root: settings.workspace,
        cwd: settings.workspace,
        ...(settings.registry ? { registryPath: settings.registry } : {}),
        ...(settings.config ? { configPath: settings.config } : {}),
        ...(settings.failOn ? { failOn: settings.failOn } : {}),
        ...(settings.minSeverity ? { minSeverity: settings.minSeverity } : {}),
        ...(settings.links ? { links: settings.links } : {}),
        ...(increment !== undefined ? { increment } : {}),
        dryRun: settings.dryRun,
        env: { ...env, ...settings.tokenValues },
        mask: (value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value),
    });
    const rows = run.tokens.map((t) => `| \`${cell(t.token)}\` | ${t.status} | ${seconds(t.ttl_before)} | ${seconds(t.ttl_after)} | ${t.renewed ? 'yes' : 'no'} | ${t.capped ? 'yes' : 'no'} | ${t.last_renewal ?? '—'} |`);
    const summary = [
        `### Vault token renewal${run.dryRun ? ' (dry run: nothing renewed)' : ''}`,
        '',
        run.tokens.length ? '| Token | Status | TTL before | TTL after | Renewed | Capped | Last renewal |' : 'The registry lists no Vault token.',
        ...(run.tokens.length ? ['| --- | --- | --- | --- | --- | --- | --- |', ...rows] : []),
        '',
        ...(run.dryRun && run.wouldRenew.length ? [`Would renew: ${run.wouldRenew.map((n) => `\`${cell(n)}\``).join(', ')}.`, ''] : []),
    ].join('\n');
    const { renderVaultRenewJson, renderVaultRenewText } = await __webpack_require__.e(/* import() */ 840).then(__webpack_require__.bind(__webpack_require__, 7840));
    // The renewal lines and notes; the findings follow from the publisher, as in every mode.
    const head = renderVaultRenewText(run, { colour: false }).split('\n\n')[0];
    return {
        report: run.report,
        root: settings.workspace,
        logBefore: [head],
        summaryParts: [summary],
        // The same `vault` object as `token-warden vault-renew --format json`.
        jsonExtra: { vault: JSON.parse(renderVaultRenewJson(run)).vault },
        outputs: { 'renewed-count': String(run.renewed.length), 'would-renew': run.wouldRenew.join(',') },
        warnings: run.notes.filter((n) => n.level === 'warning').map((n) => `vault-renew${n.token ? ` (${n.token})` : ''}: ${n.message}`),
    };
}
/** Action inputs → the command's flags: each input is one flag, so the action and the CLI behave the same. */
function flags(pairs) {
    const out = [];
    for (const [flag, value] of pairs) {
        if (value === undefined || value === false || value === '')
            continue;
        if (value === true)
            out.push(flag);
        else
            out.push(flag, value);
    }
    return out;
}
const input = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim() || undefined;
/**
 * `mode: runner-token` and `mode: rotate`: the same command as the CLI, with the action's inputs as its flags, the
 * credential from `github-token` (or an App: `app-id`, key in GITHUB_APP_PRIVATE_KEY), values masked with the runner's
 * masker (`::add-mask::`), and the job's state (metrics, consecutive failures, rotation history — never a value) kept
 * in the Actions cache between runs. Returns the command's exit code.
 */
async function renewalCommandMode(settings, mode, env = process.env) {
    const { CacheStateStore } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(319)]).then(__webpack_require__.bind(__webpack_require__, 3319));
    const { parseRenewalState, serializeRenewalState } = await __webpack_require__.e(/* import() */ 353).then(__webpack_require__.bind(__webpack_require__, 9353));
    const { writeFileSync, readFileSync, existsSync, mkdirSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 23));
    const path = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 23));
    // The state file lives where the cache store keeps its document; the command reads and writes it as with --state.
    const store = new CacheStateStore({ env, name: mode, codec: { parse: parseRenewalState, serialize: serializeRenewalState } });
    const stateFile = store.paths[0];
    let persisted = false;
    if (store.available()) {
        const loaded = await store.load();
        if (loaded.warning)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${mode} state not read: ${loaded.warning}`);
        if (loaded.state) {
            mkdirSync(path.dirname(stateFile), { recursive: true });
            writeFileSync(stateFile, serializeRenewalState(loaded.state), { mode: 0o600 });
        }
        persisted = true;
    }
    else {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${mode}: no Actions cache service, so metrics and consecutive failures are kept for this run only`);
    }
    const common = [
        [settings.dryRun ? '--dry-run' : '--apply', true],
        ['--api-url', settings.apiUrl],
        ['--state', stateFile],
        ['--app-id', input('app-id')],
        ['--installation-id', input('installation-id')],
        ['--fail-on', settings.failOn],
        ['--store-output', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt('store-output')],
    ];
    const args = mode === 'runner-token'
        ? flags([
            ...common,
            ['--org', input('runner-org')],
            ['--repo', input('runner-repo')],
            ['--enterprise', input('runner-enterprise')],
            ['--store-secret', input('store-secret')],
            ['--visibility', input('secret-visibility')],
            ['--selected-repository-ids', input('selected-repository-ids')],
            ['--jit', input('jit-name')],
            ['--labels', input('jit-labels')],
            ['--runner-group-id', input('runner-group-id')],
            ['--threshold', input('threshold')],
            ['--force', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt('force')],
        ])
        : [
            ...flags([...common, ['--registry', settings.registry], ['--repo', settings.repository]]),
            ...(input('rotate-force') === 'all' ? ['--force-all'] : (input('rotate-force')?.split(/[\s,]+/).filter(Boolean) ?? []).flatMap((n) => ['--force', n])),
        ];
    const credential = settings.githubToken ? { GITHUB_TOKEN: settings.githubToken } : {};
    const { runnerTokenCommand } = await __webpack_require__.e(/* import() */ 166).then(__webpack_require__.bind(__webpack_require__, 166));
    const { rotateCommand } = await __webpack_require__.e(/* import() */ 267).then(__webpack_require__.bind(__webpack_require__, 4267));
    const io = {
        stdout: (t) => void process.stdout.write(t),
        stderr: (t) => void process.stderr.write(t),
        cwd: settings.workspace,
        isTTY: false,
        env: { ...env, ...credential },
    };
    const code = mode === 'runner-token' ? await runnerTokenCommand(args, io) : await rotateCommand(args, io);
    if (persisted && !settings.dryRun && existsSync(stateFile)) {
        const parsed = parseRenewalState(readFileSync(stateFile, 'utf8'));
        if (parsed.state) {
            const saved = await store.save(parsed.state);
            if (!saved.saved)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${mode} state not saved: ${saved.warning ?? 'unknown reason'}`);
        }
    }
    return code;
}


/***/ })

};

//# sourceMappingURL=460.index.js.map