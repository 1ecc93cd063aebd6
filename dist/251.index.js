export const id = 251;
export const ids = [251];
export const modules = {

/***/ 8251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planFixes: () => (/* reexport */ planFixes),
  renderFixMarkdown: () => (/* reexport */ renderFixMarkdown)
});

// UNUSED EXPORTS: FIX_JSON_VERSION, applyEdits, buildFixJson, fixNotes, fixSummaryLine, renderDiff, renderFileDiff, renderFixJson, sameScopes, shortReason

// EXTERNAL MODULE: ./src/workflows/source.ts
var workflows_source = __webpack_require__(1169);
// EXTERNAL MODULE: ./src/workflows/model.ts
var model = __webpack_require__(8523);
// EXTERNAL MODULE: ./src/workflows/effective-permissions.ts
var effective_permissions = __webpack_require__(5914);
// EXTERNAL MODULE: ./src/workflows/needs.ts + 4 modules
var workflows_needs = __webpack_require__(4435);
// EXTERNAL MODULE: ./src/workflows/permissions.ts
var permissions = __webpack_require__(2);
// EXTERNAL MODULE: ./src/workflows/yaml.ts
var yaml = __webpack_require__(1471);
// EXTERNAL MODULE: ./src/knowledge/index.ts + 1 modules
var knowledge = __webpack_require__(3201);
// EXTERNAL MODULE: ./src/rules/permissions.ts
var rules_permissions = __webpack_require__(3375);
// EXTERNAL MODULE: ./src/engine.ts + 1 modules
var engine = __webpack_require__(6572);
// EXTERNAL MODULE: ./src/model/severity.ts
var severity = __webpack_require__(1502);
;// CONCATENATED MODULE: ./src/fix/block.ts
/**
 * Writing `permissions:` blocks as text: a new block at a given indentation, or the edits that narrow an existing one.
 * A block-style map is narrowed line by line (a scope lowered keeps its line, a scope removed loses only its own
 * line, comments around stay); any other shape (`write-all`, `read-all`, a flow map …) is replaced whole.
 */


/** Comments are one line: no line breaks, and short. */
function commentText(text) {
    return text.replace(/[\r\n\t]+/g, ' ').trim();
}
function scopeLine(pad, s) {
    const comment = commentText(s.comment);
    return `${pad}${s.scope}: ${s.level}${comment ? `  # ${comment}` : ''}`;
}
/** `permissions:` and its scopes, one a line, keys at `indent` and scopes `unit` deeper; `permissions: {}` when empty. */
function renderBlock(indent, unit, scopes) {
    const pad = ' '.repeat(indent);
    if (scopes.length === 0)
        return [`${pad}permissions: {}`];
    const inner = ' '.repeat(indent + unit);
    return [`${pad}permissions:`, ...scopes.map((s) => scopeLine(inner, s))];
}
/**
 * The offsets of the `permissions` entry of `holder`, from its key to the end of its value as written: a flow
 * collection's span ends at its last item, so its closing bracket is looked for here.
 */
function blockSpan(lines, holder) {
    const entry = (0,yaml/* entrySpan */.hn)(holder, 'permissions');
    const value = (0,yaml/* valueSpan */.MK)(holder, 'permissions');
    const text = lines.text;
    if (text[value[0]] !== '{' && text[value[0]] !== '[')
        return [entry[0], entry[1]];
    let depth = 0;
    for (let i = value[0]; i < text.length; i++) {
        const c = text[i];
        if (c === '"' || c === "'") {
            // Quoted scalars: `''` escapes a single quote, `\` escapes in double quotes.
            for (i++; i < text.length; i++) {
                if (c === '"' && text[i] === '\\')
                    i++;
                else if (text[i] === c) {
                    if (c === "'" && text[i + 1] === "'")
                        i++;
                    else
                        break;
                }
            }
        }
        else if (c === '#' && /\s/.test(text[i - 1] ?? '')) {
            const nl = text.indexOf('\n', i);
            i = nl < 0 ? text.length : nl;
        }
        else if (c === '{' || c === '[')
            depth++;
        else if (c === '}' || c === ']') {
            depth--;
            if (depth === 0)
                return [entry[0], Math.max(entry[1], i + 1)];
        }
    }
    return [entry[0], entry[1]];
}
/** Text of the `permissions` entry of `holder` without its comments (to look for anchors and aliases). */
function entryCode(lines, holder) {
    const span = blockSpan(lines, holder);
    return lines.text
        .slice(span[0], span[1])
        .split('\n')
        .map((l) => l.replace(/(^|\s)#.*$/, ''))
        .join('\n');
}
/** Why the `permissions` entry of `holder` cannot be edited as text, or undefined when it can. */
function blockLayoutProblem(lines, holder) {
    const span = blockSpan(lines, holder);
    if (!lines.startsLine(span[0]))
        return 'its `permissions:` does not start a line';
    if (!lines.endsLine(span[1]))
        return 'its `permissions:` block shares its last line with something else';
    if (/[&*][A-Za-z0-9_-]/.test(entryCode(lines, holder)))
        return 'its `permissions:` uses a YAML anchor or alias (other places may share it)';
    return undefined;
}
/** Replaces the whole `permissions` entry of `holder` with a newly written block. */
function replaceBlock(lines, holder, unit, scopes) {
    const span = blockSpan(lines, holder);
    const first = lines.lineOf(span[0]);
    const last = lines.lineOf(Math.max(span[0], span[1] - 1));
    return { line: first, remove: last - first + 1, insert: renderBlock(lines.column(span[0]), unit, scopes) };
}
/**
 * Edits that narrow a block-style map to `target` (every scope of `target` must be in the block at the same or a
 * higher level: narrowing never adds a line). Lowered scopes keep their line with the new level and comment;
 * removed ones lose their line; kept ones keep their line and, when they have no comment, get one. Undefined when
 * the block is not a block-style map of one scope a line (the caller then replaces it whole). Comment lines directly
 * above a removed scope (same indentation, no blank line between) are removed with it; other comments stay.
 */
function narrowBlock(lines, holder, target) {
    const block = holder.permissions;
    if (!(0,yaml/* isMap */.jh)(block) || Object.keys(block).length === 0)
        return undefined;
    const valueStart = (0,yaml/* valueSpan */.MK)(holder, 'permissions')[0];
    if (lines.text[valueStart] === '{')
        return undefined;
    const keyLine = lines.lineOf((0,yaml/* keySpan */.UT)(holder, 'permissions')[0]);
    const wanted = new Map(target.map((s) => [s.scope, s]));
    const edits = [];
    const usedLines = new Set();
    let remaining = 0;
    for (const scope of Object.keys(block)) {
        const ks = (0,yaml/* keySpan */.UT)(block, scope);
        const vs = (0,yaml/* valueSpan */.MK)(block, scope);
        const line = lines.lineOf(ks[0]);
        // One scope a line, below the key, with the value on the same line.
        if (line <= keyLine || usedLines.has(line) || lines.lineOf(vs[1]) !== line || !lines.startsLine(ks[0]) || !lines.endsLine(vs[1]))
            return undefined;
        usedLines.add(line);
        const level = block[scope];
        const want = permissions/* PERMISSION_SCOPES */.Eu[scope] ? wanted.get(scope) : undefined;
        wanted.delete(scope);
        const text = lines.content(line);
        const col = vs[0] - lines.start(line);
        if (want === undefined) {
            if (level === 'none' && permissions/* PERMISSION_SCOPES */.Eu[scope]) {
                remaining++;
                continue; // an explicit `none` grants nothing: kept as written
            }
            // The comment lines directly above a removed scope speak of it: they go with it.
            let first = line;
            const indent = lines.column(ks[0]);
            while (first - 1 > keyLine && lines.isComment(first - 1) && lines.indent(first - 1) === indent)
                first--;
            // A blank line that set the removed lines apart goes too, when nothing of the block follows them.
            const next = line + 1;
            const endOfBlock = next >= lines.count || lines.isBlank(next) || lines.indent(next) < indent;
            if (endOfBlock && first - 1 > keyLine && lines.isBlank(first - 1))
                first--;
            edits.push({ line: first, remove: line - first + 1, insert: [] });
            continue;
        }
        remaining++;
        if (level === want.level) {
            const hasComment = /\s#/.test(text.slice(vs[1] - lines.start(line)));
            const comment = commentText(want.comment);
            if (!hasComment && comment)
                edits.push({ line, remove: 1, insert: [`${text.slice(0, vs[1] - lines.start(line)).trimEnd()}  # ${comment}`] });
            continue;
        }
        const comment = commentText(want.comment);
        edits.push({ line, remove: 1, insert: [`${text.slice(0, col)}${want.level}${comment ? `  # ${comment}` : ''}`] });
    }
    if (wanted.size > 0)
        return undefined; // a scope to add: not a narrowing
    if (remaining === 0)
        return undefined; // nothing left: written as `permissions: {}`
    return edits;
}

;// CONCATENATED MODULE: ./src/fix/text.ts
class TextLines {
    text;
    /** Offset where each line starts; a text ending in a line break has an empty last line. */
    starts;
    /** The file's line break: CRLF when its first line ends so, else LF. */
    eol;
    constructor(text) {
        this.text = text;
        const starts = [0];
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            starts.push(i + 1);
        this.starts = starts;
        const first = text.indexOf('\n');
        this.eol = first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
    }
    get count() {
        return this.starts.length;
    }
    /** 0-based line holding `offset`. */
    lineOf(offset) {
        const starts = this.starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    start(line) {
        return line >= this.starts.length ? this.text.length : this.starts[line];
    }
    /** The line's text without its line break. */
    content(line) {
        const start = this.start(line);
        const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
        let end = next;
        if (end > start && this.text[end - 1] === '\n')
            end--;
        if (end > start && this.text[end - 1] === '\r')
            end--;
        return this.text.slice(start, end);
    }
    /** The line with its line break, as in the file. */
    raw(line) {
        return this.text.slice(this.start(line), this.start(line + 1));
    }
    column(offset) {
        return offset - this.start(this.lineOf(offset));
    }
    /** Spaces before the first character of the line. */
    indent(line) {
        return /^ */.exec(this.content(line))[0].length;
    }
    /** True when only spaces stand between the start of the line and `offset`. */
    startsLine(offset) {
        return /^ *$/.test(this.text.slice(this.start(this.lineOf(offset)), offset));
    }
    /** True when the rest of the line after `offset` is blank or a comment. */
    endsLine(offset) {
        const line = this.lineOf(offset);
        const rest = this.content(line).slice(offset - this.start(line));
        return /^[ \t]*(?:#.*)?$/.test(rest);
    }
    isComment(line) {
        return /^ *#/.test(this.content(line));
    }
    isBlank(line) {
        return this.content(line).trim() === '';
    }
}
/** Line edits as offsets in the original text (see TextEdit). */
function toTextEdits(lines, edits) {
    return sortEdits(edits).map((e) => {
        const start = lines.start(e.line);
        const end = lines.start(e.line + e.remove);
        return { start, end, text: joinInserted(lines, e) };
    });
}
/** The inserted lines with line breaks; the last one has none when it replaces the file's unterminated last line. */
function joinInserted(lines, edit) {
    if (edit.insert.length === 0)
        return '';
    const last = edit.line + edit.remove - 1;
    const replacesUnterminatedEnd = edit.remove > 0 && last === lines.count - 1 && !lines.raw(last).endsWith('\n');
    const body = edit.insert.join(lines.eol);
    return replacesUnterminatedEnd ? body : body + lines.eol;
}
function sortEdits(edits) {
    const sorted = [...edits].sort((a, b) => a.line - b.line || a.remove - b.remove);
    for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1];
        if (sorted[i].line < prev.line + prev.remove)
            throw new Error(`overlapping edits at line ${sorted[i].line + 1}`);
    }
    return sorted;
}
/** Applies text edits (sorted, not overlapping) to the text they were computed on. */
function applyEdits(text, edits) {
    let out = '';
    let at = 0;
    for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
        if (e.start < at)
            throw new Error(`overlapping edits at offset ${e.start}`);
        out += text.slice(at, e.start) + e.text;
        at = e.end;
    }
    return out + text.slice(at);
}

;// CONCATENATED MODULE: ./src/fix/plan.ts
/**
 * The least-privilege autofix, planned: for each workflow, `permissions: {}` at the top (or `contents: read` when every
 * job needs it) and in each job a block with exactly the scopes its steps need (src/workflows/needs.ts), each with a
 * comment naming the step. Pure: files in, plans with whole-line text edits out (src/fix/text.ts); no re-dump of the
 * YAML, so every line the plan does not touch keeps its bytes.
 *
 * Safety rules, each checked here:
 * - never widen: a job whose grant today is narrower than what it needs is left as is (and says so); a scope only a
 *   private repository needs (`contents: read` for a checkout) is written only when the job has it today;
 * - a job whose needs cannot be judged (`unknown`, or an action missing from the knowledge base, which may read
 *   `github.token` by default) is left as is, and so is the workflow-level block it inherits;
 * - a workflow triggered only by `workflow_call` is left to its callers (its blocks only narrow the caller's token);
 * - a job that calls a reusable workflow is given the union of what the called jobs need when the callee is a local
 *   file among the inputs whose jobs can all be judged; otherwise it is left as is;
 * - running the fix on its own output plans nothing (the planned grant is what the job has after the fix);
 * - every plan is checked by parsing the result: each job must run with exactly the planned grant (or, if skipped,
 *   with what it had), and nothing but `permissions:` may differ; a plan that fails the check is dropped.
 */












const RANK = { none: 0, read: 1, write: 2 };
const has = (map, key) => Object.prototype.hasOwnProperty.call(map, key);
/** Plans the fix of every workflow among `files` (action metadata files are left out of the result). */
function planFixes(files, options = {}) {
    const inputs = new Map();
    for (const f of files)
        inputs.set(f.path, (0,workflows_source/* loadSource */.s)(f.path, f.text));
    const plans = [];
    for (const f of files) {
        const source = inputs.get(f.path);
        if ((0,workflows_source/* isParseFailure */.C)(source)) {
            if (source.kind === 'action')
                continue;
            plans.push(untouched(f, 'skipped', `not fixed: ${source.message}`));
            continue;
        }
        if (source.kind !== 'workflow')
            continue;
        plans.push(planWithoutNewFindings(source, inputs, options));
    }
    return plans;
}
function untouched(f, status, why, rest = {}) {
    return { path: f.path, status, ...(why ? { why } : {}), jobs: [], ...rest, edits: [], original: f.text, fixed: f.text };
}
/**
 * Programs that commonly authenticate with (or sign by) GitHub's OIDC token when `id-token: write` is granted. Any
 * script may do it (the runner hands it ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN), so these only name what we saw.
 */
const OIDC_USES = [
    [/\b(?:npm|pnpm|yarn)\b[^\n]*\bpublish\b/, '`npm publish` (trusted publishing, provenance)'],
    [/\buv\s+publish\b|--trusted-publishing/, '`uv publish` (trusted publishing)'],
    [/\b(?:jsr|deno)\s+publish\b/, '`jsr publish` (OIDC)'],
    [/\bcosign\s+(?:sign|attest|sign-blob|attest-blob)\b/, '`cosign` keyless signing'],
    [/\bsigstore\b/i, 'Sigstore signing'],
    [/ACTIONS_ID_TOKEN_REQUEST|getIDToken|github-oidc/, 'an OIDC token request'],
];
/** The first step of a job that runs code of its own (a script, github-script, a shell input of an action). */
function scriptStep(file, job, prefix) {
    let first;
    for (const ref of (0,model/* stepsOfJob */.E5)(job)) {
        const step = ref.step;
        let code;
        if (typeof step.run === 'string')
            code = step.run;
        else if (typeof step.uses === 'string') {
            const parsed = (0,model/* parseUses */.Ap)(step.uses);
            const entry = parsed.kind === 'repository' ? (0,knowledge/* knowledgeFor */.G3)((0,knowledge/* knowledgeKey */.cg)(parsed)) : undefined;
            const inputs = (0,yaml/* isMap */.jh)(step.with) ? step.with : undefined;
            const names = [...(entry?.shellInputs ?? []), ...(entry?.githubScriptInput ? [entry.githubScriptInput] : [])];
            const found = names.map((n) => inputs?.[n]).find((v) => typeof v === 'string');
            if (typeof found === 'string')
                code = found;
        }
        if (code === undefined)
            continue;
        const seen = OIDC_USES.find(([re]) => re.test(code));
        const label = stepLabel(job, ref.path);
        const answer = {
            seen: seen !== undefined,
            reason: { reason: seen ? `${label} runs ${seen[1]}` : `${label} runs a script`, stepPath: [...ref.path], line: file.lines.position((0,model/* stepAnchor */.AK)(ref)[0]).line, confidence: 'likely' },
            comment: `${prefix ? `${prefix} ` : ''}kept: ${seen ? `${label}: ${seen[1]} uses an OIDC token` : 'a script may ask for an OIDC token (trusted publishing, keyless signing), which is not read'}`,
        };
        if (seen)
            return answer;
        first ??= answer;
    }
    return first;
}
/** The level to write for a need: the lowest level the scope accepts at or above it (`id-token` takes only write). */
function grantLevel(scope, level) {
    const levels = permissions/* PERMISSION_SCOPES */.Eu[scope].levels;
    if (levels.includes(level))
        return level;
    return 'write';
}
const MAX_COMMENT = 90;
/** A reason shortened for a comment: its first sentence, at most MAX_COMMENT characters, lower-case start. */
function shortReason(text) {
    let t = text.replace(/\s+/g, ' ').trim();
    // "owner/action: Reads …" → "owner/action: reads …" (the first such sentence start only)
    t = t.replace(/(: )([A-Z])(?=[a-z])/, (_, sep, c) => sep + c.toLowerCase());
    // The first clause: up to a sentence end or a semicolon, when that leaves something to read.
    const clause = /^(.*?[^.\s])(?:\.(?:\s|$)|;\s)/.exec(t);
    if (clause && clause[1].length >= 20)
        t = clause[1];
    t = t.replace(/\.$/, '');
    if (t.length > MAX_COMMENT)
        t = t.slice(0, MAX_COMMENT - 1).replace(/\s+\S*$/, '') + '…';
    return t;
}
/** "step "Build"" / "step 3": how a comment names a step that has no action name in its reason. */
function stepLabel(job, stepPath) {
    const key = stepPath.join('\u0000');
    const ref = (0,model/* stepsOfJob */.E5)(job).find((s) => s.path.join('\u0000') === key);
    if (!ref)
        return `the job's ${stepPath.slice(2).join(' ')}`; // its container or a service
    const name = ref.step.name ?? ref.step.id;
    if (typeof name === 'string' && name.trim() !== '' && !name.includes('${{'))
        return `step "${name.trim().slice(0, 40)}"`;
    return `step ${ref.index + 1}`;
}
function describe(job, r) {
    return r.source === 'knowledge' && r.action ? r.reason : `${stepLabel(job, r.stepPath)}: ${r.reason}`;
}
function commentFor(reasons, privateOnly) {
    const steps = new Set(reasons.map((r) => r.step));
    const more = steps.size - 1;
    return shortReason(reasons[0].text) + (privateOnly ? ' (private repositories)' : '') + (more > 0 ? ` (+${more} more)` : '');
}
/** What a job with steps needs. */
function stepJobNeeds(file, job, prefix) {
    // A need another scope meets as well (the issues API on a pull request's number) keeps the scope the job grants.
    const granted = (0,effective_permissions/* effectivePermissions */.wW)(file, job);
    const needs = (0,workflows_needs/* needsUnderGrant */.y1)((0,workflows_needs/* jobNeeds */.P7)(file, job), (scope) => granted.level(scope));
    if ((0,rules_permissions/* cannotJudge */.Dl)(needs)) {
        const doubt = needs.unknownBecause[0] ?? needs.likelyBecause.find((d) => d.kind === 'unknown-action');
        return { confidence: 'unknown', needed: [], unknown: { kind: 'unknown-needs', why: `its needs cannot be judged: ${doubt ? doubt.reason : 'not all of its steps are known'}` } };
    }
    const needed = [];
    for (const [scope, need] of Object.entries(needs.scopes)) {
        if (!permissions/* PERMISSION_SCOPES */.Eu[scope])
            continue;
        const level = grantLevel(scope, need.level);
        const at = need.because.filter((r) => r.level === need.level);
        const reasons = (at.length > 0 ? at : need.because).map((r) => ({
            reason: r.reason,
            stepPath: [...r.stepPath],
            line: file.lines.position(r.span[0]).line,
            confidence: r.confidence,
        }));
        const texts = (at.length > 0 ? at : need.because).map((r) => ({ text: (prefix ? `${prefix} ` : '') + describe(job, r), step: r.stepPath.join('\u0000') }));
        needed.push({ scope, level, privateOnly: need.privateOnly, reasons, comment: commentFor(texts, need.privateOnly) });
    }
    const oidc = scriptStep(file, job, prefix);
    return { confidence: needs.confidence, needed, ...(oidc ? { oidc } : {}) };
}
/** The repository prefix of a workflow path (`sub/repo/` for `sub/repo/.github/workflows/x.yml`). */
function repoPrefix(path) {
    const at = path.lastIndexOf('.github/workflows/');
    return at > 0 ? path.slice(0, at) : '';
}
/** What a job that calls a reusable workflow needs: the union of the called jobs' needs, when they can be read. */
function callJobNeeds(file, job, inputs, visiting) {
    const uses = String(job.job.uses).trim();
    const local = (0,effective_permissions/* localReusableWorkflow */.EZ)(job.job);
    const unknown = (why) => ({ confidence: 'unknown', needed: [], unknown: { kind: 'reusable-call', why } });
    if (!local)
        return unknown(`it calls the reusable workflow ${uses}, which is not a file of this repository: its permissions cap what the called jobs get, so it is left to you`);
    const target = repoPrefix(file.path) + local;
    const callee = inputs.get(target);
    if (!callee || (0,workflows_source/* isParseFailure */.C)(callee) || callee.kind !== 'workflow') {
        return unknown(`it calls ${uses}, which was not ${callee ? 'readable as a workflow' : 'among the files fixed'}: its permissions cap what the called jobs get, so it is left as is`);
    }
    if (visiting.has(target))
        return unknown(`it calls ${uses}, which calls back into a workflow being read (a cycle)`);
    visiting.add(target);
    try {
        const merged = new Map();
        let confidence = 'certain';
        let oidc;
        for (const called of (0,model/* jobsOf */.aG)(callee.root)) {
            const answer = (0,model/* isReusableCall */.qg)(called.job)
                ? callJobNeeds(callee, called, inputs, visiting)
                : stepJobNeeds(callee, called, `${local.replace(/^\.github\/workflows\//, '')} (job ${called.id}):`);
            if (answer.unknown)
                return unknown(`it calls ${uses}, whose job "${called.id}" cannot be judged (${answer.unknown.why.replace(/^its needs cannot be judged: /, '')})`);
            if (answer.confidence === 'likely')
                confidence = 'likely';
            if (answer.oidc && (!oidc || (!oidc.seen && answer.oidc.seen))) {
                oidc = { ...answer.oidc, reason: { ...answer.oidc.reason, file: answer.oidc.reason.file ?? target } };
            }
            for (const n of answer.needed) {
                const seen = merged.get(n.scope);
                if (!seen)
                    merged.set(n.scope, { ...n, reasons: n.reasons.map((r) => ({ ...r, file: r.file ?? target })) });
                else {
                    if (RANK[n.level] > RANK[seen.level]) {
                        seen.level = n.level;
                        seen.comment = n.comment;
                    }
                    seen.privateOnly = seen.privateOnly && n.privateOnly;
                    seen.reasons.push(...n.reasons.map((r) => ({ ...r, file: r.file ?? target })));
                }
            }
        }
        return { confidence, needed: [...merged.values()].sort((a, b) => (a.scope < b.scope ? -1 : 1)), ...(oidc ? { oidc } : {}) };
    }
    finally {
        visiting.delete(target);
    }
}
function scopeMapOf(p) {
    const out = {};
    for (const s of permissions/* PERMISSION_SCOPE_NAMES */.Kx) {
        const l = p.scopes[s];
        if (l === 'read' || l === 'write')
            out[s] = l;
    }
    return out;
}
function grantScopes(value) {
    const g = (0,effective_permissions/* grantOf */.od)(value);
    const out = {};
    for (const s of permissions/* PERMISSION_SCOPE_NAMES */.Kx) {
        const l = g.scopes[s];
        if (l === 'read' || l === 'write')
            out[s] = l;
    }
    return out;
}
function toMap(needed) {
    return Object.fromEntries(needed.map((n) => [n.scope, n.level]));
}
function sameScopes(a, b) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys)
        if ((a[k] ?? 'none') !== (b[k] ?? 'none'))
            return false;
    return true;
}
/** Per scope, the lower of the two grants. */
function lowerOf(a, b) {
    const out = {};
    for (const k of Object.keys(a)) {
        const x = a[k];
        const y = b[k];
        if (y !== undefined)
            out[k] = RANK[x] <= RANK[y] ? x : y;
    }
    return out;
}
function planned(n) {
    return { scope: n.scope, level: n.level, comment: n.comment, privateOnly: n.privateOnly, reasons: n.reasons };
}
/** Why a block cannot be inserted into the job's text, or undefined. */
function insertionProblem(file, lines, job) {
    const jobs = file.root.jobs;
    const vs = (0,yaml/* valueSpan */.MK)(jobs, job.id);
    const ks = (0,yaml/* keySpan */.UT)(jobs, job.id);
    const head = lines.text.slice(ks[1], vs[0]).replace(/#.*$/gm, '');
    if (lines.text[vs[0]] === '*' || /[&*]/.test(head))
        return 'the job is written with a YAML anchor or alias (other places may share its text)';
    if (lines.text[vs[0]] === '{')
        return 'the job is written as a flow mapping ({ … })';
    if (has(job.job, '<<'))
        return 'the job uses a YAML merge key (<<)';
    const at = insertionLine(file, lines, job);
    return typeof at === 'string' ? at : undefined;
}
/** Where a job's block goes: above its `steps:` (or, for a reusable call, its `uses:`) and the comments above that key. */
function insertionLine(file, lines, job) {
    const anchorKey = has(job.job, 'steps') ? 'steps' : has(job.job, 'uses') ? 'uses' : undefined;
    if (!anchorKey)
        return 'the job has neither `steps:` nor `uses:`';
    const ks = (0,yaml/* keySpan */.UT)(job.job, anchorKey);
    if (!lines.startsLine(ks[0]))
        return `its \`${anchorKey}:\` does not start a line`;
    const col = lines.column(ks[0]);
    const jobLine = lines.lineOf((0,yaml/* keySpan */.UT)(file.root.jobs, job.id)[0]);
    let at = lines.lineOf(ks[0]);
    if (at <= jobLine)
        return `its \`${anchorKey}:\` is on the job's own line`;
    while (at - 1 > jobLine && lines.isComment(at - 1) && lines.indent(at - 1) === col)
        at--;
    return { line: at, col };
}
function decideJob(file, lines, job, inputs, forced) {
    const current = (0,effective_permissions/* effectivePermissions */.wW)(file, job);
    const line = lines.lineOf((0,yaml/* keySpan */.UT)(file.root.jobs, job.id)[0]) + 1;
    const base = {
        id: job.id,
        source: current.source,
        ...(current.source !== 'default' && !current.possiblyWriteAll ? { granted: scopeMapOf(current) } : {}),
        notes: [],
        line,
    };
    const skip = (kind, why, confidence, scopes) => ({
        ref: job,
        plan: { ...base, action: 'skip', skipKind: kind, why, confidence, ...(scopes ? { scopes } : {}) },
    });
    const answer = (0,model/* isReusableCall */.qg)(job.job) ? callJobNeeds(file, job, inputs, new Set([file.path])) : stepJobNeeds(file, job);
    if (answer.unknown)
        return skip(answer.unknown.kind, answer.unknown.why, 'unknown');
    if (current.possiblyWriteAll && current.source !== 'default') {
        return skip('unreadable-grant', `its grant (${current.source === 'job' ? 'its' : "the workflow's"} \`permissions:\`) cannot be read`, answer.confidence);
    }
    if (current.unknownScopes.length > 0)
        return skip('unreadable-grant', `the level of ${current.unknownScopes.map((s) => `\`${s}\``).join(', ')} in its grant cannot be read`, answer.confidence);
    // Private-only reads (a checkout's `contents: read`) are written when the job has them today; without them it
    // runs in a public repository, and adding them would widen its grant.
    const target = [];
    for (const n of answer.needed) {
        if (n.privateOnly && n.level === 'read' && current.source !== 'default' && current.level(n.scope) === 'none') {
            base.notes.push(`\`${n.scope}: read\` not written: ${n.comment.replace(/ \(private repositories\)/, '')} needs it only in a private repository, and the job runs without it today`);
            (base.omitted ??= []).push(planned(n));
            continue;
        }
        target.push(n);
    }
    // OIDC is not the GITHUB_TOKEN: any script can ask the runner for an OIDC token when `id-token: write` is granted
    // (trusted publishing, keyless signing), and scripts are not read for it. A grant the job has is kept then.
    let confidence = answer.confidence;
    // (A `write-all` grant keeps it only for a script seen to use OIDC: it was not asked for by name.)
    const explicit = current.shape === 'map' || answer.oidc?.seen === true;
    if (answer.oidc && explicit && current.source !== 'default' && current.level('id-token') === 'write' && !target.some((n) => n.scope === 'id-token')) {
        target.push({ scope: 'id-token', level: 'write', privateOnly: false, reasons: [answer.oidc.reason], comment: answer.oidc.comment });
        target.sort((a, b) => (a.scope < b.scope ? -1 : 1));
        base.notes.push(`\`id-token: write\` kept: ${answer.oidc.reason.reason}, which may ask for an OIDC token (scripts are not read for it)`);
        if (confidence === 'certain')
            confidence = 'likely';
    }
    const held = forced.get(job.id);
    if (held)
        return skip('new-finding', held, confidence, target.map(planned));
    if (current.source !== 'default') {
        const missing = target.filter((n) => RANK[n.level] > RANK[current.level(n.scope)]);
        if (missing.length > 0) {
            const where = current.source === 'job' ? 'its `permissions:`' : "the workflow's `permissions:`";
            return skip('would-widen', `it needs ${missing.map((n) => `\`${n.scope}: ${n.level}\` (${n.comment})`).join(', ')} but ${where} grants ${missing.map((n) => `\`${n.scope}: ${current.level(n.scope)}\``).join(', ')}: not widened (the step may fail today, or we misread it)`, confidence, target.map(planned));
        }
    }
    // The text must take the edit: a block of its own to narrow, or a place to insert one.
    const own = has(job.job, 'permissions');
    const problem = own
        ? sameScopes(toMap(target), base.granted ?? {}) ? undefined : blockLayoutProblem(lines, job.job)
        : insertionProblem(file, lines, job);
    if (problem)
        return skip('layout', problem, confidence, target.map(planned));
    return { ref: job, plan: { ...base, action: 'keep', confidence: confidence, scopes: target.map(planned) }, target };
}
// ---- the whole workflow ----
const TOP_READ_COMMENT = 'every job';
function planWorkflow(file, inputs, forced = new Map()) {
    const input = { path: file.path, text: file.text };
    if ((0,effective_permissions/* isWorkflowCallOnly */.YQ)(file.root)) {
        return untouched(input, 'skipped', "triggered only by workflow_call: its jobs run with the caller's token and its blocks only narrow it, so the permissions belong at the call sites (left to its callers)");
    }
    const lines = new TextLines(file.text);
    const root = file.root;
    const jobs = (0,model/* jobsOf */.aG)(root);
    const decisions = jobs.map((j) => decideJob(file, lines, j, inputs, forced));
    const fixable = decisions.filter((d) => d.target !== undefined);
    const topExists = has(root, 'permissions');
    const topGrant = topExists ? (0,effective_permissions/* grantOf */.od)(root.permissions) : undefined;
    // The workflow-level block: what jobs without their own block inherit.
    const workflow = { action: 'keep', ...(topGrant && topGrant.shape !== 'unknown' && topGrant.unknownScopes.length === 0 ? { granted: grantScopes(root.permissions) } : {}) };
    const inheritingSkipped = decisions.filter((d) => !d.target && !has(d.ref.job, 'permissions'));
    let newTop; // the grant jobs without a block of their own get after the fix
    let topEdit = [];
    const everyJobReads = fixable.length > 0 && fixable.every((d) => d.target.some((n) => n.scope === 'contents'));
    const desired = everyJobReads ? { contents: 'read' } : {};
    if (topGrant && (topGrant.shape === 'unknown' || topGrant.unknownScopes.length > 0)) {
        workflow.why = 'the workflow-level `permissions:` cannot be read (an expression or an invalid level)';
    }
    else if (inheritingSkipped.length > 0) {
        workflow.why = `left as is: ${inheritingSkipped.length === 1 ? `job "${inheritingSkipped[0].ref.id}" inherits` : `jobs ${inheritingSkipped.map((d) => `"${d.ref.id}"`).join(', ')} inherit`} it and ${inheritingSkipped.length === 1 ? 'is' : 'are'} left as is`;
        if (topExists)
            newTop = workflow.granted;
    }
    else {
        const jobsKey = (0,yaml/* keySpan */.UT)(root, 'jobs');
        const layout = topExists ? blockLayoutProblem(lines, root) : jobsKey && lines.startsLine(jobsKey[0]) ? undefined : 'the `jobs:` key does not start a line';
        const after = topExists ? lowerOf(workflow.granted, desired) : desired;
        if (layout) {
            workflow.why = `left as is: ${layout}`;
            if (topExists)
                newTop = workflow.granted;
        }
        else if (topExists && sameScopes(after, workflow.granted)) {
            newTop = after;
            workflow.scopes = after;
        }
        else {
            newTop = after;
            workflow.scopes = after;
            workflow.action = topExists ? 'narrow' : 'add';
            topEdit = topBlockEdit(file, lines, after, fixable);
        }
    }
    // Each fixable job: its own block narrowed, a block inserted, or nothing (it already has what it needs).
    const jobEdits = [];
    const unit = jobsIndentUnit(file, lines);
    for (const d of fixable) {
        const target = toMap(d.target);
        const scopes = d.target.map((n) => ({ scope: n.scope, level: n.level, comment: n.comment }));
        const own = has(d.ref.job, 'permissions');
        if (own) {
            if (sameScopes(target, d.plan.granted ?? {})) {
                d.plan.why = 'its own `permissions:` already grants exactly what it needs';
                continue;
            }
            const narrowed = narrowBlock(lines, d.ref.job, scopes);
            jobEdits.push(...(narrowed ?? [replaceBlock(lines, d.ref.job, unit.inner(d.ref), scopes)]));
            d.plan.action = 'narrow';
            d.plan.why = `its own \`permissions:\` narrowed to what its steps need`;
            continue;
        }
        if (newTop !== undefined && sameScopes(target, newTop)) {
            d.plan.why = "the workflow's `permissions:` grants exactly what it needs";
            continue;
        }
        const at = insertionLine(file, lines, d.ref); // checked in decideJob
        jobEdits.push({ line: at.line, remove: 0, insert: renderBlock(at.col, unit.inner(d.ref), scopes) });
        d.plan.action = 'add';
        d.plan.why = 'a `permissions:` block with what its steps need';
    }
    return finish(file, lines, decisions, workflow, [...topEdit, ...jobEdits], newTop);
}
/** The file's indentation step, from the jobs map: job keys below `jobs:`, job contents below job keys. */
function jobsIndentUnit(file, lines) {
    const jobs = file.root.jobs;
    const jobsCol = lines.column((0,yaml/* keySpan */.UT)(file.root, 'jobs')[0]);
    const ids = Object.keys(jobs);
    const firstId = ids.length > 0 ? (0,yaml/* keySpan */.UT)(jobs, ids[0]) : undefined;
    const top = firstId && lines.column(firstId[0]) > jobsCol ? lines.column(firstId[0]) - jobsCol : 2;
    return {
        top,
        inner: (job) => {
            const keys = Object.keys(job.job);
            const idCol = lines.column((0,yaml/* keySpan */.UT)(jobs, job.id)[0]);
            const child = keys.length > 0 ? lines.column((0,yaml/* keySpan */.UT)(job.job, keys[0])[0]) : idCol + top;
            return child > idCol ? child - idCol : top;
        },
    };
}
/** The scopes of the workflow-level block, with comments. */
function topScopes(scopes, fixable) {
    return Object.keys(scopes)
        .sort()
        .map((scope) => {
        const reason = fixable.flatMap((d) => d.target).find((n) => n.scope === scope && n.level === scopes[scope]);
        return { scope, level: scopes[scope], comment: reason ? `${TOP_READ_COMMENT}: ${reason.comment}` : `${TOP_READ_COMMENT} needs at least this` };
    });
}
function topBlockEdit(file, lines, scopes, fixable) {
    const root = file.root;
    const unit = jobsIndentUnit(file, lines).top;
    const block = topScopes(scopes, fixable);
    if (has(root, 'permissions'))
        return narrowBlock(lines, root, block) ?? [replaceBlock(lines, root, unit, block)];
    // Inserted above `jobs:` (and the comment lines that belong to it); a blank line after it when one stands before.
    const jobsStart = (0,yaml/* keySpan */.UT)(root, 'jobs')[0];
    const col = lines.column(jobsStart);
    let at = lines.lineOf(jobsStart);
    while (at > 0 && lines.isComment(at - 1) && lines.indent(at - 1) === col)
        at--;
    const rendered = renderBlock(col, unit, block);
    if (at > 0 && lines.isBlank(at - 1))
        rendered.push('');
    return [{ line: at, remove: 0, insert: rendered }];
}
// ---- no new finding at high or above ----
/**
 * Unsuppressed findings at high or above of one file, by fingerprint (cross-file rules are not run: the fix does not
 * change what a call grants a local reusable workflow beyond what its jobs need).
 */
function highFindings(path, text, options) {
    const result = (0,engine/* scan */.SQ)([{ path, text }], options.repositoryOwner ? { repositoryOwner: options.repositoryOwner } : {});
    return new Map(result.findings.filter((f) => !f.suppression && (0,severity/* atOrAbove */.kU)(f.severity, 'high')).map((f) => [f.fingerprint, f]));
}
/** The job whose text holds a 1-based line, in a parsed file. */
function jobAtLine(file, line) {
    const jobs = file.root.jobs;
    for (const job of (0,model/* jobsOf */.aG)(file.root)) {
        const from = file.lines.position((0,yaml/* keySpan */.UT)(jobs, job.id)[0]).line;
        const to = file.lines.position((0,yaml/* valueSpan */.MK)(jobs, job.id)[1]).line;
        if (line >= from && line <= to)
            return job.id;
    }
    return undefined;
}
const MAX_ROUNDS = 5;
/**
 * A plan whose result scans with no new finding at high or above. Writing a job's grant can make a rule see what the
 * repository default hid (a write token left in .git/config for an unpinned action is judged only on explicit
 * grants): such a job is left as is, with the finding as the reason, and the file planned again.
 */
function planWithoutNewFindings(file, inputs, options) {
    const forced = new Map();
    let before;
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const plan = planWorkflow(file, inputs, forced);
        if (plan.status !== 'changed')
            return plan;
        before ??= highFindings(file.path, file.text, options);
        const added = [...highFindings(file.path, plan.fixed, options).values()].filter((f) => !before.has(f.fingerprint));
        if (added.length === 0)
            return plan;
        const fixed = (0,workflows_source/* loadSource */.s)(file.path, plan.fixed);
        let progressed = false;
        for (const f of added) {
            const job = jobAtLine(fixed, f.location.startLine);
            if (job === undefined || forced.has(job))
                continue;
            forced.set(job, `with the grant it needs written out, it would be reported at ${f.severity} (${f.ruleId}: ${f.message}); resolve that first (e.g. pin the action to a commit SHA, or \`persist-credentials: false\`), then run the fix again`);
            progressed = true;
        }
        if (!progressed) {
            const f = added[0];
            return { ...plan, status: 'skipped', why: `not fixed: the result would bring a new ${f.severity} finding (${f.ruleId}: ${f.message})`, edits: [], fixed: file.text };
        }
    }
    return { ...planWorkflow(file, inputs, forced), status: 'skipped', why: 'not fixed: no plan without a new finding at high or above was found', edits: [], fixed: file.text };
}
// ---- checking the result ----
/** The parsed values without any `permissions` key (symbol-keyed offsets are not serialised). */
function withoutPermissions(value) {
    if (Array.isArray(value))
        return value.map(withoutPermissions);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            if (k !== 'permissions')
                out[k] = withoutPermissions(v);
        return out;
    }
    return value;
}
/** Why the fixed text is not what the plan meant, or undefined when it is. */
function checkResult(file, fixedText, decisions, newTop) {
    const fixed = (0,workflows_source/* loadSource */.s)(file.path, fixedText);
    if ((0,workflows_source/* isParseFailure */.C)(fixed))
        return `the result does not parse (${fixed.message})`;
    if (JSON.stringify(withoutPermissions(fixed.root)) !== JSON.stringify(withoutPermissions(file.root)))
        return 'the result differs outside `permissions:`';
    if (newTop !== undefined && !sameScopes(grantScopes(fixed.root.permissions), newTop))
        return 'the workflow-level grant is not the planned one';
    const after = new Map((0,model/* jobsOf */.aG)(fixed.root).map((j) => [j.id, (0,effective_permissions/* effectivePermissions */.wW)(fixed, j)]));
    for (const d of decisions) {
        const p = after.get(d.ref.id);
        if (!p)
            return `job "${d.ref.id}" is gone`;
        const before = (0,effective_permissions/* effectivePermissions */.wW)(file, d.ref);
        if (d.plan.action === 'skip') {
            if (p.source !== before.source || p.possiblyWriteAll !== before.possiblyWriteAll || !sameScopes(scopeMapOf(p), scopeMapOf(before)))
                return `job "${d.ref.id}", left as is, would run with another grant`;
        }
        else if (p.possiblyWriteAll || !sameScopes(scopeMapOf(p), toMap(d.target)))
            return `job "${d.ref.id}" would not run with the planned grant`;
    }
    return undefined;
}
function finish(file, lines, decisions, workflow, lineEdits, newTop) {
    const jobs = decisions.map((d) => d.plan);
    const edits = toTextEdits(lines, lineEdits);
    const fixed = applyEdits(file.text, edits);
    const base = { path: file.path, workflow, jobs, original: file.text };
    if (edits.length === 0 || fixed === file.text)
        return { ...base, status: 'unchanged', edits: [], fixed: file.text };
    const problem = checkResult(file, fixed, decisions, workflow.action === 'keep' ? undefined : newTop);
    if (problem) {
        // Never write a plan that does not do what it says: drop it whole, and say why.
        return { ...base, status: 'skipped', why: `not fixed: the planned edit failed its check (${problem})`, edits: [], fixed: file.text };
    }
    return { ...base, status: 'changed', edits, fixed };
}

;// CONCATENATED MODULE: ./src/fix/diff.ts
/**
 * A unified diff of the planned fixes (`git apply` / `patch -p1` take it from the root), read straight off the
 * whole-line edits: no diff algorithm is needed. Lines keep their bytes (a CRLF file's lines keep their `\r`).
 */

/** The original and new lines of a plan and where they differ. */
function changesOf(plan) {
    const lines = new TextLines(plan.original);
    const before = rawLines(plan.original);
    const after = rawLines(plan.fixed);
    const changes = [];
    let shift = 0;
    for (const e of plan.edits) {
        const oStart = lines.lineOf(e.start);
        const oEnd = e.end >= plan.original.length ? before.length : lines.lineOf(e.end);
        const nLen = rawLines(e.text).length;
        const prev = changes[changes.length - 1];
        // Adjacent edits are one change: all their removed lines, then all their added ones.
        if (prev && prev.oStart + prev.oLen === oStart) {
            prev.oLen += oEnd - oStart;
            prev.nLen += nLen;
        }
        else
            changes.push({ oStart, oLen: oEnd - oStart, nStart: oStart + shift, nLen });
        shift += nLen - (oEnd - oStart);
    }
    return { before, after, changes };
}
/** Lines with their line breaks; no empty entry after a final line break. */
function rawLines(text) {
    const out = [];
    let at = 0;
    while (at < text.length) {
        const nl = text.indexOf('\n', at);
        const end = nl < 0 ? text.length : nl + 1;
        out.push(text.slice(at, end));
        at = end;
    }
    return out;
}
function emit(prefix, raw) {
    return raw.endsWith('\n') ? `${prefix}${raw}` : `${prefix}${raw}\n\\ No newline at end of file\n`;
}
function range(start, length) {
    // An empty range names the line before it (unified diff convention).
    return length === 0 ? `${start},0` : `${start + 1},${length}`;
}
/** The unified diff of one plan (empty when it changes nothing). */
function renderFileDiff(plan, context = 3) {
    if (plan.edits.length === 0)
        return '';
    const { before, after, changes } = changesOf(plan);
    // Hunks: changes whose context overlaps are merged.
    const hunks = [];
    for (const c of changes) {
        const last = hunks[hunks.length - 1];
        const prev = last?.[last.length - 1];
        if (last && prev && c.oStart - (prev.oStart + prev.oLen) <= 2 * context)
            last.push(c);
        else
            hunks.push([c]);
    }
    let out = `--- a/${plan.path}\n+++ b/${plan.path}\n`;
    for (const hunk of hunks) {
        const first = hunk[0];
        const last = hunk[hunk.length - 1];
        const oFrom = Math.max(0, first.oStart - context);
        const oTo = Math.min(before.length, last.oStart + last.oLen + context);
        const nFrom = first.nStart - (first.oStart - oFrom);
        const nTo = last.nStart + last.nLen + (oTo - (last.oStart + last.oLen));
        let body = '';
        let o = oFrom;
        for (const c of hunk) {
            for (; o < c.oStart; o++)
                body += emit(' ', before[o]);
            for (let i = 0; i < c.oLen; i++)
                body += emit('-', before[c.oStart + i]);
            for (let i = 0; i < c.nLen; i++)
                body += emit('+', after[c.nStart + i]);
            o = c.oStart + c.oLen;
        }
        for (; o < oTo; o++)
            body += emit(' ', before[o]);
        out += `@@ -${range(oFrom, oTo - oFrom)} +${range(nFrom, nTo - nFrom)} @@\n${body}`;
    }
    return out;
}
/** The unified diff of every plan that changes its file, in order. */
function renderDiff(plans, context = 3) {
    return plans.map((p) => renderFileDiff(p, context)).join('');
}

;// CONCATENATED MODULE: ./src/fix/report.ts
/**
 * Reports of the planned fixes: the frozen JSON shape (`fix --format json`), the notes the CLI prints beside a diff,
 * and a Markdown section for the action's job summary (the diff and what was left alone, with why).
 */

/** Version of the JSON shape of `fix --format json`. Additions keep the version; removals or renames bump it. */
const FIX_JSON_VERSION = 1;
function jsonScopes(scopes) {
    const out = {};
    for (const s of scopes) {
        out[s.scope] = {
            level: s.level,
            reason: s.comment,
            privateOnly: s.privateOnly,
            because: s.reasons.map((r) => ({ reason: r.reason, line: r.line, ...(r.file ? { file: r.file } : {}), confidence: r.confidence })),
        };
    }
    return out;
}
function jsonJob(j) {
    return {
        id: j.id,
        line: j.line,
        action: j.action,
        ...(j.skipKind ? { skipKind: j.skipKind } : {}),
        ...(j.why ? { why: j.why } : {}),
        confidence: j.confidence,
        source: j.source,
        ...(j.granted ? { granted: j.granted } : {}),
        ...(j.scopes ? { scopes: jsonScopes(j.scopes) } : {}),
        ...(j.omitted ? { omitted: jsonScopes(j.omitted) } : {}),
        ...(j.notes.length > 0 ? { notes: j.notes } : {}),
    };
}
function buildFixJson(plans, toolVersion) {
    const jobs = { add: 0, narrow: 0, keep: 0, skip: 0 };
    for (const p of plans)
        for (const j of p.jobs)
            jobs[j.action]++;
    return {
        version: FIX_JSON_VERSION,
        tool: { name: 'token-warden', version: toolVersion },
        files: plans.map((p) => ({
            path: p.path,
            status: p.status,
            ...(p.why ? { why: p.why } : {}),
            ...(p.workflow ? { workflow: p.workflow } : {}),
            jobs: p.jobs.map(jsonJob),
        })),
        summary: {
            files: plans.length,
            changed: plans.filter((p) => p.status === 'changed').length,
            skipped: plans.filter((p) => p.status === 'skipped').length,
            jobs,
        },
    };
}
function renderFixJson(plans, toolVersion) {
    return JSON.stringify(buildFixJson(plans, toolVersion), null, 2) + '\n';
}
/** One line per file or job left alone, with why: `path: job "x" left as is: …`. */
function fixNotes(plans) {
    const out = [];
    for (const p of plans) {
        if (p.status === 'skipped')
            out.push(`${p.path}: left as is: ${p.why ?? ''}`);
        if (p.workflow?.action === 'keep' && p.workflow.why)
            out.push(`${p.path}: workflow-level permissions: ${p.workflow.why}`);
        for (const j of p.jobs) {
            if (j.action === 'skip')
                out.push(`${p.path}:${j.line}: job "${j.id}" left as is: ${j.why ?? ''}`);
            for (const n of j.notes)
                out.push(`${p.path}:${j.line}: job "${j.id}": ${n}`);
        }
    }
    return out;
}
/** A one-line account: files changed, jobs given a block or narrowed, jobs left as is. */
function fixSummaryLine(plans) {
    const changed = plans.filter((p) => p.status === 'changed').length;
    const count = (a) => plans.reduce((n, p) => n + p.jobs.filter((j) => j.action === a).length, 0);
    return `${changed} of ${plans.length} workflow(s) to change: ${count('add')} job(s) given a block, ${count('narrow')} narrowed, ${count('keep')} already get exactly what they need, ${count('skip')} left as is`;
}
/** Markdown for a job summary: the summary line, the diff in a fenced block, and what was left as is. */
function renderFixMarkdown(plans, options = {}) {
    const max = options.maxDiffChars ?? 60_000;
    let md = `### Least-privilege permissions\n\n${fixSummaryLine(plans)}.\n\n`;
    const diff = renderDiff(plans);
    if (diff) {
        const shown = diff.length > max ? `${diff.slice(0, diff.lastIndexOf('\n', max) + 1)}… (cut: run \`token-warden fix\` for the whole diff)\n` : diff;
        const fence = shown.includes('```') ? '````' : '```';
        md += `${fence}diff\n${shown}${fence}\n\n`;
    }
    const notes = fixNotes(plans);
    if (notes.length > 0)
        md += `<details><summary>Left as is, and why (${notes.length})</summary>\n\n${notes.map((n) => `- ${escapeMarkdown(n)}`).join('\n')}\n\n</details>\n`;
    return md;
}
function escapeMarkdown(text) {
    return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

;// CONCATENATED MODULE: ./src/fix/index.ts
/** The least-privilege autofix (`token-warden fix`): pure planning, text edits and reports. */






/***/ })

};

//# sourceMappingURL=251.index.js.map