export const id = 840;
export const ids = [840];
export const modules = {

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderVaultRenewJson: () => (/* binding */ renderVaultRenewJson),
/* harmony export */   renderVaultRenewText: () => (/* binding */ renderVaultRenewText)
/* harmony export */ });
/* unused harmony export VAULT_RENEW_JSON_VERSION */
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2794);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5655);
/* harmony import */ var _vault_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9191);
/**
 * Renderers of a Vault renewal run, pure functions of its result: text (a line per token, the notes, then the
 * findings as a scan prints them) and JSON (the scan report's shape plus `vault`: mode, per-token metrics, notes).
 */



/** Version of the `vault` part of the JSON output. Additions keep it; removals or renames bump it. */
const VAULT_RENEW_JSON_VERSION = 1;
function renderVaultRenewText(run, options = {}) {
    const n = run.outcomes.length;
    const what = run.dryRun
        ? `dry run: ${run.wouldRenew.length ? `would renew ${run.wouldRenew.length}` : 'nothing due'}, nothing renewed (--apply renews)`
        : `${run.renewed.length} renewed`;
    const lines = [`Vault token renewal — ${what} — ${run.registryFile}, ${n} Vault token${n === 1 ? '' : 's'}`];
    const width = Math.max(0, ...run.outcomes.map((o) => o.name.length));
    for (const o of run.outcomes)
        lines.push(`  ${o.name.padEnd(width)}  ${(0,_vault_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .describeOutcome */ .SS)(o)}`);
    for (const note of run.notes)
        lines.push(`${note.level === 'warning' ? 'warning' : 'note'}: ${note.message}`);
    return `${lines.join('\n')}\n\n${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .renderText */ .S)(run.report, options).replace(/^\n/, '')}`;
}
function renderVaultRenewJson(run) {
    const report = JSON.parse((0,_report_json_js__WEBPACK_IMPORTED_MODULE_0__/* .renderJson */ .hF)(run.report));
    const vault = {
        version: VAULT_RENEW_JSON_VERSION,
        mode: run.dryRun ? 'dry-run' : 'apply',
        started_at: run.startedAt,
        registry: run.registryFile,
        tokens: run.tokens,
        renewed: run.renewed,
        would_renew: run.wouldRenew,
        notes: run.notes,
        calls: run.calls,
    };
    return JSON.stringify({ ...report, vault }, null, 2) + '\n';
}


/***/ })

};

//# sourceMappingURL=840.index.js.map