/**
 * reconcile: the lifecycle as a table of (desired, existing) → operations.
 */
import { planAlerts, type DesiredAlert } from '../../src/alerts/plan.js';
import { reconcile, type ExistingIssue, type Operation } from '../../src/alerts/reconcile.js';
import type { Severity } from '../../src/model/severity.js';
import { RUN_URL, expiring, finding } from './fixtures.js';

function alert(severity: Severity, message = 'Job "build" has `contents: write`', fingerprint = 'k1'): DesiredAlert {
  return planAlerts([finding({ severity, message, fingerprint })], { grouping: 'per-finding', minSeverity: 'info' })[0]!;
}

let next = 1;
function issue(from: DesiredAlert | string | null, overrides: Partial<ExistingIssue> = {}): ExistingIssue {
  const number = overrides.number ?? next++;
  return {
    number,
    id: 5000 + number,
    state: 'open',
    state_reason: null,
    body: typeof from === 'string' || from === null ? from : from.body,
    created_at: `2026-01-${String(number).padStart(2, '0')}T00:00:00Z`,
    html_url: `https://github.com/acme/app/issues/${number}`,
    ...overrides,
  };
}

/** Operations in short form: kind, issue number and whether a comment goes with it. */
function short(ops: Operation[]): string[] {
  return ops.map((op) => {
    const number = 'issue' in op ? `#${op.issue.number}` : '';
    const extra = op.kind === 'close-duplicate' ? ` of #${op.keep.number}` : '';
    const comment = 'comment' in op && op.comment ? ' +comment' : '';
    return `${op.kind}${number ? ` ${number}` : ''}${extra}${comment}`;
  });
}

const high = alert('high');
const highChanged = alert('high', 'Job "build" has `contents: write` and `packages: write`');
const critical = alert('critical');
const medium = alert('medium');

describe('the lifecycle, one key', () => {
  test.each<[string, DesiredAlert[], ExistingIssue[], string[]]>([
    ['a new problem is created', [high], [], ['create']],
    ['an open, unchanged alert needs nothing', [high], [issue(high, { number: 1 })], ['unchanged #1']],
    ['changed content updates the body, without a comment', [highChanged], [issue(high, { number: 1 })], ['update #1']],
    ['severity rising updates and comments once', [critical], [issue(high, { number: 1 })], ['update #1 +comment']],
    ['severity falling updates quietly', [medium], [issue(high, { number: 1 })], ['update #1']],
    ['closed as completed and back: reopened with a comment', [high], [issue(high, { number: 1, state: 'closed', state_reason: 'completed' })], ['reopen #1 +comment']],
    ['closed without a reason counts as completed', [high], [issue(high, { number: 1, state: 'closed', state_reason: null })], ['reopen #1 +comment']],
    ['closed as not planned stays closed', [high], [issue(high, { number: 1, state: 'closed', state_reason: 'not_planned' })], ['suppressed #1']],
    ['… unless it becomes critical', [critical], [issue(high, { number: 1, state: 'closed', state_reason: 'not_planned' })], ['reopen #1 +comment']],
    ['… and a critical one closed as not planned stays closed', [critical], [issue(critical, { number: 1, state: 'closed', state_reason: 'not_planned' })], ['suppressed #1']],
    ['resolved: closed as completed with a comment', [], [issue(high, { number: 1 })], ['close #1 +comment']],
    ['resolved and already closed: nothing', [], [issue(high, { number: 1, state: 'closed', state_reason: 'completed' })], []],
    ['two open copies: the oldest stays, the other is a duplicate', [high], [issue(high, { number: 2 }), issue(high, { number: 1 })], ['close-duplicate #2 of #1 +comment', 'unchanged #1']],
    ['the oldest by creation time, not by number', [high], [issue(high, { number: 1, created_at: '2026-02-01T00:00:00Z' }), issue(high, { number: 2, created_at: '2026-01-01T00:00:00Z' })], ['close-duplicate #1 of #2 +comment', 'unchanged #2']],
    ['three copies of a resolved alert: two duplicates, then the oldest closed', [], [issue(high, { number: 1 }), issue(high, { number: 2 }), issue(high, { number: 3 })], ['close-duplicate #2 of #1 +comment', 'close-duplicate #3 of #1 +comment', 'close #1 +comment']],
    ['back after closing: the newest closed issue is reopened, a duplicate only as a last resort', [high], [issue(high, { number: 1, state: 'closed', state_reason: 'completed' }), issue(high, { number: 2, state: 'closed', state_reason: 'completed' }), issue(high, { number: 3, state: 'closed', state_reason: 'duplicate' })], ['reopen #2 +comment']],
    ['only duplicates left: the newest is reopened', [high], [issue(high, { number: 1, state: 'closed', state_reason: 'duplicate' }), issue(high, { number: 2, state: 'closed', state_reason: 'duplicate' })], ['reopen #2 +comment']],
  ])('%s', (_what, desired, existing, expected) => {
    expect(short(reconcile(desired, existing))).toEqual(expected);
  });
});

describe('what reconcile never touches', () => {
  test('issues without a Token Warden marker, whatever their label or state', () => {
    const existing = [issue('A person wrote this, with the label', { number: 1 }), issue(null, { number: 2 }), issue('<!-- token-warden:key= -->', { number: 3 })];
    expect(reconcile([], existing)).toEqual([]);
    expect(short(reconcile([high], existing))).toEqual(['create']);
  });

  test('open alerts of a run type this run did not check', () => {
    const expiry = planAlerts([expiring('T', 'high', 20, 'e1')], { grouping: 'digest' })[0]!;
    const existing = [issue(expiry, { number: 1 }), issue(high, { number: 2 })];
    expect(short(reconcile([], existing, { types: ['scan'] }))).toEqual(['close #2 +comment']);
    expect(short(reconcile([], existing, { types: ['expiry'] }))).toEqual(['close #1 +comment']);
    expect(short(reconcile([], existing))).toEqual(['close #1 +comment', 'close #2 +comment']);
  });
});

describe('operations carry what the writes need', () => {
  test('create and update carry the planned title and body; state changes carry their reason in the kind', () => {
    const [create] = reconcile([high], []);
    expect(create).toEqual({ kind: 'create', key: high.key, title: high.title, body: high.body, severity: 'high' });
    const [update] = reconcile([critical], [issue(high, { number: 7 })], { runUrl: RUN_URL });
    expect(update).toEqual({
      kind: 'update',
      key: high.key,
      issue: { number: 7, url: 'https://github.com/acme/app/issues/7' },
      title: critical.title,
      body: critical.body,
      comment: `Severity rose from **high** to **critical** in [this run](${RUN_URL}).`,
    });
  });

  test('a duplicate names the kept issue by number and id', () => {
    const [dup] = reconcile([high], [issue(high, { number: 1 }), issue(high, { number: 2 })]);
    expect(dup).toMatchObject({ kind: 'close-duplicate', issue: { number: 2 }, keep: { number: 1, id: 5001, url: 'https://github.com/acme/app/issues/1' } });
    expect((dup as { comment: string }).comment).toMatch(/^Duplicate of #1: /);
  });

  test('the closing comment says what changed, with the run and the commit', () => {
    const [close] = reconcile([], [issue(high, { number: 1 })], { runUrl: RUN_URL, ref: 'abcdef0123456789abcdef0123456789abcdef01' });
    expect(close).toMatchObject({ kind: 'close', comment: `Token Warden no longer reports this in [this run](${RUN_URL}) at commit abcdef012345: closing as completed. It reopens if the problem comes back.` });
  });

  test('order: duplicate repairs, then the desired alerts (most severe first), then the resolved ones', () => {
    const other = alert('critical', 'other', 'k2');
    const gone = alert('high', 'gone', 'k3');
    const ops = reconcile([other, high], [issue(gone, { number: 1 }), issue(high, { number: 2 }), issue(high, { number: 3 })]);
    expect(short(ops)).toEqual(['close-duplicate #3 of #2 +comment', 'create', 'unchanged #2', 'close #1 +comment']);
  });
});
