/**
 * Issue alerts against GitHub (I/O): lists the labelled issues (state=all, paginated; never the search API, which
 * lags), reconciles them with the desired alerts (./reconcile.ts) and carries the operations out one after another
 * through the project's client, which spaces writes and retries what can succeed later.
 *
 * Best effort: a write that still fails is reported in `errors` and the run goes on; the next run converges (the
 * lifecycle is computed from GitHub's state every time). A 403 on a write (read-only token, fork pull request) stops
 * all writes, said once. An unchanged re-run makes no writes; with nothing new it makes one call per 100 alerts.
 */
import type { GitHubClient } from '../github/client.js';
import { GitHubAuthError, GitHubForbiddenError, GitHubNotFoundError, GitHubRateLimitError, GitHubValidationError } from '../github/errors.js';
import { GITHUB_BODY_LIMIT, type AlertType } from './body.js';
import type { DesiredAlert } from './plan.js';
import { isWrite, reconcile, type ExistingIssue, type Operation, type WriteOperation } from './reconcile.js';

export const DEFAULT_LABEL = 'token-warden';
export const DEFAULT_LABEL_COLOR = 'b60205';
export const DEFAULT_LABEL_DESCRIPTION = 'Alerts that Token Warden opens, updates and closes';
/** Writes per run at most; the rest waits for the next run (GitHub allows about 80 content-creating requests a minute). */
export const DEFAULT_MAX_WRITES = 60;

export interface IssueAlertsOptions {
  client: GitHubClient;
  /** `owner/name` */
  repository: string;
  desired: readonly DesiredAlert[];
  /** The label that marks alert issues; default `token-warden`. Created when missing. */
  label?: string;
  /** Six hex digits, no `#`; default b60205. */
  labelColor?: string;
  labelDescription?: string;
  /** Assigned to new issues only (people may reassign later). */
  assignees?: readonly string[];
  /** Plan only: list and reconcile, write nothing. */
  dryRun?: boolean;
  /** Linked from comments. */
  runUrl?: string;
  /** The scanned commit, named in closing comments. */
  ref?: string;
  /** The run types this run checked; open alerts of other types are not closed. Default: all. */
  types?: readonly AlertType[];
  /** Default DEFAULT_MAX_WRITES. */
  maxWrites?: number;
  log?: { info(message: string): void; warn(message: string): void };
}

export interface AlertIssue {
  number: number;
  url: string;
  key: string;
}

export interface IssueAlertsResult {
  opened: number;
  updated: number;
  /** Closed as completed, and duplicates closed. */
  closed: number;
  reopened: number;
  /** Of `closed`: copies closed as duplicates. */
  duplicatesClosed: number;
  /** The open alert issues after the run, one per desired alert that has one. */
  issues: AlertIssue[];
  /** Alerts a person closed as not planned (left closed). */
  suppressed: AlertIssue[];
  /** What could not be done, one line each; empty when everything went through. */
  errors: string[];
  /** API requests made (list pages, label check, writes; the client's retries not counted). */
  calls: number;
  /** Write requests made. */
  writes: number;
  /** Write operations left for the next run (the per-run write limit, a read-only token, a used-up rate limit). */
  deferred: number;
  /** The plan, in order (in a dry run: what would have been done). */
  operations: Operation[];
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function opWords(op: WriteOperation): string {
  switch (op.kind) {
    case 'create':
      return `open an issue for alert ${op.key}`;
    case 'update':
      return `update issue #${op.issue.number} (alert ${op.key})`;
    case 'reopen':
      return `reopen issue #${op.issue.number} (alert ${op.key})`;
    case 'close':
      return `close issue #${op.issue.number} (alert ${op.key})`;
    case 'close-duplicate':
      return `close duplicate issue #${op.issue.number} (alert ${op.key})`;
  }
}

function fitBody(body: string): string {
  return body.length <= GITHUB_BODY_LIMIT ? body : `${body.slice(0, GITHUB_BODY_LIMIT - 100)}\n\n(truncated)`;
}

/** Lists, reconciles and writes. Never throws for GitHub failures: they end up in `errors`. */
export async function runIssueAlerts(options: IssueAlertsOptions): Promise<IssueAlertsResult> {
  const { client, desired } = options;
  const [owner, repo] = options.repository.split('/');
  const label = options.label?.trim() || DEFAULT_LABEL;
  const maxWrites = options.maxWrites ?? DEFAULT_MAX_WRITES;
  const result: IssueAlertsResult = { opened: 0, updated: 0, closed: 0, reopened: 0, duplicatesClosed: 0, issues: [], suppressed: [], errors: [], calls: 0, writes: 0, deferred: 0, operations: [] };
  if (!owner || !repo) {
    result.errors.push(`issue alerts need the repository as owner/name (got "${options.repository}")`);
    return result;
  }

  // 1. Every labelled issue, open and closed (pull requests come back too: dropped).
  const existing: ExistingIssue[] = [];
  let labelledItems = 0;
  try {
    const pages = client.paginate.iterator(client.rest.issues.listForRepo, { owner, repo, labels: label, state: 'all', per_page: 100 });
    for await (const page of pages) {
      result.calls += 1;
      for (const item of page.data) {
        labelledItems += 1;
        if (item.pull_request) continue;
        existing.push({ number: item.number, id: item.id, state: item.state, state_reason: item.state_reason ?? null, body: item.body ?? null, created_at: item.created_at, html_url: item.html_url });
      }
    }
  } catch (error) {
    result.calls += 1;
    const why = error instanceof GitHubNotFoundError ? ' (issues are disabled, or the token cannot see the repository)' : '';
    result.errors.push(`could not list the alert issues of ${options.repository}${why}: ${describe(error)}; no issue was written`);
    return result;
  }

  // 2. The plan.
  const operations = reconcile(desired, existing, { ...(options.runUrl ? { runUrl: options.runUrl } : {}), ...(options.ref ? { ref: options.ref } : {}), ...(options.types ? { types: options.types } : {}) });
  result.operations = operations;
  const ref = (op: Operation & { issue: { number: number; url: string } }): AlertIssue => ({ number: op.issue.number, url: op.issue.url, key: op.key });
  for (const op of operations) {
    if (op.kind === 'unchanged') result.issues.push(ref(op));
    if (op.kind === 'suppressed') result.suppressed.push(ref(op));
    // A stale body is still an open alert; so is an issue whose update fails below.
    if (op.kind === 'update') result.issues.push(ref(op));
  }
  const writes = operations.filter(isWrite);
  if (options.dryRun || writes.length === 0) return finish(result, desired);

  // 3. Writes, one after another.
  let stopped: string | undefined;
  const write = async <T>(what: () => Promise<T>): Promise<T> => {
    result.calls += 1;
    result.writes += 1;
    return what();
  };
  const fail = (op: WriteOperation | undefined, error: unknown, what?: string): void => {
    if (error instanceof GitHubForbiddenError || error instanceof GitHubAuthError) {
      const missing = error instanceof GitHubForbiddenError && error.missing ? error.missing : 'issues: write';
      stopped = `Token Warden cannot write issues in ${options.repository} (${error.status}: the token lacks ${missing}; a read-only token or a pull request from a fork): no alert issue was changed after that`;
      return;
    }
    if (error instanceof GitHubRateLimitError && error.limit === 'primary') {
      stopped = `GitHub's rate limit is used up${error.resetAt ? ` until ${error.resetAt.toISOString()}` : ''}: the remaining alert changes wait for the next run`;
    }
    result.errors.push(`could not ${what ?? (op ? opWords(op) : 'write')}: ${describe(error)}`);
  };

  // The label, only when an issue is about to be created and the list did not prove it exists.
  if (writes.some((op) => op.kind === 'create') && labelledItems === 0) {
    try {
      result.calls += 1;
      await client.rest.issues.getLabel({ owner, repo, name: label });
    } catch (error) {
      if (!(error instanceof GitHubNotFoundError)) fail(undefined, error, `check the label "${label}"`);
      else {
        try {
          await write(() => client.rest.issues.createLabel({ owner, repo, name: label, color: (options.labelColor ?? DEFAULT_LABEL_COLOR).replace(/^#/, ''), description: (options.labelDescription ?? DEFAULT_LABEL_DESCRIPTION).slice(0, 100) }));
        } catch (createError) {
          // Another run created it meanwhile: fine. Otherwise GitHub creates a plain label with the first issue.
          if (!(createError instanceof GitHubValidationError)) fail(undefined, createError, `create the label "${label}"`);
        }
      }
    }
  }

  const comment = async (op: WriteOperation, number: number, body: string | undefined): Promise<void> => {
    if (!body || stopped) return;
    try {
      await write(() => client.rest.issues.createComment({ owner, repo, issue_number: number, body }));
    } catch (error) {
      fail(op, error, `comment on issue #${number} (alert ${op.key})`);
    }
  };

  let done = 0;
  for (const op of writes) {
    if (stopped || done >= maxWrites) {
      result.deferred += 1;
      continue;
    }
    done += 1;
    try {
      switch (op.kind) {
        case 'create': {
          const base = { owner, repo, title: op.title, body: fitBody(op.body), labels: [label] };
          let created;
          try {
            created = await write(() => client.rest.issues.create({ ...base, ...(options.assignees?.length ? { assignees: [...options.assignees] } : {}) }));
          } catch (error) {
            // An assignee GitHub refuses (no access, no such user) must not cost the alert itself.
            if (!(error instanceof GitHubValidationError) || !options.assignees?.length) throw error;
            result.errors.push(`could not assign ${options.assignees.join(', ')} to the issue for alert ${op.key}: ${describe(error)}; opened it unassigned`);
            created = await write(() => client.rest.issues.create(base));
          }
          result.opened += 1;
          result.issues.push({ number: created.data.number, url: created.data.html_url, key: op.key });
          break;
        }
        case 'update':
          await write(() => client.rest.issues.update({ owner, repo, issue_number: op.issue.number, title: op.title, body: fitBody(op.body) }));
          result.updated += 1;
          await comment(op, op.issue.number, op.comment);
          break;
        case 'reopen':
          await write(() => client.rest.issues.update({ owner, repo, issue_number: op.issue.number, state: 'open', state_reason: 'reopened', title: op.title, body: fitBody(op.body) }));
          result.reopened += 1;
          result.issues.push({ number: op.issue.number, url: op.issue.url, key: op.key });
          await comment(op, op.issue.number, op.comment);
          break;
        case 'close':
          await write(() => client.rest.issues.update({ owner, repo, issue_number: op.issue.number, state: 'closed', state_reason: 'completed' }));
          result.closed += 1;
          await comment(op, op.issue.number, op.comment);
          break;
        case 'close-duplicate': {
          const duplicate = { owner, repo, issue_number: op.issue.number, state: 'closed' as const, state_reason: 'duplicate' as const };
          try {
            await write(() => client.rest.issues.update({ ...duplicate, ...(op.keep.id !== undefined ? { duplicate_issue_id: op.keep.id } : {}) }));
          } catch (error) {
            // Servers without `duplicate` (older GitHub Enterprise Server) refuse it: close as completed instead.
            if (!(error instanceof GitHubValidationError)) throw error;
            await write(() => client.rest.issues.update({ owner, repo, issue_number: op.issue.number, state: 'closed', state_reason: 'completed' }));
          }
          result.closed += 1;
          result.duplicatesClosed += 1;
          await comment(op, op.issue.number, op.comment);
          break;
        }
      }
    } catch (error) {
      fail(op, error);
    }
  }
  if (stopped) result.errors.push(stopped);
  if (result.deferred > 0 && !stopped) result.errors.push(`${result.deferred} alert change(s) wait for the next run (at most ${maxWrites} writes per run)`);
  if (result.deferred > 0 && stopped) result.errors.push(`${result.deferred} alert change(s) not made`);
  return finish(result, desired);
}

function finish(result: IssueAlertsResult, desired: readonly DesiredAlert[]): IssueAlertsResult {
  const order = new Map(desired.map((d, i) => [d.key, i]));
  result.issues.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0) || a.number - b.number);
  return result;
}
