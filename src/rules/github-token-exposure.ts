import type { Rule, RuleContext } from '../model/rule.js';
import { isMap, valueSpan, type Span, type YMap } from '../workflows/yaml.js';
import { allSteps, parseUses, type StepRef } from '../workflows/model.js';
import { findExpressions, mentionsSecretsOrToken } from '../workflows/expressions.js';
import type { SourceFile } from '../workflows/source.js';

/** Owners whose actions ship with the platform; everything else is third-party code. */
const FIRST_PARTY_OWNERS = new Set(['actions', 'github']);

function holdsToken(file: SourceFile, value: unknown): boolean {
  if (typeof value !== 'string' || !value.includes('${{')) return false;
  return findExpressions(value).some((e) => mentionsSecretsOrToken(e.inner) && file.expressions.analyse(e.inner).githubToken);
}

/** Environment variable names that carry the token into a step: workflow, job and step `env:`. */
function tokenEnvNames(file: SourceFile, step: StepRef): string[] {
  const names: string[] = [];
  const scan = (env: unknown): void => {
    if (!isMap(env)) return;
    for (const name of Object.keys(env)) if (holdsToken(file, env[name])) names.push(name);
  };
  scan(file.root.env);
  if (step.job) scan(step.job.job.env);
  scan(step.step.env);
  return names;
}

interface Leak {
  what: string;
  line: number;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds lines of a script that write the token somewhere it can be read back or seen. */
function scriptLeaks(script: string, envNames: string[], file: SourceFile): Leak[] {
  const refParts = envNames.map((n) => `\\$\\{?${escapeRe(n)}\\b\\}?|\\$env:${escapeRe(n)}\\b|%${escapeRe(n)}%`);
  const envRe = refParts.length ? new RegExp(refParts.join('|'), 'i') : undefined;
  const leaks: Leak[] = [];
  script.split('\n').forEach((raw, line) => {
    const inline = raw.includes('${{') && holdsToken(file, raw);
    const ref = inline ? /\$\{\{[^}]*\}\}/.exec(raw) : envRe?.exec(raw);
    if (!ref) return;
    const text = raw.trim();
    const at = raw.indexOf(ref[0]);
    const before = raw.slice(0, at);
    const after = raw.slice(at + ref[0].length);
    // Inside `$( … )` the token is an argument of a command whose output is what gets written or printed.
    const inSubstitution = (before.match(/\$\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
    let what: string | undefined;
    const sink = /\$\{?(GITHUB_ENV|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)\b|\$env:(GITHUB_ENV|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)\b/i.exec(raw);
    if (sink && /[>]/.test(raw) && !inSubstitution) what = `writes the token to $${(sink[1] ?? sink[2])!.toUpperCase()}`;
    else if (/:\/\/[^\s'"]*$/.test(before) && /^[^\s'"]*@/.test(after)) what = 'embeds the token in a URL (it lands in git config, logs and error messages)';
    else if (/^(?:echo|printf|Write-Host|Write-Output)\b/i.test(text) && !/[|>]/.test(raw) && !inSubstitution) what = 'prints the token';
    if (what) leaks.push({ what, line });
  });
  return leaks;
}

/** Absolute span of line `n` of a string value, located in the source; the whole value when not found. */
function lineSpan(file: SourceFile, valueSpan_: Span, value: string, n: number): Span {
  const line = value.split('\n')[n]!.trim();
  if (line) {
    const at = file.text.indexOf(line, valueSpan_[0]);
    if (at >= 0 && at < valueSpan_[1]) return [at, at + line.length];
  }
  return valueSpan_;
}

function checkStep(context: RuleContext, step: StepRef): void {
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
            message: `The GITHUB_TOKEN is handed to third-party action ${s.uses.trim()}, which is not pinned to a commit SHA: whoever can move that ref gets the token`,
            span: valueSpan(holder as YMap, input)!,
            path: [...step.path, holderKey, input],
          });
        }
      }
    }
  }
  if (typeof s.run === 'string') {
    const envNames = tokenEnvNames(file, step);
    for (const leak of scriptLeaks(s.run, envNames, file)) {
      context.report({
        message: `A \`run:\` script ${leak.what}`,
        span: lineSpan(file, valueSpan(s, 'run')!, s.run, leak.line),
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
    for (const step of allSteps(context.file)) checkStep(context, step);
  },
};
