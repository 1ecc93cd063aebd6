import type { Rule, RuleContext } from '../model/rule.js';
import type { Severity } from '../model/severity.js';
import { valueSpan, type Span } from '../workflows/yaml.js';
import { allSteps, type StepRef } from '../workflows/model.js';
import type { SourceFile } from '../workflows/source.js';
import { scriptLineSpan } from '../workflows/script-sinks.js';
import { strongestGate, shiftSeverity } from '../workflows/exposure.js';
import { jobCredentials, jobTokenContext } from '../workflows/token-power.js';
import { codeSinkOf, shorten, untrustedExpansions, type CodeSink, type EventAccess, type Expansion } from '../workflows/untrusted-values.js';

function readEnv(language: CodeSink['language'], name: string): string {
  switch (language) {
    case 'javascript':
      return `process.env.${name}`;
    case 'pwsh':
      return `$env:${name}`;
    case 'cmd':
      return `%${name}%`;
    case 'python':
      return `os.environ["${name}"]`;
    default:
      return `"$${name}"`;
  }
}


const ACCESS_RANK: Record<EventAccess | 'caller', number> = { merged: 0, caller: 1, fork: 2, privileged: 3 };

function who(access: EventAccess | 'caller', events: string): string {
  switch (access) {
    case 'privileged':
      return `anyone who can start the workflow (${events}) writes it`;
    case 'fork':
      return `anyone who opens a pull request from a fork writes it (${events}; a fork's run gets a read-only token and no secrets)`;
    case 'merged':
      return `whoever gets a commit merged writes it (${events})`;
    default:
      return "whoever causes the caller's event may write it (it depends on the workflow that uses this one)";
  }
}

/** What code injected into a step gets: the job's token (unless read-only), every secret of the job, OIDC. */
function holdings(file: SourceFile, step: StepRef): { holds: string[]; grant: string } {
  const ctx = jobTokenContext(file, step.job);
  const creds = step.job ? jobCredentials(file, step.job) : undefined;
  const holds: string[] = [];
  if (ctx.power !== 'read') holds.push(`the job's token (${ctx.grant})`);
  if (creds?.allSecrets) holds.push('every secret of the repository');
  else if (creds?.secrets.length) holds.push(`its secrets (${creds.secrets.slice(0, 5).join(', ')}${creds.secrets.length > 5 ? ' …' : ''})`);
  if (creds?.idToken) holds.push('`id-token: write` (OIDC tokens for clouds and registries)');
  return { holds, grant: ctx.grant };
}

function reportStep(context: RuleContext, step: StepRef, sink: CodeSink, hits: readonly Expansion[]): void {
  const { file } = context;
  const access = hits.map((h) => h.match.access ?? 'caller').reduce((a, b) => (ACCESS_RANK[b] > ACCESS_RANK[a] ? b : a));
  const events = [...new Set(hits.flatMap((h) => (h.match.access === undefined ? [] : h.match.events)))].join(', ');
  const { holds, grant } = holdings(file, step);
  // High only where an outsider reaches a run that holds something worth stealing.
  let severity: Severity = access === 'privileged' && holds.length > 0 ? 'high' : 'medium';
  const gate = strongestGate(step.job?.job.if, step.step.if);
  if (gate?.strength === 'strong') severity = shiftSeverity(severity, -1, 'low');
  const runsWith =
    access === 'fork' ? 'runs on the runner, with its caches and network' : holds.length ? `runs with ${holds.join(', ')}` : `runs on the runner (the job's token: ${grant})`;

  const first = hits[0]!;
  const values = [...new Map(hits.map((h) => [h.text, h])).values()];
  const list = values.map((h) => `\`${h.text}\` (${h.viaEnv ? `env ${h.viaEnv}, from ${h.match.what}` : h.match.what})`).join(', ');
  const fix = first.viaEnv
    ? `read the variable instead of expanding it: ${readEnv(sink.language, first.viaEnv)} in place of \`${first.text}\``
    : `pass it through \`env:\` — \`env: { ${first.match.env}: \${{ ${shorten(first.inner)} }} }\` — and read ${readEnv(sink.language, first.match.env)} in the script`;
  const span = (line: number): Span => scriptLineSpan(file, valueSpan(sink.holder, sink.key)!, sink.script, line);
  const otherLines = [...new Set(hits.map((h) => h.line))].filter((l) => l !== first.line);
  context.report({
    message: `${list} ${values.length === 1 ? 'is' : 'are'} expanded into ${sink.name}: ${who(access, events)}, so it becomes code that ${runsWith}${gate?.strength === 'strong' ? `; lowered: ${gate.what}` : ''}. Fix: ${fix}`,
    severity,
    span: span(first.line),
    path: [...sink.path, 'template-injection'],
    ...(otherLines.length ? { related: otherLines.slice(0, 10).map((l) => ({ message: 'also expanded here', span: span(l) })) } : {}),
  });
}

/** One finding per script that expands attacker-written text. */
function check(context: RuleContext): void {
  for (const step of allSteps(context.file)) {
    const sink = codeSinkOf(context.file, step);
    const hits = sink ? untrustedExpansions(context.file, step, sink) : [];
    if (sink && hits.length) reportStep(context, step, sink, hits);
  }
}

export const templateInjection: Rule = {
  meta: {
    id: 'template-injection',
    category: 'template-injection',
    defaultSeverity: 'high',
    summary:
      'Text an outsider writes (issue, pull request, comment or review titles and bodies, branch names, commit messages …) expanded with `${{ }}` into a `run:` script or an actions/github-script `script:`: it runs as code, with the job\'s token and secrets — high when the job holds a write scope or secrets and outsiders start it, medium otherwise.',
    remediation:
      'Never expand event data into a script: pass it through `env:` (`env: { PR_TITLE: ${{ github.event.pull_request.title }} }`) and read the variable (`"$PR_TITLE"`, `process.env.PR_TITLE`), which the shell or interpreter treats as data.',
    docs: '#rule-template-injection',
    tags: ['injection', 'token-theft'],
    appliesTo: ['workflow', 'action'],
  },
  check,
};
