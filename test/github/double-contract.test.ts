/**
 * The double refuses what GitHub would refuse, records a contract violation for every request or response that
 * GitHub's OpenAPI description rejects, and the project's client surfaces the refusal as a typed error.
 */
import { GitHubAuthError, GitHubNotFoundError, GitHubValidationError } from '../../src/github/errors.js';
import { VERSION } from '../../src/version.js';
import { GitHubDouble } from '../double/server.js';
import { useGitHubDouble } from '../double/jest.js';
import { ROUTES, type RouteDef } from '../double/routes.js';
import { testClient } from '../double/test-client.js';

const gh = useGitHubDouble();

/** Sends what the typed Octokit methods would not let through: the point of these tests. */
function untyped(client: Awaited<ReturnType<typeof testClient>>['client'], route: string, parameters: Record<string, unknown>) {
  return client.request(route, parameters);
}

async function repoAndClient() {
  const { double } = gh;
  double.state.addRepo('acme/app');
  const token = double.state.addToken({ scopes: ['repo', 'admin:org'] }).token;
  return { double, ...(await testClient(double, token)) };
}

describe('requests GitHub would refuse', () => {
  test('an unknown route is a 404, a recorded violation and a GitHubNotFoundError', async () => {
    const { double, client } = await repoAndClient();
    const error = await client.request('GET /repos/{owner}/{repo}/no-such-thing', { owner: 'acme', repo: 'app' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubNotFoundError);
    expect((error as GitHubNotFoundError).attempts).toBe(1);
    const violations = double.takeViolations();
    expect(violations).toEqual([expect.objectContaining({ kind: 'unknown-route', method: 'GET', path: '/repos/acme/app/no-such-thing' })]);
    expect(violations[0]!.message).toMatch(/no operation in GitHub's REST API description/);
  });

  test('a method the path does not take is an unknown route that names the methods it does take', async () => {
    const { double, client } = await repoAndClient();
    await expect(client.request('DELETE /rate_limit')).rejects.toBeInstanceOf(GitHubNotFoundError);
    expect(double.takeViolations()[0]!.message).toMatch(/that path takes GET/);
  });

  test('a missing required body field is a 422 GitHubValidationError and names the operation and field', async () => {
    const { double, client } = await repoAndClient();
    const error = await untyped(client, 'POST /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'app', body: 'no title' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubValidationError);
    expect((error as GitHubValidationError).status).toBe(422);
    expect((error as Error).message).toMatch(/POST \/repos\/acme\/app\/issues/);
    expect(double.takeViolations()).toEqual([expect.objectContaining({ kind: 'request', operationId: 'issues/create', message: expect.stringMatching(/must have required property 'title'/) })]);
    expect(double.state.mustRepo('acme/app').issues).toHaveLength(0);
    expect(double.calls('issues/create')).toBe(1);
  });

  test('a field of the wrong type is a 422 and is not carried out', async () => {
    const { double, client } = await repoAndClient();
    const error = await untyped(client, 'POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig', { owner: 'acme', repo: 'app', name: 'r1', runner_group_id: 'default', labels: 'linux' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubValidationError);
    const [violation] = double.takeViolations();
    expect(violation).toMatchObject({ kind: 'request', operationId: 'actions/generate-runner-jitconfig-for-repo' });
    expect(violation!.message).toMatch(/body\/runner_group_id must be integer/);
    expect(violation!.message).toMatch(/body\/labels must be array/);
    expect(double.state.mustRepo('acme/app').runners.runners).toHaveLength(0);
  });

  test('a body that is not JSON is a 400', async () => {
    const { double, client } = await repoAndClient();
    const error = await untyped(client, 'POST /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'app', data: '{"title": ', headers: { 'content-type': 'application/json' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubValidationError);
    expect((error as GitHubValidationError).status).toBe(400);
    expect(double.takeViolations()).toEqual([expect.objectContaining({ kind: 'request', message: 'request body is not JSON' })]);
  });

  test('a path parameter of the wrong type is a 404, as on GitHub', async () => {
    const { double, client } = await repoAndClient();
    await expect(untyped(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: 'acme', repo: 'app', issue_number: 'first' })).rejects.toBeInstanceOf(GitHubNotFoundError);
    expect(double.takeViolations()[0]!.message).toMatch(/path parameter issue_number="first": \(root\) must be integer/);
  });

  test('unknown query parameters and body fields are flagged: GitHub ignores them silently', async () => {
    const { double, client } = await repoAndClient();
    await client.request('GET /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'app', label: 'bug' });
    await client.request('POST /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'app', title: 't', lables: ['bug'] });
    expect(double.state.mustRepo('acme/app').issues).toHaveLength(1);
    expect(double.takeViolations().map((v) => v.message)).toEqual(['unknown query parameter label (GitHub ignores it silently)', 'body has unknown property lables (GitHub ignores it silently)']);
  });

  test('an enum value GitHub does not know is flagged', async () => {
    const { double, client } = await repoAndClient();
    await untyped(client, 'GET /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'app', state: 'opened' });
    expect(double.takeViolations()[0]!.message).toMatch(/query parameter state="opened": \(root\) must be equal to one of the allowed values \(\["open","closed","all"\]\)/);
  });

  test('no credentials, unknown or expired credentials are a GitHubAuthError and never retried', async () => {
    const { double } = gh;
    double.state.addRepo('acme/app');
    const expired = double.state.addToken({ expiresAt: new Date(Date.now() - 1000) }).token;
    for (const token of ['ghp_not_a_token_the_double_knows', expired]) {
      const { client } = await testClient(double, token);
      const error = await client.rest.issues.listForRepo({ owner: 'acme', repo: 'app' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitHubAuthError);
      expect((error as Error).message).toMatch(/GET \/repos\/acme\/app\/issues \(401 Bad credentials\)/);
    }
    expect(double.calls('issues/list-for-repo')).toBe(2);
    const anonymous = await fetch(`${double.url}/repos/acme/app/issues`, { headers: { 'user-agent': 'curl' } });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ message: 'Requires authentication' });
  });

  test('a request without a User-Agent is refused, as GitHub does', async () => {
    const { double } = gh;
    const response = await fetch(`${double.url}/rate_limit`, { headers: { 'user-agent': '' } });
    expect(response.status).toBe(403);
  });
});

describe('responses are checked too', () => {
  const replaced: [string, RouteDef][] = [];
  function replaceRoute(operationId: string, handle: RouteDef['handle']): void {
    replaced.push([operationId, ROUTES[operationId]!]);
    ROUTES[operationId] = { ...ROUTES[operationId]!, handle };
  }
  afterEach(() => {
    for (const [id, route] of replaced.splice(0)) ROUTES[id] = route;
  });

  test('a response body that does not match the schema for its status is a violation naming operation and error', async () => {
    const { double, client } = await repoAndClient();
    replaceRoute('rate-limit/get', () => ({ status: 200, body: { resources: { core: { limit: 'many' } } } }));
    await client.rest.rateLimit.get();
    const violations = double.takeViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ kind: 'response', operationId: 'rate-limit/get' });
    expect(violations[0]!.message).toMatch(/body must have required property 'rate'/);
    expect(violations[0]!.message).toMatch(/body\/resources\/core\/limit must be integer/);
  });

  test('a status the operation does not declare is a violation', async () => {
    const { double, client } = await repoAndClient();
    replaceRoute('issues/create', () => ({ status: 200, body: {} }));
    await client.rest.issues.create({ owner: 'acme', repo: 'app', title: 'x' });
    expect(double.takeViolations()[0]!.message).toMatch(/status 200 is not declared for issues\/create \(declared: 201, 400, 403, 404, 410, 422, 503\)/);
  });

  test('assertNoViolations fails with every violation, operation id and schema error', async () => {
    const { double, client } = await repoAndClient();
    replaceRoute('rate-limit/get', () => ({ status: 200, body: { rate: {} } }));
    await client.rest.rateLimit.get();
    await client.request('GET /nowhere').catch(() => undefined);
    expect(() => double.assertNoViolations()).toThrow(/2 contract violation\(s\):\n {2}\[response\] rate-limit\/get GET \/rate_limit: .*must have required property 'resources'[^\n]*\n {2}\[unknown-route\] \(no operation\) GET \/nowhere/);
    expect(double.violations).toHaveLength(0);
  });

  test('a handler that throws is reported as a double bug, not passed off as GitHub', async () => {
    const { double, client } = await repoAndClient();
    replaceRoute('rate-limit/get', () => {
      throw new TypeError('boom');
    });
    await client.rest.rateLimit.get().catch(() => undefined);
    expect(double.takeViolations()[0]!.message).toMatch(/the double's handler threw: TypeError: boom/);
  });
});

describe('the client as GitHub sees it', () => {
  test('sends token-warden/<version> as its user agent', async () => {
    const { double, client } = await repoAndClient();
    await client.rest.rateLimit.get();
    expect(double.requests('rate-limit/get')[0]!.userAgent).toMatch(new RegExp(`^token-warden/${VERSION.replace(/\./g, '\\.')} `));
  });

  test('works against a GitHub Enterprise Server style /api/v3 prefix', async () => {
    const ghes = await GitHubDouble.start({ prefix: '/api/v3' });
    try {
      ghes.state.addRepo('corp/tool');
      const token = ghes.state.addToken({ scopes: ['repo'] }).token;
      const { client } = await testClient(ghes, token);
      expect(ghes.url).toMatch(/\/api\/v3$/);
      const { data } = await client.rest.issues.create({ owner: 'corp', repo: 'tool', title: 'on GHES' });
      expect(data.url).toBe(`${ghes.url}/repos/corp/tool/issues/1`);
      // Without the prefix the path is not the API.
      const outside = await fetch(`${ghes.url.replace('/api/v3', '')}/repos/corp/tool/issues`, { headers: { authorization: `token ${token}`, 'user-agent': 'x' } });
      expect(outside.status).toBe(404);
      expect(ghes.takeViolations()).toHaveLength(1);
      ghes.assertNoViolations();
    } finally {
      await ghes.stop();
    }
  });

  test('inject() refuses a route the double does not serve, so a typo cannot silently inject nothing', () => {
    expect(() => gh.double.inject('issues/craete', { kind: 'connection-reset' })).toThrow(/serves no route "issues\/craete"/);
    expect(gh.double.operationIdOf('POST /repos/{owner}/{repo}/issues')).toBe('issues/create');
  });
});
