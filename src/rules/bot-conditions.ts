import type { Rule, RuleContext } from '../model/rule.js';
import type { Severity } from '../model/severity.js';
import { jobsOf, stepsOfJob, triggerNames, usesAction, withInput, type JobRef, type StepRef } from '../workflows/model.js';
import { conditionKeepsOutsidersOut, spoofableBotChecks, type BotCheck } from '../workflows/actor-conditions.js';
import { stakesOf } from '../workflows/job-stakes.js';
import { valueSpan, type YMap } from '../workflows/yaml.js';
import type { PathSegment } from '../workflows/paths.js';

/**
 * Triggers whose runs an outsider starts with the base repository's token and secrets, and where a bot can be made
 * the actor: a push to a fork's pull request (`pull_request_target`), or the run a `workflow_run` follows.
 */
const SPOOFABLE_TRIGGERS = ['pull_request_target', 'workflow_run'];

const isTrue = (v: unknown): boolean => v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');

/**
 * The first `dependabot/fetch-metadata` step that fails the job unless the pull request's author is `dependabot[bot]`
 * and its commit is Dependabot's, signed (the action's own check; off with `skip-verification` or
 * `skip-commit-verification`, and no stop with `continue-on-error`). Steps after it never run for a spoofed actor.
 */
function verifyingStep(steps: readonly StepRef[]): StepRef | undefined {
  return steps.find(
    (s) =>
      usesAction(s.step, 'dependabot/fetch-metadata') &&
      !isTrue(withInput(s.step, 'skip-verification')) &&
      !isTrue(withInput(s.step, 'skip-commit-verification')) &&
      !isTrue(s.step['continue-on-error']),
  );
}

interface Guarded {
  job: JobRef;
  /** The steps the condition lets run; undefined for the whole job. */
  steps: readonly StepRef[] | undefined;
  /** A verifying fetch-metadata step that stops the job before the guarded steps that follow it. */
  verifier: StepRef | undefined;
}

function grade(context: RuleContext, g: Guarded): { severity: Severity; atStake: string } {
  if (g.verifier) {
    const what = g.steps ? 'this step never runs' : 'only the steps before it run';
    return { severity: 'low', atStake: `Here ${String(g.verifier.step.uses).trim()} stops the job first for a pull request Dependabot did not open, so ${what} for a spoofed actor` };
  }
  const stakes = stakesOf(context.file, g.job, g.steps);
  return {
    severity: stakes.weight ?? 'low',
    atStake: stakes.what ? `At stake: ${stakes.what}` : 'Nothing of value is at stake there now (no write scope, no secret)',
  };
}

function report(context: RuleContext, holder: YMap, checks: BotCheck[], g: Guarded, events: string[], path: PathSegment[]): void {
  const { severity, atStake } = grade(context, g);
  const guarded = g.steps ? 'this step' : `job "${g.job.id}"`;
  const robust = events.includes('pull_request_target')
    ? 'check who opened the pull request instead (`github.event.pull_request.user.login`), which cannot be spoofed'
    : "check the pull request's author instead (through the API, or in a `pull_request_target` workflow), and that the run comes from this repository (`github.event.workflow_run.head_repository.full_name == github.repository`)";
  const check = checks[0]!;
  context.report({
    message:
      `\`if:\` trusts the actor to be ${check.bot} (\`${check.text}\`) to run ${guarded} in a ${events.join(', ')} workflow, ` +
      'but the actor is whoever caused the latest event: an outsider can make a bot the actor of their own pull request ' +
      `(e.g. by asking Dependabot to rebase it on their fork); ${robust}. ${atStake}`,
    severity,
    span: valueSpan(holder, 'if')!,
    path,
  });
}

export const botConditions: Rule = {
  meta: {
    id: 'bot-conditions',
    category: 'bot-conditions',
    defaultSeverity: 'high',
    summary:
      "An `if:` that trusts a bot by the actor's name (`github.actor == 'dependabot[bot]'`) in a pull_request_target or workflow_run workflow: an outsider can make a bot the actor; graded by the token and secrets of what it guards.",
    remediation:
      "Check who opened the pull request (`github.event.pull_request.user.login == 'dependabot[bot]'`), not who caused the event (`github.actor`, `github.triggering_actor`); under workflow_run, also require `github.event.workflow_run.head_repository.full_name == github.repository`.",
    docs: '#rule-bot-conditions',
    tags: ['spoofing', 'pwn-request'],
    appliesTo: ['workflow'],
  },
  check(context) {
    const { root } = context.file;
    const names = triggerNames(root);
    const events = SPOOFABLE_TRIGGERS.filter((t) => names.has(t));
    if (events.length === 0) return;
    for (const job of jobsOf(root)) {
      const steps = stepsOfJob(job);
      const verifier = verifyingStep(steps);
      const jobChecks = spoofableBotChecks(job.job.if);
      if (jobChecks.length > 0) report(context, job.job, jobChecks, { job, steps: undefined, verifier }, events, [...job.path, 'if']);
      // Inside a job outsiders cannot reach, a step's bot check trusts nobody they could be.
      if (conditionKeepsOutsidersOut(job.job.if)) continue;
      for (const step of steps) {
        const checks = spoofableBotChecks(step.step.if);
        if (checks.length === 0) continue;
        const stoppedBefore = verifier && verifier.index < step.index ? verifier : undefined;
        report(context, step.step, checks, { job, steps: [step], verifier: stoppedBefore }, events, [...step.path, 'if']);
      }
    }
  },
};
