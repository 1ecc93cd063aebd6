/**
 * What the double serves, through the project's client: issues, rate limit and token headers, runners, SARIF,
 * installation tokens, the organisation scan; plus fault selection by call number and the request log.
 * Every response here is also checked against GitHub's schema (the afterEach of useGitHubDouble).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { GitHubApiError, GitHubNotFoundError, GitHubValidationError } from '../../src/github/errors.js';
import { PROJECT_ROOT } from '../helpers.js';
import { faults } from '../double/faults.js';
import { useGitHubDouble } from '../double/jest.js';
import { testClient } from '../double/test-client.js';

const gh = useGitHubDouble();

async function setup(scopes = ['repo', 'admin:org', 'security_events']) {
  const { double } = gh;
  double.state.addRepo('acme/app');
  const token = double.state.addToken({ scopes, login: 'warden-bot', expiresAt: new Date('2099-01-31T14:34:04Z') }).token;
  return { double, token, ...(await testClient(double, token)) };
}

describe('issues', () => {
  test('list filters by labels, state and creator, newest first, and paginates with Link headers', async () => {
    const { double, client } = await setup();
    const t = (d: number) => new Date(Date.UTC(2025, 0, d));
    double.state.addIssue('acme/app', { title: 'a', labels: ['token-warden', 'expiry'], createdAt: t(1) });
    double.state.addIssue('acme/app', { title: 'b', labels: ['token-warden'], createdAt: t(2), user: 'someone' });
    double.state.addIssue('acme/app', { title: 'c', labels: ['token-warden', 'expiry'], state: 'closed', createdAt: t(3) });
    double.state.addIssue('acme/app', { title: 'd', labels: ['expiry', 'token-warden'], createdAt: t(4) });
    const titles = async (params: Record<string, string | number>) => (await client.paginate(client.rest.issues.listForRepo, { owner: 'acme', repo: 'app', ...params })).map((i) => i.title);
    expect(await titles({ labels: 'token-warden,expiry' })).toEqual(['d', 'a']);
    expect(await titles({ labels: 'token-warden,expiry', state: 'all', per_page: 1 })).toEqual(['d', 'c', 'a']);
    expect(await titles({ state: 'closed' })).toEqual(['c']);
    expect(await titles({ creator: 'someone' })).toEqual(['b']);
    expect(await titles({ state: 'all', direction: 'asc', per_page: 3 })).toEqual(['a', 'b', 'c', 'd']);
    const page = await client.rest.issues.listForRepo({ owner: 'acme', repo: 'app', state: 'all', per_page: 1, page: 2 });
    expect(page.headers.link).toBe(
      [`prev`, `next`, `last`, `first`]
        .map((rel) => `<${double.url}/repos/acme/app/issues?state=all&per_page=1&page=${{ prev: 1, next: 3, last: 4, first: 1 }[rel]}>; rel="${rel}"`)
        .join(', '),
    );
  });

  test('create, comment, label, close and reopen', async () => {
    const { double, client } = await setup();
    const { data: issue } = await client.rest.issues.create({ owner: 'acme', repo: 'app', title: 'Token expires soon', body: '<!-- token-warden:expiry:DEPLOY -->', labels: ['token-warden'] });
    expect(issue).toMatchObject({ number: 1, state: 'open', user: { login: 'warden-bot' }, labels: [{ name: 'token-warden' }] });
    await client.rest.issues.createComment({ owner: 'acme', repo: 'app', issue_number: 1, body: 'still expiring' });
    await client.rest.issues.addLabels({ owner: 'acme', repo: 'app', issue_number: 1, labels: ['expiry'] });
    await client.rest.issues.removeLabel({ owner: 'acme', repo: 'app', issue_number: 1, name: 'token-warden' });
    await expect(client.rest.issues.removeLabel({ owner: 'acme', repo: 'app', issue_number: 1, name: 'token-warden' })).rejects.toBeInstanceOf(GitHubNotFoundError);
    const closed = await client.rest.issues.update({ owner: 'acme', repo: 'app', issue_number: 1, state: 'closed', state_reason: 'completed' });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed', comments: 1 });
    const reopened = await client.rest.issues.update({ owner: 'acme', repo: 'app', issue_number: 1, state: 'open' });
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
    const comments = await client.rest.issues.listComments({ owner: 'acme', repo: 'app', issue_number: 1 });
    expect(comments.data.map((c) => c.body)).toEqual(['still expiring']);
    expect((await client.rest.issues.listLabelsOnIssue({ owner: 'acme', repo: 'app', issue_number: 1 })).data.map((l) => l.name)).toEqual(['expiry']);
    expect((await client.rest.issues.listLabelsForRepo({ owner: 'acme', repo: 'app' })).data.map((l) => l.name).sort()).toEqual(['expiry', 'token-warden']);
    await expect(client.rest.issues.createLabel({ owner: 'acme', repo: 'app', name: 'expiry' })).rejects.toBeInstanceOf(GitHubValidationError);
    await expect(client.rest.issues.get({ owner: 'acme', repo: 'app', issue_number: 9 })).rejects.toBeInstanceOf(GitHubNotFoundError);
    expect(double.state.mustRepo('acme/app').issues[0]).toMatchObject({ body: '<!-- token-warden:expiry:DEPLOY -->', labels: ['expiry'] });
  });
});

describe('issues: labels, pull requests in the list, duplicates, state_reason', () => {
  test('get a label by name (case-insensitive), 404 when missing', async () => {
    const { double, client } = await setup();
    await expect(client.rest.issues.getLabel({ owner: 'acme', repo: 'app', name: 'token-warden' })).rejects.toBeInstanceOf(GitHubNotFoundError);
    await client.rest.issues.createLabel({ owner: 'acme', repo: 'app', name: 'token-warden', color: 'B60205', description: 'Alerts' });
    const { data } = await client.rest.issues.getLabel({ owner: 'acme', repo: 'app', name: 'Token-Warden' });
    expect(data).toMatchObject({ name: 'token-warden', color: 'b60205', description: 'Alerts' });
    expect(double.calls('issues/get-label')).toBe(2);
  });

  test('the issues list returns pull requests too, with a pull_request key', async () => {
    const { double, client } = await setup();
    double.state.addIssue('acme/app', { title: 'an issue', labels: ['token-warden'] });
    double.state.addIssue('acme/app', { title: 'a pull request', labels: ['token-warden'], pullRequest: true });
    const { data } = await client.rest.issues.listForRepo({ owner: 'acme', repo: 'app', labels: 'token-warden', state: 'all' });
    expect(data.map((i) => [i.title, i.pull_request !== undefined])).toEqual([
      ['a pull request', true],
      ['an issue', false],
    ]);
  });

  test('closing as duplicate takes the canonical issue by id; an unknown id is refused', async () => {
    const { double, client } = await setup();
    const kept = double.state.addIssue('acme/app', { title: 'kept' });
    double.state.addIssue('acme/app', { title: 'copy' });
    await expect(client.rest.issues.update({ owner: 'acme', repo: 'app', issue_number: 2, state: 'closed', state_reason: 'duplicate', duplicate_issue_id: 999_999 })).rejects.toBeInstanceOf(GitHubValidationError);
    const { data } = await client.rest.issues.update({ owner: 'acme', repo: 'app', issue_number: 2, state: 'closed', state_reason: 'duplicate', duplicate_issue_id: kept.id });
    expect(data).toMatchObject({ state: 'closed', state_reason: 'duplicate' });
    expect(double.state.mustRepo('acme/app').issues[1]).toMatchObject({ duplicateOf: 1 });
  });

  test('state_reason is ignored unless state changes', async () => {
    const { double, client } = await setup();
    double.state.addIssue('acme/app', { title: 'closed by a person', state: 'closed', stateReason: 'not_planned' });
    const { data } = await client.rest.issues.update({ owner: 'acme', repo: 'app', issue_number: 1, state: 'closed', state_reason: 'completed' });
    expect(data).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
  });
});

describe('rate limit and token headers', () => {
  test('every response carries x-ratelimit-*, x-oauth-scopes and the token expiry; /rate_limit is free', async () => {
    const { client } = await setup(['repo', 'workflow']);
    const { headers, data } = await client.rest.rateLimit.get();
    expect(headers).toMatchObject({
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '5000',
      'x-ratelimit-used': '0',
      'x-ratelimit-resource': 'core',
      'x-oauth-scopes': 'repo, workflow',
      'github-authentication-token-expiration': '2099-01-31 14:34:04 UTC',
    });
    expect(Number(headers['x-ratelimit-reset'])).toBe(data.rate.reset);
    const list = await client.rest.issues.listForRepo({ owner: 'acme', repo: 'app' });
    expect(list.headers['x-ratelimit-remaining']).toBe('4999');
    expect(list.headers['x-accepted-oauth-scopes']).toBe('repo, public_repo');
  });

  test('a token without expiry sends no expiration header; fine-grained tokens get x-accepted-github-permissions', async () => {
    const { double } = gh;
    double.state.addRepo('acme/app');
    const token = double.state.addToken({ kind: 'fine-grained', permissions: { issues: 'read' } }).token;
    const { client } = await testClient(double, token);
    const { headers } = await client.rest.issues.listForRepo({ owner: 'acme', repo: 'app' });
    expect(headers['github-authentication-token-expiration']).toBeUndefined();
    expect(headers['x-oauth-scopes']).toBeUndefined();
    expect(headers['x-accepted-github-permissions']).toBe('issues=read');
  });
});

describe('token expiry header forms', () => {
  test('UTC (default), an offset, or none although the token expires; empty x-oauth-scopes for a classic token with no scopes', async () => {
    const { double } = gh;
    const expiresAt = '2027-01-05T09:00:00Z';
    const utc = double.state.addToken({ expiresAt, scopes: ['repo'] }).token;
    const offset = double.state.addToken({ expiresAt, expiryHeader: '+0100', scopes: [] }).token;
    const west = double.state.addToken({ expiresAt, expiryHeader: '-0730' }).token;
    const none = double.state.addToken({ kind: 'fine-grained', expiresAt, expiryHeader: 'none' }).token;
    const headers = async (token: string) => (await (await testClient(double, token)).client.rest.rateLimit.get()).headers;
    expect((await headers(utc))['github-authentication-token-expiration']).toBe('2027-01-05 09:00:00 UTC');
    const h = await headers(offset);
    expect(h['github-authentication-token-expiration']).toBe('2027-01-05 10:00:00 +0100');
    expect(h['x-oauth-scopes']).toBe('');
    expect((await headers(west))['github-authentication-token-expiration']).toBe('2027-01-05 01:30:00 -0730');
    expect((await headers(none))['github-authentication-token-expiration']).toBeUndefined();
    expect(() => double.state.addToken({ expiryHeader: 'CET' })).toThrow(/expiryHeader/);
  });
});

describe('self-hosted runners', () => {
  test('list with status, registration and remove tokens, JIT config, delete', async () => {
    const { double, client } = await setup();
    const scope = double.state.mustRepo('acme/app').runners;
    double.state.addRunner(scope, { name: 'build-1', status: 'online' });
    const busy = double.state.addRunner(scope, { name: 'build-2', status: 'offline', busy: true });
    const { data: list } = await client.rest.actions.listSelfHostedRunnersForRepo({ owner: 'acme', repo: 'app' });
    expect(list.runners.map((r) => [r.name, r.status, r.busy])).toEqual([
      ['build-1', 'online', false],
      ['build-2', 'offline', true],
    ]);
    const { data: registration } = await client.rest.actions.createRegistrationTokenForRepo({ owner: 'acme', repo: 'app' });
    const hour = Date.parse(registration.expires_at) - Date.now();
    expect(hour).toBeGreaterThan(3590_000);
    expect(hour).toBeLessThanOrEqual(3600_000);
    await client.rest.actions.createRemoveTokenForRepo({ owner: 'acme', repo: 'app' });
    expect(scope.issuedTokens.map((t) => [t.kind, t.token])).toEqual([
      ['registration', registration.token],
      ['remove', expect.any(String)],
    ]);
    const { data: jit } = await client.rest.actions.generateRunnerJitconfigForRepo({ owner: 'acme', repo: 'app', name: 'ephemeral-1', runner_group_id: 1, labels: ['gpu'] });
    expect(jit.runner).toMatchObject({ name: 'ephemeral-1', status: 'offline', ephemeral: true });
    expect(JSON.parse(Buffer.from(jit.encoded_jit_config, 'base64').toString())).toMatchObject({ '.runner': { agentName: 'ephemeral-1' } });
    const conflict = await client.rest.actions.generateRunnerJitconfigForRepo({ owner: 'acme', repo: 'app', name: 'ephemeral-1', runner_group_id: 1, labels: ['gpu'] }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(GitHubApiError);
    expect(conflict).toMatchObject({ status: 409, attempts: 1 });
    await client.rest.actions.deleteSelfHostedRunnerFromRepo({ owner: 'acme', repo: 'app', runner_id: jit.runner.id });
    await expect(client.rest.actions.deleteSelfHostedRunnerFromRepo({ owner: 'acme', repo: 'app', runner_id: busy.id })).rejects.toBeInstanceOf(GitHubValidationError);
    expect(scope.runners.map((r) => r.name)).toEqual(['build-1', 'build-2']);
  });

  test('organisation runners need admin:org', async () => {
    const { double, client } = await setup(['repo']);
    double.state.addRunner(double.state.org('acme')!.runners, { name: 'org-runner' });
    await expect(client.rest.actions.listSelfHostedRunnersForOrg({ org: 'acme' })).rejects.toMatchObject({ name: 'GitHubForbiddenError', missing: 'the token needs the scope admin:org (it has: repo)' });
    const admin = await testClient(double, double.state.addToken({ scopes: ['admin:org'] }).token);
    const { data } = await admin.client.rest.actions.listSelfHostedRunnersForOrg({ org: 'acme' });
    expect(data.runners.map((r) => r.name)).toEqual(['org-runner']);
    await admin.client.rest.actions.createRegistrationTokenForOrg({ org: 'acme' });
    expect(double.state.org('acme')!.runners.issuedTokens).toHaveLength(1);
  });
});

describe('code scanning', () => {
  test('a gzip+base64 SARIF upload is decoded and kept; garbage is a 400', async () => {
    const { double, client } = await setup();
    const sarif = { version: '2.1.0', runs: [{ tool: { driver: { name: 'token-warden' } }, results: [] }] };
    const upload = { owner: 'acme', repo: 'app', commit_sha: 'a'.repeat(40), ref: 'refs/heads/main' };
    const { data, status } = await client.rest.codeScanning.uploadSarif({ ...upload, sarif: gzipSync(JSON.stringify(sarif)).toString('base64') });
    expect(status).toBe(202);
    expect(double.state.mustRepo('acme/app').sarifs[0]).toMatchObject({ id: data.id, sarif, commitSha: 'a'.repeat(40) });
    const { data: processing } = await client.rest.codeScanning.getSarif({ owner: 'acme', repo: 'app', sarif_id: data.id! });
    expect(processing.processing_status).toBe('complete');
    await expect(client.rest.codeScanning.uploadSarif({ ...upload, sarif: Buffer.from('not gzip').toString('base64') })).rejects.toBeInstanceOf(GitHubValidationError);
    // A short commit sha breaks GitHub's pattern: refused and flagged.
    await expect(client.rest.codeScanning.uploadSarif({ ...upload, commit_sha: 'abc', sarif: gzipSync('{}').toString('base64') })).rejects.toBeInstanceOf(GitHubValidationError);
    expect(double.takeViolations()[0]!.message).toMatch(/body\/commit_sha must match pattern/);
  });
});

describe('organisation scan', () => {
  test('lists an organisation’s repositories page by page and reads workflow files', async () => {
    const { double, client } = await setup();
    const workflow = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ secrets.TOKEN }}\n';
    for (const name of ['one', 'two', 'three']) double.state.addRepo(`acme/${name}`, { private: name !== 'one', files: { '.github/workflows/ci.yml': workflow, '.github/workflows/release.yaml': 'on: release\n', 'README.md': '# hi' } });
    const repos = await client.paginate(client.rest.repos.listForOrg, { org: 'acme', per_page: 2, sort: 'full_name' });
    expect(repos.map((r) => r.full_name)).toEqual(['acme/app', 'acme/one', 'acme/three', 'acme/two']);
    expect(double.calls('repos/list-for-org')).toBe(2);
    const { data: dir } = await client.rest.repos.getContent({ owner: 'acme', repo: 'two', path: '.github/workflows' });
    expect(Array.isArray(dir) && dir.map((e) => [e.type, e.path])).toEqual([
      ['file', '.github/workflows/ci.yml'],
      ['file', '.github/workflows/release.yaml'],
    ]);
    const { data: file } = await client.rest.repos.getContent({ owner: 'acme', repo: 'two', path: '.github/workflows/ci.yml', ref: 'main' });
    expect(!Array.isArray(file) && file.type === 'file' && Buffer.from(file.content, 'base64').toString('utf8')).toBe(workflow);
    await expect(client.rest.repos.getContent({ owner: 'acme', repo: 'app', path: '.github/workflows' })).rejects.toBeInstanceOf(GitHubNotFoundError);
    await expect(client.rest.repos.getContent({ owner: 'acme', repo: 'two', path: 'README.md', ref: 'nope' })).rejects.toThrow(/No commit found for the ref nope/);
  });

  test('an installation limited to some repositories lists only those', async () => {
    const { double } = gh;
    for (const name of ['a', 'b', 'c']) double.state.addRepo(`acme/${name}`);
    const app = double.state.addApp();
    const installation = double.state.addInstallation({ appId: app.id, account: 'acme', repositories: ['acme/a', 'acme/c'], permissions: { metadata: 'read', contents: 'read' } });
    const { client } = await testClient(double, { type: 'app', appId: app.id, privateKey: app.privateKey, installationId: installation.id });
    const repos = await client.paginate(client.rest.repos.listForOrg, { org: 'acme' });
    expect(repos.map((r) => r.name).sort()).toEqual(['a', 'c']);
  });
});

describe('faults and the request log', () => {
  test('faults hit exactly the calls selected, per route', async () => {
    const { double, client } = await setup();
    const rule = double.inject('rate-limit/get', faults.serverError(500), { calls: { from: 2, to: 3 } });
    const other = double.inject('GET /repos/{owner}/{repo}/issues', faults.serverError(503), { calls: 2 });
    await client.rest.rateLimit.get();
    await client.rest.rateLimit.get();
    await client.rest.issues.listForRepo({ owner: 'acme', repo: 'app' });
    await client.rest.issues.listForRepo({ owner: 'acme', repo: 'app' });
    expect(double.requests().map((r) => [r.operationId, r.call, r.status])).toEqual([
      ['rate-limit/get', 1, 200],
      ['rate-limit/get', 2, 500],
      ['rate-limit/get', 3, 500],
      ['rate-limit/get', 4, 200],
      ['issues/list-for-repo', 1, 200],
      ['issues/list-for-repo', 2, 503],
      ['issues/list-for-repo', 3, 200],
    ]);
    expect([rule.hits, other.hits]).toEqual([2, 1]);
    double.removeFault(rule);
    await client.rest.rateLimit.get();
    expect(double.callCounts()).toEqual({ 'rate-limit/get': 5, 'issues/list-for-repo': 3 });
  });

  test("'*' faults every route; the log keeps method, path, query, body and user agent", async () => {
    const { double, client } = await setup();
    double.inject('*', faults.serverError(502), { calls: 1 });
    await client.rest.issues.create({ owner: 'acme', repo: 'app', title: 'logged' });
    await client.rest.issues.listForRepo({ owner: 'acme', repo: 'app', labels: 'x' });
    const [first, second, third, fourth] = double.requests();
    expect(first).toMatchObject({ method: 'POST', path: '/repos/acme/app/issues', status: 502, fault: 'status', body: { title: 'logged' } });
    expect(second).toMatchObject({ operationId: 'issues/create', call: 2, status: 201 });
    expect(third).toMatchObject({ operationId: 'issues/list-for-repo', call: 1, status: 502, query: { labels: 'x' } });
    expect(fourth!.userAgent).toMatch(/^token-warden\//);
    double.clearLog();
    expect(double.calls()).toBe(0);
  });

  test('runs standalone under plain node, with a control API for faults and call counts', async () => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'test/double/serve.mjs'), '--repo', 'acme/tool'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
    try {
      const banner = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (/^try: /m.test(out)) resolve(out);
        });
        child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.once('exit', (code) => reject(new Error(`serve.mjs exited ${code}: ${out}`)));
        setTimeout(() => reject(new Error(`serve.mjs printed no banner within 10 s: ${out}`)), 10_000).unref();
      });
      const url = /listening on (\S+)/.exec(banner)![1]!;
      const token = /^token: (\S+)/m.exec(banner)![1]!;
      const control = (what: string, init?: RequestInit) => fetch(`${url}/_double/${what}`, init);
      expect((await control('faults', { method: 'POST', body: JSON.stringify({ route: 'repos/get-content', fault: { kind: 'status', status: 503 }, calls: [1] }) })).status).toBe(201);
      const { client } = await testClient(gh.double, token, { baseUrl: url });
      const { data } = await client.rest.repos.getContent({ owner: 'acme', repo: 'tool', path: '.github/workflows/ci.yml' });
      expect(!Array.isArray(data) && data.type).toBe('file');
      expect(await (await control('calls')).json()).toEqual({ 'repos/get-content': 2 });
      expect(await (await control('violations')).json()).toEqual([]);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
