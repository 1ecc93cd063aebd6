/** Shapes of the least-privilege autofix (`token-warden fix`): what was planned for each workflow and job, and why. */
import type { NeedConfidence } from '../workflows/needs.js';
import type { PathSegment } from '../workflows/paths.js';

export type GrantLevel = 'read' | 'write';

/** Scope → level, granted scopes only (every scope not listed is `none`; `metadata: read` is always granted). */
export type ScopeMap = Readonly<Record<string, GrantLevel>>;

/** One file to plan for: its path relative to the root (forward slashes) and its text. */
export interface FixInput {
  path: string;
  text: string;
}

/**
 * A replacement in the original text. Always whole lines: `start` is a line start, `end` the start of a later line
 * (or the end of the text), `text` the new lines with the file's line breaks. `start === end` inserts.
 */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** One step (or callee job) that needs a scope, and what was read there. */
export interface ScopeReason {
  reason: string;
  /** The step: `['jobs', id, 'steps', …]` (for a reusable call, in the called file). */
  stepPath: PathSegment[];
  /** 1-based line of the `uses:` value or script line the need was read from. */
  line: number;
  /** The file the step is in, when not the workflow being fixed (a local reusable workflow). */
  file?: string;
  confidence: 'certain' | 'likely';
}

/** A scope written into a block (or that would be), with the comment that names the step needing it. */
export interface PlannedScope {
  scope: string;
  level: GrantLevel;
  /** The comment written beside the scope: the step and what it does with the token. */
  comment: string;
  /** Only private repositories need it (e.g. `contents: read` to check out). */
  privateOnly: boolean;
  reasons: ScopeReason[];
}

/**
 * What the fix does to a job:
 * - `add`: a `permissions:` block is inserted into the job;
 * - `narrow`: the job's own block is narrowed to what it needs (scopes lowered or removed, never added);
 * - `keep`: the job already runs with exactly what it needs (its own block, or the workflow's after the fix);
 * - `skip`: left as is — see `why` (needs unknown, the fix would widen its grant, an unresolved reusable workflow, its
 *   written grant would bring a new finding at high or above …).
 */
export type JobAction = 'add' | 'narrow' | 'keep' | 'skip';

/** Why a job is left as is. */
export type SkipKind =
  | 'unknown-needs'
  | 'would-widen'
  | 'reusable-call'
  | 'unreadable-grant'
  | 'layout'
  | 'new-finding';

export interface JobPlan {
  id: string;
  action: JobAction;
  skipKind?: SkipKind;
  /** Why it is skipped; for other actions, a one-line account of what was done. */
  why?: string;
  /** How sure the needs are (`unknown` for jobs whose needs could not be read). */
  confidence: NeedConfidence;
  /** The job's grant before the fix: its own block, the workflow's, or the repository default (not in the file). */
  source: 'job' | 'workflow' | 'default';
  /** The scopes granted before the fix (absent for the repository default or an unreadable block). */
  granted?: ScopeMap;
  /**
   * The scopes the job needs, as the fix writes them (absent when its needs are unknown). For a `would-widen` skip,
   * what it would have written.
   */
  scopes?: PlannedScope[];
  /** Reads only a private repository needs, left out because the job runs without them today (see `notes`). */
  omitted?: PlannedScope[];
  /** Remarks on the computed set (a private-only read left out because the job runs without it today …). */
  notes: string[];
  /** 1-based line of the job's key. */
  line: number;
}

/** What the fix does to the workflow-level `permissions:`. */
export interface WorkflowBlockPlan {
  /** `add`: none was there; `narrow`: lowered or replaced (write-all, read-all …); `keep`: left as is (see `why`). */
  action: 'add' | 'narrow' | 'keep';
  /** The grant before the fix (absent: no block, or an unreadable one). */
  granted?: ScopeMap;
  /** The grant after the fix (absent when kept because it cannot be read). */
  scopes?: ScopeMap;
  why?: string;
}

/**
 * The plan for one file:
 * - `changed`: edits are planned (`edits`, `fixed`);
 * - `unchanged`: already least privilege, or nothing could be changed safely (see the jobs' `why`);
 * - `skipped`: not touched at all (see `why`): triggered only by `workflow_call`, not parsable, not a workflow.
 */
export interface FilePlan {
  path: string;
  status: 'changed' | 'unchanged' | 'skipped';
  why?: string;
  workflow?: WorkflowBlockPlan;
  jobs: JobPlan[];
  /** Whole-line edits of the original text, sorted, not overlapping. */
  edits: TextEdit[];
  original: string;
  /** The text after the edits (the original when there are none). */
  fixed: string;
}
