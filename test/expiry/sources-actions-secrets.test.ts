/**
 * The `actions-secret` expiry source against the GitHub double: repository secrets page by page, the environments the
 * registry names, organisation secrets on request; `updated_at + max-age-days` (or the policy's lifetime) as a due
 * date; stale `rotated` dates; missing secrets; and a token that may not read secrets (the GITHUB_TOKEN) as one note.
 */
import { actionsSecretsSource, PERMISSION_NOTE } from '../../src/expiry/sources/actions-secrets.js';
import { tokenExpiry } from '../../src/expiry/token.js';
import { faults } from '../double/faults.js';
import { useGitHubDouble } from '../double/jest.js';
import { expectNoViolations, registryFrom, sourceHarness } from './source-harness.js';

const NOW = Date.parse('2026-12-01T00:00:00Z');
const gh = useGitHubDouble({ now: () => new Date(NOW) });
const at = (iso: string) => ({ updatedAt: new Date(iso), createdAt: new Date('2026-01-01T00:00:00Z') });

describe('actionsSecretsSource', () => {
  test('150 repository secrets are two pages; updated_at + max-age-days is the due date; names match case-insensitively', async () => {
    const { double } = gh;
    const repo = double.state.addRepo('acme/app');
    for (let i = 0; i < 149; i++) double.state.addSecret(repo.actions, `FILLER_${String(i).padStart(3, '0')}`, 'x', at('2026-06-01T00:00:00Z'));
    // Sorted by name, this one is on the second page.
    double.state.addSecret(repo.actions, 'RELEASE_BOT_TOKEN', 'the-value', at('2026-10-01T12:00:00Z'));
    const apiToken = double.state.addToken({ scopes: ['repo'] }).token;
    const registry = registryFrom({ release_bot_token: { kind: 'github-pat', 'max-age-days': 90, rotated: '2026-10-01' } });
    const h = sourceHarness(double, registry, {}, NOW);
    const result = await actionsSecretsSource({ clientFor: h.clientFor, apiToken, repository: 'acme/app' }).collect(h.context);

    expect(result.observations.get('RELEASE_BOT_TOKEN')).toEqual({
      evidence: [{ source: 'actions-secret', expiresAt: '2026-12-30T12:00:00Z', lifetimeDays: 90, note: 'secret updated 2026-10-01 (repository) + max-age-days 90' }],
      notes: ['Actions secret updated 2026-10-01 (repository)'],
    });
    expect(result.notes).toEqual([]);
    expect(result.calls).toBe(2);
    expect(double.requests('actions/list-repo-secrets').map((r) => r.query)).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }]);
    expect(double.callCounts()).toEqual({ 'actions/list-repo-secrets': 2 });
    // Judged with the declared date: both say the same day, the secret's time of day is later.
    const judged = tokenExpiry(registry.tokens[0]!, registry.policy, NOW, result.observations.get('RELEASE_BOT_TOKEN'));
    expect(judged).toMatchObject({ source: 'declared', expiresAt: '2026-12-30', daysLeft: 29, status: 'warning' });
    expect(h.masked).toContain(apiToken);
    expectNoViolations(double);
  });

  test('environments and the organisation; the policy lifetime without max-age-days; stale rotated; missing secrets; a missing environment', async () => {
    const { double } = gh;
    const repo = double.state.addRepo('acme/app', { environments: ['production'] });
    double.state.addSecret(repo.actions, 'DEPLOY_TOKEN', 'v', at('2026-09-01T00:00:00Z'));
    double.state.addSecret(repo.environments.get('production')!, 'DEPLOY_TOKEN', 'v', at('2026-11-15T08:30:00Z'));
    double.state.addSecret(double.state.org('acme')!.actions, 'NPM_TOKEN', 'v', { ...at('2026-03-01T00:00:00Z'), visibility: 'private' });
    const apiToken = double.state.addToken({ scopes: ['repo', 'admin:org'] }).token;
    const registry = registryFrom(
      {
        DEPLOY_TOKEN: { kind: 'github-pat', environments: ['production', 'staging'], 'max-age-days': 60, rotated: '2026-08-01' },
        NPM_TOKEN: { kind: 'api-key' },
        SLACK_WEBHOOK: { kind: 'webhook-secret' },
        VAULT_RUNTIME: { kind: 'vault', 'used-by': [] },
      },
      { 'max-lifetime-days': { 'api-key': 180 } },
    );
    const h = sourceHarness(double, registry, {}, NOW);
    const result = await actionsSecretsSource({ clientFor: h.clientFor, apiToken, repository: 'acme/app', org: true }).collect(h.context);

    expect(result.observations.get('DEPLOY_TOKEN')).toEqual({
      evidence: [
        { source: 'actions-secret', expiresAt: '2026-10-31T00:00:00Z', lifetimeDays: 60, note: 'secret updated 2026-09-01 (repository) + max-age-days 60' },
        { source: 'actions-secret', expiresAt: '2027-01-14T08:30:00Z', lifetimeDays: 60, note: 'secret updated 2026-11-15 (environment production) + max-age-days 60' },
      ],
      notes: [
        'environment staging not found in acme/app (GitHub answered 404): its secrets were not checked',
        'Actions secret updated 2026-09-01 (repository)',
        "the registry's rotated 2026-08-01 is stale: the secret was updated 2026-09-01 (repository); set rotated: 2026-09-01",
        'Actions secret updated 2026-11-15 (environment production)',
        "the registry's rotated 2026-08-01 is stale: the secret was updated 2026-11-15 (environment production); set rotated: 2026-11-15",
      ],
    });
    expect(result.observations.get('NPM_TOKEN')).toEqual({
      evidence: [{ source: 'actions-secret', expiresAt: '2026-08-28T00:00:00Z', lifetimeDays: 180, note: 'secret updated 2026-03-01 (organisation acme) + policy.max-lifetime-days 180' }],
      notes: ['Actions secret updated 2026-03-01 (organisation acme)'],
    });
    expect(result.observations.get('SLACK_WEBHOOK')).toEqual({
      evidence: [],
      notes: ['no Actions secret named SLACK_WEBHOOK in acme/app (repository, environment production, organisation acme)'],
    });
    expect(result.observations.has('VAULT_RUNTIME')).toBe(false);
    expect(result.notes).toEqual([]);
    // The earliest date decides, here the stale declared one; the plan's notes say why it is stale.
    const judged = tokenExpiry(registry.tokens[0]!, registry.policy, NOW, result.observations.get('DEPLOY_TOKEN'));
    expect(judged).toMatchObject({ source: 'declared', expiresAt: '2026-09-30', status: 'expired' });
    expect(judged.notes).toContain("the registry's rotated 2026-08-01 is stale: the secret was updated 2026-11-15 (environment production); set rotated: 2026-11-15");
    expect(double.callCounts()).toEqual({ 'actions/list-repo-secrets': 1, 'actions/list-environment-secrets': 2, 'actions/list-org-secrets': 1 });
    expect(result.calls).toBe(4);
    expectNoViolations(double);
  });

  test('403 with a GITHUB_TOKEN-like installation token: one info note naming the permission, no throw, nothing else asked', async () => {
    const { double } = gh;
    const repo = double.state.addRepo('acme/app', { environments: ['production'] });
    double.state.addSecret(repo.actions, 'DEPLOY_TOKEN', 'v');
    const githubToken = double.state.addToken({ kind: 'github-actions', permissions: { contents: 'read', metadata: 'read', issues: 'write' }, repositories: ['acme/app'] }).token;
    const registry = registryFrom({ DEPLOY_TOKEN: { kind: 'github-pat', environments: ['production'] } });
    const h = sourceHarness(double, registry, {}, NOW);
    const result = await actionsSecretsSource({ clientFor: h.clientFor, apiToken: githubToken, repository: 'acme/app', org: 'acme' }).collect(h.context);
    expect(result.notes).toEqual([{ source: 'actions-secret', level: 'info', message: PERMISSION_NOTE }]);
    expect(PERMISSION_NOTE).toContain('Secrets read (repository)');
    expect(PERMISSION_NOTE).toContain('the default GITHUB_TOKEN cannot');
    expect(result.observations.size).toBe(0);
    expect(result.calls).toBe(1);
    expect(double.callCounts()).toEqual({ 'actions/list-repo-secrets': 1 });
    expectNoViolations(double);
  });

  test('a fine-grained token with Secrets read only: repository secrets checked, environments and organisation each one note', async () => {
    const { double } = gh;
    const repo = double.state.addRepo('acme/app', { environments: ['production', 'staging'] });
    double.state.addSecret(repo.actions, 'DEPLOY_TOKEN', 'v', at('2026-11-01T00:00:00Z'));
    const apiToken = double.state.addToken({ kind: 'fine-grained', permissions: { secrets: 'read', metadata: 'read' } }).token;
    const registry = registryFrom({ DEPLOY_TOKEN: { kind: 'github-pat', environments: ['production', 'staging'] } });
    const h = sourceHarness(double, registry, {}, NOW);
    const result = await actionsSecretsSource({ clientFor: h.clientFor, apiToken, repository: 'acme/app', org: true }).collect(h.context);
    expect(result.notes).toEqual([
      { source: 'actions-secret', level: 'info', message: 'organisation secrets of acme need Organization secrets read (fine-grained/App) or admin:org (classic): not checked' },
      { source: 'actions-secret', level: 'info', message: 'environment secrets need Environments read (fine-grained/App) or repo (classic): production, staging not checked' },
    ]);
    expect(result.observations.get('DEPLOY_TOKEN')).toEqual({
      evidence: [],
      notes: ['environment production: the token may not read its secrets', 'environment staging: the token may not read its secrets', 'Actions secret updated 2026-11-01 (repository)'],
    });
    expect(result.calls).toBe(4);
    expect(double.calls()).toBe(4);
    expectNoViolations(double);
  });

  test('a 502 on the second page is retried; a persistent 5xx on the repository list is one warning', async () => {
    const { double } = gh;
    const repo = double.state.addRepo('acme/app');
    for (let i = 0; i < 120; i++) double.state.addSecret(repo.actions, `S_${String(i).padStart(3, '0')}`, 'x', at('2026-11-01T00:00:00Z'));
    const apiToken = double.state.addToken({ scopes: ['repo'] }).token;
    const registry = registryFrom({ S_110: { kind: 'api-key', 'max-age-days': 30, rotated: '2026-11-01' } });
    const h = sourceHarness(double, registry, {}, NOW);
    double.inject('actions/list-repo-secrets', faults.serverError(502), { calls: [2] });
    const first = await actionsSecretsSource({ clientFor: h.clientFor, apiToken, repository: 'acme/app' }).collect(h.context);
    expect(first.observations.get('S_110')!.evidence).toEqual([{ source: 'actions-secret', expiresAt: '2026-12-01T00:00:00Z', lifetimeDays: 30, note: 'secret updated 2026-11-01 (repository) + max-age-days 30' }]);
    expect(first.calls).toBe(2);
    expect(double.requests('actions/list-repo-secrets').map((r) => r.status)).toEqual([200, 502, 200]);

    double.clearFaults();
    double.clearLog();
    double.inject('actions/list-repo-secrets', faults.serverError(500));
    const second = await actionsSecretsSource({ clientFor: h.clientFor, apiToken, repository: 'acme/app' }).collect(h.context);
    expect(second.notes).toEqual([{ source: 'actions-secret', level: 'warning', message: 'the Actions secrets of acme/app could not be listed: GitHub failed GET /repos/acme/app/actions/secrets?per_page=100 (500 Server Error) after 4 attempts' }]);
    expect(second.observations.size).toBe(0);
    expect(second.calls).toBe(1);
    expect(double.calls('actions/list-repo-secrets')).toBe(4);
    expectNoViolations(double);
  });
});
