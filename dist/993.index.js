export const id = 993;
export const ids = [993,19];
export const modules = {

/***/ 5993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runActionIssues: () => (/* binding */ runActionIssues),
/* harmony export */   runActionSlack: () => (/* binding */ runActionSlack)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1502);
/* harmony import */ var _github_api_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7019);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/**
 * The action's alerts: issues that open, update and close themselves (src/alerts/issues.ts) and one Slack message
 * when something is new or worse (src/alerts/slack.ts). Loaded only when one of them is configured. Neither ever
 * fails the run: what could not be done is a warning, and the report is complete either way.
 */




/**
 * Plans the alert issues from the report's findings and reconciles them with the repository's labelled issues.
 * `types` are the run types this run checked (`scan`, `expiry`): open alerts of the others are left alone.
 */
async function runActionIssues(settings, report, tokens, types) {
    const issues = settings.issues;
    if (!issues)
        return {};
    if (settings.event.fromFork)
        return { skipped: 'a pull request from a fork gets a read-only token: no alert issue is written (the report above is complete)' };
    if (!settings.githubToken)
        return { skipped: 'no github-token: no alert issue is written' };
    if (!settings.repository)
        return { skipped: 'GITHUB_REPOSITORY is not set: no alert issue is written' };
    const [{ createGitHubClient }, { planAlerts, ownerFromRegistry }, { runIssueAlerts }] = [
        await Promise.all(/* import() */[__webpack_require__.e(349), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584)),
        await __webpack_require__.e(/* import() */ 80).then(__webpack_require__.bind(__webpack_require__, 8080)),
        await __webpack_require__.e(/* import() */ 0).then(__webpack_require__.bind(__webpack_require__, 3000)),
    ];
    const client = await createGitHubClient({ auth: { type: 'token', token: settings.githubToken }, baseUrl: (0,_github_api_url_js__WEBPACK_IMPORTED_MODULE_2__.resolveApiUrl)(settings.apiUrl), mask: (v) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(v) });
    const active = report.findings.filter((f) => !f.suppression);
    const desired = planAlerts(active, {
        grouping: issues.grouping,
        minSeverity: issues.minSeverity,
        ownerOf: ownerFromRegistry(tokens),
        mentionOwners: issues.mentionOwners,
        toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x,
        ...(settings.links ? { links: settings.links } : {}),
        ...(settings.runUrl ? { runUrl: settings.runUrl } : {}),
    });
    const result = await runIssueAlerts({
        client,
        repository: settings.repository,
        desired,
        label: issues.label,
        assignees: issues.assignees,
        types,
        ...(settings.runUrl ? { runUrl: settings.runUrl } : {}),
        ...(settings.links ? { ref: settings.links.ref } : {}),
        log: { info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m), warn: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m) },
    });
    return { result, desired };
}
/**
 * One Slack message when a finding at or above `slack-min-severity` is new or worse: since the last run's state
 * (`trend`), or, without one, when an alert issue was opened or reopened this run; with neither, every such finding
 * counts as new (said in the log).
 */
async function runActionSlack(settings, report, trend, issueOutcome) {
    const issues = issueOutcome.result;
    const slack = settings.slack;
    if (!slack)
        return { sent: false };
    const min = (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(slack.minSeverity);
    const active = report.findings.filter((f) => !f.suppression && (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(f.severity) >= min);
    const items = [];
    let basis;
    if (trend && !trend.firstRun) {
        basis = 'since the last run';
        const fresh = new Set(trend.newFindings.map((f) => f.fingerprint));
        const worse = new Map(trend.worse.filter((c) => c.kind === 'severity').map((c) => [c.fingerprint, c.from]));
        for (const f of active) {
            if (fresh.has(f.fingerprint))
                items.push({ finding: f, change: 'new' });
            else if (worse.has(f.fingerprint))
                items.push({ finding: f, change: 'worse', previousSeverity: worse.get(f.fingerprint) });
        }
    }
    else if (issues) {
        basis = 'alert issues opened or reopened this run';
        const opened = new Set(issues.operations.filter((o) => o.kind === 'create' || o.kind === 'reopen').map((o) => o.key));
        const touched = new Set((issueOutcome.desired ?? []).filter((d) => opened.has(d.key)).flatMap((d) => d.fingerprints));
        for (const f of active)
            if (touched.has(f.fingerprint))
                items.push({ finding: f, change: 'new' });
    }
    else {
        basis = 'no earlier run to compare with (no trend state, no issue alerts): every finding counts as new';
        for (const f of active)
            items.push({ finding: f, change: 'new' });
    }
    const { buildSlackMessage, shouldNotify } = await __webpack_require__.e(/* import() */ 101).then(__webpack_require__.bind(__webpack_require__, 6101));
    const slackItems = items.map(({ finding, change, previousSeverity }) => ({
        severity: finding.severity,
        ruleId: finding.ruleId,
        message: finding.message,
        file: finding.location.file,
        line: finding.location.startLine,
        change,
        ...(previousSeverity ? { previousSeverity } : {}),
        ...(settings.links ? { url: `${settings.links.serverUrl}/${settings.links.repository}/blob/${settings.links.ref}/${finding.location.file}#L${finding.location.startLine}` } : {}),
    }));
    if (!shouldNotify(slackItems))
        return { sent: false, note: `Slack: nothing new or worse at or above ${slack.minSeverity} (${basis})` };
    const totals = {};
    for (const f of report.findings)
        if (!f.suppression)
            totals[f.severity] = (totals[f.severity] ?? 0) + 1;
    const message = buildSlackMessage({
        items: slackItems,
        repository: settings.repository ?? 'this repository',
        totals,
        minSeverity: slack.minSeverity,
        ...(settings.runUrl ? { runUrl: settings.runUrl } : {}),
        ...(issues ? { issueLinks: issues.issues.map((i) => ({ title: `#${i.number}`, url: i.url })) } : {}),
    });
    const { sendSlack } = await __webpack_require__.e(/* import() */ 971).then(__webpack_require__.bind(__webpack_require__, 9971));
    const sent = await sendSlack(slack.webhookUrl, message, { mask: (v) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(v), log: { debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m), info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m), warn: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m) } });
    return sent.ok ? { sent: true, note: `Slack: ${slackItems.length} new or worse finding(s) sent (${basis})` } : { sent: false, failed: true, note: `Slack message not sent: ${sent.error ?? 'unknown error'}` };
}


/***/ }),

/***/ 7019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveApiUrl: () => (/* binding */ resolveApiUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/** The GitHub API URL, apart from the client so that resolving it does not load Octokit. */

/** The API URL from the `api-url` input, else `GITHUB_API_URL`, else github.com; no trailing slash. */
function resolveApiUrl(input, env = process.env) {
    const raw = (input?.trim() || env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, '');
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`api-url must be an http(s) URL (got "${raw}")`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`api-url must be an http(s) URL (got "${raw}")`);
    return raw;
}


/***/ })

};

//# sourceMappingURL=993.index.js.map