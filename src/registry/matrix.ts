/**
 * The token permissions matrix: every registered token with its owner, category, risk, kind, scopes, where it may be
 * used, where it is actually used, and its expiry — built from the registry and a usage summary, rendered as
 * Markdown, JSON or CSV. Pure: the clock is an argument.
 */
import { redactTokensIn } from '../workflows/secrets-text.js';
import { declaredEvidence } from '../expiry/declared.js';
import { earliestEvidence, type ExpiryStatus } from '../expiry/policy.js';
import { tokenExpiry } from '../expiry/token.js';
import { pathKey, type DefaultTokenPolicy, type ExpiryThresholds, type Registry, type RegistryPolicy, type RegistryToken, type TokenCategory, type TokenKind, type TokenRisk } from './types.js';
import type { UsageSummary } from './usage.js';

export const MATRIX_FORMATS = ['markdown', 'json', 'csv'] as const;
export type MatrixFormat = (typeof MATRIX_FORMATS)[number];


export interface MatrixExpiry {
  expires: string | null;
  rotated: string | null;
  maxAgeDays: number | null;
  /** The earlier of `expires` and `rotated + max-age-days`; null when the registry says neither. */
  due: string | null;
  /** Whole days from `now` to `due` (00:00 UTC that day), rounded down (negative once past); null without a clock or a due date. */
  daysLeft: number | null;
  /** Graded by the token's thresholds (registry ← category ← token); null without a clock or a due date. */
  status: Exclude<ExpiryStatus, 'unknown'> | null;
}

export interface MatrixRow {
  token: string;
  owner: string | null;
  category: TokenCategory;
  risk: TokenRisk;
  kind: TokenKind;
  /** `contents: write` for permissions, the scope itself for classic scopes and free-form lists. */
  scopes: string[];
  reason: string | null;
  /** Declared globs; null when the registry does not restrict it (anywhere). */
  usedBy: string[] | null;
  /** Files that reference it by name; null when no files were scanned. */
  usedIn: string[] | null;
  environments: string[] | null;
  expiry: MatrixExpiry;
  /**
   * Registries the token publishes to that accept a token minted from the job's OIDC identity instead (trusted
   * publishing: the token need not exist); empty when none; null when no files were scanned.
   */
  replaceableByOidc: string[] | null;
}

/** Version 1 of the matrix's JSON shape; later versions only add fields. */
export interface TokenMatrix {
  version: 1;
  registry: string;
  /** The date the expiry columns were computed for (YYYY-MM-DD), when a clock was given. */
  asOf: string | null;
  /** Files the usage came from; null when no usage was supplied. */
  scannedFiles: number | null;
  policy: { defaultToken: DefaultTokenPolicy; defaultTokenAllowedIn: string[]; thresholds: ExpiryThresholds };
  tokens: MatrixRow[];
  /** Secrets the scanned files use that the registry does not list. */
  unregistered: Array<{ name: string; usedIn: string[] }>;
  /** Where the default GITHUB_TOKEN is used explicitly or granted write access (null when not scanned). */
  githubToken: { explicitUseIn: string[] | null; writeGrantsIn: string[] | null };
}

function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Graded by the expiry policy (src/expiry), the same reading of dates and boundaries as the expiry report. */
function expiryOf(token: RegistryToken, policy: RegistryPolicy, now: Date | undefined): MatrixExpiry {
  const evidence = declaredEvidence(token);
  const due = earliestEvidence(evidence)?.evidence.expiresAt ?? null;
  let daysLeft: number | null = null;
  let status: MatrixExpiry['status'] = null;
  if (due && now) {
    const judged = tokenExpiry(token, policy, now.getTime());
    daysLeft = judged.daysLeft;
    status = judged.status === 'unknown' ? null : judged.status;
  }
  return { expires: token.expires ?? null, rotated: token.rotated ?? null, maxAgeDays: token.maxAgeDays ?? null, due, daysLeft, status };
}

/** Free text shown in the matrix, unless a credential was pasted into it (the pasted-secret rule reports that). */
export function shown(registry: Registry, token: RegistryToken, field: 'owner' | 'reason'): string | null {
  const value = token[field];
  if (value === undefined) return null;
  const spans = registry.positions[pathKey(['tokens', token.name, field])];
  const tainted = spans !== undefined && registry.pastedSecrets.some((p) => p.span[0] < spans.value[1] && spans.value[0] < p.span[1]);
  return tainted ? '[withheld: holds a pasted credential]' : redactTokensIn(value);
}

function scopeText(token: RegistryToken): string[] {
  return token.scopes.map((s) => (s.form === 'permission' ? `${s.name}: ${s.level}` : s.name));
}

/** The matrix data. Without `usage`, "where actually used" is unknown (null); without `now`, expiry is not graded. */
export function buildTokenMatrix(registry: Registry, usage?: UsageSummary, options: { now?: Date } = {}): TokenMatrix {
  const registered = new Set(registry.tokens.map((t) => t.key));
  const tokens: MatrixRow[] = registry.tokens.map((t) => ({
    token: t.name,
    owner: shown(registry, t, 'owner'),
    category: t.category,
    risk: t.risk,
    kind: t.kind,
    scopes: scopeText(t),
    reason: shown(registry, t, 'reason'),
    usedBy: t.usedBy ?? null,
    usedIn: usage ? (usage.secrets[t.key]?.files ?? []) : null,
    environments: t.environments ?? null,
    expiry: expiryOf(t, registry.policy, options.now),
    replaceableByOidc: usage ? (usage.oidcReplaceable[t.key]?.registries ?? []) : null,
  }));
  const unregistered = usage
    ? Object.entries(usage.secrets)
        .filter(([key]) => !registered.has(key))
        .map(([, u]) => ({ name: u.name, usedIn: u.files }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    : [];
  return {
    version: 1,
    registry: registry.file,
    asOf: options.now ? isoDay(options.now) : null,
    scannedFiles: usage ? usage.files : null,
    policy: { defaultToken: registry.policy.defaultToken, defaultTokenAllowedIn: registry.policy.defaultTokenAllowedIn, thresholds: registry.policy.thresholds },
    tokens,
    unregistered,
    githubToken: { explicitUseIn: usage ? usage.githubTokenFiles : null, writeGrantsIn: usage ? usage.writeGrantFiles : null },
  };
}

// ---- Markdown ----

/** Inline code that survives any content: pipes escaped for tables, backticks fenced by a longer run. */
function code(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

function cell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

function codeList(items: readonly string[]): string {
  return items.map(code).join(', ');
}

function expiryCell(e: MatrixExpiry): string {
  if (!e.due) return 'none declared';
  const how = e.expires && e.due === e.expires ? `expires ${e.due}` : `rotate by ${e.due} (${e.rotated} + ${e.maxAgeDays} d)`;
  if (e.daysLeft === null) return how;
  const when = e.daysLeft < 0 ? `${-e.daysLeft} d ago` : `in ${e.daysLeft} d`;
  return `${how}, ${when}${e.status && e.status !== 'ok' ? ` **${e.status}**` : ''}`;
}

export function renderMatrixMarkdown(m: TokenMatrix): string {
  const out: string[] = ['### Token permissions matrix', ''];
  const allowed = m.policy.defaultTokenAllowedIn.length ? ` (except in ${codeList(m.policy.defaultTokenAllowedIn)})` : '';
  const scanned = m.scannedFiles === null ? 'usage not scanned' : `${m.scannedFiles} file${m.scannedFiles === 1 ? '' : 's'} scanned`;
  out.push(
    `Registry ${code(m.registry)} · ${m.tokens.length} token${m.tokens.length === 1 ? '' : 's'} · ${scanned}${m.asOf ? ` · as of ${m.asOf}` : ''} · default token policy: **${m.policy.defaultToken}**${allowed}`,
    '',
  );
  if (m.tokens.length === 0) out.push('The registry lists no tokens.', '');
  else {
    out.push('| Token | Owner | Category | Risk | Kind | Scopes | May be used in | Used in | Expiry |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of m.tokens) {
      const usedBy = r.usedBy === null ? 'anywhere' : r.usedBy.length === 0 ? 'no workflow' : codeList(r.usedBy);
      const envs = r.environments?.length ? ` (environments: ${codeList(r.environments)})` : '';
      const usedIn = r.usedIn === null ? 'not scanned' : r.usedIn.length === 0 ? '—' : codeList(r.usedIn);
      out.push(
        `| ${code(r.token)} | ${r.owner ? code(r.owner) : '—'} | ${r.category} | ${r.risk} | ${r.kind} | ${r.scopes.length ? cell(r.scopes.join(', ')) : '—'} | ${usedBy}${envs} | ${usedIn} | ${cell(expiryCell(r.expiry))} |`,
      );
    }
    out.push('');
  }
  const replaceable = m.tokens.filter((r) => r.replaceableByOidc?.length);
  if (replaceable.length) {
    out.push(
      '**Replaceable by OIDC (trusted publishing):** ' +
        replaceable.map((r) => `${code(r.token)} (${r.replaceableByOidc!.join(', ')})`).join(', ') +
        ' — a trusted publisher on the registry and `id-token: write` in the publishing job make the token unnecessary: revoke it once migrated.',
      '',
    );
  }
  if (m.unregistered.length) {
    out.push('**Used but not registered:** ' + m.unregistered.map((u) => `${code(u.name)} (${codeList(u.usedIn)})`).join(', '), '');
  }
  if (m.githubToken.explicitUseIn?.length || m.githubToken.writeGrantsIn?.length) {
    const parts: string[] = [];
    if (m.githubToken.explicitUseIn?.length) parts.push(`used explicitly in ${codeList(m.githubToken.explicitUseIn)}`);
    if (m.githubToken.writeGrantsIn?.length) parts.push(`granted write access in ${codeList(m.githubToken.writeGrantsIn)}`);
    out.push(`**GITHUB_TOKEN:** ${parts.join('; ')}.`, '');
  }
  return out.join('\n');
}

// ---- JSON ----

export function renderMatrixJson(m: TokenMatrix): string {
  return JSON.stringify(m, null, 2) + '\n';
}

// ---- CSV (RFC 4180) ----

export const MATRIX_CSV_COLUMNS = [
  'token',
  'owner',
  'category',
  'risk',
  'kind',
  'scopes',
  'reason',
  'used_by',
  'used_in',
  'environments',
  'expires',
  'rotated',
  'max_age_days',
  'due',
  'days_left',
  'status',
  'replaceable_by_oidc',
] as const;

/**
 * One CSV field. Spreadsheets run a cell starting with = + - @ (or a tab/CR) as a formula: such cells get a leading
 * apostrophe (OWASP's advice for CSV injection), so `@org/platform` reads `'@org/platform`.
 */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  // Numbers are data (a negative day count is not a formula); text from the registry is not.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderMatrixCsv(m: TokenMatrix): string {
  const list = (items: readonly string[] | null, none: string) => (items === null ? none : items.join('; '));
  const rows = m.tokens.map((r) =>
    [
      r.token,
      r.owner,
      r.category,
      r.risk,
      r.kind,
      r.scopes.join('; '),
      r.reason,
      list(r.usedBy, '*'),
      list(r.usedIn, 'not scanned'),
      list(r.environments, ''),
      r.expiry.expires,
      r.expiry.rotated,
      r.expiry.maxAgeDays,
      r.expiry.due,
      r.expiry.daysLeft,
      r.expiry.status,
      list(r.replaceableByOidc, ''),
    ]
      .map(csvField)
      .join(','),
  );
  return [MATRIX_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export function renderTokenMatrix(m: TokenMatrix, format: MatrixFormat): string {
  if (format === 'json') return renderMatrixJson(m);
  if (format === 'csv') return renderMatrixCsv(m);
  return renderMatrixMarkdown(m);
}
