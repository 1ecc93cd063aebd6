import type { Rule, RuleContext } from '../model/rule.js';
import type { Severity } from '../model/severity.js';
import { jobsOf, stepGroups, triggerNames, usesAction, withInput, type JobRef, type StepRef } from '../workflows/model.js';
import { expressionValuePaths } from '../workflows/expressions.js';
import { untrustedValue } from '../workflows/untrusted-values.js';
import { envCarrying, labelsInValue, scriptLineSpan } from '../workflows/script-sinks.js';
import { taintedScriptExports, taintedShellWrites, type TaintSource, type TaintSources, type TaintedWrite } from '../workflows/script-taint.js';
import { gateHolds, gateIn, shiftSeverity, triggerExposure, untrustedCheckout, type Gate } from '../workflows/exposure.js';
import { stakesOf, type Stakes } from '../workflows/job-stakes.js';
import { isMap, valueSpan, type YMap } from '../workflows/yaml.js';
import type { SourceFile } from '../workflows/source.js';

/** Fields that cannot hold a line break: git refuses one in branch names, author names and emails. */
const ONE_LINE_FIELD_RE = /(?:^|\.)(?:head_ref|ref|label|head_branch|default_branch|page_name|name|email)$/;

/**
 * What attacker-written text an expression (the inside of `${{ }}`) carries in this workflow: a value an outsider sets
 * in one of its privileged triggers (a title or body under `issues`/`pull_request_target`, a head branch under
 * `workflow_run` …). Values only people with push access write (a commit message on `push`) are not.
 */
function attackerText(inner: string, triggers: ReadonlySet<string>): TaintSource | undefined {
  if (!/github/i.test(inner)) return undefined;
  for (const path of expressionValuePaths(inner).paths) {
    const match = untrustedValue(path, triggers);
    if (match?.access !== 'privileged') continue;
    const written = path.join('.');
    return { label: `${match.what} (\`${written}\`)`, singleLine: ONE_LINE_FIELD_RE.test(written.toLowerCase()) };
  }
  return undefined;
}

/**
 * Files an outsider wrote, put in the workspace by this step: the pull request's code, or an artifact of another run
 * (which a pull request's own, unprivileged run may have produced). Later reads of files are then attacker data.
 */
function attackerFiles(file: SourceFile, step: StepRef): string | undefined {
  const checkout = untrustedCheckout(step, file.text);
  if (checkout) return `a file from the pull request's code (an earlier step ${checkout.what})`;
  const s = step.step;
  const fromOtherRun =
    usesAction(s, 'dawidd6/action-download-artifact') ||
    (usesAction(s, 'actions/download-artifact') && withInput(s, 'run-id') !== undefined) ||
    (typeof s.run === 'string' && /\bgh\s+run\s+download\b/.test(s.run)) ||
    (usesAction(s, 'actions/github-script') && typeof withInput(s, 'script') === 'string' && /\bdownloadArtifact\s*\(/.test(withInput(s, 'script') as string));
  return fromOtherRun ? "a file from another run's artifact (a pull request's own run can write it)" : undefined;
}

interface StepCode {
  holder: YMap;
  key: string;
  script: string;
  writes: TaintedWrite[];
  what: string;
}

function codeOf(step: StepRef, sources: TaintSources): StepCode | undefined {
  const s = step.step;
  if (typeof s.run === 'string') return { holder: s, key: 'run', script: s.run, writes: taintedShellWrites(s.run, sources), what: 'A `run:` script' };
  const script = withInput(s, 'script');
  if (usesAction(s, 'actions/github-script') && typeof script === 'string' && isMap(s.with)) {
    return { holder: s.with, key: 'script', script, writes: taintedScriptExports(script, sources), what: 'The actions/github-script `script:`' };
  }
  return undefined;
}

const EFFECT: Record<TaintedWrite['file'], string> = {
  GITHUB_ENV:
    'whoever writes that text sets environment variables for every later step of the job — a newline starts another variable, and `BASH_ENV`, `NODE_OPTIONS` or `LD_PRELOAD` run their code there',
  GITHUB_PATH: 'whoever writes that text chooses a directory searched first for every command of every later step of the job',
};
const CONTAINED =
  'every later step of the job gets the variable set to text an outsider chose — harmful where one expands it into code (`${{ env.… }}` in a script) or hands it to a tool unquoted or as an option';
const DELIMITED_EFFECT = `core.exportVariable writes it between random delimiters, so a line break cannot start another variable, but ${CONTAINED}`;
const ONE_LINE_EFFECT: Record<TaintedWrite['file'], string> = {
  GITHUB_ENV: `it holds no line break, so it cannot start another variable, but ${CONTAINED}`,
  GITHUB_PATH: 'whoever writes that text chooses a directory searched first for every command of every later step of the job',
};

/**
 * A check in the script itself that stops the step for outsiders before a write (the author's association, a
 * permission lookup): the gate, and the first line a write must come after for it to hold. One pass over the script.
 */
function scriptGate(script: string): { gate: Gate; from: number } | undefined {
  let stops = false;
  let association = false;
  let permission = false;
  let role = false;
  const lines = script.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    stops ||= /\bsetFailed\b|\bexit\s+[1-9]|\bprocess\.exit\b|\bthrow\b/.test(line);
    association ||= /author_association/i.test(line);
    role ||= /\b(?:OWNER|MEMBER|COLLABORATOR)\b/.test(line);
    permission ||= /collaborators\/[^\s/]+\/permission|getCollaboratorPermissionLevel/.test(line);
    if (stops && association && role) return { gate: { strength: 'strong', what: "the script checks the author's association first" }, from: i + 1 };
    if (stops && permission) return { gate: { strength: 'strong', what: "the script checks the actor's permission first" }, from: i + 1 };
  }
  return undefined;
}

/**
 * Medium: the write steers the job's later steps (and the post steps of actions that ran before: a checkout's cleanup
 * holds its token) from outside; high when those hold a token that can ship code or a high-value secret. A value that
 * cannot hold a line break sets only its own variable: low in $GITHUB_ENV, and in $GITHUB_PATH unless the attacker's
 * files are in the workspace to be found there. One level lower behind a strong gate (on the job or step: forks
 * excluded, the author's association — or such a check in the script before the write).
 */
/**
 * What code the write can start holds: the whole job's token and credentials (a step's code can read every secret of
 * the job from the runner's memory), when any step runs after the write — a later step, or the post step of an
 * action that ran before it.
 */
function steeredStakes(file: SourceFile, job: JobRef, group: readonly StepRef[], step: StepRef): Stakes {
  const after = group.some((s) => s.index > step.index || (s.index < step.index && typeof s.step.uses === 'string'));
  return after ? stakesOf(file, job) : { weight: undefined, what: '' };
}

function grade(stakes: Stakes, w: TaintedWrite, files: boolean, gate: Gate | undefined): { severity: Severity; note: string } {
  const oneLine = w.delimited === true || (w.singleLine && (w.file === 'GITHUB_ENV' || !files));
  let severity: Severity = oneLine ? 'low' : stakes.weight === 'high' ? 'high' : 'medium';
  let note = stakes.what ? `; at stake in this job: ${stakes.what}` : '; nothing of value runs after it now (no write token, no secret)';
  if (gate) {
    severity = shiftSeverity(severity, -1, 'low');
    note += ` (gated: ${gate.what})`;
  }
  return { severity, note };
}

/** A strong gate on the step or the job that holds for every event outsiders start the workflow with. */
function ifGate(file: SourceFile, job: JobRef, step: StepRef): Gate | undefined {
  const events = triggerExposure(file.root).events;
  return [gateIn(step.step.if), gateIn(job.job.if)].find((g): g is Gate => g !== undefined && gateHolds(g, events));
}

function via(w: TaintedWrite): string {
  return w.via.length ? `, through ${w.via.map((v) => `$${v}`).join(' and ')},` : '';
}

/** The attacker data of a file, by label (environment variables carry labels: see envCarrying). */
interface Judge {
  inline(inner: string): TaintSource | undefined;
  byLabel: Map<string, TaintSource>;
}

function checkStep(context: RuleContext, job: JobRef, group: readonly StepRef[], step: StepRef, judge: Judge, files: string | undefined): void {
  const { file } = context;
  const labelled = (inner: string): string[] => {
    const source = judge.inline(inner);
    return source ? [source.label] : [];
  };
  const env = new Map<string, TaintSource>();
  for (const [name, labels] of envCarrying(file, step, 'github-env', (v) => labelsInValue(v, labelled))) {
    env.set(name, judge.byLabel.get(labels[0]!) ?? { label: labels[0]! });
  }
  const code = codeOf(step, { env, inline: judge.inline, ...(files ? { files } : {}) });
  if (!code || code.writes.length === 0) return;
  const span = valueSpan(code.holder, code.key)!;
  const stakes = steeredStakes(file, job, group, step);
  const inScript = scriptGate(code.script);
  for (const w of code.writes) {
    const gate = ifGate(file, job, step) ?? (inScript && w.line >= inScript.from ? inScript.gate : undefined);
    const { severity, note } = grade(stakes, w, files !== undefined, gate);
    const effect = w.delimited ? DELIMITED_EFFECT : (w.singleLine ? ONE_LINE_EFFECT : EFFECT)[w.file];
    context.report({
      message: `${code.what} writes ${w.source}${via(w)} to $${w.file} in a workflow anyone can start (${triggerExposure(file.root).events.join(', ')}): ${effect}${note}`,
      severity,
      span: scriptLineSpan(file, span, code.script, w.line),
      path: [...step.path, code.key, w.file, w.source, ...w.via],
    });
  }
}

export const githubEnv: Rule = {
  meta: {
    id: 'github-env',
    category: 'github-env',
    defaultSeverity: 'medium',
    summary:
      'Attacker-written data (event text, the pull request\'s files, another run\'s artifact) written to $GITHUB_ENV or $GITHUB_PATH in a workflow outsiders start: it steers every later step of the job; high when those hold a write token or secrets.',
    remediation:
      'Do not write outsider-controlled text to $GITHUB_ENV/$GITHUB_PATH in privileged workflows: pass it to the one step that needs it through that step\'s `env:`, or use a step output; if it must go there, validate it first against a strict pattern (`[[ $N =~ ^[0-9]+$ ]]`).',
    docs: '#rule-github-env',
    tags: ['injection', 'pwn-request'],
    appliesTo: ['workflow'],
  },
  check(context) {
    const { file } = context;
    // Outsiders reach the job with the base repository's token and secrets only through these triggers.
    if (triggerExposure(file.root).level !== 'outsider') return;
    const triggers = triggerNames(file.root);
    const memo = new Map<string, TaintSource | undefined>();
    const byLabel = new Map<string, TaintSource>();
    const judge: Judge = {
      inline: (inner) => {
        if (!memo.has(inner)) {
          const source = attackerText(inner, triggers);
          memo.set(inner, source);
          if (source) byLabel.set(source.label, source);
        }
        return memo.get(inner);
      },
      byLabel,
    };
    const groups = stepGroups(file);
    jobsOf(file.root).forEach((job, i) => {
      const group = groups[i] ?? [];
      let files: string | undefined;
      for (const step of group) {
        checkStep(context, job, group, step, judge, files);
        files ??= attackerFiles(file, step);
      }
    });
  },
};
