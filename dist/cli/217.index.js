export const id = 217;
export const ids = [217];
export const modules = {

/***/ 2217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  baselineFingerprints: () => (/* binding */ baselineFingerprints)
});

// UNUSED EXPORTS: MAX_BASELINE_FILE_BYTES, readBaselineFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/engine.ts + 1 modules
var engine = __webpack_require__(6572);
// EXTERNAL MODULE: ./src/model/severity.ts
var severity = __webpack_require__(1502);
// EXTERNAL MODULE: ./src/rules/index.ts + 19 modules
var rules = __webpack_require__(908);
// EXTERNAL MODULE: ./src/registry/rules/index.ts + 22 modules
var registry_rules = __webpack_require__(2773);
// EXTERNAL MODULE: ./src/report/baseline.ts
var baseline = __webpack_require__(7355);
// EXTERNAL MODULE: ./src/sources/files.ts
var sources_files = __webpack_require__(6109);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/workflows/budgets.ts
var budgets = __webpack_require__(2240);
;// CONCATENATED MODULE: ./src/sources/base-revision.ts
/**
 * The files a scan covers, as they were at another revision (a pull request's base), read from the local clone with
 * git: `git ls-tree` lists them, `git cat-file` reads them. No checkout, no network, no shell: git runs with argument
 * arrays, every output is bounded, and a path is only a name (files are read by object id, never by path).
 */


const BASE_REVISION_BUDGETS = Object.freeze({
    maxFileBytes: budgets/* PARSE_BUDGETS */.Hn.maxBytes,
    maxFiles: 10_000,
    maxTotalBytes: 256 * 1024 * 1024,
    timeoutMs: 60_000,
});
const YAML_RE = /\.ya?ml$/i;
const ACTION_RE = /^action\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);
/**
 * Whether a tree path is one the scan can use: relative, `/`-separated, no empty, `.` or `..` segment, no backslash
 * (a separator on Windows), no control character. git refuses to check such names out; a crafted tree can still hold
 * them, and the path becomes a finding's `file`.
 */
function isSafeTreePath(p) {
    if (p.length === 0 || p.length > 4096 || p.startsWith('/') || /^[A-Za-z]:/.test(p))
        return false;
    // eslint-disable-next-line no-control-regex
    if (/[\\\u0000-\u001f\u007f]/.test(p))
        return false;
    return p.split('/').every((s) => s !== '' && s !== '.' && s !== '..' && s.toLowerCase() !== '.git');
}
/**
 * Whether discovery (src/sources/files.ts) would scan this root-relative path: in a repository root (a tree with
 * `.github/`), the YAML files directly in `.github/workflows/` and every `action.yml`/`action.yaml` outside
 * `node_modules`; in any other directory, every YAML file.
 */
function isScannedAtBase(p, repositoryRoot) {
    const segments = p.split('/');
    const name = segments[segments.length - 1];
    if (segments.slice(0, -1).some((s) => SKIP_DIRS.has(s)))
        return false;
    if (!repositoryRoot)
        return YAML_RE.test(name);
    if (segments.length === 3 && segments[0] === '.github' && segments[1] === 'workflows' && YAML_RE.test(name))
        return true;
    return ACTION_RE.test(name);
}
/** A revision as a user or the event gives it: never an option, a `rev:path` or a range. */
function isPlainRevision(rev) {
    // Also no `<`, `>`, quotes or backticks, which git allows in branch names: the name is shown in the job summary.
    // eslint-disable-next-line no-control-regex
    return rev.length > 0 && rev.length <= 512 && !rev.startsWith('-') && !/[\s\u0000-\u001f\u007f:<>"'`]/.test(rev) && !rev.includes('..');
}
/** A git problem the caller falls back on: its message is the reason given. */
class GitError extends Error {
}
/** The environment git runs in: no prompts, no lazy fetch of missing objects in a partial clone, no lock files. */
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
}
/**
 * Runs git, handing stdout chunks to `onData` (which returns false to stop reading: the process is then killed).
 * Resolves with git's exit code and the start of its stderr; rejects only when git cannot start.
 */
function runGit(run, args, onData, stdin) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(run.git, args, { cwd: run.cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'], shell: false, windowsHide: true });
        let stderr = '';
        let stopped = false;
        let timedOut = false;
        // Our own timer rather than spawn's `timeout`: that one is not cleared when git cannot start at all.
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill();
        }, run.timeoutMs);
        child.stdout.on('data', (chunk) => {
            if (stopped)
                return;
            if (!onData(chunk)) {
                stopped = true;
                child.stdout.destroy();
                child.kill();
            }
        });
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 4096)
                stderr += chunk.toString('utf8');
        });
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error.code === 'ENOENT' ? new GitError(`git is not installed (or not on the PATH): ${run.git}`) : error);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            if (timedOut)
                resolve({ code: null, stderr: `git ${args[0]} took longer than ${run.timeoutMs / 1000} s`, stopped: false });
            else
                resolve({ code, stderr, stopped });
        });
        // git may exit before reading all of stdin (a missing object): ignore EPIPE.
        child.stdin.on('error', () => undefined);
        child.stdin.end(stdin ?? '');
    });
}
/** git's output as text, at most `max` bytes (more is an error). */
async function gitText(run, args, max = 64 * 1024) {
    const chunks = [];
    let size = 0;
    const r = await runGit(run, args, (chunk) => {
        size += chunk.length;
        if (size > max)
            return false;
        chunks.push(chunk);
        return true;
    });
    if (r.stopped)
        throw new GitError(`git ${args[0]} wrote more than ${max} bytes`);
    return { code: r.code, stdout: Buffer.concat(chunks).toString('utf8'), stderr: r.stderr };
}
function firstLine(text) {
    return (text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l.length > 0) ?? '');
}
/** Parses `git ls-tree -r -l -z` records as they stream in: `<mode> SP <type> SP <oid> SP+ <size> TAB <path> NUL`. */
class TreeListing {
    onEntry;
    pending = Buffer.alloc(0);
    constructor(onEntry) {
        this.onEntry = onEntry;
    }
    /** False once `onEntry` asked to stop. */
    push(chunk) {
        let buffer = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
        for (let nul = buffer.indexOf(0); nul >= 0; nul = buffer.indexOf(0)) {
            const record = buffer.subarray(0, nul).toString('utf8');
            buffer = buffer.subarray(nul + 1);
            const m = /^(\d{6}) (\w+) ([0-9a-f]{40,64}) +(-|\d+)\t([\s\S]*)$/.exec(record);
            if (!m)
                continue;
            if (!this.onEntry({ mode: m[1], type: m[2], oid: m[3], size: m[4] === '-' ? -1 : Number(m[4]), path: m[5] }))
                return false;
        }
        // A path is bounded by isSafeTreePath's limit; a record without an end this long is not one.
        if (buffer.length > 64 * 1024)
            return false;
        this.pending = Buffer.from(buffer);
        return true;
    }
}
/**
 * Reads blobs with one `git cat-file --batch`: each answer is `<oid> blob <size> LF <content> LF`, or
 * `<oid> missing LF`. Blobs come back in the order asked.
 */
async function readBlobs(run, oids) {
    const out = new Map();
    if (oids.length === 0)
        return out;
    // Chunks received and not used yet: joined only once a header or a whole blob is there (linear, however large).
    let chunks = [];
    let length = 0;
    const joined = () => {
        if (chunks.length > 1)
            chunks = [Buffer.concat(chunks, length)];
        return chunks[0] ?? Buffer.alloc(0);
    };
    const keep = (rest) => {
        chunks = rest.length ? [rest] : [];
        length = rest.length;
    };
    let want;
    let problem;
    const r = await runGit(run, ['cat-file', '--batch'], (chunk) => {
        chunks.push(chunk);
        length += chunk.length;
        for (;;) {
            if (!want) {
                const buffer = joined();
                const lf = buffer.indexOf(10);
                if (lf < 0) {
                    if (buffer.length < 1024)
                        return true;
                    problem = 'unexpected answer from git cat-file (no header line)';
                    return false;
                }
                const header = buffer.subarray(0, lf).toString('utf8');
                keep(buffer.subarray(lf + 1));
                const m = /^([0-9a-f]{40,64}) blob (\d+)$/.exec(header);
                if (!m) {
                    problem = /missing$/.test(header) ? `object ${header.split(' ')[0]} is not in the clone (a partial clone?)` : `unexpected answer from git cat-file: ${header.slice(0, 100)}`;
                    return false;
                }
                want = { oid: m[1], size: Number(m[2]) };
            }
            if (length < want.size + 1)
                return true;
            const buffer = joined();
            out.set(want.oid, buffer.toString('utf8', 0, want.size));
            keep(buffer.subarray(want.size + 1));
            want = undefined;
        }
    }, oids.map((o) => `${o}\n`).join(''));
    if (problem)
        throw new GitError(problem);
    if (r.code !== 0)
        throw new GitError(`git cat-file failed: ${firstLine(r.stderr) || `exit code ${r.code}`}`);
    if (out.size < oids.length)
        throw new GitError(`git cat-file answered for ${out.size} of ${oids.length} objects`);
    return out;
}
/** Reads one blob up to `limit` bytes, then stops git: for files over the size budget, which are never read whole. */
async function readBlobHead(run, oid, limit) {
    const chunks = [];
    let size = 0;
    const r = await runGit(run, ['cat-file', 'blob', oid], (chunk) => {
        chunks.push(chunk);
        size += chunk.length;
        return size < limit;
    });
    if (!r.stopped && r.code !== 0)
        throw new GitError(`git cat-file failed: ${firstLine(r.stderr) || `exit code ${r.code}`}`);
    return Buffer.concat(chunks).subarray(0, limit);
}
async function resolveRevision(run, revisions) {
    const given = revisions.filter((r) => r.length > 0);
    if (given.length === 0)
        return { reason: 'no base revision given' };
    for (const revision of given) {
        if (!isPlainRevision(revision))
            return { reason: `${JSON.stringify(revision.slice(0, 100))} is not a revision name` };
        const r = await gitText(run, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
        const commit = r.stdout.trim();
        if (r.code === 0 && /^[0-9a-f]{40,64}$/.test(commit))
            return { revision, commit };
        if (r.code === null)
            return { reason: r.stderr };
        // Not a repository, or git refuses it (safe.directory): say so rather than "not in the clone".
        if (r.code !== 1 || r.stderr.trim()) {
            const why = firstLine(r.stderr);
            if (why && !/^fatal: needed a single revision/i.test(why))
                return { reason: `git cannot read the repository at ${run.cwd}: ${why}` };
        }
    }
    const shallow = await gitText(run, ['rev-parse', '--is-shallow-repository']).catch(() => undefined);
    const names = given.map((r) => `"${r}"`).join(' or ');
    return {
        reason: `base revision ${names} not in the clone${shallow?.stdout.trim() === 'true' ? ' (a shallow clone)' : ''}: ` +
            'fetch it with fetch-depth: 0 (actions/checkout) or give baseline-file',
    };
}
/**
 * Lists and reads the files a scan of `root` covers, as they are at the first of `revisions` the clone has. Never
 * throws for a missing git, repository or revision: the answer is then `{ ok: false, reason }`, for the caller to fall
 * back on (fail on all findings, with a warning).
 */
async function readBaseRevision(options) {
    const budgets = { ...BASE_REVISION_BUDGETS, ...options.budgets };
    const run = { git: options.git ?? 'git', cwd: options.root, timeoutMs: budgets.timeoutMs };
    try {
        const resolved = await resolveRevision(run, options.revisions);
        if ('reason' in resolved)
            return { ok: false, reason: resolved.reason };
        // Without --full-tree, ls-tree run in the root lists only what is below it, with paths relative to it. First:
        // is the root a repository root (a `.github` directory), which decides what discovery would scan.
        const dotGithub = await gitText(run, ['ls-tree', '-z', resolved.commit, '--', '.github']);
        if (dotGithub.code !== 0)
            return { ok: false, reason: `git ls-tree failed: ${firstLine(dotGithub.stderr) || `exit code ${dotGithub.code}`}` };
        const repositoryRoot = /^040000 tree [0-9a-f]+\t\.github\0/.test(dotGithub.stdout);
        const wanted = new Set(options.alsoRead ?? []);
        const scanned = [];
        const extras = [];
        const skipped = [];
        let tooMany = false;
        const listing = new TreeListing((entry) => {
            if (!isSafeTreePath(entry.path)) {
                // Reported only when discovery would have read it, had it been a safe path.
                if (isScannedAtBase(entry.path.split('/').filter((s) => s !== '' && s !== '.' && s !== '..').join('/'), repositoryRoot)) {
                    skipped.push({ path: JSON.stringify(entry.path.slice(0, 200)), reason: 'unsafe path in the tree (absolute, `..`, `.git` or control characters)' });
                }
                return skipped.length < 1000;
            }
            const regular = entry.type === 'blob' && (entry.mode === '100644' || entry.mode === '100755');
            if (wanted.has(entry.path) && regular)
                extras.push(entry);
            if (!isScannedAtBase(entry.path, repositoryRoot))
                return true;
            if (!regular) {
                skipped.push({ path: entry.path, reason: entry.mode === '120000' ? 'symbolic link, not followed at the base revision' : `not a regular file (mode ${entry.mode})` });
                return skipped.length < 1000;
            }
            scanned.push(entry);
            tooMany = scanned.length > budgets.maxFiles;
            return !tooMany;
        });
        const listed = await runGit(run, ['ls-tree', '-r', '-l', '-z', resolved.commit], (chunk) => listing.push(chunk));
        if (tooMany)
            return { ok: false, reason: `the base revision has more than ${budgets.maxFiles} files to scan` };
        if (listed.stopped)
            return { ok: false, reason: 'git ls-tree listed a path that is not valid, or too many unsafe paths' };
        if (listed.code !== 0)
            return { ok: false, reason: `git ls-tree failed: ${firstLine(listed.stderr) || `exit code ${listed.code}`}` };
        scanned.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        const all = [...scanned, ...extras.filter((e) => !scanned.includes(e))];
        const total = all.reduce((n, e) => n + Math.min(Math.max(e.size, 0), budgets.maxFileBytes + 1), 0);
        if (total > budgets.maxTotalBytes)
            return { ok: false, reason: `the base revision's files add up to ${total} bytes, more than ${budgets.maxTotalBytes}` };
        const small = all.filter((e) => e.size >= 0 && e.size <= budgets.maxFileBytes);
        const contents = await readBlobs(run, [...new Set(small.map((e) => e.oid))]);
        const text = async (e) => contents.get(e.oid) ?? (await readBlobHead(run, e.oid, budgets.maxFileBytes + 1)).toString('utf8');
        const files = [];
        for (const e of scanned)
            files.push({ path: e.path, text: await text(e) });
        const extra = new Map();
        for (const e of extras)
            extra.set(e.path, await text(e));
        return { ok: true, revision: resolved.revision, commit: resolved.commit, files, extra, skipped };
    }
    catch (error) {
        if (error instanceof GitError)
            return { ok: false, reason: error.message };
        return { ok: false, reason: `git failed: ${error instanceof Error ? error.message : String(error)}` };
    }
}
/**
 * The base revisions of a pull request to try, best first: the event's `pull_request.base.sha` (the exact commit the
 * pull request is compared with), then `origin/<GITHUB_BASE_REF>` (the base branch as fetched). Empty outside a pull
 * request.
 */
function pullRequestBaseRevisions(input) {
    const out = [];
    if (input.baseSha && /^[0-9a-f]{40,64}$/i.test(input.baseSha))
        out.push(input.baseSha.toLowerCase());
    if (input.baseRef)
        out.push(`origin/${input.baseRef.replace(/^refs\/heads\//, '')}`);
    return out;
}

;// CONCATENATED MODULE: ./src/baseline-run.ts
/**
 * `fail-on-new-only`: the fingerprints of the findings that already exist, from a baseline file (a JSON or SARIF report)
 * or by scanning the pull request's base revision in the same run, with the same config, so fingerprints compare.
 */










/** A baseline file larger than this is refused (a JSON report of 10,000 findings is about 10 MiB). */
const MAX_BASELINE_FILE_BYTES = 128 * 1024 * 1024;
/**
 * The fingerprints of the findings that already exist: read from `baselineFile`, else found by scanning the first of
 * `baseRef` the clone has, else none. A missing git or base revision is a `warning` (the caller fails on all
 * findings, as without the option); an unreadable or invalid baseline file is a UsageError.
 */
async function baselineFingerprints(options) {
    if (options.baselineFile)
        return fromFile(options.baselineFile, options.cwd ?? options.root, options.config.failOn);
    const revisions = typeof options.baseRef === 'string' ? [options.baseRef] : (options.baseRef ?? []);
    if (revisions.length === 0)
        return { source: 'none' };
    return fromBaseRevision(revisions, options);
}
/** Reads and parses a baseline file; throws UsageError naming it when it cannot be used. */
function readBaselineFile(file, cwd) {
    const absolute = external_node_path_default().resolve(cwd, file);
    if (!(0,external_node_fs_.existsSync)(absolute))
        throw new errors/* UsageError */.e(`baseline file not found: ${file}`);
    const text = (0,sources_files/* readRegularFile */.XF)(absolute, MAX_BASELINE_FILE_BYTES + 1);
    if (Buffer.byteLength(text) > MAX_BASELINE_FILE_BYTES)
        throw new errors/* UsageError */.e(`baseline file ${file} is larger than ${MAX_BASELINE_FILE_BYTES / (1024 * 1024)} MiB`);
    const parsed = (0,baseline/* parseBaseline */.nk)(text, file);
    if (!parsed.ok)
        throw new errors/* UsageError */.e(`invalid baseline file ${parsed.error}`);
    return parsed.baseline;
}
function fromFile(file, cwd, failOn) {
    const baseline = readBaselineFile(file, cwd);
    const out = { fingerprints: baseline.fingerprints, source: 'file', baseline: { fingerprints: baseline.fingerprints, source: baseline.source } };
    // Findings below the report's min-severity were never written down: at or above fail-on, they would all look new.
    if (baseline.minSeverity && failOn !== 'none' && (0,severity/* severityRank */.qs)(baseline.minSeverity) > (0,severity/* severityRank */.qs)(failOn)) {
        out.warning =
            `${file} was made with min-severity ${baseline.minSeverity}: findings below ${baseline.minSeverity} are not in it, ` +
                `so those at or above fail-on ${failOn} all count as new (make the baseline with min-severity ${failOn} or lower)`;
    }
    return out;
}
/** A file of the current scan that lies outside the repository (an explicit --registry/--config elsewhere): read as it is now. */
function readOutside(absolute) {
    try {
        return (0,sources_files/* readRegularFile */.XF)(absolute);
    }
    catch {
        return undefined;
    }
}
async function fromBaseRevision(revisions, options) {
    const root = options.root;
    const registryPath = options.registryPath;
    const registryAbsolute = registryPath === undefined ? undefined : external_node_path_default().resolve(root, registryPath);
    const configPath = options.configFile === undefined ? undefined : (0,sources_files/* relativePath */.iZ)(root, external_node_path_default().resolve(root, options.configFile));
    // Files of the scan inside the root are read as they were at the base; one outside it is not in the repository.
    const inTree = (p, absolute) => p !== undefined && absolute !== undefined && (0,sources_files/* isWithin */.UO)(root, absolute) && isSafeTreePath(p);
    const registryInTree = inTree(registryPath, registryAbsolute);
    const configInTree = inTree(configPath, options.configFile && external_node_path_default().resolve(root, options.configFile));
    const base = await readBaseRevision({
        root,
        revisions,
        alsoRead: [...(registryInTree ? [registryPath] : []), ...(configInTree ? [configPath] : [])],
        ...(options.git ? { git: options.git } : {}),
        ...(options.budgets ? { budgets: options.budgets } : {}),
    });
    if (!base.ok)
        return { source: 'none', warning: `${base.reason}; failing on every finding at or above fail-on` };
    const notes = base.skipped.map((s) => `base revision: skipped ${s.path}: ${s.reason}`);
    const projectRules = [...rules/* WORKFLOW_PROJECT_RULES */.wu];
    const extraFiles = [];
    const registryText = registryPath === undefined ? undefined : registryInTree ? base.extra.get(registryPath) : readOutside(registryAbsolute);
    if (registryPath !== undefined && registryText !== undefined) {
        const { checkRegistry } = await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(537)]).then(__webpack_require__.bind(__webpack_require__, 7537));
        const check = checkRegistry(registryText, registryPath, options.onSecret);
        if (check.registry) {
            projectRules.push(...(0,registry_rules/* registryProjectRules */.GZ)(check.registry, registryPath, options.expiryNow ? { now: options.expiryNow } : {}));
            extraFiles.push({ path: registryPath, text: registryText });
        }
        else
            notes.push(`base revision: the token registry ${registryPath} is not valid there, so findings of the registry rules count as new`);
    }
    // As in the pipeline: the registry is never scanned as a workflow; the config file is read as text unless scanned.
    const files = base.files.filter((f) => f.path !== registryPath);
    const configText = configPath === undefined ? undefined : configInTree ? base.extra.get(configPath) : readOutside(external_node_path_default().resolve(root, options.configFile));
    const textFiles = configPath !== undefined && configText !== undefined && !files.some((f) => f.path === configPath) ? [{ path: configPath, text: configText }] : [];
    const result = (0,engine/* scan */.SQ)(files, {
        config: options.config,
        projectRules,
        extraFiles,
        textFiles,
        ...(options.onSecret ? { onSecret: options.onSecret } : {}),
        ...(options.repositoryOwner ? { repositoryOwner: options.repositoryOwner.toLowerCase() } : {}),
    });
    for (const r of result.ruleFailures)
        notes.push(`base revision: rule ${r.ruleId} failed on ${r.file}: ${r.message}`);
    const fingerprints = new Set(result.findings.map((f) => f.fingerprint));
    const source = `base revision ${base.revision === base.commit ? base.commit.slice(0, 12) : `${base.revision} (${base.commit.slice(0, 12)})`}`;
    return { fingerprints, source: 'git', baseline: { fingerprints, source }, ...(notes.length ? { notes } : {}) };
}


/***/ })

};

//# sourceMappingURL=217.index.js.map