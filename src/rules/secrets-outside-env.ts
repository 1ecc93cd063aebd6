import type { Rule, RuleContext } from '../model/rule.js';
import type { Severity } from '../model/severity.js';
import { isReusableCall, jobsOf, type JobRef } from '../workflows/model.js';
import { collectUsage, type SecretReference } from '../registry/usage.js';
import { classifySecret } from '../workflows/secret-kinds.js';
import { jobExposure, triggerExposure } from '../workflows/exposure.js';
import type { YMap } from '../workflows/yaml.js';

/** Related locations kept per finding: enough to find every secret, never a page of them. */
const MAX_RELATED = 10;

/**
 * The references that count: by name (GITHUB_TOKEN is not a secret here, `collectUsage` leaves it out), not an
 * identifier kept as a secret by habit (`AZURE_CLIENT_ID` grants nothing alone, so no protection rule is owed to it),
 * and not a token the registry scopes to environments — `secret-outside-scope` judges those, at medium.
 */
function counted(refs: readonly SecretReference[], registryScoped: ReadonlySet<string> | undefined): SecretReference[] {
  return refs.filter((r) => classifySecret(r.name).kind !== 'identifier' && !registryScoped?.has(r.key));
}

/** Each secret once, as first written (names are case-insensitive). */
function names(refs: readonly SecretReference[]): string[] {
  const byKey = new Map<string, string>();
  for (const r of refs) if (!byKey.has(r.key)) byKey.set(r.key, r.name);
  return [...byKey.values()];
}

/** A job without `environment:` (a key with no value counts as none, as GitHub reads it). */
function hasEnvironment(job: YMap): boolean {
  const env = job.environment;
  return env !== undefined && env !== null && env !== '';
}

function report(context: RuleContext, refs: readonly SecretReference[], where: string, path: Array<string | number>, severity: Severity, note: string): void {
  const list = names(refs);
  const first = refs[0]!;
  const plural = list.length > 1;
  context.report({
    message:
      `${where} ${plural ? 'secrets' : 'secret'} ${list.join(', ')} without an \`environment:\`, so no deployment protection rule ` +
      `(required reviewers, branch or tag restrictions, a wait timer) stands between a run and ${plural ? 'them' : 'it'}: ` +
      `as repository or organisation ${plural ? 'secrets' : 'secret'}, ${plural ? 'they reach' : 'it reaches'} any workflow run on any branch${note}`,
    severity,
    span: first.span,
    path,
    ...(refs.length > 1 ? { related: refs.slice(1, 1 + MAX_RELATED).map((r) => ({ message: `secret ${r.name} is also used here`, span: r.span })) } : {}),
  });
}

/**
 * info; low when anyone can start the job (`pull_request_target`, `issue_comment`, `workflow_run` …, no strong gate):
 * there an environment with required reviewers is the only approval step a run could meet.
 */
function grade(root: YMap, job: YMap | undefined): { severity: Severity; note: string } {
  const exposure = job ? jobExposure(root, job) : triggerExposure(root);
  if (exposure.level !== 'outsider') return { severity: 'info', note: '' };
  return { severity: 'low', note: `; anyone can start this workflow (${exposure.events.join(', ')}) and reach ${job ? 'this job' : 'its jobs'} with no approval` };
}

export const secretsOutsideEnv: Rule = {
  meta: {
    id: 'secrets-outside-env',
    category: 'secrets-outside-env',
    defaultSeverity: 'info',
    summary:
      'A secret used in a job without an `environment:`: no deployment protection rule (reviewers, branch restrictions) guards it. Tokens the registry scopes to environments are `secret-outside-scope`\'s.',
    remediation:
      'Move the secret into a deployment environment (Settings → Environments) with protection rules — required reviewers, deployment branches or tags — and give the job that uses it `environment: <name>`; delete the repository or organisation copy.',
    docs: '#rule-secrets-outside-env',
    tags: ['least-privilege', 'secrets'],
    appliesTo: ['workflow'],
  },
  check(context) {
    const { file } = context;
    const usage = collectUsage(file);
    if (usage.secrets.length === 0) return;
    const registryScoped = context.environmentScopedSecrets;
    const jobs = jobsOf(file.root);
    const byJob = new Map<string, JobRef>(jobs.map((j) => [j.id, j]));

    // The workflow-level `env:` reaches every job: reported once when a job without an environment gets it.
    const topLevel = counted(usage.secrets.filter((r) => r.job === undefined && r.path[0] === 'env'), registryScoped);
    const bare = jobs.filter((j) => !isReusableCall(j.job) && !hasEnvironment(j.job));
    if (topLevel.length > 0 && bare.length > 0) {
      const { severity, note } = grade(file.root, undefined);
      report(context, topLevel, `The workflow-level \`env:\` gives ${bare.length === 1 ? `job "${bare[0]!.id}"` : `${bare.length} jobs`}`, ['env', 'secrets-outside-env'], severity, note);
    }

    const refsByJob = new Map<string, SecretReference[]>();
    for (const ref of usage.secrets) {
      if (ref.job === undefined) continue;
      const list = refsByJob.get(ref.job);
      if (list) list.push(ref);
      else refsByJob.set(ref.job, [ref]);
    }
    for (const [id, refs] of refsByJob) {
      const job = byJob.get(id);
      // A job that calls a reusable workflow cannot declare an environment: the called jobs decide.
      if (!job || isReusableCall(job.job) || hasEnvironment(job.job)) continue;
      const kept = counted(refs, registryScoped);
      if (kept.length === 0) continue;
      const { severity, note } = grade(file.root, job.job);
      report(context, kept, `Job "${id}" uses`, [...job.path, 'secrets-outside-env'], severity, note);
    }
  },
};
