/** `token-warden expiry` over the demo repository, with a fixed clock (`--now`), and its usage errors. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { PROJECT_ROOT } from '../helpers.js';

const DEMO = path.join(PROJECT_ROOT, 'examples', 'demo-repo');

async function cli(args: string[], cwd = PROJECT_ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false, env: {} });
  return { code, stdout, stderr };
}

describe('token-warden expiry', () => {
  it('prints the rotation plan, soonest first, and the expiry findings as of --now (text)', async () => {
    const r = await cli(['expiry', DEMO, '--now', '2026-12-01']);
    expect(r.code).toBe(1); // RUNNER_ADMIN_TOKEN expired: critical ≥ the default --fail-on high
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Token expiry as of 2026-12-01T00:00:00.000Z — .github/token-scope-map.yml, 7 tokens (sources: declared)');
    const rows = lines.slice(3, 10).map((l) => l.split(/\s{2,}/));
    expect(rows.map((c) => [c[0], c[1], c[2], c[3], c[7]])).toEqual([
      ['expired', '-140', '2026-07-14', 'RUNNER_ADMIN_TOKEN', 'rotate'],
      ['warning', '19', '2026-12-20', 'VAULT_CI_TOKEN', 'renew'],
      ['ok', '120', '2027-03-31', 'NPM_TOKEN', 'none'],
      ['ok', '211', '2027-06-30', 'DOCS_APP_KEY', 'none'],
      ['ok', '211', '2027-06-30', 'LEGACY_BOT_PAT', 'none'],
      ['unknown', '—', '—', 'STATUS_PAGE_KEY', 'none'],
      ['unknown', '—', '—', 'TRIAGE_BOT_TOKEN', 'declare-expiry'],
    ]);
    expect(r.stdout).toContain('.github/token-scope-map.yml:33:3  critical  token-expired  Token "RUNNER_ADMIN_TOKEN" expired on 2026-07-14, 140 days ago');
    expect(r.stdout).toContain('.github/token-scope-map.yml:58:3  high      token-expiring  Token "VAULT_CI_TOKEN" expires on 2026-12-20, in 19 days');
    expect(r.stdout).toContain('token-lifetime-exceeded');
    expect(r.stdout).toContain('token-expiry-unknown');
    // only the expiry rules: the registry's other hygiene checks belong to `registry validate`
    expect(r.stdout).not.toContain('registry-missing-owner');
  });

  it('writes the JSON report: findings plus expiry { now, tokens }', async () => {
    const r = await cli(['expiry', DEMO, '--now', '2026-12-13T09:30:00+01:00', '--format', 'json', '--offline']);
    const json = JSON.parse(r.stdout);
    expect(json.version).toBe(1);
    expect(json.expiry.now).toBe('2026-12-13T08:30:00.000Z');
    expect(json.expiry.tokens[1]).toEqual({
      name: 'VAULT_CI_TOKEN',
      kind: 'vault',
      category: 'runtime',
      owner: null,
      source: 'declared',
      expiresAt: '2026-12-20',
      daysLeft: 6, // 6 days 15.5 hours to 00:00 UTC on the 20th
      status: 'critical',
      action: 'renew',
      notes: ['rotated 2026-11-20 + max-age-days 30'],
    });
    expect(json.expiry.tokens.at(-1)).toMatchObject({ name: 'TRIAGE_BOT_TOKEN', source: 'none', expiresAt: null, daysLeft: null, status: 'unknown', action: 'declare-expiry' });
    expect(json.findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`)).toEqual([
      'token-expired critical',
      'token-lifetime-exceeded medium',
      'token-expiring critical',
      'token-expiry-unknown medium',
    ]);
  });

  it('writes the plan as CSV: one row per token, numbers as numbers, text guarded against formulas', async () => {
    const r = await cli(['expiry', DEMO, '--now', '2026-12-01', '--format', 'csv', '--offline']);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('token,kind,category,owner,source,expires_at,days_left,status,action,notes');
    expect(lines[1]).toBe('RUNNER_ADMIN_TOKEN,github-pat-fine-grained,orchestration,\'@example-org/infra,declared,2026-07-14,-140,expired,rotate,rotated 2026-01-15 + max-age-days 180; lifetime 180 days exceeds policy.max-lifetime-days 90 for github-pat-fine-grained');
    expect(lines.at(-2)).toBe('TRIAGE_BOT_TOKEN,github-pat-fine-grained,bot,\'@example-org/community,none,,,unknown,declare-expiry,"a github-pat-fine-grained normally expires, but no source gave a date"');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(7 + 2);
  });

  it('--state FILE: the first run has nothing to compare; the next says what got worse; values never land in the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-state-'));
    const state = path.join(dir, 'nested', 'state.json');
    const first = await cli(['expiry', DEMO, '--now', '2026-11-20', '--offline', '--state', state]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('Since the last run: first run: nothing to compare');
    expect(first.stderr).toBe('');
    const second = await cli(['expiry', DEMO, '--now', '2026-12-15', '--offline', '--state', state, '--format', 'json']);
    const json = JSON.parse(second.stdout);
    expect(json.expiry.trend.firstRun).toBe(false);
    // VAULT_CI_TOKEN: due 2026-12-20 — a warning on 2026-11-20 (30 days → info? 30 is info), critical on 2026-12-15
    expect(JSON.stringify(json.expiry.trend)).toContain('VAULT_CI_TOKEN');
    const saved = readFileSync(state, 'utf8');
    expect(JSON.parse(saved).tokens.VAULT_CI_TOKEN.status).toBe('critical');
    // the demo registry's pasted value (a comment) is never part of the state
    expect(saved).not.toContain('ghp_');
    writeFileSync(state, '{ not json');
    const corrupt = await cli(['expiry', DEMO, '--now', '2026-12-15', '--offline', '--state', state]);
    expect(corrupt.stderr).toMatch(/^warning: expiry state \(file .*state\.json\) not read: /);
    expect(corrupt.stdout).toContain('first run: nothing to compare');
  });

  it('renders Markdown, and exits as scan does by --fail-on', async () => {
    const r = await cli(['expiry', DEMO, '--now', '2026-07-01', '--format', 'markdown', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('### Token rotation plan');
    expect(r.stdout).toContain('| **warning** | 13 | 2026-07-14 | `RUNNER_ADMIN_TOKEN` | github-pat-fine-grained | @example-org/infra | declared | rotate |');
    // on 2026-07-01 nothing has expired and the worst is a warning (high): below critical
    expect((await cli(['expiry', DEMO, '--now', '2026-07-01', '--fail-on', 'critical'])).code).toBe(0);
    expect((await cli(['expiry', DEMO, '--now', '2026-07-01', '--fail-on', 'high'])).code).toBe(1);
  });

  it.each<[string[], RegExp]>([
    [['--now', 'tomorrow'], /--now must be a date \(YYYY-MM-DD, meaning 00:00 UTC\) or a timestamp with an offset/],
    [['--now', '2026-12-01T10:00:00'], /--now must be a date/],
    [['--now', '2027-02-29'], /--now must be a date/],
    [['--format', 'sarif'], /--format must be one of text, json, csv, markdown/],
    [['--fail-on', 'urgent'], /--fail-on must be one of/],
    [['a', 'b'], /expiry takes at most one PATH/],
  ])('usage error %j: exit 2', async (args, message) => {
    const r = await cli(['expiry', ...(args[0] === 'a' ? args : [DEMO, ...args])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('needs a registry', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-expiry-'));
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, '.github', 'token-warden.yml'), '{}\n');
    const r = await cli(['expiry', dir, '--now', '2026-12-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no token registry found/);
  });
});

describe('token-warden expiry with the repository config', () => {
  it('applies its rule settings and fail-on, as a scan does', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-expiry-'));
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(
      path.join(dir, '.github', 'token-scope-map.yml'),
      'version: 1\ntokens:\n  T:\n    description: d\n    category: ci-cd\n    risk: low\n    kind: github-pat\n    used-by: []\n    expires: 2027-01-05\n',
    );
    // 4 days left: critical, exit 1 by default
    expect((await cli(['expiry', dir, '--now', '2027-01-01'])).code).toBe(1);
    writeFileSync(path.join(dir, '.github', 'token-warden.yml'), 'rules:\n  token-expiring: { severity: low }\n');
    const lowered = await cli(['expiry', dir, '--now', '2027-01-01', '--format', 'json']);
    expect(lowered.code).toBe(0);
    expect(JSON.parse(lowered.stdout).findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`)).toEqual(['token-expiring low']);
    writeFileSync(path.join(dir, '.github', 'token-warden.yml'), 'fail-on: low\nrules:\n  token-expiring: { severity: low }\n');
    expect((await cli(['expiry', dir, '--now', '2027-01-01'])).code).toBe(1);
  });
});

describe('token-warden expiry and trusted publishing', () => {
  it('marks a token the workflows publish with where OIDC would do: replaceable, not to be rotated', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-expiry-'));
    mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(
      path.join(dir, '.github', 'token-scope-map.yml'),
      'version: 1\ntokens:\n  PYPI_TOKEN:\n    description: d\n    category: ci-cd\n    risk: low\n    kind: api-key\n    expires: 2027-01-05\n  OTHER:\n    description: d\n    category: ci-cd\n    risk: low\n    kind: api-key\n    used-by: []\n',
    );
    writeFileSync(
      path.join(dir, '.github', 'workflows', 'pypi.yml'),
      'on: release\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: pypa/gh-action-pypi-publish@release/v1\n        with:\n          password: ${{ secrets.PYPI_TOKEN }}\n',
    );
    const r = await cli(['expiry', dir, '--now', '2027-01-01', '--offline', '--format', 'json']);
    const rows = JSON.parse(r.stdout).expiry.tokens as Array<{ name: string; notes: string[]; replaceableByOidc?: string[] }>;
    expect(rows.find((t) => t.name === 'PYPI_TOKEN')).toMatchObject({
      replaceableByOidc: ['PyPI'],
      notes: expect.arrayContaining(['replaceable by OIDC trusted publishing (PyPI): migrate and revoke it rather than rotate it']),
    });
    expect(rows.find((t) => t.name === 'OTHER')!.replaceableByOidc).toBeUndefined();
    const text = (await cli(['expiry', dir, '--now', '2027-01-01', '--offline'])).stdout;
    expect(text).toContain('PYPI_TOKEN: expires 2027-01-05; replaceable by OIDC trusted publishing (PyPI)');
  });
});
