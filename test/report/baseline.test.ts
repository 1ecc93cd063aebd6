/**
 * The baseline (fail-on-new-only): reading it from the project's own JSON and SARIF reports, telling new findings from
 * existing ones, what fails, how each renderer shows it, and that fingerprints survive edits elsewhere in the file.
 */
import {
  existingNote,
  failingFindingsNewOnly,
  failingFindingsOf,
  isExisting,
  newFindings,
  parseBaseline,
  type Baseline,
  type ParsedBaseline,
} from '../../src/report/baseline.js';
import { buildJsonReport, renderJson } from '../../src/report/json.js';
import { buildSarif, FINGERPRINT_KEY, renderSarif } from '../../src/report/sarif.js';
import { renderText, summaryLine } from '../../src/report/text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { ReportInput } from '../../src/report/context.js';
import type { ScanResult } from '../../src/engine.js';
import type { FailOn } from '../../src/model/severity.js';
import { scanFiles, yaml } from '../helpers.js';

/** Workflow-level `permissions: write-all` (high) and a checkout without `persist-credentials: false` (medium). */
const OLD = yaml`
  on: push
  permissions: write-all
  jobs:
    build:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v4
`;

/** The same file, edited elsewhere (a comment, a name, a new job above) and with one new high finding in a new job. */
const EDITED = yaml`
  # a comment that moves every line down
  name: ci
  on: push
  permissions: write-all
  jobs:
    lint:
      runs-on: ubuntu-latest
      steps:
        - run: echo lint
    build:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v4
    deploy:
      runs-on: ubuntu-latest
      permissions: write-all
      steps:
        - run: echo deploy
`;

function report(result: ScanResult, failOn: FailOn = 'high', baseline?: Baseline): ReportInput {
  return { toolVersion: '0.0.0-test', findings: result.findings, stats: result.stats, ruleFailures: result.ruleFailures, failOn, minSeverity: 'info', ...(baseline ? { baseline } : {}) };
}

function parsed(text: string, name = 'baseline.json'): ParsedBaseline {
  const r = parseBaseline(text, name);
  if (!r.ok) throw new Error(r.error);
  return r.baseline;
}

function parseError(text: string, name = 'baseline.json'): string {
  const r = parseBaseline(text, name);
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

const old = scanFiles({ '.github/workflows/ci.yml': OLD });
const edited = scanFiles({ '.github/workflows/ci.yml': EDITED });

describe('fingerprints are stable across edits elsewhere in the file', () => {
  it('the old findings keep their fingerprints after lines move and jobs are added', () => {
    expect(old.findings.length).toBeGreaterThanOrEqual(2);
    const before = new Set(old.findings.map((f) => f.fingerprint));
    const kept = edited.findings.filter((f) => before.has(f.fingerprint));
    // Every old finding is still there, under the same fingerprint, though its line moved.
    expect(kept.map((f) => f.ruleId).sort()).toEqual(old.findings.map((f) => f.ruleId).sort());
    expect(kept.some((f) => f.location.startLine !== old.findings.find((o) => o.fingerprint === f.fingerprint)!.location.startLine)).toBe(true);
  });

  it('only the finding the edit added is new', () => {
    const baseline = parsed(renderJson(report(old)));
    const fresh = newFindings(edited.findings, baseline);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((f) => f.location.startLine >= 15)).toBe(true); // all in the new `deploy` job
    expect(failingFindingsNewOnly(edited.findings, 'high', baseline).map((f) => `${f.ruleId}:${f.location.startLine}`)).toEqual(['permissions:16']);
  });
});

describe('parseBaseline: the JSON report', () => {
  it('reads every finding fingerprint, suppressed ones included, and the report min-severity', () => {
    const suppressed = scanFiles({ '.github/workflows/ci.yml': OLD.replace('permissions: write-all', 'permissions: write-all # token-warden: ignore[permissions] legacy') });
    expect(suppressed.findings.some((f) => f.suppression)).toBe(true);
    const b = parsed(renderJson({ ...report(suppressed), minSeverity: 'low' }));
    expect(b.format).toBe('json');
    expect(b.fingerprints).toEqual(new Set(suppressed.findings.map((f) => f.fingerprint)));
    expect(b.findings).toBe(suppressed.findings.length);
    expect(b.minSeverity).toBe('low');
    expect(b.toolVersion).toBe('0.0.0-test');
    expect(b.source).toBe('baseline.json');
  });

  it('accepts a byte-order mark and an empty report', () => {
    const empty = scanFiles({});
    expect(parsed('\uFEFF' + renderJson(report(empty))).fingerprints.size).toBe(0);
  });

  it.each([
    ['not JSON', '{"version": 1,', /^base\.json: not valid JSON \(.+\); make one with `token-warden scan --format json/],
    ['an array', '[]', /^base\.json: expected a JSON object/],
    ['another JSON file', '{"name": "package"}', /^base\.json: neither a token-warden JSON report nor a SARIF file/],
    ['a finding without a fingerprint', JSON.stringify({ version: 1, tool: { name: 'token-warden' }, findings: [{ ruleId: 'x' }] }), /^base\.json: findings\[0\] has no fingerprint$/],
    ['a newer report version', JSON.stringify({ version: 99, tool: { name: 'token-warden' }, findings: [] }), /^base\.json: report version 99 is newer than this token-warden reads \(1\)/],
    ['no version', JSON.stringify({ tool: { name: 'token-warden' }, findings: [] }), /^base\.json: the report has no valid "version"$/],
  ])('%s: a clear error naming the file', (_, text, message) => {
    expect(parseError(text, 'base.json')).toMatch(message);
  });
});

describe('parseBaseline: SARIF', () => {
  it('reads partialFingerprints under our key, the same set as the JSON report', () => {
    const b = parsed(renderSarif(report(old)), 'base.sarif');
    expect(b.format).toBe('sarif');
    expect(b.fingerprints).toEqual(parsed(renderJson(report(old))).fingerprints);
    expect(b.findings).toBe(old.findings.length);
  });

  it('ignores other tools’ runs and results a SARIF baseline marks absent', () => {
    const sarif = buildSarif(report(old));
    const run = sarif.runs[0] as { results: Array<Record<string, unknown>> };
    run.results[0]!.baselineState = 'absent';
    const other = { tool: { driver: { name: 'zizmor' } }, results: [{ partialFingerprints: { primaryLocationLineHash: 'x' } }] };
    const b = parsed(JSON.stringify({ ...sarif, runs: [other, run] }), 'merged.sarif');
    expect(b.findings).toBe(old.findings.length - 1);
    expect(b.fingerprints.has(old.findings[0]!.fingerprint)).toBe(false);
  });

  it.each([
    ['another tool only', { version: '2.1.0', runs: [{ tool: { driver: { name: 'zizmor' } }, results: [] }] }, /^x\.sarif: a SARIF file without a token-warden run/],
    [
      'another fingerprint recipe',
      { version: '2.1.0', runs: [{ tool: { driver: { name: 'token-warden' } }, results: [{ partialFingerprints: { 'tokenWarden/v2': 'abc' } }] }] },
      /^x\.sarif: results\[0\] has a "tokenWarden\/v2" fingerprint, not "tokenWarden\/v1": .*make the baseline again$/,
    ],
    ['a result without one', { version: '2.1.0', runs: [{ tool: { driver: { name: 'token-warden' } }, results: [{ ruleId: 'permissions' }] }] }, /^x\.sarif: results\[0\] has no partialFingerprints\["tokenWarden\/v1"\]$/],
  ])('%s: a clear error', (_, data, message) => {
    expect(parseError(JSON.stringify(data), 'x.sarif')).toMatch(message);
  });

  it('uses the key the SARIF renderer writes', () => {
    expect(FINGERPRINT_KEY).toBe('tokenWarden/v1');
  });
});

describe('new and existing findings', () => {
  const baseline: Baseline = { fingerprints: new Set(old.findings.map((f) => f.fingerprint)), source: 'base revision main (abc)' };

  it('existing findings are still reported, and never fail', () => {
    expect(edited.findings.filter((f) => isExisting(f, baseline))).toHaveLength(old.findings.length);
    expect(failingFindingsOf(report(edited, 'high', baseline))).toHaveLength(1);
    expect(failingFindingsOf(report(edited, 'high'))).toHaveLength(2);
    // Only existing findings: the run passes whatever their severity.
    expect(failingFindingsOf(report(old, 'medium', baseline))).toEqual([]);
    expect(failingFindingsOf(report(old, 'medium'))).toHaveLength(old.findings.length);
  });

  it('suppressed and below-fail-on findings never fail, new or not; fail-on none never fails', () => {
    const empty: Baseline = { fingerprints: new Set(), source: 'none' };
    const suppressed = scanFiles({ '.github/workflows/ci.yml': OLD.replace('permissions: write-all', 'permissions: write-all # token-warden: ignore[permissions] legacy') });
    expect(failingFindingsNewOnly(suppressed.findings, 'high', empty)).toEqual([]);
    expect(failingFindingsNewOnly(old.findings, 'critical', empty)).toEqual([]);
    expect(failingFindingsNewOnly(old.findings, 'none', empty)).toEqual([]);
  });

  it('existingNote counts the existing findings at or above fail-on', () => {
    expect(existingNote(report(edited, 'high', baseline))).toBe('1 existing finding(s) at or above high are in the baseline (base revision main (abc)) and do not fail the run');
    expect(existingNote(report(edited, 'medium', baseline))).toMatch(/^2 existing/);
    expect(existingNote(report(edited, 'high'))).toBeUndefined();
  });
});

describe('renderers show the baseline', () => {
  const baseline: Baseline = { fingerprints: new Set(old.findings.map((f) => f.fingerprint)), source: 'base.json' };
  const input = report(edited, 'high', baseline);

  it('text: existing findings marked; the summary counts new ones; a line says how many existing do not fail', () => {
    const text = renderText(input);
    const lines = text.split('\n');
    expect(lines.filter((l) => l.includes('[existing: in baseline]'))).toHaveLength(old.findings.length);
    expect(lines.find((l) => l.startsWith('.github/workflows/ci.yml:16:'))).not.toContain('existing');
    expect(summaryLine(input)).toMatch(/; 1 new at or above high$/);
    expect(text).toContain('1 existing finding(s) at or above high are in the baseline (base.json) and do not fail the run');
    // Without a baseline, nothing changes.
    expect(renderText(report(edited))).not.toContain('existing');
    expect(summaryLine(report(edited))).toMatch(/; 2 at or above high$/);
  });

  it('JSON: each finding new or existing, the summary counts them, failed follows the new ones', () => {
    const json = buildJsonReport(input);
    expect(json.findings.filter((f) => f.baseline === 'existing')).toHaveLength(old.findings.length);
    expect(json.findings.filter((f) => f.baseline === 'new')).toHaveLength(edited.findings.length - old.findings.length);
    expect(json.summary.baseline).toEqual({ source: 'base.json', existing: old.findings.length, new: edited.findings.length - old.findings.length });
    expect(json.summary.failed).toBe(true);
    expect(buildJsonReport(report(old, 'high', baseline)).summary.failed).toBe(false);
    const plain = buildJsonReport(report(edited));
    expect(plain.summary.baseline).toBeUndefined();
    expect(plain.findings.every((f) => f.baseline === undefined)).toBe(true);
  });

  it('SARIF: baselineState unchanged or new, only with a baseline', () => {
    const results = (buildSarif(input).runs[0] as { results: Array<{ baselineState?: string; partialFingerprints: Record<string, string> }> }).results;
    for (const r of results) expect(r.baselineState).toBe(baseline.fingerprints.has(r.partialFingerprints[FINGERPRINT_KEY]!) ? 'unchanged' : 'new');
    const plain = (buildSarif(report(edited)).runs[0] as { results: Array<{ baselineState?: string }> }).results;
    expect(plain.every((r) => r.baselineState === undefined)).toBe(true);
  });

  it('Markdown: fails on new findings only, says how many existing do not fail, marks them', () => {
    const md = renderMarkdown(input);
    expect(md).toContain('Fails on: **high** (new findings only) → **failed**.');
    expect(md).toContain('1 existing finding(s) at or above high are in the baseline (base.json) and do not fail the run.');
    expect(md.match(/_\(existing: in baseline\)_/g)).toHaveLength(old.findings.length);
    expect(renderMarkdown(report(old, 'high', baseline))).toContain('→ passed.');
  });
});
