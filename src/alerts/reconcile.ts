/**
 * The alert lifecycle (pure): desired alerts + the existing labelled issues → the operations that make GitHub match.
 *
 * - new key → create
 * - open, content changed → update title and body in place (a comment only when severity rose)
 * - open, unchanged → nothing
 * - closed (completed, or any reason but `not_planned`) and wanted again → reopen with a comment
 * - closed as `not_planned` by a person → stays closed (a suppression) unless severity rises to critical
 * - open but no longer wanted → close as `completed` with a short comment (only for run types this run checked)
 * - several open issues with one key (two runs at once) → keep the oldest, close the others as `duplicate`
 *
 * Issues without a Token Warden key marker are never touched. `state_reason` is sent only with a state change,
 * since GitHub ignores it otherwise.
 */
import { severityRank, type Severity } from '../model/severity.js';
import { parseMarkers, safeUrl, type AlertMarkers, type AlertType } from './body.js';
import type { DesiredAlert } from './plan.js';

/** An issue from `GET /repos/{o}/{r}/issues?labels=…&state=all` (pull requests already dropped). */
export interface ExistingIssue {
  number: number;
  /** The issue's id (for `duplicate_issue_id`). */
  id?: number;
  state: 'open' | 'closed' | string;
  state_reason?: string | null;
  body?: string | null;
  created_at: string;
  html_url: string;
}

export interface IssueRef {
  number: number;
  url: string;
}

export type Operation =
  | { kind: 'create'; key: string; title: string; body: string; severity: Severity }
  /** PATCH title and body; then `comment`, when severity rose. */
  | { kind: 'update'; key: string; issue: IssueRef; title: string; body: string; comment?: string }
  /** PATCH state open (with title and body), then the comment. */
  | { kind: 'reopen'; key: string; issue: IssueRef; title: string; body: string; comment: string }
  /** PATCH state closed as completed, then the comment. */
  | { kind: 'close'; key: string; issue: IssueRef; comment: string }
  /** PATCH state closed as duplicate of `keep`, then the comment. */
  | { kind: 'close-duplicate'; key: string; issue: IssueRef; keep: IssueRef & { id?: number }; comment: string }
  /** No write: the open issue already says this. */
  | { kind: 'unchanged'; key: string; issue: IssueRef }
  /** No write: a person closed the issue as not planned. */
  | { kind: 'suppressed'; key: string; issue: IssueRef };

/** Operations that write (everything but `unchanged` and `suppressed`). */
export type WriteOperation = Exclude<Operation, { kind: 'unchanged' | 'suppressed' }>;

export function isWrite(op: Operation): op is WriteOperation {
  return op.kind !== 'unchanged' && op.kind !== 'suppressed';
}

export interface ReconcileOptions {
  /** Linked from comments. */
  runUrl?: string;
  /** The scanned commit, named in closing comments. */
  ref?: string;
  /**
   * The run types this run checked (default: all). An open alert of another type is left alone: a run that only
   * scanned workflows says nothing about token expiry.
   */
  types?: readonly AlertType[];
}

interface Known {
  issue: ExistingIssue;
  markers: AlertMarkers;
  ref: IssueRef & { id?: number };
}

function oldestFirst(a: Known, b: Known): number {
  return Date.parse(a.issue.created_at) - Date.parse(b.issue.created_at) || a.issue.number - b.issue.number;
}

function runWords(options: ReconcileOptions): string {
  const url = safeUrl(options.runUrl);
  return url ? ` in [this run](${url})` : '';
}

function commitWords(options: ReconcileOptions): string {
  return options.ref && /^[0-9a-f]{7,64}$/i.test(options.ref) ? ` at commit ${options.ref.slice(0, 12)}` : '';
}

/** The operations that bring the labelled issues in line with the desired alerts, in the order to carry them out. */
export function reconcile(desired: readonly DesiredAlert[], existing: readonly ExistingIssue[], options: ReconcileOptions = {}): Operation[] {
  const byKey = new Map<string, Known[]>();
  for (const issue of existing) {
    const markers = parseMarkers(issue.body);
    if (!markers) continue;
    const ref = { number: issue.number, url: issue.html_url, ...(issue.id !== undefined ? { id: issue.id } : {}) };
    byKey.set(markers.key, [...(byKey.get(markers.key) ?? []), { issue, markers, ref }]);
  }

  const repairs: Operation[] = [];
  const primary: Operation[] = [];
  const resolved: Operation[] = [];
  const run = runWords(options);

  /** Keeps the oldest open issue of a key and closes the rest as its duplicates; returns the kept one. */
  const keepOldestOpen = (key: string, known: Known[]): Known | undefined => {
    const open = known.filter((k) => k.issue.state === 'open').sort(oldestFirst);
    const keep = open[0];
    for (const copy of open.slice(1)) {
      repairs.push({
        kind: 'close-duplicate',
        key,
        issue: { number: copy.ref.number, url: copy.ref.url },
        keep: keep!.ref,
        comment: `Duplicate of #${keep!.ref.number}: two Token Warden runs opened the same alert at once. Closing this copy; #${keep!.ref.number} stays open.`,
      });
    }
    return keep;
  };

  const wanted = new Set<string>();
  for (const alert of desired) {
    wanted.add(alert.key);
    const known = byKey.get(alert.key) ?? [];
    const open = keepOldestOpen(alert.key, known);
    if (open) {
      const ref = { number: open.ref.number, url: open.ref.url };
      if (open.markers.hash === alert.hash) {
        primary.push({ kind: 'unchanged', key: alert.key, issue: ref });
        continue;
      }
      const before = open.markers.severity;
      const rose = before !== undefined && severityRank(alert.severity) > severityRank(before);
      primary.push({
        kind: 'update',
        key: alert.key,
        issue: ref,
        title: alert.title,
        body: alert.body,
        ...(rose ? { comment: `Severity rose from **${before}** to **${alert.severity}**${run}.` } : {}),
      });
      continue;
    }

    // Closed ones: a duplicate only when nothing else is left; then the newest.
    const closed = known.filter((k) => k.issue.state !== 'open');
    const candidates = closed.filter((k) => k.issue.state_reason !== 'duplicate');
    const latest = (candidates.length ? candidates : closed).sort(oldestFirst).at(-1);
    if (!latest) {
      primary.push({ kind: 'create', key: alert.key, title: alert.title, body: alert.body, severity: alert.severity });
      continue;
    }
    const ref = { number: latest.ref.number, url: latest.ref.url };
    if (latest.issue.state_reason === 'not_planned') {
      const before = latest.markers.severity;
      const becameCritical = alert.severity === 'critical' && before !== 'critical';
      if (!becameCritical) {
        primary.push({ kind: 'suppressed', key: alert.key, issue: ref });
        continue;
      }
      primary.push({
        kind: 'reopen',
        key: alert.key,
        issue: ref,
        title: alert.title,
        body: alert.body,
        comment: `This was closed as not planned${before ? ` while ${before}` : ''}; it is now **critical**${run}, so Token Warden reopens it. Close it as not planned again to keep it closed while it stays critical.`,
      });
      continue;
    }
    primary.push({ kind: 'reopen', key: alert.key, issue: ref, title: alert.title, body: alert.body, comment: `Token Warden finds this again${run}: reopening.` });
  }

  const inScope = (markers: AlertMarkers) => options.types === undefined || markers.type === undefined || options.types.includes(markers.type);
  for (const [key, known] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
    if (wanted.has(key)) continue;
    const open = keepOldestOpen(key, known);
    if (!open || !inScope(open.markers)) continue;
    resolved.push({
      kind: 'close',
      key,
      issue: { number: open.ref.number, url: open.ref.url },
      comment: `Token Warden no longer reports this${run}${commitWords(options)}: closing as completed. It reopens if the problem comes back.`,
    });
  }

  return [...repairs, ...primary, ...resolved];
}
