export const id = 50;
export const ids = [50,131,19,187,116];
export const modules = {

/***/ 1321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  orgScanCommand: () => (/* binding */ orgScanCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model/severity.ts
var severity = __webpack_require__(1502);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/api-url.ts
var api_url = __webpack_require__(7019);
;// CONCATENATED MODULE: ./src/org/alerts.ts

/** Every unsuppressed finding of the report, `owner/name/path` as its file. */
function orgFindings(report) {
    const out = [];
    for (const [repository, findings] of Object.entries(report.findings)) {
        for (const f of findings) {
            if (f.suppressed)
                continue;
            out.push({
                ruleId: f.ruleId,
                category: f.category,
                severity: f.severity,
                message: f.message,
                location: { file: `${repository}/${f.file}`, startLine: f.startLine, startColumn: f.startColumn, endLine: f.endLine, endColumn: f.endColumn },
                // Fingerprints are per repository; the repository makes them unique across the organisation.
                fingerprint: `${repository}:${f.fingerprint}`,
            });
        }
    }
    return out;
}
/** Findings at or above `min` that the previous report did not have (all of them without one). */
function newSince(current, previous, min) {
    const known = new Set(previous ? orgFindings(previous).map((f) => f.fingerprint) : []);
    return current.filter((f) => (0,severity/* severityRank */.qs)(f.severity) >= (0,severity/* severityRank */.qs)(min) && !known.has(f.fingerprint));
}

;// CONCATENATED MODULE: ./src/org/types.ts
const PLAN_KIND = 'token-warden-org-plan';
const SHARD_KIND = 'token-warden-org-shard';
const ORG_REPORT_KIND = 'token-warden-org-report';
/** Version of the plan, shard result and organisation report shapes: additions keep it, removals or renames bump it. */
const ORG_FORMAT_VERSION = 1;

// EXTERNAL MODULE: ./src/sources/git-remote.ts
var git_remote = __webpack_require__(9445);
;// CONCATENATED MODULE: ./src/commands/org-alerts.ts
/**
 * `org-scan … --issue-repo OWNER/REPO [--issues-min-severity SEV] [--previous org-report.json]` and Slack
 * (SLACK_WEBHOOK_URL): the organisation report's alerts — one digest issue in a chosen repository, kept current and
 * closed when the findings are gone (src/alerts/issues.ts), and one Slack message when a finding at or above
 * `--slack-min-severity` is new since the previous organisation report. Alerts never change the exit code: what
 * could not be done is a warning.
 */








const ORG_ALERT_OPTIONS = {
    'issue-repo': { type: 'string' },
    'issues-min-severity': { type: 'string' },
    'slack-min-severity': { type: 'string' },
    previous: { type: 'string' },
};
function severityOf(value, flag) {
    if (value === undefined)
        return 'high';
    if (!severity/* SEVERITIES */.oC.includes(value))
        throw new errors/* UsageError */.e(`${flag} must be one of ${severity/* SEVERITIES */.oC.join(', ')} (got "${value}")`);
    return value;
}
/** Checks the flags before any work is done (a usage error must not come after a long scan). */
function checkOrgAlertFlags(values) {
    if (values['issue-repo'] !== undefined && !(0,git_remote/* isRepositoryName */.en)(values['issue-repo']))
        throw new errors/* UsageError */.e(`--issue-repo must be OWNER/REPO (got "${values['issue-repo']}")`);
    severityOf(values['issues-min-severity'], '--issues-min-severity');
    severityOf(values['slack-min-severity'], '--slack-min-severity');
}
/** An earlier organisation report (JSON), or undefined with a warning when it cannot be used. */
function previousReport(io, file) {
    try {
        const data = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().resolve(io.cwd, file), 'utf8'));
        if (data.kind === ORG_REPORT_KIND && data.findings && typeof data.findings === 'object')
            return data;
        io.stderr(`warning: --previous ${file} is not an organisation report (org-scan --format json): every finding counts as new\n`);
    }
    catch (error) {
        io.stderr(`warning: --previous ${file} could not be read (${error.code ?? error.message}): every finding counts as new\n`);
    }
    return undefined;
}
async function alertOrgReport(report, values, io, apiUrl) {
    const webhook = io.env.SLACK_WEBHOOK_URL?.trim();
    if (!values['issue-repo'] && !webhook)
        return;
    const findings = orgFindings(report);
    const runUrl = io.env.GITHUB_SERVER_URL && io.env.GITHUB_REPOSITORY && io.env.GITHUB_RUN_ID ? `${io.env.GITHUB_SERVER_URL}/${io.env.GITHUB_REPOSITORY}/actions/runs/${io.env.GITHUB_RUN_ID}` : undefined;
    let issueLinks = [];
    if (values['issue-repo']) {
        const token = io.env.GITHUB_TOKEN?.trim() || io.env.GH_TOKEN?.trim();
        if (!token) {
            io.stderr('warning: --issue-repo needs a token with issues: write on that repository (GITHUB_TOKEN or GH_TOKEN): no issue written\n');
        }
        else {
            const { createGitHubClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6584));
            const { planAlerts } = await __webpack_require__.e(/* import() */ 80).then(__webpack_require__.bind(__webpack_require__, 8080));
            const { runIssueAlerts } = await __webpack_require__.e(/* import() */ 0).then(__webpack_require__.bind(__webpack_require__, 3000));
            const client = await createGitHubClient({
                auth: { type: 'token', token },
                baseUrl: (0,api_url.resolveApiUrl)(apiUrl, io.env),
                mask: () => undefined,
                log: { debug: () => undefined, info: () => undefined, warn: (m) => io.stderr(`warning: ${m}\n`), error: (m) => io.stderr(`error: ${m}\n`) },
                env: io.env,
            });
            // One digest for the whole organisation: the issue names each repository's findings.
            const desired = planAlerts(findings, { grouping: 'digest', minSeverity: severityOf(values['issues-min-severity'], '--issues-min-severity'), ...(runUrl ? { runUrl } : {}) });
            const result = await runIssueAlerts({ client, repository: values['issue-repo'], desired, label: 'token-warden-org', types: ['scan'], ...(runUrl ? { runUrl } : {}) });
            for (const e of result.errors)
                io.stderr(`warning: organisation alert issue: ${e}\n`);
            issueLinks = result.issues.map((i) => ({ title: `#${i.number}`, url: i.url }));
            io.stderr(`organisation alert issue in ${values['issue-repo']}: ${result.opened} opened, ${result.reopened} reopened, ${result.updated} updated, ${result.closed} closed\n`);
        }
    }
    if (webhook) {
        const min = severityOf(values['slack-min-severity'], '--slack-min-severity');
        const fresh = newSince(findings, values.previous ? previousReport(io, values.previous) : undefined, min);
        const { buildSlackMessage, shouldNotify } = await __webpack_require__.e(/* import() */ 101).then(__webpack_require__.bind(__webpack_require__, 6101));
        const items = fresh.map((f) => ({ severity: f.severity, ruleId: f.ruleId, message: f.message, file: f.location.file, line: f.location.startLine, change: 'new' }));
        if (!shouldNotify(items)) {
            io.stderr(`Slack: nothing new at or above ${min} since the previous report\n`);
            return;
        }
        const totals = {};
        for (const f of findings)
            totals[f.severity] = (totals[f.severity] ?? 0) + 1;
        const message = buildSlackMessage({ items, repository: `the ${report.org} organisation`, totals, minSeverity: min, issueLinks, ...(runUrl ? { runUrl } : {}) });
        const { sendSlack } = await __webpack_require__.e(/* import() */ 971).then(__webpack_require__.bind(__webpack_require__, 2352));
        const sent = await sendSlack(webhook, message, {});
        io.stderr(sent.ok ? `Slack: ${items.length} new finding(s) sent\n` : `warning: Slack message not sent: ${sent.error ?? 'unknown error'}\n`);
    }
}

// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/org/calls.ts
function newCallCounts() {
    return { graphql: 0, rest: 0, notModified: 0 };
}
/** A `fetch` for createGitHubClient that counts into `counts`. */
function countingFetch(counts, base = globalThis.fetch) {
    return async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (/\/graphql(?:\?|$)/.test(url))
            counts.graphql += 1;
        else
            counts.rest += 1;
        const response = await base(input, init);
        if (response.status === 304)
            counts.notModified += 1;
        return response;
    };
}
function totalCalls(counts) {
    return counts.graphql + counts.rest;
}

;// CONCATENATED MODULE: ./src/org/cache.ts
/**
 * Conditional requests for the REST calls of an organisation scan: the ETag of each answer is kept with its body, sent
 * back as `If-None-Match`, and a `304 Not Modified` (free against the rate limit) serves the kept body. Git blobs are
 * content-addressed, so a kept blob is used without asking at all. `JsonFileCache` keeps it between runs (the
 * reusable workflow can carry the file in the Actions cache); without a file it lives for one process.
 */

class MemoryCache {
    entries = new Map();
    get(key) {
        return this.entries.get(key);
    }
    set(key, entry) {
        this.entries.set(key, entry);
    }
    get size() {
        return this.entries.size;
    }
}
const FORMAT = 'token-warden-org-cache/1';
/** A MemoryCache loaded from and saved to a JSON file; a missing or unreadable file starts empty. */
class JsonFileCache extends MemoryCache {
    file;
    constructor(file) {
        super();
        this.file = file;
    }
    static load(file) {
        const cache = new JsonFileCache(file);
        if (!(0,external_node_fs_.existsSync)(file))
            return { cache };
        try {
            const parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
            if (parsed.format !== FORMAT || !parsed.entries)
                return { cache, warning: `${file} is not a cache this version wrote: starting empty` };
            for (const [key, entry] of Object.entries(parsed.entries))
                cache.entries.set(key, entry);
            return { cache };
        }
        catch (error) {
            return { cache, warning: `cannot read the cache ${file} (${error.message}): starting empty` };
        }
    }
    save() {
        (0,external_node_fs_.writeFileSync)(this.file, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.entries) }));
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/org/shard.ts
/**
 * The shard plan of an organisation scan: which repositories are scanned (archived, disabled and empty ones never;
 * forks on request) and which job scans each. Pure and deterministic: the same listing gives the same plan, byte for
 * byte, so a failed shard can be re-run alone against the plan the others followed.
 *
 * The default number of shards is ⌈repositories / 250⌉, at most 20. Why those numbers: a shard makes at most about
 * one API call per repository (see README: Organisation scan), so a 250-repository shard needs ≈ 250 calls — 5 % of
 * the 5,000 requests an hour a PAT or App installation has — and finishes in minutes when the token has room. All
 * shards share the one token's hourly budget, so more shards do not make a rate-limited scan faster: twenty shards of
 * 250 already spend ≈ one token-hour; beyond 5,000 repositories the shards grow instead of multiplying. `--shards N`
 * overrides it (at most 256, the most jobs a matrix may have).
 */



const REPOSITORIES_PER_SHARD = 250;
const MAX_DEFAULT_SHARDS = 20;
/** GitHub Actions runs at most 256 jobs from one matrix. */
const MAX_SHARDS = 256;
function defaultShardCount(repositories) {
    return Math.max(1, Math.min(MAX_DEFAULT_SHARDS, Math.ceil(repositories / REPOSITORIES_PER_SHARD)));
}
/** Names compare by code unit, never by locale: the plan must not depend on the machine that made it. */
function compareNames(a, b) {
    const la = a.toLowerCase();
    const lb = b.toLowerCase();
    return la < lb ? -1 : la > lb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
/** Which listed repositories are scanned: not archived, disabled or empty; forks only when asked. Sorted by name. */
function selectRepositories(listed, options) {
    const skipped = { archived: [], disabled: [], empty: [], forks: [] };
    const scan = [];
    for (const repo of [...listed].sort((a, b) => compareNames(a.nameWithOwner, b.nameWithOwner))) {
        if (repo.isArchived)
            skipped.archived.push(repo.nameWithOwner);
        else if (repo.isDisabled)
            skipped.disabled.push(repo.nameWithOwner);
        else if (repo.isEmpty || repo.defaultBranch === null)
            skipped.empty.push(repo.nameWithOwner);
        else if (repo.isFork && !options.forks)
            skipped.forks.push(repo.nameWithOwner);
        else
            scan.push(repo);
    }
    return { scan, skipped };
}
/**
 * Splits the repositories into shards: heaviest first, each to the lightest shard (ties: the lower index), names
 * ascending within a shard. With no weights every repository weighs 1 and the shards differ by at most one.
 */
function planShards(input) {
    const { scan, skipped } = selectRepositories(input.listed, { forks: input.forks });
    if (input.shards !== undefined && (!Number.isInteger(input.shards) || input.shards < 1 || input.shards > MAX_SHARDS)) {
        throw new errors/* UsageError */.e(`--shards must be a whole number from 1 to ${MAX_SHARDS} (got ${input.shards})`);
    }
    const wanted = input.shards ?? defaultShardCount(scan.length);
    const count = Math.max(1, Math.min(wanted, scan.length));
    const reason = input.shards !== undefined
        ? `${input.shards} asked for${count < input.shards ? `, ${count} used (one repository per shard at most)` : ''}`
        : `default: ⌈${scan.length} repositories / ${REPOSITORIES_PER_SHARD}⌉ = ${Math.ceil(scan.length / REPOSITORIES_PER_SHARD)}, at least 1, at most ${MAX_DEFAULT_SHARDS}`;
    const weightOf = (name) => {
        const w = input.weights?.get(name);
        return w !== undefined && Number.isFinite(w) && w > 0 ? w : 1;
    };
    const shards = Array.from({ length: count }, (_, i) => ({ index: i + 1, repositories: [], weight: 0 }));
    const order = scan.map((r) => r.nameWithOwner).sort((a, b) => weightOf(b) - weightOf(a) || compareNames(a, b));
    for (const name of order) {
        let lightest = shards[0];
        for (const s of shards)
            if (s.weight < lightest.weight)
                lightest = s;
        lightest.repositories.push(name);
        lightest.weight += weightOf(name);
    }
    for (const s of shards)
        s.repositories.sort(compareNames);
    return {
        version: ORG_FORMAT_VERSION,
        kind: PLAN_KIND,
        org: input.org,
        options: { forks: input.forks, mode: input.mode ?? 'graphql' },
        repositories: scan.length,
        skipped,
        shardCountReason: reason,
        shards: scan.length === 0 ? [] : shards,
        ...(input.orgRegistry ? { orgRegistry: input.orgRegistry } : {}),
        notes: input.notes ?? [],
        ...(input.orgDefaultWorkflowPermissions !== undefined ? { orgDefaultWorkflowPermissions: input.orgDefaultWorkflowPermissions } : {}),
    };
}
/** Identifies a plan: shard results carry it, and the merge refuses results of another plan. */
function planDigest(plan) {
    const identity = { org: plan.org, shards: plan.shards.map((s) => s.repositories), registry: plan.orgRegistry?.text ?? null };
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 16);
}
function renderPlan(plan) {
    return `${JSON.stringify(plan, null, 2)}\n`;
}
/** Reads a plan file's text; a UsageError says what is wrong with it. */
function parsePlan(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new errors/* UsageError */.e(`${source} is not JSON: expected a plan written by \`token-warden org-scan --plan-only\``);
    }
    const plan = data;
    if (!plan || plan.kind !== PLAN_KIND)
        throw new errors/* UsageError */.e(`${source} is not an organisation scan plan (kind "${PLAN_KIND}")`);
    if (plan.version !== ORG_FORMAT_VERSION)
        throw new errors/* UsageError */.e(`${source} is a plan of format version ${String(plan.version)}; this token-warden reads version ${ORG_FORMAT_VERSION}`);
    if (typeof plan.org !== 'string' || !Array.isArray(plan.shards))
        throw new errors/* UsageError */.e(`${source} is not a complete plan (org, shards)`);
    return plan;
}
/** Shard `index` (1-based) of a plan. */
function shardOf(plan, index) {
    const shard = plan.shards.find((s) => s.index === index);
    if (!shard)
        throw new errors/* UsageError */.e(`the plan has ${plan.shards.length} shard(s), numbered 1 to ${plan.shards.length}: there is no shard ${index}`);
    return shard;
}

// EXTERNAL MODULE: ./src/engine.ts + 1 modules
var engine = __webpack_require__(6572);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
// EXTERNAL MODULE: ./src/config/validate-error.ts
var validate_error = __webpack_require__(5257);
// EXTERNAL MODULE: ./src/config/config.ts
var config = __webpack_require__(1122);
// EXTERNAL MODULE: ./src/registry/parse.ts + 1 modules
var parse = __webpack_require__(7537);
// EXTERNAL MODULE: ./src/registry/rules/index.ts + 22 modules
var registry_rules = __webpack_require__(2773);
// EXTERNAL MODULE: ./src/registry/rules/stale-registry-entry.ts
var stale_registry_entry = __webpack_require__(113);
// EXTERNAL MODULE: ./src/rules/index.ts + 19 modules
var rules = __webpack_require__(908);
;// CONCATENATED MODULE: ./src/org/scan.ts
/**
 * One repository of an organisation scan, judged from what was fetched: its workflows and action metadata through
 * the engine, held to its own token registry (every registry rule) or else the organisation's (the drift rules only:
 * a token of the organisation registry that one repository does not use is not stale), with its own config file
 * (ignores, severities, disabled rules; `fail-on` is the organisation scan's), and with the repository's default
 * GITHUB_TOKEN permissions when they were read. Pure: the caller fetched everything.
 */









/** Registry rules that compare the registry with the workflows, except "declared and used nowhere". */
const ORG_REGISTRY_RULE_IDS = new Set(registry_rules/* REGISTRY_RULES */.kw.filter((r) => r.scope === 'workflows' && r.meta.id !== stale_registry_entry/* staleRegistryEntry */.J.meta.id).map((r) => r.meta.id));
function toOrgFinding(f) {
    return {
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        message: f.message,
        file: f.location.file,
        startLine: f.location.startLine,
        startColumn: f.location.startColumn,
        endLine: f.location.endLine,
        endColumn: f.location.endColumn,
        fingerprint: f.fingerprint,
        ...(f.suppression ? { suppressed: true } : {}),
    };
}
function emptyBySeverity() {
    return Object.fromEntries(severity/* SEVERITIES */.oC.map((s) => [s, 0]));
}
function summarise(findings, counts) {
    const bySeverity = emptyBySeverity();
    let suppressed = 0;
    for (const f of findings) {
        if (f.suppressed)
            suppressed++;
        else
            bySeverity[f.severity]++;
    }
    const active = findings.filter((f) => !f.suppressed);
    return { ...counts, bySeverity, total: active.length, suppressed, maxSeverity: (0,severity/* maxSeverity */.eL)(active.map((f) => f.severity)) ?? null };
}
function loadConfigText(file, notes) {
    try {
        return (0,config.parseConfig)(file.text, file.path);
    }
    catch (error) {
        if (!(error instanceof validate_error.ConfigError))
            throw error;
        notes.push(`${file.path} is invalid (${error.issues.length} problem(s), e.g. line ${error.issues[0]?.line ?? '?'}: ${error.issues[0]?.message ?? ''}): scanned with the defaults`);
        return undefined;
    }
}
function scanRepository(files, options) {
    const notes = [...files.notes];
    const own = files.config ? loadConfigText(files.config, notes) : undefined;
    const config = { ...(own ?? types/* DEFAULT_CONFIG */.P), failOn: options.failOn };
    const projectRules = [...rules/* WORKFLOW_PROJECT_RULES */.wu];
    const extraFiles = [];
    let registryPath = null;
    // Tokens the registry scopes to environments are secret-outside-scope's, not secrets-outside-env's (one report).
    let scoped;
    if (files.registry) {
        const check = (0,parse.checkRegistry)(files.registry.text, files.registry.path, options.onSecret);
        if (check.registry) {
            projectRules.push(...(0,registry_rules/* registryProjectRules */.GZ)(check.registry, files.registry.path));
            scoped = (0,registry_rules/* environmentScopedSecrets */.jE)(check.registry);
            extraFiles.push(files.registry);
            registryPath = files.registry.path;
        }
        else {
            notes.push(`${files.registry.path} is not a valid token registry (${check.issues.length} problem(s), e.g. line ${check.issues[0]?.line ?? '?'}: ${check.issues[0]?.message ?? ''}): registry rules skipped`);
        }
    }
    else if (options.orgRegistry) {
        const rules = (0,registry_rules/* registryProjectRules */.GZ)(options.orgRegistry.registry, options.orgRegistry.path).filter((r) => ORG_REGISTRY_RULE_IDS.has(r.meta.id));
        projectRules.push(...rules);
        scoped = (0,registry_rules/* environmentScopedSecrets */.jE)(options.orgRegistry.registry);
        extraFiles.push({ path: options.orgRegistry.path, text: options.orgRegistry.text });
        registryPath = 'organisation';
    }
    const owner = files.repository.split('/')[0]?.toLowerCase();
    const scanOptions = {
        config,
        projectRules,
        extraFiles,
        ...(files.config ? { textFiles: [files.config] } : {}),
        ...(owner ? { repositoryOwner: owner } : {}),
        ...(options.defaultWorkflowPermissions ? { defaultWorkflowPermissions: options.defaultWorkflowPermissions } : {}),
        ...(options.onSecret ? { onSecret: options.onSecret } : {}),
        ...(scoped ? { environmentScopedSecrets: scoped } : {}),
    };
    const result = (0,engine/* scan */.SQ)(files.files, scanOptions);
    const findings = result.findings.map(toOrgFinding);
    return {
        repository: files.repository,
        defaultWorkflowPermissions: options.defaultWorkflowPermissions ?? null,
        defaultWorkflowPermissionsFrom: options.defaultWorkflowPermissions ? (options.defaultWorkflowPermissionsFrom ?? null) : null,
        registry: registryPath,
        config: own && files.config ? files.config.path : null,
        summary: summarise(findings, { workflows: result.stats.workflows, actions: result.stats.actions, parseErrors: result.stats.parseErrors }),
        findings,
        ruleFailures: result.ruleFailures.map((r) => ({ ...r })),
        notes,
    };
}
/** The organisation registry's own checks (hygiene, pasted credentials): once, for the organisation report. */
function orgRegistryFindings(orgRegistry) {
    const check = (0,parse.checkRegistry)(orgRegistry.text, orgRegistry.path);
    if (!check.registry)
        return { findings: [], problems: check.issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.message}`) };
    const result = (0,engine/* scan */.SQ)([], {
        projectRules: (0,registry_rules/* registryProjectRules */.GZ)(check.registry, orgRegistry.path, { scope: 'registry-file' }),
        extraFiles: [{ path: orgRegistry.path, text: orgRegistry.text }],
    });
    return { registry: check.registry, findings: result.findings.map(toOrgFinding), problems: [] };
}

;// CONCATENATED MODULE: ./src/org/merge.ts
/**
 * The report job of an organisation scan: shard results (one JSON file per scan job) → one organisation report.
 * Nothing is dropped silently: a shard of the plan without a result (its job failed, or its artifact is missing), a
 * result of another plan, and every repository a shard could not read are listed as failed, with what to re-run.
 * Pure: the caller reads the files.
 */





/** Reads a shard result file's text; a UsageError says what is wrong with it. */
function parseShardResult(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new errors/* UsageError */.e(`${source} is not JSON: expected a shard result written by \`token-warden org-scan --shard K\``);
    }
    const result = data;
    if (!result || result.kind !== SHARD_KIND)
        throw new errors/* UsageError */.e(`${source} is not an organisation scan shard result (kind "${SHARD_KIND}")`);
    if (result.version !== ORG_FORMAT_VERSION)
        throw new errors/* UsageError */.e(`${source} is a shard result of format version ${String(result.version)}; this token-warden reads version ${ORG_FORMAT_VERSION}`);
    if (typeof result.shard !== 'number' || !Array.isArray(result.repositories))
        throw new errors/* UsageError */.e(`${source} is not a complete shard result`);
    return result;
}
/**
 * Merges shard results. With the plan, the expected shards and their repositories come from it; without it, from the
 * results (each knows how many shards there were), so a missing shard is still named, though not its repositories.
 * When a shard appears twice (it was re-run), the later result counts.
 */
function mergeShardResults(plan, results, options) {
    const notes = [...(plan?.notes ?? [])];
    const org = plan?.org ?? results[0]?.org;
    if (org === undefined)
        throw new errors/* UsageError */.e('nothing to merge: give the plan (--plan) or at least one shard result');
    const digest = plan ? planDigest(plan) : undefined;
    const failedShards = [];
    const byShard = new Map();
    for (const r of results) {
        if (r.org.toLowerCase() !== org.toLowerCase()) {
            failedShards.push({ shard: r.shard, repositories: r.repositories.map((x) => x.repository), reason: `a result for organisation "${r.org}", not "${org}": not merged` });
            continue;
        }
        if (digest !== undefined && r.planDigest !== digest) {
            notes.push(`shard ${r.shard}: its result follows another plan (digest ${r.planDigest}, this plan ${digest}): not merged`);
            continue;
        }
        if (byShard.has(r.shard))
            notes.push(`shard ${r.shard}: two results given; the later one counts`);
        byShard.set(r.shard, r);
    }
    const expected = plan ? plan.shards.map((s) => s.index) : Array.from({ length: Math.max(0, ...results.map((r) => r.shards)) }, (_, i) => i + 1);
    for (const index of expected) {
        if (byShard.has(index))
            continue;
        const planned = plan?.shards.find((s) => s.index === index)?.repositories ?? [];
        const why = options.shardErrors?.get(index);
        failedShards.push({
            shard: index,
            repositories: planned,
            reason: `${why ? `shard ${index} failed: ${why}` : `no result for shard ${index} (its scan job failed or its artifact is missing)`}: re-run it alone with \`org-scan --plan plan.json --shard ${index}\``,
        });
    }
    failedShards.sort((a, b) => a.shard - b.shard);
    const rows = [];
    const failedRepositories = [];
    const findings = {};
    const calls = { graphql: plan?.calls?.graphql ?? 0, rest: plan?.calls?.rest ?? 0, notModified: plan?.calls?.notModified ?? 0, settingsLookups: 0 };
    for (const index of [...byShard.keys()].sort((a, b) => a - b)) {
        const r = byShard.get(index);
        calls.graphql += r.calls.graphql;
        calls.rest += r.calls.rest;
        calls.notModified += r.calls.notModified;
        calls.settingsLookups += r.settingsLookups;
        for (const n of r.notes)
            notes.push(`shard ${index}: ${n}`);
        for (const f of r.failed)
            failedRepositories.push({ ...f, shard: index });
        for (const repo of r.repositories) {
            rows.push({ repository: repo.repository, shard: index, ...repo.summary, defaultWorkflowPermissions: repo.defaultWorkflowPermissions, registry: repo.registry });
            if (repo.findings.length > 0)
                findings[repo.repository] = repo.findings;
            for (const n of repo.notes)
                notes.push(`${repo.repository}: ${n}`);
            for (const f of repo.ruleFailures)
                notes.push(`${repo.repository}: rule ${f.ruleId} failed on ${f.file}: ${f.message}`);
        }
    }
    rows.sort(compareRows);
    const bySeverity = emptyBySeverity();
    let workflows = 0;
    let actions = 0;
    let failing = 0;
    for (const row of rows) {
        workflows += row.workflows;
        actions += row.actions;
        for (const s of Object.keys(bySeverity))
            bySeverity[s] += row.bySeverity[s];
    }
    for (const list of Object.values(findings))
        failing += list.filter((f) => !f.suppressed && options.failOn !== 'none' && (0,severity/* atOrAbove */.kU)(f.severity, options.failOn)).length;
    let orgRegistry;
    if (plan?.orgRegistry) {
        const checked = orgRegistryFindings({ path: plan.orgRegistry.source, text: plan.orgRegistry.text });
        orgRegistry = { source: plan.orgRegistry.source, tokens: checked.registry?.tokens.length ?? 0, findings: checked.findings, problems: checked.problems };
        for (const f of checked.findings)
            if (!f.suppressed && options.failOn !== 'none' && (0,severity/* atOrAbove */.kU)(f.severity, options.failOn))
                failing++;
    }
    const inFailedShards = failedShards.reduce((n, s) => n + s.repositories.length, 0);
    const active = Object.values(findings).flat().filter((f) => !f.suppressed);
    return {
        version: ORG_FORMAT_VERSION,
        kind: ORG_REPORT_KIND,
        org,
        failOn: options.failOn,
        totals: {
            planned: plan?.repositories ?? rows.length + failedRepositories.length + inFailedShards,
            scanned: rows.length,
            failed: failedRepositories.length + inFailedShards,
            withFindings: rows.filter((r) => r.total > 0).length,
            workflows,
            actions,
            findings: active.length,
            bySeverity,
            maxSeverity: (0,severity/* maxSeverity */.eL)(active.map((f) => f.severity)) ?? null,
            failing,
        },
        repositories: rows,
        failedShards,
        failedRepositories,
        skipped: {
            archived: plan?.skipped.archived.length ?? 0,
            disabled: plan?.skipped.disabled.length ?? 0,
            empty: plan?.skipped.empty.length ?? 0,
            forks: plan?.skipped.forks.length ?? 0,
        },
        calls,
        notes: [...new Set(notes)],
        ...(orgRegistry ? { orgRegistry } : {}),
        findings,
    };
}
/** Worst first: by critical, then high … counts, then by name. */
function compareRows(a, b) {
    for (const s of ['critical', 'high', 'medium', 'low', 'info']) {
        if (a.bySeverity[s] !== b.bySeverity[s])
            return b.bySeverity[s] - a.bySeverity[s];
    }
    return a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0;
}
/** The organisation scan fails: findings at or above fail-on, or a part of the organisation was not scanned. */
function orgReportFailed(report) {
    return report.totals.failing > 0 || report.failedShards.length > 0 || report.failedRepositories.length > 0;
}

;// CONCATENATED MODULE: ./src/org/report.ts
/**
 * Renderers of the organisation report: JSON (the frozen shape of ./types.ts), plain text and Markdown (a job summary:
 * totals, failed shards and repositories first, then one row per repository, worst first). Pure functions.
 */


/** GitHub shows at most 1 MiB of job summary per step: the table stops well before. */
const MARKDOWN_ROWS = 500;
const ICON = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜' };
function renderOrgJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
function counts(bySeverity) {
    const parts = severity/* SEVERITIES */.oC.filter((s) => bySeverity[s] > 0).map((s) => `${bySeverity[s]} ${s}`);
    return parts.length ? parts.join(', ') : 'none';
}
function verdict(report) {
    const failOn = report.failOn === 'none' ? 'fail-on none' : `${report.totals.failing} finding(s) at or above ${report.failOn}`;
    const incomplete = report.failedShards.length + report.failedRepositories.length > 0 ? `; INCOMPLETE: ${report.totals.failed} repositor${report.totals.failed === 1 ? 'y' : 'ies'} not scanned` : '';
    return `${failOn}${incomplete} → ${orgReportFailed(report) ? 'failed' : 'passed'}`;
}
function renderOrgText(report) {
    const t = report.totals;
    const lines = [];
    lines.push(`Organisation ${report.org}: ${t.scanned} of ${t.planned} repositories scanned (${t.workflows} workflows, ${t.actions} actions); ${t.findings} finding(s): ${counts(t.bySeverity)}`);
    const skipped = report.skipped;
    lines.push(`not scanned by choice: ${skipped.archived} archived, ${skipped.disabled} disabled, ${skipped.empty} empty, ${skipped.forks} forks`);
    for (const s of report.failedShards)
        lines.push(`FAILED shard ${s.shard} (${s.repositories.length} repositories): ${s.reason}`);
    for (const r of report.failedRepositories)
        lines.push(`FAILED ${r.repository} (shard ${r.shard}): ${r.error}`);
    lines.push('');
    const width = Math.max(10, ...report.repositories.map((r) => r.repository.length));
    if (report.repositories.length)
        lines.push(`${'repository'.padEnd(width)} ${['crit', 'high', 'med', 'low', 'info'].map((s) => s.padStart(5)).join('')}`);
    for (const r of report.repositories) {
        const permissions = r.defaultWorkflowPermissions ? ` default:${r.defaultWorkflowPermissions}` : '';
        lines.push(`${r.repository.padEnd(width)} ${severity/* SEVERITIES */.oC.map((s) => String(r.bySeverity[s]).padStart(5)).join('')}  ${r.workflows} workflow(s)${permissions}${r.registry ? ` registry:${r.registry}` : ''}`);
    }
    if (report.orgRegistry)
        lines.push('', `organisation registry ${report.orgRegistry.source}: ${report.orgRegistry.tokens} token(s), ${report.orgRegistry.findings.length} finding(s)${report.orgRegistry.problems.length ? `, INVALID: ${report.orgRegistry.problems[0]}` : ''}`);
    for (const n of report.notes)
        lines.push(`note: ${n}`);
    lines.push('', `API calls: ${report.calls.graphql} GraphQL, ${report.calls.rest} REST (${report.calls.notModified} not modified), ${report.calls.settingsLookups} repository settings`);
    lines.push(verdict(report));
    return `${lines.join('\n')}\n`;
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function renderOrgMarkdown(report) {
    const t = report.totals;
    const out = [];
    const worst = t.maxSeverity ? ` (worst: ${t.maxSeverity})` : '';
    out.push(`## Token Warden: organisation ${cell(report.org)}: ${t.findings} finding${t.findings === 1 ? '' : 's'}${worst}`, '');
    out.push(`Scanned **${t.scanned}** of ${t.planned} repositories (${t.workflows} workflows, ${t.actions} actions); ${t.withFindings} with findings. ` +
        `Not scanned by choice: ${report.skipped.archived} archived, ${report.skipped.disabled} disabled, ${report.skipped.empty} empty, ${report.skipped.forks} forks. ` +
        `Fails on: **${report.failOn}** → ${orgReportFailed(report) ? '**failed**' : 'passed'}.`, '');
    if (report.failedShards.length || report.failedRepositories.length) {
        out.push(`> [!WARNING]`, `> Incomplete: ${t.failed} repositor${t.failed === 1 ? 'y was' : 'ies were'} not scanned.`, '');
        for (const s of report.failedShards)
            out.push(`- **Shard ${s.shard}** (${s.repositories.length} repositories): ${cell(s.reason)}`);
        for (const r of report.failedRepositories)
            out.push(`- \`${cell(r.repository)}\` (shard ${r.shard}): ${cell(r.error)}`);
        out.push('');
    }
    out.push('| Severity | Findings |', '| --- | ---: |');
    for (const s of severity/* SEVERITIES */.oC)
        out.push(`| ${ICON[s]} ${s} | ${t.bySeverity[s]} |`);
    out.push('');
    if (report.repositories.length) {
        out.push('| Repository | critical | high | medium | low | info | Workflows | Default token | Registry |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
        for (const r of report.repositories.slice(0, MARKDOWN_ROWS)) {
            out.push(`| \`${cell(r.repository)}\` | ${severity/* SEVERITIES */.oC.map((s) => r.bySeverity[s]).join(' | ')} | ${r.workflows} | ${r.defaultWorkflowPermissions ?? 'unknown'} | ${r.registry ? `\`${cell(r.registry)}\`` : '—'} |`);
        }
        if (report.repositories.length > MARKDOWN_ROWS)
            out.push('', `${report.repositories.length - MARKDOWN_ROWS} more repositories (fewer findings) are in the JSON report.`);
        out.push('');
    }
    if (report.orgRegistry) {
        const r = report.orgRegistry;
        out.push(`Organisation registry \`${cell(r.source)}\`: ${r.problems.length ? `**invalid** (${cell(r.problems[0])})` : `${r.tokens} token(s), ${r.findings.length} finding(s) of its own`}.`, '');
    }
    if (report.notes.length) {
        out.push('<details><summary>Notes</summary>', '');
        for (const n of report.notes.slice(0, 200))
            out.push(`- ${cell(n)}`);
        if (report.notes.length > 200)
            out.push(`- … ${report.notes.length - 200} more in the JSON report`);
        out.push('', '</details>', '');
    }
    out.push(`API calls: ${report.calls.graphql} GraphQL, ${report.calls.rest} REST (${report.calls.notModified} answered 304), of which ${report.calls.settingsLookups} repository settings.`);
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/org/api.ts

const TIMEOUT_MESSAGE = /Something went wrong while executing your query|timeout/i;
/** A query the server gave up on (5xx, network, GitHub's timeout message): worth sending again, smaller. */
class GraphqlTimeoutError extends Error {
    constructor(message, cause) {
        super(message, cause === undefined ? undefined : { cause });
        this.name = 'GraphqlTimeoutError';
    }
}
async function graphqlPartial(client, query, variables) {
    try {
        const data = await client.graphql(query, { ...variables, request: { retries: 0 } });
        return { data, errors: [] };
    }
    catch (error) {
        const e = error;
        if (e?.name === 'GraphqlResponseError') {
            const errors = e.errors ?? [];
            if ((e.data === null || e.data === undefined) && errors.some((x) => TIMEOUT_MESSAGE.test(x.message)))
                throw new GraphqlTimeoutError(errors[0].message, error);
            return { data: e.data ?? null, errors };
        }
        if (error instanceof github_errors/* GitHubServerError */.R8)
            throw new GraphqlTimeoutError(error.message, error);
        throw error;
    }
}
/** The errors of one alias (`path[0]`). */
function errorsAt(errors, alias) {
    return errors.filter((e) => e.path?.[0] === alias);
}
/**
 * GET `route` with `params`; with a cache, conditionally (`If-None-Match`), keeping the answer's ETag and body under
 * `key`. Undefined for 404. Other errors are thrown (typed, from the client).
 */
async function conditionalGet(client, cache, key, route, params) {
    const kept = cache?.get(key);
    try {
        const response = await client.request(route, { ...params, ...(kept?.etag ? { headers: { 'if-none-match': kept.etag } } : {}) });
        const etag = typeof response.headers.etag === 'string' ? response.headers.etag : undefined;
        if (cache)
            cache.set(key, { ...(etag ? { etag } : {}), data: response.data });
        return response.data;
    }
    catch (error) {
        if (error instanceof github_errors.GitHubApiError && error.status === 304 && kept)
            return kept.data;
        if (error instanceof github_errors/* GitHubNotFoundError */.ZY)
            return undefined;
        throw error;
    }
}
/** Runs `work` over `items` with at most `limit` at a time, keeping order. */
async function mapLimit(items, limit, work) {
    const out = new Array(items.length);
    let next = 0;
    const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await work(items[i], i);
        }
    });
    await Promise.all(lanes);
    return out;
}

;// CONCATENATED MODULE: ./src/org/queries.ts
const LIST_REPOSITORIES = `query($org:String!,$cursor:String){ organization(login:$org){
  repositories(first:100, after:$cursor, orderBy:{field:NAME,direction:ASC}){ totalCount pageInfo{hasNextPage endCursor}
    nodes{ name nameWithOwner isArchived isFork isDisabled isEmpty isPrivate visibility defaultBranchRef{name} } } }
  rateLimit{cost remaining resetAt} }`;
const WORKFLOWS_DIR = '.github/workflows';
const ACTIONS_DIR = '.github/actions';
const REGISTRY_PATH = '.github/token-scope-map.yml';
const LEGACY_REGISTRY_PATH = '.codex/tokens/token_scope_map.yaml';
const CONFIG_PATH = '.github/token-warden.yml';
const BLOB_FRAGMENT = 'fragment blob on Blob { oid byteSize isBinary isTruncated text }';
const FILES_FRAGMENT = `fragment files on Repository { nameWithOwner
  workflows: object(expression:"HEAD:${WORKFLOWS_DIR}"){ ... on Tree { entries{ name type object{ ...blob } } } }
  actionYml: object(expression:"HEAD:action.yml"){ ...blob }
  actionYaml: object(expression:"HEAD:action.yaml"){ ...blob }
  registry: object(expression:"HEAD:${REGISTRY_PATH}"){ ...blob }
  legacyRegistry: object(expression:"HEAD:${LEGACY_REGISTRY_PATH}"){ ...blob }
  config: object(expression:"HEAD:${CONFIG_PATH}"){ ...blob }
  actions: object(expression:"HEAD:${ACTIONS_DIR}"){ ... on Tree { entries{ name type object{ ... on Tree { entries{ name type } } } } } } }`;
/** A repository name as a GraphQL string literal (JSON's escapes are GraphQL's). */
function literal(text) {
    return JSON.stringify(text);
}
/** The alias of the i-th repository of a batch. */
function aliasOf(index) {
    return `r${index}`;
}
/** One call for a batch of repositories of `owner` (variable `$owner`). */
function filesQuery(names) {
    const fields = names.map((name, i) => `${aliasOf(i)}: repository(owner:$owner, name:${literal(name)}){ ...files }`).join('\n  ');
    return `query($owner:String!){\n  ${fields}\n  rateLimit{cost remaining resetAt}\n}\n${FILES_FRAGMENT}\n${BLOB_FRAGMENT}`;
}
/** One call for the action metadata of several repositories: `paths` per repository name, each read as a blob. */
function actionsQuery(wanted) {
    const fields = wanted
        .map(({ name, paths }, i) => {
        const objects = paths.map((p, j) => `a${j}: object(expression:${literal(`HEAD:${p}`)}){ ...blob }`).join(' ');
        return `${aliasOf(i)}: repository(owner:$owner, name:${literal(name)}){ nameWithOwner ${objects} }`;
    })
        .join('\n  ');
    return `query($owner:String!){\n  ${fields}\n  rateLimit{cost remaining resetAt}\n}\n${BLOB_FRAGMENT}`;
}
/** One page of the listing; throws when the organisation is missing from the answer. */
function decodeRepositoryPage(data, org) {
    const connection = data?.organization?.repositories;
    if (!connection)
        throw new Error(`GitHub returned no organisation "${org}" (it does not exist, or the token cannot see it)`);
    const repositories = [];
    for (const node of connection.nodes ?? []) {
        if (!node)
            continue;
        repositories.push({
            name: node.name,
            nameWithOwner: node.nameWithOwner,
            isArchived: node.isArchived === true,
            isFork: node.isFork === true,
            isDisabled: node.isDisabled === true,
            isEmpty: node.isEmpty === true,
            isPrivate: node.isPrivate === true,
            visibility: node.visibility ?? (node.isPrivate ? 'PRIVATE' : 'PUBLIC'),
            defaultBranch: node.defaultBranchRef?.name ?? null,
        });
    }
    const more = connection.pageInfo?.hasNextPage === true && typeof connection.pageInfo.endCursor === 'string';
    return { repositories, totalCount: connection.totalCount ?? repositories.length, nextCursor: more ? connection.pageInfo.endCursor : null };
}
const WORKFLOW_FILE = /\.ya?ml$/;
/** A blob's text, or why it has none: `pending` (cut: fetch over REST), `binary`. */
function blobOf(node, path, files) {
    if (!node || typeof node.oid !== 'string')
        return undefined;
    if (node.isTruncated === true || (typeof node.text !== 'string' && node.isBinary !== true)) {
        files.pending.push({ path, oid: node.oid, byteSize: node.byteSize ?? 0 });
        return undefined;
    }
    if (node.isBinary === true || typeof node.text !== 'string') {
        files.notes.push(`${path}: binary, not scanned`);
        return undefined;
    }
    return node.text;
}
/**
 * `uses: ./path` in a workflow or action: a local action, read from the default branch (`./.github/workflows/x.yml` is
 * a reusable workflow, already read; a path with `..` or an expression is not followed).
 */
function localActionDirs(text) {
    const dirs = new Set();
    for (const m of text.matchAll(/^\s*(?:-\s+)?uses\s*:\s*['"]?\.\/([^\s'"#@]*)/gm)) {
        const dir = m[1].replace(/\/+$/, '');
        if (dir === '' || dir.includes('..') || dir.includes('${{') || dir.startsWith(`${WORKFLOWS_DIR}/`) || /\.ya?ml$/.test(dir))
            continue;
        dirs.add(dir);
    }
    return [...dirs];
}
/** What one alias of a files query says about its repository. */
function decodeRepositoryFiles(node, repository) {
    const data = (node ?? {});
    const out = { repository, files: [], pending: [], actionDirs: [], notes: [], via: 'graphql' };
    for (const entry of data.workflows?.entries ?? []) {
        if (entry.type !== 'blob' || typeof entry.name !== 'string' || !WORKFLOW_FILE.test(entry.name))
            continue;
        const path = `${WORKFLOWS_DIR}/${entry.name}`;
        const text = blobOf(entry.object, path, out);
        if (text !== undefined)
            out.files.push({ path, text });
    }
    const action = data.actionYml ? { node: data.actionYml, path: 'action.yml' } : data.actionYaml ? { node: data.actionYaml, path: 'action.yaml' } : undefined;
    if (action) {
        const text = blobOf(action.node, action.path, out);
        if (text !== undefined)
            out.files.push({ path: action.path, text });
    }
    const registry = data.registry ? { node: data.registry, path: REGISTRY_PATH } : data.legacyRegistry ? { node: data.legacyRegistry, path: LEGACY_REGISTRY_PATH } : undefined;
    if (registry) {
        const text = blobOf(registry.node, registry.path, out);
        if (text !== undefined)
            out.registry = { path: registry.path, text };
    }
    if (data.config) {
        const text = blobOf(data.config, CONFIG_PATH, out);
        if (text !== undefined)
            out.config = { path: CONFIG_PATH, text };
    }
    const dirs = new Set();
    for (const entry of data.actions?.entries ?? []) {
        if (entry.type !== 'tree' || typeof entry.name !== 'string')
            continue;
        if ((entry.object?.entries ?? []).some((e) => e.type === 'blob' && (e.name === 'action.yml' || e.name === 'action.yaml')))
            dirs.add(`${ACTIONS_DIR}/${entry.name}`);
    }
    for (const file of out.files)
        for (const dir of localActionDirs(file.text))
            dirs.add(dir);
    out.actionDirs = [...dirs].sort();
    return out;
}
/** The paths an actions query asks for, for one repository's action directories (both spellings of the name). */
function actionPaths(dirs) {
    return dirs.flatMap((d) => [`${d}/action.yml`, `${d}/action.yaml`]);
}
/**
 * Adds what an actions query returned for one repository (alias `a<j>` is `paths[j]`) to its files: the first
 * spelling found per directory.
 */
function addActionFiles(files, node, paths) {
    const data = (node ?? {});
    const seen = new Set(files.files.map((f) => f.path.replace(/\/action\.ya?ml$/, '')));
    paths.forEach((path, j) => {
        const dir = path.replace(/\/action\.ya?ml$/, '');
        if (seen.has(dir))
            return;
        const text = blobOf(data[`a${j}`], path, files);
        if (text !== undefined) {
            files.files.push({ path, text });
            seen.add(dir);
        }
        else if (files.pending.some((p) => p.path === path))
            seen.add(dir);
    });
}
/** Adds a blob fetched over REST to where it belongs (a workflow, an action, the registry or the config). */
function placeBlob(files, path, text) {
    const input = { path, text };
    if (path === REGISTRY_PATH || path === LEGACY_REGISTRY_PATH)
        files.registry = input;
    else if (path === CONFIG_PATH)
        files.config = input;
    else
        files.files.push(input);
}

;// CONCATENATED MODULE: ./src/org/fetch.ts



const DEFAULT_BATCH_SIZE = 40;
/** Blobs larger than this are not fetched (the scanner reads 2 MiB at most; it is listed as not scanned). */
const MAX_BLOB_BYTES = 10 * 1024 * 1024;
/**
 * Sends `items` in chunks of `state.size`; a chunk that times out is halved (the size stays halved for the rest) and
 * a single item that still times out goes to `single`.
 */
async function inHalvingBatches(items, state, what, run, single) {
    const queue = [...items];
    while (queue.length > 0) {
        const chunk = queue.splice(0, state.size);
        try {
            await run(chunk);
        }
        catch (error) {
            if (!(error instanceof GraphqlTimeoutError))
                throw error;
            if (chunk.length > 1) {
                const next = Math.max(1, Math.floor(chunk.length / 2));
                state.notes.push(`a GraphQL call for ${chunk.length} ${what} failed (${error.message.split('\n')[0]}): ${next} per call from then on`);
                state.size = next;
                queue.unshift(...chunk);
            }
            else {
                await single(chunk[0], error);
            }
        }
    }
}
function describeErrors(errors) {
    return errors.map((e) => `${e.type ? `${e.type}: ` : ''}${e.message}`).join('; ');
}
function decodeBase64(content) {
    return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
}
async function fetchBlob(client, cache, repository, oid) {
    const key = `blob:${oid}`;
    const kept = cache?.get(key);
    if (kept && typeof kept.data === 'string')
        return kept.data;
    const [owner, repo] = repository.split('/');
    const body = await conditionalGet(client, undefined, key, 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { owner, repo, file_sha: oid });
    if (!body || typeof body.content !== 'string')
        return undefined;
    const text = body.encoding === 'base64' ? decodeBase64(body.content) : body.content;
    cache?.set(key, { data: text });
    return text;
}
/**
 * A failure that concerns one repository or file (listed, and the scan goes on); a rate limit the client gave up
 * waiting for, or credentials GitHub refuses, concern them all: the shard fails, to be re-run.
 */
function concernsOne(error) {
    return error instanceof github_errors.GitHubApiError && !(error instanceof github_errors/* GitHubRateLimitError */.Rr) && !(error instanceof github_errors/* GitHubAuthError */.Kz);
}
/** Step 3: the texts GraphQL cut, over REST. */
async function fetchPending(client, options, files) {
    const pending = files.pending.splice(0);
    await mapLimit(pending, options.restConcurrency ?? 4, async (blob) => {
        if (blob.byteSize > MAX_BLOB_BYTES) {
            files.notes.push(`${blob.path}: ${blob.byteSize} bytes, larger than the scanner reads: not scanned`);
            return;
        }
        try {
            const text = await fetchBlob(client, options.cache, files.repository, blob.oid);
            if (text === undefined)
                files.notes.push(`${blob.path}: its blob ${blob.oid} was not found over REST: not scanned`);
            else
                placeBlob(files, blob.path, text);
        }
        catch (error) {
            if (!concernsOne(error))
                throw error;
            files.notes.push(`${blob.path}: could not be read over REST (${error.message}): not scanned`);
        }
    });
}
async function listDir(client, cache, repository, path) {
    const [owner, repo] = repository.split('/');
    const body = await conditionalGet(client, cache, `contents:${repository}:${path}`, 'GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path });
    return Array.isArray(body) ? body : [];
}
/**
 * One repository over REST: directory listings (contents API, conditional) and git blobs (kept by SHA) — `.github`,
 * `.github/workflows`, `.github/actions`, root `action.yml|yaml`, then the local actions the workflows use. The legacy
 * registry path is read over GraphQL only.
 */
async function fetchRepositoryRest(client, repository, options) {
    const files = { repository, files: [], pending: [], actionDirs: [], notes: [], via: 'rest' };
    const cache = options.cache;
    const github = await listDir(client, cache, repository, '.github');
    const want = (entry, path) => files.pending.push({ path, oid: entry.sha, byteSize: entry.size });
    const dirs = new Set();
    for (const entry of github) {
        if (entry.type === 'file' && entry.path === REGISTRY_PATH)
            want(entry, REGISTRY_PATH);
        if (entry.type === 'file' && entry.path === CONFIG_PATH)
            want(entry, CONFIG_PATH);
    }
    if (github.some((e) => e.type === 'dir' && e.path === WORKFLOWS_DIR)) {
        for (const entry of await listDir(client, cache, repository, WORKFLOWS_DIR)) {
            if (entry.type === 'file' && /\.ya?ml$/.test(entry.name))
                want(entry, `${WORKFLOWS_DIR}/${entry.name}`);
        }
    }
    if (github.some((e) => e.type === 'dir' && e.path === ACTIONS_DIR)) {
        for (const entry of await listDir(client, cache, repository, ACTIONS_DIR))
            if (entry.type === 'dir')
                dirs.add(entry.path);
    }
    // The root action metadata: the contents API answers a file with its entry (404 when absent).
    for (const name of ['action.yml', 'action.yaml']) {
        const [owner, repo] = repository.split('/');
        const entry = await conditionalGet(client, cache, `contents:${repository}:${name}`, 'GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path: name });
        if (entry && !Array.isArray(entry) && entry.type === 'file') {
            want(entry, name);
            break;
        }
    }
    await fetchPending(client, options, files);
    for (const file of files.files)
        for (const dir of localActionDirs(file.text))
            dirs.add(dir);
    for (const dir of [...dirs].sort()) {
        const entry = (await listDir(client, cache, repository, dir)).find((e) => e.type === 'file' && (e.name === 'action.yml' || e.name === 'action.yaml'));
        if (entry)
            want(entry, `${dir}/${entry.name}`);
    }
    await fetchPending(client, options, files);
    return files;
}
/** Step 2 for one batch: local actions' metadata of every repository that has any. */
async function fetchActions(client, owner, batch, state) {
    const wanted = batch.filter((f) => f.actionDirs.length > 0);
    await inHalvingBatches(wanted, state, 'repositories (local actions)', async (chunk) => {
        const requests = chunk.map((f) => ({ name: f.repository.split('/')[1], paths: actionPaths(f.actionDirs) }));
        const answer = await graphqlPartial(client, actionsQuery(requests), { owner });
        chunk.forEach((f, i) => {
            const node = answer.data?.[aliasOf(i)];
            const errors = errorsAt(answer.errors, aliasOf(i));
            if (errors.length > 0)
                f.notes.push(`local actions not read: ${describeErrors(errors)}`);
            if (node)
                addActionFiles(f, node, requests[i].paths);
        });
    }, async (f, error) => {
        f.notes.push(`local actions not read: ${error.message}`);
    });
}
function decodeBatch(answer, names, owner, fallback, out) {
    names.forEach((name, i) => {
        const repository = `${owner}/${name}`;
        const alias = aliasOf(i);
        const node = answer.data?.[alias];
        const errors = errorsAt(answer.errors, alias);
        if (errors.some((e) => e.type === 'NOT_FOUND' && e.path?.length === 1)) {
            out.failed.push({ repository, error: 'not found (deleted, renamed or hidden from the token since the listing)' });
        }
        else if (errors.length > 0) {
            // Refused in part (a FORBIDDEN object): never scan half a repository as if it were all of it.
            out.failed.push({ repository, error: `GitHub refused part of it: ${describeErrors(errors)}` });
        }
        else if (!node) {
            fallback.push(name);
        }
        else {
            out.files.push(decodeRepositoryFiles(node, repository));
        }
    });
    // Errors no alias owns (the whole query refused, a rate limit) fail the batch loudly.
    const stray = answer.errors.filter((e) => !(typeof e.path?.[0] === 'string' && /^r\d+$/.test(e.path[0])));
    if (stray.length > 0 && !answer.data)
        throw new Error(`GitHub refused the query: ${describeErrors(stray)}`);
}
/**
 * Reads repositories `names` of `owner`, yielding one batch at a time (so a caller can scan and let the texts go
 * before the next batch arrives).
 */
async function* fetchRepositories(client, owner, names, options = {}) {
    const state = { size: Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE), notes: [] };
    const restOne = async (name, out, why) => {
        try {
            out.files.push(await fetchRepositoryRest(client, `${owner}/${name}`, options));
            if (why)
                out.notes.push(`${owner}/${name}: read over REST (${why})`);
        }
        catch (error) {
            if (!concernsOne(error))
                throw error;
            out.failed.push({ repository: `${owner}/${name}`, error: error.message });
        }
    };
    if (options.mode === 'rest') {
        const size = state.size;
        for (let i = 0; i < names.length; i += size) {
            const out = { files: [], failed: [], notes: [] };
            for (const name of names.slice(i, i + size))
                await restOne(name, out);
            yield out;
        }
        return;
    }
    const queue = [...names];
    while (queue.length > 0) {
        // Each yielded batch is what one full-size call covers; halving inside it splits the calls, not the batch.
        const batch = queue.splice(0, state.size);
        const out = { files: [], failed: [], notes: [] };
        const fallback = [];
        await inHalvingBatches(batch, state, 'repositories', async (chunk) => decodeBatch(await graphqlPartial(client, filesQuery(chunk), { owner }), chunk, owner, fallback, out), async (name, error) => restOne(name, out, `GraphQL failed for it alone: ${error.message.split('\n')[0]}`));
        for (const name of fallback)
            await restOne(name, out, 'GraphQL gave no data for it');
        await fetchActions(client, owner, out.files, state);
        await mapLimit(out.files, 1, (f) => fetchPending(client, options, f));
        out.notes.push(...state.notes.splice(0));
        yield out;
    }
}

;// CONCATENATED MODULE: ./src/org/list.ts




async function listGraphql(client, org) {
    const repositories = [];
    let cursor = null;
    do {
        const answer = await graphqlPartial(client, LIST_REPOSITORIES, { org, cursor });
        if (!answer.data?.organization) {
            const why = answer.errors.map((e) => e.message).join('; ');
            throw new errors/* UsageError */.e(`cannot list the repositories of "${org}": ${why || 'GitHub returned no organisation'} (is it an organisation the token can see?)`);
        }
        const page = decodeRepositoryPage(answer.data, org);
        repositories.push(...page.repositories);
        cursor = page.nextCursor;
    } while (cursor);
    return repositories;
}
async function listRest(client, org) {
    const rows = (await client.paginate('GET /orgs/{org}/repos', { org, type: 'all', sort: 'full_name', per_page: 100 }));
    return rows.map((r) => ({
        name: r.name,
        nameWithOwner: r.full_name,
        isArchived: r.archived === true,
        isFork: r.fork,
        isDisabled: r.disabled === true,
        // REST has no "empty": a repository without a byte of content is.
        isEmpty: r.size === 0,
        isPrivate: r.private,
        visibility: (r.visibility ?? (r.private ? 'private' : 'public')).toUpperCase(),
        defaultBranch: r.default_branch ?? null,
    }));
}
/** Every repository of `org` the token can see. */
async function listOrgRepositories(client, org, mode = 'graphql') {
    if (mode === 'rest')
        return { repositories: await listRest(client, org), via: 'rest', notes: [] };
    try {
        return { repositories: await listGraphql(client, org), via: 'graphql', notes: [] };
    }
    catch (error) {
        if (!(error instanceof github_errors/* GitHubNotFoundError */.ZY))
            throw error;
        // No GraphQL endpoint (an old or restricted GitHub Enterprise Server): REST for everything.
        return { repositories: await listRest(client, org), via: 'rest', notes: ['the GraphQL API is not available here (404): repositories were listed and read over REST, at about one call per file'] };
    }
}

;// CONCATENATED MODULE: ./src/org/settings.ts


function settings_valueOf(body) {
    const v = body?.default_workflow_permissions;
    return v === 'read' || v === 'write' ? v : undefined;
}
function forbiddenNote(what, error, need) {
    return `cannot read ${what}'s default workflow permissions (${error.missing ?? `the token needs ${need}`}): the "no permissions" findings there are judged with the default unknown (possibly write-all)`;
}
async function orgDefaultWorkflowPermissions(client, org, cache) {
    try {
        const body = await conditionalGet(client, cache, `org-workflow-permissions:${org}`, 'GET /orgs/{org}/actions/permissions/workflow', { org });
        const value = settings_valueOf(body);
        return value ? { value } : { note: `the organisation ${org} has no readable default workflow permissions` };
    }
    catch (error) {
        if (error instanceof github_errors/* GitHubForbiddenError */.Hm)
            return { forbidden: true, note: forbiddenNote(`the organisation ${org}`, error, 'admin:org, or organisation Administration: read') };
        if (error instanceof github_errors/* GitHubNotFoundError */.ZY)
            return { note: `GitHub found no workflow permissions for ${org} (not an organisation, or hidden from the token)` };
        throw error;
    }
}
async function repoDefaultWorkflowPermissions(client, repository, cache) {
    const [owner, repo] = repository.split('/');
    try {
        const body = await conditionalGet(client, cache, `repo-workflow-permissions:${repository}`, 'GET /repos/{owner}/{repo}/actions/permissions/workflow', { owner, repo });
        const value = settings_valueOf(body);
        return value ? { value } : { note: `${repository}: no readable default workflow permissions` };
    }
    catch (error) {
        if (error instanceof github_errors/* GitHubForbiddenError */.Hm)
            return { forbidden: true, note: forbiddenNote('the repositories', error, 'repo, or repository Administration: read').replace("the repositories's", "the repositories'") };
        if (error instanceof github_errors/* GitHubNotFoundError */.ZY)
            return { note: `${repository}: GitHub found no workflow permissions (hidden from the token?)` };
        throw error;
    }
}
/**
 * Whether any workflow of the repository may run a job on the default token: one without a top-level
 * `permissions:` key. A text test, so it errs towards asking (jobs that all set their own still count).
 */
function dependsOnDefault(files) {
    return files.files.some((f) => f.path.startsWith('.github/workflows/') && !/^permissions[ \t]*:/m.test(f.text));
}

;// CONCATENATED MODULE: ./src/org/run.ts










function delta(after, before) {
    return { graphql: after.graphql - before.graphql, rest: after.rest - before.rest, notModified: after.notModified - before.notModified };
}
async function readRegistryFromGitHub(ctx, source) {
    const m = /^([^/\s]+)\/([^/:\s]+):(.+)$/.exec(source);
    if (!m)
        throw new Error(`the organisation registry must be a file or OWNER/REPO:PATH (got "${source}")`);
    const [, owner, repo, path] = m;
    const body = await conditionalGet(ctx.client, ctx.cache, `contents:${owner}/${repo}:${path}`, 'GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path });
    if (!body || body.type !== 'file' || typeof body.content !== 'string')
        throw new Error(`the organisation registry ${source} was not found (or is not a file the token can read)`);
    return Buffer.from(body.content.replace(/\s+/g, ''), 'base64').toString('utf8');
}
/** Step 1: list, read the organisation's default workflow permissions and registry, and split into shards. */
async function planOrgScan(ctx, options) {
    const before = { ...ctx.counts };
    const listing = await listOrgRepositories(ctx.client, options.org, options.mode ?? 'graphql');
    ctx.log?.(`listed ${listing.repositories.length} repositories of ${options.org} (${listing.via})`);
    const setting = await orgDefaultWorkflowPermissions(ctx.client, options.org, ctx.cache);
    const notes = [...listing.notes, ...(setting.note ? [setting.note] : [])];
    let orgRegistry;
    if (options.orgRegistry) {
        const text = options.orgRegistry.text ?? (await readRegistryFromGitHub(ctx, options.orgRegistry.source));
        orgRegistry = { source: options.orgRegistry.source, text };
    }
    const plan = planShards({
        org: options.org,
        listed: listing.repositories,
        forks: options.forks === true,
        mode: listing.via,
        ...(options.shards !== undefined ? { shards: options.shards } : {}),
        ...(options.weights ? { weights: options.weights } : {}),
        ...(orgRegistry ? { orgRegistry } : {}),
        orgDefaultWorkflowPermissions: setting.value ?? null,
        notes,
    });
    return { ...plan, calls: delta(ctx.counts, before) };
}
function parseOrgRegistry(plan, notes) {
    if (!plan.orgRegistry)
        return undefined;
    const check = (0,parse.checkRegistry)(plan.orgRegistry.text, plan.orgRegistry.source);
    if (!check.registry) {
        notes.push(`the organisation registry ${plan.orgRegistry.source} is invalid (${check.issues.length} problem(s)): not used`);
        return undefined;
    }
    return { path: plan.orgRegistry.source, text: plan.orgRegistry.text, registry: check.registry };
}
/** Step 2: scan shard `index` of the plan. Repositories that cannot be read are listed in `failed`. */
async function scanOrgShard(ctx, plan, index, options) {
    const shard = shardOf(plan, index);
    const before = { ...ctx.counts };
    const notes = [];
    const orgRegistry = parseOrgRegistry(plan, notes);
    const orgDefault = plan.orgDefaultWorkflowPermissions ?? undefined;
    const repositories = [];
    const failed = [];
    let settingsLookups = 0;
    let settingsForbidden = false;
    let settingsProven = false;
    let unasked = 0;
    const byOwner = new Map();
    for (const full of shard.repositories) {
        const [owner, name] = full.split('/');
        byOwner.set(owner, [...(byOwner.get(owner) ?? []), name]);
    }
    for (const [owner, names] of byOwner) {
        const batches = fetchRepositories(ctx.client, owner, names, {
            ...(options.batchSize ? { batchSize: options.batchSize } : {}),
            ...(options.restConcurrency ? { restConcurrency: options.restConcurrency } : {}),
            ...(ctx.cache ? { cache: ctx.cache } : {}),
            mode: plan.options.mode,
        });
        for (;;) {
            const callsBefore = totalCalls(ctx.counts);
            const next = await batches.next();
            if (next.done)
                break;
            const batch = next.value;
            notes.push(...batch.notes);
            failed.push(...batch.failed);
            // What this batch may still spend on settings: one call per repository in all. (Read over REST, a repository
            // costs a call per file anyway: there is no budget to keep.)
            let spare = plan.options.mode === 'rest' ? Infinity : batch.files.length + batch.failed.length - (totalCalls(ctx.counts) - callsBefore);
            const defaults = new Map();
            const toAsk = [];
            for (const files of batch.files) {
                if (orgDefault === 'read')
                    defaults.set(files.repository, { value: 'read', from: 'organization' });
                else if (dependsOnDefault(files)) {
                    if (!settingsForbidden && spare > 0) {
                        toAsk.push(files.repository);
                        spare -= 1;
                    }
                    else if (!settingsForbidden)
                        unasked += 1;
                }
            }
            // Until one answer came back, ask one at a time: a token that may not read them is refused once, not N times.
            const ask = async (repository) => {
                if (settingsForbidden)
                    return undefined;
                const answer = await repoDefaultWorkflowPermissions(ctx.client, repository, ctx.cache);
                if (answer.forbidden)
                    settingsForbidden = true;
                else if (answer.value)
                    settingsProven = true;
                return answer;
            };
            const answers = settingsProven ? await mapLimit(toAsk, options.restConcurrency ?? 4, ask) : await mapLimit(toAsk, 1, ask);
            toAsk.forEach((repository, i) => {
                const answer = answers[i];
                if (!answer)
                    return;
                settingsLookups += 1;
                if (answer.value)
                    defaults.set(repository, { value: answer.value, from: 'repository' });
                else if (answer.note)
                    notes.push(answer.note);
            });
            for (const files of batch.files) {
                const known = defaults.get(files.repository);
                repositories.push(scanRepository(files, {
                    failOn: options.failOn,
                    ...(known ? { defaultWorkflowPermissions: known.value, defaultWorkflowPermissionsFrom: known.from } : {}),
                    ...(orgRegistry ? { orgRegistry } : {}),
                }));
            }
            ctx.log?.(`shard ${index}: ${repositories.length + failed.length} of ${shard.repositories.length} repositories`);
        }
    }
    if (unasked > 0)
        notes.push(`${unasked} repositor${unasked === 1 ? 'y was' : 'ies were'} judged with the default workflow permissions unknown: asking for them would have passed one call per repository`);
    return {
        version: ORG_FORMAT_VERSION,
        kind: SHARD_KIND,
        org: plan.org,
        shard: index,
        shards: plan.shards.length,
        planDigest: planDigest(plan),
        repositories,
        failed,
        notes: [...new Set(notes)],
        calls: delta(ctx.counts, before),
        settingsLookups,
    };
}
/** Plan, every shard and the merge in one process (`org-scan --org X` alone). A shard that throws is reported failed. */
async function runOrgScan(ctx, planOptions, shardOptions) {
    const plan = await planOrgScan(ctx, planOptions);
    const results = [];
    const shardErrors = new Map();
    for (const shard of plan.shards) {
        try {
            results.push(await scanOrgShard(ctx, plan, shard.index, shardOptions));
        }
        catch (error) {
            // Reported as a failed shard (with why), like a scan job that failed in a sharded run.
            shardErrors.set(shard.index, error instanceof Error ? error.message : String(error));
        }
    }
    return { plan, results, report: mergeShardResults(plan, results, { failOn: shardOptions.failOn, shardErrors }) };
}


;// CONCATENATED MODULE: ./src/commands/org-scan.ts
/**
 * `token-warden org-scan`: every repository of an organisation, in one process or in the three steps of a sharded
 * workflow (a plan job, a matrix of scan jobs, a report job). A thin layer over src/org/.
 *
 *   org-scan --org ORG [--forks] [--shards N] [--format text|json|markdown] [--fail-on SEV]     plan, scan, merge
 *   org-scan --org ORG --plan-only [--shards N] --output plan.json                               step 1
 *   org-scan --plan plan.json --shard K --output shard-K.json                                    step 2 (each job)
 *   org-scan --merge [--plan plan.json] shard-*.json [--format …] [--fail-on SEV]                step 3
 *
 * The token comes from GITHUB_TOKEN or GH_TOKEN. A workflow's own GITHUB_TOKEN sees only its repository (and public
 * ones): scanning private repositories across the organisation needs a GitHub App installation token or a PAT;
 * reading the default workflow permissions needs `admin:org` / `repo` (or Administration: read).
 */















const FORMATS = ['text', 'json', 'markdown'];
function readText(io, file, what) {
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(io.cwd, file), 'utf8');
    }
    catch (error) {
        throw new errors/* UsageError */.e(`cannot read ${what} ${file}: ${error.code ?? String(error)}`);
    }
}
function write(io, file, content) {
    if (!file) {
        io.stdout(content);
        return;
    }
    try {
        (0,external_node_fs_.writeFileSync)(external_node_path_default().resolve(io.cwd, file), content);
    }
    catch (error) {
        throw new errors/* UsageError */.e(`cannot write ${file}: ${error.code ?? String(error)}`);
    }
}
function positiveInt(value, flag) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new errors/* UsageError */.e(`${flag} must be a positive whole number (got "${value}")`);
    return n;
}
function render(report, format) {
    return format === 'json' ? renderOrgJson(report) : format === 'markdown' ? renderOrgMarkdown(report) : renderOrgText(report);
}
/** Workflow counts per repository from an earlier organisation report: the plan balances shards by them. */
function weightsFrom(io, file) {
    let report;
    try {
        report = JSON.parse(readText(io, file, 'the earlier report'));
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.e)
            throw error;
        throw new errors/* UsageError */.e(`${file} is not JSON: --weights takes an earlier \`org-scan --format json\` report`);
    }
    if (!Array.isArray(report.repositories))
        throw new errors/* UsageError */.e(`${file} is not an organisation report (no repositories): --weights takes an earlier \`org-scan --format json\` report`);
    return new Map(report.repositories.map((r) => [r.repository, Math.max(1, r.workflows + r.actions)]));
}
async function context(io, apiUrl, cacheFile) {
    const token = io.env.GITHUB_TOKEN?.trim() || io.env.GH_TOKEN?.trim();
    if (!token) {
        throw new errors/* UsageError */.e('org-scan needs a token in GITHUB_TOKEN or GH_TOKEN: a GitHub App installation token or a PAT that can read the organisation’s repositories (a workflow’s own GITHUB_TOKEN sees only its repository)');
    }
    const counts = newCallCounts();
    const warn = (m) => io.stderr(`warning: ${m}\n`);
    const client = await (0,github_client.createGitHubClient)({
        auth: { type: 'token', token },
        baseUrl: (0,api_url.resolveApiUrl)(apiUrl, io.env),
        // A rate-limited organisation scan can wait for the reset: a shard job has hours, not minutes.
        maxWaitSeconds: 3600,
        mask: () => undefined,
        log: { debug: () => undefined, info: () => undefined, warn, error: (m) => io.stderr(`error: ${m}\n`) },
        fetch: countingFetch(counts),
        env: io.env,
    });
    let cache = new MemoryCache();
    let save = () => undefined;
    if (cacheFile) {
        const loaded = JsonFileCache.load(external_node_path_default().resolve(io.cwd, cacheFile));
        if (loaded.warning)
            warn(loaded.warning);
        cache = loaded.cache;
        save = () => loaded.cache.save();
    }
    return { ctx: { client, counts, cache, log: (m) => io.stderr(`${m}\n`) }, save };
}
async function orgScanCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        strict: true,
        allowPositionals: true,
        options: {
            org: { type: 'string' },
            forks: { type: 'boolean' },
            shards: { type: 'string' },
            'plan-only': { type: 'boolean' },
            plan: { type: 'string' },
            shard: { type: 'string' },
            merge: { type: 'boolean' },
            output: { type: 'string', short: 'o' },
            format: { type: 'string', short: 'f' },
            'fail-on': { type: 'string' },
            'api-url': { type: 'string' },
            rest: { type: 'boolean' },
            'batch-size': { type: 'string' },
            'org-registry': { type: 'string' },
            weights: { type: 'string' },
            cache: { type: 'string' },
            ...ORG_ALERT_OPTIONS,
        },
    });
    checkOrgAlertFlags(values);
    const format = (values.format ?? 'text');
    if (!FORMATS.includes(format))
        throw new errors/* UsageError */.e(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}")`);
    const failOn = (values['fail-on'] ?? 'high');
    if (!severity/* FAIL_ON_VALUES */.Qm.includes(failOn))
        throw new errors/* UsageError */.e(`--fail-on must be one of ${severity/* FAIL_ON_VALUES */.Qm.join(', ')} (got "${values['fail-on']}")`);
    const steps = [values['plan-only'], values.shard !== undefined, values.merge].filter(Boolean).length;
    if (steps > 1)
        throw new errors/* UsageError */.e('org-scan: give one of --plan-only, --shard K or --merge (or none: all three in one process)');
    if (!values.merge && positionals.length > 0)
        throw new errors/* UsageError */.e(`org-scan takes no file arguments except with --merge (got "${positionals[0]}")`);
    const batchSize = positiveInt(values['batch-size'], '--batch-size');
    const shards = positiveInt(values.shards, '--shards');
    // Step 3: merge shard results (no API calls).
    if (values.merge) {
        if (positionals.length === 0 && !values.plan)
            throw new errors/* UsageError */.e('org-scan --merge needs the shard result files (and --plan plan.json, to name the shards that have none)');
        const plan = values.plan ? parsePlan(readText(io, values.plan, 'the plan'), values.plan) : undefined;
        const results = positionals.map((file) => parseShardResult(readText(io, file, 'the shard result'), file));
        const report = mergeShardResults(plan, results, { failOn });
        write(io, values.output, render(report, format));
        if (values.output)
            io.stderr(`${renderOrgText(report).trimEnd().split('\n').pop()}\n`);
        await alertOrgReport(report, values, io, values['api-url']);
        return orgReportFailed(report) ? 1 : 0;
    }
    try {
        // Step 2: one shard of a plan.
        if (values.shard !== undefined) {
            const index = positiveInt(values.shard, '--shard');
            if (!values.plan)
                throw new errors/* UsageError */.e('org-scan --shard K needs --plan plan.json (written by org-scan --plan-only)');
            const plan = parsePlan(readText(io, values.plan, 'the plan'), values.plan);
            if (values.org && values.org.toLowerCase() !== plan.org.toLowerCase())
                throw new errors/* UsageError */.e(`--org ${values.org} does not match the plan's organisation ${plan.org}`);
            const { ctx, save } = await context(io, values['api-url'], values.cache);
            const result = await scanOrgShard(ctx, plan, index, { failOn, ...(batchSize ? { batchSize } : {}) });
            save();
            write(io, values.output, `${JSON.stringify(result, null, 2)}\n`);
            io.stderr(`shard ${index} of ${plan.shards.length}: ${result.repositories.length} repositories scanned, ${result.failed.length} failed; ${result.calls.graphql} GraphQL + ${result.calls.rest} REST calls\n`);
            return 0;
        }
        if (!values.org)
            throw new errors/* UsageError */.e('org-scan needs --org ORG (or --plan with --shard, or --merge)');
        let orgRegistry;
        if (values['org-registry']) {
            const source = values['org-registry'];
            const local = !/^[^/\s]+\/[^/:\s]+:.+$/.test(source);
            orgRegistry = local ? { source, text: readText(io, source, 'the organisation registry') } : { source };
        }
        const planOptions = {
            org: values.org,
            forks: values.forks === true,
            ...(shards ? { shards } : {}),
            ...(values.weights ? { weights: weightsFrom(io, values.weights) } : {}),
            ...(orgRegistry ? { orgRegistry } : {}),
            ...(values.rest ? { mode: 'rest' } : {}),
        };
        const { ctx, save } = await context(io, values['api-url'], values.cache);
        // Step 1: the plan.
        if (values['plan-only']) {
            const plan = await planOrgScan(ctx, planOptions);
            save();
            write(io, values.output, renderPlan(plan));
            io.stderr(`plan: ${plan.repositories} repositories in ${plan.shards.length} shard(s) (${plan.shardCountReason})\n`);
            return 0;
        }
        // All three steps in one process.
        const { report } = await runOrgScan(ctx, planOptions, { failOn, ...(batchSize ? { batchSize } : {}) });
        save();
        write(io, values.output, render(report, format));
        await alertOrgReport(report, values, io, values['api-url']);
        return orgReportFailed(report) ? 1 : 0;
    }
    catch (error) {
        if (error instanceof github_errors.GitHubApiError) {
            io.stderr(`token-warden: org-scan: ${error.message}\n`);
            return 2;
        }
        throw error;
    }
}


/***/ }),

/***/ 1122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfig: () => (/* binding */ parseConfig)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(131);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2143);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2526);
/** Loaded lazily (it pulls in zod and yaml): only when a config file exists. */



/** Parses `.github/token-warden.yml` text. Throws ConfigError (every problem, with line and key). */
function parseConfig(text, file) {
    const { data } = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateYaml */ .uW)(text, file, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigSchema */ .Sk);
    return {
        failOn: data['fail-on'] ?? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIG */ .P.failOn,
        minSeverity: data['min-severity'] ?? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIG */ .P.minSeverity,
        ignore: data.ignore ?? [],
        rules: (data.rules ?? {}),
    };
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sk: () => (/* binding */ ConfigSchema),
/* harmony export */   configJsonSchema: () => (/* binding */ configJsonSchema)
/* harmony export */ });
/* unused harmony exports RuleSettingsSchema, RULE_IDS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8439);
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1502);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(908);



const severity = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC);
/** `path/glob/**` or `path:line`: relative to the scan root. */
const ignoreEntry = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('A path glob, or path:line, relative to the scan root');
const RuleSettingsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    severity: severity.optional().describe('Replace the severity of every finding of this rule'),
    disabled: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional().describe('Turn the rule off'),
    ignore: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ignoreEntry).optional().describe('Paths (globs, or path:line) where this rule is suppressed'),
});
const RULE_IDS = _rules_index_js__WEBPACK_IMPORTED_MODULE_1__.ALL_RULE_META.map((m) => m.id);
/** `.github/token-warden.yml`. */
const ConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1).optional().describe('Configuration format version'),
    'fail-on': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .FAIL_ON_VALUES */ .Qm).optional().describe('Fail when a finding at or above this severity is reported (default high)'),
    'min-severity': severity.optional().describe('Do not report findings below this severity (default info)'),
    ignore: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ignoreEntry).optional().describe('Paths (globs, or path:line) where every rule is suppressed'),
    rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .partialRecord */ .jgl(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(RULE_IDS), RuleSettingsSchema).optional().describe('Per-rule settings, keyed by rule id'),
})
    .describe('Token Warden configuration');
const _settingsMatch = true;
void _settingsMatch;
/** JSON Schema for editors (committed as schema/token-warden-config.schema.json; a test keeps it in sync). */
function configJsonSchema() {
    return { ...zod__WEBPACK_IMPORTED_MODULE_3__/* .toJSONSchema */ .bl(ConfigSchema, { target: 'draft-7' }), title: 'Token Warden configuration' };
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


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony exports PRODUCTION_TIMING, USER_AGENT */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _octokit_auth_app__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6479);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7432);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3116);
/* harmony import */ var _api_url_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7019);
/**
 * The one factory for the Octokit Token Warden uses: @octokit/rest with the throttling and retry plugins,
 * token or GitHub App authentication, a configurable API URL (GitHub Enterprise Server), injectable timing, and
 * typed errors (./errors.ts) for every failed request.
 */









const PRODUCTION_TIMING = { msPerSecond: 1000, requestTimeoutMs: 60_000 };
const USER_AGENT = `token-warden/${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x}`;
// A 4xx repeats unless the request changes; only 408 (timeout) may succeed as is. Rate limits (403/429) are the
// throttling plugin's, which waits as GitHub asks; the retry plugin must not add its own retries on top.
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i).filter((status) => status !== 408);
const defaultLogger = {
    debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
    info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
    warn: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
    error: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(m),
};


function describe(options) {
    return { method: (options.method ?? 'GET').toUpperCase(), url: options.url ?? '?' };
}
/**
 * The innermost layer (inside throttling and retry): counts attempts per request, and turns a 2xx whose JSON body
 * does not parse into an error the retry plugin retries (Octokit would hand the caller a string instead).
 */
function attemptsPlugin(attempts, log) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const attempt = (attempts.get(options) ?? 0) + 1;
            attempts.set(options, attempt);
            if (attempt > 1) {
                const { method, url } = describe(options);
                log.debug(`GitHub API: attempt ${attempt} for ${method} ${url}`);
            }
            const response = await request(options);
            // Octokit hands back the raw text when a JSON body does not parse. (A body that is a bare JSON string would
            // look the same; GitHub's JSON operations never answer with one.)
            const contentType = String(response.headers['content-type'] ?? '');
            if (/\bjson\b/i.test(contentType) && typeof response.data === 'string' && response.data !== '') {
                const parsed = octokit.request.endpoint.parse(options);
                throw Object.assign(new Error(`invalid JSON in the answer to ${parsed.method} ${parsed.url}`), {
                    status: 502,
                    request: parsed,
                    response: { ...response, data: response.data.slice(0, 200) },
                    [_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .INVALID_JSON */ .V7]: true,
                });
            }
            return response;
        });
        return {};
    };
}
function build(context, auth, appAuth) {
    const attempts = new WeakMap();
    const ms = context.timing.msPerSecond;
    const WardenOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_6__/* .Octokit */ .E.plugin(attemptsPlugin(attempts, context.log), _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_7__/* .throttling */ .A, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_8__/* .retry */ .L);
    const decide = (limit) => (retryAfter, options, _octokit, retryCount) => {
        const { method, url } = describe(options);
        const what = limit === 'primary' ? 'rate limit is used up' : 'secondary rate limit';
        if (retryCount >= context.retries) {
            context.log.warn(`GitHub ${what} on ${method} ${url}: giving up after ${retryCount + 1} attempts`);
            return false;
        }
        if (retryAfter > context.maxWaitSeconds) {
            context.log.warn(`GitHub ${what} on ${method} ${url}: it asks to wait ${retryAfter} s, more than the ${context.maxWaitSeconds} s allowed; giving up`);
            return false;
        }
        context.onRateLimitWait?.({ limit, seconds: retryAfter, retry: retryCount + 1, method, url });
        context.log.warn(`GitHub ${what} on ${method} ${url}: waiting ${retryAfter} s (retry ${retryCount + 1} of ${context.retries})`);
        return true;
    };
    const timeoutMs = context.timing.requestTimeoutMs;
    const fetchWithTimeout = (input, init) => context.fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
    const octokit = new WardenOctokit({
        baseUrl: context.baseUrl,
        userAgent: USER_AGENT,
        log: context.log,
        request: { fetch: fetchWithTimeout },
        ...(appAuth ? { authStrategy: _octokit_auth_app__WEBPACK_IMPORTED_MODULE_9__/* .createAppAuth */ .K, auth } : { auth }),
        retry: { retries: context.retries, retryAfterBaseValue: ms, doNotRetry: DO_NOT_RETRY },
        throttle: {
            onRateLimit: decide('primary'),
            onSecondaryRateLimit: decide('secondary'),
            retryAfterBaseValue: ms,
            fallbackSecondaryRateRetryAfter: 60,
            // Own groups per client: the plugin's defaults are process-wide and space writes by a fixed 1 s.
            ...{ global: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 10 }), auth: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1 }) },
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1, minTime: ms }),
            search: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1, minTime: 2 * ms }),
            notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1, minTime: 3 * ms }),
        },
    });
    // Installation tokens are masked the moment GitHub hands them out, before anything can log them.
    octokit.hook.after('request', (response, options) => {
        const data = response.data;
        if (/\/app\/installations\/[^/]+\/access_tokens$/.test(options.url ?? '') && typeof data?.token === 'string')
            context.mask(data.token);
    });
    // Outermost: after every retry, callers get a typed error.
    octokit.hook.error('request', (error, options) => {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .toGitHubError */ .Lg)(error, attempts.get(options) ?? 1);
    });
    return octokit;
}
async function findInstallation(appClient, auth, env) {
    const repository = auth.repository ?? env.GITHUB_REPOSITORY;
    if (repository) {
        const [owner, repo] = repository.split('/');
        if (!owner || !repo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`repository must be owner/name (got "${repository}")`);
        const { data } = await appClient.rest.apps.getRepoInstallation({ owner, repo });
        return data.id;
    }
    if (auth.owner) {
        const { data } = await appClient.rest.apps.getOrgInstallation({ org: auth.owner });
        return data.id;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('a GitHub App needs installation-id, or a repository (GITHUB_REPOSITORY) or owner to find its installation');
}
/** Registers each secret once: the token is seen both by the after-hook and by the eager mint. */
function onceEach(mask) {
    const seen = new Set();
    return (secret) => {
        if (secret === '' || seen.has(secret))
            return;
        seen.add(secret);
        mask(secret);
    };
}
/**
 * Builds the client. For a GitHub App it finds the installation if needed and mints the installation token at
 * once (masked through `mask`), so a bad key or missing installation fails here with a typed error.
 */
async function createGitHubClient(options) {
    const env = options.env ?? process.env;
    const context = {
        baseUrl: options.baseUrl ? (0,_api_url_js__WEBPACK_IMPORTED_MODULE_5__.resolveApiUrl)(options.baseUrl, env) : (0,_api_url_js__WEBPACK_IMPORTED_MODULE_5__.resolveApiUrl)(undefined, env),
        retries: options.retries ?? 3,
        maxWaitSeconds: options.maxWaitSeconds ?? 120,
        timing: { ...PRODUCTION_TIMING, ...options.timing },
        mask: onceEach(options.mask ?? ((secret) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret))),
        log: options.log ?? defaultLogger,
        ...(options.onRateLimitWait ? { onRateLimitWait: options.onRateLimitWait } : {}),
        fetch: options.fetch ?? globalThis.fetch,
    };
    const { auth } = options;
    if (auth.type === 'token') {
        if (!auth.token.trim())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('the GitHub token is empty');
        context.mask(auth.token);
        return build(context, auth.token, false);
    }
    // Keys pasted into a single-line setting arrive with literal \n.
    const privateKey = auth.privateKey.includes('\\n') ? auth.privateKey.replace(/\\n/g, '\n') : auth.privateKey;
    if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(privateKey))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('private-key must be the GitHub App private key in PEM format');
    const appId = typeof auth.appId === 'string' ? auth.appId.trim() : auth.appId;
    if (appId === '' || appId === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('app-id is empty');
    if (auth.type === 'app-jwt') {
        // A token client with a JWT sends it as `bearer` (@octokit/auth-token tells JWTs by their three parts).
        let jwt;
        try {
            ({ token: jwt } = (await (0,_octokit_auth_app__WEBPACK_IMPORTED_MODULE_9__/* .createAppAuth */ .K)({ appId, privateKey })({ type: 'app' })));
        }
        catch {
            // The crypto error says nothing useful (`DECODER routines::unsupported`) and must not be mistaken for an API answer.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('private-key is not a usable RSA private key (PEM) for a GitHub App');
        }
        context.mask(jwt);
        return build(context, jwt, false);
    }
    const installationId = auth.installationId ?? (await findInstallation(build(context, { appId, privateKey }, true), auth, env));
    const client = build(context, { appId, privateKey, installationId }, true);
    const minted = (await client.auth({ type: 'installation' }));
    context.mask(minted.token);
    return client;
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubApiError: () => (/* binding */ GitHubApiError),
/* harmony export */   Hm: () => (/* binding */ GitHubForbiddenError),
/* harmony export */   Kz: () => (/* binding */ GitHubAuthError),
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   Pz: () => (/* binding */ GitHubValidationError),
/* harmony export */   R8: () => (/* binding */ GitHubServerError),
/* harmony export */   Rr: () => (/* binding */ GitHubRateLimitError),
/* harmony export */   V7: () => (/* binding */ INVALID_JSON),
/* harmony export */   ZY: () => (/* binding */ GitHubNotFoundError)
/* harmony export */ });
/* unused harmony export parseAcceptedPermissions */
/**
 * Typed GitHub API errors, one class per way a caller reacts: fix the credential (401), grant a permission (403),
 * check the name (404), fix the request (400/422), wait (rate limits), or try again later (5xx, network, bad JSON).
 * `toGitHubError` maps what Octokit throws (a RequestError) onto them; the client factory does it for every request.
 */
class GitHubApiError extends Error {
    status;
    method;
    path;
    githubMessage;
    /** How many times the request was sent before giving up. */
    attempts;
    requestId;
    documentationUrl;
    /** Kept so code written against Octokit's RequestError (`error.response.headers`) still works. */
    response;
    constructor(message, init) {
        super(message, init.cause === undefined ? undefined : { cause: init.cause });
        this.name = new.target.name;
        this.status = init.status;
        this.method = init.method;
        this.path = init.path;
        this.githubMessage = init.githubMessage;
        this.attempts = init.attempts;
        if (init.requestId)
            this.requestId = init.requestId;
        if (init.documentationUrl)
            this.documentationUrl = init.documentationUrl;
        if (init.response)
            this.response = init.response;
    }
    /** `GET /repos/acme/app/issues` */
    get operation() {
        return `${this.method} ${this.path}`;
    }
}
/** 401: the token is wrong, expired or revoked, or an app JWT is invalid. */
class GitHubAuthError extends GitHubApiError {
}
/** 403 that is not a rate limit: the credential lacks a permission or scope. */
class GitHubForbiddenError extends GitHubApiError {
    /** Alternatives GitHub accepts (`x-accepted-github-permissions`); each entry is a set of `name=access`. */
    acceptedPermissions;
    /** Classic scopes GitHub accepts (`x-accepted-oauth-scopes`). */
    acceptedScopes;
    /** Scopes the classic token has (`x-oauth-scopes`), when GitHub says. */
    tokenScopes;
    /** Plain words for what is missing, when GitHub's headers say; undefined otherwise. */
    missing;
    constructor(message, init) {
        super(message, init);
        this.acceptedPermissions = init.acceptedPermissions;
        this.acceptedScopes = init.acceptedScopes;
        if (init.tokenScopes)
            this.tokenScopes = init.tokenScopes;
        if (init.missing)
            this.missing = init.missing;
    }
}
/** 404 or 410: no such resource, or one the credential may not see (GitHub hides private things behind 404). */
class GitHubNotFoundError extends GitHubApiError {
}
/** 400 or 422: GitHub refused the request itself; retrying the same request cannot succeed. */
class GitHubValidationError extends GitHubApiError {
    errors;
    constructor(message, init) {
        super(message, init);
        this.errors = init.errors;
    }
}
/** Primary (quota used up) or secondary (too fast) rate limit, after the client stopped waiting. */
class GitHubRateLimitError extends GitHubApiError {
    limit;
    retryAfterSeconds;
    resetAt;
    constructor(message, init) {
        super(message, init);
        this.limit = init.limit;
        if (init.retryAfterSeconds !== undefined)
            this.retryAfterSeconds = init.retryAfterSeconds;
        if (init.resetAt)
            this.resetAt = init.resetAt;
    }
}
/** 5xx, no answer at all (connection refused, reset or timed out), or an answer that was not the JSON it claimed to be. */
class GitHubServerError extends GitHubApiError {
    failure;
    constructor(message, init) {
        super(message, init);
        this.failure = init.failure;
    }
}
/** Marks a 2xx whose JSON body would not parse; the client throws it so the retry plugin retries it like a 502. */
const INVALID_JSON = Symbol('github-invalid-json');
/** `repository_projects=write; organization_projects=admin` → [['repository_projects=write'], ['organization_projects=admin']] */
function parseAcceptedPermissions(header) {
    if (!header)
        return [];
    return header
        .split(';')
        .map((set) => set.split(',').map((p) => p.trim()).filter(Boolean))
        .filter((set) => set.length > 0);
}
function parseList(header) {
    return (header ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}
function pathOf(url) {
    if (typeof url !== 'string')
        return '?';
    try {
        const parsed = new URL(url);
        parsed.searchParams.delete('access_token');
        return `${parsed.pathname}${parsed.search}`;
    }
    catch {
        return url;
    }
}
function describeMissing(acceptedPermissions, acceptedScopes, tokenScopes) {
    if (acceptedPermissions.length > 0) {
        return `the token needs ${acceptedPermissions.map((set) => set.join(' and ')).join(' or ')}`;
    }
    if (acceptedScopes.length > 0) {
        const has = tokenScopes === undefined ? '' : ` (it has: ${tokenScopes.length ? tokenScopes.join(', ') : 'no scopes'})`;
        return `the token needs the scope ${acceptedScopes.join(' or ')}${has}`;
    }
    return undefined;
}
function isRateLimit(status, headers, githubMessage) {
    if (status !== 403 && status !== 429)
        return false;
    if (/secondary rate limit/i.test(githubMessage))
        return 'secondary';
    if (headers['x-ratelimit-remaining'] === '0')
        return 'primary';
    if (headers['retry-after'] !== undefined)
        return 'secondary';
    return status === 429 ? 'secondary' : false;
}
/**
 * Maps an Octokit RequestError (or a network failure Octokit wrapped as status 500) to a typed error. Anything else
 * (already typed, or not an HTTP error at all) comes back unchanged. `attempts` is how often the request was sent.
 */
function toGitHubError(error, attempts = 1) {
    if (error instanceof GitHubApiError || !error || typeof error !== 'object')
        return error;
    const e = error;
    if (typeof e.status !== 'number' || !e.request)
        return error;
    const status = e.status;
    const method = typeof e.request.method === 'string' ? e.request.method.toUpperCase() : 'GET';
    const path = pathOf(e.request.url);
    const response = e.response
        ? { status: typeof e.response.status === 'number' ? e.response.status : status, headers: e.response.headers ?? {}, data: e.response.data }
        : undefined;
    const headers = response?.headers ?? {};
    const data = response?.data;
    const body = data && typeof data === 'object' ? data : undefined;
    const githubMessage = typeof body?.message === 'string' ? body.message : typeof data === 'string' && data.length < 200 && data ? data : String(e.message ?? '');
    const base = {
        status,
        method,
        path,
        githubMessage,
        attempts,
        ...(headers['x-github-request-id'] ? { requestId: headers['x-github-request-id'] } : {}),
        ...(typeof body?.documentation_url === 'string' ? { documentationUrl: body.documentation_url } : {}),
        ...(response ? { response } : {}),
        cause: error,
    };
    const op = `${method} ${path}`;
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    const said = githubMessage ? ` (${status} ${githubMessage.split('\n')[0]})` : ` (${status})`;
    if (e[INVALID_JSON]) {
        return new GitHubServerError(`GitHub answered ${op} with a body that is not valid JSON${tries}`, { ...base, failure: 'invalid-response' });
    }
    if (!response) {
        return new GitHubServerError(`Could not reach GitHub for ${op}${tries}: ${githubMessage || 'no response'}`, { ...base, failure: 'network' });
    }
    const limit = isRateLimit(status, headers, githubMessage);
    if (limit) {
        const retryAfter = Number(headers['retry-after']);
        const reset = Number(headers['x-ratelimit-reset']);
        const resetAt = limit === 'primary' && Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
        const when = resetAt ? `; the limit resets at ${resetAt.toISOString()}` : Number.isFinite(retryAfter) ? `; GitHub asks to wait ${retryAfter} s` : '';
        const what = limit === 'primary' ? "GitHub's rate limit is used up" : "GitHub's secondary rate limit stopped";
        return new GitHubRateLimitError(`${what} for ${op}${tries}${when}`, {
            ...base,
            limit,
            ...(Number.isFinite(retryAfter) ? { retryAfterSeconds: retryAfter } : {}),
            ...(resetAt ? { resetAt } : {}),
        });
    }
    if (status === 401) {
        return new GitHubAuthError(`GitHub rejected the credentials for ${op}${said}: the token is wrong, expired or revoked`, base);
    }
    if (status === 403) {
        const acceptedPermissions = parseAcceptedPermissions(headers['x-accepted-github-permissions']);
        const acceptedScopes = parseList(headers['x-accepted-oauth-scopes']);
        const tokenScopes = headers['x-oauth-scopes'] === undefined ? undefined : parseList(headers['x-oauth-scopes']);
        const missing = describeMissing(acceptedPermissions, acceptedScopes, tokenScopes);
        return new GitHubForbiddenError(`GitHub refused ${op}${said}${missing ? `: ${missing}` : ''}`, {
            ...base,
            acceptedPermissions,
            acceptedScopes,
            ...(tokenScopes ? { tokenScopes } : {}),
            ...(missing ? { missing } : {}),
        });
    }
    if (status === 404 || status === 410) {
        const acceptedScopes = parseList(headers['x-accepted-oauth-scopes']);
        const tokenScopes = headers['x-oauth-scopes'] === undefined ? undefined : parseList(headers['x-oauth-scopes']);
        // GitHub answers 404, not 403, when a classic token cannot see a private resource.
        const hint = tokenScopes && acceptedScopes.length > 0 && !acceptedScopes.some((s) => tokenScopes.includes(s)) ? ` (or ${describeMissing([], acceptedScopes, tokenScopes)})` : '';
        return new GitHubNotFoundError(`GitHub found nothing at ${op}${said}: check the name${hint}`, base);
    }
    if (status === 400 || status === 422) {
        const errors = Array.isArray(body?.errors) ? body.errors : [];
        const details = errors.length ? `: ${errors.map((x) => JSON.stringify(x)).join(', ')}` : '';
        return new GitHubValidationError(`GitHub rejected the request ${op}${said}${details}`, { ...base, errors });
    }
    if (status >= 500) {
        return new GitHubServerError(`GitHub failed ${op}${said}${tries}`, { ...base, failure: 'http' });
    }
    return new GitHubApiError(`GitHub answered ${op}${said}`, base);
}


/***/ }),

/***/ 4106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports HttpCodes, HttpClientError, HttpClient */
let real;
function loadReal() {
    real ??= __webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 4942));
    return real;
}
/** The real module's enum, as plain values (the real module is not loaded yet). */
const HttpCodes = {
    OK: 200,
    MultipleChoices: 300,
    MovedPermanently: 301,
    ResourceMoved: 302,
    SeeOther: 303,
    NotModified: 304,
    UseProxy: 305,
    SwitchProxy: 306,
    TemporaryRedirect: 307,
    PermanentRedirect: 308,
    BadRequest: 400,
    Unauthorized: 401,
    PaymentRequired: 402,
    Forbidden: 403,
    NotFound: 404,
    MethodNotAllowed: 405,
    NotAcceptable: 406,
    ProxyAuthenticationRequired: 407,
    RequestTimeout: 408,
    Conflict: 409,
    Gone: 410,
    TooManyRequests: 429,
    InternalServerError: 500,
    NotImplemented: 501,
    BadGateway: 502,
    ServiceUnavailable: 503,
    GatewayTimeout: 504,
};
/**
 * The errors are thrown by the real client, an instance of its own class: `instanceof` here recognises them by
 * name, as the real class names them.
 */
class HttpClientError extends Error {
    statusCode;
    result;
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
    }
    static [Symbol.hasInstance](value) {
        return value instanceof Error && value.name === 'HttpClientError';
    }
}
class HttpClient {
    args;
    client;
    constructor(...args) {
        this.args = args;
    }
    async real() {
        if (!this.client) {
            const mod = await loadReal();
            this.client = new mod.HttpClient(...this.args);
        }
        return this.client;
    }
    async getJson(...args) {
        return (await this.real()).getJson(...args);
    }
    async postJson(...args) {
        return (await this.real()).postJson(...args);
    }
    async get(...args) {
        return (await this.real()).get(...args);
    }
    async post(...args) {
        return (await this.real()).post(...args);
    }
    async request(...args) {
        return (await this.real()).request(...args);
    }
    async sendStream(...args) {
        return (await this.real()).sendStream(...args);
    }
    dispose() {
        this.client?.dispose();
    }
}


/***/ })

};

//# sourceMappingURL=50.index.js.map