/**
 * `token-warden expiry` online, end to end: the CLI against the GitHub API double and the Vault double, with a value
 * of every kind planted in the environment. The findings come from what the sources observed; no value (nor anything
 * derived from one) appears in stdout, stderr, JSON, CSV, Markdown, the state file — and the calls are few.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { useGitHubDouble } from '../double/jest.js';
import { VaultDouble } from '../double/vault.js';

const NOW = '2026-12-01T00:00:00Z';
const gh = useGitHubDouble({ now: () => new Date(NOW) });
let vault: VaultDouble;
beforeEach(async () => {
  vault = await new VaultDouble({ now: NOW }).start();
});
afterEach(async () => {
  await vault.stop();
  expect(vault.violations).toEqual([]);
});

const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const S = Date.parse(NOW) / 1000;

const REGISTRY = `version: 1
policy:
  max-lifetime-days: { github-pat: 90 }
tokens:
  CLASSIC_BOT:
    description: classic PAT, more scopes than declared, expires in 3 days (header with an offset)
    category: bot
    risk: high
    kind: github-pat
    scopes: [public_repo]
    used-by: []
  FINE_GRAINED:
    description: fine-grained PAT, expires in 20 days; its value sits in another variable
    category: ci-cd
    risk: medium
    kind: github-pat-fine-grained
    env: FG_VALUE
    expires: 2027-06-30
    used-by: []
  REVOKED_PAT:
    description: revoked classic PAT
    category: bot
    risk: low
    kind: github-pat
    scopes: [repo]
    expires: 2027-06-30
    used-by: []
  SERVICE_JWT:
    description: a JWT that expires in 10 days
    category: runtime
    risk: medium
    kind: jwt
    used-by: []
  VAULT_CI:
    description: Vault token, one hour left
    category: runtime
    risk: high
    kind: vault
    used-by: []
  NPM_PUBLISH:
    description: only a secret; updated 80 days ago, rotated every 90
    category: ci-cd
    risk: medium
    kind: api-key
    rotated: 2026-09-10
    max-age-days: 90
    used-by: []
`;

function repoDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-online-'));
  mkdirSync(path.join(dir, '.github'));
  writeFileSync(path.join(dir, '.github', 'token-scope-map.yml'), REGISTRY);
  return dir;
}

describe('token-warden expiry against the doubles', () => {
  it('reads every source, judges by the earliest date, reports drift and revocation, and never prints a value', async () => {
    const { double } = gh;
    const repo = double.state.addRepo('acme/app');
    double.state.addSecret(repo.actions, 'NPM_PUBLISH', 'npm_secretvalue', { updatedAt: new Date('2026-09-12T00:00:00Z'), createdAt: new Date('2026-01-01T00:00:00Z') });
    const api = double.state.addToken({ scopes: ['repo'] }).token;
    const classic = double.state.addToken({ kind: 'classic', scopes: ['repo', 'workflow'], expiresAt: new Date('2026-12-04T10:00:00Z'), expiryHeader: '+0100' }).token;
    const fine = double.state.addToken({ kind: 'fine-grained', expiresAt: new Date('2026-12-21T00:00:00Z') }).token;
    const revoked = double.state.addToken({ kind: 'classic', scopes: ['repo'] });
    revoked.revoked = true;
    const jwtValue = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: 'svc', iat: S - 20 * 86400, exp: S + 10 * 86400, secret: 'payload-secret-xyz' })}.c2lnbmF0dXJlLXNpZw`;
    const vaultValue = vault.addToken({ ttl: 3600 }).id;
    const planted = [api, classic, fine, revoked.token, jwtValue, vaultValue, 'payload-secret-xyz', ...jwtValue.split('.')];

    const dir = repoDir();
    const state = path.join(dir, 'state.json');
    const env = {
      GITHUB_TOKEN: api,
      GITHUB_REPOSITORY: 'acme/app',
      CLASSIC_BOT: classic,
      FG_VALUE: fine,
      REVOKED_PAT: revoked.token,
      SERVICE_JWT: jwtValue,
      VAULT_CI: vaultValue,
      VAULT_ADDR: vault.url,
    };
    const outputs: string[] = [];
    const run = async (format: string) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['expiry', dir, '--api-url', double.url, '--now', NOW, '--format', format, '--state', state, '--fail-on', 'none'], {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        cwd: dir,
        isTTY: false,
        env,
      });
      outputs.push(stdout, stderr);
      expect(code).toBe(0);
      return { stdout, stderr };
    };

    double.log.length = 0;
    const json = JSON.parse((await run('json')).stdout);
    // The budget: one rate_limit per GitHub value (3), one page of repository secrets; Vault once; no writes.
    expect(double.log.map((r) => `${r.method} ${r.operationId}`).sort()).toEqual(['GET actions/list-repo-secrets', 'GET rate-limit/get', 'GET rate-limit/get', 'GET rate-limit/get']);
    expect(vault.log.length).toBe(1);

    const byName = Object.fromEntries(json.expiry.tokens.map((t: { name: string }) => [t.name, t]));
    expect(json.expiry.sources).toEqual(['declared', 'github', 'jwt', 'actions-secret', 'vault']);
    expect(byName.CLASSIC_BOT).toMatchObject({ source: 'github', expiresAt: '2026-12-04T11:00:00+01:00', daysLeft: 3, status: 'critical', action: 'rotate' });
    expect(byName.FINE_GRAINED).toMatchObject({ source: 'github', daysLeft: 20, status: 'warning' });
    expect(byName.FINE_GRAINED.notes.join(' ')).toContain('declared: expires 2027-06-30');
    expect(byName.REVOKED_PAT).toMatchObject({ source: 'github', status: 'expired' });
    expect(byName.SERVICE_JWT).toMatchObject({ source: 'jwt', daysLeft: 10, status: 'warning' });
    expect(byName.VAULT_CI).toMatchObject({ source: 'vault', daysLeft: 0, status: 'critical', action: 'renew' });
    expect(byName.NPM_PUBLISH).toMatchObject({ source: 'declared', expiresAt: '2026-12-09', status: 'warning' });
    expect(byName.NPM_PUBLISH.notes.join(' ')).toContain('Actions secret updated 2026-09-12 (repository)');

    const findings = json.findings.map((f: { ruleId: string; severity: string; message: string }) => `${f.ruleId} ${f.severity} ${f.message.split(' ')[1]}`);
    expect(findings).toEqual(
      expect.arrayContaining([
        'token-expired critical "REVOKED_PAT"',
        'token-expiring critical "CLASSIC_BOT"',
        'token-scope-drift high "CLASSIC_BOT"',
        'token-expiring high "FINE_GRAINED"',
        'token-expiring critical "VAULT_CI"',
        'token-expiring high "SERVICE_JWT"',
        'token-expiring high "NPM_PUBLISH"',
      ]),
    );
    // REVOKED_PAT declares [repo] and has [repo]: no drift; CLASSIC_BOT's header has an expiry: no lifetime finding
    expect(findings.filter((f: string) => f.startsWith('token-scope-drift'))).toEqual(['token-scope-drift high "CLASSIC_BOT"']);

    await run('text');
    await run('csv');
    await run('markdown');
    outputs.push(readFileSync(state, 'utf8'));
    const everything = outputs.join('\n');
    for (const value of planted) expect({ value, leaked: everything.includes(value) }).toEqual({ value, leaked: false });
    expect(everything).toContain('CLASSIC_BOT');
  });
});
