import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../src/config/validate-error.js';
import { UsageError } from '../../src/errors.js';
import { DEFAULT_REGISTRY_PATH, findRegistryFile, LEGACY_REGISTRY_PATH, loadRegistry, loadRegistryFile } from '../../src/registry/load-file.js';
import { PROJECT_ROOT } from '../helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function repoWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-registry-'));
  made.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const VALID = 'version: 1\n';

describe('finding and loading the registry file', () => {
  it('reads .github/token-scope-map.yml by default, before the legacy location', async () => {
    const root = repoWith({ [DEFAULT_REGISTRY_PATH]: VALID, [LEGACY_REGISTRY_PATH]: 'version: 2\n' });
    const loaded = await loadRegistry(root, undefined, '/');
    expect(loaded?.file).toMatchObject({ path: '.github/token-scope-map.yml', legacy: false, text: VALID });
    expect(loaded?.registry.file).toBe('.github/token-scope-map.yml');
  });

  it('falls back to the legacy .codex/tokens/token_scope_map.yaml', () => {
    const root = repoWith({ [LEGACY_REGISTRY_PATH]: VALID });
    expect(findRegistryFile(root, undefined, root)).toMatchObject({ path: '.codex/tokens/token_scope_map.yaml', legacy: true });
  });

  it('no registry file: undefined, so the registry rules are skipped', async () => {
    const root = repoWith({ '.github/workflows/ci.yml': 'on: push\n' });
    expect(findRegistryFile(root, undefined, root)).toBeUndefined();
    expect(await loadRegistryFile(root, undefined, root)).toBeUndefined();
  });

  it('an explicit path is resolved against the working directory and must exist', () => {
    const root = repoWith({ 'config/tokens.yml': VALID });
    expect(findRegistryFile(root, 'config/tokens.yml', root)).toMatchObject({ path: 'config/tokens.yml', legacy: false });
    expect(findRegistryFile(root, 'tokens.yml', path.join(root, 'config'))).toMatchObject({ path: 'config/tokens.yml' });
    expect(() => findRegistryFile(root, 'missing.yml', root)).toThrow(new UsageError('registry file not found: missing.yml'));
    expect(() => findRegistryFile(root, 'config', root)).toThrow(UsageError);
  });

  it('invalid content: loadRegistryFile returns every issue, loadRegistry throws them as a ConfigError', async () => {
    const root = repoWith({ [DEFAULT_REGISTRY_PATH]: 'version: 1\npolicy:\n  default-token: nope\ntokenz: {}\n' });
    const loaded = await loadRegistryFile(root, undefined, root);
    expect(loaded?.check.registry).toBeUndefined();
    expect(loaded?.check.issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.key}`)).toEqual([
      '.github/token-scope-map.yml:3:18 policy.default-token',
      '.github/token-scope-map.yml:4:1 tokenz',
    ]);
    await expect(loadRegistry(root, undefined, root)).rejects.toThrow(ConfigError);
  });
});

describe('purity', () => {
  it('only load-file.ts in src/registry touches the disk, the network or the Actions runtime', () => {
    const dir = path.join(PROJECT_ROOT, 'src', 'registry');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && f !== 'load-file.ts');
    expect(files.length).toBeGreaterThan(10);
    const impure = /from '(?:node:)?(?:fs|fs\/promises|http|https|child_process|net)'|from '@actions\/|from '@octokit\/|from 'undici'|\bfetch\(/;
    for (const f of files) expect({ f, impure: impure.test(readFileSync(path.join(dir, f), 'utf8')) }).toEqual({ f, impure: false });
  });
});
