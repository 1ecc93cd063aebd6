import { LineIndex } from './lines.js';
import { EMPTY_FILE, isMap, isSeq, keySpan, META, ResourceLimitError, valueSpan, YamlSyntaxError, type YMap } from './yaml.js';
import { parseYamlDetailed } from './parse.js';
import type { Severity } from '../model/severity.js';
import { ExpressionIndex } from './expressions.js';

export type FileKind = 'workflow' | 'action';

/**
 * The repository's default GITHUB_TOKEN permissions (its "Workflow permissions" setting: `read` = contents and
 * packages read, `write` = read and write on every scope), when known — an organisation scan reads it from the API.
 * Undefined: not known (a file scan cannot see it).
 */
export type DefaultWorkflowPermissions = 'read' | 'write';

/** What is known about the repository a file comes from, beyond the file itself. */
export interface RepositoryFacts {
  defaultWorkflowPermissions?: DefaultWorkflowPermissions;
}

/** A parsed workflow or action metadata file. */
export interface SourceFile {
  /** Path relative to the scan root, forward slashes. */
  readonly path: string;
  readonly text: string;
  readonly kind: FileKind;
  readonly root: YMap;
  readonly lines: LineIndex;
  /** Every `${{ }}` in the file that mentions secrets or the token, analysed once and shared by rules. */
  readonly expressions: ExpressionIndex;
  /**
   * Per-file results shared between rules (e.g. the step list), keyed by a module-private symbol. Kept on the file
   * rather than in a WeakMap: WeakMap entries survive minor GCs and would promote every parsed file to old space.
   */
  readonly memo: Map<symbol, unknown>;
  /** Which parser read the file (`fallback`: js-yaml rejected it, `yaml` accepted it) and how many nodes it built. */
  readonly parser: 'fast' | 'fallback';
  readonly nodes: number;
  /** See RepositoryFacts; undefined when the scan was not told (effective-permissions then assumes the worst). */
  readonly defaultWorkflowPermissions?: DefaultWorkflowPermissions;
}

/** A file that could not be turned into a SourceFile: reported as a `parse-error` finding. */
export interface ParseFailure {
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly message: string;
  /** 0-based offset of the problem. */
  readonly offset: number;
  readonly kind: FileKind | undefined;
  /**
   * `invalid`: not YAML GitHub accepts, or not a workflow/action (`parse-error`); `empty`: nothing but comments and
   * white space (`parse-error` at low); `resource-limit`: over a budget (src/workflows/budgets.ts), not scanned.
   */
  readonly problem: 'invalid' | 'empty' | 'resource-limit';
  /** Overrides the rule's default severity (the empty file). */
  readonly severity?: Severity;
  /** Set when the YAML was read (the problem is the shape): which parser read it. */
  readonly parser?: 'fast' | 'fallback';
}

const ACTION_NAME_RE = /(?:^|\/)action\.ya?ml$/;

function classify(path: string, root: YMap): FileKind {
  if (ACTION_NAME_RE.test(path)) return 'action';
  return Object.prototype.hasOwnProperty.call(root, 'runs') && !Object.prototype.hasOwnProperty.call(root, 'jobs')
    ? 'action'
    : 'workflow';
}

/** Parses and shape-checks one file. Never throws for bad input: returns a ParseFailure instead. */
export function loadSource(path: string, text: string, facts: RepositoryFacts = {}): SourceFile | ParseFailure {
  const lines = new LineIndex(text);
  let parsed;
  try {
    parsed = parseYamlDetailed(text, { filename: path });
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    const kind = ACTION_NAME_RE.test(path) ? 'action' : undefined;
    const offset = Math.min(Math.max(error.offset, 0), text.length);
    if (error instanceof ResourceLimitError) {
      return { path, text, lines, message: `${error.message}: the file was not scanned`, offset, kind, problem: 'resource-limit' };
    }
    if (error.message === EMPTY_FILE) return { path, text, lines, message: 'empty file', offset: 0, kind, problem: 'empty', severity: 'low' };
    return { path, text, lines, message: `invalid YAML: ${error.message}`, offset, kind, problem: 'invalid' };
  }
  const root = parsed.root;
  if (!isMap(root)) {
    return { path, text, lines, message: 'the top level is not a mapping', offset: firstContentOffset(text), kind: undefined, problem: 'invalid', parser: parsed.parser };
  }
  const kind = classify(path, root);
  const shapeError = kind === 'workflow' ? workflowShapeError(root) : actionShapeError(root);
  if (shapeError) return { path, text, lines, kind, problem: 'invalid', parser: parsed.parser, ...shapeError };
  const known = facts.defaultWorkflowPermissions ? { defaultWorkflowPermissions: facts.defaultWorkflowPermissions } : {};
  return { path, text, kind, root, lines, expressions: new ExpressionIndex(text, root), memo: new Map(), parser: parsed.parser, nodes: parsed.nodes, ...known };
}

export function isParseFailure(value: SourceFile | ParseFailure): value is ParseFailure {
  return (value as ParseFailure).message !== undefined;
}

function firstContentOffset(text: string): number {
  const match = /^[ \t]*[^#\s]/m.exec(text);
  return match ? match.index : 0;
}

interface ShapeError {
  message: string;
  offset: number;
}

function workflowShapeError(root: YMap): ShapeError | undefined {
  const start = root[META].start;
  if (!('on' in root)) return { message: 'not a valid workflow: no `on:` trigger', offset: start };
  const on = root.on;
  if (on === null || (typeof on !== 'string' && !isSeq(on) && !isMap(on))) {
    return { message: 'not a valid workflow: `on:` must name events (a string, a list or a mapping)', offset: valueSpan(root, 'on')![0] };
  }
  if (!('jobs' in root)) return { message: 'not a valid workflow: no `jobs:`', offset: start };
  const jobs = root.jobs;
  if (!isMap(jobs)) return { message: 'not a valid workflow: `jobs:` must be a mapping of job ids to jobs', offset: valueSpan(root, 'jobs')![0] };
  for (const id of Object.keys(jobs)) {
    const job = jobs[id];
    if (!isMap(job)) return { message: `not a valid workflow: job "${id}" must be a mapping`, offset: keySpan(jobs, id)![0] };
    if ('steps' in job) {
      const steps = job.steps;
      if (!isSeq(steps)) return { message: `not a valid workflow: steps of job "${id}" must be a list`, offset: valueSpan(job, 'steps')![0] };
      for (let i = 0; i < steps.length; i++) {
        if (!isMap(steps[i])) return { message: `not a valid workflow: step ${i + 1} of job "${id}" must be a mapping`, offset: steps[META].spans[i * 2]! };
      }
    }
  }
  return undefined;
}

function actionShapeError(root: YMap): ShapeError | undefined {
  const start = root[META].start;
  const runs = root.runs;
  if (!isMap(runs)) {
    return { message: 'not a valid action: `runs:` must be a mapping', offset: 'runs' in root ? valueSpan(root, 'runs')![0] : start };
  }
  if (typeof runs.using !== 'string') return { message: 'not a valid action: `runs.using` is missing', offset: runs[META].start };
  if ('steps' in runs) {
    const steps = runs.steps;
    if (!isSeq(steps)) return { message: 'not a valid action: `runs.steps` must be a list', offset: valueSpan(runs, 'steps')![0] };
    for (let i = 0; i < steps.length; i++) {
      if (!isMap(steps[i])) return { message: `not a valid action: step ${i + 1} must be a mapping`, offset: steps[META].spans[i * 2]! };
    }
  }
  return undefined;
}
