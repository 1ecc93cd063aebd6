import type { Rule, RuleContext } from '../model/rule.js';
import { isMap, valueSpan, type Span, type YMap } from '../workflows/yaml.js';
import { allSteps, parseUses, type StepRef } from '../workflows/model.js';
import { findExpressions, mentionsSecretsOrToken } from '../workflows/expressions.js';
import type { SourceFile } from '../workflows/source.js';
import { indexOfWithin } from '../workflows/lines.js';

/** Owners whose actions ship with the platform; everything else is third-party code. */
const FIRST_PARTY_OWNERS = new Set(['actions', 'github']);

function holdsToken(file: SourceFile, value: unknown): boolean {
  if (typeof value !== 'string' || !value.includes('${{')) return false;
  return findExpressions(value).some((e) => mentionsSecretsOrToken(e.inner) && file.expressions.analyse(e.inner).githubToken);
}

/**
 * Environment variable names (lower case) that carry the token into a step: workflow, job and step `env:`. Each
 * `env:` mapping is read once per file (`cache`), however many steps share it.
 */
function tokenEnvNames(file: SourceFile, step: StepRef, cache: Map<object, Set<string>>): Array<Set<string>> {
  const namesIn = (env: unknown): Set<string> | undefined => {
    if (!isMap(env)) return undefined;
    let names = cache.get(env);
    if (!names) {
      names = new Set();
      for (const name of Object.keys(env)) if (holdsToken(file, env[name])) names.add(name.toLowerCase());
      cache.set(env, names);
    }
    return names.size > 0 ? names : undefined;
  };
  return [namesIn(file.root.env), step.job ? namesIn(step.job.job.env) : undefined, namesIn(step.step.env)].filter((n): n is Set<string> => n !== undefined);
}

interface Leak {
  what: string;
  line: number;
  /** The line as written in the script. */
  text: string;
}

interface Ref {
  index: number;
  text: string;
}

const ENV_RE = /\$env:(\w+)/iy;

function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/**
 * The first reference in `line` to a variable in `names` (lower case): `$NAME`, `${NAME}`, `$env:NAME`, `%NAME%`,
 * case-insensitive, the name ending at a word boundary — what one regular expression alternating every name finds,
 * in time linear in the line whatever the number of names (each `$` reads the word after it, each `%` the text up to
 * the next `%`). Names that are not words match only as `%NAME%`: `$MY-VAR` is `$MY` to a shell.
 */
export function envReference(line: string, names: ReadonlyArray<Set<string>>): Ref | undefined {
  if (names.length === 0) return undefined;
  const known = (name: string): boolean => names.some((set) => set.has(name.toLowerCase()));
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x24 /* $ */) {
      // PowerShell's $env:NAME first: `$env` could itself be a name.
      ENV_RE.lastIndex = i;
      const env = ENV_RE.exec(line);
      if (env && known(env[1]!)) return { index: i, text: env[0] };
      const brace = line.charCodeAt(i + 1) === 0x7b /* { */ ? 1 : 0;
      let end = i + 1 + brace;
      while (end < line.length && isWordChar(line.charCodeAt(end))) end++;
      if (end > i + 1 + brace && known(line.slice(i + 1 + brace, end))) {
        return { index: i, text: line.slice(i, end + (line.charCodeAt(end) === 0x7d /* } */ ? 1 : 0)) };
      }
    } else if (c === 0x25 /* % */) {
      const end = line.indexOf('%', i + 1);
      if (end > i + 1 && known(line.slice(i + 1, end))) return { index: i, text: line.slice(i, end + 1) };
    }
  }
  return undefined;
}

/** The first `${{ … }}` of a line (what `/\$\{\{[^}]*\}\}/` finds), in linear time. */
export function firstExpression(line: string): Ref | undefined {
  let from = line.indexOf('${{');
  while (from >= 0) {
    const close = line.indexOf('}', from + 3);
    if (close < 0) return undefined;
    if (line.charCodeAt(close + 1) === 0x7d) return { index: from, text: line.slice(from, close + 2) };
    // Every start before this lone `}` ends at it too: go on after it.
    from = line.indexOf('${{', close + 1);
  }
  return undefined;
}

/** `/:\/\/[^\s'"]*$/.test(text)`: a URL scheme whose rest runs to the end without a space or quote. */
export function endsInUrl(text: string): boolean {
  const at = text.lastIndexOf('://');
  return at >= 0 && !/[\s'"]/.test(text.slice(at + 3));
}

/** Finds lines of a script that write the token somewhere it can be read back or seen. */
function scriptLeaks(script: string, envNames: ReadonlyArray<Set<string>>, file: SourceFile): Leak[] {
  const leaks: Leak[] = [];
  script.split('\n').forEach((raw, line) => {
    const inline = raw.includes('${{') && holdsToken(file, raw);
    const ref = inline ? firstExpression(raw) : envReference(raw, envNames);
    if (!ref) return;
    const text = raw.trim();
    const at = ref.index;
    const before = raw.slice(0, at);
    const after = raw.slice(at + ref.text.length);
    // Inside `$( … )` the token is an argument of a command whose output is what gets written or printed.
    const inSubstitution = (before.match(/\$\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
    let what: string | undefined;
    const sink = /\$\{?(GITHUB_ENV|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)\b|\$env:(GITHUB_ENV|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)\b/i.exec(raw);
    if (sink && /[>]/.test(raw) && !inSubstitution) what = `writes the token to $${(sink[1] ?? sink[2])!.toUpperCase()}`;
    else if (endsInUrl(before) && /^[^\s'"]*@/.test(after)) what = 'embeds the token in a URL (it lands in git config, logs and error messages)';
    else if (/^(?:echo|printf|Write-Host|Write-Output)\b/i.test(text) && !/[|>]/.test(raw) && !inSubstitution) what = 'prints the token';
    if (what) leaks.push({ what, line, text: raw });
  });
  return leaks;
}

/** At most 200 characters of a value quoted in a message (one finding per input would repeat it). */
function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function checkStep(context: RuleContext, step: StepRef, envCache: Map<object, Set<string>>): void {
  const { file } = context;
  const s = step.step;
  if (typeof s.uses === 'string') {
    const uses = parseUses(s.uses);
    const owner = uses.repository?.split('/')[0];
    if (uses.kind === 'repository' && !uses.pinned && owner !== undefined && !FIRST_PARTY_OWNERS.has(owner)) {
      for (const holderKey of ['with', 'env'] as const) {
        const holder = s[holderKey];
        if (!isMap(holder)) continue;
        for (const input of Object.keys(holder)) {
          if (!holdsToken(file, holder[input])) continue;
          context.report({
            message: `The GITHUB_TOKEN is handed to third-party action ${clip(s.uses.trim())}, which is not pinned to a commit SHA: whoever can move that ref gets the token`,
            span: valueSpan(holder as YMap, input)!,
            path: [...step.path, holderKey, input],
          });
        }
      }
    }
  }
  if (typeof s.run === 'string') {
    const runSpan = valueSpan(s, 'run')!;
    // Each leaking line is located in the source after the one before (block and plain scripts hold their lines
    // verbatim); one not found (escapes, folding) ends the search and the rest point at the whole script.
    let searchFrom: number = runSpan[0];
    for (const leak of scriptLeaks(s.run, tokenEnvNames(file, step, envCache), file)) {
      let span: Span = runSpan;
      const line = leak.text.trim();
      if (line && searchFrom >= 0) {
        const at = indexOfWithin(file.text, line, searchFrom, runSpan[1]);
        if (at >= 0) {
          span = [at, at + line.length];
          searchFrom = at + line.length;
        } else searchFrom = -1;
      }
      context.report({
        message: `A \`run:\` script ${leak.what}`,
        span,
        path: [...step.path, 'run', leak.what],
      });
    }
  }
}

export const githubTokenExposure: Rule = {
  meta: {
    id: 'github-token-exposure',
    category: 'github-token-exposure',
    defaultSeverity: 'high',
    summary:
      'The GITHUB_TOKEN handed to an unpinned third-party action, or written to $GITHUB_ENV/$GITHUB_OUTPUT/the step summary, echoed, or embedded in a URL.',
    remediation:
      'Pin third-party actions to a full commit SHA before giving them the token; pass the token to scripts through `env:` and use it only as a header or credential helper, never print or persist it.',
    docs: '#rule-github-token-exposure',
    tags: ['secret-leak', 'supply-chain'],
    appliesTo: ['workflow', 'action'],
  },
  check(context) {
    const envCache = new Map<object, Set<string>>();
    for (const step of allSteps(context.file)) checkStep(context, step, envCache);
  },
};
