/**
 * The `github-app` expiry source against the GitHub double: the App key signs one JWT (nothing minted), the
 * installation's permissions feed token-scope-drift, a refused key (401) is evidence dated now, and values that are
 * not PEM keys or entries without app-id are notes. The double's clock is the real one: it verifies the JWT's times.
 */
import { scopeDrift } from '../../src/expiry/rules/token-scope-drift.js';
import { githubAppSource } from '../../src/expiry/sources/github-app.js';
import { faults } from '../double/faults.js';
import { useGitHubDouble } from '../double/jest.js';
import { expectNoViolations, registryFrom, sourceHarness } from './source-harness.js';

const gh = useGitHubDouble();
const NOW = Date.parse('2026-12-01T00:00:00Z');

function setup(permissions: Record<string, 'read' | 'write' | 'admin'> = { contents: 'write', issues: 'write', metadata: 'read' }) {
  const { double } = gh;
  double.state.addRepo('acme/app');
  const app = double.state.addApp({ id: 4242, slug: 'release-bot' });
  const installation = double.state.addInstallation({ appId: app.id, account: 'acme', permissions });
  return { double, app, installation };
}

describe('githubAppSource', () => {
  test("the installation on the repository: its permissions for token-scope-drift, one call, no token minted, key and JWT masked", async () => {
    const { double, app, installation } = setup();
    const registry = registryFrom({ RELEASE_BOT_KEY: { kind: 'github-app', 'app-id': 4242, scopes: { contents: 'read', issues: 'write' } } });
    const h = sourceHarness(double, registry, { RELEASE_BOT_KEY: app.privateKey }, NOW);
    const result = await githubAppSource({ clientFor: h.clientFor, repository: 'acme/app' }).collect(h.context);

    const observed = result.observations.get('RELEASE_BOT_KEY')!;
    expect(observed).toEqual({
      evidence: [],
      notes: [`App installation ${installation.id} on acme/app`],
      valueKind: 'GitHub App private key (PEM)',
      permissions: { contents: 'write', issues: 'write', metadata: 'read' },
      scopesSource: 'github-app',
    });
    // No "never expires": a key's age is left to rotated + max-age-days.
    expect(observed.neverExpires).toBeUndefined();
    expect(scopeDrift(registry.tokens[0]!, observed)).toMatchObject({ undeclared: ['contents: write (declared read)', 'metadata: read'], unused: [] });
    expect(result.notes).toEqual([]);
    expect(result.calls).toBe(1);
    expect(double.callCounts()).toEqual({ 'apps/get-repo-installation': 1 });
    expect(double.state.mintedInstallationTokens).toHaveLength(0);
    const jwt = double.requests()[0]!.credential!;
    expect(jwt.split('.')).toHaveLength(3);
    expect(h.masked).toContain(app.privateKey);
    expect(h.masked).toContain(jwt);
    // Every line of the key's body, too.
    for (const line of app.privateKey.split('\n').filter((l) => l && !l.startsWith('-----'))) expect(h.masked).toContain(line);
    expectNoViolations(double);
  });

  test('installation-id: the installation by id; a key written with \\n; a suspended installation', async () => {
    const { double, app, installation } = setup({ contents: 'read', metadata: 'read' });
    installation.suspended = true;
    const registry = registryFrom({ BOT_KEY: { kind: 'github-app', 'app-id': 4242, 'installation-id': installation.id } });
    const oneLine = app.privateKey.trim().replace(/\n/g, '\\n');
    const h = sourceHarness(double, registry, { BOT_KEY: oneLine }, NOW);
    // No repository needed with an installation id.
    const result = await githubAppSource({ clientFor: h.clientFor }).collect(h.context);
    expect(result.observations.get('BOT_KEY')).toMatchObject({
      permissions: { contents: 'read', metadata: 'read' },
      notes: [`App installation ${installation.id} on account acme (all repositories)`, expect.stringMatching(/^the installation is suspended since \d{4}-\d{2}-\d{2}: the App can do nothing there$/)],
    });
    expect(double.callCounts()).toEqual({ 'apps/get-installation': 1 });
    expect(h.masked).toContain(oneLine);
    expect(h.masked).toContain(oneLine.replace(/\\n/g, '\n'));
    expectNoViolations(double);
  });

  test('401: a wrong app-id or a key GitHub no longer knows is evidence dated now; 404: not installed', async () => {
    const { double, app } = setup();
    const stranger = double.state.addApp({ id: 777, slug: 'gone' });
    double.state.apps.delete(stranger.id);
    double.state.addRepo('other/repo');
    const registry = registryFrom({
      WRONG_ID: { kind: 'github-app', 'app-id': 999 },
      REVOKED_KEY: { kind: 'github-app', 'app-id': 777 },
      ELSEWHERE: { kind: 'github-app', 'app-id': 4242, 'installation-id': 31337 },
    });
    const h = sourceHarness(double, registry, { WRONG_ID: app.privateKey, REVOKED_KEY: stranger.privateKey, ELSEWHERE: app.privateKey }, NOW);
    const result = await githubAppSource({ clientFor: h.clientFor, repository: 'acme/app' }).collect(h.context);
    const refused = { source: 'github-app', expiresAt: '2026-12-01T00:00:00.000Z', note: 'GitHub refused the App key (401): revoked, or the app-id is wrong' };
    expect(result.observations.get('WRONG_ID')).toMatchObject({ evidence: [refused] });
    expect(result.observations.get('REVOKED_KEY')).toMatchObject({ evidence: [refused] });
    expect(result.observations.get('ELSEWHERE')).toMatchObject({ evidence: [], notes: ['GitHub found no installation 31337 of App 4242'] });
    expect(result.notes).toEqual([]);
    expect(result.calls).toBe(3);
    expect(double.calls()).toBe(3);

    double.clearLog();
    const notHere = registryFrom({ BOT_KEY: { kind: 'github-app', 'app-id': 4242 } });
    const h2 = sourceHarness(double, notHere, { BOT_KEY: app.privateKey }, NOW);
    const other = await githubAppSource({ clientFor: h2.clientFor, repository: 'other/repo' }).collect(h2.context);
    expect(other.observations.get('BOT_KEY')!.notes).toEqual(['App 4242 is not installed on other/repo']);
    expectNoViolations(double);
  });

  test('not a PEM key, no app-id, no way to find the installation, an App token value, a broken key, a 5xx: notes and warnings, no throw', async () => {
    const { double, app } = setup();
    const broken = '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----\n';
    const registry = registryFrom({
      NOT_PEM: { kind: 'github-app', 'app-id': 4242 },
      NO_APP_ID: { kind: 'github-app' },
      INSTALL_TOKEN: { kind: 'github-app', 'app-id': 4242 },
      BROKEN: { kind: 'github-app', 'app-id': 4242 },
      FLAKY: { kind: 'github-app', 'app-id': 4242 },
      NOT_AN_APP: { kind: 'api-key' },
    });
    const env = { NOT_PEM: 'just-a-password-123', NO_APP_ID: app.privateKey, INSTALL_TOKEN: `ghs_${'a'.repeat(36)}`, BROKEN: broken, FLAKY: app.privateKey, NOT_AN_APP: app.privateKey };
    const h = sourceHarness(double, registry, env, NOW);
    double.inject('apps/get-repo-installation', faults.serverError(500));
    const result = await githubAppSource({ clientFor: h.clientFor }).collect(h.context);
    expect(result.observations.get('NOT_PEM')).toEqual({ evidence: [], notes: ['the value is not a PEM private key, so the App was not checked'] });
    expect(result.observations.get('NO_APP_ID')).toEqual({ evidence: [], notes: ['no app-id in the registry, so the App key was not checked'], valueKind: 'GitHub App private key (PEM)' });
    expect(result.observations.get('BROKEN')!.notes).toEqual(['no installation-id in the registry and no repository to look the installation up on, so the App was not checked']);
    expect(result.observations.has('INSTALL_TOKEN')).toBe(false);
    expect(result.observations.has('NOT_AN_APP')).toBe(false);
    expect(result.calls).toBe(0);
    expect(double.calls()).toBe(0);

    const h2 = sourceHarness(double, registry, env, NOW);
    const withRepo = await githubAppSource({ clientFor: h2.clientFor, repository: 'acme/app' }).collect(h2.context);
    expect(withRepo.notes).toEqual([
      { source: 'github-app', level: 'warning', token: 'BROKEN', message: 'could not check the App of BROKEN: private-key is not a usable RSA private key (PEM) for a GitHub App' },
      { source: 'github-app', level: 'warning', token: 'FLAKY', message: 'could not check the App of FLAKY: GitHub failed GET /repos/acme/app/installation (500 Server Error) after 4 attempts' },
    ]);
    expect(withRepo.calls).toBe(1);
    expect(double.calls('apps/get-repo-installation')).toBe(4);
    expectNoViolations(double);
  });
});
