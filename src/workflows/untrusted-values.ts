/**
 * Values of the `github` context that whoever causes an event can write freely — titles, bodies, branch names, commit
 * messages — and the events in which an outsider sets them. Expanded with `${{ }}` into a script, such a value is
 * code the attacker wrote (template injection).
 *
 * The list follows GitHub's "Understanding the risk of script injections" and zizmor's context capabilities
 * (`arbitrary` fields), kept to free text: logins, numbers, SHAs, URLs GitHub builds and labels a maintainer applies
 * are left out, as zizmor's fixtures expect (`github.triggering_actor`, `…head.sha`, `…number`).
 */
import { ANY_SEGMENT, expressionValuePaths, findExpressions } from './expressions.js';
import { isMap, type YMap } from './yaml.js';
import { triggerNames, usesAction, type StepRef } from './model.js';
import { envCarrying, labelsInValue } from './script-sinks.js';
import type { SourceFile } from './source.js';
import type { PathSegment } from './paths.js';

/** How an event lets an outsider reach a workflow run. */
export type EventAccess =
  /** Anyone can cause it, and the run has the base repository's token and secrets. */
  | 'privileged'
  /** Anyone can cause it from a fork, but a fork's run gets a read-only token and no secrets. */
  | 'fork'
  /** The value comes from commits someone with write access merged or pushed. */
  | 'merged';

export const EVENT_ACCESS: Readonly<Record<string, EventAccess>> = {
  pull_request_target: 'privileged',
  issues: 'privileged',
  issue_comment: 'privileged',
  discussion: 'privileged',
  discussion_comment: 'privileged',
  workflow_run: 'privileged',
  // Anyone can comment on a commit or (unless restricted) edit the wiki of a public repository.
  commit_comment: 'privileged',
  gollum: 'privileged',
  pull_request: 'fork',
  pull_request_review: 'fork',
  pull_request_review_comment: 'fork',
  push: 'merged',
};

const PR = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'];

interface UntrustedField {
  path: readonly string[];
  /** For messages: what the value is. */
  what: string;
  /** The environment variable name the fix hint suggests. */
  env: string;
  /** The events in which an outsider sets it. */
  events: readonly string[];
}

const field = (path: string, what: string, env: string, events: readonly string[]): UntrustedField => ({ path: path.split('.'), what, env, events });

const FIELDS: readonly UntrustedField[] = [
  field('github.event.issue.title', 'the issue title', 'ISSUE_TITLE', ['issues', 'issue_comment']),
  field('github.event.issue.body', 'the issue body', 'ISSUE_BODY', ['issues', 'issue_comment']),
  field('github.event.pull_request.title', 'the pull request title', 'PR_TITLE', PR),
  field('github.event.pull_request.body', 'the pull request body', 'PR_BODY', PR),
  field('github.event.pull_request.head.ref', "the pull request's head branch name", 'HEAD_REF', PR),
  field('github.event.pull_request.head.label', "the pull request's head label (owner:branch)", 'HEAD_LABEL', PR),
  field('github.event.pull_request.head.repo.default_branch', "the fork's default branch name", 'HEAD_DEFAULT_BRANCH', PR),
  field('github.head_ref', "the pull request's head branch name", 'HEAD_REF', PR),
  field('github.event.comment.body', 'the comment body', 'COMMENT_BODY', ['issue_comment', 'pull_request_review_comment', 'discussion_comment', 'commit_comment']),
  field('github.event.review.body', 'the review body', 'REVIEW_BODY', ['pull_request_review']),
  field('github.event.discussion.title', 'the discussion title', 'DISCUSSION_TITLE', ['discussion', 'discussion_comment']),
  field('github.event.discussion.body', 'the discussion body', 'DISCUSSION_BODY', ['discussion', 'discussion_comment']),
  field('github.event.pages.*.page_name', 'a wiki page name', 'PAGE_NAME', ['gollum']),
  field('github.event.pages.*.title', 'a wiki page title', 'PAGE_TITLE', ['gollum']),
  field('github.event.head_commit.message', 'the head commit message', 'COMMIT_MESSAGE', ['push']),
  field('github.event.head_commit.author.name', "the head commit's author name", 'COMMIT_AUTHOR', ['push']),
  field('github.event.head_commit.author.email', "the head commit's author email", 'COMMIT_EMAIL', ['push']),
  field('github.event.commits.*.message', 'a commit message', 'COMMIT_MESSAGE', ['push']),
  field('github.event.commits.*.author.name', "a commit's author name", 'COMMIT_AUTHOR', ['push']),
  field('github.event.commits.*.author.email', "a commit's author email", 'COMMIT_EMAIL', ['push']),
  field('github.event.workflow_run.head_branch', "the triggering run's head branch name", 'RUN_HEAD_BRANCH', ['workflow_run']),
  field('github.event.workflow_run.display_title', "the triggering run's title (a pull request title or commit message)", 'RUN_TITLE', ['workflow_run']),
  field('github.event.workflow_run.head_commit.message', "the triggering run's head commit message", 'RUN_COMMIT_MESSAGE', ['workflow_run']),
  field('github.event.workflow_run.head_commit.author.name', "the triggering run's commit author name", 'RUN_COMMIT_AUTHOR', ['workflow_run']),
  field('github.event.workflow_run.head_commit.author.email', "the triggering run's commit author email", 'RUN_COMMIT_EMAIL', ['workflow_run']),
  field('github.event.workflow_run.pull_requests.*.head.ref', "the triggering pull request's head branch name", 'RUN_HEAD_REF', ['workflow_run']),
];

export interface UntrustedMatch {
  what: string;
  env: string;
  /** The workflow's triggers in which an outsider sets the value; `['(caller)']` when the caller's event decides. */
  events: string[];
  /** The most dangerous access among those events; undefined when the caller's event decides. */
  access: EventAccess | undefined;
}

const ACCESS_RANK: Record<EventAccess, number> = { merged: 0, fork: 1, privileged: 2 };

function segmentMatches(actual: string, expected: string): boolean {
  return expected === ANY_SEGMENT || actual === ANY_SEGMENT || actual === expected;
}

/**
 * Whether a context path (as expressionValuePaths gives it) carries attacker-written text in a workflow with the given
 * triggers. A path to an object holding such a field (`github.event`, `toJSON(github.event.issue)`) carries it too.
 * `triggers` undefined: the caller's event decides (a reusable workflow, a composite action) — every field counts.
 */
export function untrustedValue(path: readonly string[], triggers: ReadonlySet<string> | undefined): UntrustedMatch | undefined {
  if (path.length === 0 || path[0]!.toLowerCase() !== 'github') return undefined;
  const lower = path.map((s) => s.toLowerCase());
  const hits = FIELDS.filter((f) => lower.length <= f.path.length && lower.every((s, i) => segmentMatches(s, f.path[i]!)));
  if (hits.length === 0) return undefined;
  const events = new Set<string>();
  for (const f of hits) for (const e of f.events) if (!triggers || triggers.has(e)) events.add(e);
  if (events.size === 0) return undefined;
  const whole = lower.length < hits[0]!.path.length;
  const what = whole ? `\`${path.join('.')}\`, which holds ${hits.length === 1 ? hits[0]!.what : 'titles, bodies and branch names'} set by whoever causes the event` : hits[0]!.what;
  const env = whole ? 'EVENT_JSON' : hits[0]!.env;
  if (!triggers) return { what, env, events: ['(caller)'], access: undefined };
  const list = [...events].sort();
  const access = list.map((e) => EVENT_ACCESS[e]!).reduce((a, b) => (ACCESS_RANK[b] > ACCESS_RANK[a] ? b : a));
  return { what, env, events: list, access };
}

/** Where an expression is expanded into code: a `run:` script, or the script input of an action that evaluates it. */
export interface CodeSink {
  holder: YMap;
  key: string;
  script: string;
  path: PathSegment[];
  /** For messages: "a `run:` script", "the `script:` of actions/github-script". */
  name: string;
  language: 'shell' | 'pwsh' | 'cmd' | 'python' | 'javascript';
}

/** Actions whose input is a script they run (the common ones of CodeQL's and zizmor's sink lists). */
const SCRIPT_ACTIONS: ReadonlyArray<{ action: string; input: string; language: CodeSink['language'] }> = [
  { action: 'actions/github-script', input: 'script', language: 'javascript' },
  { action: 'amadevus/pwsh-script', input: 'script', language: 'pwsh' },
];

function shellOf(file: SourceFile, step: StepRef): CodeSink['language'] {
  const defaults = (holder: YMap | undefined) => {
    const d = holder?.defaults;
    return isMap(d) && isMap(d.run) && typeof d.run.shell === 'string' ? d.run.shell : undefined;
  };
  const shell = (typeof step.step.shell === 'string' ? step.step.shell : undefined) ?? defaults(step.job?.job) ?? (file.kind === 'workflow' ? defaults(file.root) : undefined);
  const s = shell?.trim().toLowerCase() ?? '';
  if (s.startsWith('pwsh') || s.startsWith('powershell')) return 'pwsh';
  if (s.startsWith('cmd')) return 'cmd';
  if (s.startsWith('python')) return 'python';
  return 'shell';
}

/** The code a step runs that `${{ }}` is expanded into. */
export function codeSinkOf(file: SourceFile, step: StepRef): CodeSink | undefined {
  const s = step.step;
  if (typeof s.run === 'string') return { holder: s, key: 'run', script: s.run, path: [...step.path, 'run'], name: 'a `run:` script', language: shellOf(file, step) };
  for (const a of SCRIPT_ACTIONS) {
    if (!usesAction(s, a.action) || !isMap(s.with)) continue;
    const script = s.with[a.input];
    if (typeof script !== 'string') continue;
    const action = String(s.uses).trim().split('@')[0]!;
    return { holder: s.with, key: a.input, script, path: [...step.path, 'with', a.input], name: `the \`${a.input}:\` of ${action}`, language: a.language };
  }
  return undefined;
}

/** One attacker-written value expanded into a script. */
export interface Expansion {
  /** 0-based line of the script. */
  line: number;
  /** `${{ … }}` as written (shortened for messages). */
  text: string;
  inner: string;
  match: UntrustedMatch;
  /** Set when the value arrives through `${{ env.NAME }}`: the variable already holds it. */
  viaEnv?: string;
}

interface Triggers {
  own: ReadonlySet<string>;
  /** A composite action, or a workflow that can be called: the caller's event decides too. */
  callerDecides: boolean;
}

function triggersOf(file: SourceFile): Triggers {
  const own = file.kind === 'workflow' ? triggerNames(file.root) : new Set<string>();
  return { own, callerDecides: file.kind === 'action' || own.has('workflow_call') };
}

function matchPath(path: readonly string[], triggers: Triggers): UntrustedMatch | undefined {
  return untrustedValue(path, triggers.own) ?? (triggers.callerDecides ? untrustedValue(path, undefined) : undefined);
}

/** An expression shortened for messages. */
export const shorten = (s: string): string => (s.length > 90 ? `${s.slice(0, 87)}…` : s);

/**
 * The attacker-written values (for the file's triggers) a step expands into its code, inline or through
 * `${{ env.NAME }}` of a variable set from one (step, job or workflow `env:`).
 */
export function untrustedExpansions(file: SourceFile, step: StepRef, sink: CodeSink): Expansion[] {
  if (!sink.script.includes('${{')) return [];
  const triggers = triggersOf(file);
  const env = envCarrying(file, step, 'untrusted', (value) =>
    labelsInValue(value, (inner) => (/github/i.test(inner) ? expressionValuePaths(inner).paths.filter((p) => matchPath(p, triggers)).map((p) => p.join('\u0000')) : [])),
  );
  const envByLower = new Map([...env].map(([name, labels]) => [name.toLowerCase(), { name, labels }]));
  const hits: Expansion[] = [];
  sink.script.split('\n').forEach((raw, line) => {
    if (!raw.includes('${{')) return;
    for (const occ of findExpressions(raw)) {
      if (!/github|env/i.test(occ.inner)) continue;
      const text = shorten(raw.slice(occ.start, occ.end));
      for (const path of expressionValuePaths(occ.inner).paths) {
        if (path[0]!.toLowerCase() === 'env' && path.length === 2) {
          const carried = envByLower.get(path[1]!.toLowerCase());
          const match = carried?.labels.map((l) => matchPath(l.split('\u0000'), triggers)).find((m) => m !== undefined);
          if (carried && match) hits.push({ line, text, inner: occ.inner, match, viaEnv: carried.name });
          continue;
        }
        const match = matchPath(path, triggers);
        if (match) hits.push({ line, text, inner: occ.inner, match });
      }
    }
  });
  return hits;
}
