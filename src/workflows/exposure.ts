/**
 * Who can start a workflow and reach a job: the context that grades a permission or a credential finding.
 *
 * GitHub's documented behaviour decides the levels:
 * - `outsider`: events anyone with a GitHub account can cause, which run in the base repository with its secrets and a
 *   token that can write (`pull_request_target`, `issue_comment`, `issues`, `discussion`, `discussion_comment`,
 *   `workflow_run`, `watch`, `fork`). Forked pull requests on `pull_request` get a read-only token and no secrets, so
 *   they are not here.
 * - `contributor`: events that need push access or a pull request (push to branches, `pull_request`, `merge_group`,
 *   reviews, `create`, `delete`, check and status events …): the common case and the reference level.
 * - `maintainer`: events only maintainers start — `schedule` (edited through the default branch), `workflow_dispatch`
 *   and `repository_dispatch` (write access), tag-only pushes, `release`, `deployment*`, `workflow_call` (judged at
 *   the caller).
 */
import type { Severity } from '../model/severity.js';
import { entrySpan, isMap, valueSpan, type Span, type YMap } from './yaml.js';
import { triggers, usesAction, type StepRef } from './model.js';
import { indexOfWithin } from './lines.js';

/** Expressions and refs that name the pull request's (attacker-controlled) head. */
export const UNTRUSTED_REF_RE =
  /github\.event\.pull_request\.head\.|github\.head_ref|refs\/pull\/|github\.event\.workflow_run\.head_|github\.event\.workflow_run\.pull_requests|github\.event\.issue\.pull_request|github\.event\.pull_request\.merge_commit_sha/i;

const UNTRUSTED_RUN_RE = /\bgh\s+pr\s+checkout\b|\brefs\/pull\/|\bgit\s+fetch\b[^\n]*\bpull\/[^\s/]+\/(?:head|merge)\b/i;

export interface UntrustedCheckout {
  span: Span;
  what: string;
}

/**
 * A step that puts the pull request's code in the workspace: an `actions/checkout` of its head (`ref` or `repository`
 * from the pull request, `refs/pull/…`), or a `run:` script with `gh pr checkout` or a fetch of `pull/N/head`.
 * `text` is the file's text (to point at the command).
 */
export function untrustedCheckout(step: StepRef, text: string): UntrustedCheckout | undefined {
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

export type Exposure = 'outsider' | 'contributor' | 'maintainer';

const OUTSIDER_EVENTS = new Set(['pull_request_target', 'issue_comment', 'issues', 'discussion', 'discussion_comment', 'workflow_run', 'watch', 'fork']);
const MAINTAINER_EVENTS = new Set([
  'schedule',
  'workflow_dispatch',
  'repository_dispatch',
  'release',
  'deployment',
  'deployment_status',
  'workflow_call',
  'registry_package',
  'page_build',
]);

const RANK: Record<Exposure, number> = { maintainer: 0, contributor: 1, outsider: 2 };

export interface TriggerExposure {
  level: Exposure;
  /** The events that set the level (the most exposed ones). */
  events: string[];
}

/** A `push` trigger limited to tags (no `branches`, some `tags`): only people who can push tags start it. */
function tagOnlyPush(on: unknown): boolean {
  if (!isMap(on)) return false;
  const push = on.push;
  if (!isMap(push)) return false;
  const has = (k: string) => Object.prototype.hasOwnProperty.call(push, k);
  return (has('tags') || has('tags-ignore')) && !has('branches') && !has('branches-ignore');
}

function eventExposure(name: string, on: unknown): Exposure {
  if (OUTSIDER_EVENTS.has(name)) return 'outsider';
  if (MAINTAINER_EVENTS.has(name)) return 'maintainer';
  if (name === 'push' && tagOnlyPush(on)) return 'maintainer';
  return 'contributor';
}

const EXPOSURE = Symbol('exposure');

/** The most exposed level among the workflow's triggers (a workflow with no readable trigger counts as contributor). */
export function triggerExposure(root: YMap): TriggerExposure {
  const cached = (root as unknown as Record<symbol, TriggerExposure | undefined>)[EXPOSURE];
  if (cached) return cached;
  const list = triggers(root);
  let level: Exposure = list.length === 0 ? 'contributor' : 'maintainer';
  // Each event once, in order of first mention (a list may name one many times).
  let events = new Set<string>();
  for (const t of list) {
    const e = eventExposure(t.name, root.on);
    if (RANK[e] > RANK[level]) {
      level = e;
      events = new Set([t.name]);
    } else if (e === level) events.add(t.name);
  }
  const result = { level, events: [...events] };
  Object.defineProperty(root, EXPOSURE, { value: result, enumerable: false });
  return result;
}

export interface Gate {
  /** `strong`: outsiders cannot pass it. `weak`: a maintainer's action lets them through (a label), or time-of-check. */
  strength: 'strong' | 'weak';
  what: string;
  /**
   * The gate reads a flag of the pull request (`head.repo.fork == false`, `!…head.repo.fork`): under any event but
   * `pull_request_target` there is no pull request, and GitHub compares `null == false` as numbers (0 == 0), so it lets
   * everyone through — see gateHolds.
   */
  pullRequestOnly?: true;
}

const BOT_RE = /\[bot\]|^dependabot|^renovate|-bot$/i;
const FORKS_EXCLUDED_RE =
  /head\.repo\.full_name\s*==\s*github\.repository\b|github\.repository\s*==\s*github\.event\.pull_request\.head\.repo\.full_name|head_repository\.full_name\s*==\s*github\.repository\b|head\.repo\.full_name\s*==\s*'[^']+'/;
const FORK_FLAG_RE = /head\.repo\.fork\s*==\s*false|!\s*github\.event\.pull_request\.head\.repo\.fork/;
const ACTOR_EQ_RE = /github\.(?:actor|triggering_actor|event\.(?:pull_request\.user\.login|comment\.user\.login|sender\.login))\s*==\s*'([^']+)'/g;

/**
 * A condition that keeps outsiders from reaching the job or step: forks excluded, the author's association, an
 * allow-list of (human) actors, or a label a maintainer adds. A bot actor is no gate: an attacker can make a bot the
 * actor of their event (e.g. by asking Dependabot to rebase their pull request).
 */
export function gateIn(condition: unknown): Gate | undefined {
  if (typeof condition !== 'string') return undefined;
  const c = condition;
  if (FORKS_EXCLUDED_RE.test(c)) return { strength: 'strong', what: 'pull requests from forks are excluded' };
  if (/author_association/.test(c) && /\b(?:OWNER|MEMBER|COLLABORATOR)\b/.test(c) && !/!=/.test(c)) {
    return { strength: 'strong', what: "the author's association (owner, member or collaborator) is checked" };
  }
  const names = [...c.matchAll(ACTOR_EQ_RE)].map((m) => m[1]!);
  if (names.length > 0 && names.every((n) => !BOT_RE.test(n))) return { strength: 'strong', what: `only ${names.join(', ')} can run it` };
  if (/contains\s*\(\s*fromjson\s*\(/i.test(c) && /github\.(?:actor|triggering_actor)|user\.login/.test(c) && !BOT_RE.test(c)) {
    return { strength: 'strong', what: 'an actor allow-list is checked' };
  }
  if (FORK_FLAG_RE.test(c)) return { strength: 'strong', what: 'pull requests from forks are excluded', pullRequestOnly: true };
  if (/labels\.\*\.name|github\.event\.label\.name/.test(c)) {
    return { strength: 'weak', what: 'a maintainer must add a label first (the pull request can still change after it)' };
  }
  return undefined;
}

/**
 * A script asking GitHub for the actor's permission on the repository, or their membership. A user or team name has
 * no `/`: the classes exclude it, so no run of text is read twice (a hostile line of repeated `/collaborators/`).
 */
const PERMISSION_QUERY_RE =
  /\bgetCollaboratorPermissionLevel\b|\bcheckCollaborator\b|\bcheckMembershipForUser\b|\bgetMembershipForUserInOrg\b|\/collaborators\/[^\s'"`/]+\/permission\b|\/teams\/[^\s'"`/]+\/memberships\//;
/** …and stopping the job otherwise: a JavaScript throw or setFailed, a non-zero exit. */
const STOPS_JOB_RE = /\bthrow\b|\bcore\.setFailed\s*\(|\bprocess\.exit\s*\(\s*[1-9]|(?:^|[\s;&|])exit\s+[1-9]/m;
/** A condition that runs a step after an earlier one failed. */
const RUNS_AFTER_FAILURE_RE = /\b(?:always|failure|cancelled)\s*\(/;

/**
 * A step earlier in the job that checks the actor's permission on the repository (a github-script call such as
 * `getCollaboratorPermissionLevel`, or `gh api …/collaborators/USER/permission`) and fails the job otherwise: an
 * outsider's run stops there, before `ref`. It only counts when it always runs (no `if:`), its failure stops the job
 * (no `continue-on-error`), and `ref` does not run after a failure (`always()`, `failure()`). Read from the script,
 * not proven: the message says so.
 */
export function permissionCheckBefore(ref: StepRef): Gate | undefined {
  if (typeof ref.step.if === 'string' && RUNS_AFTER_FAILURE_RE.test(ref.step.if)) return undefined;
  return firstPermissionCheck(ref.steps) < ref.index ? PERMISSION_CHECK_GATE : undefined;
}

const PERMISSION_CHECK_GATE: Gate = { strength: 'strong', what: "an earlier step checks the actor's permission on the repository and stops the job otherwise" };

/** Per step list: the index of its first permission check (Infinity: none). Each list is read once, whatever its size. */
const FIRST_CHECK = new WeakMap<readonly unknown[], number>();

/** Steps read looking for a permission check, over the process: a work counter (tests check it stays linear). */
export const permissionCheckWork = { steps: 0 };

function firstPermissionCheck(steps: readonly unknown[]): number {
  let first = FIRST_CHECK.get(steps);
  if (first !== undefined) return first;
  first = Infinity;
  for (let i = 0; i < steps.length; i++) {
    permissionCheckWork.steps++;
    const s = steps[i];
    if (!isMap(s) || s.if !== undefined) continue;
    const keepGoing = s['continue-on-error'];
    if (keepGoing !== undefined && keepGoing !== false && keepGoing !== 'false') continue;
    const script = typeof s.run === 'string' ? s.run : usesAction(s, 'actions/github-script') && isMap(s.with) && typeof s.with.script === 'string' ? s.with.script : undefined;
    if (script !== undefined && PERMISSION_QUERY_RE.test(script) && STOPS_JOB_RE.test(script)) {
      first = i;
      break;
    }
  }
  FIRST_CHECK.set(steps, first);
  return first;
}

/** The strongest gate among the given `if:` conditions (job, step). */
export function strongestGate(...conditions: unknown[]): Gate | undefined {
  const gates = conditions.map(gateIn).filter((g): g is Gate => g !== undefined);
  return gates.find((g) => g.strength === 'strong') ?? gates[0];
}

/** Whether a strong gate keeps outsiders out of every one of `events` (the workflow's outsider triggers). */
export function gateHolds(gate: Gate, events: readonly string[]): boolean {
  return gate.strength === 'strong' && (!gate.pullRequestOnly || (events.length > 0 && events.every((e) => e === 'pull_request_target')));
}

/** The exposure of one job: the workflow's, lowered to contributor behind a strong gate. */
export function jobExposure(root: YMap, job: YMap): TriggerExposure & { gate?: Gate } {
  const base = triggerExposure(root);
  const gate = gateIn(job.if);
  if (base.level === 'outsider' && gate && gateHolds(gate, base.events)) return { level: 'contributor', events: base.events, gate };
  return gate ? { ...base, gate } : base;
}

const SCALE: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

/** Moves a severity up or down the scale, within [floor, ceiling]. */
export function shiftSeverity(severity: Severity, by: number, floor: Severity = 'info', ceiling: Severity = 'critical'): Severity {
  const i = Math.min(Math.max(SCALE.indexOf(severity) + by, SCALE.indexOf(floor)), SCALE.indexOf(ceiling));
  return SCALE[i]!;
}

/** +1 for outsiders, −1 for maintainer-only workflows, 0 otherwise. */
export function exposureShift(level: Exposure): number {
  return level === 'outsider' ? 1 : level === 'maintainer' ? -1 : 0;
}
