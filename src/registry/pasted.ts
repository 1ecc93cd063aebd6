/**
 * Credentials pasted into the registry: the registry describes tokens and must never hold one. Known token formats are
 * looked for in the whole text (comments included); values under credential-like keys (`password:`, `token:`,
 * `value:` …) and a bare string given where a token's entry belongs (`NPM_TOKEN: s3cr3t…`) count too.
 * Nothing here keeps or returns a value: only its kind, a redacted form and its position.
 */
import { findTokenLiterals, redactToken, tokenKind } from '../workflows/secrets-text.js';
import { LineIndex } from '../workflows/lines.js';
import type { Span } from '../workflows/yaml.js';
import type { NodeSpans, PastedSecret } from './types.js';
import { pathKey } from './types.js';

interface Format {
  kind: string;
  re: RegExp;
  /** The public part shown in the redacted form. */
  prefix: (match: string) => string;
}

const fixed = (prefix: string) => () => prefix;

/** Well-known credential formats besides GitHub's (which secrets-text.ts owns). */
const FORMATS: Format[] = [
  { kind: 'AWS access key ID', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, prefix: (m) => m.slice(0, 4) },
  { kind: 'Slack token', re: /\bxox[abprs]-[0-9A-Za-z-]{10,}/g, prefix: (m) => m.slice(0, 5) },
  { kind: 'npm access token', re: /\bnpm_[A-Za-z0-9]{36}\b/g, prefix: fixed('npm_') },
  { kind: 'GitLab access token', re: /\bglpat-[A-Za-z0-9_-]{20,}/g, prefix: fixed('glpat-') },
  { kind: 'HashiCorp Vault token', re: /\bhv[sbr]\.[A-Za-z0-9_-]{24,}/g, prefix: (m) => m.slice(0, 4) },
  { kind: 'Google API key', re: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, prefix: fixed('AIza') },
  { kind: 'Stripe secret key', re: /\b[rs]k_live_[0-9A-Za-z]{16,}/g, prefix: (m) => m.slice(0, 8) },
  { kind: 'PyPI token', re: /\bpypi-[A-Za-z0-9_-]{50,}/g, prefix: fixed('pypi-') },
  { kind: 'JSON Web Token', re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, prefix: fixed('eyJ') },
  { kind: 'private key', re: /-----BEGIN [A-Z ]*PRIVATE KEY-----/g, prefix: fixed('-----BEGIN') },
];

/** Keys whose value is a credential (compared lower-cased, `_` as `-`). None of them is a registry key. */
const CREDENTIAL_KEYS = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'secret',
  'secret-value',
  'client-secret',
  'token',
  'token-value',
  'value',
  'api-key',
  'apikey',
  'private-key',
  'access-key',
  'secret-key',
  'credentials',
]);

/** Values that stand for a credential rather than being one. */
const PLACEHOLDER_RE = /^(?:\*+|x+|\.{3}|-+|<[^>]*>|\{\{.*\}\}|\$\{\{.*\}\}|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|changeme|change-me|redacted|todo|tbd|none|null|n\/a|example|placeholder|secret|password|token|in-vault|see-vault|vault)$/i;

function isFormatPlaceholder(value: string): boolean {
  return /EXAMPLE/i.test(value) || /x{6,}/i.test(value) || /(.)\1{11,}/.test(value);
}

/** A bare string where a token's entry belongs looks like a pasted value when it is long and mixed like one. */
function looksLikeSecretValue(value: string): boolean {
  if (/\s/.test(value) || value.length < 12 || PLACEHOLDER_RE.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return classes >= 3 || (value.length >= 20 && classes >= 2);
}

function hidden(prefix: string, value: string): string {
  return `${prefix}…(${value.length} chars)`;
}

/** A scalar of the registry document, with its key path: what the credential-key checks need. */
export interface ScalarEntry {
  path: Array<string | number>;
  value: unknown;
  span: Span;
}

interface Found extends PastedSecret {
  /** Kept only while checking, to scrub validation messages; never leaves check.ts. */
  value: string;
}

/**
 * Every credential-looking value in the registry text. `scalars` are the document's scalar values with key paths
 * (from the YAML walk); `positions` attributes hits in comments or inside values to the nearest key path.
 */
export function findPastedSecrets(text: string, scalars: readonly ScalarEntry[], positions: Record<string, NodeSpans>): Found[] {
  const lines = new LineIndex(text);
  const found: Found[] = [];
  const ordinals = new Map<string, number>();
  const overlaps = (span: Span) => found.some((f) => span[0] < f.span[1] && f.span[0] < span[1]);
  const add = (kind: string, redacted: string, span: Span, value: string, path: Array<string | number>) => {
    if (overlaps(span)) return;
    const base = pathKey(path);
    const n = (ordinals.get(base) ?? 0) + 1;
    ordinals.set(base, n);
    const pos = lines.position(span[0]);
    found.push({ kind, redacted, span, line: pos.line, column: pos.column, path: n > 1 ? [...path, `#${n}`] : path, value });
  };

  for (const hit of findTokenLiterals(text)) {
    const span: Span = [hit.start, hit.end];
    const kind = tokenKind(hit.literal);
    add(kind.startsWith('GitHub') ? kind : `GitHub ${kind}`, redactToken(hit.literal), span, hit.literal, pathContaining(positions, span[0]));
  }
  for (const format of FORMATS) {
    for (const match of text.matchAll(format.re)) {
      if (isFormatPlaceholder(match[0])) continue;
      const span: Span = [match.index, match.index + match[0].length];
      add(format.kind, hidden(format.prefix(match[0]), match[0]), span, match[0], pathContaining(positions, span[0]));
    }
  }
  for (const entry of scalars) {
    if (typeof entry.value !== 'string' && typeof entry.value !== 'number') continue;
    const value = String(entry.value).trim();
    if (value === '') continue;
    const last = entry.path[entry.path.length - 1];
    const keyName = typeof last === 'string' ? last.toLowerCase().replace(/_/g, '-') : '';
    if (CREDENTIAL_KEYS.has(keyName) && !PLACEHOLDER_RE.test(value)) {
      add(`${keyName} value`, hidden('', value), entry.span, value, entry.path);
    } else if (entry.path.length === 2 && entry.path[0] === 'tokens' && looksLikeSecretValue(value)) {
      add('secret value given as the token entry', hidden('', value), entry.span, value, entry.path);
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * The key path of the innermost node containing `offset`, under `#text` (a comment belongs to the mapping around it).
 * A hit inside a key ends in `#key` instead of the key itself, so the path never carries the value.
 */
function pathContaining(positions: Record<string, NodeSpans>, offset: number): Array<string | number> {
  let best: string | undefined;
  let bestDepth = -1;
  let inKey = false;
  for (const [key, spans] of Object.entries(positions)) {
    const start = spans.key ? spans.key[0] : spans.value[0];
    if (offset < start || offset >= Math.max(spans.value[1], spans.key?.[1] ?? 0)) continue;
    const depth = key === '' ? 0 : key.split('\u001f').length;
    if (depth > bestDepth) {
      best = key;
      bestDepth = depth;
      inKey = spans.key !== undefined && offset < spans.key[1];
    }
  }
  const path: Array<string | number> = best === undefined || best === '' ? [] : best.split('\u001f');
  return inKey ? ['#text', ...path.slice(0, -1), '#key'] : ['#text', ...path];
}

/** Replaces each found value in `text` by its redacted form (validation messages can quote values). */
export function scrub(text: string, found: readonly Found[]): string {
  let out = text;
  for (const f of found) if (f.value.length >= 4) out = out.split(f.value).join(f.redacted);
  return out;
}

/** Drops the values: what leaves this module. */
export function withoutValues(found: readonly Found[]): PastedSecret[] {
  return found.map(({ value: _value, ...rest }) => rest);
}
