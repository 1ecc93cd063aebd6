/**
 * No value leaks from the GitHub expiry sources: token values, an App private key (and its lines), the App JWT and
 * the API token are planted, all three sources run together through the collector — successes, a retried 502, a
 * 401, a 403 and a persistent 500 — and no note, observation or client log line contains any of them, while every
 * one of them reached the masker.
 */
import { collectObservations } from '../../src/expiry/sources/collect.js';
import { actionsSecretsSource } from '../../src/expiry/sources/actions-secrets.js';
import { githubAppSource } from '../../src/expiry/sources/github-app.js';
import { githubSource } from '../../src/expiry/sources/github.js';
import { faults } from '../double/faults.js';
import { useGitHubDouble } from '../double/jest.js';
import { expectNoViolations, registryFrom, sourceHarness } from './source-harness.js';

const gh = useGitHubDouble();

test('no token value, key, key line or JWT in any note, observation or log line; every one was masked', async () => {
  const { double } = gh;
  const repo = double.state.addRepo('acme/app', { environments: ['production'] });
  const app = double.state.addApp({ id: 4242 });
  double.state.addInstallation({ appId: app.id, account: 'acme', permissions: { contents: 'read', metadata: 'read' } });
  const classic = double.state.addToken({ expiresAt: '2099-01-05T09:00:00Z', expiryHeader: '+0100', scopes: ['repo'] }).token;
  const fine = double.state.addToken({ kind: 'fine-grained', permissions: { contents: 'read' } }).token;
  const revoked = double.state.addToken({ scopes: [] });
  revoked.revoked = true;
  const oauth = double.state.addToken({ token: `gho_${'q'.repeat(36)}`, scopes: ['read:user'] }).token;
  // Lists repository secrets, but not environment ones (403 there).
  const apiToken = double.state.addToken({ kind: 'fine-grained', permissions: { secrets: 'read', metadata: 'read' } }).token;
  const otherApp = double.state.addApp({ id: 5151 });
  double.state.apps.delete(otherApp.id);
  for (const [name, value] of [['BOT', classic], ['FG', fine], ['RELEASE_KEY', app.privateKey]] as const) double.state.addSecret(repo.actions, name, value);
  double.state.addSecret(repo.environments.get('production')!, 'FG', fine);

  const registry = registryFrom({
    BOT: { kind: 'github-pat', scopes: ['repo'] },
    FG: { kind: 'github-pat', environments: ['production'] },
    OLD: { kind: 'github-pat', env: 'OLD_VALUE' },
    OAUTH: { kind: 'github-pat-fine-grained' },
    RELEASE_KEY: { kind: 'github-app', 'app-id': 4242 },
    DEAD_KEY: { kind: 'github-app', 'app-id': 5151 },
    ESCAPED_KEY: { kind: 'github-app', 'app-id': 4242, 'installation-id': 99 },
  });
  const escaped = app.privateKey.trim().replace(/\n/g, '\\n');
  const env = { BOT: classic, FG: fine, OLD_VALUE: ` ${revoked.token}\n`, OAUTH: oauth, RELEASE_KEY: app.privateKey, DEAD_KEY: otherApp.privateKey, ESCAPED_KEY: escaped };
  const h = sourceHarness(double, registry, env, Date.now());
  double.inject('rate-limit/get', faults.serverError(502), { calls: [1] });
  double.inject('apps/get-installation', faults.serverError(500));

  const collected = await collectObservations(
    [
      githubSource({ clientFor: h.clientFor }),
      actionsSecretsSource({ clientFor: h.clientFor, apiToken, repository: 'acme/app' }),
      githubAppSource({ clientFor: h.clientFor, repository: 'acme/app' }),
    ],
    h.context,
  );

  // The run did what the test needs: every path taken.
  const o = (k: string) => {
    const found = collected.observations.get(k)!;
    return { ...found, evidence: found.evidence ?? [], notes: found.notes ?? [] };
  };
  expect(o('BOT').evidence.map((e) => e.expiresAt)).toContain('2099-01-05T10:00:00+01:00');
  expect(o('OLD').evidence[0]!.note).toMatch(/401/);
  expect(o('OAUTH').notes.join('\n')).toMatch(/registered as kind github-pat-fine-grained/);
  expect(o('RELEASE_KEY').permissions).toEqual({ contents: 'read', metadata: 'read' });
  expect(o('DEAD_KEY').evidence[0]!.note).toMatch(/401/);
  expect(collected.notes.map((n) => `${n.source} ${n.level} ${n.token ?? ''}`)).toEqual(['actions-secret info ', 'github-app warning ESCAPED_KEY']);
  expect(h.logs.join('\n')).toMatch(/attempt 2 for GET \/rate_limit/);

  const jwts = [...new Set(double.requests().map((r) => r.credential!).filter((c) => c.split('.').length === 3))];
  expect(jwts.length).toBeGreaterThan(0);
  const keyLines = [app.privateKey, otherApp.privateKey].flatMap((k) => k.split('\n')).filter((l) => l.length >= 8 && !l.startsWith('-----'));
  const planted = [classic, fine, revoked.token, oauth, apiToken, app.privateKey, otherApp.privateKey, escaped, ...keyLines, ...jwts];

  const said = JSON.stringify({ notes: collected.notes, observations: [...collected.observations] }) + '\n' + h.logs.join('\n');
  for (const value of planted) {
    expect(said.includes(value)).toBe(false);
    expect(said.includes(JSON.stringify(value).slice(1, -1))).toBe(false);
  }
  for (const value of planted) expect(h.masked).toContain(value);
  // Every credential that reached GitHub had been masked before.
  for (const r of double.requests()) expect(h.masked).toContain(r.credential);
  expectNoViolations(double);
});
