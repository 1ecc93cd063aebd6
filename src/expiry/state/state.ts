/**
 * The expiry state kept between scheduled runs: per registry token its status, days left, date and source, and per
 * finding its fingerprint, rule, severity and token — enough to say what is new, resolved, worse or better since the
 * last run (src/expiry/trend.ts). Pure.
 *
 * What it never holds: token values, notes or finding messages (free text that could quote a value). Token names are
 * registry names (`GH_PAT`), which the rotation plan shows anyway; as a last guard, `serializeState` redacts anything
 * shaped like a GitHub token.
 */
import * as z from 'zod';
import type { Finding } from '../../model/finding.js';
import { SEVERITIES, type Severity } from '../../model/severity.js';
import { redactTokensIn } from '../../workflows/secrets-text.js';
import type { ExpiryPlan } from '../plan.js';
import { EXPIRY_STATUSES, type ExpiryStatus } from '../policy.js';

export const EXPIRY_STATE_VERSION = 1;

export interface TokenState {
  status: ExpiryStatus;
  daysLeft: number | null;
  /** As the plan gave it: a date or an ISO timestamp. */
  expiresAt: string | null;
  /** Where the date came from (`declared`, …; `none` without one). */
  source: string;
}

export interface FindingState {
  fingerprint: string;
  ruleId: string;
  severity: Severity;
  /** The registry token the finding is about, when it is about one. */
  token?: string;
}

/** Version 1 of the saved shape. A change that old readers would misread bumps `version`. */
export interface ExpiryState {
  version: 1;
  /** The clock of the run that produced it (the plan's `now`), ISO 8601. */
  savedAt: string;
  /** By registry token name. */
  tokens: Record<string, TokenState>;
  /** Sorted by rule, then fingerprint. */
  findings: FindingState[];
}

/** Bigger than any real state by orders of magnitude; a larger text is not ours. */
const MAX_STATE_CHARS = 8 * 1024 * 1024;

const TokenStateSchema = z.object({
  status: z.enum(EXPIRY_STATUSES),
  daysLeft: z.number().int().nullable(),
  expiresAt: z.string().max(64).nullable(),
  source: z.string().max(64),
});

const FindingStateSchema = z.object({
  fingerprint: z.string().min(1).max(128),
  ruleId: z.string().min(1).max(128),
  severity: z.enum(SEVERITIES),
  token: z.string().max(1024).optional(),
});

// Unknown keys are dropped, not kept: a newer writer's additions are ignored, and nothing unexpected is carried on.
const StateSchema = z.object({
  version: z.literal(EXPIRY_STATE_VERSION),
  savedAt: z.iso.datetime({ offset: true }),
  tokens: z.record(z.string().min(1).max(1024), TokenStateSchema),
  findings: z.array(FindingStateSchema),
});

/**
 * The token a finding is about: the first quoted name in its message that is a token of the plan (every registry
 * rule says `Token "NAME" …`). Only a name the plan already lists is taken — never text from the message.
 */
export function findingToken(finding: Pick<Finding, 'message'>, tokenNames: ReadonlySet<string>): string | undefined {
  for (const m of finding.message.matchAll(/"([^"]+)"/g)) if (tokenNames.has(m[1]!)) return m[1]!;
  return undefined;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The state of one run: the plan's tokens and the findings that were reported (suppressed findings are left out: they
 * are not reported, so one that is un-suppressed shows as new). `savedAt` is the plan's clock.
 */
export function stateFromRun(plan: ExpiryPlan, findings: readonly Finding[]): ExpiryState {
  const names = new Set(plan.tokens.map((t) => t.name));
  const tokens: Record<string, TokenState> = {};
  for (const row of [...plan.tokens].sort((a, b) => byName(a.name, b.name))) {
    tokens[row.name] = { status: row.status, daysLeft: row.daysLeft, expiresAt: row.expiresAt, source: row.source };
  }
  const kept = findings
    .filter((f) => !f.suppression)
    .map((f): FindingState => {
      const token = findingToken(f, names);
      return { fingerprint: f.fingerprint, ruleId: f.ruleId, severity: f.severity, ...(token !== undefined ? { token } : {}) };
    })
    .sort((a, b) => byName(a.ruleId, b.ruleId) || byName(a.fingerprint, b.fingerprint));
  return { version: EXPIRY_STATE_VERSION, savedAt: plan.now, tokens, findings: kept };
}

/** The saved bytes: JSON, one trailing newline, anything shaped like a GitHub token redacted. */
export function serializeState(state: ExpiryState): string {
  return redactTokensIn(JSON.stringify(state, null, 2)) + '\n';
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not a valid state';
  // A path can hold a key from the file: shortened and redacted, as the text is not ours.
  const where = issue.path.length ? redactTokensIn(issue.path.map(String).join('.')).slice(0, 200) : 'the top level';
  return `${where}: ${issue.message}`;
}

/**
 * Reads saved state. Never throws: text that is not JSON, has another version or the wrong shape gives a `warning`
 * (the run goes on as a first run), and valid text gives the `state`.
 */
export function parseState(text: string): { state?: ExpiryState; warning?: string } {
  if (text.length > MAX_STATE_CHARS) return { warning: `saved expiry state ignored: ${text.length} characters is more than the ${MAX_STATE_CHARS} a state can have` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { warning: 'saved expiry state ignored: it is not JSON' };
  }
  if (typeof data === 'object' && data !== null && 'version' in data && data.version !== EXPIRY_STATE_VERSION) {
    const version = typeof data.version === 'number' || typeof data.version === 'string' ? JSON.stringify(data.version).slice(0, 20) : typeof data.version;
    return { warning: `saved expiry state ignored: version ${version} is not one this Token Warden reads (${EXPIRY_STATE_VERSION})` };
  }
  const parsed = StateSchema.safeParse(data);
  if (!parsed.success) return { warning: `saved expiry state ignored: ${describeIssue(parsed.error)}` };
  const { findings, ...rest } = parsed.data;
  // zod leaves an absent optional key absent; keep it that way so a round trip is deep-equal.
  return { state: { ...rest, findings: findings.map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, severity: f.severity, ...(f.token !== undefined ? { token: f.token } : {}) })) } };
}
