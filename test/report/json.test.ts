/**
 * The JSON report written in pieces (renderJsonChunks, what the CLI streams to a file) is the same text as the whole
 * report given to JSON.stringify: with no findings, with related locations, suppressions, a baseline, and with
 * characters JSON must escape.
 */
import { buildJsonReport, renderJson, renderJsonChunks } from '../../src/report/json.js';
import type { ReportInput } from '../../src/report/context.js';
import type { ScanResult } from '../../src/engine.js';
import { scanFiles, yaml } from '../helpers.js';

const WORKFLOW = yaml`
  on: pull_request_target
  permissions: write-all
  jobs:
    build:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v4 # token-warden: ignore[persist-credentials] "quoted" \\ and a tab\there
          with:
            ref: \${{ github.event.pull_request.head.sha }}
        - run: echo "\${{ github.event.pull_request.title }}"
`;

function input(result: ScanResult, extra: Partial<ReportInput> = {}): ReportInput {
  return { toolVersion: '0.0.0-test', findings: result.findings, stats: result.stats, ruleFailures: result.ruleFailures, failOn: 'high', minSeverity: 'info', ...extra };
}

const whole = (i: ReportInput): string => JSON.stringify(buildJsonReport(i), null, 2) + '\n';

describe('renderJsonChunks', () => {
  const result = scanFiles({ '.github/workflows/ci.yml': WORKFLOW, '.github/workflows/ünïcode – “x”.yml': WORKFLOW.replace('build:', 'bau\u00df:') });

  it('has findings of every kind to write (the cases below are not empty)', () => {
    expect(result.findings.length).toBeGreaterThan(3);
    expect(result.findings.some((f) => f.related?.length)).toBe(true);
    expect(result.findings.some((f) => f.suppression)).toBe(true);
  });

  it.each([
    ['findings', input(result)],
    ['no findings', input({ ...result, findings: [] })],
    ['one finding', input({ ...result, findings: result.findings.slice(0, 1) })],
    ['a baseline', input(result, { baseline: { source: 'base.json', fingerprints: new Set([result.findings[0]!.fingerprint]) } })],
  ])('gives the same text as the whole report (%s)', (_name, i) => {
    const chunks = [...renderJsonChunks(i)];
    expect(chunks.join('')).toBe(whole(i));
    expect(renderJson(i)).toBe(whole(i));
    if (i.findings.length > 1) expect(chunks.length).toBe(i.findings.length + 2); // one piece per finding
  });
});
