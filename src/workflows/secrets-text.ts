/** Recognising GitHub token literals in text, and showing them without revealing them. */

/** Classic and fine-grained GitHub token formats. */
export const GITHUB_TOKEN_LITERAL_RE = /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{82})(?![A-Za-z0-9_])/g;

const TOKEN_KINDS: Record<string, string> = {
  ghp_: 'personal access token (classic)',
  gho_: 'OAuth access token',
  ghu_: 'GitHub App user-to-server token',
  ghs_: 'GitHub App installation (server-to-server) token',
  ghr_: 'refresh token',
  github_pat_: 'fine-grained personal access token',
};

export function tokenKind(literal: string): string {
  const prefix = literal.startsWith('github_pat_') ? 'github_pat_' : literal.slice(0, 4);
  return TOKEN_KINDS[prefix] ?? 'token';
}

/** Placeholders in docs and tests: one character repeated, or a run of x's. */
export function isPlaceholder(literal: string): boolean {
  const body = literal.startsWith('github_pat_') ? literal.slice('github_pat_'.length) : literal.slice(4);
  if (/^(.)\1*$/.test(body.replace(/_/g, ''))) return true;
  return /x{4,}/i.test(body);
}

/** `ghp_…(40 chars)`: the prefix and the length, never the secret part. */
export function redactToken(literal: string): string {
  const prefix = literal.startsWith('github_pat_') ? 'github_pat_' : literal.slice(0, 4);
  return `${prefix}…(${literal.length} chars)`;
}

/** A GitHub token literal found in text: its offsets (end-exclusive) and the literal, which must never be reported. */
export interface TokenLiteral {
  start: number;
  end: number;
  literal: string;
}

/**
 * Every GitHub token literal in `text`, placeholders left out, in order. Reads the text as text: comments, broken
 * YAML and any file format alike (the one scan shared by the workflow rule, the engine's raw-text fallback and the
 * registry's pasted-secret check).
 */
export function findTokenLiterals(text: string): TokenLiteral[] {
  const out: TokenLiteral[] = [];
  for (const match of text.matchAll(GITHUB_TOKEN_LITERAL_RE)) {
    if (isPlaceholder(match[0])) continue;
    out.push({ start: match.index, end: match.index + match[0].length, literal: match[0] });
  }
  return out;
}

/** Replaces every token literal in a string by its redacted form (defence in depth for messages). */
export function redactTokensIn(text: string): string {
  return text.replace(GITHUB_TOKEN_LITERAL_RE, (m) => redactToken(m));
}
