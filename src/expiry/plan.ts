/**
 * The rotation plan: every registered token ordered by due date with its owner, kind, source, days left, status and
 * the action it needs — as data (the JSON report's `expiry` object) and rendered as text or Markdown. Pure.
 */
import { csvField, shown } from '../registry/matrix.js';
import type { SourceName, SourceNote, TokenObservation } from './sources/types.js';
import type { Registry, TokenCategory, TokenKind } from '../registry/types.js';
import { parseInstant, type ExpirySourceName, type ExpiryStatus } from './policy.js';
import { tokenExpiry, type ExpiryAction } from './token.js';

export interface PlanRow {
  name: string;
  kind: TokenKind;
  category: TokenCategory;
  owner: string | null;
  source: ExpirySourceName;
  /** As the source gave it: a date (YYYY-MM-DD, meaning 00:00 UTC) or an ISO timestamp; null when none did. */
  expiresAt: string | null;
  daysLeft: number | null;
  status: ExpiryStatus;
  action: ExpiryAction;
  notes: string[];
  /** Registries the token publishes to that accept OIDC-minted tokens instead (trusted publishing), when any. */
  replaceableByOidc?: string[];
}

/** The `expiry` object of the JSON report (version 1 of its shape; later versions only add fields). */
export interface ExpiryPlan {
  /** The clock the plan was computed for, ISO 8601 in UTC. */
  now: string;
  /** The sources consulted: `declared` always, then the online ones that ran. */
  sources: Array<'declared' | SourceName>;
  /** What the sources said about the run (a source skipped, a failure after retries). Never a value. */
  notes: SourceNote[];
  /** Soonest due first; tokens without a date last; ties by name. */
  tokens: PlanRow[];
}

export interface PlanSources {
  observations?: ReadonlyMap<string, Partial<TokenObservation>>;
  sources?: readonly SourceName[];
  notes?: readonly SourceNote[];
  /**
   * By token key: registries the scanned workflows publish to with it that accept OIDC-minted tokens instead. Rotating
   * such a token is the second-best fix: the plan says so.
   */
  replaceableByOidc?: ReadonlyMap<string, readonly string[]>;
}

export function buildExpiryPlan(registry: Registry, nowMs: number, online: PlanSources = {}): ExpiryPlan {
  const rows = registry.tokens.map((token) => {
    const e = tokenExpiry(token, registry.policy, nowMs, online.observations?.get(token.key));
    const row: PlanRow = {
      name: token.name,
      kind: token.kind,
      category: token.category,
      owner: shown(registry, token, 'owner'),
      source: e.source,
      expiresAt: e.expiresAt,
      daysLeft: e.daysLeft,
      status: e.status,
      action: e.action,
      notes: e.notes,
    };
    const oidc = online.replaceableByOidc?.get(token.key);
    if (oidc?.length) {
      row.replaceableByOidc = [...oidc];
      row.notes = [...row.notes, `replaceable by OIDC trusted publishing (${oidc.join(', ')}): migrate and revoke it rather than rotate it`];
    }
    return { row, due: e.expiresAt === null ? Infinity : (parseInstant(e.expiresAt) ?? Infinity) };
  });
  rows.sort((a, b) => a.due - b.due || (a.row.name < b.row.name ? -1 : a.row.name > b.row.name ? 1 : 0));
  return { now: new Date(nowMs).toISOString(), sources: ['declared', ...(online.sources ?? [])], notes: [...(online.notes ?? [])], tokens: rows.map((r) => r.row) };
}

function daysText(row: PlanRow): string {
  return row.daysLeft === null ? '—' : String(row.daysLeft);
}

/** A fixed-width table for the terminal. */
export function renderPlanText(plan: ExpiryPlan, registryFile: string): string {
  const head = ['STATUS', 'DAYS', 'EXPIRES', 'TOKEN', 'KIND', 'OWNER', 'SOURCE', 'ACTION'];
  const body = plan.tokens.map((r) => [r.status, daysText(r), r.expiresAt ?? '—', r.name, r.kind, r.owner ?? '—', r.source, r.action]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  const out = [`Token expiry as of ${plan.now} — ${registryFile}, ${plan.tokens.length} token${plan.tokens.length === 1 ? '' : 's'} (sources: ${plan.sources.join(', ')})`, '', line(head)];
  for (const row of body) out.push(line(row));
  // Notes for the tokens that need something (an ok token's only note is where its date came from).
  const notes = plan.tokens.filter((r) => r.action !== 'none' || r.notes.length > 1);
  if (notes.length) {
    out.push('');
    for (const r of notes) out.push(`${r.name}: ${r.notes.join('; ')}`);
  }
  if (plan.notes.length) {
    out.push('');
    for (const n of plan.notes) out.push(`${n.level === 'warning' ? 'warning' : 'note'} (${n.source}${n.token ? `, ${n.token}` : ''}): ${n.message}`);
  }
  return out.join('\n') + '\n';
}

/** Escapes text for a Markdown table cell (pipes, line breaks, HTML, backticks). */
export function cell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/`/g, "'");
}

export function renderPlanMarkdown(plan: ExpiryPlan, registryFile: string): string {
  const out = [
    '### Token rotation plan',
    '',
    `Registry \`${cell(registryFile)}\` · ${plan.tokens.length} token${plan.tokens.length === 1 ? '' : 's'} · as of ${plan.now} · sources: ${plan.sources.join(', ')}`,
    '',
  ];
  if (!plan.tokens.length) return [...out, 'The registry lists no tokens.', ''].join('\n');
  out.push('| Status | Days left | Expires | Token | Kind | Owner | Source | Action | Notes |', '| --- | ---: | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of plan.tokens) {
    const status = r.status === 'ok' || r.status === 'unknown' ? r.status : `**${r.status}**`;
    out.push(`| ${status} | ${daysText(r)} | ${r.expiresAt ?? '—'} | \`${cell(r.name)}\` | ${r.kind} | ${r.owner ? cell(r.owner) : '—'} | ${r.source} | ${r.action} | ${cell(r.notes.join('; ')) || '—'} |`);
  }
  out.push('');
  if (plan.notes.length) {
    for (const n of plan.notes) out.push(`> ${n.level === 'warning' ? '**Warning**' : 'Note'} (${n.source}${n.token ? `, \`${cell(n.token)}\`` : ''}): ${cell(n.message)}`, '>');
    out.pop();
    out.push('');
  }
  return out.join('\n');
}

/** The columns of the CSV plan, in order. */
export const PLAN_CSV_COLUMNS = ['token', 'kind', 'category', 'owner', 'source', 'expires_at', 'days_left', 'status', 'action', 'notes'] as const;

/** The plan as CSV (RFC 4180, CRLF), one row per token; text cells are guarded against spreadsheet formulas. */
export function renderPlanCsv(plan: ExpiryPlan): string {
  const rows = plan.tokens.map((r) => [r.name, r.kind, r.category, r.owner, r.source, r.expiresAt, r.daysLeft, r.status, r.action, r.notes.join('; ')].map(csvField).join(','));
  return [PLAN_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
