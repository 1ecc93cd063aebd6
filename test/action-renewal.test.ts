/**
 * The bundled action's `mode: vault-renew`, run the way GitHub runs it, against the Vault double: a token two thirds
 * through its TTL is renewed (a dry run only says so), the outputs and the summary say what happened, and the token
 * value is masked and never printed otherwise.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runActionAsync } from './action-harness.js';
import { VaultDouble } from './double/vault.js';

const REGISTRY = `version: 1
tokens:
  VAULT_CI:
    description: Reads deployment credentials
    owner: "@acme/platform"
    category: runtime
    risk: high
    kind: vault
    used-by: []
`;

function fixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-vault-action-'));
  mkdirSync(path.join(dir, '.github'));
  writeFileSync(path.join(dir, '.github', 'token-scope-map.yml'), REGISTRY);
  return dir;
}

describe('the action, mode: vault-renew', () => {
  let vault: VaultDouble;
  beforeEach(async () => {
    vault = await new VaultDouble({ now: new Date() }).start();
  });
  afterEach(async () => {
    await vault.stop();
    expect(vault.violations).toEqual([]);
  });

  it('renews a token that is due; a dry run renews nothing and says which it would', async () => {
    // 10 minutes left of a one-hour token: due (renewal comes at about two thirds of the lease)
    const token = vault.addToken({ ttl: 600, creationTtl: 3600, createdAt: new Date(Date.now() - 3000_000).toISOString() });
    const dir = fixture();
    const env = { VAULT_ADDR: vault.url, VAULT_CI: token.id };

    const dry = await runActionAsync(dir, { mode: 'vault-renew', 'dry-run': 'true', 'fail-on': 'none' }, env);
    expect(dry.stderr).toBe('');
    expect(dry.status).toBe(0);
    expect(dry.outputs).toMatchObject({ 'renewed-count': '0', 'would-renew': 'VAULT_CI' });
    expect(vault.log.filter((r) => r.method === 'POST')).toEqual([]);
    expect(dry.summary).toContain('### Vault token renewal (dry run: nothing renewed)');

    const applied = await runActionAsync(dir, { mode: 'vault-renew', 'fail-on': 'none', 'json-file': 'renewal.json' }, env);
    expect(applied.status).toBe(0);
    expect(applied.outputs['renewed-count']).toBe('1');
    expect(vault.log.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(applied.summary).toMatch(/\| `VAULT_CI` \| \w+ \| 10 min \| 1 h 0 min \| yes \|/);
    for (const run of [dry, applied]) {
      expect(run.stdout).toContain(`::add-mask::${token.id}`);
      const log = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
      expect(log).not.toContain(token.id);
      expect(run.summary).not.toContain(token.id);
    }
  });
});
