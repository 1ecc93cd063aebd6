/**
 * zizmor's fixtures for the token audits of issue 14 handled here — secrets-outside-env, bot-conditions, github-env —
 * with the rows of EXPECTED-token-audits.tsv for those categories (the other categories have their own test). Every
 * asserted row must hold; `any` rows are counted.
 */
import { runScan } from '../src/pipeline.js';
import type { Finding } from '../src/model/finding.js';
import { sharedDir } from './helpers.js';
import { checkPeerRow, readPeerRows, rowLabel } from './peer-expected.js';

const CATEGORIES = new Set(['secrets-outside-env', 'bot-conditions', 'github-env']);

describe('zizmor token-audit fixtures (EXPECTED-token-audits.tsv): secrets-outside-env, bot-conditions, github-env', () => {
  const rows = readPeerRows(sharedDir('peer', 'zizmor', 'EXPECTED-token-audits.tsv')).filter((r) => CATEGORIES.has(r.category));
  let findings: Finding[] = [];

  beforeAll(async () => {
    const { report } = await runScan({ paths: [sharedDir('peer', 'zizmor', 'fixtures-token-audits')], cwd: process.cwd() });
    findings = [...report.findings];
    expect(report.stats.parseErrors).toBe(0);
  });

  it('has rows for each category', () => {
    expect(new Set(rows.map((r) => r.category))).toEqual(CATEGORIES);
  });

  it.each(rows.map((r) => [rowLabel(r), r] as const))('%s', (_label, row) => {
    checkPeerRow(row, findings);
  });

  it('asserts rows of each category', () => {
    const asserted = rows.filter((r) => r.expect !== 'any');
    console.log(`EXPECTED-token-audits.tsv (${[...CATEGORIES].join(', ')}): ${rows.length} rows, ${asserted.length} asserted, ${rows.length - asserted.length} marked any`);
    expect(new Set(asserted.map((r) => r.category))).toEqual(CATEGORIES);
  });
});
