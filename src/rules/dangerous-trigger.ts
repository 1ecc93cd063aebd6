import type { Rule } from '../model/rule.js';
import { valueSpan, type Span, type YMap } from '../workflows/yaml.js';
import { escapeRegExp } from '../model/regex.js';
import { jobsOf, parseUses, stepGroups, stepsOfJob, triggers, usesAction, withInput, type StepRef } from '../workflows/model.js';
import type { Severity } from '../model/severity.js';
import { strongestGate, untrustedCheckout } from '../workflows/exposure.js';
import { indexOfWithin } from '../workflows/lines.js';

/** Triggers that run with a write token and secrets in the context of the base repository. */
const RISKY = new Set(['pull_request_target', 'workflow_run']);
/** Triggers under which running pull-request code is critical. */
const CRITICAL_WITH_UNTRUSTED_CODE = new Set(['pull_request_target', 'workflow_run', 'issue_comment']);

/**
 * Commands that run code from the working tree: package-manager installs and scripts (which run lifecycle hooks from
 * the checked-out manifest), build tools, test runners, interpreters given a file, and scripts run by path.
 */
const EXECUTES_RE = new RegExp(
  // In command position: the start of a line or after a separator, past `sudo`, `env` and VAR=value prefixes.
  String.raw`(?:^|[;&|(\x60]|\bthen\b|\bdo\b)[ \t]*(?:sudo[ \t]+)?(?:env[ \t]+)?(?:[A-Za-z_][A-Za-z0-9_]*=\S*[ \t]+)*` +
    String.raw`(?:npm|pnpm|yarn|npx|bun|bunx|deno|node|make|gmake|cmake|ninja|meson|bazel|bazelisk|cargo|go[ \t]+(?:build|test|run|generate|install|vet)|` +
    String.raw`python[0-9.]*[ \t]+(?!-c\b)\S|pip[0-9.]*[ \t]+install[ \t]+(?:[^\n]*[ \t])?(?:-e[ \t]+)?\.|pytest|tox|nox|poetry|uv[ \t]+(?:run|sync|pip[ \t]+install)|hatch|` +
    String.raw`mvn|\.\/mvnw|gradle|\.\/gradlew|ant|sbt|dotnet|msbuild|bundle[ \t]+(?:install|exec)|rake|ruby[ \t]+\S|composer|php[ \t]+\S|mix|rebar3|` +
    String.raw`swift[ \t]+(?:build|test|run)|xcodebuild|docker[ \t]+(?:build|compose|run)|docker-compose|pre-commit|(?:ba|z)?sh[ \t]+(?!-c\b)[\w./-]|source[ \t]+\S|\.[ \t]+\.?\/|\.\/[\w.-])`,
  'm',
);

/** Actions that build or run the checked-out code. */
const EXECUTING_ACTIONS = new Set([
  'github/codeql-action/autobuild',
  'pre-commit/action',
  'gradle/gradle-build-action',
  'gradle/actions/setup-gradle',
  'docker/build-push-action',
  'cypress-io/github-action',
  'bahmutov/npm-install',
  'borales/actions-yarn',
  'ruby/setup-ruby',
  'pnpm/action-setup',
  'astral-sh/setup-uv',
]);

function actionKey(uses: string): string {
  const ref = parseUses(uses);
  return ref.kind === 'repository' ? `${ref.repository}${ref.subpath ? `/${ref.subpath.toLowerCase()}` : ''}` : '';
}


/**
 * Whether a later step works inside the checked-out tree. A checkout into `path:` (a sub-directory) is only run by
 * steps that go there: a `working-directory` under it, a `cd` into it, or a command run from it.
 */
function worksIn(step: YMap, dir: string | undefined): boolean {
  if (dir === undefined) return true;
  const wd = step['working-directory'];
  if (typeof wd === 'string' && (wd.replace(/^\.\//, '') + '/').startsWith(dir + '/')) return true;
  if (typeof step.run !== 'string') return false;
  const d = escapeRegExp(dir);
  return new RegExp(`\\bcd[ \\t]+["']?(?:\\./)?${d}\\b|\\bpushd[ \\t]+["']?(?:\\./)?${d}\\b|(?:^|[;&|(\\s])(?:\\./)?${d}/[\\w./-]*\\.(?:sh|py|js|mjs|ts|rb|pl)\\b`, 'm').test(step.run);
}

/** The sub-directory a checkout step writes to, or undefined for the workspace itself. */
function checkoutDir(step: YMap): string | undefined {
  const p = withInput(step, 'path');
  if (typeof p !== 'string') return undefined;
  const dir = p.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  return dir === '' || dir === '.' || dir.includes('${{') ? undefined : dir;
}

/** What runs the checked-out pull-request code after the checkout at `from` (same job), if anything. */
function executionAfter(steps: StepRef[], from: number, sameStepScript: string | undefined, text: string): { span: Span; what: string } | undefined {
  const dir = checkoutDir(steps[from]!.step);
  if (sameStepScript !== undefined) {
    const m = EXECUTES_RE.exec(sameStepScript);
    if (m) return { span: valueSpan(steps[from]!.step, 'run')!, what: `runs it in the same script (\`${m[0].trim()}\`)` };
  }
  for (let i = from + 1; i < steps.length; i++) {
    const s = steps[i]!.step;
    if (typeof s.uses === 'string') {
      const uses = s.uses.trim();
      if (uses.startsWith('./') && (dir === undefined || uses.slice(2).startsWith(dir + '/'))) return { span: valueSpan(s, 'uses')!, what: `runs the checked-out local action \`${uses}\`` };
      const key = actionKey(uses);
      const ruby = key === 'ruby/setup-ruby' && withInput(s, 'bundler-cache') !== true && withInput(s, 'bundler-cache') !== 'true';
      const pnpm = key === 'pnpm/action-setup' && !withInput(s, 'run_install');
      if (EXECUTING_ACTIONS.has(key) && !ruby && !pnpm && dir === undefined) return { span: valueSpan(s, 'uses')!, what: `builds or runs it with ${uses}` };
    }
    if (typeof s.run === 'string' && worksIn(s, dir)) {
      const m = EXECUTES_RE.exec(s.run);
      if (m) {
        const run = valueSpan(s, 'run')!;
        const at = indexOfWithin(text, m[0].trim(), run[0], run[1]);
        return { span: at >= 0 ? [at, at + m[0].trim().length] : run, what: `runs it (\`${m[0].trim()}\`)` };
      }
    }
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
      'pull_request_target / workflow_run run with a write token and secrets; checking out pull-request code under them (or issue_comment) hands both to the PR author — critical when that code is then built or run, lower behind a gate on the actor.',
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
      const names = critical.map((t) => t.name).join(', ');
      for (const group of stepGroups(context.file)) {
        group.forEach((step, index) => {
          const hit = untrustedCheckout(step, context.file.text);
          if (!hit) return;
          const runScript = typeof step.step.run === 'string' ? step.step.run : undefined;
          const exec = executionAfter(group, index, runScript, context.file.text);
          const gate = strongestGate(step.step.if, step.job?.job.if);
          // Running the author's code with secrets and a write token is the critical case; a checkout alone is one
          // careless step away from it (and hands the code to every later action that reads the workspace).
          let severity: Severity = exec ? 'critical' : 'high';
          if (gate) severity = gate.strength === 'strong' ? 'medium' : exec ? 'high' : 'medium';
          const consequence = exec
            ? `and ${exec.what}: the pull request's author controls code that runs with secrets and a write token`
            : 'but no later step is seen running it: keep it that way (nothing from that tree may be built, installed or executed here)';
          const gated = gate ? ` (gated: ${gate.what})` : '';
          context.report({
            message: `This ${names} workflow ${hit.what} ${consequence}${gated}`,
            severity,
            span: hit.span,
            path: [...step.path, 'untrusted-checkout'],
            related: [
              ...critical.map((t) => ({ message: `privileged trigger ${t.name}`, span: t.span })),
              ...(exec ? [{ message: 'pull-request code runs here', span: exec.span }] : []),
            ],
          });
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
