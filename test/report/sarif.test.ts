/**
 * The SARIF report, end to end: scans that trip every rule, token registry rules included (plus a parse error, an inline and a config
 * suppression, a rule from outside the registry and a rule that throws), with the least-privilege fix's `fixes` on the
 * permissions results → SARIF → Microsoft's SARIF multitool
 * with the SARIF rules and GitHub's ingestion rules (`--rule-kind Sarif` / `--rule-kind Gh`).
 */
import { ONLINE_ONLY_RULE_IDS } from '../../src/registry/rules/index.js';
import { RENEWAL_RULE_META } from '../../src/renewal/rules.js';
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildSarif, FINGERPRINT_KEY, renderSarif, SRCROOT } from '../../src/report/sarif.js';
import type { ReportInput } from '../../src/report/context.js';
import { ALL_RULE_META, RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/model/rule.js';
import { isPlaceholder } from '../../src/workflows/secrets-text.js';
import { PROJECT_ROOT, scanFiles, yaml } from '../helpers.js';
import { runScan } from '../../src/pipeline.js';
import { mergeResults } from '../../src/parallel.js';
import { plantedToken } from '../planted.js';
import { applyEdits, planFixes, type FilePlan } from '../../src/fix/index.js';

const execFileAsync = promisify(execFile);
const MULTITOOL = path.join(PROJECT_ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

/**
 * SARIF2006 (UrisShouldBeReachable) sends HTTP requests for every URI in the log: turned off so the test never
 * touches the network (the validator then adds a WRN999 configuration notice, expected below).
 */
const VALIDATOR_CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
`;

/**
 * Warnings we accept, each for a reason:
 * - SARIF2005/ProvideToolnformationUri: `tool.driver.informationUri` must be an absolute URL and the project has
 *   no public documentation URL yet; we will not invent one.
 * - WRN999.RuleExplicitlyDisabled: our own config above disables SARIF2006 (network).
 */
const ACCEPTED_WARNINGS = ['SARIF2005/Warning_ProvideToolnformationUri', 'WRN999.RuleExplicitlyDisabled'];

/** A fake classic PAT, new on every run, so no fixed value can be special-cased anywhere. */
function fakeClassicToken(): string {
  for (;;) {
    const token = plantedToken('ghp_');
    if (!isPlaceholder(token)) return token;
  }
}

const TOKEN = fakeClassicToken();
const SHA = 'a'.repeat(7) + '0123456789abcdef0123456789abcdef0';

const PR_TARGET = yaml`
  name: pr target
  on: pull_request_target
  jobs:
    build:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v4
          with:
            ref: \${{ github.event.pull_request.head.sha }}
        - uses: some-org/some-action@v1
          with:
            token: \${{ secrets.GITHUB_TOKEN }}
        - run: echo "\${{ toJSON(secrets) }}"
        - run: echo "\${{ fromJSON(secrets.CONFIG).key }}"
    call:
      uses: org/repo/.github/workflows/reusable.yml@main
      secrets: inherit
`;

/** Inline suppression on the line above, with the token pasted into the reason too (it must not leak from there). */
const LEAK = yaml`
  on: push
  permissions: write-all
  jobs:
    deploy:
      runs-on: ubuntu-latest
      steps:
        # token-warden: ignore[hardcoded-credential] rotated already, was ${TOKEN}
        - run: ./deploy.sh --token ${TOKEN}
        - run: ./smoke.sh
          env:
            API_TOKEN: ${TOKEN}
`;

const FILES: Record<string, string> = {
  '.github/workflows/pr-target.yml': PR_TARGET,
  '.github/workflows/leak.yml': LEAK,
  // A name that needs percent-encoding in a URI.
  '.github/workflows/release #2.yml': 'on: push\njobs:\n  a: [\n  b: 1\n',
  // Nested past the nesting budget: a resource-limit finding.
  '.github/workflows/deep.yml': `on: push\njobs: ${'['.repeat(70)}${']'.repeat(70)}\n`,
  'tools/setup/action.yml': yaml`
    name: setup
    description: composite
    runs:
      using: composite
      steps:
        - uses: actions/checkout@v4
  `,
};

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** A rule from outside the registry (as `scan({ rules })` allows) and one that throws. */
const customRule: Rule = {
  meta: { id: 'custom-check', category: 'custom', defaultSeverity: 'low', summary: 'Custom.', remediation: 'None.', docs: '', appliesTo: ['workflow'] },
  check(context) {
    if (context.file.path.endsWith('leak.yml')) context.report({ message: 'custom finding', span: [0, 2], path: ['on'] });
  },
};
const throwingRule: Rule = {
  meta: { ...customRule.meta, id: 'throwing-check' },
  check() {
    throw new Error('boom');
  },
};

const fixture = scanFiles(
  FILES,
  { rules: { 'secrets-inherit': { ignore: [`.github/workflows/pr-target.yml:${lineOf(PR_TARGET, 'secrets: inherit')}`] } } },
  [...RULES, customRule, throwingRule],
);
// The token registry rules: the demo repository and its registry (which trips each of them), under `demo-repo/`.
const examples = path.join(PROJECT_ROOT, 'examples');
const demo = await runScan({
  paths: [path.join(examples, 'demo-repo')],
  cwd: PROJECT_ROOT,
  root: examples,
  registryPath: path.join(examples, 'demo-repo', '.github', 'token-scope-map.yml'),
  // the date its comments judge expiry by, so token-expired and token-expiring trip too
  expiryNow: new Date('2026-12-01T00:00:00Z'),
});
const result = mergeResults([fixture, demo.result]);
const input: ReportInput = {
  toolVersion: '0.1.0',
  findings: result.findings,
  stats: result.stats,
  ruleFailures: result.ruleFailures,
  skipped: [{ path: '.github/workflows/elsewhere.yml', reason: 'symlink-outside-root' }],
  failOn: 'high',
  minSeverity: 'info',
  links: { serverUrl: 'https://github.com', repository: 'octo-org/octo-repo', ref: SHA },
};

// The least-privilege fix of the same files: its edits ride on the `permissions` results as SARIF `fixes`.
const demoWorkflows = path.join(examples, 'demo-repo', '.github', 'workflows');
const plans: FilePlan[] = [
  ...planFixes(Object.entries(FILES).map(([p, t]) => ({ path: p, text: t }))),
  ...planFixes(readdirSync(demoWorkflows).map((n) => ({ path: `demo-repo/.github/workflows/${n}`, text: readFileSync(path.join(demoWorkflows, n), 'utf8') }))),
];

interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Region } }>;
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: string; status: string; justification: string }>;
  fixes?: Array<{
    description: { text: string };
    artifactChanges: Array<{ artifactLocation: { uri: string; uriBaseId: string }; replacements: Array<{ deletedRegion: { charOffset: number; charLength: number }; insertedContent?: { text: string } }> }>;
  }>;
}
interface SarifRule {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  properties: { tags: string[]; 'security-severity': string };
}
interface SarifRun {
  tool: { driver: { name: string; rules: SarifRule[] } };
  results: SarifResult[];
  originalUriBaseIds: Record<string, { uri: string }>;
  versionControlProvenance: Array<{ repositoryUri: string; revisionId: string; mappedTo: { uriBaseId: string } }>;
  invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<{ level: string; message: { text: string }; associatedRule: { id: string } }> }>;
}

/** One message from the validator's own SARIF output, formatted for a failure report. */
interface ValidatorMessage {
  kind: string;
  level: string;
  id: string;
  text: string;
}

interface ValidatorLog {
  runs: Array<{
    tool: { driver: { rules?: Array<{ id: string; defaultConfiguration?: { level?: string }; messageStrings?: Record<string, { text: string }> }> } };
    results?: Array<{ ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }>;
    invocations?: Array<{
      executionSuccessful?: boolean;
      toolExecutionNotifications?: Array<{ level?: string; message: { text?: string }; descriptor?: { id: string } }>;
      toolConfigurationNotifications?: Array<{ level?: string; message: { text?: string }; descriptor?: { id: string } }>;
    }>;
  }>;
}

/** Runs `Sarif.Multitool validate` and returns every result and notification it recorded (its exit code says nothing). */
async function validate(file: string, ruleKind: 'Sarif' | 'Gh', dir: string): Promise<ValidatorMessage[]> {
  const out = `${file}.${ruleKind}.validation.sarif`;
  const config = path.join(dir, 'validator-config.xml');
  const args = ['validate', file, '--output', out, '--rule-kind', ruleKind, '--level', 'Error;Warning', '--config', config, '--log', 'ForceOverwrite'];
  await execFileAsync(MULTITOOL, args, { timeout: 45_000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } }).catch((error: unknown) => {
    throw new Error(`Sarif.Multitool ${args.join(' ')} failed: ${String(error)}`);
  });
  const log = JSON.parse(readFileSync(out, 'utf8')) as ValidatorLog;
  const messages: ValidatorMessage[] = [];
  for (const run of log.runs) {
    const rules = new Map((run.tool.driver.rules ?? []).map((r) => [r.id, r]));
    for (const r of run.results ?? []) {
      const rule = rules.get(r.ruleId);
      const template = (r.message.id && rule?.messageStrings?.[r.message.id]?.text) ?? r.message.text ?? '';
      const text = template.replace(/\{(\d+)\}/g, (m, i: string) => r.message.arguments?.[Number(i)] ?? m);
      messages.push({ kind: ruleKind, level: r.level ?? rule?.defaultConfiguration?.level ?? 'warning', id: `${r.ruleId}/${r.message.id ?? ''}`, text });
    }
    for (const inv of run.invocations ?? []) {
      if (inv.executionSuccessful === false) messages.push({ kind: ruleKind, level: 'error', id: 'executionSuccessful', text: 'the validator did not run successfully' });
      for (const n of [...(inv.toolExecutionNotifications ?? []), ...(inv.toolConfigurationNotifications ?? [])]) {
        messages.push({ kind: ruleKind, level: n.level ?? 'warning', id: n.descriptor?.id ?? 'notification', text: n.message.text ?? '' });
      }
    }
  }
  return messages;
}

const show = (m: ValidatorMessage): string => `[${m.kind}] ${m.level} ${m.id}: ${m.text}`;

describe('SARIF report', () => {
  let dir: string;
  let srcRoot: string;
  let text: string;
  let run: SarifRun;

  beforeAll(() => {
    try {
      accessSync(MULTITOOL, constants.X_OK);
    } catch {
      throw new Error(`${MULTITOOL} is missing or not executable: run npm ci (its install script must be allowed in package.json allowScripts).`);
    }
    dir = mkdtempSync(path.join(tmpdir(), 'token-warden-sarif-'));
    writeFileSync(path.join(dir, 'validator-config.xml'), VALIDATOR_CONFIG);
    srcRoot = pathToFileURL(path.join(dir, 'repo')).href;
    text = renderSarif(input, { srcRoot, fixes: plans });
    run = (JSON.parse(text) as { runs: SarifRun[] }).runs[0]!;
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('scans a fixture that trips every rule, with suppressions, a parse error and a failing rule', () => {
    // Online-only rules (token-scope-drift) need a source's observations; test/expiry covers them. The renewal jobs'
    // findings (runner-offline …) come from GitHub, never from a scan; test/renewal covers them.
    const notInScans = new Set([...ONLINE_ONLY_RULE_IDS, ...RENEWAL_RULE_META.map((m) => m.id)]);
    expect(new Set(result.findings.map((f) => f.ruleId))).toEqual(new Set([...ALL_RULE_META.map((m) => m.id).filter((id) => !notInScans.has(id)), 'custom-check']));
    expect(result.findings.filter((f) => f.suppression?.kind === 'inline').map((f) => f.ruleId)).toContain('hardcoded-credential');
    expect(result.findings.filter((f) => f.suppression?.kind === 'config').map((f) => f.ruleId)).toEqual(['secrets-inherit']);
    expect(result.findings.some((f) => f.ruleId === 'hardcoded-credential' && !f.suppression)).toBe(true);
    expect(result.ruleFailures.map((r) => r.ruleId)).toContain('throwing-check');
  });

  it('passes the SARIF multitool with both the SARIF and the GitHub (Gh) rule kinds', async () => {
    const file = path.join(dir, 'token-warden.sarif');
    writeFileSync(file, text);
    const messages = (await Promise.all([validate(file, 'Sarif', dir), validate(file, 'Gh', dir)])).flat();
    const errors = messages.filter((m) => m.level === 'error').map(show);
    const unexpectedWarnings = messages.filter((m) => m.level === 'warning' && !ACCEPTED_WARNINGS.includes(m.id)).map(show);
    expect({ errors, unexpectedWarnings }).toEqual({ errors: [], unexpectedWarnings: [] });
  });

  it('the validator run really checks: a broken copy fails both rule kinds', async () => {
    const broken = JSON.parse(text) as { runs: SarifRun[] };
    const r = broken.runs[0]!.results[0]!;
    (r as { message: unknown }).message = { id: 'no-such-message' };
    r.locations[0]!.physicalLocation.artifactLocation.uri = 'file:///etc/passwd';
    const file = path.join(dir, 'broken.sarif');
    writeFileSync(file, JSON.stringify(broken));
    const [sarif, gh] = await Promise.all([validate(file, 'Sarif', dir), validate(file, 'Gh', dir)]);
    expect(sarif.filter((m) => m.level === 'error').map((m) => m.id.split('/')[0])).toEqual(expect.arrayContaining(['SARIF1004', 'SARIF1012']));
    expect(gh.filter((m) => m.level === 'error').map((m) => m.id.split('/')[0])).toContain('GH1015');
  });

  it('never contains a token literal from the scanned files', () => {
    expect(LEAK).toContain(TOKEN);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(TOKEN.slice(4));
    expect(text).not.toMatch(/gh[pousr]_[A-Za-z0-9]{36}/);
  });

  it('gives every result partialFingerprints equal to the finding fingerprint', () => {
    expect(run.results).toHaveLength(result.findings.length);
    run.results.forEach((r, i) => {
      expect(r.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: result.findings[i]!.fingerprint });
      expect(r.ruleId).toBe(result.findings[i]!.ruleId);
    });
    expect(new Set(run.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).size).toBe(run.results.length);
  });

  it('uses relative, percent-encoded URIs against %SRCROOT%, defined as an absolute URI ending in a slash', () => {
    expect(run.originalUriBaseIds[SRCROOT]!.uri).toBe(`${srcRoot}/`);
    for (const [i, r] of run.results.entries()) {
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      expect(artifactLocation.uriBaseId).toBe(SRCROOT);
      expect(artifactLocation.uri).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\//i);
      expect(decodeURIComponent(artifactLocation.uri)).toBe(result.findings[i]!.location.file);
      expect(region.startLine).toBe(result.findings[i]!.location.startLine);
      expect(region.startColumn).toBe(result.findings[i]!.location.startColumn);
    }
    const parseError = run.results.find((r) => r.ruleId === 'parse-error')!;
    expect(parseError.locations[0]!.physicalLocation.artifactLocation.uri).toBe('.github/workflows/release%20%232.yml');
    expect(run.versionControlProvenance).toEqual([{ repositoryUri: 'https://github.com/octo-org/octo-repo', revisionId: SHA, mappedTo: { uriBaseId: SRCROOT } }]);
  });

  it('describes every rule with help text, tags and a security-severity', () => {
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...ALL_RULE_META.map((m) => m.id), 'custom-check']);
    for (const rule of rules) {
      const severity = Number(rule.properties['security-severity']);
      expect(severity).toBeGreaterThanOrEqual(0);
      expect(severity).toBeLessThanOrEqual(10);
      expect(rule.properties.tags).toContain('security');
      expect(rule.shortDescription.text).not.toBe('');
      expect(rule.fullDescription.text).not.toBe('');
      expect(rule.help.text).toContain(`ignore[${rule.id}]`);
      expect(rule.help.markdown).not.toBe('');
      if (rule.name) expect(rule.name.toLowerCase()).not.toBe(rule.id.toLowerCase());
    }
    for (const r of run.results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(rules.find((r) => r.id === 'hardcoded-credential')!.properties['security-severity']).toBe('9.5');
  });

  it('lists suppressed findings with SARIF suppressions, and only those', () => {
    run.results.forEach((r, i) => {
      const suppression = result.findings[i]!.suppression;
      if (!suppression) {
        expect(r.suppressions).toBeUndefined();
        return;
      }
      expect(r.suppressions).toEqual([{ kind: suppression.kind === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: expect.any(String) }]);
    });
    const inline = run.results.find((r) => r.ruleId === 'hardcoded-credential' && r.suppressions)!;
    expect(inline.suppressions![0]!.justification).toMatch(/^rotated already, was ghp_…\(40 chars\)$/);
    const config = run.results.find((r) => r.ruleId === 'secrets-inherit')!;
    expect(config.suppressions![0]!.justification).toContain('pr-target.yml:');
    expect(run.results.filter((r) => r.suppressions)).toHaveLength(result.stats.suppressed);
  });

  it('reports a rule that threw as an error notification on the invocation', () => {
    expect(run.invocations[0]!.executionSuccessful).toBe(true);
    expect(run.invocations[0]!.toolExecutionNotifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ level: 'error', associatedRule: { id: 'throwing-check' }, message: { text: expect.stringContaining('boom') } })]),
    );
  });

  it('reports a skipped file as a warning notification on the invocation', () => {
    expect(run.invocations[0]!.toolExecutionNotifications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 'warning',
          descriptor: { id: 'skipped/symlink-outside-root' },
          message: { text: 'Skipped .github/workflows/elsewhere.yml: symbolic link to a path outside the scan root, not followed' },
        }),
      ]),
    );
  });

  it('attaches the fix of its file to each permissions result: applying the replacements gives the fixed file', () => {
    const changed = plans.filter((p) => p.status === 'changed');
    expect(changed.length).toBeGreaterThanOrEqual(2);
    const withFixes = run.results.filter((r) => r.fixes);
    expect(withFixes.length).toBeGreaterThanOrEqual(changed.length);
    for (const [i, r] of run.results.entries()) {
      const finding = result.findings[i]!;
      const plan = changed.find((p) => p.path === finding.location.file);
      if (finding.ruleId !== 'permissions' || !plan) {
        expect(r.fixes).toBeUndefined();
        continue;
      }
      const change = r.fixes![0]!.artifactChanges[0]!;
      expect(decodeURIComponent(change.artifactLocation.uri)).toBe(plan.path);
      const edits = change.replacements.map((x) => ({ start: x.deletedRegion.charOffset, end: x.deletedRegion.charOffset + x.deletedRegion.charLength, text: x.insertedContent?.text ?? '' }));
      expect(applyEdits(plan.original, edits)).toBe(plan.fixed);
    }
  });

  it('omits originalUriBaseIds without a srcRoot, accepts an absolute path, and rejects a relative one', () => {
    expect(buildSarif(input).runs[0]!).not.toHaveProperty('originalUriBaseIds');
    expect((buildSarif(input, { srcRoot: '/work/repo' }).runs[0]!.originalUriBaseIds as Record<string, { uri: string }>)[SRCROOT]!.uri).toBe('file:///work/repo/');
    expect(() => buildSarif(input, { srcRoot: 'repo' })).toThrow(/absolute/);
  });
});
