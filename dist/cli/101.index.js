export const id = 101;
export const ids = [101];
export const modules = {

/***/ 6101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildSlackMessage: () => (/* binding */ buildSlackMessage),
/* harmony export */   shouldNotify: () => (/* binding */ shouldNotify)
/* harmony export */ });
/* unused harmony exports SLACK_LIMITS, MAX_ITEMS_SHOWN, BLOCKS_TEXT_BUDGET, escapeSlackText, blocksTextLength */
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1502);
/**
 * The Slack message for one run (pure): Block Kit blocks plus a plain-text fallback, built from the findings that
 * are new or worse since the last run. The caller decides what is new or worse and at which severity to start;
 * this module decides how it reads and keeps it inside Slack's payload limits, summarising whatever does not fit.
 *
 * Text taken from scanned files (messages, paths, rule ids, issue titles) is escaped so it cannot mention anyone,
 * disguise a link or inject formatting: see `escapeSlackText`.
 */

/** Slack's documented Block Kit limits (and the undocumented aggregate one, observed at about 13.2k characters). */
const SLACK_LIMITS = {
    blocks: 50,
    sectionText: 3000,
    fields: 10,
    fieldText: 2000,
    blockId: 255,
    headerText: 150,
    contextElements: 10,
    aggregateBlocksText: 13_200,
};
/** At most this many findings are listed one by one; the rest are counted. */
const MAX_ITEMS_SHOWN = 20;
/** All block text together stays well under the ~13.2k aggregate limit. */
const BLOCKS_TEXT_BUDGET = 9_000;
const MAX_FALLBACK_ITEMS = 5;
const MAX_ISSUE_LINKS = 10;
/** Longer URLs (as sent, escaped) are left out and their label stands alone. */
const MAX_URL_LENGTH = 1_000;
/** The issues line stays under the section limit with room to spare. */
const ISSUES_TEXT_BUDGET = 2_500;
// Raw lengths (before escaping, which can grow text up to five times: `&` → `&amp;`).
const MAX_MESSAGE = 300;
const MAX_RULE_ID = 80;
const MAX_FILE = 160;
const MAX_TITLE = 100;
const MAX_REPOSITORY = 100;
const EMOJI = {
    critical: ':red_circle:',
    high: ':large_orange_circle:',
    medium: ':large_yellow_circle:',
    low: ':large_blue_circle:',
    info: ':white_circle:',
};
/** One message per run, and only when something is new or worse. */
function shouldNotify(items) {
    return items.some((item) => item.change === 'new' || item.change === 'worse');
}
function buildSlackMessage(input) {
    const items = sortItems(input.items);
    const newCount = items.filter((i) => i.change === 'new').length;
    const worseCount = items.length - newCount;
    const repository = truncate(input.repository, MAX_REPOSITORY);
    const runUrl = safeUrl(input.runUrl);
    const head = [
        { type: 'header', text: { type: 'plain_text', text: truncate(`Token Warden: ${headline(newCount, worseCount)} in ${repository}`, SLACK_LIMITS.headerText), emoji: true } },
        mrkdwnSection(summaryText(newCount, worseCount, escapeSlackText(repository), input.minSeverity, input.totals)),
        { type: 'divider' },
    ];
    const tail = [];
    const issues = issuesText(input.issueLinks ?? []);
    if (issues)
        tail.push(mrkdwnSection(issues));
    tail.push({ type: 'context', elements: [{ type: 'mrkdwn', text: runUrl ? `${link(runUrl, 'View the run')} · Token Warden` : 'Token Warden' }] });
    // Keep room for the "…and N more" line (counts by severity and the run link) while adding findings.
    const moreReserve = 150 + (runUrl?.length ?? 0);
    let used = blocksTextLength([...head, ...tail]) + moreReserve;
    const shown = [];
    for (const item of items) {
        if (shown.length >= MAX_ITEMS_SHOWN)
            break;
        const text = itemText(item);
        if (used + text.length > BLOCKS_TEXT_BUDGET)
            break;
        used += text.length;
        shown.push(mrkdwnSection(text));
    }
    const rest = items.slice(shown.length);
    if (rest.length > 0)
        shown.push(mrkdwnSection(moreText(rest, runUrl)));
    if (items.length === 0)
        shown.push(mrkdwnSection('Nothing new or worse since the last run.'));
    return { text: fallbackText(items, newCount, worseCount, repository, runUrl), blocks: [...head, ...shown, ...tail] };
}
// ---- escaping ------------------------------------------------------------------------------------------------------
const LOOKALIKE = { '*': '\u2217', _: '\u02cd', '~': '\u223c', '`': '\u02cb' };
/**
 * Makes scanned text inert in Slack mrkdwn: `&`, `<`, `>` become entities (so `<!channel>`, `<@U123>` and
 * `<https://evil|x>` show as typed), `@` before a name gets a word joiner (no `@here` with `link_names`), `*`, `~`
 * and backticks become look-alikes (no bold, strike or code spans), and `_` does too unless it sits inside a word
 * (`GITHUB_TOKEN` stays as it is: Slack never italicises inside a word). Line breaks become spaces.
 */
function escapeSlackText(raw) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
    const flat = raw.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
    const unformatted = flat.replace(/[*_~`]/g, (ch, offset, whole) => ch === '_' && isWordChar(whole[offset - 1]) && isWordChar(whole[offset + 1]) ? ch : (LOOKALIKE[ch] ?? ch));
    return unformatted
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@(?=[\p{L}\p{N}])/gu, '@\u2060');
}
function isWordChar(ch) {
    return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
/** An http(s) URL made safe inside `<url|label>`, or undefined (then the label stands alone). */
function safeUrl(url) {
    if (!url || url.length > MAX_URL_LENGTH)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    const escaped = parsed.href.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
    return escaped.length <= MAX_URL_LENGTH ? escaped : undefined;
}
/** `label` is already escaped; `url` comes from `safeUrl`. */
function link(url, label) {
    return url ? `<${url}|${label}>` : label;
}
/** At most `max` UTF-16 units (as `.length` and Slack count), never half a surrogate pair; the cut is marked. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let kept = '';
    for (const ch of text) {
        if (kept.length + ch.length > max - 1)
            break;
        kept += ch;
    }
    return `${kept}…`;
}
/** Like `truncate`, but keeps the end of a path, where the file name is. */
function truncateStart(text, max) {
    if (text.length <= max)
        return text;
    const chars = Array.from(text);
    let kept = '';
    for (let i = chars.length - 1; i >= 0 && kept.length + chars[i].length <= max - 1; i--)
        kept = chars[i] + kept;
    return `…${kept}`;
}
// ---- parts ---------------------------------------------------------------------------------------------------------
function sortItems(items) {
    return [...items].sort((a, b) => (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(b.severity) - (0,_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(a.severity) ||
        (a.change === b.change ? 0 : a.change === 'new' ? -1 : 1) ||
        compare(a.file, b.file) ||
        a.line - b.line ||
        compare(a.ruleId, b.ruleId));
}
// Numeric-aware and locale-free, so w2.yml comes before w10.yml on every runner.
const collator = new Intl.Collator('en', { numeric: true });
function compare(a, b) {
    return collator.compare(a, b);
}
function headline(newCount, worseCount) {
    if (newCount === 0 && worseCount === 0)
        return 'nothing new or worse';
    const parts = [newCount > 0 ? `${newCount} new` : '', worseCount > 0 ? `${worseCount} worse` : ''].filter(Boolean);
    return `${parts.join(', ')} ${newCount + worseCount === 1 ? 'finding' : 'findings'}`;
}
function summaryText(newCount, worseCount, repository, minSeverity, totals) {
    const parts = [newCount > 0 ? `*${newCount} new*` : '', worseCount > 0 ? `*${worseCount} worse*` : ''].filter(Boolean);
    const what = parts.length > 0 ? `${parts.join(' and ')} ${newCount + worseCount === 1 ? 'finding' : 'findings'}` : 'No new or worse findings';
    const threshold = minSeverity ? ` at or above *${minSeverity}*` : '';
    const lines = [`${what}${threshold} in ${repository} since the last run.`];
    const counted = severityCounts(totals);
    if (counted)
        lines.push(`This run: ${counted}.`);
    return lines.join('\n');
}
function severityCounts(counts) {
    return _model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter((s) => (counts[s] ?? 0) > 0)
        .map((s) => `${counts[s]} ${s}`)
        .join(' · ');
}
function location(item) {
    const file = truncateStart(item.file, MAX_FILE);
    return Number.isInteger(item.line) && item.line > 0 ? `${file}:${item.line}` : file;
}
function changeLabel(item) {
    if (item.change === 'new')
        return 'new';
    return item.previousSeverity ? `worse (was ${item.previousSeverity})` : 'worse';
}
function itemText(item) {
    const title = `${EMOJI[item.severity]} *${item.severity}* · ${changeLabel(item)} · \`${escapeSlackText(truncate(item.ruleId, MAX_RULE_ID))}\``;
    const message = escapeSlackText(truncate(item.message, MAX_MESSAGE));
    const label = escapeSlackText(location(item));
    const withLink = `${title}\n${link(safeUrl(item.url), label)}: ${message}`;
    // Escaping can grow text fivefold (`&` → `&amp;`); without the link the raw caps keep it under the limit.
    return withLink.length <= SLACK_LIMITS.sectionText ? withLink : `${title}\n${label}: ${message}`;
}
function moreText(rest, runUrl) {
    const bySeverity = {};
    for (const item of rest)
        bySeverity[item.severity] = (bySeverity[item.severity] ?? 0) + 1;
    const where = runUrl ? ` ${link(runUrl, 'All of them are listed in the run')}.` : '';
    return `…and ${rest.length} more (${severityCounts(bySeverity)}).${where}`;
}
function issuesText(issues) {
    if (issues.length === 0)
        return undefined;
    const prefix = '*Alert issues:* ';
    const shown = [];
    let used = prefix.length + 40; // room for " …and N more"
    for (const issue of issues.slice(0, MAX_ISSUE_LINKS)) {
        const label = escapeSlackText(truncate(issue.title, MAX_TITLE));
        let text = link(safeUrl(issue.url), label);
        if (used + text.length + 3 > ISSUES_TEXT_BUDGET)
            text = label;
        if (used + text.length + 3 > ISSUES_TEXT_BUDGET)
            break;
        used += text.length + 3;
        shown.push(text);
    }
    const more = issues.length > shown.length ? ` …and ${issues.length - shown.length} more` : '';
    return `${prefix}${shown.join(' · ')}${more}`;
}
function fallbackText(items, newCount, worseCount, repository, runUrl) {
    const lines = [`Token Warden: ${headline(newCount, worseCount)} in ${escapeSlackText(repository)}.`];
    for (const item of items.slice(0, MAX_FALLBACK_ITEMS)) {
        lines.push(`• [${item.severity}, ${item.change}] ${escapeSlackText(truncate(item.ruleId, MAX_RULE_ID))} at ${escapeSlackText(location(item))}`);
    }
    if (items.length > MAX_FALLBACK_ITEMS)
        lines.push(`…and ${items.length - MAX_FALLBACK_ITEMS} more.`);
    if (runUrl)
        lines.push(`Run: ${runUrl}`);
    return lines.join('\n');
}
function mrkdwnSection(text) {
    return { type: 'section', text: { type: 'mrkdwn', text } };
}
/** Characters of text in the blocks, as Slack's limits count them (the escaped text that is sent). */
function blocksTextLength(blocks) {
    let total = 0;
    for (const block of blocks) {
        if (block.type === 'header')
            total += block.text.text.length;
        else if (block.type === 'section')
            total += (block.text?.text.length ?? 0) + (block.fields ?? []).reduce((n, f) => n + f.text.length, 0);
        else if (block.type === 'context')
            total += block.elements.reduce((n, e) => n + e.text.length, 0);
    }
    return total;
}


/***/ })

};

//# sourceMappingURL=101.index.js.map