/** Files named from another checkout are judged without this repository's config and registry (issue 7, part 4). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli.js';

const WRITE = 'on: push\npermissions:\n  contents: write\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n';
const REGISTRY = 'version: 1\npolicy:\n  default-token: read-only\ntokens:\n  BOT:\n    description: d\n    category: bot\n    risk: low\n    kind: other\n    used-by: []\n';

function checkouts(): { a: string; b: string } {
  const base = mkdtempSync(path.join(tmpdir(), 'tw-outside-'));
  const files: Record<string, string> = {
    'a/.github/workflows/ci.yml': WRITE,
    'a/.github/token-scope-map.yml': REGISTRY,
    'a/.github/token-warden.yml': 'rules:\n  permissions:\n    severity: low\n',
    'b/.github/workflows/x.yml': WRITE,
  };
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(base, p)), { recursive: true });
    writeFileSync(path.join(base, p), text);
  }
  return { a: path.join(base, 'a'), b: path.join(base, 'b') };
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
}

async function scanJson(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['scan', '--format', 'json', '--fail-on', 'none', ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false, env: {} });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  const report = JSON.parse(stdout) as { findings: JsonFinding[]; summary: { registry: unknown } };
  const rules = (file: string) => report.findings.filter((f) => f.file === file).map((f) => `${f.ruleId}:${f.severity}`).sort();
  return { report, rules };
}

describe('a workflow from another checkout, named from inside this one', () => {
  it('is judged by the defaults: no default-token-policy finding from this registry, no severity from this config', async () => {
    const { a } = checkouts();
    const { rules } = await scanJson(['.github/workflows/ci.yml', '../b/.github/workflows/x.yml'], a);
    // this repository's file: its registry's policy and its config's severity apply
    expect(rules('.github/workflows/ci.yml')).toEqual(['default-token-policy:high', 'permissions:low']);
    // the other checkout's file: the defaults
    expect(rules('../b/.github/workflows/x.yml')).toEqual(['permissions:high']);
  });

  it('named alone: this repository config and registry are not read at all', async () => {
    const { a } = checkouts();
    writeFileSync(path.join(a, '.github', 'token-warden.yml'), 'not: [valid\n');
    const { report, rules } = await scanJson(['../b/.github/workflows/x.yml'], a);
    expect(rules('../b/.github/workflows/x.yml')).toEqual(['permissions:high']);
    expect(report.findings.every((f) => f.file.startsWith('../b/'))).toBe(true);
    expect(report.summary.registry).toBeNull();
  });

  it('its own config and registry apply when its directory is the root (named alone, or --root)', async () => {
    const { a, b } = checkouts();
    writeFileSync(path.join(b, '.github', 'token-scope-map.yml'), REGISTRY);
    expect((await scanJson([b], a)).rules('.github/workflows/x.yml')).toEqual(['default-token-policy:high', 'permissions:high']);
    expect((await scanJson(['--root', b, path.join(b, '.github/workflows/x.yml')], a)).rules('.github/workflows/x.yml')).toEqual(['default-token-policy:high', 'permissions:high']);
  });
});
