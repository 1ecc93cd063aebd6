/**
 * zizmor's fixtures for the token audits of issue 14 (fixtures-token-audits/ with EXPECTED-token-audits.tsv): every
 * asserted row of a category that has a registered rule holds. A category's rule is the rule whose id or category is
 * the TSV's category name, so each audit plugs in as it is registered; rows of categories without one yet are listed
 * as pending, never passed silently — and the audits built so far must stay covered.
 *
 * Premises, where ours differ from the peer's (the row's `why` says what zizmor does):
 * - severities follow what the token can do in the job and who starts the workflow (see README: How findings are
 *   graded), so a row's min_severity is a floor, not zizmor's level;
 * - one root cause, one finding: a `finding` row is also met by a related location — e.g. trusted-publishing reports
 *   the npm token once per job, at the NODE_AUTH_TOKEN that carries it, with the actions/setup-node step that points
 *   it at registry.npmjs.org (npm-publish.yml:15|19) as a related location.
 */
import { runScan } from '../src/pipeline.js';
import type { Finding } from '../src/model/finding.js';
import { ALL_RULE_META } from '../src/rules/index.js';
import { sharedDir } from './helpers.js';
import { checkPeerRow, readPeerRows, rowLabel } from './peer-rows.js';

/** The audits built so far: their rows must be checked, not pending. */
const BUILT = ['github-app', 'template-injection', 'trusted-publishing', 'secrets-outside-env', 'bot-conditions', 'github-env'];

const hasRule = (category: string): boolean => ALL_RULE_META.some((m) => m.id === category || m.category === category);

describe('zizmor peer fixtures for the token audits (EXPECTED-token-audits.tsv)', () => {
  const rows = readPeerRows(sharedDir('peer', 'zizmor', 'EXPECTED-token-audits.tsv'));
  const checked = rows.filter((r) => hasRule(r.category));
  const pending = rows.filter((r) => !hasRule(r.category));
  let findings: Finding[] = [];

  beforeAll(async () => {
    const { report } = await runScan({ paths: [sharedDir('peer', 'zizmor', 'fixtures-token-audits')], cwd: process.cwd() });
    findings = [...report.findings];
    expect(report.stats.parseErrors).toBe(0);
  });

  it('checks the rows of every audit built so far', () => {
    const categories = new Set(checked.map((r) => r.category));
    for (const c of BUILT) expect({ category: c, checked: categories.has(c) }).toEqual({ category: c, checked: true });
    const asserted = checked.filter((r) => r.expect !== 'any').length;
    const pendingCategories = [...new Set(pending.map((r) => r.category))].join(', ') || 'none';
    console.log(`EXPECTED-token-audits.tsv: ${rows.length} rows; ${asserted} asserted; ${pending.length} pending (no rule yet: ${pendingCategories})`);
  });

  it.each(checked.map((r) => [rowLabel(r), r] as const))('%s', (_label, row) => {
    checkPeerRow(row, findings);
  });
});
