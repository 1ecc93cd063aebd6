/** The trend between two runs: table-driven over pairs of states, then the renderers and the demo registry over time. */
import type { ExpiryStatus } from '../../src/expiry/policy.js';
import type { ExpiryState, FindingState, TokenState } from '../../src/expiry/state/state.js';
import { compareRuns, renderTrendMarkdown, renderTrendText, statusDirection, statusUrgency, type Trend } from '../../src/expiry/trend.js';
import type { Severity } from '../../src/model/severity.js';
import { demoState } from './state-fixtures.js';

function tok(status: ExpiryStatus, daysLeft: number | null = status === 'unknown' ? null : 10): TokenState {
  return { status, daysLeft, expiresAt: daysLeft === null ? null : '2027-01-11', source: daysLeft === null ? 'none' : 'declared' };
}

function fnd(fingerprint: string, severity: Severity, token?: string, ruleId = 'token-expiring'): FindingState {
  return { fingerprint, ruleId, severity, ...(token ? { token } : {}) };
}

function st(savedAt: string, tokens: Record<string, TokenState>, findings: FindingState[] = []): ExpiryState {
  return { version: 1, savedAt, tokens, findings };
}

const T1 = '2027-01-01T00:00:00.000Z';
const T2 = '2027-01-08T00:00:00.000Z';

/** A trend as short lines, for the tables. */
function summary(t: Trend): string[] {
  const change = (c: Trend['worse'][number]) => (c.kind === 'status' ? `${c.token} status ${c.from}→${c.to}` : `${c.token ?? '-'} ${c.ruleId} ${c.from}→${c.to}`);
  return [
    ...t.newFindings.map((f) => `new ${f.fingerprint} ${f.severity}`),
    ...t.resolvedFindings.map((f) => `resolved ${f.fingerprint} ${f.severity}`),
    ...t.worse.map((c) => `worse ${change(c)}`),
    ...t.better.map((c) => `better ${change(c)}`),
    ...t.statusChanges.map((s) => `status ${s.token} ${s.from ?? '-'}→${s.to ?? '-'} ${s.direction}`),
  ];
}

describe('compareRuns', () => {
  it('first run: nothing to compare, every list empty', () => {
    const t = compareRuns(undefined, st(T2, { A: tok('critical') }, [fnd('f', 'critical', 'A')]));
    expect(t).toEqual({
      firstRun: true,
      previousSavedAt: null,
      currentSavedAt: T2,
      newFindings: [],
      resolvedFindings: [],
      worse: [],
      better: [],
      statusChanges: [],
      unchanged: false,
    });
  });

  it.each<[string, ExpiryState, ExpiryState, string[]]>([
    ['unchanged', st(T1, { A: tok('warning', 20) }, [fnd('f', 'high', 'A')]), st(T2, { A: tok('warning', 13) }, [fnd('f', 'high', 'A')]), []],
    ['a new finding', st(T1, { A: tok('ok') }), st(T2, { A: tok('ok') }, [fnd('f', 'medium', 'A', 'token-lifetime-exceeded')]), ['new f medium']],
    ['a resolved finding', st(T1, { A: tok('ok') }, [fnd('f', 'medium', 'A')]), st(T2, { A: tok('ok') }), ['resolved f medium']],
    ['worse by severity (same fingerprint)', st(T1, {}, [fnd('f', 'medium', 'A')]), st(T2, {}, [fnd('f', 'critical', 'A')]), ['worse A token-expiring medium→critical']],
    ['better by severity', st(T1, {}, [fnd('f', 'high')]), st(T2, {}, [fnd('f', 'low')]), ['better - token-expiring high→low']],
    ['worse by status', st(T1, { A: tok('warning') }), st(T2, { A: tok('critical') }), ['worse A status warning→critical', 'status A warning→critical worse']],
    ['better by status (rotated)', st(T1, { A: tok('expired') }), st(T2, { A: tok('ok') }), ['better A status expired→ok', 'status A expired→ok better']],
    ['ok → unknown is worse (the date went)', st(T1, { A: tok('ok') }), st(T2, { A: tok('unknown') }), ['worse A status ok→unknown', 'status A ok→unknown worse']],
    ['unknown → ok is better, not worse', st(T1, { A: tok('unknown') }), st(T2, { A: tok('ok') }), ['better A status unknown→ok', 'status A unknown→ok better']],
    ['unknown → critical is worse', st(T1, { A: tok('unknown') }), st(T2, { A: tok('critical') }), ['worse A status unknown→critical', 'status A unknown→critical worse']],
    ['expired → unknown is neither (a date lost is not less urgent)', st(T1, { A: tok('expired') }), st(T2, { A: tok('unknown') }), ['status A expired→unknown changed']],
    ['a token added and one removed', st(T1, { OLD: tok('ok') }), st(T2, { NEW: tok('info') }), ['status NEW -→info added', 'status OLD ok→- removed']],
    [
      'a rule swap as a token expires: one finding resolved, one new, the status worse',
      st(T1, { A: tok('critical', 1) }, [fnd('exp', 'critical', 'A', 'token-expiring')]),
      st(T2, { A: tok('expired', -6) }, [fnd('gone', 'critical', 'A', 'token-expired')]),
      ['new gone critical', 'resolved exp critical', 'worse A status critical→expired', 'status A critical→expired worse'],
    ],
  ])('%s', (_name, previous, current, expected) => {
    const t = compareRuns(previous, current);
    expect(t.firstRun).toBe(false);
    expect(t.previousSavedAt).toBe(previous.savedAt);
    expect(summary(t)).toEqual(expected);
    expect(t.unchanged).toBe(expected.length === 0);
  });

  it('orders worse changes by token, the status before its findings', () => {
    const t = compareRuns(
      st(T1, { B: tok('info'), A: tok('info') }, [fnd('fb', 'medium', 'B'), fnd('fa', 'medium', 'A'), fnd('fx', 'low')]),
      st(T2, { B: tok('warning'), A: tok('warning') }, [fnd('fb', 'high', 'B'), fnd('fa', 'high', 'A'), fnd('fx', 'medium')]),
    );
    expect(t.worse.map((c) => `${c.kind} ${c.token ?? '-'}`)).toEqual(['status A', 'severity A', 'status B', 'severity B', 'severity -']);
  });

  it.each<[ExpiryStatus, ExpiryStatus, string | undefined]>([
    ['ok', 'info', 'worse'],
    ['info', 'warning', 'worse'],
    ['warning', 'critical', 'worse'],
    ['critical', 'expired', 'worse'],
    ['ok', 'unknown', 'worse'],
    ['unknown', 'info', 'worse'],
    ['expired', 'critical', 'better'],
    ['info', 'ok', 'better'],
    ['unknown', 'ok', 'better'],
    ['info', 'unknown', 'changed'],
    ['critical', 'unknown', 'changed'],
    ['warning', 'warning', undefined],
  ])('status %s → %s is %s', (from, to, direction) => {
    expect(statusDirection(from, to)).toBe(direction);
  });

  it('ranks urgency expired > critical > warning > info > unknown > ok', () => {
    const order: ExpiryStatus[] = ['expired', 'critical', 'warning', 'info', 'unknown', 'ok'];
    expect([...order].sort((a, b) => statusUrgency(b) - statusUrgency(a))).toEqual(order);
  });
});

describe('renderers', () => {
  const previous = st(T1, { GH_PAT: tok('warning', 9), 'A|B': tok('ok', 100), OLD: tok('ok') }, [fnd('f1', 'high', 'GH_PAT'), fnd('f2', 'medium', 'A|B', 'token-lifetime-exceeded')]);
  const current = st(T2, { GH_PAT: tok('critical', 2), 'A|B': tok('ok', 93), NEW: tok('unknown') }, [fnd('f1', 'critical', 'GH_PAT'), fnd('f3', 'medium', 'NEW', 'token-expiry-unknown')]);
  const trend = compareRuns(previous, current);

  it('Markdown: counts, then a row per change, most pressing first, cells escaped', () => {
    expect(renderTrendMarkdown(trend)).toBe(
      [
        '### Since the last run',
        '',
        `Compared with the run of ${T1}: **1 new**, **1 resolved**, **2 worse**, 0 better, 2 other status changes.`,
        '',
        '| Change | Token | What | Was | Now |',
        '| --- | --- | --- | --- | --- |',
        '| worse | `GH_PAT` | status | warning | **critical** |',
        '| worse | `GH_PAT` | token-expiring | high | **critical** |',
        '| new | `NEW` | token-expiry-unknown | — | **medium** |',
        '| resolved | `A\\|B` | token-lifetime-exceeded | medium | — |',
        '| added | `NEW` | status | — | unknown |',
        '| removed | `OLD` | status | ok | — |',
        '',
      ].join('\n'),
    );
  });

  it('text: one line of counts, then aligned rows', () => {
    expect(renderTrendText(trend)).toBe(
      [
        `Since the last run (${T1}): 1 new, 1 resolved, 2 worse, 0 better, 2 other status changes`,
        '  worse     GH_PAT  status                   warning → critical',
        '  worse     GH_PAT  token-expiring           high → critical',
        '  new       NEW     token-expiry-unknown     — → medium',
        '  resolved  A|B     token-lifetime-exceeded  medium → —',
        '  added     NEW     status                   — → unknown',
        '  removed   OLD     status                   ok → —',
        '',
      ].join('\n'),
    );
  });

  it('first run and no change are one line each', () => {
    const first = compareRuns(undefined, current);
    expect(renderTrendMarkdown(first)).toBe('### Since the last run\n\nFirst run: nothing to compare.\n');
    expect(renderTrendText(first)).toBe('Since the last run: first run: nothing to compare\n');
    const same = compareRuns(current, { ...current, savedAt: '2027-01-15T00:00:00.000Z' });
    expect(renderTrendMarkdown(same)).toBe(`### Since the last run\n\nNo change since the run of ${T2}.\n`);
    expect(renderTrendText(same)).toBe(`Since the last run (${T2}): no change\n`);
  });

  it('escapes what a registry name could smuggle into a table or a terminal', () => {
    const t = compareRuns(st(T1, {}), st(T2, { 'X`<b>\nY': tok('ok'), 'E\u001b[31m': tok('ok') }));
    const md = renderTrendMarkdown(t);
    expect(md).toContain("| added | `X'&lt;b> Y` | status | — | ok |");
    expect(renderTrendText(t)).not.toContain('\u001b');
  });

  it('renders at most 100 rows and counts the rest', () => {
    const many = Object.fromEntries(Array.from({ length: 130 }, (_, i) => [`T${String(i).padStart(3, '0')}`, tok('ok')]));
    const t = compareRuns(st(T1, {}), st(T2, many));
    const md = renderTrendMarkdown(t);
    expect(md.split('\n').filter((l) => l.startsWith('| added'))).toHaveLength(100);
    expect(md).toContain('… and 30 more.');
    expect(renderTrendText(t)).toContain('  … and 30 more');
  });
});

describe('the demo registry between two scheduled runs', () => {
  it('two weeks on: VAULT_CI_TOKEN goes from warning to critical and its finding from high to critical', () => {
    const t = compareRuns(demoState('2026-12-01'), demoState('2026-12-15'));
    expect(summary(t)).toEqual(['worse VAULT_CI_TOKEN status warning→critical', 'worse VAULT_CI_TOKEN token-expiring high→critical', 'status VAULT_CI_TOKEN warning→critical worse']);
  });

  it('the same day twice: no change', () => {
    expect(compareRuns(demoState('2026-12-01'), demoState('2026-12-01T18:00:00Z')).unchanged).toBe(true);
  });
});
