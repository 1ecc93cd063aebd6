import type { Rule, RuleContext } from '../model/rule.js';
import { isReusableCall, jobsOf, type JobRef } from '../workflows/model.js';
import { collectUsage, type SecretReference } from '../registry/usage.js';
import { classifySecret } from '../workflows/secret-kinds.js';
import type { YMap } from '../workflows/yaml.js';

/** Related locations kept per finding: enough to find every secret, never a page of them. */
const MAX_RELATED = 10;

/** Kinds no deployment protection rule is owed to: identifiers grant nothing alone; service tokens deploy nothing. */
const NOT_GUARDED: ReadonlySet<string> = new Set(['identifier', 'service']);

/**
 * The references that count: by name (GITHUB_TOKEN is not a secret here, `collectUsage` leaves it out), not an
 * identifier kept as a secret by habit (`AZURE_CLIENT_ID` grants nothing alone) nor a service token (coverage
 * uploads, chat webhooks: nothing they unlock is a deployment), and not a token the registry scopes to environments —
 * `secret-outside-scope` judges those, at medium.
 */
function counted(refs: readonly SecretReference[], registryScoped: ReadonlySet<string> | undefined): SecretReference[] {
  return refs.filter((r) => !NOT_GUARDED.has(classifySecret(r.name).kind) && !registryScoped?.has(r.key));
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

function report(context: RuleContext, refs: readonly SecretReference[], where: string, path: Array<string | number>): void {
  const list = names(refs);
  const first = refs[0]!;
  const plural = list.length > 1;
  context.report({
    message:
      `${where} ${plural ? 'secrets' : 'secret'} ${list.join(', ')} without an \`environment:\`, so no deployment protection rule ` +
      `(required reviewers, branch or tag restrictions, a wait timer) stands between a run and ${plural ? 'them' : 'it'}: ` +
      `as repository or organisation ${plural ? 'secrets' : 'secret'}, ${plural ? 'they reach' : 'it reaches'} any workflow run on any branch`,
    span: first.span,
    path,
    ...(refs.length > 1 ? { related: refs.slice(1, 1 + MAX_RELATED).map((r) => ({ message: `secret ${r.name} is also used here`, span: r.span })) } : {}),
  });
}

export const secretsOutsideEnv: Rule = {
  meta: {
    id: 'secrets-outside-env',
    category: 'secrets-outside-env',
    defaultSeverity: 'info',
    summary:
      'A secret used in a job without an `environment:`: no deployment protection rule (reviewers, branch restrictions) guards it (info). Tokens the registry scopes to environments are `secret-outside-scope`\'s.',
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
      report(context, topLevel, `The workflow-level \`env:\` gives ${bare.length === 1 ? `job "${bare[0]!.id}"` : `${bare.length} jobs`}`, ['env', 'secrets-outside-env']);
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
      report(context, kept, `Job "${id}" uses`, [...job.path, 'secrets-outside-env']);
    }
  },
};
