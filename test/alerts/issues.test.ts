/**
 * Issue alerts against the GitHub API double, through the project's client: the lifecycle across runs, not_planned,
 * duplicate repair after concurrent runs, faults on every kind of write, read-only tokens, API economy, injection
 * and token leaks. Calls and writes are counted from the double's request log. After every test, useGitHubDouble
 * fails it if any request or response broke GitHub's OpenAPI description.
 */
import { parseMarkers } from '../../src/alerts/body.js';
import { DEFAULT_LABEL_COLOR, DEFAULT_LABEL_DESCRIPTION, runIssueAlerts, type IssueAlertsOptions } from '../../src/alerts/issues.js';
import { planAlerts, type PlanOptions } from '../../src/alerts/plan.js';
import type { Finding } from '../../src/model/finding.js';
import { faults, type Fault } from '../double/faults.js';
import { useGitHubDouble } from '../double/jest.js';
import type { GitHubDouble, RequestRecord } from '../double/server.js';
import type { IssueRecord, TokenOptions } from '../double/state.js';
import { testClient } from '../double/test-client.js';
import { plantedToken } from '../planted.js';
import { HOSTILE, LINKS, RUN_URL, finding, unsafeParts } from './fixtures.js';

const gh = useGitHubDouble();

type RunOptions = Partial<Omit<IssueAlertsOptions, 'client' | 'desired'>> & { plan?: PlanOptions };

async function setup(token: TokenOptions = { scopes: ['repo'] }) {
  const { double } = gh;
  double.state.addRepo('acme/app');
  const { client } = await testClient(double, double.state.addToken(token).token);
  const repo = double.state.mustRepo('acme/app');
  const run = (findings: readonly Finding[], options: RunOptions = {}) => {
    const { plan, ...rest } = options;
    const desired = planAlerts(findings, { grouping: 'per-finding', minSeverity: 'info', links: LINKS, runUrl: RUN_URL, ...plan });
    return runIssueAlerts({ client, repository: 'acme/app', desired, runUrl: RUN_URL, ref: LINKS.ref, ...rest });
  };
  return { double, client, repo, run };
}

const writesIn = (log: RequestRecord[]) => log.filter((r) => r.method !== 'GET');
const writes = (double: GitHubDouble) => writesIn(double.requests());

/** Open alert issues by key: the convergence check (exactly one per key). */
function openByKey(issues: IssueRecord[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const i of issues) {
    const key = parseMarkers(i.body)?.key;
    if (i.state !== 'open' || !key || i.pullRequest) continue;
    (out[key] ??= []).push(i.number);
  }
  return out;
}

/** Each desired alert has exactly one open issue, saying what the plan says now. */
function expectConverged(issues: IssueRecord[], findings: readonly Finding[], plan: PlanOptions = {}): void {
  const desired = planAlerts(findings, { grouping: 'per-finding', minSeverity: 'info', links: LINKS, ...plan });
  const open = openByKey(issues);
  expect(Object.keys(open).sort()).toEqual(desired.map((d) => d.key).sort());
  for (const d of desired) {
    expect(open[d.key]).toHaveLength(1);
    const issue = issues.find((i) => i.number === open[d.key]![0])!;
    expect(parseMarkers(issue.body)?.hash).toBe(d.hash);
    expect(issue.title).toBe(d.title);
  }
}

const X = finding({ severity: 'high', message: 'Job "build" has `contents: write`', fingerprint: 'x0' });
const X2 = { ...X, message: 'Job "build" has `contents: write` and `packages: write`' };
const Y = finding({ severity: 'high', ruleId: 'secrets-inherit', message: 'Job "deploy" passes every secret with `secrets: inherit`', fingerprint: 'y0' });
const Z = finding({ severity: 'critical', ruleId: 'hardcoded-credential', message: 'A GitHub token is written in the file', fingerprint: 'z0' });

describe('the lifecycle across runs', () => {
  test('create → unchanged (0 writes) → changed (1 update) → resolved (close) → back (reopen) → unchanged', async () => {
    const { double, repo, run } = await setup();

    const created = await run([X]);
    expect(created).toMatchObject({ opened: 1, updated: 0, closed: 0, reopened: 0, errors: [], issues: [{ number: 1, url: 'https://github.com/acme/app/issues/1', key: 'finding:x0' }] });
    expect(double.callCounts()).toEqual({ 'issues/list-for-repo': 1, 'issues/get-label': 1, 'issues/create-label': 1, 'issues/create': 1 });
    expect(repo.labels.get('token-warden')).toMatchObject({ color: DEFAULT_LABEL_COLOR, description: DEFAULT_LABEL_DESCRIPTION });
    expect(repo.issues[0]).toMatchObject({ state: 'open', labels: ['token-warden'], comments: [] });

    double.clearLog();
    const unchanged = await run([X]);
    expect(writes(double)).toEqual([]);
    expect(double.calls()).toBe(1);
    expect(unchanged).toMatchObject({ opened: 0, updated: 0, closed: 0, reopened: 0, calls: 1, writes: 0, issues: [{ number: 1, key: 'finding:x0' }] });

    double.clearLog();
    const changed = await run([X2]);
    expect(writes(double).map((r) => r.operationId)).toEqual(['issues/update']);
    expect(writes(double)[0]!.body).toEqual({ title: expect.any(String), body: expect.stringContaining('packages: write') });
    expect(changed).toMatchObject({ updated: 1, errors: [] });
    expect(repo.issues[0]!.comments).toEqual([]);

    double.clearLog();
    const resolved = await run([]);
    expect(writes(double).map((r) => [r.operationId, r.body && 'state' in (r.body as object) ? (r.body as { state_reason: string }).state_reason : 'comment'])).toEqual([
      ['issues/update', 'completed'],
      ['issues/create-comment', 'comment'],
    ]);
    expect(resolved).toMatchObject({ closed: 1, issues: [] });
    expect(repo.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(repo.issues[0]!.comments.at(-1)!.body).toMatch(/^Token Warden no longer reports this in \[this run\]/);

    double.clearLog();
    const back = await run([X2]);
    expect(writes(double).map((r) => r.operationId)).toEqual(['issues/update', 'issues/create-comment']);
    expect(back).toMatchObject({ reopened: 1, issues: [{ number: 1 }] });
    expect(repo.issues[0]).toMatchObject({ state: 'open', stateReason: 'reopened' });
    expect(repo.issues[0]!.comments.at(-1)!.body).toMatch(/^Token Warden finds this again/);

    double.clearLog();
    await run([X2]);
    expect(writes(double)).toEqual([]);
    expect(repo.issues).toHaveLength(1);
  });

  test('severity rising: one update and one comment, then quiet', async () => {
    const { double, repo, run } = await setup();
    await run([X]);
    double.clearLog();
    const rose = await run([{ ...X, severity: 'critical' }]);
    expect(rose).toMatchObject({ updated: 1, errors: [] });
    expect(writes(double).map((r) => r.operationId)).toEqual(['issues/update', 'issues/create-comment']);
    expect(repo.issues[0]!.comments.map((c) => c.body)).toEqual([`Severity rose from **high** to **critical** in [this run](${RUN_URL}).`]);
    double.clearLog();
    await run([{ ...X, severity: 'critical' }]);
    expect(writes(double)).toEqual([]);
  });

  test('closed as not planned stays closed; becoming critical reopens it once', async () => {
    const { double, client, repo, run } = await setup();
    await run([X]);
    // A person closes it as not planned.
    await client.rest.issues.update({ owner: 'acme', repo: 'app', issue_number: 1, state: 'closed', state_reason: 'not_planned' });

    double.clearLog();
    const quiet = await run([X]);
    expect(writes(double)).toEqual([]);
    expect(quiet).toMatchObject({ issues: [], suppressed: [{ number: 1, key: 'finding:x0' }] });
    expect(repo.issues[0]).toMatchObject({ state: 'closed', stateReason: 'not_planned' });

    double.clearLog();
    const critical = await run([{ ...X, severity: 'critical' }]);
    expect(critical).toMatchObject({ reopened: 1, issues: [{ number: 1 }] });
    expect(repo.issues[0]).toMatchObject({ state: 'open', stateReason: 'reopened' });
    expect(repo.issues[0]!.comments.at(-1)!.body).toMatch(/^This was closed as not planned while high; it is now \*\*critical\*\*/);

    // Closed as not planned again while critical: stays closed.
    await client.rest.issues.update({ owner: 'acme', repo: 'app', issue_number: 1, state: 'closed', state_reason: 'not_planned' });
    double.clearLog();
    await run([{ ...X, severity: 'critical' }]);
    expect(writes(double)).toEqual([]);
    expect(repo.issues).toHaveLength(1);
  });

  test('auto grouping: a critical finding gets its own issue, the rest one digest; the digest follows its findings', async () => {
    const { double, repo, run } = await setup();
    const plan: PlanOptions = { grouping: 'auto', minSeverity: 'high' };
    const first = await run([X, Y, Z], { plan });
    expect(first.issues.map((i) => i.key)).toEqual(['finding:z0', 'digest:scan']);
    expect(repo.issues.map((i) => i.title)).toEqual(['Token Warden: hardcoded-credential in .github/workflows/ci.yml', 'Token Warden: 2 workflow findings']);
    double.clearLog();
    const second = await run([X, Z], { plan });
    expect(second).toMatchObject({ updated: 1, closed: 0 });
    expect(repo.issues[1]!.title).toBe('Token Warden: 1 workflow finding');
    const third = await run([], { plan });
    expect(third).toMatchObject({ closed: 2, issues: [] });
  });
});

describe('concurrent runs', () => {
  test('two runs at once may open copies; the next run keeps the oldest of each and closes the rest as duplicates', async () => {
    const { double, repo } = await setup();
    const token = double.state.addToken({ scopes: ['repo'] }).token;
    const a = await testClient(double, token);
    const b = await testClient(double, token);
    const findings = [X, Y, Z];
    const desired = planAlerts(findings, { grouping: 'per-finding', links: LINKS });
    const [ra, rb] = await Promise.all([runIssueAlerts({ client: a.client, repository: 'acme/app', desired }), runIssueAlerts({ client: b.client, repository: 'acme/app', desired })]);
    expect(ra.errors).toEqual([]);
    expect(rb.errors).toEqual([]);
    const copies = openByKey(repo.issues);
    expect(Object.values(copies).map((n) => n.length)).toEqual([2, 2, 2]);
    expect(repo.labels.size).toBe(1);

    double.clearLog();
    const repair = await runIssueAlerts({ client: a.client, repository: 'acme/app', desired });
    expect(repair).toMatchObject({ duplicatesClosed: 3, closed: 3, opened: 0, errors: [] });
    expectConverged(repo.issues, findings);
    for (const [key, numbers] of Object.entries(copies)) {
      const [kept, copy] = [...numbers].sort((x, y) => x - y);
      expect(openByKey(repo.issues)[key]).toEqual([kept]);
      const closed = repo.issues.find((i) => i.number === copy)!;
      expect(closed).toMatchObject({ state: 'closed', stateReason: 'duplicate', duplicateOf: kept });
      expect(closed.comments.at(-1)!.body).toMatch(new RegExp(`^Duplicate of #${kept}: `));
    }
    const duplicateCalls = writesIn(double.requests()).filter((r) => (r.body as { state_reason?: string }).state_reason === 'duplicate');
    expect(duplicateCalls.map((r) => (r.body as { duplicate_issue_id?: number }).duplicate_issue_id)).toEqual(expect.arrayContaining([expect.any(Number)]));

    double.clearLog();
    await runIssueAlerts({ client: b.client, repository: 'acme/app', desired });
    expect(writes(double)).toEqual([]);
  });

  test('a server without state_reason duplicate (422) gets the copy closed as completed instead', async () => {
    const { double, repo, run } = await setup();
    const body = planAlerts([X], { grouping: 'per-finding', minSeverity: 'info', links: LINKS })[0]!.body;
    double.state.addIssue('acme/app', { title: 't', body, labels: ['token-warden'] });
    double.state.addIssue('acme/app', { title: 't', body, labels: ['token-warden'] });
    double.inject('issues/update', faults.status(422, 'Validation Failed'), { calls: [1] });
    const result = await run([X]);
    expect(result).toMatchObject({ duplicatesClosed: 1, errors: [] });
    expect(repo.issues[1]).toMatchObject({ state: 'closed', stateReason: 'completed' });
  });
});

describe('faults on writes: the run completes, says what it could not write, and a later run converges', () => {
  type Scenario = { route: string; before: Finding[][]; now: Finding[]; expectWords: RegExp };
  const scenarios: Record<string, Scenario> = {
    create: { route: 'issues/create', before: [], now: [X, Y], expectWords: /could not open an issue for alert finding:/ },
    update: { route: 'issues/update', before: [[X, Y]], now: [X2, Y], expectWords: /could not update issue #\d \(alert finding:x0\)/ },
    close: { route: 'issues/update', before: [[X, Y]], now: [Y], expectWords: /could not close issue #1 \(alert finding:x0\)/ },
    reopen: { route: 'issues/update', before: [[X, Y], [Y]], now: [X, Y], expectWords: /could not reopen issue #1 \(alert finding:x0\)/ },
    comment: { route: 'issues/create-comment', before: [[X, Y]], now: [Y], expectWords: /could not comment on issue #1 \(alert finding:x0\)/ },
    label: { route: 'issues/create-label', before: [], now: [X, Y], expectWords: /could not create the label "token-warden"/ },
  };
  const faultKinds: Record<string, Fault> = {
    '5xx': faults.serverError(502),
    'secondary rate limit with retry-after': faults.secondaryRateLimit({ retryAfter: 2 }),
    'connection reset': faults.connectionReset(),
  };
  const cases = Object.keys(scenarios).flatMap((s) => Object.keys(faultKinds).map((f) => [s, f] as const));

  test.each(cases)('%s, %s on every attempt', async (scenario, faultKind) => {
    const { double, repo, run } = await setup();
    const { route, before, now, expectWords } = scenarios[scenario]!;
    for (const findings of before) expect((await run(findings)).errors).toEqual([]);

    double.clearLog();
    const rule = double.inject(route, faultKinds[faultKind]!);
    const broken = await run(now);
    expect(rule.hits).toBeGreaterThanOrEqual(4); // the client's retries, then it gave up
    expect(broken.errors.some((e) => expectWords.test(e))).toBe(true);
    // The run went on: the other alert's writes (if any) were still made.
    if (scenario === 'create') expect(broken.opened).toBe(0);
    if (scenario === 'label') expect(broken.opened).toBe(2);

    double.removeFault(rule);
    double.clearLog();
    const later = await run(now);
    expect(later.errors).toEqual([]);
    expectConverged(repo.issues, now);
    double.clearLog();
    await run(now);
    expect(writes(double)).toEqual([]);
  });

  test.each(Object.keys(faultKinds))('a single %s is retried by the client and nothing is reported', async (faultKind) => {
    const { double, repo, run } = await setup();
    double.inject('issues/create', faultKinds[faultKind]!, { calls: [1] });
    const result = await run([X]);
    expect(result.errors).toEqual([]);
    expect(double.calls('issues/create')).toBe(2);
    expectConverged(repo.issues, [X]);
  });

  test('a create whose answer was lost (done, then 502) may leave a copy; the next run closes it as a duplicate', async () => {
    const { double, repo, run } = await setup();
    double.inject('issues/create', faults.serverError(502), { calls: [1], when: 'after' });
    await run([X]);
    expect(Object.values(openByKey(repo.issues)).map((n) => n.length)).toEqual([2]);
    const repair = await run([X]);
    expect(repair).toMatchObject({ duplicatesClosed: 1, errors: [] });
    expectConverged(repo.issues, [X]);
  });
});

describe('read-only tokens', () => {
  test('a 403 on the first write stops all writes and says why once', async () => {
    const { double, run } = await setup({ kind: 'fine-grained', permissions: { issues: 'read', metadata: 'read' } });
    const result = await run([X, Y, Z]);
    const refused = double.requests().filter((r) => r.status === 403);
    expect(refused).toHaveLength(1);
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toMatch(/^Token Warden cannot write issues in acme\/app \(403: the token lacks .*issues.*write/);
    expect(result.errors[1]).toBe('3 alert change(s) not made');
    expect(result).toMatchObject({ opened: 0, deferred: 3, issues: [] });
  });

  test('with existing alerts, the first refused update stops the rest', async () => {
    const { double, run } = await setup();
    await run([X, Y]);
    const readOnly = double.state.addToken({ kind: 'fine-grained', permissions: { issues: 'read', metadata: 'read' } }).token;
    const { client } = await testClient(double, readOnly);
    double.clearLog();
    const result = await runIssueAlerts({ client, repository: 'acme/app', desired: planAlerts([], {}) });
    expect(double.requests().filter((r) => r.status === 403)).toHaveLength(1);
    expect(result).toMatchObject({ closed: 0, deferred: 1 });
    expect(result.errors[0]).toMatch(/^Token Warden cannot write issues/);
  });

  test('a list that fails ends the run before any write', async () => {
    const { double, run } = await setup();
    double.inject('issues/list-for-repo', faults.status(410, 'Issues are disabled for this repo'));
    const result = await run([X]);
    expect(writes(double)).toEqual([]);
    expect(result.errors).toEqual([expect.stringMatching(/^could not list the alert issues of acme\/app \(issues are disabled, or the token cannot see the repository\): /)]);
  });
});

describe('API economy', () => {
  test('40 existing alerts and nothing new: one list call, no writes', async () => {
    const { double, run } = await setup();
    const findings = Array.from({ length: 40 }, (_, i) => finding({ severity: 'high', fingerprint: `many${i}` }));
    const first = await run(findings);
    expect(first).toMatchObject({ opened: 40, errors: [] });
    double.clearLog();
    const again = await run(findings);
    expect(double.calls()).toBeLessThanOrEqual(3);
    expect(double.callCounts()).toEqual({ 'issues/list-for-repo': 1 });
    expect(again.calls).toBe(double.calls());
    expect(writes(double)).toEqual([]);
    expect(again.issues).toHaveLength(40);
  });

  test('nothing found and nothing open: one call', async () => {
    const { double, run } = await setup();
    const result = await run([]);
    expect(double.callCounts()).toEqual({ 'issues/list-for-repo': 1 });
    expect(result).toMatchObject({ calls: 1, writes: 0, errors: [] });
  });

  test('more than 100 labelled issues are paginated; pull requests and issues without a marker are left alone', async () => {
    const { double, repo, run } = await setup();
    const old = planAlerts([Y], { grouping: 'per-finding', links: LINKS })[0]!;
    for (let i = 0; i < 120; i++) double.state.addIssue('acme/app', { title: `old ${i}`, body: 'someone else’s issue with our label', labels: ['token-warden'] });
    double.state.addIssue('acme/app', { title: 'a pull request', body: old.body, labels: ['token-warden'], pullRequest: true });
    const result = await run([X]);
    expect(double.calls('issues/list-for-repo')).toBe(2);
    expect(double.calls('issues/get-label')).toBe(0);
    expect(result).toMatchObject({ opened: 1, closed: 0, errors: [] });
    expect(repo.issues.filter((i) => i.state === 'open')).toHaveLength(122);
  });

  test('at most maxWrites writes per run; the rest waits for the next run', async () => {
    const { double, repo, run } = await setup();
    const findings = Array.from({ length: 5 }, (_, i) => finding({ fingerprint: `w${i}` }));
    const first = await run(findings, { maxWrites: 2 });
    expect(first).toMatchObject({ opened: 2, deferred: 3, errors: ['3 alert change(s) wait for the next run (at most 2 writes per run)'] });
    await run(findings, { maxWrites: 2 });
    await run(findings, { maxWrites: 2 });
    expectConverged(repo.issues, findings);
    double.clearLog();
    await run(findings, { maxWrites: 2 });
    expect(writes(double)).toEqual([]);
  });

  test('a dry run lists and plans, and writes nothing', async () => {
    const { double, run } = await setup();
    const result = await run([X, Y], { dryRun: true });
    expect(writes(double)).toEqual([]);
    expect(result.operations.map((op) => op.kind)).toEqual(['create', 'create']);
    expect(result).toMatchObject({ opened: 0, writes: 0, calls: 1 });
  });
});

describe('assignees and labels', () => {
  test('new issues get the configured assignees and label colour', async () => {
    const { repo, run } = await setup();
    await run([X], { assignees: ['alice'], label: 'security-alert', labelColor: '#0E8A16' });
    expect(repo.issues[0]).toMatchObject({ assignees: ['alice'], labels: ['security-alert'] });
    expect(repo.labels.get('security-alert')).toMatchObject({ color: '0e8a16' });
  });

  test('assignees GitHub refuses do not cost the alert', async () => {
    const { double, repo, run } = await setup();
    double.inject('issues/create', faults.status(422, 'Validation Failed'), { calls: [1] });
    const result = await run([X], { assignees: ['ghost-user'] });
    expect(result.opened).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^could not assign ghost-user to the issue for alert finding:x0: .*opened it unassigned$/)]);
    expect(repo.issues[0]!.assignees).toEqual([]);
  });
});

describe('what is sent', () => {
  test('hostile names from scanned files yield harmless titles, bodies and comments', async () => {
    const { double, repo, run } = await setup();
    const hostile = finding({ severity: 'high', message: `Job "${HOSTILE}" has \`contents: write\``, file: `.github/workflows/${HOSTILE}.yml`, fingerprint: 'h0' });
    await run([hostile], { plan: { ownerOf: () => HOSTILE, mentionOwners: true } });
    await run([{ ...hostile, severity: 'critical' }], { plan: { ownerOf: () => HOSTILE, mentionOwners: true } });
    await run([]);
    const issue = repo.issues[0]!;
    expect(unsafeParts(issue.body!)).toEqual([]);
    expect(issue.title).not.toMatch(/@[a-z]|#\d/i);
    for (const c of issue.comments) expect(unsafeParts(c.body)).toEqual([]);
    // Titles are plain text on GitHub (HTML there is shown, not rendered); bodies are Markdown.
    for (const r of writes(double)) expect(String((r.body as { body?: string }).body ?? '')).not.toMatch(/(^|[^\\])<img/);
    expect(issue.title).toBe('Token Warden: permissions for "@\u200borg/everyone <img src=x> fixes #\u200b1" in .github/workflows/@\u200borg/everyone <img src=x> fixes #\u200b1.yml');
  });

  test('a token value planted in a message is in no request GitHub receives', async () => {
    const { double, run } = await setup();
    const token = plantedToken('ghp_');
    const leaky = finding({ severity: 'critical', message: `The value ${token} is written in the file`, fingerprint: 'leak0', related: [{ message: `also ${token}`, location: { file: 'a.yml', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }] });
    await run([leaky], { plan: { ownerOf: () => `owner ${token}` } });
    await run([{ ...leaky, message: `${leaky.message}!` }]);
    await run([]);
    expect(writes(double).length).toBeGreaterThanOrEqual(4);
    for (const r of double.requests()) {
      expect(JSON.stringify(r.body ?? '')).not.toContain(token.slice(4));
      expect(r.path + JSON.stringify(r.query)).not.toContain(token.slice(4));
    }
  });
});
