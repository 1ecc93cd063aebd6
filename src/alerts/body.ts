/**
 * Issue bodies for alerts (pure): what, where (links to file#line at the scanned commit), why it matters, how to fix,
 * owner; two hidden markers (the alert's key, and the content hash, severity and run type) that later runs find
 * the issue by; and a size budget under GitHub's 65,536-character limit.
 *
 * Everything taken from scanned files (messages, paths, job ids, registry fields) goes through `escapeMarkdown`:
 * it cannot mention people or teams, reference or close issues, autolink URLs, or inject Markdown or HTML.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../model/finding.js';
import type { RuleMeta } from '../model/rule.js';
import { isSeverity, type Severity } from '../model/severity.js';
import { redactTokensIn } from '../workflows/secrets-text.js';

/** GitHub refuses bodies longer than this (422 "body is too long"). */
export const GITHUB_BODY_LIMIT = 65_536;
/** What bodies are kept under: room below GitHub's limit for the footer and counting differences. */
export const BODY_BUDGET = 60_000;
/** Raised when the layout of bodies changes, so that every alert is rewritten once. */
export const BODY_LAYOUT_VERSION = 1;

/** `scan`: workflow and registry findings (the scan); `expiry`: the expiry rules (`token-warden expiry`). */
export type AlertType = 'scan' | 'expiry';
export const ALERT_TYPES: readonly AlertType[] = ['scan', 'expiry'];

export type AlertGroupingKind = 'per-finding' | 'per-rule' | 'digest';

/** Where file#line links point: `${serverUrl}/${repository}/blob/${ref}/${file}#L${line}`. */
export interface AlertLinks {
  serverUrl: string;
  repository: string;
  /** The scanned commit (a SHA), so links keep pointing at the lines that were flagged. */
  ref: string;
}

/** What one alert issue says, before rendering. */
export interface AlertContent {
  key: string;
  title: string;
  /** The most severe of the items. */
  severity: Severity;
  type: AlertType;
  grouping: AlertGroupingKind;
  /** Most severe first. */
  items: ReadonlyArray<{ finding: Finding; owner?: string }>;
}

export interface BodyOptions {
  links?: AlertLinks;
  /** The workflow run that produced the alert (volatile: not part of the content hash). */
  runUrl?: string;
  ruleMeta?: (ruleId: string) => RuleMeta | undefined;
  /** Base URL that rule docs anchors (`#rule-permissions`) are appended to, e.g. the tool's README on GitHub. */
  docsUrl?: string;
  /** Owners that are valid GitHub handles (`@user`, `@org/team`) are written as real mentions. Default false. */
  mentionOwners?: boolean;
  /** Shown in the footer (volatile). */
  toolVersion?: string;
  /** Character budget of the body; default BODY_BUDGET. */
  budget?: number;
}

export interface RenderedBody {
  body: string;
  /** Content hash (hex), also stored in the body's state marker. */
  hash: string;
  /** Findings left out to stay within the budget. */
  omitted: number;
}

// ---- escaping ---------------------------------------------------------------------------------------------------

const ZWSP = '\u200b';
/** C0/C1 controls, line and paragraph separators, bidirectional overrides and isolates (Trojan Source). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
/** Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all of them is the safe rule. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
const MAX_TEXT = 2000;

function clean(text: string, maxLength: number): string {
  const flat = redactTokensIn(String(text)).replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  // Do not cut a surrogate pair in half.
  return `${flat.slice(0, maxLength - 1).replace(/[\ud800-\udbff]$/, '')}…`;
}

/**
 * Plain text that renders as itself: every ASCII punctuation backslash-escaped (no emphasis, links, images, HTML,
 * entities, tables, headings), and a zero-width space after `@` and `#`, in `GH-`, `://` and `www.`, which GitHub
 * would otherwise turn into mentions, issue references (and closing keywords' targets) or links.
 */
function escapePlain(text: string): string {
  return text
    .replace(ASCII_PUNCTUATION, '\\$&')
    .replace(/\\([@#])/g, `\\$1${ZWSP}`)
    .replace(/\b(gh)\\-/gi, `$1\\-${ZWSP}`)
    .replace(/\\:(?=\\\/\\\/)/g, `\\:${ZWSP}`)
    .replace(/\b(www)(?=\\\.)/gi, `$1${ZWSP}`);
}

/**
 * Untrusted text for an issue body, on one line: token literals redacted, controls and line breaks flattened,
 * `…` past `maxLength`. Text between a pair of backticks (the rules write `permissions: write` so) stays a code
 * span, where GitHub neither mentions, links nor renders anything; the rest is escaped by `escapePlain`.
 */
export function escapeMarkdown(text: string, maxLength = MAX_TEXT): string {
  const parts = clean(text, maxLength).split('`');
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const closed = i < parts.length - 1;
    if (i % 2 === 0) out += escapePlain(part);
    else if (closed && part.trim() !== '' && !/<!--|-->/.test(part)) out += `\`${part}\``;
    else out += `\\\`${escapePlain(part)}${closed ? '\\`' : ''}`;
  }
  return out;
}

/** A code span for our own identifiers (rule ids, fingerprints); escaped text when it holds a backtick. */
export function code(text: string): string {
  const flat = clean(text, 200);
  return flat.includes('`') || flat === '' ? escapeMarkdown(flat) : `\`${flat}\``;
}

/**
 * Issue titles are not Markdown (backslashes would show), but GitHub still links `#1` and `@user` in places that
 * show them: flatten, redact, break those with a zero-width space, and keep under GitHub's 256 characters.
 */
export function sanitizeTitle(text: string, maxLength = 200): string {
  return clean(text, maxLength)
    .replace(/([@#])/g, `$1${ZWSP}`)
    .replace(/\b(gh)-/gi, `$1-${ZWSP}`)
    .replace(/:(?=\/\/)/g, `:${ZWSP}`);
}

/** An alert key safe inside an HTML comment: `[A-Za-z0-9._:/-]`, no `--`, at most 200 characters. */
export function sanitizeKey(key: string): string {
  const safe = key
    .replace(/[^A-Za-z0-9._:/-]/g, '_')
    .replace(/-{2,}/g, '-')
    .slice(0, 200);
  return safe === '' ? '_' : safe;
}

/** An absolute http(s) URL with no characters that could end a Markdown link, or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const encoded = encodeURI(url.trim()).replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/%25([0-9A-Fa-f]{2})/g, '%$1');
  return /^https?:\/\/[^\s<>"'`\\[\]]+$/.test(encoded) ? encoded : undefined;
}

function encodePath(path: string): string {
  return path
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** `${serverUrl}/${repository}/blob/${ref}/${file}#L${line}`, or undefined when the parts do not make a safe URL. */
export function blobUrl(links: AlertLinks | undefined, file: string, line: number): string | undefined {
  if (!links || !/^[\w.-]+\/[\w.-]+$/.test(links.repository) || links.ref === '') return undefined;
  const server = safeUrl(links.serverUrl.replace(/\/+$/, ''));
  if (!server) return undefined;
  return `${server}/${links.repository}/blob/${encodePath(links.ref)}/${encodePath(file)}#L${Math.max(1, Math.floor(line))}`;
}

const HANDLE = /^@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/;

/**
 * An owner from the registry. Escaped (no notification) unless `mention` is on and every comma- or space-separated
 * part is a GitHub handle written with its `@` (`@user`, `@org/team`): then those are real mentions.
 */
export function renderOwner(owner: string, mention = false): string {
  const parts = clean(owner, 300).split(/[\s,]+/).filter(Boolean);
  if (mention && parts.length > 0 && parts.every((p) => HANDLE.test(p))) return parts.join(', ');
  return escapeMarkdown(owner, 300);
}

// ---- markers ----------------------------------------------------------------------------------------------------

export interface AlertMarkers {
  key: string;
  hash?: string;
  severity?: Severity;
  type?: AlertType;
}

export function keyMarker(key: string): string {
  return `<!-- token-warden:key=${sanitizeKey(key)} -->`;
}

export function stateMarker(state: { hash: string; severity: Severity; type: AlertType }): string {
  return `<!-- token-warden:state v=${BODY_LAYOUT_VERSION} hash=${state.hash} severity=${state.severity} type=${state.type} -->`;
}

const KEY_MARKER = /<!-- token-warden:key=([A-Za-z0-9._:/-]{1,200}) -->/;
const STATE_MARKER = /<!-- token-warden:state ([^>]{0,300}) -->/;

/**
 * The markers of an issue body; undefined for a body without a key marker (never a Token Warden alert). Only the
 * head of the body is read, where Token Warden writes them.
 */
export function parseMarkers(body: string | null | undefined): AlertMarkers | undefined {
  if (!body) return undefined;
  const head = body.slice(0, 1000);
  const key = KEY_MARKER.exec(head)?.[1];
  if (!key) return undefined;
  const fields: Record<string, string> = {};
  for (const pair of (STATE_MARKER.exec(head)?.[1] ?? '').split(/\s+/)) {
    const eq = pair.indexOf('=');
    if (eq > 0) fields[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const markers: AlertMarkers = { key };
  if (fields.hash && /^[0-9a-f]{8,64}$/.test(fields.hash)) markers.hash = fields.hash;
  if (fields.severity && isSeverity(fields.severity)) markers.severity = fields.severity;
  if (fields.type === 'scan' || fields.type === 'expiry') markers.type = fields.type;
  return markers;
}

// ---- rendering --------------------------------------------------------------------------------------------------

const ICON: Record<Severity, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜' };
const MAX_RELATED = 3;

/**
 * The content hash: everything the body says except what changes on every run (run URL, scanned commit, tool
 * version). An unchanged alert has an unchanged hash, so a re-run writes nothing.
 */
export function contentHash(content: AlertContent, options: BodyOptions = {}): string {
  const meta = (id: string) => options.ruleMeta?.(id);
  const canonical = {
    v: BODY_LAYOUT_VERSION,
    key: sanitizeKey(content.key),
    title: content.title,
    severity: content.severity,
    type: content.type,
    grouping: content.grouping,
    links: options.links ? [options.links.serverUrl, options.links.repository] : null,
    docs: options.docsUrl ?? null,
    mention: options.mentionOwners === true,
    budget: options.budget ?? BODY_BUDGET,
    rules: [...new Set(content.items.map((i) => i.finding.ruleId))].map((id) => [id, meta(id)?.summary ?? null, meta(id)?.remediation ?? null, meta(id)?.docs ?? null]),
    items: content.items.map(({ finding: f, owner }) => [
      f.ruleId,
      f.severity,
      f.fingerprint,
      f.message,
      f.location.file,
      f.location.startLine,
      (f.related ?? []).slice(0, MAX_RELATED).map((r) => [r.message, r.location.file, r.location.startLine]),
      owner ?? null,
    ]),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 40);
}

function where(finding: Finding, links: AlertLinks | undefined): string {
  const { file, startLine } = finding.location;
  const text = escapeMarkdown(`${file}:${startLine}`, 500);
  const url = blobUrl(links, file, startLine);
  return url ? `[${text}](${url})` : text;
}

function ruleLine(ruleId: string, options: BodyOptions): { why?: string; fix?: string } {
  const meta = options.ruleMeta?.(ruleId);
  if (!meta) return {};
  const docs = meta.docs.startsWith('#') ? safeUrl(options.docsUrl ? `${options.docsUrl}${meta.docs}` : undefined) : undefined;
  return { why: ownText(meta.summary), fix: `${ownText(meta.remediation)}${docs ? ` ([docs](${docs}))` : ''}` };
}

/**
 * Token Warden's own rule texts are Markdown (code spans); flattened to one line, and outside code spans an `@` or
 * `#` that GitHub would link gets a zero-width space, so a future wording cannot ping anyone either.
 */
function ownText(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .split('`')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(^|[^\w])([@#])(?=[A-Za-z0-9])/g, `$1$2${ZWSP}`)))
    .join('`');
}

function findingDetail(finding: Finding, owner: string | undefined, options: BodyOptions): string[] {
  const out = [`**What:** ${escapeMarkdown(finding.message)}`, '', `**Where:** ${where(finding, options.links)}`];
  for (const r of (finding.related ?? []).slice(0, MAX_RELATED)) out.push(`- ${escapeMarkdown(r.message, 300)}: ${where({ ...finding, location: r.location }, options.links)}`);
  if ((finding.related?.length ?? 0) > MAX_RELATED) out.push(`- and ${finding.related!.length - MAX_RELATED} more place(s)`);
  const { why, fix } = ruleLine(finding.ruleId, options);
  if (why) out.push('', `**Why it matters:** ${why}`);
  if (fix) out.push('', `**How to fix:** ${fix}`);
  if (owner) out.push('', `**Owner:** ${renderOwner(owner, options.mentionOwners)}`);
  return out;
}

function findingItem(finding: Finding, owner: string | undefined, options: BodyOptions): string {
  const parts = [`${ICON[finding.severity]} **${finding.severity}** ${escapeMarkdown(finding.message)}`, where(finding, options.links)];
  if (owner) parts.push(`owner: ${renderOwner(owner, options.mentionOwners)}`);
  return `- ${parts.join(' · ')}`;
}

function footer(content: AlertContent, options: BodyOptions): string {
  const parts: string[] = [];
  const run = safeUrl(options.runUrl);
  parts.push(run ? `Updated by [this Token Warden run](${run})` : 'Updated by Token Warden');
  if (options.links?.ref && /^[0-9a-f]{7,64}$/i.test(options.links.ref)) parts.push(`at commit ${options.links.ref.slice(0, 12)}`);
  if (options.toolVersion) parts.push(`(v${escapeMarkdown(options.toolVersion, 40)})`);
  return [
    '---',
    `<sub>${parts.join(' ')}. Token Warden keeps this issue current and closes it when the problem is gone; close it as *not planned* to silence it${content.severity === 'critical' ? '' : ' (it reopens only if the problem becomes critical)'}. Alert key ${code(content.key)}.</sub>`,
  ].join('\n');
}

/** Renders the issue body of an alert, within the budget (findings past it are counted in a note). */
export function renderAlertBody(content: AlertContent, options: BodyOptions = {}): RenderedBody {
  const hash = contentHash(content, options);
  const budget = Math.min(options.budget ?? BODY_BUDGET, BODY_BUDGET);
  const head = [keyMarker(content.key), stateMarker({ hash, severity: content.severity, type: content.type }), ''];
  const tail = ['', footer(content, options)];
  const count = content.items.length;
  const worst = `${ICON[content.severity]} ${content.severity}`;

  // Sections in order; `finding` ones are counted when the budget leaves them out.
  const sections: Array<{ text: string; finding: boolean }> = [];
  if (content.grouping === 'per-finding' && count === 1) {
    const { finding, owner } = content.items[0]!;
    sections.push({ text: [`### ${ICON[finding.severity]} ${finding.severity}: ${code(finding.ruleId)}`, '', ...findingDetail(finding, owner, options)].join('\n'), finding: true });
  } else {
    sections.push({ text: `**Token Warden** reports ${count} finding${count === 1 ? '' : 's'} here (worst: ${worst}).`, finding: false });
    const byRule = new Map<string, Array<{ finding: Finding; owner?: string }>>();
    for (const item of content.items) byRule.set(item.finding.ruleId, [...(byRule.get(item.finding.ruleId) ?? []), item]);
    for (const [ruleId, items] of byRule) {
      const { why, fix } = ruleLine(ruleId, options);
      const section = ['', `### ${ICON[items[0]!.finding.severity]} ${code(ruleId)} (${items.length})`, ''];
      if (why) section.push(`**Why it matters:** ${why}`, '');
      if (fix) section.push(`**How to fix:** ${fix}`, '');
      sections.push({ text: section.join('\n'), finding: false });
      for (const { finding, owner } of items) sections.push({ text: findingItem(finding, owner, options), finding: true });
    }
  }

  // Room for the markers, the footer and the note about what was left out.
  let length = [...head, ...tail].join('\n').length + 400;
  const kept: string[] = [];
  let omitted = 0;
  let full = false;
  for (const section of sections) {
    full ||= length + section.text.length + 1 > budget;
    if (full) {
      if (section.finding) omitted += 1;
      continue;
    }
    kept.push(section.text);
    length += section.text.length + 1;
  }
  if (omitted > 0) kept.push('', `> [!NOTE]\n> ${omitted} more finding${omitted === 1 ? ' is' : 's are'} not shown: GitHub limits issue bodies to ${GITHUB_BODY_LIMIT.toLocaleString('en-US')} characters. The run's report lists every finding.`);
  const body = [...head, ...kept, ...tail].join('\n');
  return { body, hash, omitted };
}
