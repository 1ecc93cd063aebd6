/**
 * `token-warden vault-renew` against the Vault double: dry run by default (no POST), --apply, the flags, exit codes,
 * and planted Vault token values that never appear in stdout, stderr, the JSON, the findings or error messages.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { renderVaultRenewJson, renderVaultRenewText } from '../../src/renewal/report.js';
import { runVaultRenew } from '../../src/renewal/vault-renew.js';
import { VaultDouble } from '../double/vault.js';

const RENEW = '/v1/auth/token/renew-self';
let vault: VaultDouble;

beforeEach(async () => {
  vault = await new VaultDouble().start();
});
afterEach(async () => {
  expect(vault.violations).toEqual([]);
  await vault.stop();
});

/** A Vault service token value nobody has seen: `hvs.` and 24 random characters. */
function plantedVaultToken(): string {
  return `hvs.${randomBytes(18).toString('base64url').slice(0, 24)}`;
}

const REGISTRY = `version: 1
tokens:
  VAULT_CI_TOKEN:
    description: Reads deployment credentials from Vault
    category: runtime
    risk: high
    kind: vault
    used-by: []
  VAULT_DEPLOY_TOKEN:
    description: Deploys
    category: runtime
    risk: high
    kind: vault
    env: DEPLOY_VAULT_TOKEN
  VAULT_OLD_TOKEN:
    description: A token nobody renewed
    category: runtime
    risk: medium
    kind: vault
`;

function repo(text = REGISTRY): string {
  const root = mkdtempSync(path.join(tmpdir(), 'tw-vault-cli-'));
  mkdirSync(path.join(root, '.github'));
  writeFileSync(path.join(root, '.github', 'token-scope-map.yml'), text);
  return root;
}

async function cli(args: string[], env: Record<string, string | undefined>, cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false, env });
  return { code, stdout, stderr };
}

/** Three tokens: one due (10 min of an hour left), one fresh, one revoked. */
function seed(ids: { ci?: string; deploy?: string; old?: string } = {}) {
  const ci = vault.addToken({ ttl: 3600, ...(ids.ci ? { id: ids.ci } : {}), createdAt: vault.now() - 3000_000 });
  vault.token(ci.id).expiresAtMs = vault.now() + 600_000;
  const deploy = vault.addToken({ ttl: 3600, ...(ids.deploy ? { id: ids.deploy } : {}) });
  const old = vault.addToken({ ttl: 3600, ...(ids.old ? { id: ids.old } : {}) });
  vault.revoke(old.id);
  return { VAULT_ADDR: vault.url, VAULT_CI_TOKEN: ci.id, DEPLOY_VAULT_TOKEN: deploy.id, VAULT_OLD_TOKEN: old.id };
}

describe('token-warden vault-renew', () => {
  it('is a dry run by default: looks every token up, says what it would renew, sends no renew-self', async () => {
    const root = repo();
    const r = await cli(['vault-renew', root], seed(), root);
    expect(vault.log.map((x) => x.method)).toEqual(['GET', 'GET', 'GET']);
    const lines = r.stdout.split('\n');
    // the threshold has LifetimeWatcher's jitter: 16m to 18m of an hour's lease
    const jittered = lines.slice(0, 4).map((l) => l.replace(/renews below 1[678]m(\d+s)?$/, 'renews below ~17m'));
    expect(jittered).toEqual([
      'Vault token renewal — dry run: would renew 1, nothing renewed (--apply renews) — .github/token-scope-map.yml, 3 Vault tokens',
      '  VAULT_CI_TOKEN      would renew with increment 1h: ttl 10m, renews below ~17m',
      '  VAULT_DEPLOY_TOKEN  not due: ttl 1h, renews below ~17m',
      '  VAULT_OLD_TOKEN     expired or revoked (403 invalid token)',
    ]);
    expect(r.stdout).toContain('.github/token-scope-map.yml:15:3  critical  vault-token-invalid  Vault token "VAULT_OLD_TOKEN" is expired or revoked');
    expect(r.code).toBe(1); // critical ≥ the default --fail-on high
    expect(r.stderr).toBe('');
  });

  it('--apply renews the tokens due; --format json carries the metrics', async () => {
    const root = repo();
    const r = await cli(['vault-renew', root, '--apply', '--format', 'json', '--fail-on', 'none'], seed(), root);
    expect(r.code).toBe(0);
    expect(vault.requests(RENEW)).toHaveLength(1);
    const json = JSON.parse(r.stdout);
    expect(json.version).toBe(1);
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['vault-token-invalid']);
    expect(json.vault).toMatchObject({ version: 1, mode: 'apply', registry: '.github/token-scope-map.yml', renewed: ['VAULT_CI_TOKEN'], would_renew: [], calls: 4, notes: [] });
    expect(json.vault.tokens[0]).toMatchObject({ token: 'VAULT_CI_TOKEN', env: 'VAULT_CI_TOKEN', status: 'renewed', ttl_before: 600, ttl_after: 3600, renewed: true, capped: false, increment: 3600 });
    expect(Object.keys(json.vault.tokens[0]).sort()).toEqual(
      ['token', 'env', 'status', 'last_check', 'last_renewal', 'ttl_before', 'ttl_after', 'renewed', 'capped', 'renewable', 'threshold', 'increment', 'expires_at'].sort(),
    );
    expect(json.vault.tokens[1]).toMatchObject({ token: 'VAULT_DEPLOY_TOKEN', env: 'DEPLOY_VAULT_TOKEN', status: 'fresh', renewed: false, last_renewal: null });
  });

  it('--increment sets what renew-self asks for; --vault-addr stands in for VAULT_ADDR; --output writes a file', async () => {
    const root = repo();
    const env = { ...seed(), VAULT_ADDR: undefined };
    const r = await cli(['vault-renew', '--apply', '--increment', '2h', '--vault-addr', vault.url, '--registry', '.github/token-scope-map.yml', '--output', 'out.txt', '--fail-on', 'none'], env, root);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(vault.requests(RENEW).map((x) => x.body)).toEqual([{ increment: 7200 }]);
    expect(readFileSync(path.join(root, 'out.txt'), 'utf8')).toContain('VAULT_CI_TOKEN      renewed: ttl 10m → 2h');
  });

  it.each<[string[], RegExp]>([
    [['--apply', '--dry-run'], /--apply and --dry-run exclude each other/],
    [['--increment', 'soon'], /--increment must be a duration such as 1h, 90m or 2d, or whole seconds \(got "soon"\)/],
    [['--increment', '0'], /--increment must be a duration/],
    [['--format', 'sarif'], /--format must be one of text, json/],
    [['--fail-on', 'info'], /--fail-on must be one of critical, high, medium, low, none/],
    [['--registry', 'missing.yml'], /registry/],
  ])('usage error %p → exit 2', async (args, message) => {
    const root = repo();
    const r = await cli(['vault-renew', root, ...args], { VAULT_ADDR: vault.url }, root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(vault.log).toEqual([]);
  });

  it('no VAULT_ADDR: says so for each token, looks nothing up', async () => {
    const root = repo();
    const r = await cli(['vault-renew', root], { ...seed(), VAULT_ADDR: undefined }, root);
    expect(r.code).toBe(0);
    expect(vault.log).toEqual([]);
    expect(r.stdout).toContain("warning: VAULT_CI_TOKEN: no Vault address (the entry's vault-address, --vault-addr or VAULT_ADDR): not looked up");
    expect(r.stdout).toContain('warning: none of the 3 Vault token(s) could be looked up: nothing was checked or renewed');
  });

  it('the help lists the command', async () => {
    const r = await cli(['--help'], {}, process.cwd());
    expect(r.stdout).toContain('token-warden vault-renew [PATH] [--registry FILE] [--dry-run|--apply] [--increment 1h] [--vault-addr URL]');
  });
});

describe('planted Vault token values never leak', () => {
  it('not in stdout or stderr (text and JSON, dry run and apply), even when Vault echoes them in errors', async () => {
    const planted = { ci: plantedVaultToken(), deploy: plantedVaultToken(), old: plantedVaultToken() };
    const env = seed(planted);
    // Vault echoing the value back in a (non-retried) error, and in a warning on success
    vault.injectFault({ kind: 'status', status: 400, errors: [`token ${planted.deploy} is malformed`] }, { token: planted.deploy, times: 10 });
    const root = repo();
    const outputs: string[] = [];
    for (const args of [[], ['--format', 'json'], ['--apply'], ['--apply', '--format', 'json']]) {
      const r = await cli(['vault-renew', root, ...args], env, root);
      outputs.push(r.stdout, r.stderr);
    }
    const all = outputs.join('\n');
    expect(all).toContain('VAULT_DEPLOY_TOKEN');
    expect(all).toContain('is malformed');
    for (const value of Object.values(planted)) {
      expect(all).not.toContain(value);
      expect(all).not.toContain(value.slice(4));
    }
    expect(vault.requests(RENEW).length).toBeGreaterThan(0);
  });

  it('not in the run result, its findings, notes or failures after retries (injected clock)', async () => {
    const planted = { ci: plantedVaultToken(), deploy: plantedVaultToken(), old: plantedVaultToken() };
    const env = seed(planted);
    vault.injectFault({ kind: 'status', status: 503, errors: [`sealed while serving ${planted.ci}`] }, { path: RENEW, times: 100 });
    vault.injectFault({ kind: 'close' }, { token: planted.deploy, times: 100 });
    const root = repo();
    const masked: string[] = [];
    const run = await runVaultRenew({
      root,
      cwd: root,
      dryRun: false,
      env,
      mask: (v) => masked.push(v),
      now: () => vault.now(),
      sleep: async (ms) => vault.advance(ms / 1000),
    });
    expect(run.findings.map((f) => f.ruleId)).toEqual(['vault-renewal-failed', 'vault-renewal-failed', 'vault-token-invalid']);
    expect(run.findings[0]!.message).toContain('sealed while serving ***');
    expect(new Set(masked)).toEqual(new Set(Object.values(planted)));
    const serialised = [JSON.stringify(run), renderVaultRenewText(run), renderVaultRenewJson(run)].join('\n');
    for (const value of Object.values(planted)) expect(serialised).not.toContain(value);
  });
});
