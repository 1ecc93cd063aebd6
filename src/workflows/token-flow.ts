/**
 * Which token a value carries: the GITHUB_TOKEN, maybe it, another credential, or none. Used to tell whether a
 * step's needs fall on the GITHUB_TOKEN or on a secret the workflow passes instead.
 */
import type { SourceFile } from './source.js';
import { findExpressions, type ExpressionAnalysis } from './expressions.js';
import { isMap, type YMap, type YValue } from './yaml.js';
import { ownString } from '../model/own-string.js';

/**
 * `github`: the GITHUB_TOKEN (`github.token`, `secrets.GITHUB_TOKEN`).
 * `maybe`: an expression that may evaluate to it (`secrets.PAT || github.token`, an input or env var we cannot resolve).
 * `other`: another credential (another secret, a step output such as an App token, a literal).
 * `none`: nothing (absent or empty).
 */
export type TokenKind = 'github' | 'maybe' | 'other' | 'none';

const ORDER: Record<TokenKind, number> = { none: 0, other: 1, maybe: 2, github: 3 };

/** The most GITHUB_TOKEN-like of several: any github → github; else any maybe → maybe; else other; else none. */
export function strongestToken(kinds: Iterable<TokenKind>): TokenKind {
  let best: TokenKind = 'none';
  for (const k of kinds) if (ORDER[k] > ORDER[best]) best = k;
  return best;
}

export type EnvLevel = 'step' | 'job' | 'workflow';

/** The `env:` maps visible to a step, most specific first. */
export interface EnvLayer {
  level: EnvLevel;
  env: YMap;
}

export function envLayers(step: YMap | undefined, job: YMap | undefined, root: YMap | undefined): EnvLayer[] {
  const out: EnvLayer[] = [];
  if (step && isMap(step.env)) out.push({ level: 'step', env: step.env });
  if (job && isMap(job.env)) out.push({ level: 'job', env: job.env });
  if (root && isMap(root.env)) out.push({ level: 'workflow', env: root.env });
  return out;
}

/** The value of env var `name` as the step sees it (the most specific layer wins). */
export function envEntry(layers: readonly EnvLayer[], name: string): { value: YValue; layer: EnvLayer } | undefined {
  for (const layer of layers) {
    if (Object.prototype.hasOwnProperty.call(layer.env, name)) return { value: layer.env[name]!, layer };
  }
  return undefined;
}

/** Every env var visible to the step, with the layer that sets it. */
export function visibleEnv(layers: readonly EnvLayer[]): Map<string, { value: YValue; layer: EnvLayer }> {
  const out = new Map<string, { value: YValue; layer: EnvLayer }>();
  for (const layer of layers) {
    for (const name of Object.keys(layer.env)) if (!out.has(name)) out.set(name, { value: layer.env[name]!, layer });
  }
  return out;
}

const STRING_LITERAL_RE = /'(?:[^']|'')*'/g;
const ENV_REF_RE = /(?<![.\w-])env\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*'([^']+)'\s*\])/g;
const INPUT_REF_RE = /(?<![.\w-])inputs\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\])/g;
const OUTPUT_REF_RE = /(?<![.\w-])(?:steps|needs|jobs)\s*[.[]/;
/** An input named like a credential: when we cannot resolve it, it may be the GITHUB_TOKEN. */
const TOKENISH_INPUT_RE = /token|(?:^|[_-])pat(?:$|[_-])|passw(?:or)?d|secret|credential|(?:^|[_-])auth(?:$|[_-])/i;
/** An env var named like a GitHub token (GH_TOKEN, GITHUB_TOKEN, GITHUB_PAT …): set elsewhere, it may be the GITHUB_TOKEN. */
const GITHUB_TOKENISH_ENV_RE = /(?:^|_)(?:GH|GITHUB)(?:_[A-Z0-9]+)*_(?:TOKEN|PAT)$|^TOKEN$/i;
const VARS_REF_RE = /(?<![.\w-])vars\s*[.[]/;

/** What an expression's text says, before env and inputs are resolved: the same for every file (memoised). */
interface ExpressionShape {
  analysis: ExpressionAnalysis;
  otherSecrets: boolean;
  envRefs: readonly string[];
  inputRefs: readonly string[];
  outputRef: boolean;
  varsRef: boolean;
}

const SHAPES = new Map<string, ExpressionShape>();

function expressionShape(file: SourceFile, inner: string): ExpressionShape {
  let shape = SHAPES.get(inner);
  if (!shape) {
    inner = ownString(inner); // kept across files (see ownString)
    const analysis = file.expressions.analyse(inner);
    const code = inner.replace(STRING_LITERAL_RE, "''");
    shape = {
      analysis,
      otherSecrets: analysis.secretNames.some((n) => n.toUpperCase() !== 'GITHUB_TOKEN'),
      envRefs: [...code.matchAll(ENV_REF_RE)].map((m) => m[1] ?? m[2]!),
      inputRefs: [...code.matchAll(INPUT_REF_RE)].map((m) => m[1] ?? m[2]!),
      outputRef: OUTPUT_REF_RE.test(code),
      varsRef: VARS_REF_RE.test(code),
    };
    if (SHAPES.size >= 20_000) SHAPES.clear();
    SHAPES.set(inner, shape);
  }
  return shape;
}

/** The kind of an expression that reads no env var and no input. */
function staticKind(analysis: ExpressionAnalysis, otherSecrets: boolean, outputRef: boolean, varsRef: boolean): TokenKind {
  if (otherSecrets || outputRef || varsRef) return analysis.wholeSecrets || analysis.dynamicSecretIndex ? 'maybe' : 'other';
  if (analysis.wholeSecrets || analysis.dynamicSecretIndex) return 'maybe';
  return 'other';
}

export class TokenClassifier {
  constructor(
    private readonly file: SourceFile,
    private readonly layers: readonly EnvLayer[],
  ) {}

  /** What a YAML value (a `with:` input, an env value) carries. */
  value(value: YValue | undefined, depth = 0): TokenKind {
    if (value === undefined || value === null || value === '') return 'none';
    if (typeof value !== 'string') return typeof value === 'object' ? 'none' : 'other';
    if (!value.includes('${{')) return value.trim() === '' ? 'none' : 'other';
    return strongestToken(findExpressions(value).map((e) => this.expression(e.inner, depth)));
  }

  /** What one expression (the text between `${{` and `}}`) carries. */
  expression(inner: string, depth = 0): TokenKind {
    const { analysis, otherSecrets, envRefs, inputRefs, outputRef, varsRef } = expressionShape(this.file, inner);
    if (analysis.githubToken) {
      // `secrets.PAT || github.token` and the like: the GITHUB_TOKEN only when the other is empty.
      const alternatives = otherSecrets || envRefs.length > 0 || inputRefs.length > 0 || outputRef || analysis.dynamicSecretIndex;
      return alternatives ? 'maybe' : 'github';
    }
    if (envRefs.length === 0 && inputRefs.length === 0) return staticKind(analysis, otherSecrets, outputRef, varsRef);
    const kinds: TokenKind[] = [];
    if (otherSecrets || outputRef || varsRef) kinds.push('other');
    if (analysis.wholeSecrets || analysis.dynamicSecretIndex) kinds.push('maybe');
    for (const name of envRefs) kinds.push(this.env(name, depth));
    for (const name of inputRefs) kinds.push(this.input(name, depth));
    // Anything else (github.event.*, matrix.*, runner.*) is not a token of ours.
    return kinds.length === 0 ? 'other' : strongestToken(kinds);
  }

  /**
   * `env.NAME`: resolved through the step's env layers. Set elsewhere (e.g. through $GITHUB_ENV): maybe when it is
   * named like a GitHub token, else other.
   */
  private env(name: string, depth: number): TokenKind {
    const entry = depth > 4 ? undefined : envEntry(this.layers, name);
    if (entry === undefined) return GITHUB_TOKENISH_ENV_RE.test(name) ? 'maybe' : 'other';
    return this.value(entry.value, depth + 1);
  }

  /**
   * `inputs.NAME`: in an action, its default (the caller may pass another token, but a default of github.token is
   * how these actions are written to be used). Otherwise (a workflow's caller or dispatcher, an input without a
   * default): maybe when its name suggests a credential, else other.
   */
  private input(name: string, depth: number): TokenKind {
    const guess: TokenKind = TOKENISH_INPUT_RE.test(name) ? 'maybe' : 'other';
    if (this.file.kind !== 'action' || depth > 4) return guess;
    const inputs = this.file.root.inputs;
    const input = isMap(inputs) ? inputs[name] : undefined;
    if (!isMap(input)) return guess;
    const kind = this.value(input.default, depth + 1);
    return kind === 'none' || kind === 'other' ? guess : kind;
  }
}
