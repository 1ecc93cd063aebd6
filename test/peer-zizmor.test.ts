/**
 * Peer fixtures from zizmor with EXPECTED.tsv: where a token scanner must report and where it must stay
 * quiet. Every row is checked; `any` rows (peers disagree) are counted but not asserted.
 */
import { runScan } from '../src/pipeline.js';
import type { Finding } from '../src/model/finding.js';
import { sharedDir } from './helpers.js';
import { checkPeerRow, readPeerRows, rowLabel } from './peer-rows.js';

describe('zizmor peer fixtures (EXPECTED.tsv)', () => {
  const rows = readPeerRows(sharedDir('peer', 'zizmor', 'EXPECTED.tsv'));
  let findings: Finding[] = [];

  beforeAll(async () => {
    const { report } = await runScan({ paths: [sharedDir('peer', 'zizmor', 'fixtures')], cwd: process.cwd() });
    findings = [...report.findings];
    expect(report.stats.parseErrors).toBe(0);
  });

  it('has rows to check', () => {
    expect(rows.length).toBeGreaterThan(20);
  });

  it.each(rows.map((r) => [rowLabel(r), r] as const))('%s', (_label, row) => {
    checkPeerRow(row, findings);
  });

  it('asserts every finding and none row', () => {
    const asserted = rows.filter((r) => r.expect !== 'any').length;
    console.log(`EXPECTED.tsv: ${rows.length} rows, ${asserted} asserted, ${rows.length - asserted} marked any`);
    expect(asserted).toBeGreaterThan(0);
  });
});
