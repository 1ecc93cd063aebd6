/**
 * Which alert issues a run wants (pure): findings → DesiredAlert[], grouped per finding, per rule, as one digest per
 * run type, or (`auto`, the default) one issue per critical finding and one digest for the rest at or above the
 * minimum severity. Suppressed findings never alert.
 */
import type { Finding } from '../model/finding.js';
import { atOrAbove, maxSeverity, severityRank, type Severity } from '../model/severity.js';
import { EXPIRY_RULE_IDS } from '../registry/rules/index.js';
import type { RegistryToken } from '../registry/types.js';
import { ruleMeta as defaultRuleMeta, RULES, WORKFLOW_PROJECT_RULES, PARSE_ERROR, RESOURCE_LIMIT } from '../rules/index.js';
import { renderAlertBody, sanitizeKey, sanitizeTitle, type AlertContent, type AlertGroupingKind, type AlertType, type BodyOptions } from './body.js';

export const ALERT_GROUPINGS = ['auto', 'per-finding', 'per-rule', 'digest'] as const;
export type AlertGrouping = (typeof ALERT_GROUPINGS)[number];

export interface PlanOptions extends BodyOptions {
  /** Default `auto`: per-finding for critical findings, one digest per run type for the rest. */
  grouping?: AlertGrouping;
  /** Findings below this never alert. Default `high`. */
  minSeverity?: Severity;
  /** The owner to name in the body (e.g. from the token registry: `ownerFromRegistry`). */
  ownerOf?: (finding: Finding) => string | undefined;
  /** Which run type a finding belongs to; default: the expiry rules are `expiry`, everything else `scan`. */
  typeOf?: (finding: Finding) => AlertType;
}

/** One alert issue as this run wants it. */
export interface DesiredAlert {
  /** Identity across runs (in the body's hidden marker): `finding:<fingerprint>`, `rule:<rule id>` or `digest:<type>`. */
  key: string;
  title: string;
  body: string;
  /** The most severe finding's severity. */
  severity: Severity;
  type: AlertType;
  /** Content hash of the body without its volatile parts (run URL, commit); equal hashes need no update. */
  hash: string;
  fingerprints: string[];
  ruleIds: string[];
  /** Findings the body left out to stay under GitHub's size limit. */
  omitted: number;
}

const WORKFLOW_RULE_IDS: ReadonlySet<string> = new Set([...RULES, ...WORKFLOW_PROJECT_RULES].map((r) => r.meta.id).concat(PARSE_ERROR.id, RESOURCE_LIMIT.id));

function defaultTypeOf(finding: Finding): AlertType {
  return EXPIRY_RULE_IDS.has(finding.ruleId) ? 'expiry' : 'scan';
}

function byImportance(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.location.file.localeCompare(b.location.file) ||
    a.location.startLine - b.location.startLine ||
    a.fingerprint.localeCompare(b.fingerprint)
  );
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The first quoted name in a message (`Token "DEPLOY_TOKEN" …`, `Job "build" …`), if short. */
function subjectOf(message: string): string | undefined {
  const quoted = /"([^"]{1,60})"/.exec(message)?.[1];
  return quoted;
}

const THRESHOLD_WORDS = /: (critical|warning|info) \(thresholds (\d+)\/(\d+)\/(\d+) days\)/;

/** "Token Warden: 1 token expired, 3 tokens expire within 30 days, 1 other token finding". */
function expiryTitle(findings: readonly Finding[]): string {
  const expired = findings.filter((f) => f.ruleId === 'token-expired');
  const expiring = findings.filter((f) => f.ruleId === 'token-expiring');
  const other = findings.length - expired.length - expiring.length;
  const parts: string[] = [];
  if (expired.length) parts.push(`${plural(expired.length, 'token')} expired`);
  if (expiring.length) {
    // The threshold a token falls under (not its day count): the title stays put while the days count down.
    const days = expiring.map((f) => {
      const m = THRESHOLD_WORDS.exec(f.message);
      if (!m) return undefined;
      return Number(m[1] === 'critical' ? m[2] : m[1] === 'warning' ? m[3] : m[4]);
    });
    const within = days.every((d) => d !== undefined) ? Math.max(...(days as number[])) : undefined;
    parts.push(`${expiring.length} ${expiring.length === 1 ? 'token expires' : 'tokens expire'} ${within === undefined ? 'soon' : `within ${within} days`}`);
  }
  if (other) parts.push(plural(other, 'other token finding'));
  return `Token Warden: ${parts.join(', ')}`;
}

function scanTitle(findings: readonly Finding[]): string {
  const workflow = findings.filter((f) => WORKFLOW_RULE_IDS.has(f.ruleId)).length;
  if (workflow === findings.length) return `Token Warden: ${plural(findings.length, 'workflow finding')}`;
  if (workflow === 0) return `Token Warden: ${plural(findings.length, 'token registry finding')}`;
  return `Token Warden: ${plural(findings.length, 'finding')} in workflows and the token registry`;
}

interface Group {
  key: string;
  grouping: AlertGroupingKind;
  type: AlertType;
  findings: Finding[];
}

function titleOf(group: Group): string {
  const first = group.findings[0]!;
  if (group.grouping === 'per-finding') {
    const subject = subjectOf(first.message);
    return `Token Warden: ${first.ruleId}${subject ? ` for "${subject}"` : ''} in ${first.location.file}`;
  }
  if (group.grouping === 'per-rule') return `Token Warden: ${plural(group.findings.length, `${first.ruleId} finding`)}`;
  return group.type === 'expiry' ? expiryTitle(group.findings) : scanTitle(group.findings);
}

/** The alert issues a run wants, most severe first. */
export function planAlerts(findings: readonly Finding[], options: PlanOptions = {}): DesiredAlert[] {
  const grouping = options.grouping ?? 'auto';
  const minSeverity = options.minSeverity ?? 'high';
  const typeOf = options.typeOf ?? defaultTypeOf;
  const bodyOptions: BodyOptions = { ...options, ruleMeta: options.ruleMeta ?? defaultRuleMeta };

  const seen = new Set<string>();
  const alerting = findings
    .filter((f) => !f.suppression && atOrAbove(f.severity, minSeverity))
    .filter((f) => (seen.has(f.fingerprint) ? false : (seen.add(f.fingerprint), true)))
    .sort(byImportance);

  const groups = new Map<string, Group>();
  const add = (key: string, kind: AlertGroupingKind, finding: Finding) => {
    const safe = sanitizeKey(key);
    const group = groups.get(safe) ?? { key: safe, grouping: kind, type: typeOf(finding), findings: [] };
    group.findings.push(finding);
    groups.set(safe, group);
  };
  for (const f of alerting) {
    const kind: AlertGroupingKind = grouping === 'auto' ? (f.severity === 'critical' ? 'per-finding' : 'digest') : grouping;
    if (kind === 'per-finding') add(`finding:${f.fingerprint}`, kind, f);
    else if (kind === 'per-rule') add(`rule:${f.ruleId}`, kind, f);
    else add(`digest:${typeOf(f)}`, kind, f);
  }

  const alerts: DesiredAlert[] = [];
  for (const group of groups.values()) {
    const severity = maxSeverity(group.findings.map((f) => f.severity))!;
    const content: AlertContent = {
      key: group.key,
      title: sanitizeTitle(titleOf(group)),
      severity,
      type: group.type,
      grouping: group.grouping,
      items: group.findings.map((finding) => {
        const owner = options.ownerOf?.(finding);
        return owner ? { finding, owner } : { finding };
      }),
    };
    const rendered = renderAlertBody(content, bodyOptions);
    alerts.push({
      key: group.key,
      title: content.title,
      body: rendered.body,
      severity,
      type: group.type,
      hash: rendered.hash,
      fingerprints: group.findings.map((f) => f.fingerprint),
      ruleIds: [...new Set(group.findings.map((f) => f.ruleId))],
      omitted: rendered.omitted,
    });
  }
  return alerts.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.key.localeCompare(b.key));
}

/**
 * Owners from the token registry: a finding about a registered token (named in quotes, `Token "DEPLOY_TOKEN"`, or as
 * `secrets.DEPLOY_TOKEN`) gets that token's `owner`. Secret names compare case-insensitively, as GitHub's do.
 */
export function ownerFromRegistry(tokens: ReadonlyArray<Pick<RegistryToken, 'name' | 'owner'>>): (finding: Finding) => string | undefined {
  const owners = new Map<string, string>();
  for (const t of tokens) if (t.owner?.trim()) owners.set(t.name.toUpperCase(), t.owner.trim());
  return (finding) => {
    const names = [...finding.message.matchAll(/"([A-Za-z_][A-Za-z0-9_]*)"|\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => (m[1] ?? m[2]!).toUpperCase());
    const found = [...new Set(names.map((n) => owners.get(n)).filter((o): o is string => o !== undefined))];
    return found.length ? found.join(', ') : undefined;
  };
}
