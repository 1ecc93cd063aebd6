/**
 * Where attacker-written data reaches $GITHUB_ENV or $GITHUB_PATH in a step's code: a `run:` script (bash, sh,
 * PowerShell, cmd) or an actions/github-script `script:` (`core.exportVariable`, `core.addPath`).
 *
 * A small taint analysis, line by line and deliberately literal, over what the caller says is attacker data: inline
 * `${{ }}` expressions and environment variables set from them (`TrackedTaint`), and — when the job has put the pull
 * request's code or another run's artifact in the workspace — what a script reads from files. Shell variables assigned
 * from tainted values are followed in script order, through command substitutions that pass the data on
 * (`$(echo "$TITLE" | sed …)`), not through those that only look something up with it (`$(gh api …/$BRANCH --jq
 * .number)`, `$(git rev-parse "$REF")`, arithmetic). A variable checked against an anchored pattern (`[[ $X =~ ^…$ ]]`)
 * is taken as validated from there on.
 */
import { findExpressions } from './expressions.js';
import { commands, environmentFileTarget } from './script-sinks.js';
import { escapeRegExp } from '../model/regex.js';

export type EnvironmentFile = 'GITHUB_ENV' | 'GITHUB_PATH';

/** A kind of attacker data, as the caller names it. */
export interface TaintSource {
  /** For messages: what it is. */
  label: string;
  /** It cannot hold a line break (a branch name, an email): written to $GITHUB_ENV it cannot start another variable. */
  singleLine?: boolean;
}

export interface TaintSources {
  /** Environment variables (as named in `env:`) whose value carries attacker data → what it carries. */
  env: ReadonlyMap<string, TaintSource>;
  /** What attacker data an inline expression (the text inside `${{ }}`) carries, if any. */
  inline(inner: string): TaintSource | undefined;
  /** Set when files in the workspace may be the attacker's: what they are, for messages. */
  files?: string;
}

export interface TaintedWrite {
  file: EnvironmentFile;
  /** 0-based line of the script. */
  line: number;
  /** What attacker data it is (the source's label). */
  source: string;
  /** Variables it went through, in order (`TITLE`, `message`); empty when written straight. */
  via: string[];
  /** No line break can reach the file: the source cannot hold one, or the script strips them (`tr -d '\n'`, `head -n 1`). */
  singleLine: boolean;
  /**
   * `core.exportVariable(name, value)` with a fixed name: @actions/core writes the value between random delimiters, so
   * a line break in it cannot start another variable either.
   */
  delimited?: true;
}

interface Taint {
  source: string;
  via: string[];
  singleLine: boolean;
}

const fromSource = (s: TaintSource, via: string[] = []): Taint => ({ source: s.label, via, singleLine: s.singleLine === true });

/** Shell text that leaves at most one line: newlines deleted (`tr -d '\n'`, `tr -d '[:space:]'`), `head -n 1`, `tail -1`. */
const ONE_LINE_SHELL_RE = /\btr\s+-d\s+["']?[^"'|;)]*(?:\\n|\\r\\n|\[:space:\]|\[:cntrl:\])|\b(?:head|tail)\s+(?:-n\s*)?-?1\b/;
/** JavaScript that removes line breaks: `.replace(/\n/g, '')`, `.replace(/\s+/g, …)`, `.split('\n')[0]`. */
const ONE_LINE_JS_RE = /\.replace(?:All)?\s*\(\s*\/[^/]*(?:\\n|\\s|\\r)[^/]*\/g?|\.split\s*\(\s*['"`]\\n['"`]\s*\)\s*\[\s*0\s*\]/;

/** Commands whose output is looked up with their arguments, not made of them. */
const LOOKUP = new Set([
  'gh', 'curl', 'wget', 'git', 'aws', 'az', 'gcloud', 'kubectl', 'npm', 'test', '[', '[[', 'wc', 'date', 'expr',
  'sha256sum', 'sha1sum', 'sha512sum', 'md5sum', 'cksum', 'exit', 'return', 'true', 'false',
]);
/** Commands that print what a file holds (or what they are fed). */
const READERS = new Set(['cat', 'head', 'tail', 'jq', 'yq', 'awk', 'sed', 'grep', 'cut', 'sort', 'uniq', 'tr', 'xargs', 'unzip', 'tac', 'Get-Content', 'gc', 'type']);

/** Offsets inside single quotes, where a shell does not expand `$X` (GitHub still expands `${{ }}` there). */
function singleQuoted(text: string): (at: number) => boolean {
  const ranges: Array<[number, number]> = [];
  let dq = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && !dq) i++;
    else if (c === '"') dq = !dq;
    else if (c === "'" && !dq) {
      const end = text.indexOf("'", i + 1);
      if (end < 0) break;
      ranges.push([i, end]);
      i = end;
    }
  }
  return (at) => ranges.some(([a, b]) => at > a && at < b);
}

/**
 * The command word of the pipeline stage holding offset `at`: after the innermost unclosed `$(` (or backquote) before
 * it, the last `|`, `;`, `&&`, `||` — skipping `VAR=value` prefixes. `$((` (arithmetic) is reported as `$((`.
 */
function commandWordAt(text: string, at: number): string {
  const opens: Array<{ from: number; arithmetic: boolean }> = [];
  let backquote = -1;
  for (let i = 0; i < at; i++) {
    if (text.startsWith('$((', i)) {
      opens.push({ from: i + 3, arithmetic: true });
      i += 2;
    } else if (text.startsWith('$(', i)) {
      opens.push({ from: i + 2, arithmetic: false });
      i++;
    } else if (text[i] === ')' && opens.length) {
      // `))` closes an arithmetic expansion at once
      if (opens[opens.length - 1]!.arithmetic && text[i + 1] === ')') i++;
      opens.pop();
    } else if (text[i] === '`') backquote = backquote < 0 ? i + 1 : -1;
  }
  const innermost = opens[opens.length - 1];
  if (innermost?.arithmetic) return '$((';
  const stage = text.slice(Math.max(innermost?.from ?? 0, backquote, 0), at);
  const cut = Math.max(stage.lastIndexOf('|'), stage.lastIndexOf(';'), stage.lastIndexOf('&&') >= 0 ? stage.lastIndexOf('&&') + 1 : -1);
  const words = stage.slice(cut + 1).trim().split(/\s+/);
  while (words.length > 1 && /^[A-Za-z_]\w*=/.test(words[0]!)) words.shift();
  return (words[0] ?? '').replace(/^["'({]+/, '');
}

/** Splits a command at `;`, `&&`, `||` outside quotes and `$( … )`, keeping offsets. */
function segments(text: string): Array<{ at: number; text: string }> {
  const out: Array<{ at: number; text: string }> = [];
  let depth = 0;
  let quote: string | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '$' && text[i + 1] === '(') {
      depth++;
      i++;
    } else if (c === ')' && depth > 0) depth--;
    else if (depth === 0 && (c === ';' || (c === '&' && text[i + 1] === '&') || (c === '|' && text[i + 1] === '|'))) {
      out.push({ at: from, text: text.slice(from, i) });
      if (c !== ';') i++;
      from = i + 1;
    }
  }
  out.push({ at: from, text: text.slice(from) });
  return out;
}

function refPattern(names: Iterable<string>): RegExp | undefined {
  const alt = [...names].map(escapeRegExp).join('|');
  if (!alt) return undefined;
  return new RegExp(`\\$\\{#?(${alt})(?:[:#%/^,@[][^}]*)?\\}|\\$(${alt})\\b|\\$env:(${alt})\\b|%(${alt})%`, 'gi');
}

/** Tainted shell variables followed at most (real scripts carry a handful). */
const MAX_TAINTED = 64;

const FILE_READ_RE = /\$\(\s*<|`\s*</;

class ShellTaint {
  private readonly tainted = new Map<string, Taint>();
  /** The reference pattern of the current tainted names, rebuilt only when they change. */
  private pattern: RegExp | undefined;
  private patternFor = '';

  constructor(private readonly sources: TaintSources) {
    for (const [name, source] of sources.env) this.tainted.set(name.toLowerCase(), fromSource(source, [name]));
  }

  /** The taint a piece of script text carries into a value, if any. */
  valueTaint(text: string, expands = true): Taint | undefined {
    for (const occ of text.includes('${{') ? findExpressions(text) : []) {
      const source = this.sources.inline(occ.inner);
      if (source) return fromSource(source);
    }
    if (expands && this.tainted.size) {
      const quoted = singleQuoted(text);
      const key = [...this.tainted.keys()].join('\u0000');
      if (key !== this.patternFor) {
        this.pattern = refPattern(this.tainted.keys());
        this.patternFor = key;
      }
      const re = this.pattern!;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (quoted(m.index)) continue;
        const word = commandWordAt(text, m.index);
        if (word === '$((' || LOOKUP.has(word)) continue;
        const t = this.tainted.get((m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase());
        if (t) return t;
      }
    }
    if (this.sources.files && this.readsFile(text)) return { source: this.sources.files, via: [], singleLine: false };
    return undefined;
  }

  /** A file read: `$(<f)`, a reader command in a stage (`cat f`, `jq … f`, `… < f`). */
  private readsFile(text: string): boolean {
    if (FILE_READ_RE.test(text)) return true;
    const stages = text.split(/\$\(|`|\||;|&&/);
    return stages.some((stage) => {
      const words = stage.trim().split(/\s+/);
      while (words.length > 1 && /^[A-Za-z_]\w*=/.test(words[0]!)) words.shift();
      const word = words[0] ?? '';
      return (READERS.has(word) && words.length > 1) || /(?:^|\s)<\s*["']?[\w.$/{}-]/.test(stage.replace(/<<-?\s*\S+|<<</g, ''));
    });
  }

  /** Taints `name` with what `value` (the text assigned) carries; a value cut to one line stays one line. */
  assign(name: string, value: string, taint: Taint | undefined = this.valueTaint(value)): void {
    // A bound on the names followed keeps a hostile script of thousands of assignments linear.
    if (taint && (this.tainted.size < MAX_TAINTED || this.tainted.has(name.toLowerCase()))) {
      this.tainted.set(name.toLowerCase(), { source: taint.source, via: [...taint.via, name], singleLine: taint.singleLine || ONE_LINE_SHELL_RE.test(value) });
    } else if (!taint) this.tainted.delete(name.toLowerCase());
  }

  /** Assignments, `read`, `for` and validations of one command segment. */
  track(segment: string): void {
    const s = segment.trim();
    let m = /^(?:(?:export|local|readonly|typeset|declare(?:\s+-\w+)*)\s+)?([A-Za-z_]\w*)=(.*)$/s.exec(s);
    if (m && !/^\w+=\S*\s+\S/.test(s.replace(/"[^"]*"|'[^']*'|\$\([^)]*\)/g, 'x'))) {
      this.assign(m[1]!, m[2]!);
      return;
    }
    m = /^\$(?:env:)?([A-Za-z_]\w*)\s*=\s*(.+)$/is.exec(s);
    if (m) {
      this.assign(m[1]!, m[2]!);
      return;
    }
    m = /^read\b((?:\s+-\w+(?:\s+\S+)?)*?)\s+([A-Za-z_]\w*(?:\s+[A-Za-z_]\w*)*)\s*(<<<\s*(.+)|<\s*(\S+))?/.exec(s);
    if (m && m[3]) {
      // `read` stops at the first line break (without -d).
      const taint = m[4] !== undefined ? this.valueTaint(m[4]) : this.sources.files ? { source: this.sources.files, via: [], singleLine: false } : undefined;
      const oneLine = taint && !/\s-d\b/.test(m[1] ?? '') ? { ...taint, singleLine: true } : taint;
      for (const name of m[2]!.split(/\s+/)) this.assign(name, '', oneLine);
      return;
    }
    m = /^for\s+([A-Za-z_]\w*)\s+in\s+(.+?)(?:;\s*do\b.*)?$/.exec(s);
    if (m) {
      this.assign(m[1]!, m[2]!);
      return;
    }
    // `[[ "$X" =~ ^[0-9]+$ ]]`: X is validated against an anchored pattern.
    const check = /\$\{?([A-Za-z_]\w*)\}?["']?\s*=~\s*["']?\^/.exec(s);
    if (check) this.tainted.delete(check[1]!.toLowerCase());
  }
}

/** Writes of attacker data to $GITHUB_ENV / $GITHUB_PATH in a shell (or PowerShell, cmd) script; one per line. */
export function taintedShellWrites(script: string, sources: TaintSources): TaintedWrite[] {
  if (!/GITHUB_(?:ENV|PATH)/i.test(script)) return [];
  if (sources.env.size === 0 && sources.files === undefined && !script.includes('${{')) return [];
  const shell = new ShellTaint(sources);
  const out: TaintedWrite[] = [];
  for (const cmd of commands(script)) {
    const target = environmentFileTarget(cmd);
    if (cmd.heredoc) {
      if (!target) continue;
      const taint = shell.valueTaint(cmd.text, !/<<-?\s*['"]/.test(cmd.outer));
      if (taint) out.push({ file: target, line: cmd.lines[0]!.line, ...taint });
      continue;
    }
    if (target) {
      const taint = shell.valueTaint(cmd.text);
      if (taint) out.push({ file: target, line: cmd.lines[0]!.line, ...taint, singleLine: taint.singleLine || ONE_LINE_SHELL_RE.test(cmd.text) });
    }
    for (const seg of segments(cmd.text)) shell.track(seg.text);
  }
  return out;
}

/** Where a call's first argument ends: the first comma outside brackets and string literals (or the end). */
function firstArgumentEnd(args: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let k = 0; k < args.length; k++) {
    const c = args[k]!;
    if (quote) {
      if (c === '\\') k++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) return k;
  }
  return args.length;
}

/** `context.payload.a.b` → `github.event.a.b`: the expression the caller's `inline` judges. */
/** Property accesses, not method calls: `.title` of `pr.title.trim()`. */
const MEMBERS = String.raw`((?:\s*\.\s*[A-Za-z_$][\w$]*(?![\w$])(?!\s*\()|\s*\[\s*\d+\s*\])*)`;
const PAYLOAD_RE = new RegExp(String.raw`\bcontext\s*\.\s*payload` + MEMBERS, 'g');
const EXPORT_RE = /\bcore\s*\.\s*(exportVariable|addPath)\s*\(/g;

function memberPath(text: string): string {
  return text.replace(/\s+/g, '').replace(/\[(\d+)\]/g, '.$1');
}

/**
 * Writes of attacker data through `core.exportVariable(name, value)` / `core.addPath(dir)` in an actions/github-script
 * `script:`. Identifiers are followed through `const|let|var` declarations: an alias of a part of the event payload
 * (`const pr = context.payload.pull_request`, `const { title } = context.payload.pull_request`) keeps its path, so
 * `pr.title` is judged as `github.event.pull_request.title` and `pr.number` as the number it is; `Number(…)`,
 * `parseInt(…)` make a value safe.
 */
export function taintedScriptExports(script: string, sources: TaintSources): TaintedWrite[] {
  if (!/\bcore\s*\.\s*(?:exportVariable|addPath)\b/.test(script)) return [];
  const aliases = new Map<string, string>();
  const tainted = new Map<string, Taint>();
  const lineStarts = [0];
  for (let i = script.indexOf('\n'); i >= 0; i = script.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const patterns = new Map<string, { member: RegExp; word: RegExp }>();
  const patternOf = (name: string) => {
    let p = patterns.get(name);
    if (!p) {
      p = { member: new RegExp(`(?<![\\w$.])${escapeRegExp(name)}` + MEMBERS, 'g'), word: new RegExp(`(?<![\\w$.])${escapeRegExp(name)}(?![\\w$])`) };
      patterns.set(name, p);
    }
    return p;
  };
  const oneLine = (t: Taint | undefined, text: string): Taint | undefined => (t && ONE_LINE_JS_RE.test(text) ? { ...t, singleLine: true } : t);

  const judge = (text: string): Taint | undefined => {
    if (/^\s*(?:Number|parseInt|parseFloat|Math\.\w+)\s*\(/.test(text)) return undefined;
    for (const occ of text.includes('${{') ? findExpressions(text) : []) {
      const source = sources.inline(occ.inner);
      if (source) return oneLine(fromSource(source), text);
    }
    for (const m of text.matchAll(PAYLOAD_RE)) {
      const source = sources.inline(`github.event${memberPath(m[1]!)}`);
      if (source) return oneLine(fromSource(source), text);
    }
    for (const [name, path] of aliases) {
      for (const m of text.matchAll(patternOf(name).member)) {
        const source = sources.inline(`${path}${memberPath(m[1]!)}`);
        if (source) return oneLine(fromSource(source, [name]), text);
      }
    }
    for (const [name, t] of tainted) {
      if (patternOf(name).word.test(text)) return oneLine(t, text);
    }
    for (const m of text.matchAll(/\bprocess\s*\.\s*env\s*(?:\.\s*([A-Za-z_]\w*)|\[\s*['"]([^'"]+)['"]\s*\])/g)) {
      const name = (m[1] ?? m[2])!;
      const source = [...sources.env].find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
      if (source) return oneLine(fromSource(source, [name]), text);
    }
    if (sources.files && /\breadFileSync\s*\(/.test(text)) return oneLine({ source: sources.files, via: [], singleLine: false }, text);
    return undefined;
  };

  // Declarations and plain assignments, in order: `const x = …`, `x = …` up to the end of the statement (`;` or the
  // line, with chained `.method()` lines).
  const ASSIGN_RE = /(?:\b(?:const|let|var)\s+(\{[^}]*\}|\[[^\]]*\]|[A-Za-z_$][\w$]*)|(?<![\w$.\])])([A-Za-z_$][\w$]*))\s*=(?![=>])\s*([^;\n]+(?:\n\s*[.?][^;\n]*)*)/g;
  const out: TaintedWrite[] = [];
  const events: Array<{ at: number; run: () => void }> = [];
  for (const m of script.matchAll(ASSIGN_RE)) {
    events.push({
      at: m.index,
      run: () => {
        const target = (m[1] ?? m[2])!;
        const rhs = m[3]!.trim();
        const pathMatch = /^(?:context\s*\.\s*payload|([A-Za-z_$][\w$]*))((?:\s*\.\s*[A-Za-z_$][\w$]*|\s*\[\s*\d+\s*\])*)\s*$/.exec(rhs);
        const base = pathMatch ? (pathMatch[1] === undefined ? 'github.event' : aliases.get(pathMatch[1])) : undefined;
        // An alias keeps its path (`const pr = context.payload.pull_request`); an array pattern takes elements, judged below.
        if (base !== undefined && !target.startsWith('[')) {
          const path = `${base}${memberPath(pathMatch![2]!)}`;
          if (target.startsWith('{')) {
            for (const part of target.slice(1, -1).split(',')) {
              const [key, local] = part.split(':').map((p) => p.trim().split('=')[0]!.trim());
              if (key && aliases.size < MAX_TAINTED) aliases.set(local || key, `${path}.${key}`);
            }
          } else if (aliases.size < MAX_TAINTED) aliases.set(target, path);
          return;
        }
        const taint = judge(rhs);
        const names = /^[{[]/.test(target)
          ? target
              .slice(1, -1)
              .split(',')
              .map((p) => (p.split(':').pop() ?? '').split('=')[0]!.replace('...', '').trim())
          : [target];
        for (const name of names.filter(Boolean)) {
          aliases.delete(name);
          if (taint && (tainted.size < MAX_TAINTED || tainted.has(name))) tainted.set(name, { ...taint, via: [...taint.via, name] });
          else if (!taint) tainted.delete(name);
        }
      },
    });
  }
  for (const m of script.matchAll(EXPORT_RE)) {
    events.push({
      at: m.index,
      run: () => {
        // The call's arguments: up to the matching parenthesis.
        let depth = 1;
        let i = m.index + m[0].length;
        // Real calls are short: an unbalanced one must not cost a scan to the end of the script per call.
        const limit = Math.min(script.length, i + 4096);
        for (; i < limit && depth > 0; i++) {
          if (script[i] === '(') depth++;
          else if (script[i] === ')') depth--;
        }
        const args = script.slice(m.index + m[0].length, i - 1);
        const taint = judge(args);
        if (!taint) return;
        if (m[1] === 'addPath') {
          out.push({ file: 'GITHUB_PATH', line: lineOf(m.index), ...taint });
          return;
        }
        // exportVariable(name, value): an outsider who sets the name picks the variable (NODE_OPTIONS …).
        const nameTaint = judge(args.slice(0, firstArgumentEnd(args)));
        out.push({ file: 'GITHUB_ENV', line: lineOf(m.index), ...(nameTaint ?? taint), ...(nameTaint ? {} : { delimited: true as const }) });
      },
    });
  }
  events.sort((a, b) => a.at - b.at).forEach((e) => e.run());
  return out;
}
