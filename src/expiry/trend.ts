/**
 * The trend between two runs of the expiry check: findings that are new or resolved, findings and tokens that grew
 * worse or better, and every token whose status changed — from two saved states (src/expiry/state/state.ts). Pure.
 *
 * Urgency of a status, most urgent first: expired > critical > warning > info > unknown > ok. `unknown` sits just
 * above `ok`: no date is less reassuring than a date far off, but less urgent than a date within the thresholds. So
 * ok → unknown is worse and unknown → ok better. Losing a date does not make a token less urgent, so a move from a
 * dated urgent status (expired, critical, warning, info) to `unknown` is neither worse nor better: it is listed among
 * the status changes only. Severity follows src/model/severity.ts (critical > high > medium > low > info).
 */
import { severityRank, type Severity } from '../model/severity.js';
import type { ExpiryStatus } from './policy.js';
import { cell } from './plan.js';
import type { ExpiryState, FindingState } from './state/state.js';

const URGENCY: Record<ExpiryStatus, number> = { expired: 5, critical: 4, warning: 3, info: 2, unknown: 1, ok: 0 };

/** Numeric urgency of a status: expired = 5 … ok = 0 (see the module comment for `unknown`). */
export function statusUrgency(status: ExpiryStatus): number {
  return URGENCY[status];
}

/** How a token's status moved between two runs. */
export type StatusDirection = 'worse' | 'better' | 'changed';

export function statusDirection(from: ExpiryStatus, to: ExpiryStatus): StatusDirection | undefined {
  if (from === to) return undefined;
  if (URGENCY[to] > URGENCY[from]) return 'worse';
  if (to === 'unknown') return 'changed';
  return 'better';
}

/** A finding still reported, at another severity. */
export interface SeverityChange {
  kind: 'severity';
  fingerprint: string;
  ruleId: string;
  token?: string;
  from: Severity;
  to: Severity;
}

/** A token still registered, with another status. */
export interface StatusChange {
  kind: 'status';
  token: string;
  from: ExpiryStatus;
  to: ExpiryStatus;
  /** Days left now (null without a date). */
  daysLeft: number | null;
}

export type TrendChange = SeverityChange | StatusChange;

/** One token whose status changed, or that was added to or removed from the registry. */
export interface TokenStatusChange {
  token: string;
  /** null: the token is new in the registry. */
  from: ExpiryStatus | null;
  /** null: the token left the registry. */
  to: ExpiryStatus | null;
  daysLeft: number | null;
  direction: StatusDirection | 'added' | 'removed';
}

export interface Trend {
  /** No previous state: nothing to compare, and every list is empty. */
  firstRun: boolean;
  previousSavedAt: string | null;
  currentSavedAt: string;
  /** Reported now, not last time (by fingerprint). */
  newFindings: FindingState[];
  /** Reported last time, not now. */
  resolvedFindings: FindingState[];
  /** Same fingerprint at a higher severity, or same token at a more urgent status. */
  worse: TrendChange[];
  /** Same fingerprint at a lower severity, or same token at a less urgent status. */
  better: TrendChange[];
  /** Every token whose status changed, was added or was removed; by token name. */
  statusChanges: TokenStatusChange[];
  /** Compared, and nothing above changed. */
  unchanged: boolean;
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byFinding(a: FindingState, b: FindingState): number {
  return byText(a.token ?? '\uffff', b.token ?? '\uffff') || byText(a.ruleId, b.ruleId) || byText(a.fingerprint, b.fingerprint);
}

function changeToken(c: TrendChange): string {
  return c.token ?? '\uffff';
}

function byChange(a: TrendChange, b: TrendChange): number {
  // A token's status first, then its findings.
  return byText(changeToken(a), changeToken(b)) || (a.kind === b.kind ? 0 : a.kind === 'status' ? -1 : 1) || byText(a.kind === 'severity' ? a.ruleId : '', b.kind === 'severity' ? b.ruleId : '');
}

/** What changed from `previous` (undefined: the first run) to `current`. */
export function compareRuns(previous: ExpiryState | undefined, current: ExpiryState): Trend {
  const trend: Trend = {
    firstRun: previous === undefined,
    previousSavedAt: previous?.savedAt ?? null,
    currentSavedAt: current.savedAt,
    newFindings: [],
    resolvedFindings: [],
    worse: [],
    better: [],
    statusChanges: [],
    unchanged: false,
  };
  if (!previous) return trend;

  const before = new Map(previous.findings.map((f) => [f.fingerprint, f]));
  const now = new Map(current.findings.map((f) => [f.fingerprint, f]));
  for (const f of current.findings) {
    const old = before.get(f.fingerprint);
    if (!old) {
      trend.newFindings.push(f);
      continue;
    }
    const delta = severityRank(f.severity) - severityRank(old.severity);
    if (delta === 0) continue;
    const change: SeverityChange = { kind: 'severity', fingerprint: f.fingerprint, ruleId: f.ruleId, ...(f.token !== undefined ? { token: f.token } : {}), from: old.severity, to: f.severity };
    (delta > 0 ? trend.worse : trend.better).push(change);
  }
  for (const f of previous.findings) if (!now.has(f.fingerprint)) trend.resolvedFindings.push(f);

  const names = [...new Set([...Object.keys(previous.tokens), ...Object.keys(current.tokens)])].sort(byText);
  for (const token of names) {
    const old = Object.hasOwn(previous.tokens, token) ? previous.tokens[token] : undefined;
    const cur = Object.hasOwn(current.tokens, token) ? current.tokens[token] : undefined;
    if (!old && cur) trend.statusChanges.push({ token, from: null, to: cur.status, daysLeft: cur.daysLeft, direction: 'added' });
    else if (old && !cur) trend.statusChanges.push({ token, from: old.status, to: null, daysLeft: null, direction: 'removed' });
    else if (old && cur) {
      const direction = statusDirection(old.status, cur.status);
      if (!direction) continue;
      trend.statusChanges.push({ token, from: old.status, to: cur.status, daysLeft: cur.daysLeft, direction });
      const change: StatusChange = { kind: 'status', token, from: old.status, to: cur.status, daysLeft: cur.daysLeft };
      if (direction === 'worse') trend.worse.push(change);
      else if (direction === 'better') trend.better.push(change);
    }
  }

  trend.newFindings.sort(byFinding);
  trend.resolvedFindings.sort(byFinding);
  trend.worse.sort(byChange);
  trend.better.sort(byChange);
  trend.unchanged = !trend.newFindings.length && !trend.resolvedFindings.length && !trend.worse.length && !trend.better.length && !trend.statusChanges.length;
  return trend;
}

/** One line of the rendered trend: change, token, what (a rule id, or `status`), before, after. */
interface TrendRow {
  change: string;
  token: string | null;
  what: string;
  was: string | null;
  now: string | null;
}

function changeRow(label: string, c: TrendChange): TrendRow {
  return c.kind === 'status'
    ? { change: label, token: c.token, what: 'status', was: c.from, now: c.to }
    : { change: label, token: c.token ?? null, what: c.ruleId, was: c.from, now: c.to };
}

/** Rows, most pressing first: worse, new, resolved, better, then the other status changes. */
function trendRows(trend: Trend): TrendRow[] {
  return [
    ...trend.worse.map((c) => changeRow('worse', c)),
    ...trend.newFindings.map((f) => ({ change: 'new', token: f.token ?? null, what: f.ruleId, was: null, now: f.severity })),
    ...trend.resolvedFindings.map((f) => ({ change: 'resolved', token: f.token ?? null, what: f.ruleId, was: f.severity, now: null })),
    ...trend.better.map((c) => changeRow('better', c)),
    ...trend.statusChanges
      .filter((s) => s.direction !== 'worse' && s.direction !== 'better')
      .map((s) => ({ change: s.direction, token: s.token, what: 'status', was: s.from, now: s.to })),
  ];
}

/** At most this many rows are rendered; the rest are counted. */
const MAX_ROWS = 100;

function countsText(trend: Trend, strong: (s: string) => string): string {
  const other = trend.statusChanges.filter((s) => s.direction !== 'worse' && s.direction !== 'better').length;
  const parts = [
    [trend.newFindings.length, 'new'],
    [trend.resolvedFindings.length, 'resolved'],
    [trend.worse.length, 'worse'],
    [trend.better.length, 'better'],
  ].map(([n, label]) => (n ? strong(`${n} ${label}`) : `0 ${label}`));
  if (other) parts.push(`${other} other status change${other === 1 ? '' : 's'}`);
  return parts.join(', ');
}

export function renderTrendMarkdown(trend: Trend): string {
  const out = ['### Since the last run', ''];
  if (trend.firstRun) return [...out, 'First run: nothing to compare.', ''].join('\n');
  const since = `the run of ${cell(trend.previousSavedAt ?? '—')}`;
  if (trend.unchanged) return [...out, `No change since ${since}.`, ''].join('\n');
  out.push(`Compared with ${since}: ${countsText(trend, (s) => `**${s}**`)}.`, '');
  out.push('| Change | Token | What | Was | Now |', '| --- | --- | --- | --- | --- |');
  const rows = trendRows(trend);
  for (const r of rows.slice(0, MAX_ROWS)) {
    const now = r.now === null ? '—' : r.change === 'worse' || r.change === 'new' ? `**${cell(r.now)}**` : cell(r.now);
    out.push(`| ${r.change} | ${r.token === null ? '—' : `\`${cell(r.token)}\``} | ${cell(r.what)} | ${r.was === null ? '—' : cell(r.was)} | ${now} |`);
  }
  if (rows.length > MAX_ROWS) out.push('', `… and ${rows.length - MAX_ROWS} more.`);
  out.push('');
  return out.join('\n');
}

/** Control characters out of a terminal line (a name comes from the registry file). */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

export function renderTrendText(trend: Trend): string {
  if (trend.firstRun) return 'Since the last run: first run: nothing to compare\n';
  const since = plain(trend.previousSavedAt ?? '—');
  if (trend.unchanged) return `Since the last run (${since}): no change\n`;
  const rows = trendRows(trend);
  const shown = rows.slice(0, MAX_ROWS).map((r) => [r.change, r.token === null ? '—' : plain(r.token), plain(r.what), `${r.was ?? '—'} → ${r.now ?? '—'}`]);
  const widths = [0, 1, 2].map((i) => Math.max(...shown.map((row) => row[i]!.length)));
  const out = [`Since the last run (${since}): ${countsText(trend, (s) => s)}`];
  for (const row of shown) out.push('  ' + row.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join('  '));
  if (rows.length > MAX_ROWS) out.push(`  … and ${rows.length - MAX_ROWS} more`);
  return out.join('\n') + '\n';
}
