/**
 * runRunnerToken against the GitHub API double: minting and storing (the double opens the sealed secret and the test
 * compares it with the token it issued), JIT configs, the refresh threshold (no writes while fresh), offline runners,
 * the permission message for the default GITHUB_TOKEN, retries under 5xx and rate limits (recorded, never slept), the
 * consecutive-failure alert, dry runs that write nothing, and no value anywhere but where it was asked to go.
 */
import { MemoryRenewalStateStore, parseRenewalState } from '../../src/renewal/state.js';
import { runRunnerToken, type RunnerTokenOptions, type RunnerTokenResult } from '../../src/renewal/runner-token.js';
import { faults } from '../double/faults.js';
import { useGitHubDouble } from '../double/jest.js';
import { harness, renewalClient, TestClock, writes, type Harness } from './helpers.js';

const START = '2027-03-01T10:00:00Z';
let clock = new TestClock(START);
const gh = useGitHubDouble({ now: () => clock.date() });
beforeEach(() => {
  clock = new TestClock(START);
});

const MIN = 60_000;

async function run(token: string, h: Harness, options: Partial<RunnerTokenOptions>): Promise<RunnerTokenResult> {
  const client = await renewalClient(gh.double, token, h);
  return runRunnerToken({
    scope: { kind: 'org', org: 'acme' },
    client,
    dryRun: false,
    mask: (v) => h.masked.push(v),
    now: clock.now,
    sleep: h.sleep,
    random: () => 0.5,
    log: (m) => h.logs.push(m),
    ...options,
  });
}

function orgAdmin(): string {
  return gh.double.state.addToken({ kind: 'fine-grained', permissions: { organization_self_hosted_runners: 'write', organization_secrets: 'write' } }).token;
}

/** Every value the double handed out or was sent (registration tokens, JIT configs, secret plaintexts). */
function plantedValues(): string[] {
  const out: string[] = [];
  for (const scope of [...gh.double.state.orgs.values(), ...gh.double.state.repos.values()]) {
    out.push(...scope.runners.issuedTokens.map((t) => t.token), ...scope.runners.jitConfigs.map((j) => j.encodedJitConfig));
    out.push(...[...scope.actions.secrets.values()].map((s) => s.value));
  }
  return out;
}

/** The result without the outputs the caller asked for, as any renderer would see it. */
function shown(result: RunnerTokenResult): string {
  const outputs = Object.fromEntries(Object.entries(result.outputs).filter(([k]) => !result.secretOutputs.includes(k)));
  return JSON.stringify({ ...result, outputs });
}

function expectNoLeak(texts: string[]): void {
  const values = plantedValues();
  expect(values.length).toBeGreaterThan(0);
  for (const text of texts) for (const v of values) expect(text.includes(v)).toBe(false);
}

describe('registration tokens stored as an organisation secret', () => {
  test('mints, seals and stores: the secret GitHub decrypts is the token it issued; state and metrics recorded', async () => {
    const { double } = gh;
    double.state.addOrg('acme');
    const h = harness();
    const state = new MemoryRenewalStateStore();
    const result = await run(orgAdmin(), h, { storeSecret: { name: 'RUNNER_TOKEN', visibility: 'private' }, state });

    const org = double.state.org('acme')!;
    expect(org.runners.issuedTokens).toHaveLength(1);
    const issued = org.runners.issuedTokens[0]!;
    expect(org.actions.secrets.get('RUNNER_TOKEN')).toMatchObject({ value: issued.token, visibility: 'private' });
    expect(result).toMatchObject({ status: 'refreshed', wrote: true, expiresAt: issued.expiresAt.toISOString().replace('.000Z', 'Z') });
    expect(result.outputs).toEqual({ refreshed: 'true', 'expires-at': result.expiresAt });
    expect(result.secretOutputs).toEqual([]);
    expect(h.masked).toContain(issued.token);
    expect(result.metrics).toEqual({ last_check: '2027-03-01T10:00:00.000Z', last_refresh: '2027-03-01T10:00:00.000Z', total_refreshes: 1, failed_refreshes: 0, consecutive_failures: 0 });
    expect(result.actions.join('\n')).toMatch(/minted a registration token expiring at 2027-03-01T11:00:00Z \(in 1h\) — because no stored token is known/);
    expect(result.actions.at(-1)).toBe('created the organisation secret RUNNER_TOKEN');
    // list runners, look for the secret (404: never written), mint, public key, write
    expect(double.log.map((r) => `${r.method} ${r.operationId} ${r.status}`)).toEqual([
      'GET actions/list-self-hosted-runners-for-org 200',
      'GET actions/get-org-secret 404',
      'POST actions/create-registration-token-for-org 201',
      'GET actions/get-org-public-key 200',
      'PUT actions/create-or-update-org-secret 201',
    ]);
    const saved = parseRenewalState(state.text!).state!;
    expect(saved.runner_tokens['orgs/acme#secret:RUNNER_TOKEN']).toMatchObject({ expires_at: result.expiresAt, metrics: result.metrics, last_error: null });
    expectNoLeak([shown(result), state.text!, h.logs.join('\n')]);
  });

  test('refreshes only within the threshold: fresh runs make no write; 56 minutes on it mints again', async () => {
    const { double } = gh;
    double.state.addOrg('acme');
    const h = harness();
    const state = new MemoryRenewalStateStore();
    const token = orgAdmin();
    const options = { storeSecret: { name: 'RUNNER_TOKEN', visibility: 'private' as const }, state };
    await run(token, h, options);
    double.clearLog();

    clock.advance(30 * MIN);
    const fresh = await run(token, h, options);
    expect(fresh.status).toBe('fresh');
    expect(fresh.wrote).toBe(false);
    expect(writes(double)).toEqual([]);
    expect(fresh.actions).toEqual([
      'nothing to do: the stored token expires at 2027-03-01T11:00:00.000Z (by the state), in 30m; it is refreshed from 2027-03-01T10:55:00.000Z (threshold 5m)',
    ]);
    // Runs every 30 minutes with a 5-minute threshold would leave the secret expired: the run says so.
    expect(fresh.notes.join('\n')).toMatch(/runs come about every 30m and the stored token expires in 30m: it will lapse before the next run refreshes it; set --threshold above the schedule interval \(e\.g\. 35m\)/);
    expect(fresh.metrics).toMatchObject({ total_refreshes: 1, last_check: '2027-03-01T10:30:00.000Z', last_refresh: '2027-03-01T10:00:00.000Z' });

    clock.advance(26 * MIN);
    const due = await run(token, h, options);
    expect(due.status).toBe('refreshed');
    expect(due.actions[0]).toMatch(/because the stored token expires at 2027-03-01T11:00:00.000Z \(by the state\), in 4m: within the 5m threshold/);
    expect(double.state.org('acme')!.runners.issuedTokens).toHaveLength(2);
    expect(double.state.org('acme')!.actions.secrets.get('RUNNER_TOKEN')!.value).toBe(double.state.org('acme')!.runners.issuedTokens[1]!.token);
    expect(due.metrics).toMatchObject({ total_refreshes: 2, consecutive_failures: 0 });

    clock.advance(5 * MIN);
    const forced = await run(token, h, { ...options, force: true });
    expect(forced.status).toBe('refreshed');
    expect(forced.actions[0]).toMatch(/because --force/);
  });

  test("without a state, the secret's updated_at tells the age: a secret written 20 minutes ago is fresh", async () => {
    const { double } = gh;
    const org = double.state.addOrg('acme');
    double.state.addSecret(org.actions, 'RUNNER_TOKEN', 'OLDTOKENVALUE0000000000000', { updatedAt: new Date(clock.ms - 20 * MIN), visibility: 'private' });
    const h = harness();
    const result = await run(orgAdmin(), h, { storeSecret: { name: 'RUNNER_TOKEN', visibility: 'private' } });
    expect(result.status).toBe('fresh');
    expect(result.expiresAt).toBe('2027-03-01T10:40:00.000Z');
    expect(result.actions[0]).toMatch(/by the secret's updated_at \+ 1 hour\), in 40m/);
    expect(writes(double)).toEqual([]);
  });

  test('an organisation secret for selected repositories carries their ids', async () => {
    const { double } = gh;
    double.state.addOrg('acme');
    const h = harness();
    await run(orgAdmin(), h, { storeSecret: { name: 'RUNNER_TOKEN', visibility: 'selected', selectedRepositoryIds: [11, 12] } });
    expect(double.state.org('acme')!.actions.secrets.get('RUNNER_TOKEN')).toMatchObject({ visibility: 'selected', selectedRepositoryIds: [11, 12] });
  });
});

describe('repository scope, step outputs and JIT configs', () => {
  test('--store-output: a token every run, handed back masked as runner-token', async () => {
    const { double } = gh;
    double.state.addRepo('acme/app');
    const token = double.state.addToken({ scopes: ['repo'] }).token;
    const h = harness();
    const result = await run(token, h, { scope: { kind: 'repo', owner: 'acme', repo: 'app' }, storeOutput: true });
    const issued = double.state.mustRepo('acme/app').runners.issuedTokens[0]!;
    expect(result.outputs['runner-token']).toBe(issued.token);
    expect(result.secretOutputs).toEqual(['runner-token']);
    expect(h.masked).toContain(issued.token);
    expect(result.actions).toContain('set the masked step output runner-token');
    expect(writes(double)).toEqual(['POST /repos/acme/app/actions/runners/registration-token']);
    expectNoLeak([shown(result)]);
  });

  test('--jit: generates a config for a named runner with its labels and group, stored as a repository secret', async () => {
    const { double } = gh;
    double.state.addRepo('acme/app');
    const token = double.state.addToken({ kind: 'fine-grained', permissions: { administration: 'write', secrets: 'write' } }).token;
    const h = harness();
    const state = new MemoryRenewalStateStore();
    const result = await run(token, h, {
      scope: { kind: 'repo', owner: 'acme', repo: 'app' },
      jit: { name: 'ci-4711', labels: ['linux', 'gpu'] },
      storeSecret: { name: 'JIT_CONFIG' },
      storeOutput: true,
      state,
    });
    const repo = double.state.mustRepo('acme/app');
    const jit = repo.runners.jitConfigs[0]!;
    expect(jit).toMatchObject({ name: 'ci-4711', labels: ['linux', 'gpu'], runnerGroupId: 1 });
    expect(repo.actions.secrets.get('JIT_CONFIG')!.value).toBe(jit.encodedJitConfig);
    expect(result.outputs).toMatchObject({ 'jit-config': jit.encodedJitConfig, 'runner-id': String(jit.runnerId), 'runner-name': 'ci-4711', refreshed: 'true' });
    expect(result.outputs['expires-at']).toBeUndefined();
    expect(h.masked).toContain(jit.encodedJitConfig);
    expect(result.actions[0]).toBe(`generated a JIT config for runner ci-4711 (id ${jit.runnerId}) — because a JIT config serves one runner once: every run makes a new one`);
    expectNoLeak([shown(result), state.text!]);

    // The same name again: GitHub refuses (409); the message says why and what to do.
    const again = await run(token, h, { scope: { kind: 'repo', owner: 'acme', repo: 'app' }, jit: { name: 'ci-4711', labels: ['linux'] }, storeOutput: true, state });
    expect(again.status).toBe('failed');
    expect(again.error).toMatch(/a runner named ci-4711 already exists in repository acme\/app: JIT runner names must be unique/);
  });
});

describe('offline runners', () => {
  test('one finding per label set: high when no online runner carries the labels, medium when one still does (paginated list)', async () => {
    const { double } = gh;
    const org = double.state.addOrg('acme');
    double.state.addRunner(org.runners, { name: 'gpu-1', status: 'offline', labels: ['self-hosted', 'Linux', 'gpu'] });
    double.state.addRunner(org.runners, { name: 'gpu-2', status: 'offline', labels: ['gpu', 'linux', 'self-hosted'] });
    double.state.addRunner(org.runners, { name: 'lin-1', status: 'offline', labels: ['self-hosted', 'linux'] });
    for (let i = 0; i < 120; i++) double.state.addRunner(org.runners, { name: `pool-${i}`, status: 'online', labels: ['self-hosted', 'linux', 'x64'] });
    const h = harness();
    const result = await run(orgAdmin(), h, { storeSecret: { name: 'RUNNER_TOKEN', visibility: 'private' }, dryRun: true });
    expect(result.runners).toEqual({ total: 123, offline: 3 });
    expect(double.calls('actions/list-self-hosted-runners-for-org')).toBe(2);
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.location.file, f.message])).toEqual([
      [
        'runner-offline',
        'high',
        'orgs/acme/actions/runners',
        'No online runner in organisation acme carries the labels [gpu, linux, self-hosted]: 2 runner(s) with them are offline (gpu-1, gpu-2), so jobs asking for them wait; a lapsed registration (an expired registration token) is the usual cause',
      ],
      ['runner-offline', 'medium', 'orgs/acme/actions/runners', '1 runner(s) with the labels [linux, self-hosted] are offline in organisation acme (lin-1); 120 online runner(s) still serve these labels'],
    ]);
    // Stable across runs: the fingerprint is the label set's, not the runners'.
    const again = await run(orgAdmin(), h, { storeSecret: { name: 'RUNNER_TOKEN', visibility: 'private' }, dryRun: true });
    expect(again.findings.map((f) => f.fingerprint)).toEqual(result.findings.map((f) => f.fingerprint));
  });
});

describe('dry run', () => {
  test('reads, says exactly what it would do, and writes nothing: no POST/PUT, no state', async () => {
    const { double } = gh;
    double.state.addOrg('acme');
    const h = harness();
    const state = new MemoryRenewalStateStore();
    const result = await run(orgAdmin(), h, { storeSecret: { name: 'RUNNER_TOKEN', visibility: 'selected', selectedRepositoryIds: [7] }, storeOutput: true, dryRun: true, state });
    expect(writes(double)).toEqual([]);
    expect(state.saves).toBe(0);
    expect(result).toMatchObject({ status: 'would-refresh', wrote: false });
    expect(result.actions).toEqual([
      'would mint: POST /orgs/acme/actions/runners/registration-token — because the step output needs a token this run',
      "would write it to the organisation secret RUNNER_TOKEN (visibility selected, repositories 7), sealed with the organisation's public key",
      'would set the masked step output runner-token',
      'dry run: nothing was written (run with --apply to do it)',
    ]);
    expect(result.outputs).toEqual({ refreshed: 'false' });
    expect(double.state.org('acme')!.runners.issuedTokens).toHaveLength(0);
  });
});

describe('permissions', () => {
  test('the default GITHUB_TOKEN: one clear message naming the permission and how to supply an App or a PAT; nothing minted', async () => {
    const { double } = gh;
    double.state.addRepo('acme/app');
    const token = double.state.addToken({ kind: 'github-actions', permissions: { contents: 'write', metadata: 'read', issues: 'write' }, repositories: ['acme/app'] }).token;
    const h = harness();
    const result = await run(token, h, { scope: { kind: 'repo', owner: 'acme', repo: 'app' }, storeSecret: { name: 'RUNNER_TOKEN' }, state: new MemoryRenewalStateStore() });
    expect(result.status).toBe('failed');
    expect(result.error).toBe(
      'GitHub answered GET /repos/acme/app/actions/runners?per_page=100 with 403 (Resource not accessible by integration). Listing the self-hosted runners of repository acme/app and minting their registration token needs the repository permission "Administration: write" (administration) for a GitHub App or fine-grained PAT, or the scope repo for a classic PAT. The default GITHUB_TOKEN never has it, whatever the workflow\'s permissions block says: supply a GitHub App (--app-id, its private key in GITHUB_APP_PRIVATE_KEY, --installation-id) or a PAT in GITHUB_TOKEN/GH_TOKEN that has it.',
    );
    expect(writes(double)).toEqual([]);
    expect(double.calls()).toBe(1); // a 403 is not retried
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['runner-token-refresh-failed', 'high']]);
    expect(result.metrics).toMatchObject({ failed_refreshes: 1, consecutive_failures: 1 });
  });

  test('a token that may list runners but not write secrets is told about the secrets permission', async () => {
    const { double } = gh;
    double.state.addOrg('acme');
    const token = double.state.addToken({ kind: 'fine-grained', permissions: { organization_self_hosted_runners: 'write', organization_secrets: 'read' } }).token;
    const result = await run(token, harness(), { storeSecret: { name: 'RUNNER_TOKEN', visibility: 'private' } });
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/^GitHub answered PUT \/orgs\/acme\/actions\/secrets\/RUNNER_TOKEN with 403 .*Writing an Actions secret of organisation acme needs the organisation permission "Secrets: write" \(organization_secrets\)/);
    expect(result.wrote).toBe(true); // the token was minted; it is simply never stored
    expectNoLeak([shown(result)]);
  });

  test('a 404 says that it usually means a missing permission', async () => {
    const { double } = gh;
    double.state.addOrg('acme');
    const token = double.state.addToken({ kind: 'fine-grained', account: 'someone-else', permissions: { organization_self_hosted_runners: 'write' } }).token;
    const result = await run(token, harness(), { storeOutput: true });
    expect(result.error).toMatch(/^GitHub answered GET \/orgs\/acme\/actions\/runners\?per_page=100 with 404 \(Not Found\)\. A 404 from these endpoints usually means the token lacks the permission .* less often a misspelt organisation\. Listing the self-hosted runners of organisation acme and minting their registration token needs the organisation permission "Self-hosted runners: write"/);
  });

  test('an enterprise needs a classic PAT with manage_runners:enterprise (the endpoints are outside the double: it answers 404)', async () => {
    const { double } = gh;
    const token = double.state.addToken({ scopes: ['admin:enterprise'] }).token;
    const result = await run(token, harness(), { scope: { kind: 'enterprise', enterprise: 'big-co' }, storeOutput: true });
    expect(double.log.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /enterprises/big-co/actions/runners']);
    expect(result.error).toMatch(/Listing the self-hosted runners of enterprise big-co and minting their registration token needs a classic PAT with the scope manage_runners:enterprise\./);
    expect(double.takeViolations().map((v) => v.kind)).toEqual(['unknown-route']);
  });
});

describe('retries and the consecutive-failure alert', () => {
  test('5xx on the mint: retried with exponential backoff and jitter (recorded, not slept), then stored once', async () => {
    const { double } = gh;
    double.state.addOrg('acme');
    double.inject('actions/create-registration-token-for-org', faults.serverError(502), { calls: [1, 2] });
    const h = harness();
    const result = await run(orgAdmin(), h, { storeSecret: { name: 'RUNNER_TOKEN', visibility: 'private' } });
    expect(result.status).toBe('refreshed');
    expect(double.requests('actions/create-registration-token-for-org').map((r) => r.status)).toEqual([502, 502, 201]);
    // random 0.5: half the step plus a quarter of it — 2 s then 4 s steps
    expect(h.sleeps).toEqual([1500, 3000]);
    expect(h.logs.filter((l) => /try/.test(l))).toEqual([
      'POST /orgs/acme/actions/runners/registration-token: GitHub answered 502; try 2 of 3 in 1s',
      'POST /orgs/acme/actions/runners/registration-token: GitHub answered 502; try 3 of 3 in 3s',
    ]);
    expect(double.state.org('acme')!.actions.secrets.get('RUNNER_TOKEN')!.value).toBe(double.state.org('acme')!.runners.issuedTokens.at(-1)!.token);
  });

  test('429 and secondary rate limits: the wait honours retry-after (or GitHub\'s one minute), never the client twice', async () => {
    const { double } = gh;
    double.state.addOrg('acme');
    double.inject('actions/create-registration-token-for-org', faults.tooManyRequests(7), { calls: [1] });
    double.inject('actions/create-or-update-org-secret', faults.secondaryRateLimit({ status: 403 }), { calls: [1] });
    const h = harness();
    const result = await run(orgAdmin(), h, { storeSecret: { name: 'RUNNER_TOKEN', visibility: 'private' } });
    expect(result.status).toBe('refreshed');
    expect(h.sleeps).toEqual([7000, 60_000]);
    expect(double.calls('actions/create-registration-token-for-org')).toBe(2);
    expect(double.calls('actions/create-or-update-org-secret')).toBe(2);
  });

  test('a rate limit asking for longer than allowed is not waited for', async () => {
    const { double } = gh;
    double.state.addOrg('acme');
    double.inject('actions/create-registration-token-for-org', faults.rateLimitExhausted({ resetInSeconds: 3600 }));
    const h = harness();
    const result = await run(orgAdmin(), h, { storeOutput: true });
    expect(result.status).toBe('failed');
    expect(h.sleeps).toEqual([]);
    expect(result.error).toMatch(/GitHub asks to wait 1h, more than the 2m allowed/);
  });

  test('attempts are configurable; after 3 failed runs in a row the finding is critical; a success ends the streak', async () => {
    const { double } = gh;
    double.state.addOrg('acme');
    const rule = double.inject('actions/create-registration-token-for-org', faults.serverError(503));
    const h = harness();
    const state = new MemoryRenewalStateStore();
    const token = orgAdmin();
    const options = { storeSecret: { name: 'RUNNER_TOKEN', visibility: 'private' as const }, state, retry: { attempts: 2 } };
    const severities: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await run(token, h, options);
      expect(r.status).toBe('failed');
      severities.push(r.findings.map((f) => `${f.ruleId} ${f.severity}`).join());
      clock.advance(10 * MIN);
    }
    expect(double.calls('actions/create-registration-token-for-org')).toBe(6);
    expect(severities).toEqual(['runner-token-refresh-failed high', 'runner-token-refresh-failed high', 'runner-token-refresh-failed critical']);
    const third = parseRenewalState(state.text!).state!.runner_tokens['orgs/acme#secret:RUNNER_TOKEN']!;
    expect(third.metrics).toMatchObject({ failed_refreshes: 3, consecutive_failures: 3, total_refreshes: 0, last_refresh: null });
    expect(third.last_error).toBe('POST /orgs/acme/actions/runners/registration-token failed after 2 attempts: GitHub failed POST /orgs/acme/actions/runners/registration-token (503 Service Unavailable)');

    double.removeFault(rule);
    const ok = await run(token, h, options);
    expect(ok.status).toBe('refreshed');
    expect(ok.findings).toEqual([]);
    expect(ok.metrics).toMatchObject({ failed_refreshes: 3, consecutive_failures: 0, total_refreshes: 1 });
  });

  test('a critical finding says when the stored token expired', async () => {
    const { double } = gh;
    double.state.addOrg('acme');
    const token = orgAdmin();
    const state = new MemoryRenewalStateStore();
    const options = { storeSecret: { name: 'RUNNER_TOKEN', visibility: 'private' as const }, state, alertAfter: 1 };
    await run(token, harness(), options);
    clock.advance(70 * MIN);
    double.inject('actions/create-registration-token-for-org', faults.serverError(500));
    const failed = await run(token, harness(), { ...options, retry: { attempts: 1 } });
    expect(failed.findings[0]!.severity).toBe('critical');
    expect(failed.findings[0]!.message).toMatch(/^Runner token refresh for registration token for organisation acme → organisation secret RUNNER_TOKEN has failed 1 runs in a row; the stored token expired at 2027-03-01T11:00:00Z: runners that register now fail\./);
  });
});
