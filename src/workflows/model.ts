/** Navigation over a parsed workflow or action: triggers, jobs, steps, `uses:` references. */
import type { SourceFile } from './source.js';
import { itemSpan, isMap, isSeq, keySpan, valueSpan, type Span, type YMap, type YSeq } from './yaml.js';
import { pathSegment, type PathSegment } from './paths.js';
import { ownString } from '../model/own-string.js';

export interface Trigger {
  /** Event name as written (GitHub event names are lower case). */
  name: string;
  span: Span;
}

const TRIGGERS = Symbol('triggers');
const TRIGGER_NAMES = Symbol('triggerNames');

/** A value computed once per parsed document, kept on its root (non-enumerable: invisible to rules and reports). */
function onRoot<T>(root: YMap, key: symbol, make: () => T): T {
  const held = root as unknown as Record<symbol, T | undefined>;
  const cached = held[key];
  if (cached !== undefined) return cached;
  const value = make();
  Object.defineProperty(root, key, { value, enumerable: false });
  return value;
}

/**
 * The events in `on:` (string, list or mapping form). Computed once per document: every job asks, and a hostile file
 * may list thousands of events over thousands of jobs.
 */
export function triggers(root: YMap): readonly Trigger[] {
  return onRoot(root, TRIGGERS, () => {
    const on = root.on;
    if (typeof on === 'string') return [{ name: on, span: valueSpan(root, 'on')! }];
    if (isSeq(on)) return on.flatMap((item, i) => (typeof item === 'string' ? [{ name: item, span: itemSpan(on, i) }] : []));
    if (isMap(on)) return Object.keys(on).map((name) => ({ name, span: keySpan(on, name)! }));
    return [];
  });
}

export function triggerNames(root: YMap): ReadonlySet<string> {
  return onRoot(root, TRIGGER_NAMES, () => new Set(triggers(root).map((t) => t.name)));
}

export interface JobRef {
  id: string;
  job: YMap;
  path: PathSegment[];
}

/**
 * A job or step GitHub never runs: `if: false`, `if: ${{ false }}` or a condition that starts `false &&`. Such dead
 * code is left out of the job and step lists, so no rule reports on it.
 */
export function isDisabled(node: YMap): boolean {
  const condition = node.if;
  if (condition === false) return true;
  if (typeof condition !== 'string') return false;
  return /^\s*(?:\$\{\{\s*)?\(?\s*false\s*(?:\)\s*)?(?:&&|\}\}\s*$|$)/.test(condition);
}

export function jobsOf(root: YMap): JobRef[] {
  const jobs = root.jobs;
  if (!isMap(jobs)) return [];
  const out: JobRef[] = [];
  for (const id of Object.keys(jobs)) {
    const job = jobs[id];
    if (isMap(job) && !isDisabled(job)) out.push({ id, job, path: ['jobs', id] });
  }
  return out;
}

/** A job that calls a reusable workflow (`uses:` at job level). */
export function isReusableCall(job: YMap): boolean {
  return typeof job.uses === 'string';
}

export interface StepRef {
  step: YMap;
  index: number;
  steps: YSeq;
  path: PathSegment[];
  /** The job holding the step; undefined for composite action steps. */
  job?: JobRef;
}

function stepRefs(steps: unknown, base: PathSegment[], job?: JobRef): StepRef[] {
  if (!isSeq(steps)) return [];
  const out: StepRef[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (isMap(step) && !isDisabled(step)) out.push({ step, index: i, steps, path: [...base, 'steps', pathSegment(steps, i)], ...(job ? { job } : {}) });
  }
  return out;
}

export function stepsOfJob(job: JobRef): StepRef[] {
  return stepRefs(job.job.steps, job.path, job);
}

const STEP_GROUPS = Symbol('stepGroups');

/** Steps grouped by job (a composite action is one group). Computed once per file and shared by the rules. */
export function stepGroups(file: SourceFile): StepRef[][] {
  let groups = file.memo.get(STEP_GROUPS) as StepRef[][] | undefined;
  if (!groups) {
    if (file.kind === 'action') {
      const runs = file.root.runs;
      groups = [isMap(runs) ? stepRefs(runs.steps, ['runs']) : []];
    } else groups = jobsOf(file.root).map(stepsOfJob);
    file.memo.set(STEP_GROUPS, groups);
  }
  return groups;
}

/** Every step of the file: all jobs' steps in a workflow, `runs.steps` in a composite action. */
export function allSteps(file: SourceFile): StepRef[] {
  return stepGroups(file).flat();
}

export interface UsesRef {
  /** `unknown`: not a reference GitHub would resolve (e.g. a templated `$/path`). */
  kind: 'local' | 'docker' | 'repository' | 'unknown';
  /** `owner/repo` (lower case) for repository actions. */
  repository?: string;
  /** Sub-path inside the repository, if any. */
  subpath?: string;
  ref?: string;
  /** Pinned to a full 40-hex commit SHA (or a docker digest). */
  pinned: boolean;
}

const SHA_RE = /^[0-9a-f]{40}$/i;
const OWNER_RE = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

const usesCache = new Map<string, UsesRef>();

// The last reference asked about (it may hold on to one file's text until the next, which is bounded).
let lastUses: string | undefined;
let lastRef: UsesRef | undefined;

/** Parses a `uses:` value. Memoised: the same few hundred references recur across every workflow of a scan. */
export function parseUses(uses: string): UsesRef {
  // Rules ask about one step's reference many times in a row (is it this action? that one?): the same string again.
  if (uses === lastUses) return lastRef!;
  let ref = usesCache.get(uses);
  if (!ref) {
    if (usesCache.size > 20_000) usesCache.clear();
    // Kept across files: its key and the parts cut from it must not hold on to this file's text.
    const own = ownString(uses);
    ref = parseUsesUncached(own);
    usesCache.set(own, ref);
  }
  lastUses = uses;
  lastRef = ref;
  return ref;
}

function parseUsesUncached(uses: string): UsesRef {
  const value = uses.trim();
  if (value.startsWith('./') || value.startsWith('.\\')) return { kind: 'local', pinned: true };
  if (value.startsWith('docker://')) return { kind: 'docker', pinned: value.includes('@sha256:') };
  const at = value.lastIndexOf('@');
  const name = at >= 0 ? value.slice(0, at) : value;
  const ref = at >= 0 ? value.slice(at + 1) : undefined;
  const parts = name.split('/');
  if (parts.length < 2 || !OWNER_RE.test(parts[0]!)) return { kind: 'unknown', pinned: false };
  const repository = parts.slice(0, 2).join('/').toLowerCase();
  const subpath = parts.length > 2 ? parts.slice(2).join('/') : undefined;
  return { kind: 'repository', repository, ...(subpath ? { subpath } : {}), ...(ref !== undefined ? { ref } : {}), pinned: ref !== undefined && SHA_RE.test(ref) };
}

/** True when a step's `uses:` is the given action (`owner/repo`), at any ref. */
export function usesAction(step: YMap, repository: string): boolean {
  const uses = step.uses;
  if (typeof uses !== 'string') return false;
  const ref = parseUses(uses);
  return ref.kind === 'repository' && ref.repository === repository && ref.subpath === undefined;
}

/** A string input under `with:`, or undefined. */
export function withInput(step: YMap, name: string): unknown {
  const w = step.with;
  return isMap(w) && Object.prototype.hasOwnProperty.call(w, name) ? w[name] : undefined;
}

/** Offsets of `uses:` value, else of the step itself (for reporting on a step). */
export function stepAnchor(ref: StepRef): Span {
  return valueSpan(ref.step, 'uses') ?? itemSpan(ref.steps, ref.index);
}

/**
 * What an `actions/checkout` step does with its token: `off` (`persist-credentials: false`, also the string "false"
 * in any case — GitHub accepts stringy booleans), `on` (written true), `unset` (the default: persisted), or `dynamic`
 * (an expression: not judged).
 */
export function checkoutPersistence(step: YMap): 'off' | 'on' | 'unset' | 'dynamic' {
  const w = step.with;
  if (!isMap(w) || !Object.prototype.hasOwnProperty.call(w, 'persist-credentials')) return 'unset';
  const v = w['persist-credentials'];
  if (v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false')) return 'off';
  if (typeof v === 'string' && v.includes('${{')) return 'dynamic';
  return 'on';
}
