import type { Rule, RuleContext } from '../model/rule.js';
import type { Severity } from '../model/severity.js';
import { isMap, valueSpan, type Span, type YMap } from '../workflows/yaml.js';
import { jobsOf, stepGroups, type StepRef } from '../workflows/model.js';
import type { SourceFile } from '../workflows/source.js';
import { envCarrying, labelsInValue, scriptLineSpan, scriptSinks, type SinkKind } from '../workflows/script-sinks.js';
import { isUnpinnedThirdParty } from '../workflows/third-party.js';
import { classifySecret, credentialSecretsIn } from '../workflows/secret-kinds.js';
import { exposureNote, jobTokenContext, lazyContext, shiftByExposure, stepTokenContext, type LazyContext } from '../workflows/token-power.js';
import type { PathSegment } from '../workflows/paths.js';


const carried = (file: SourceFile, value: unknown): string[] =>
  typeof value === 'string' && value.includes('${{') ? labelsInValue(value, (inner) => credentialSecretsIn(file, inner)) : [];

/** Base severity of a long-lived secret in each sink (before who-can-start-it moves it). */
const SINK_SEVERITY: Record<SinkKind, Severity> = {
  'url-persisted': 'high',
  'env-file': 'medium',
  'output-file': 'medium',
  'url-userinfo': 'medium',
  'url-query': 'low',
  'summary-file': 'low',
  print: 'low',
};

const SINK_TEXT: Record<SinkKind, string> = {
  'url-persisted': 'in a URL that git stores (.git/config, ~/.gitconfig or ~/.git-credentials): every later step, and anything that archives the workspace or home directory, can read it',
  'env-file': 'to $GITHUB_ENV: every later step and action of the job gets it in its environment',
  'output-file': 'to $GITHUB_OUTPUT: it becomes a step output later steps and actions can read',
  'url-userinfo': 'in a URL on a command line, where other processes, audit logs and error messages see it',
  'url-query': 'in a URL query string, which lands on the command line and in server and proxy logs',
  'summary-file': 'to $GITHUB_STEP_SUMMARY (GitHub masks the exact value there, not encoded or partial forms)',
  print: 'to the log (GitHub masks the exact value, not encoded or partial forms)',
};

const VERB: Record<SinkKind, string> = {
  'url-persisted': 'puts',
  'env-file': 'writes',
  'output-file': 'writes',
  'url-userinfo': 'puts',
  'url-query': 'puts',
  'summary-file': 'writes',
  print: 'prints',
};

/** The first later step of the job that runs an unpinned third-party action: it would get a $GITHUB_ENV secret. */
function laterUnpinnedAction(step: StepRef, group: readonly StepRef[], owner: string | undefined): StepRef | undefined {
  return group.find((s) => s.index > step.index && isUnpinnedThirdParty(s.step.uses, owner));
}

function checkRun(context: RuleContext, step: StepRef, group: readonly StepRef[], ctx: LazyContext): void {
  const { file } = context;
  const run = step.step.run;
  if (typeof run !== 'string') return;
  const tracked = {
    env: envCarrying(file, step, 'secrets', (v) => labelsInValue(v, (inner) => credentialSecretsIn(file, inner))),
    inline: (inner: string) => credentialSecretsIn(file, inner),
  };
  for (const sink of scriptSinks(run, tracked)) {
    let severity = SINK_SEVERITY[sink.kind];
    let note = '';
    const later = sink.kind === 'env-file' ? laterUnpinnedAction(step, group, context.repositoryOwner) : undefined;
    if (later) {
      severity = 'high';
      note = `; a later step runs ${String(later.step.uses).trim()}, a third-party action not pinned to a commit SHA`;
    }
    const kind = classifySecret(sink.label);
    context.report({
      message: `A \`run:\` script ${VERB[sink.kind]} secret ${sink.label}${kind.kind === 'unknown' ? '' : ` (${kind.label})`} ${SINK_TEXT[sink.kind]}${note}${exposureNote(ctx())}`,
      severity: shiftByExposure(severity, ctx()),
      span: scriptLineSpan(file, valueSpan(step.step, 'run')!, run, sink.line),
      path: [...step.path, 'run', sink.kind, sink.label],
      ...(later ? { related: [{ message: 'this action gets the environment variable', span: valueSpan(later.step, 'uses')! }] } : {}),
    });
  }
}

/** Secrets handed to an unpinned third-party action (`with:`/`env:` of a step) or reusable workflow (`secrets:`/`with:`). */
function checkHandedOver(context: RuleContext, holder: YMap, keys: readonly string[], path: PathSegment[], ctx: LazyContext): void {
  const uses = holder.uses;
  if (typeof uses !== 'string' || !isUnpinnedThirdParty(uses, context.repositoryOwner)) return;
  // Who controls what the ref points at: the repository's maintainers, or whoever can push the image tag.
  const who = uses.trim().startsWith('docker://')
    ? 'whoever can push that image tag'
    : `${uses.trim().split('@')[0]!.split('/').slice(0, 2).join('/')}'s maintainers, or whoever compromises them`;
  const what = path.includes('steps') ? 'action' : 'reusable workflow';
  // One finding per step or job: the fix (pin the ref) is one, whatever the number of secrets.
  const handed: Array<{ secret: string; label: string; highValue: boolean; span: Span }> = [];
  for (const key of keys) {
    const map = holder[key];
    if (!isMap(map)) continue;
    for (const input of Object.keys(map)) {
      for (const secret of carried(context.file, map[input])) {
        if (handed.some((h) => h.secret === secret)) continue;
        const kind = classifySecret(secret, input);
        handed.push({ secret, label: kind.label, highValue: kind.highValue, span: valueSpan(map, input)! });
      }
    }
  }
  if (handed.length === 0) return;
  const first = handed.find((h) => h.highValue) ?? handed[0]!;
  const list = handed.map((h) => `${h.secret} (${h.label})`).join(', ');
  context.report({
    message: `${handed.length === 1 ? 'Secret' : 'Secrets'} ${list} ${handed.length === 1 ? 'is' : 'are'} handed to third-party ${what} ${uses.trim()}, which is not pinned to a commit SHA: whoever can move that ref (${who}) gets ${handed.length === 1 ? 'it' : 'them'}${exposureNote(ctx(), true)}`,
    severity: shiftByExposure(first.highValue ? 'high' : 'medium', ctx(), true),
    span: first.span,
    path: [...path, 'unpinned-secrets'],
    ...(handed.length > 1 ? { related: handed.filter((h) => h !== first).map((h) => ({ message: `secret ${h.secret}`, span: h.span })) } : {}),
  });
}

export const secretExposure: Rule = {
  meta: {
    id: 'secret-exposure',
    category: 'secret-exposure',
    defaultSeverity: 'medium',
    summary:
      'A secret (other than the GITHUB_TOKEN) stored in a URL git keeps, written to $GITHUB_ENV/$GITHUB_OUTPUT, put on a command line or in the log, or handed to an unpinned third-party action.',
    remediation:
      'Pass secrets to the one step that needs them through `env:`, and to tools through stdin, a credential helper or a header; never write them to $GITHUB_ENV, $GITHUB_OUTPUT or git config; pin third-party actions to a full commit SHA before giving them a secret.',
    docs: '#rule-secret-exposure',
    tags: ['secret-leak', 'supply-chain'],
    appliesTo: ['workflow'],
  },
  check(context) {
    const { file } = context;
    const groups = stepGroups(file);
    jobsOf(file.root).forEach((job, i) => {
      const ctx = lazyContext(() => jobTokenContext(file, job));
      checkHandedOver(context, job.job, ['secrets', 'with'], job.path, ctx);
      const group = groups[i] ?? [];
      for (const step of group) {
        const stepCtx = lazyContext(() => stepTokenContext(ctx(), step));
        checkHandedOver(context, step.step, ['with', 'env'], step.path, stepCtx);
        checkRun(context, step, group, stepCtx);
      }
    });
  },
};
