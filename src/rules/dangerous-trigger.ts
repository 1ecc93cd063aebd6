import type { Rule } from '../model/rule.js';
import { entrySpan, isMap, valueSpan, type Span, type YMap } from '../workflows/yaml.js';
import { allSteps, jobsOf, stepsOfJob, triggers, usesAction, type StepRef } from '../workflows/model.js';
import { indexOfWithin } from '../workflows/lines.js';

/** Triggers that run with a write token and secrets in the context of the base repository. */
const RISKY = new Set(['pull_request_target', 'workflow_run']);
/** Triggers under which running pull-request code is critical. */
const CRITICAL_WITH_UNTRUSTED_CODE = new Set(['pull_request_target', 'workflow_run', 'issue_comment']);

/** Expressions and refs that name the pull request's (attacker-controlled) head. */
const UNTRUSTED_REF_RE =
  /github\.event\.pull_request\.head\.|github\.head_ref|refs\/pull\/|github\.event\.workflow_run\.head_|github\.event\.workflow_run\.pull_requests|github\.event\.issue\.pull_request|github\.event\.pull_request\.merge_commit_sha/i;
const UNTRUSTED_RUN_RE = /\bgh\s+pr\s+checkout\b|\brefs\/pull\/|\bgit\s+fetch\b[^\n]*\bpull\/[^\s/]+\/(?:head|merge)\b/i;

interface UntrustedCheckout {
  span: Span;
  what: string;
}

function untrustedCheckout(step: StepRef, text: string): UntrustedCheckout | undefined {
  const s = step.step;
  if (usesAction(s, 'actions/checkout') && isMap(s.with)) {
    const w = s.with as YMap;
    for (const input of ['ref', 'repository']) {
      const v = w[input];
      if (typeof v === 'string' && UNTRUSTED_REF_RE.test(v)) {
        return { span: entrySpan(w, input)!, what: `checks out pull-request code (\`${input}: ${v.trim()}\`)` };
      }
    }
  }
  const match = typeof s.run === 'string' ? UNTRUSTED_RUN_RE.exec(s.run) : null;
  if (match) {
    // Point at the command itself when the script holds it verbatim (block and plain scalars do).
    const run = valueSpan(s, 'run')!;
    const at = indexOfWithin(text, match[0], run[0], run[1]);
    const span: Span = at >= 0 ? [at, at + match[0].length] : run;
    return { span, what: 'fetches and checks out pull-request code in a `run:` script' };
  }
  return undefined;
}

/** The one exception peers agree on: a single job whose single step is actions/labeler. */
function onlyLabeler(root: YMap): boolean {
  const jobs = jobsOf(root);
  if (jobs.length !== 1) return false;
  const steps = stepsOfJob(jobs[0]!);
  return steps.length === 1 && usesAction(steps[0]!.step, 'actions/labeler');
}

export const dangerousTrigger: Rule = {
  meta: {
    id: 'dangerous-trigger',
    category: 'dangerous-trigger',
    defaultSeverity: 'medium',
    summary:
      'pull_request_target / workflow_run run with a write token and secrets; checking out pull-request code under them (or issue_comment) hands both to the PR author.',
    remediation:
      'Prefer `pull_request`. If the privileged trigger is needed, never check out or run the pull request\'s code in that workflow: split it into an unprivileged `pull_request` workflow and a privileged one that only consumes its artifacts.',
    docs: '#rule-dangerous-trigger',
    tags: ['pwn-request'],
    appliesTo: ['workflow'],
  },
  check(context) {
    const { root } = context.file;
    const events = triggers(root);
    const risky = events.filter((t) => RISKY.has(t.name));
    const critical = events.filter((t) => CRITICAL_WITH_UNTRUSTED_CODE.has(t.name));
    if (critical.length > 0) {
      for (const step of allSteps(context.file)) {
        const hit = untrustedCheckout(step, context.file.text);
        if (!hit) continue;
        const names = critical.map((t) => t.name).join(', ');
        context.report({
          message: `This ${names} workflow ${hit.what}: the pull request's author controls code that runs with secrets and a write token`,
          severity: 'critical',
          span: hit.span,
          path: [...step.path, 'untrusted-checkout'],
          related: critical.map((t) => ({ message: `privileged trigger ${t.name}`, span: t.span })),
        });
      }
    }
    if (risky.length > 0 && !onlyLabeler(root)) {
      for (const t of risky) {
        context.report({
          message: `\`${t.name}\` runs with a write token and secrets even for pull requests from forks`,
          span: t.span,
          path: ['on', t.name],
        });
      }
    }
  },
};
