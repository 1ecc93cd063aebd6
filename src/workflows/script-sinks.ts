/**
 * Where a `run:` script puts a credential: environment files read by every later step, step outputs, git config (a
 * URL with the credential in it), a command line, the log. Shared by the rules on the GITHUB_TOKEN and on other
 * secrets; they decide what the sink is worth.
 *
 * Line-based and deliberately literal: a value is tracked when it appears inline (`${{ secrets.X }}`) or through an
 * environment variable set from it in `env:` (step, job or workflow); shell variables assigned in the script are not
 * followed.
 */
import type { SourceFile } from './source.js';
import { indexOfWithin } from './lines.js';
import type { StepRef } from './model.js';
import { findExpressions } from './expressions.js';
import { isMap, type Span } from './yaml.js';

export type SinkKind =
  /** Written to $GITHUB_ENV (or `::set-env`): an environment variable of every later step and action in the job. */
  | 'env-file'
  /** Written to $GITHUB_OUTPUT (or `::set-output`): a step output, readable by later steps. */
  | 'output-file'
  /** Written to $GITHUB_STEP_SUMMARY: shown on the run page; GitHub masks registered secrets there. */
  | 'summary-file'
  /** In a URL that git stores: clone, `remote add|set-url`, `config` (`insteadOf`), submodule, ~/.git-credentials. */
  | 'url-persisted'
  /** In the user-info part of a URL on a command line (push, fetch, curl …). */
  | 'url-userinfo'
  /** In a URL query parameter (`?key=…`). */
  | 'url-query'
  /** Printed with echo/printf/Write-Host: GitHub masks the exact value in the log. */
  | 'print';

export interface ScriptSink {
  kind: SinkKind;
  /** 0-based line of the script. */
  line: number;
  /** Which tracked value (the label the caller gave it). */
  label: string;
}

export interface TrackedValues {
  /** Environment variable names (as written in `env:`) whose value carries a tracked value → its labels. */
  env: ReadonlyMap<string, readonly string[]>;
  /** Labels of the tracked values an inline expression (the text inside `${{ }}`) carries. */
  inline(inner: string): readonly string[];
}


const SINK_FILE_RE = /\$\{?(GITHUB_ENV|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)\b\}?|\$env:(GITHUB_ENV|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)\b|%(GITHUB_ENV|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)%/i;
const WRITE_RE = />|\btee\b|\b(?:Out-File|Add-Content|Set-Content)\b/i;
/** Commands whose argument text is what they emit. */
const EMIT_RE = /^(?:echo|printf|Write-Output|Write-Host|Add-Content|Set-Content|Out-File|"|')/i;
const PRINT_RE = /^(?:echo|printf|Write-Host|Write-Output)\b/i;
const GIT_PERSIST_RE = /\bgit\b.*\b(?:clone|remote\s+(?:add|set-url)|config|submodule\s+add)\b|\binsteadOf\b|\.git-credentials\b/i;

interface Ref {
  labels: readonly string[];
  start: number;
  end: number;
}

/**
 * Any variable reference — `${NAME…}`, `$env:NAME`, `$NAME`, `%NAME%` — its name looked up afterwards: the work is
 * one pass over the text, whatever the number of variables (a pattern naming each of them was not: 25,000 variables
 * over 8,000 steps took 76 s).
 */
const VAR_REF_RE = /\$\{([A-Za-z_][A-Za-z0-9_]*)|\$env:([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)|%([^%\s]+)%/gi;

/**
 * Calls `found` for each reference in `text` to a variable of `envByLower` (lower-cased names), with its offsets; stops
 * when `found` returns true. A `${NAME…}` reference runs to its closing brace (`${TOKEN}@host`, `${TOKEN:-x}`).
 */
function forEachEnvRef(text: string, index: LowerIndex, found: (labels: readonly string[], start: number, end: number) => boolean | void): void {
  const re = new RegExp(VAR_REF_RE.source, 'gi');
  // The next `}` at or after some offset, remembered: references come in order, so finding them costs one pass.
  let close = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    const entries = index.get(name.toLowerCase());
    if (!entries) continue;
    const labels = entries.length === 1 ? entries[0]![1] : entries.flatMap(([, l]) => l);
    let end = m.index + m[0].length;
    if (m[1] !== undefined) {
      const next = text[end];
      if (next !== '}' && next !== ':' && next !== '#' && next !== '%' && next !== '/') continue; // `${NAMEX}`: another name
      if (close !== Infinity && close < end) {
        const at = text.indexOf('}', end);
        close = at < 0 ? Infinity : at;
      }
      if (close === Infinity) continue; // never closed: not a reference
      end = close + 1;
    }
    if (found(labels, m.index, end) === true) return;
  }
}

/**
 * Names (lower case) of the variables `text` reads — `$NAME`, `${NAME…`, `$env:NAME`, `%NAME%` — in one pass: a
 * caller asking about each of thousands of variables with its own pattern reads the text thousands of times.
 */
export function referencedVariables(text: string): Set<string> {
  const out = new Set<string>();
  const re = new RegExp(VAR_REF_RE.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) out.add((m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase());
  return out;
}

function refsOnLine(raw: string, tracked: TrackedValues, index: LowerIndex): Ref[] {
  const refs: Ref[] = [];
  if (raw.includes('${{')) {
    for (const occ of findExpressions(raw)) {
      const labels = tracked.inline(occ.inner);
      if (labels.length) refs.push({ labels, start: occ.start, end: occ.end });
    }
  }
  if (index.size > 0) forEachEnvRef(raw, index, (labels, start, end) => void refs.push({ labels, start, end }));
  return refs.sort((a, b) => a.start - b.start);
}

/** The segment of a command line holding offset `at`: between `;`, `&&`, `||` and `|`. */
function segmentStart(raw: string, at: number): number {
  const before = raw.slice(0, at);
  let start = 0;
  for (const m of before.matchAll(/;|&&|\|\|?/g)) start = m.index + m[0].length;
  return start;
}

/**
 * A command as the shell sees it: physical lines joined across `\` (or PowerShell backtick) continuations, plus
 * where its output goes when it sits inside a `{ … } >> file` group or is the body of a here-document.
 */
export interface Command {
  text: string;
  /** Offset in `text` where each physical line starts, and that line's number in the script. */
  lines: Array<{ at: number; line: number }>;
  /** The redirect of an enclosing `{ … }` / `( … )` group, or the here-document's command line. */
  outer: string;
  /** Here-document body: the text is data the enclosing command writes, not a command. */
  heredoc: boolean;
}

const HEREDOC_RE = /<<-?\s*(['"]?)([A-Za-z_][\w-]*)\1/;

export function commands(script: string): Command[] {
  const physical = script.split('\n');
  const outer: string[] = physical.map(() => '');
  const inHeredoc: boolean[] = physical.map(() => false);
  // Here-documents: the body lines until the delimiter.
  for (let i = 0; i < physical.length; i++) {
    const m = HEREDOC_RE.exec(physical[i]!);
    if (!m) continue;
    const delimiter = m[2]!;
    let j = i + 1;
    for (; j < physical.length && physical[j]!.trim() !== delimiter; j++) {
      inHeredoc[j] = true;
      outer[j] = physical[i]!;
    }
    i = j;
  }
  // Brace and subshell groups on lines of their own: `{` … `} >> "$GITHUB_ENV"`.
  const open: number[] = [];
  physical.forEach((raw, i) => {
    if (inHeredoc[i]) return;
    const t = raw.trim();
    if (t === '{' || t === '(') open.push(i);
    else if ((t.startsWith('}') || t.startsWith(')')) && open.length) {
      const from = open.pop()!;
      for (let j = from + 1; j < i; j++) outer[j] = `${outer[j]} ${t.slice(1)}`;
    }
  });
  const out: Command[] = [];
  for (let i = 0; i < physical.length; i++) {
    if (inHeredoc[i]) {
      out.push({ text: physical[i]!, lines: [{ at: 0, line: i }], outer: outer[i]!, heredoc: true });
      continue;
    }
    const cmd: Command = { text: '', lines: [], outer: outer[i]!, heredoc: false };
    for (;;) {
      const raw = physical[i]!;
      const continued = /(?:\\|`)\s*$/.test(raw) && i + 1 < physical.length && !inHeredoc[i + 1];
      cmd.lines.push({ at: cmd.text.length, line: i });
      cmd.text += continued ? `${raw.replace(/(?:\\|`)\s*$/, '')} ` : raw;
      if (!continued) break;
      i++;
    }
    out.push(cmd);
  }
  return out;
}

const ENV_FILE_RE = /\$\{?(GITHUB_ENV|GITHUB_PATH)\b\}?|\$env:(GITHUB_ENV|GITHUB_PATH)\b|%(GITHUB_ENV|GITHUB_PATH)%/i;

/**
 * The environment file a command writes to — $GITHUB_ENV (variables) or $GITHUB_PATH (PATH entries) of every later
 * step — directly (`>>`, `tee`, PowerShell `Add-Content`/`Out-File`) or as a line of a `{ … } >> "$GITHUB_ENV"` group
 * or a here-document written there; undefined for any other command.
 */
export function environmentFileTarget(cmd: Command): 'GITHUB_ENV' | 'GITHUB_PATH' | undefined {
  const context = `${cmd.text} ${cmd.outer}`;
  const m = ENV_FILE_RE.exec(context);
  if (!m || !WRITE_RE.test(context)) return undefined;
  return (m[1] ?? m[2] ?? m[3])!.toUpperCase() as 'GITHUB_ENV' | 'GITHUB_PATH';
}

function classify(cmd: Command, ref: Ref): SinkKind | undefined {
  const raw = cmd.text;
  const before = raw.slice(0, ref.start);
  const after = raw.slice(ref.end);
  // Inside `$( … )` the value is an argument of a command whose output is what gets used.
  if ((before.match(/\$\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) return undefined;
  if (/::add-mask::/.test(before)) return undefined;
  const text = raw.trim();
  const context = `${raw} ${cmd.outer}`;
  const command = raw.slice(segmentStart(raw, ref.start)).trimStart();
  const emits = cmd.heredoc || EMIT_RE.test(command) || EMIT_RE.test(text);
  const sink = SINK_FILE_RE.exec(context);
  if (sink && WRITE_RE.test(context) && emits) {
    const name = (sink[1] ?? sink[2] ?? sink[3])!.toUpperCase();
    return name === 'GITHUB_ENV' ? 'env-file' : name === 'GITHUB_OUTPUT' ? 'output-file' : 'summary-file';
  }
  if (/::set-output\s/.test(before)) return 'output-file';
  if (/::set-env\s/.test(before)) return 'env-file';
  if (/:\/\/[^\s'"]*$/.test(before) && /^[^\s'"/]*@/.test(after)) return GIT_PERSIST_RE.test(context) ? 'url-persisted' : 'url-userinfo';
  if (/:\/\/[^\s'"]*[?&][\w.-]+=$/.test(before)) return 'url-query';
  if (!cmd.heredoc && PRINT_RE.test(text) && !/[|>]/.test(context)) return 'print';
  return undefined;
}

/** Variables by lower-cased name (names may differ only in case), with what each carries. */
export type LowerIndex = ReadonlyMap<string, ReadonlyArray<readonly [string, readonly string[]]>>;

const LOWER_INDEX = new WeakMap<ReadonlyMap<string, readonly string[]>, LowerIndex>();

/**
 * `env` (variable → labels) by lower-cased name, once per map: the steps of a job without an `env:` of their own share
 * one map (envCarrying), so a job's variables are indexed once, not once per step.
 */
export function lowerIndex(env: ReadonlyMap<string, readonly string[]>): LowerIndex {
  let index = LOWER_INDEX.get(env);
  if (!index) {
    const m = new Map<string, Array<readonly [string, readonly string[]]>>();
    for (const [name, labels] of env) {
      const key = name.toLowerCase();
      const list = m.get(key);
      if (list) list.push([name, labels]);
      else m.set(key, [[name, labels]]);
    }
    index = m;
    LOWER_INDEX.set(env, index);
  }
  return index;
}

/** Every line of `script` that puts a tracked value into a sink; one finding per line and label. */
export function scriptSinks(script: string, tracked: TrackedValues): ScriptSink[] {
  const index = lowerIndex(tracked.env);
  // Most scripts hold none of the tracked values: check that (one pass over the whole script) before splitting them
  // into commands. A reference within one line is found the same in the whole script.
  if (!findExpressions(script).some((e) => tracked.inline(e.inner).length > 0)) {
    if (index.size === 0) return [];
    let any = false;
    forEachEnvRef(script, index, () => (any = true));
    if (!any) return [];
  }
  const out: ScriptSink[] = [];
  for (const cmd of commands(script)) {
    const seen = new Set<string>();
    for (const ref of refsOnLine(cmd.text, tracked, index)) {
      const kind = classify(cmd, ref);
      if (!kind) continue;
      const line = [...cmd.lines].reverse().find((l) => l.at <= ref.start)!.line;
      for (const label of ref.labels) {
        if (seen.has(label)) continue;
        seen.add(label);
        out.push({ kind, line, label });
      }
    }
  }
  return out;
}

export type EnvCarrying = Map<string, readonly string[]>;

function addLayer(out: EnvCarrying, env: unknown, labelsOf: (value: string) => readonly string[]): void {
  if (!isMap(env)) return;
  for (const name of Object.keys(env)) {
    const value = env[name];
    // A later level redefines the variable: what it held before no longer reaches the script.
    out.delete(name);
    if (typeof value !== 'string' || !value.includes('${{')) continue;
    const labels = labelsOf(value);
    if (labels.length) out.set(name, labels);
  }
}

const ENV_MEMO = Symbol('envCarrying');

/**
 * Environment variables of a step (workflow, job and step `env:`) whose value carries what `labelsOf` recognises.
 * `key` names the labeller: the workflow and job levels are computed once per file, job and key.
 */
export function envCarrying(file: SourceFile, step: StepRef, key: string, labelsOf: (value: string) => readonly string[]): EnvCarrying {
  let memo = file.memo.get(ENV_MEMO) as Map<string, EnvCarrying> | undefined;
  if (!memo) file.memo.set(ENV_MEMO, (memo = new Map()));
  const id = `${key}\u0000${step.job?.id ?? ''}`;
  let base = memo.get(id);
  if (!base) {
    base = new Map();
    if (file.kind === 'workflow') addLayer(base, file.root.env, labelsOf);
    if (step.job) addLayer(base, step.job.job.env, labelsOf);
    memo.set(id, base);
  }
  if (!isMap(step.step.env)) return base;
  const out = new Map(base);
  addLayer(out, step.step.env, labelsOf);
  return out;
}

/** Labels carried by the expressions of a string value, with `inline` judging each `${{ }}`. */
export function labelsInValue(value: string, inline: (inner: string) => readonly string[]): string[] {
  const out = new Set<string>();
  for (const occ of findExpressions(value)) for (const l of inline(occ.inner)) out.add(l);
  return [...out];
}

const LINE_SPANS = Symbol('scriptLineSpans');

/**
 * Absolute span of line `n` of a string value, located in the source; the whole value when not found. The spans of a
 * value's lines are found once, in one pass with a moving cursor (linear in the value), and kept per file: a script of
 * thousands of reported lines must not cost thousands of passes over it.
 */
export function scriptLineSpan(file: SourceFile, valueSpan: Span, value: string, n: number): Span {
  let byValue = file.memo.get(LINE_SPANS) as Map<string, Array<Span | undefined>> | undefined;
  if (!byValue) file.memo.set(LINE_SPANS, (byValue = new Map()));
  const key = `${valueSpan[0]}:${valueSpan[1]}`;
  let spans = byValue.get(key);
  if (!spans) {
    spans = [];
    let from = valueSpan[0];
    // A line not found verbatim (folded or escaped text) costs a search to the end of the value: after a few, stop
    // searching, so that cost stays bounded too.
    let misses = 0;
    for (const raw of value.split('\n')) {
      const line = raw.trim();
      const at = line && misses < 32 ? indexOfWithin(file.text, line, from, valueSpan[1]) : -1;
      if (at >= 0) {
        spans.push([at, at + line.length]);
        from = at + line.length;
      } else {
        if (line) misses++;
        spans.push(undefined);
      }
    }
    byValue.set(key, spans);
  }
  return spans[n] ?? valueSpan;
}
