/**
 * What each job needs of the GITHUB_TOKEN: the permission scopes its steps use, with the reasons, and how sure we
 * are. Pure: steps are judged from the action knowledge base (knowledge/actions/*.yml, compiled into the bundle),
 * and from heuristics on `run:` scripts and actions/github-script code.
 *
 * Confidence of a job:
 * - `certain`: every step is known — a knowledge base entry marked certain, or a script that cannot reach the token;
 * - `likely`: heuristics were used (gh/git/curl in scripts, github-script calls), an entry or condition we are not
 *   sure of, an action not in the knowledge base that is not handed the token (it may still read `github.token` by
 *   default), or the token sitting in a job- or workflow-level env the script does not visibly use;
 * - `unknown`: an action not in the knowledge base is handed the token, a script uses it in a way we cannot read,
 *   a local action or a reusable workflow (not resolved here).
 */
import { knowledgeFor, knowledgeKey, type ActionKnowledge, type KnowledgeCondition, type KnowledgeNeed, type NeedLevel } from '../knowledge/index.js';
import type { SourceFile } from './source.js';
import { isReusableCall, parseUses, stepAnchor, stepGroups, type JobRef, type StepRef } from './model.js';
import type { PathSegment } from './paths.js';
import { analyseScript, type ScriptDoubtKind, type ScriptTokenVar } from './script-needs.js';
import { analyseGithubScript } from './github-script-needs.js';
import { envEntry, envLayers, strongestToken, TokenClassifier, visibleEnv, type EnvLayer, type TokenKind } from './token-flow.js';
import { isMap, keySpan, valueSpan, type Span, type YMap, type YValue } from './yaml.js';

export type { NeedLevel } from '../knowledge/index.js';
export type { TokenKind } from './token-flow.js';

export type NeedConfidence = 'certain' | 'likely' | 'unknown';

/** Why a scope is needed: one step, and what we read there. */
export interface NeedReason {
  stepPath: PathSegment[];
  /** Offsets in the file: the `uses:` value, or the script line the need was read from. */
  span: Span;
  reason: string;
  source: 'knowledge' | 'heuristic';
  confidence: 'certain' | 'likely';
  level: NeedLevel;
  /** Only private repositories need it: public content can be read with no permission at all. */
  privateOnly?: true;
  /**
   * Other scopes that meet this need as well, at the same level (the issues API on a number that may be a pull
   * request's: `pull-requests`). See needsUnderGrant.
   */
  alternatives?: readonly string[];
  /** For knowledge: the action, where its entry is written, and the entry's source note. */
  action?: string;
  definedAt?: string;
  reference?: string;
}

export interface ScopeNeed {
  level: NeedLevel;
  /** Every reason for this scope applies only to private repositories. */
  privateOnly: boolean;
  because: NeedReason[];
}

export type DoubtKind =
  | 'reusable-workflow'
  | 'local-action'
  | 'unknown-action'
  | 'unknown-action-token'
  | 'docker-action-token'
  | 'unresolvable-uses'
  | 'not-composite'
  | 'knowledge-likely'
  | 'condition-expression'
  | 'token-expression'
  | 'unlisted-token-input'
  | 'heuristic'
  | 'github-script'
  | ScriptDoubtKind;

/** Why a job is not `certain`. */
export interface NeedDoubt {
  kind: DoubtKind;
  stepPath: PathSegment[];
  span: Span;
  reason: string;
}

export interface JobNeeds {
  /** Scope name (PERMISSION_SCOPES) → what is needed and why. */
  scopes: Record<string, ScopeNeed>;
  confidence: NeedConfidence;
  unknownBecause: NeedDoubt[];
  likelyBecause: NeedDoubt[];
}

const NEEDS_MEMO = Symbol('jobNeeds');

/** What a workflow job needs. Memoised per file and job. */
export function jobNeeds(file: SourceFile, job: JobRef): JobNeeds {
  let memo = file.memo.get(NEEDS_MEMO) as Map<string, JobNeeds> | undefined;
  if (!memo) {
    memo = new Map();
    file.memo.set(NEEDS_MEMO, memo);
  }
  let result = memo.get(job.id);
  if (!result) {
    result = computeJobNeeds(file, job);
    memo.set(job.id, result);
  }
  return result;
}

/**
 * The needs as a grant meets them. A reason another scope also meets (`alternatives`: the issues API on a number that
 * may be a pull request's) counts for every one of its scopes the grant gives at its level — so a job commenting
 * through `issues/{number}/comments` with only `pull-requests: write` needs nothing more, and a job granting both
 * keeps both — and for its own scope when the grant gives none of them (the grant falls short).
 */
export function needsUnderGrant(needs: JobNeeds, granted: (scope: string) => 'none' | 'read' | 'write'): JobNeeds {
  const rank = { none: 0, read: 1, write: 2 } as const;
  let moved = false;
  const builder = new NeedsBuilder();
  for (const [scope, need] of Object.entries(needs.scopes)) {
    for (const reason of need.because) {
      const candidates = reason.alternatives?.length ? [scope, ...reason.alternatives] : undefined;
      const met = candidates?.filter((s) => rank[granted(s)] >= rank[reason.level]);
      if (!met || met.length === 0 || (met.length === 1 && met[0] === scope)) builder.need(scope, reason);
      else {
        moved = true;
        for (const s of met) builder.need(s, reason);
      }
    }
  }
  if (!moved) return needs;
  return { ...builder.result(), confidence: needs.confidence, unknownBecause: needs.unknownBecause, likelyBecause: needs.likelyBecause };
}

/**
 * What a composite action's steps need, its inputs at their defaults (an input defaulting to `github.token` counts
 * as the GITHUB_TOKEN). JavaScript and Docker actions are `unknown`: their code is not read.
 */
export function actionNeeds(file: SourceFile): JobNeeds {
  const builder = new NeedsBuilder();
  const runs = file.root.runs;
  if (file.kind !== 'action' || !isMap(runs) || runs.using !== 'composite') {
    const span = (isMap(runs) ? valueSpan(runs, 'using') : undefined) ?? keySpan(file.root, 'runs') ?? [0, 0];
    builder.doubt('unknown', { kind: 'not-composite', stepPath: ['runs'], span, reason: 'not a composite action: its code is not read' });
    return builder.result();
  }
  new StepWalker(file, builder, undefined).walk(stepGroups(file)[0] ?? []);
  return builder.result();
}

function computeJobNeeds(file: SourceFile, job: JobRef): JobNeeds {
  const builder = new NeedsBuilder();
  const jobSpan = keySpan(file.root.jobs as YMap, job.id) ?? [0, 0];
  if (isReusableCall(job.job)) {
    builder.doubt('unknown', {
      kind: 'reusable-workflow',
      stepPath: [...job.path, 'uses'],
      span: valueSpan(job.job, 'uses') ?? jobSpan,
      reason: `calls the reusable workflow ${String(job.job.uses)}: what it needs is up to its jobs (not resolved here)`,
    });
    return builder.result();
  }
  const walker = new StepWalker(file, builder, job);
  walker.containers();
  walker.walk(stepGroups(file).find((g) => g[0]?.job?.id === job.id) ?? []);
  return builder.result();
}

class NeedsBuilder {
  private readonly scopes = new Map<string, ScopeNeed>();
  private readonly unknown: NeedDoubt[] = [];
  private readonly likely: NeedDoubt[] = [];

  need(scope: string, reason: NeedReason): void {
    const existing = this.scopes.get(scope);
    if (!existing) {
      this.scopes.set(scope, { level: reason.level, privateOnly: reason.privateOnly === true, because: [reason] });
      return;
    }
    if (reason.level === 'write') existing.level = 'write';
    existing.privateOnly = existing.privateOnly && reason.privateOnly === true;
    existing.because.push(reason);
  }

  doubt(confidence: 'likely' | 'unknown', doubt: NeedDoubt): void {
    (confidence === 'unknown' ? this.unknown : this.likely).push(doubt);
  }

  result(): JobNeeds {
    const scopes: Record<string, ScopeNeed> = {};
    for (const scope of [...this.scopes.keys()].sort()) scopes[scope] = this.scopes.get(scope)!;
    const confidence: NeedConfidence = this.unknown.length > 0 ? 'unknown' : this.likely.length > 0 ? 'likely' : 'certain';
    return { scopes, confidence, unknownBecause: this.unknown, likelyBecause: this.likely };
  }
}

type Decision = 'yes' | 'no' | 'undecided';

/** Evaluates a knowledge condition on a step's `with:` inputs. Values given by expressions are undecided. */
export function evaluateCondition(when: KnowledgeCondition, inputs: YMap | undefined): Decision {
  const get = (name: string): YValue | undefined => (inputs && Object.prototype.hasOwnProperty.call(inputs, name) ? inputs[name] : undefined);
  const given = (v: YValue | undefined): boolean => v !== undefined && v !== null && v !== '';
  const results: Decision[] = [];
  for (const name of when.set ?? []) results.push(given(get(name)) ? 'yes' : 'no');
  for (const name of when.unset ?? []) results.push(given(get(name)) ? 'no' : 'yes');
  const test = (name: string, pattern: string, positive: boolean): Decision => {
    const v = get(name);
    if (!given(v)) return positive ? 'no' : 'yes';
    const text = typeof v === 'object' ? JSON.stringify(v) : String(v);
    if (text.includes('${{')) return 'undecided';
    const matched = new RegExp(pattern, 'i').test(text);
    return matched === positive ? 'yes' : 'no';
  };
  for (const [name, pattern] of Object.entries(when.matches ?? {})) results.push(test(name, pattern, true));
  for (const [name, pattern] of Object.entries(when.notMatches ?? {})) results.push(test(name, pattern, false));
  if (results.includes('no')) return 'no';
  return results.includes('undecided') ? 'undecided' : 'yes';
}

/** `process.env.NAME`, `process.env['NAME']`: a variable a JavaScript script reads. */
const PROCESS_ENV_READ_RE = /process\.env(?:\.([A-Za-z_$][\w$]*)|\[\s*['"`]([^'"`]+)['"`]\s*\])/g;

/** Walks one job's (or a composite action's) steps in order, carrying what git's credentials are. */
class StepWalker {
  private gitToken: TokenKind = 'none';
  private readonly root: YMap | undefined;

  constructor(
    private readonly file: SourceFile,
    private readonly builder: NeedsBuilder,
    private readonly job: JobRef | undefined,
  ) {
    this.root = file.kind === 'workflow' ? file.root : undefined;
  }

  walk(steps: readonly StepRef[]): void {
    for (const ref of steps) {
      const layers = envLayers(ref.step, this.job?.job, this.root);
      const tokens = new TokenClassifier(this.file, layers);
      if (typeof ref.step.uses === 'string') this.usesStep(ref, ref.step.uses, layers, tokens);
      else if (typeof ref.step.run === 'string') this.script(ref, ref.step.run, valueSpan(ref.step, 'run')!, layers, tokens);
    }
  }

  /** Registry credentials of the job's container and services: pulling from ghcr.io with the token. */
  containers(): void {
    if (!this.job) return;
    const tokens = new TokenClassifier(this.file, envLayers(undefined, this.job.job, this.root));
    const check = (holder: YValue | undefined, path: PathSegment[]): void => {
      if (!isMap(holder) || typeof holder.image !== 'string' || !/^ghcr\.io\//i.test(holder.image)) return;
      const creds = holder.credentials;
      if (!isMap(creds)) return;
      const kind = tokens.value(creds.password);
      if (kind !== 'github' && kind !== 'maybe') return;
      this.need({ scope: 'packages', level: 'read' }, {
        stepPath: path,
        span: valueSpan(creds, 'password') ?? valueSpan(holder, 'image')!,
        reason: `pulls ${holder.image} from ghcr.io with the token`,
        source: 'heuristic',
        confidence: 'likely',
        level: 'read',
      }, kind === 'maybe' ? 'token-expression' : 'heuristic');
    };
    check(this.job.job.container, [...this.job.path, 'container']);
    const services = this.job.job.services;
    if (isMap(services)) for (const name of Object.keys(services)) check(services[name], [...this.job.path, 'services', name]);
  }

  private need(need: { scope: string; level: NeedLevel; alternatives?: readonly string[] | undefined }, reason: NeedReason, likelyKind: DoubtKind): void {
    this.builder.need(need.scope, need.alternatives?.length ? { ...reason, alternatives: need.alternatives } : reason);
    if (reason.confidence === 'likely') this.builder.doubt('likely', { kind: likelyKind, stepPath: reason.stepPath, span: reason.span, reason: reason.reason });
  }

  private doubt(confidence: 'likely' | 'unknown', kind: DoubtKind, ref: StepRef, span: Span, reason: string): void {
    this.builder.doubt(confidence, { kind, stepPath: ref.path, span, reason });
  }

  /** `with:` inputs and step `env:` values that hand over the GITHUB_TOKEN (or may). */
  private explicitTokens(ref: StepRef, tokens: TokenClassifier, except: ReadonlySet<string> = new Set()): string[] {
    const out: string[] = [];
    const w = ref.step.with;
    if (isMap(w)) {
      for (const k of Object.keys(w)) {
        if (except.has(`with.${k}`)) continue;
        const kind = tokens.value(w[k]);
        if (kind === 'github' || kind === 'maybe') out.push(`with.${k}`);
      }
    }
    const env = ref.step.env;
    if (isMap(env)) {
      for (const k of Object.keys(env)) {
        if (except.has(`env.${k}`)) continue;
        const kind = tokens.value(env[k]);
        if (kind === 'github' || kind === 'maybe') out.push(`env.${k}`);
      }
    }
    return out;
  }

  private usesStep(ref: StepRef, uses: string, layers: EnvLayer[], tokens: TokenClassifier): void {
    const anchor = stepAnchor(ref);
    const parsed = parseUses(uses);
    if (parsed.kind === 'local') {
      this.doubt('unknown', 'local-action', ref, anchor, `local action ${uses.trim()}: not resolved here`);
      return;
    }
    if (parsed.kind === 'unknown') {
      this.doubt('unknown', 'unresolvable-uses', ref, anchor, `\`uses: ${uses.trim()}\` cannot be resolved`);
      return;
    }
    if (parsed.kind === 'docker') {
      // A container image gets no github.token by default: only what the step hands it.
      const given = this.explicitTokens(ref, tokens);
      if (given.length > 0) this.doubt('unknown', 'docker-action-token', ref, anchor, `the container action ${uses.trim()} is handed the GITHUB_TOKEN (${given.join(', ')})`);
      return;
    }
    const key = knowledgeKey(parsed)!;
    const entry = knowledgeFor(key);
    if (!entry) {
      const given = this.explicitTokens(ref, tokens);
      if (given.length > 0) {
        this.doubt('unknown', 'unknown-action-token', ref, anchor, `${key} is not in the knowledge base and is handed the GITHUB_TOKEN (${given.join(', ')})`);
      } else {
        this.doubt('likely', 'unknown-action', ref, anchor, `${key} is not in the knowledge base; it may still use the GITHUB_TOKEN by default`);
      }
      return;
    }
    this.knownAction(ref, entry, anchor, layers, tokens);
  }

  /** Which token a known action works with: its token inputs if given, else its token env vars, else its defaults. */
  private tokenOf(entry: ActionKnowledge, inputs: YMap | undefined, layers: EnvLayer[], tokens: TokenClassifier): TokenKind {
    if (entry.implicitToken) return 'github';
    if (entry.gitCredentials) return this.gitToken;
    const given = entry.tokenInputs.filter((t) => inputs && Object.prototype.hasOwnProperty.call(inputs, t.name));
    if (given.length > 0) return strongestToken(given.map((t) => tokens.value(inputs![t.name])));
    const env = entry.tokenEnv.map((name) => envEntry(layers, name)).filter((e) => e !== undefined);
    if (env.length > 0) return strongestToken(env.map((e) => tokens.value(e.value)));
    return entry.tokenInputs.some((t) => t.defaultIsGithubToken) ? 'github' : 'none';
  }

  private knownAction(ref: StepRef, entry: ActionKnowledge, anchor: Span, layers: EnvLayer[], tokens: TokenClassifier): void {
    const inputs = isMap(ref.step.with) ? ref.step.with : undefined;
    const token = this.tokenOf(entry, inputs, layers, tokens);
    const base = { stepPath: ref.path, span: anchor, source: 'knowledge' as const, action: entry.action, definedAt: entry.definedAt, reference: entry.source };
    const apply = (needs: readonly KnowledgeNeed[], reason: string, sure: 'certain' | 'likely', likelyKind: DoubtKind): void => {
      for (const n of needs) {
        if (n.scope !== 'id-token' && token !== 'github' && token !== 'maybe') continue; // another credential does it
        const maybe = n.scope !== 'id-token' && token === 'maybe';
        const confidence = sure === 'likely' || maybe ? 'likely' : 'certain';
        const shown = maybe ? `${entry.action}: ${reason} (if its token is the GITHUB_TOKEN)` : `${entry.action}: ${reason}`;
        this.need(n, { ...base, reason: shown, confidence, level: n.level, ...(n.privateOnly ? { privateOnly: true as const } : {}) }, maybe ? 'token-expression' : likelyKind);
      }
    };

    // An entry we are not sure of does not matter when the step hands the action another credential (unless OIDC).
    const oidc = [entry.needs, ...entry.cases.map((c) => c.needs)].some((needs) => needs.some((n) => n.scope === 'id-token'));
    if (entry.confidence === 'likely' && (token !== 'other' || oidc)) {
      this.doubt('likely', 'knowledge-likely', ref, anchor, `${entry.action}: the knowledge base is not sure of this action (${entry.reason})`);
    }
    apply(entry.needs, entry.reason, entry.confidence, 'knowledge-likely');
    for (const c of entry.cases) {
      const decision = evaluateCondition(c.when, inputs);
      if (decision === 'no') continue;
      if (decision === 'undecided') {
        apply(c.needs, `${c.reason} (its inputs are given by expressions: assumed to apply)`, 'likely', 'condition-expression');
      } else apply(c.needs, c.reason, c.confidence, 'knowledge-likely');
    }

    // The token handed over where the knowledge base does not expect it.
    const expected = new Set([...entry.tokenInputs.map((t) => `with.${t.name}`), ...entry.tokenEnv.map((n) => `env.${n}`)]);
    for (const name of entry.shellInputs) expected.add(`with.${name}`);
    if (entry.githubScriptInput) expected.add(`with.${entry.githubScriptInput}`);
    if ((entry.githubScriptInput || entry.shellInputs.length > 0) && isMap(ref.step.env)) {
      // The environment of the script the action runs: judged by what the script does with it.
      for (const k of Object.keys(ref.step.env)) expected.add(`env.${k}`);
    }
    const unlisted = this.explicitTokens(ref, tokens, expected);
    if (unlisted.length > 0) {
      this.doubt('likely', 'unlisted-token-input', ref, anchor, `${entry.action} is handed the GITHUB_TOKEN in ${unlisted.join(', ')}, which the knowledge base does not list as a way it takes a token`);
    }

    for (const name of entry.shellInputs) {
      const script = inputs?.[name];
      if (typeof script === 'string') this.script(ref, script, valueSpan(inputs!, name)!, layers, tokens);
    }
    if (entry.githubScriptInput) this.githubScript(ref, entry, inputs, token, layers, tokens);
    if (entry.checkout) this.checkout(inputs, token);
  }

  /** actions/checkout (and wrappers) leave the token in .git/config unless persist-credentials is false. */
  private checkout(inputs: YMap | undefined, token: TokenKind): void {
    const persist = inputs?.['persist-credentials'];
    if (persist === false || (typeof persist === 'string' && persist.trim().toLowerCase() === 'false')) return;
    const expression = typeof persist === 'string' && persist.includes('${{');
    this.gitToken = expression && token === 'github' ? 'maybe' : token;
  }

  private githubScript(ref: StepRef, entry: ActionKnowledge, inputs: YMap | undefined, token: TokenKind, layers: EnvLayer[], tokens: TokenClassifier): void {
    const name = entry.githubScriptInput!;
    const script = inputs?.[name];
    if (typeof script !== 'string') return;
    const span = valueSpan(inputs!, name)!;
    // The GITHUB_TOKEN read from the environment (process.env.X) goes wherever the code sends it. Each variable the
    // script reads is looked up (one pass over the script, however many variables the job has).
    const seen = new Set<string>();
    for (const read of script.matchAll(PROCESS_ENV_READ_RE)) {
      const envName = (read[1] ?? read[2])!;
      if (seen.has(envName)) continue;
      seen.add(envName);
      const set = envEntry(layers, envName);
      const kind = set === undefined ? 'none' : tokens.value(set.value);
      if (kind !== 'github' && kind !== 'maybe') continue;
      this.doubt('unknown', 'github-script', ref, this.locate(script, span, read.index, read.index + read[0].length), `${entry.action}: the script reads the GITHUB_TOKEN from ${read[0]}, and we do not follow where it goes`);
    }
    if (token !== 'github' && token !== 'maybe') return; // the client is authenticated with another token
    if (/^\s*\$\{\{[^}]*\}\}\s*$/.test(script)) {
      this.doubt('unknown', 'github-script', ref, span, `${entry.action}: the script is given by an expression`);
      return;
    }
    const analysis = analyseGithubScript(script);
    for (const n of analysis.needs) {
      const at = this.locate(script, span, n.start, n.end);
      const reason = token === 'maybe' ? `${n.reason} (if github-token is the GITHUB_TOKEN)` : n.reason;
      this.need(n, { stepPath: ref.path, span: at, reason, source: 'heuristic', confidence: 'likely', level: n.level }, token === 'maybe' ? 'token-expression' : 'heuristic');
    }
    for (const d of analysis.doubts) this.doubt('unknown', 'github-script', ref, this.locate(script, span, d.start, d.end), `${entry.action}: ${d.reason}`);
  }

  /**
   * The token-carrying variables of the job's and the workflow's `env:`: the same for every step of the walk, so
   * classified once (with those layers alone: a step's `env:` does not reach the job's values).
   */
  private ambientVars: ScriptTokenVar[] | undefined;

  private ambientTokenVars(layers: readonly EnvLayer[]): ScriptTokenVar[] {
    if (!this.ambientVars) {
      const outer = layers.filter((l) => l.level !== 'step');
      const tokens = new TokenClassifier(this.file, outer);
      this.ambientVars = [];
      for (const [name, { value, layer }] of visibleEnv(outer)) {
        const kind = tokens.value(value);
        if (kind === 'github' || kind === 'maybe') this.ambientVars.push({ name, kind, level: layer.level });
      }
    }
    return this.ambientVars;
  }

  /** The variables visible to the step that carry (or may carry) the token: the step's own, then the job's and workflow's it does not redefine. */
  private tokenVarsOf(layers: readonly EnvLayer[], tokens: TokenClassifier): ScriptTokenVar[] {
    const ambient = this.ambientTokenVars(layers);
    const own = layers.find((l) => l.level === 'step')?.env;
    if (!own) return ambient;
    const out: ScriptTokenVar[] = [];
    for (const name of Object.keys(own)) {
      const kind = tokens.value(own[name]);
      if (kind === 'github' || kind === 'maybe') out.push({ name, kind, level: 'step' });
    }
    for (const v of ambient) if (!Object.prototype.hasOwnProperty.call(own, v.name)) out.push(v);
    return out;
  }

  /** A shell script: `run:`, or an action input that holds one. */
  private script(ref: StepRef, text: string, span: Span, layers: EnvLayer[], tokens: TokenClassifier): void {
    const tokenVars = this.tokenVarsOf(layers, tokens);
    const ghVar = envEntry(layers, 'GH_TOKEN') ? 'GH_TOKEN' : envEntry(layers, 'GITHUB_TOKEN') ? 'GITHUB_TOKEN' : undefined;
    const ghEnvToken = ghVar === undefined ? 'none' : tokens.value(envEntry(layers, ghVar)!.value);
    const reachable = (k: TokenKind): boolean => k === 'github' || k === 'maybe';
    // A script that cannot reach the token needs nothing of it; most scripts end here.
    if (tokenVars.length === 0 && !reachable(ghEnvToken) && !reachable(this.gitToken) && !text.includes('${{')) return;
    const analysis = analyseScript({
      text,
      tokenVars,
      ghEnvToken,
      ...(ghVar !== undefined ? { ghEnvVar: ghVar } : {}),
      gitToken: this.gitToken,
      expression: (inner) => tokens.expression(inner),
      ...(this.shellOf(ref) !== undefined ? { shell: this.shellOf(ref)! } : {}),
    });
    this.gitToken = analysis.gitToken;
    for (const n of analysis.needs) {
      const at = this.locate(text, span, n.start, n.end);
      this.need(n, { stepPath: ref.path, span: at, reason: n.reason, source: 'heuristic', confidence: 'likely', level: n.level }, n.maybe ? 'token-expression' : 'heuristic');
    }
    for (const d of analysis.doubts) {
      const at = d.start === d.end ? span : this.locate(text, span, d.start, d.end);
      this.doubt(d.confidence, d.kind, ref, at, d.reason);
    }
  }

  /** The step's shell: its own, else the job's or the workflow's `defaults.run.shell`. */
  private shellOf(ref: StepRef): string | undefined {
    const fromDefaults = (holder: YMap | undefined): unknown => {
      const d = holder?.defaults;
      return isMap(d) && isMap(d.run) ? d.run.shell : undefined;
    };
    const shell = ref.step.shell ?? fromDefaults(this.job?.job) ?? fromDefaults(this.root);
    return typeof shell === 'string' ? shell : undefined;
  }

  /** Absolute offsets of text.slice(start, end), found verbatim inside the value's span; else the whole value. */
  private locate(text: string, span: Span, start: number, end: number): Span {
    const snippet = text.slice(start, end).split('\n', 1)[0]!.trimEnd();
    if (snippet.trim() === '') return span;
    const at = this.file.text.indexOf(snippet, span[0]);
    return at >= 0 && at + snippet.length <= span[1] ? [at, at + snippet.length] : span;
  }
}
