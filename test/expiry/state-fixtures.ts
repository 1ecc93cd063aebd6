/** Builders for the expiry state tests: plan rows, findings and the demo registry run as of a date. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scan } from '../../src/engine.js';
import { buildExpiryPlan, type ExpiryPlan, type PlanRow } from '../../src/expiry/plan.js';
import { stateFromRun, type ExpiryState } from '../../src/expiry/state/state.js';
import type { Finding } from '../../src/model/finding.js';
import type { Severity } from '../../src/model/severity.js';
import { parseInstant } from '../../src/expiry/policy.js';
import { parseRegistry } from '../../src/registry/parse.js';
import { EXPIRY_RULE_IDS, registryProjectRules } from '../../src/registry/rules/index.js';
import { PROJECT_ROOT } from '../helpers.js';

export function row(name: string, fields: Partial<PlanRow> = {}): PlanRow {
  return {
    name,
    kind: 'github-pat',
    category: 'ci-cd',
    owner: '@acme/platform',
    source: 'declared',
    expiresAt: '2027-02-01',
    daysLeft: 31,
    status: 'info',
    action: 'rotate',
    notes: ['declared expires'],
    ...fields,
  };
}

export function plan(now: string, rows: PlanRow[]): ExpiryPlan {
  return { now, sources: ['declared'], notes: [], tokens: rows };
}

export function finding(ruleId: string, severity: Severity, message: string, fields: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    category: 'token-expiry',
    severity,
    message,
    location: { file: '.github/token-scope-map.yml', startLine: 8, startColumn: 3, endLine: 8, endColumn: 9 },
    fingerprint: `fp-${ruleId}-${message.length}`,
    ...fields,
  };
}

const DEMO_REGISTRY = '.github/token-scope-map.yml';

/** The demo repository's registry through the expiry check as of `now`: the state the action would save. */
export function demoState(now: string): ExpiryState {
  const text = readFileSync(path.join(PROJECT_ROOT, 'examples', 'demo-repo', DEMO_REGISTRY), 'utf8');
  const registry = parseRegistry(text, DEMO_REGISTRY);
  const nowMs = parseInstant(now);
  if (nowMs === undefined) throw new Error(`not an instant: ${now}`);
  const result = scan([], {
    projectRules: registryProjectRules(registry, DEMO_REGISTRY, { scope: 'registry-file', now: new Date(nowMs) }).filter((r) => EXPIRY_RULE_IDS.has(r.meta.id)),
    extraFiles: [{ path: DEMO_REGISTRY, text }],
  });
  return stateFromRun(buildExpiryPlan(registry, nowMs), result.findings);
}
