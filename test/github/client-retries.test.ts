/**
 * The client retries what can succeed later (5xx, network failures, invalid JSON, rate limits) as configured,
 * honours retry-after and x-ratelimit-reset, gives up with a typed error, and never retries a 4xx that cannot succeed.
 * Faults come from the double; attempts are counted from the double's request log, not from the client.
 */
import { GitHubForbiddenError, GitHubNotFoundError, GitHubRateLimitError, GitHubServerError, GitHubValidationError } from '../../src/github/errors.js';
import { faults } from '../double/faults.js';
import { useGitHubDouble } from '../double/jest.js';
import { testClient } from '../double/test-client.js';

const gh = useGitHubDouble();

async function setup(options: Parameters<typeof testClient>[2] = {}) {
  const { double } = gh;
  double.state.addRepo('acme/app');
  const token = double.state.addToken({ scopes: ['repo'] }).token;
  return { double, token, ...(await testClient(double, token, options)) };
}

const list = (client: Awaited<ReturnType<typeof setup>>['client']) => client.rest.issues.listForRepo({ owner: 'acme', repo: 'app' });

describe('server errors', () => {
  test.each([500, 502, 503] as const)('retries %i and succeeds when GitHub recovers', async (status) => {
    const { double, client } = await setup();
    double.inject('issues/list-for-repo', faults.serverError(status), { calls: [1, 2] });
    const { status: ok } = await list(client);
    expect(ok).toBe(200);
    expect(double.requests('issues/list-for-repo').map((r) => r.status)).toEqual([status, status, 200]);
  });

  test('gives up after the last attempt with a GitHubServerError that says how often it tried', async () => {
    const { double, client } = await setup();
    double.inject('issues/list-for-repo', faults.serverError(502));
    const error = (await list(client).catch((e: unknown) => e)) as GitHubServerError;
    expect(error).toBeInstanceOf(GitHubServerError);
    expect(error).toMatchObject({ status: 502, failure: 'http', attempts: 4 });
    expect(error.message).toBe('GitHub failed GET /repos/acme/app/issues (502 Bad Gateway) after 4 attempts');
    expect(double.calls('issues/list-for-repo')).toBe(4);
  });

  test.each([0, 1, 5])('retries as configured (%i retries)', async (retries) => {
    const { double, client } = await setup({ retries });
    double.inject('issues/list-for-repo', faults.serverError(503));
    await expect(list(client)).rejects.toBeInstanceOf(GitHubServerError);
    expect(double.calls('issues/list-for-repo')).toBe(retries + 1);
  });

  test('a connection reset is retried, and reported as a network failure when it persists', async () => {
    const { double, client } = await setup({ retries: 2 });
    double.inject('issues/list-for-repo', faults.connectionReset(), { calls: [1] });
    await expect(list(client)).resolves.toMatchObject({ status: 200 });
    double.inject('rate-limit/get', faults.connectionReset());
    const error = (await client.rest.rateLimit.get().catch((e: unknown) => e)) as GitHubServerError;
    expect(error).toBeInstanceOf(GitHubServerError);
    expect(error).toMatchObject({ failure: 'network', attempts: 3 });
    expect(error.message).toMatch(/^Could not reach GitHub for GET \/rate_limit after 3 attempts: /);
    expect(double.requests('rate-limit/get').map((r) => r.status)).toEqual([0, 0, 0]);
  });

  test('a 200 whose JSON does not parse is retried, then reported as an invalid response', async () => {
    const { double, client } = await setup({ retries: 1 });
    double.inject('issues/list-for-repo', faults.invalidJson(), { calls: [1] });
    const { data } = await list(client);
    expect(Array.isArray(data)).toBe(true);
    double.inject('rate-limit/get', faults.invalidJson());
    const error = await client.rest.rateLimit.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubServerError);
    expect(error).toMatchObject({ failure: 'invalid-response', attempts: 2, message: 'GitHub answered GET /rate_limit with a body that is not valid JSON after 2 attempts' });
  });

  test('latency beyond the request timeout is retried; latency within it is simply waited for', async () => {
    const { double, client } = await setup({ timing: { msPerSecond: 1, requestTimeoutMs: 150 } });
    double.inject('issues/list-for-repo', faults.latency(400), { calls: [1] });
    double.inject('issues/list-for-repo', faults.latency(40), { calls: [2] });
    const started = performance.now();
    await expect(list(client)).resolves.toMatchObject({ status: 200 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(150 + 40);
    expect(double.calls('issues/list-for-repo')).toBe(2);
  });

  test("a write GitHub carried out before failing is repeated safely when it is idempotent (fault 'after')", async () => {
    const { double, client } = await setup();
    double.state.addIssue('acme/app', { title: 'one' });
    double.inject('issues/update', faults.serverError(502), { calls: [1], when: 'after' });
    const { data } = await client.rest.issues.update({ owner: 'acme', repo: 'app', issue_number: 1, state: 'closed', state_reason: 'not_planned' });
    expect(data.state).toBe('closed');
    expect(double.requests('issues/update').map((r) => [r.status, r.fault])).toEqual([
      [502, 'status'],
      [200, undefined],
    ]);
    expect(double.state.mustRepo('acme/app').issues[0]).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
  });
});

describe('rate limits', () => {
  test('a secondary rate limit (403) waits the retry-after GitHub sends, then succeeds', async () => {
    const { double, client, waits } = await setup();
    double.inject('issues/create', faults.secondaryRateLimit({ retryAfter: 7 }), { calls: [1] });
    await client.rest.issues.create({ owner: 'acme', repo: 'app', title: 'slow down' });
    expect(waits).toEqual([{ limit: 'secondary', seconds: 7, retry: 1, method: 'POST', url: '/repos/{owner}/{repo}/issues' }]);
    expect(double.requests('issues/create').map((r) => r.status)).toEqual([403, 201]);
    expect(double.state.mustRepo('acme/app').issues).toHaveLength(1);
  });

  test('429 is a rate limit too: retry-after honoured', async () => {
    const { double, client, waits } = await setup();
    double.inject('issues/list-for-repo', faults.tooManyRequests(3), { calls: [1, 2] });
    await list(client);
    expect(waits.map((w) => [w.seconds, w.retry])).toEqual([
      [3, 1],
      [3, 2],
    ]);
    expect(double.requests('issues/list-for-repo').map((r) => r.status)).toEqual([429, 429, 200]);
  });

  test('a secondary limit without retry-after waits GitHub’s recommended minute', async () => {
    const { double, client, waits } = await setup();
    double.inject('issues/list-for-repo', faults.secondaryRateLimit(), { calls: [1] });
    await list(client);
    expect(waits.map((w) => w.seconds)).toEqual([60]);
  });

  test('primary exhaustion waits until x-ratelimit-reset, then succeeds', async () => {
    const { double, client, waits } = await setup();
    double.inject('issues/list-for-repo', faults.rateLimitExhausted({ resetInSeconds: 30 }), { calls: [1] });
    await list(client);
    expect(waits).toHaveLength(1);
    expect(waits[0]!.limit).toBe('primary');
    // Until the reset plus one second, give or take the clock tick between the double and the client.
    expect(waits[0]!.seconds).toBeGreaterThanOrEqual(30);
    expect(waits[0]!.seconds).toBeLessThanOrEqual(32);
    expect(double.calls('issues/list-for-repo')).toBe(2);
  });

  test('gives up at once when GitHub asks to wait longer than allowed, with a typed error carrying the reset', async () => {
    const { double, client, waits, logs } = await setup({ maxWaitSeconds: 60 });
    double.inject('issues/list-for-repo', faults.rateLimitExhausted({ resetInSeconds: 3000 }));
    const error = (await list(client).catch((e: unknown) => e)) as GitHubRateLimitError;
    expect(error).toBeInstanceOf(GitHubRateLimitError);
    expect(error.limit).toBe('primary');
    expect(error.resetAt!.getTime()).toBeGreaterThan(Date.now() + 2900_000);
    expect(error.message).toMatch(/^GitHub's rate limit is used up for GET \/repos\/acme\/app\/issues; the limit resets at /);
    expect(waits).toEqual([]);
    expect(logs.some((l) => l.startsWith('warn: ') && /more than the 60 s allowed/.test(l))).toBe(true);
    expect(double.calls('issues/list-for-repo')).toBe(1);
  });

  test('gives up after the configured retries of a secondary limit', async () => {
    const { double, client } = await setup({ retries: 2 });
    double.inject('issues/create', faults.secondaryRateLimit({ retryAfter: 1, status: 429 }));
    const error = (await client.rest.issues.create({ owner: 'acme', repo: 'app', title: 'x' }).catch((e: unknown) => e)) as GitHubRateLimitError;
    expect(error).toBeInstanceOf(GitHubRateLimitError);
    expect(error).toMatchObject({ limit: 'secondary', retryAfterSeconds: 1, status: 429 });
    expect(double.calls('issues/create')).toBe(3);
    expect(double.state.mustRepo('acme/app').issues).toHaveLength(0);
  });

  test('a token that really runs out: the double counts requests and answers 403 with remaining 0', async () => {
    const { double } = gh;
    double.state.addRepo('acme/app');
    const resetAt = new Date(Date.now() + 3600_000);
    const token = double.state.addToken({ scopes: ['repo'], rateLimit: { limit: 5000, remaining: 2, resetAt } }).token;
    const { client } = await testClient(double, token);
    const first = await client.rest.issues.listForRepo({ owner: 'acme', repo: 'app' });
    expect(first.headers['x-ratelimit-remaining']).toBe('1');
    // GET /rate_limit is free.
    expect((await client.rest.rateLimit.get()).data.rate.remaining).toBe(1);
    await client.rest.issues.listForRepo({ owner: 'acme', repo: 'app' });
    const error = (await client.rest.issues.listForRepo({ owner: 'acme', repo: 'app' }).catch((e: unknown) => e)) as GitHubRateLimitError;
    expect(error).toBeInstanceOf(GitHubRateLimitError);
    expect(error.limit).toBe('primary');
    expect(error.resetAt!.getTime()).toBe(Math.floor(resetAt.getTime() / 1000) * 1000);
    expect(error.githubMessage).toMatch(/^API rate limit exceeded for user ID \d+\.$/);
  });
});

describe('4xx that cannot succeed are never retried', () => {
  test('404, 422 and a permission 403 are sent once each', async () => {
    const { double } = gh;
    double.state.addRepo('acme/app');
    const token = double.state.addToken({ kind: 'fine-grained', permissions: { issues: 'read', secrets: 'read' } }).token;
    const { client } = await testClient(double, token);
    await expect(client.rest.issues.listForRepo({ owner: 'acme', repo: 'missing' })).rejects.toBeInstanceOf(GitHubNotFoundError);
    await expect(client.rest.issues.createLabel({ owner: 'acme', repo: 'app', name: 'x', color: 'not-a-color' })).rejects.toBeInstanceOf(GitHubForbiddenError);
    const token2 = double.state.addToken({ scopes: ['repo'] }).token;
    const { client: writer } = await testClient(double, token2);
    await expect(writer.rest.issues.createLabel({ owner: 'acme', repo: 'app', name: 'x', color: 'not-a-color' })).rejects.toBeInstanceOf(GitHubValidationError);
    expect(double.callCounts()).toEqual({ 'issues/list-for-repo': 1, 'issues/create-label': 2 });
  });

  test.each([400, 401, 404, 405, 409, 410, 413, 422, 451])('an injected %i is sent once', async (status) => {
    const { double, client } = await setup();
    double.inject('issues/list-for-repo', faults.status(status, 'no'));
    await expect(list(client)).rejects.toMatchObject({ status, attempts: 1 });
    expect(double.calls('issues/list-for-repo')).toBe(1);
  });
});
