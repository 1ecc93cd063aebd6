import type { Rule, RuleContext } from '../model/rule.js';
import type { Severity } from '../model/severity.js';
import { isMap, keySpan, valueSpan, type YMap } from '../workflows/yaml.js';
import { allSteps, jobsOf, type StepRef } from '../workflows/model.js';
import { findExpressions, mentionsSecretsOrToken } from '../workflows/expressions.js';
import type { SourceFile } from '../workflows/source.js';
import { envCarrying, labelsInValue, scriptLineSpan, scriptSinks, type SinkKind } from '../workflows/script-sinks.js';
import { actionOrigin } from '../workflows/third-party.js';
import {
  exposureNote,
  jobTokenContext,
  lazyContext,
  shiftByExposure,
  stepTokenContext,
  workflowTokenContext,
  writeWeight,
  type JobTokenContext,
  type LazyContext,
  type TokenPower,
} from '../workflows/token-power.js';
import type { PathSegment } from '../workflows/paths.js';

const TOKEN = 'GITHUB_TOKEN';
const CONTEXT = 'toJSON(github)';

/** The token itself (`github.token`, `secrets.GITHUB_TOKEN`), not a test of it. */
function tokenIn(file: SourceFile, inner: string): readonly string[] {
  return mentionsSecretsOrToken(inner) && file.expressions.analyse(inner).valueGithubToken ? [TOKEN] : [];
}

/** The whole github context (`toJSON(github)`), which holds `github.token`. */
function contextIn(file: SourceFile, inner: string): readonly string[] {
  return /\bgithub\b(?!\s*[.[])/i.test(inner) && file.expressions.analyse(inner).valueGithubContext ? [CONTEXT] : [];
}

const carries = (file: SourceFile, value: unknown): string[] =>
  typeof value === 'string' && value.includes('${{') ? labelsInValue(value, (inner) => [...tokenIn(file, inner), ...contextIn(file, inner)]) : [];

/** Base severity of each sink by what the token can do: [write, unknown, read]. */
const SINK_SEVERITY: Record<SinkKind | 'action' | 'context', readonly [Severity, Severity, Severity]> = {
  action: ['high', 'high', 'low'],
  'env-file': ['high', 'medium', 'low'],
  'output-file': ['high', 'medium', 'low'],
  'url-persisted': ['high', 'medium', 'low'],
  'url-userinfo': ['medium', 'low', 'low'],
  'url-query': ['medium', 'low', 'low'],
  'summary-file': ['low', 'low', 'low'],
  print: ['low', 'low', 'low'],
  context: ['high', 'medium', 'low'],
};
const POWER_INDEX: Record<TokenPower, number> = { write: 0, unknown: 1, read: 2 };

function severityFor(kind: keyof typeof SINK_SEVERITY, ctx: JobTokenContext): Severity {
  let base = SINK_SEVERITY[kind][POWER_INDEX[ctx.power]]!;
  // Handed to someone else's code, a write token is worth what its most valuable scope can do.
  if (kind === 'action' && ctx.power === 'write') base = writeWeight(ctx.permissions) ?? base;
  return shiftByExposure(base, ctx, kind === 'action');
}

const SINK_TEXT: Record<SinkKind, string> = {
  'env-file': 'writes the token to $GITHUB_ENV: every later step and action of the job gets it in its environment',
  'output-file': 'writes the token to $GITHUB_OUTPUT: it becomes a step output later steps can read',
  'summary-file': 'writes the token to $GITHUB_STEP_SUMMARY (GitHub masks it there, but not encoded or partial forms)',
  'url-persisted': 'embeds the token in a URL that git stores (.git/config, ~/.gitconfig or ~/.git-credentials): every later step can read it there',
  'url-userinfo': 'embeds the token in a URL on a command line (process list, error messages)',
  'url-query': 'puts the token in a URL query string (process list, server and proxy logs)',
  print: 'prints the token (GitHub masks the exact value in the log, but not encoded or partial forms)',
};

/** Fingerprint path segments as they were before sinks were graded, so existing alerts keep their identity. */
const FINGERPRINT: Record<SinkKind, string> = {
  'env-file': 'writes the token to $GITHUB_ENV',
  'output-file': 'writes the token to $GITHUB_OUTPUT',
  'summary-file': 'writes the token to $GITHUB_STEP_SUMMARY',
  'url-persisted': 'embeds the token in a URL (it lands in git config, logs and error messages)',
  'url-userinfo': 'embeds the token in a URL (it lands in git config, logs and error messages)',
  'url-query': 'puts the token in a URL query string',
  print: 'prints the token',
};

function tokenNote(ctx: JobTokenContext, raiseOnly = false): string {
  return ` (job token: ${ctx.grant})${exposureNote(ctx, raiseOnly)}`;
}

function checkUsesStep(context: RuleContext, step: StepRef, ctx: LazyContext): void {
  const s = step.step;
  const origin = typeof s.uses === 'string' ? actionOrigin(s.uses, context.repositoryOwner) : undefined;
  if (!origin || !origin.thirdParty || origin.pinned) return;
  for (const holderKey of ['with', 'env'] as const) {
    const holder = s[holderKey];
    if (!isMap(holder)) continue;
    for (const input of Object.keys(holder)) {
      const labels = carries(context.file, holder[input]);
      if (labels.length === 0) continue;
      const what = labels.includes(TOKEN) ? 'The GITHUB_TOKEN is' : '`toJSON(github)` (which holds the token) is';
      context.report({
        message: `${what} handed to third-party action ${String(s.uses).trim()}, which is not pinned to a commit SHA: whoever can move that ref gets the token${tokenNote(ctx(), true)}`,
        severity: severityFor('action', ctx()),
        span: valueSpan(holder as YMap, input)!,
        path: [...step.path, holderKey, input],
      });
    }
  }
}

function checkRunStep(context: RuleContext, step: StepRef, ctx: LazyContext): void {
  const { file } = context;
  const s = step.step;
  if (typeof s.run !== 'string') return;
  const tracked = {
    env: envCarrying(file, step, 'github-token', (v) => labelsInValue(v, (inner) => tokenIn(file, inner))),
    inline: (inner: string) => tokenIn(file, inner),
  };
  for (const sink of scriptSinks(s.run, tracked)) {
    context.report({
      message: `A \`run:\` script ${SINK_TEXT[sink.kind]}${tokenNote(ctx())}`,
      severity: severityFor(sink.kind, ctx()),
      span: scriptLineSpan(file, valueSpan(s, 'run')!, s.run, sink.line),
      path: [...step.path, 'run', FINGERPRINT[sink.kind]],
    });
  }
  // toJSON(github) written into the script: the token is in the script file on the runner and in whatever it feeds.
  const run = s.run;
  if (run.includes('${{') && /\bgithub\b(?!\s*[.[])/i.test(run)) {
    const lines = run.split('\n');
    lines.forEach((line, n) => {
      if (!line.includes('${{') || !findExpressions(line).some((e) => contextIn(file, e.inner).length)) return;
      context.report({
        message: `\`toJSON(github)\` in a \`run:\` script puts the whole github context, github.token included, into the script${tokenNote(ctx())}`,
        severity: severityFor('context', ctx()),
        span: scriptLineSpan(file, valueSpan(s, 'run')!, run, n),
        path: [...step.path, 'run', CONTEXT, n],
      });
    });
  }
}

/** `toJSON(github)` in an `env:` block: every process of the step, job or workflow gets the token in its environment. */
function checkContextInEnv(context: RuleContext, holder: YMap, path: PathSegment[], where: string, ctx: LazyContext): void {
  const env = holder.env;
  if (!isMap(env)) return;
  for (const name of Object.keys(env)) {
    if (!carries(context.file, env[name]).includes(CONTEXT)) continue;
    context.report({
      message: `\`toJSON(github)\` in ${where} \`env:\` (${name}) puts github.token into the environment of every process there${tokenNote(ctx())}`,
      severity: severityFor('context', ctx()),
      span: keySpan(env, name)!,
      path: [...path, 'env', name],
    });
  }
}

export const githubTokenExposure: Rule = {
  meta: {
    id: 'github-token-exposure',
    category: 'github-token-exposure',
    defaultSeverity: 'high',
    summary:
      'The GITHUB_TOKEN handed to an unpinned third-party action, written to $GITHUB_ENV/$GITHUB_OUTPUT, embedded in a URL, printed, or carried by `toJSON(github)`; graded by what the job\'s token can do.',
    remediation:
      'Pin third-party actions to a full commit SHA before giving them the token; pass the token to scripts through `env:` and use it only as a header or credential helper, never print or persist it; pass the github context fields you need, not `toJSON(github)`.',
    docs: '#rule-github-token-exposure',
    tags: ['secret-leak', 'supply-chain'],
    appliesTo: ['workflow', 'action'],
  },
  check(context) {
    const { file } = context;
    if (file.kind === 'workflow') checkContextInEnv(context, file.root, [], 'the workflow-level', lazyContext(() => workflowTokenContext(file, jobsOf(file.root))));
    const jobsSeen = new Set<string>();
    for (const step of allSteps(file)) {
      const jobCtx = lazyContext(() => jobTokenContext(file, step.job));
      if (step.job && !jobsSeen.has(step.job.id)) {
        jobsSeen.add(step.job.id);
        checkContextInEnv(context, step.job.job, step.job.path, `job "${step.job.id}"`, jobCtx);
      }
      const ctx = lazyContext(() => stepTokenContext(jobCtx(), step));
      checkUsesStep(context, step, ctx);
      if (typeof step.step.run === 'string') {
        checkContextInEnv(context, step.step, step.path, 'a step', ctx);
        checkRunStep(context, step, ctx);
      }
    }
  },
};
