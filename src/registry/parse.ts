/**
 * Registry text → a validated, typed Registry with the offsets of every key, or every problem at once.
 * Pulls in zod: entry points import it lazily, only when a registry file exists.
 */
import { ConfigError, formatIssue, parseYamlFile, validateParsed, type ValidationIssue } from '../config/validate.js';
import { didYouMean } from '../model/suggest.js';
import { LineIndex } from '../workflows/lines.js';
import { redactTokensIn } from '../workflows/secrets-text.js';
import { isMap, isSeq, itemSpan, keySpan, META, valueSpan, type Span, type YValue } from '../workflows/yaml.js';
import { findPastedSecrets, scrub, withoutValues, type ScalarEntry } from './pasted.js';
import { RegistrySchema, type RegistryFileData } from './schema.js';
import { parseVaultDuration } from '../vault/duration.js';
import { canonicalPermission, CLASSIC_SCOPES, classicScopeLevel, FINE_GRAINED_PERMISSIONS, FINE_GRAINED_PERMISSION_NAMES, scopeVocabulary } from './scopes.js';
import {
  DEFAULT_THRESHOLDS,
  GENERATABLE_KINDS,
  GENERATED_LENGTHS,
  GENERATED_SECRET_TYPES,
  type GeneratedSecretType,
  pathKey,
  type ExpiryThresholds,
  TOKEN_KINDS,
  type NodeSpans,
  type PastedSecret,
  type Registry,
  type RegistryToken,
  type ScopeGrant,
  type ScopeLevel,
  type TokenKind,
} from './types.js';

export interface RegistryCheck {
  /** Present exactly when there are no issues. */
  registry: Registry | undefined;
  /** Every problem, in file order, each with file:line:column and the key. Pasted values are redacted. */
  issues: ValidationIssue[];
  /** Credential-looking values in the file (also when the file is invalid): findings, not validation errors. */
  pastedSecrets: PastedSecret[];
}

type Path = Array<string | number>;

interface Walked {
  positions: Record<string, NodeSpans>;
  scalars: ScalarEntry[];
  /** Token names in file order, with their key offsets. */
  tokenNames: Array<{ name: string; span: Span }>;
}

/** Offsets of every key and value, by key path, and every scalar value (for the pasted-secret checks). */
function walk(root: YValue | undefined): Walked {
  const positions: Record<string, NodeSpans> = {};
  const scalars: ScalarEntry[] = [];
  const visit = (node: YValue, path: Path, key: Span | undefined, value: Span): void => {
    positions[pathKey(path)] = key ? { key, value } : { value };
    if (isMap(node)) {
      for (const k of Object.keys(node)) visit(node[k]!, [...path, k], keySpan(node, k), valueSpan(node, k)!);
    } else if (isSeq(node)) {
      node.forEach((item, i) => visit(item, [...path, i], undefined, itemSpan(node, i)));
    } else {
      scalars.push({ path, value: node, span: value });
    }
  };
  if (root !== undefined) visit(root, [], undefined, isMap(root) || isSeq(root) ? [root[META].start, root[META].end] : [0, 0]);
  const tokenNames: Walked['tokenNames'] = [];
  const tokens = isMap(root) ? root.tokens : undefined;
  if (isMap(tokens)) for (const name of Object.keys(tokens)) tokenNames.push({ name, span: keySpan(tokens, name)! });
  return { positions, scalars, tokenNames };
}

const SECRET_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LEVELS: readonly ScopeLevel[] = ['read', 'write', 'admin'];

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks zod cannot express with positions: secret-name rules and case-insensitive duplicates, scopes per token kind,
 * `rotated` with `max-age-days`, threshold ordering, absolute globs. Defensive: runs on unvalidated data.
 */
function semanticIssues(raw: unknown, walked: Walked, file: string, lines: LineIndex): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = (path: Path, message: string, prefer: 'key' | 'value' = 'value'): void => {
    const spans = walked.positions[pathKey(path)];
    const offset = spans ? (prefer === 'key' && spans.key ? spans.key[0] : spans.value[0]) : 0;
    const pos = lines.position(offset);
    issues.push({ file, line: pos.line, column: pos.column, key: path.map(String).join('.'), message });
  };
  if (!isPlainObject(raw)) return issues;

  // Token names: GitHub secret names are case-insensitive, letters/digits/underscores, and GITHUB_* is reserved.
  const firstSeen = new Map<string, { name: string; line: number }>();
  for (const { name, span } of walked.tokenNames) {
    const path = ['tokens', name];
    if (!SECRET_NAME_RE.test(name)) {
      at(path, 'a secret name may contain only letters, digits and underscores, and must not start with a digit', 'key');
    } else if (/^GITHUB_/i.test(name)) {
      at(path, 'secret names starting with GITHUB_ are reserved by GitHub; the GITHUB_TOKEN is governed by policy.default-token', 'key');
    }
    const upper = name.toUpperCase();
    const prior = firstSeen.get(upper);
    if (prior) at(path, `same secret as "${prior.name}" on line ${prior.line} (GitHub secret names are case-insensitive)`, 'key');
    else firstSeen.set(upper, { name, line: lines.position(span[0]).line });
  }

  const tokens = raw.tokens;
  if (isPlainObject(tokens)) {
    for (const { name } of walked.tokenNames) {
      const entry = tokens[name];
      if (!isPlainObject(entry)) continue;
      const base = ['tokens', name];
      if (typeof entry.kind === 'string' && (TOKEN_KINDS as readonly string[]).includes(entry.kind) && entry.scopes !== undefined) {
        scopeIssues(entry.kind as TokenKind, entry.scopes, [...base, 'scopes'], at, walked, lines);
      }
      if (entry.rotated !== undefined && entry['max-age-days'] === undefined) {
        at([...base, 'rotated'], '`rotated` needs `max-age-days`: how many days after the rotation the token must be rotated again');
      }
      if (entry['max-age-days'] !== undefined && entry.rotated === undefined) {
        at([...base, 'max-age-days'], '`max-age-days` needs `rotated`: the date of the last rotation');
      }
      for (const key of ['app-id', 'installation-id']) {
        if (entry[key] !== undefined && entry.kind !== 'github-app') at([...base, key], `\`${key}\` belongs to kind github-app (this token is ${String(entry.kind)})`);
      }
      for (const key of ['vault-address', 'renew-increment', 'renew-threshold']) {
        if (entry[key] !== undefined && entry.kind !== 'vault') at([...base, key], `\`${key}\` belongs to kind vault (this token is ${String(entry.kind)})`);
      }
      for (const key of ['renew-increment', 'renew-threshold']) {
        const v = entry[key];
        if ((typeof v === 'string' || typeof v === 'number') && parseVaultDuration(v) === 0) at([...base, key], `\`${key}\` must be longer than 0 seconds`);
      }
      globIssues(entry['used-by'], [...base, 'used-by'], at);
      rotationIssues(entry, base, at);
    }
  }

  const policy = raw.policy;
  if (isPlainObject(policy)) {
    globIssues(policy['default-token-allowed-in'], ['policy', 'default-token-allowed-in'], at);
  }
  // Thresholds must stay ordered once layered: registry defaults ← policy.thresholds ← per category ← per token.
  const policyThresholds = isPlainObject(policy) ? policy.thresholds : undefined;
  const base = thresholdIssues(policyThresholds, DEFAULT_THRESHOLDS, ['policy', 'thresholds'], at);
  const byCategory = isPlainObject(policy) && isPlainObject(policy['thresholds-by-category']) ? policy['thresholds-by-category'] : {};
  const categoryBase: Record<string, ExpiryThresholds> = {};
  for (const [category, t] of Object.entries(byCategory)) categoryBase[category] = thresholdIssues(t, base, ['policy', 'thresholds-by-category', category], at);
  if (isPlainObject(tokens)) {
    for (const { name } of walked.tokenNames) {
      const entry = tokens[name];
      if (!isPlainObject(entry) || entry.thresholds === undefined) continue;
      const inherited = (typeof entry.category === 'string' ? categoryBase[entry.category] : undefined) ?? base;
      thresholdIssues(entry.thresholds, inherited, ['tokens', name, 'thresholds'], at);
    }
  }
  return issues;
}

/** A rotation rule that cannot work: a kind only its service issues, or a length too short for its type or not whole. */
function rotationIssues(entry: Record<string, unknown>, base: Path, at: (path: Path, message: string, prefer?: 'key' | 'value') => void): void {
  const rotation = entry.rotation;
  if (!isPlainObject(rotation)) return;
  if (typeof entry.kind === 'string' && (TOKEN_KINDS as readonly string[]).includes(entry.kind) && !GENERATABLE_KINDS.includes(entry.kind as TokenKind)) {
    at([...base, 'rotation'], `kind ${entry.kind} is issued by its service: a generated random value cannot replace it (rotation fits kinds ${GENERATABLE_KINDS.join(', ')})`, 'key');
  }
  const generate = rotation.generate;
  if (!isPlainObject(generate) || typeof generate.type !== 'string' || !(GENERATED_SECRET_TYPES as readonly string[]).includes(generate.type)) return;
  const limits = GENERATED_LENGTHS[generate.type as GeneratedSecretType];
  const length = generate.length;
  if (!Number.isInteger(length)) return;
  const n = length as number;
  const path = [...base, 'rotation', 'generate', 'length'];
  if (n < limits.min) {
    const bits = generate.type === 'jwt-secret' ? 256 : 128;
    at(path, `${generate.type} needs at least ${limits.min} characters for ${bits} bits of randomness (got ${n})`);
  } else if (n % limits.multipleOf !== 0) {
    at(path, `${generate.type} length must be a multiple of ${limits.multipleOf} (whole base64 groups, no padding; got ${n})`);
  }
}

/** Reports thresholds out of order once `t` is laid over `inherited`; returns the layered values. */
function thresholdIssues(t: unknown, inherited: ExpiryThresholds, path: Path, at: (path: Path, message: string) => void): ExpiryThresholds {
  if (!isPlainObject(t)) return inherited;
  // Values zod rejects (not a whole number ≥ 0) count as inherited here, so they are reported once.
  const value = (k: 'critical' | 'warning' | 'info') => (Number.isInteger(t[k]) && (t[k] as number) >= 0 ? (t[k] as number) : inherited[k]);
  const [critical, warning, info] = [value('critical'), value('warning'), value('info')];
  if (critical > warning) at([...path, 'critical' in t ? 'critical' : 'warning'], `thresholds must be ordered critical ≤ warning ≤ info: critical is ${critical}, warning ${warning}`);
  if (warning > info) at([...path, 'warning' in t ? 'warning' : 'info'], `thresholds must be ordered critical ≤ warning ≤ info: warning is ${warning}, info ${info}`);
  return { critical, warning, info };
}

function globIssues(globs: unknown, path: Path, at: (path: Path, message: string) => void): void {
  if (!Array.isArray(globs)) return;
  globs.forEach((g, i) => {
    if (typeof g === 'string' && (g.startsWith('/') || /^[A-Za-z]:[\\/]/.test(g))) at([...path, i], 'globs are relative to the repository root: drop the leading /');
  });
}

function scopeIssues(kind: TokenKind, scopes: unknown, path: Path, at: (path: Path, message: string, prefer?: 'key' | 'value') => void, walked: Walked, lines: LineIndex): void {
  const vocabulary = scopeVocabulary(kind);
  if (vocabulary === 'classic') {
    if (!Array.isArray(scopes)) {
      if (isPlainObject(scopes)) at(path, 'kind github-pat (a classic PAT) has OAuth scopes: list them, e.g. [repo, workflow]; permission maps belong to kind github-pat-fine-grained or github-app');
      return;
    }
    const seen = new Set<string>();
    scopes.forEach((item, i) => {
      if (typeof item !== 'string') return at([...path, i], 'expected the name of a classic scope');
      if (!CLASSIC_SCOPES.includes(item)) return at([...path, i], `unknown classic scope "${item}"${didYouMean(item, CLASSIC_SCOPES)}`);
      if (seen.has(item)) at([...path, i], `"${item}" is listed twice`);
      seen.add(item);
    });
    return;
  }
  if (vocabulary === 'fine-grained') {
    if (!isPlainObject(scopes)) {
      if (Array.isArray(scopes)) at(path, `kind ${kind} has fine-grained permissions: a mapping such as { contents: read }; lists of classic scopes belong to kind github-pat`);
      return;
    }
    const seen = new Map<string, string>();
    for (const name of Object.keys(scopes)) {
      const canonical = canonicalPermission(name);
      const levels = FINE_GRAINED_PERMISSIONS[canonical];
      if (!levels) {
        at([...path, name], `unknown permission "${name}"${didYouMean(canonical, FINE_GRAINED_PERMISSION_NAMES)}`, 'key');
        continue;
      }
      const prior = seen.get(canonical);
      if (prior !== undefined) {
        const line = lines.position(walked.positions[pathKey([...path, prior])]?.key?.[0] ?? 0).line;
        at([...path, name], `same permission as "${prior}" on line ${line}`, 'key');
      }
      seen.set(canonical, name);
      const level = scopes[name];
      if (typeof level !== 'string' || !(levels as readonly string[]).includes(level)) {
        const expected = levels.length === 1 ? `"${canonical}" accepts only ${levels[0]}` : `expected ${levels.join(' or ')}`;
        at([...path, name], `${expected}${typeof level === 'string' ? `, got "${level}"${didYouMean(level, levels)}` : ''}`);
      }
    }
    return;
  }
  if (isPlainObject(scopes)) {
    for (const [name, level] of Object.entries(scopes)) {
      if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) {
        at([...path, name], `expected read, write or admin${typeof level === 'string' ? `, got "${level}"${didYouMean(level, LEVELS)}` : ''}`);
      }
    }
  } else if (Array.isArray(scopes)) {
    scopes.forEach((item, i) => {
      if (typeof item !== 'string') at([...path, i], 'expected a scope name');
    });
  }
}

function scopeGrants(kind: TokenKind, scopes: unknown, path: Path, positions: Record<string, NodeSpans>): ScopeGrant[] {
  const spanOf = (p: Path): Span => {
    const s = positions[pathKey(p)];
    return s ? (s.key ?? s.value) : [0, 0];
  };
  const vocabulary = scopeVocabulary(kind);
  if (Array.isArray(scopes)) {
    return scopes.map((name, i) => {
      const scope = String(name);
      return vocabulary === 'classic'
        ? { name: scope, canonical: scope, level: classicScopeLevel(scope), form: 'classic' as const, span: spanOf([...path, i]) }
        : { name: scope, canonical: scope, level: 'unspecified' as const, form: 'list' as const, span: spanOf([...path, i]) };
    });
  }
  if (isPlainObject(scopes)) {
    return Object.entries(scopes).map(([name, level]) => ({
      name,
      canonical: vocabulary === 'fine-grained' ? canonicalPermission(name) : name,
      level: level as ScopeLevel,
      form: 'permission' as const,
      span: spanOf([...path, name]),
    }));
  }
  return [];
}

function buildRegistry(data: RegistryFileData, file: string, walked: Walked, pastedSecrets: PastedSecret[]): Registry {
  const policy = data.policy ?? {};
  const tokens: RegistryToken[] = Object.entries(data.tokens ?? {}).map(([name, t]) => {
    const token: RegistryToken = {
      name,
      key: name.toUpperCase(),
      description: t.description,
      category: t.category,
      risk: t.risk,
      kind: t.kind,
      scopes: scopeGrants(t.kind, t.scopes, ['tokens', name, 'scopes'], walked.positions),
      span: walked.positions[pathKey(['tokens', name])]?.key ?? [0, 0],
    };
    if (t.owner !== undefined) token.owner = t.owner;
    if (t.reason !== undefined) token.reason = t.reason;
    if (t['used-by'] !== undefined) token.usedBy = t['used-by'];
    if (t.environments !== undefined) token.environments = t.environments;
    if (t.expires !== undefined) token.expires = t.expires;
    if (t.rotated !== undefined) token.rotated = t.rotated;
    if (t['max-age-days'] !== undefined) token.maxAgeDays = t['max-age-days'];
    if (t.thresholds !== undefined) token.thresholds = t.thresholds;
    if (t.env !== undefined) token.env = t.env;
    if (t['app-id'] !== undefined) token.appId = t['app-id'];
    if (t['installation-id'] !== undefined) token.installationId = t['installation-id'];
    if (t['vault-address'] !== undefined) token.vaultAddress = t['vault-address'];
    if (t['renew-increment'] !== undefined) token.renewIncrement = parseVaultDuration(t['renew-increment']);
    if (t['renew-threshold'] !== undefined) token.renewThreshold = parseVaultDuration(t['renew-threshold']);
    if (t.rotation !== undefined) {
      const g = t.rotation.generate;
      token.rotation = {
        generate: { type: g.type, ...(g.prefix !== undefined ? { prefix: g.prefix } : {}), length: g.length ?? GENERATED_LENGTHS[g.type].default },
        maxAgeDays: t.rotation['max-age-days'],
      };
    }
    return token;
  });
  return {
    file,
    version: 1,
    policy: {
      defaultToken: policy['default-token'] ?? 'allow',
      defaultTokenAllowedIn: policy['default-token-allowed-in'] ?? [],
      thresholds: { ...DEFAULT_THRESHOLDS, ...policy.thresholds },
      thresholdsByCategory: policy['thresholds-by-category'] ?? {},
      maxLifetimeDays: policy['max-lifetime-days'] ?? {},
    },
    tokens,
    pastedSecrets,
    positions: walked.positions,
  };
}

/** Fields whose values rules echo in messages: a credential there is also an invalid name, and blocks the registry. */
const NAME_FIELDS: Record<string, string> = {
  '#key': 'key',
  scopes: 'scope',
  environments: 'environment name',
  'used-by': 'glob',
  'default-token-allowed-in': 'glob',
};

function structuralPastes(pasted: readonly PastedSecret[], file: string): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const p of pasted) {
    const segments = p.path.map(String).filter((s) => s !== '#text' && !/^#\d+$/.test(s));
    const field = [...segments].reverse().find((s) => NAME_FIELDS[s] !== undefined);
    if (field === undefined) continue;
    const key = segments.filter((s) => s !== '#key').join('.');
    out.push({ file, line: p.line, column: p.column, key, message: `this looks like a ${p.kind} (${p.redacted}), not a ${NAME_FIELDS[field]}` });
  }
  return out;
}

function compareIssues(a: ValidationIssue, b: ValidationIssue): number {
  return a.line - b.line || a.column - b.column || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Validates registry text. Never throws for bad content: returns every issue instead. */
export function checkRegistry(text: string, file: string, onSecret?: (value: string) => void): RegistryCheck {
  let parsed: { root: YValue; lines: LineIndex } | undefined;
  let issues: ValidationIssue[] = [];
  try {
    parsed = parseYamlFile(text, file);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    issues = [...error.issues];
  }
  const lines = parsed?.lines ?? new LineIndex(text);
  const walked = walk(parsed?.root);
  const found = findPastedSecrets(text, walked.scalars, walked.positions);
  // Credential values read from the file go to the log masker at once (the action passes core.setSecret).
  if (onSecret) for (const f of found) onSecret(f.value);
  const pastedSecrets = withoutValues(found);
  const clean = (i: ValidationIssue): ValidationIssue => ({ ...i, key: redactTokensIn(scrub(i.key, found)), message: redactTokensIn(scrub(i.message, found)) });

  let data: RegistryFileData | undefined;
  // YAML syntax errors leave nothing reliable to check further.
  if (parsed) {
    try {
      data = validateParsed(parsed.root, lines, file, RegistrySchema);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      issues = [...error.issues];
    }
    issues.push(...semanticIssues(parsed.root, walked, file, lines));
    issues.push(...structuralPastes(pastedSecrets, file));
  }
  const seen = new Set<string>();
  issues = issues
    .map(clean)
    .filter((i) => {
      const k = formatIssue(i);
      return seen.has(k) ? false : (seen.add(k), true);
    })
    .sort(compareIssues);
  if (issues.length > 0 || !data) return { registry: undefined, issues, pastedSecrets };
  return { registry: buildRegistry(data, file, walked, pastedSecrets), issues: [], pastedSecrets };
}

/** Parses registry text. Throws ConfigError listing every problem (exit code 2 at the entry points). */
export function parseRegistry(text: string, file: string, onSecret?: (value: string) => void): Registry {
  const check = checkRegistry(text, file, onSecret);
  if (!check.registry) throw new ConfigError(check.issues);
  return check.registry;
}
