import type { ProjectRuleContext } from '../../model/rule.js';
import type { FileKind } from '../../workflows/source.js';
import type { Registry, RegistryToken } from '../types.js';
import { collectUsage, type BulkExposure, type FileUsage, type SecretReference } from '../usage.js';
import type { PathMatcher } from '../../model/globs.js';
import { groupBy, MAX_RELATED, whereIs, type RegistryRule } from './common.js';

function describeBulk(b: BulkExposure): string {
  if (b.how === 'secrets-inherit') return `\`secrets: inherit\` hands every secret to ${b.target}`;
  if (b.how === 'whole-secrets') return 'the whole `secrets` context (e.g. `toJSON(secrets)`) reaches a step';
  return '`secrets[<computed>]` can read any secret';
}

function usedByText(token: RegistryToken): string {
  return token.usedBy!.length === 0 ? 'used-by: [] — no workflow may use it' : `used-by: ${token.usedBy!.join(', ')}`;
}

/** A file's name references grouped by secret key, once per file (not one filter over all references per token). */
function refsByKey(data: FileUsage, cache: Map<FileUsage, Map<string, SecretReference[]>>): Map<string, SecretReference[]> {
  let byKey = cache.get(data);
  if (!byKey) {
    byKey = groupBy<SecretReference>(data.secrets, (r) => r.key);
    cache.set(data, byKey);
  }
  return byKey;
}

/** Uses outside `used-by`: by name, or — for tokens meant for some workflows — through a bulk hand-over. One finding per file and token. */
function checkUsedBy(ctx: ProjectRuleContext<FileUsage>, file: string, data: FileUsage, refs: readonly SecretReference[], token: RegistryToken, matcher: PathMatcher): void {
  if (matcher.matches(file)) return;
  // `used-by: []` declares a token kept outside the Actions secrets (runtime, Vault …): a bulk hand-over cannot reach it.
  const bulk = token.usedBy!.length > 0 ? data.bulk : [];
  if (refs.length === 0 && bulk.length === 0) return;
  // Only the first sites are reported: take them without copying every site per token.
  const sites = [...refs.slice(0, 1 + MAX_RELATED), ...bulk.slice(0, 1 + MAX_RELATED)];
  const first = sites[0]!;
  const message =
    refs.length > 0
      ? `Token "${token.name}" is used in ${file}, outside its registered scope (${usedByText(token)})`
      : `Token "${token.name}" reaches ${file} outside its registered scope (${usedByText(token)}): ${describeBulk(bulk[0]!)}`;
  ctx.report(file, {
    message,
    span: first.span,
    path: ['secrets', token.key, 'used-by'],
    related: sites.slice(1, 1 + MAX_RELATED).map((s) => ({ message: 'how' in s ? describeBulk(s) : `"${token.name}" is also used here`, span: s.span })),
  });
}

/** Name references from jobs whose environment is not one of the token's. One finding per file, job and token. */
function checkEnvironments(ctx: ProjectRuleContext<FileUsage>, file: string, kind: FileKind, refs: readonly SecretReference[], token: RegistryToken): void {
  if (kind !== 'workflow' || !token.environments) return;
  const allowed = new Set(token.environments.map((e) => e.toLowerCase()));
  for (const [job, group] of groupBy<SecretReference>(refs, (r) => r.job ?? '')) {
    const first = group[0]!;
    const env = first.environment;
    if (env?.kind === 'dynamic') continue;
    if (env?.kind === 'static' && allowed.has(env.name.toLowerCase())) continue;
    const why =
      env?.kind === 'static'
        ? `${whereIs(first, kind)} runs in environment "${env.name}"`
        : first.job !== undefined
          ? `${whereIs(first, kind)} has no environment`
          : 'it is read at the workflow level, outside any job environment';
    ctx.report(file, {
      message: `Token "${token.name}" is registered for environments ${token.environments.join(', ')}, but ${why}`,
      span: first.span,
      path: ['secrets', token.key, 'environments', job || '(workflow)'],
      related: group.slice(1, 1 + MAX_RELATED).map((r) => ({ message: `"${token.name}" is also used here`, span: r.span })),
    });
  }
}

/**
 * Upper-cased names of the registry's tokens that declare `environments:`: this rule judges where they are used, so
 * the workflow rules are told (RuleContext.environmentScopedSecrets) not to report the same use again.
 */
export function environmentScopedSecrets(registry: Registry): ReadonlySet<string> {
  return new Set(registry.tokens.filter((t) => t.environments !== undefined).map((t) => t.key));
}

export const secretOutsideScope: RegistryRule = {
  scope: 'workflows',
  meta: {
    id: 'secret-outside-scope',
    category: 'token-registry',
    defaultSeverity: 'medium',
    summary: "A registered token used in a file its `used-by` does not list (by name, or handed over in bulk), or in a job outside its `environments`.",
    remediation:
      'Use the token only where the registry allows it: move the step, give the job the right `environment`, pass secrets by name instead of `secrets: inherit`/`toJSON(secrets)` — or, if the new use is intended, widen `used-by`/`environments` in the registry.',
    docs: '#rule-secret-outside-scope',
    tags: ['token-registry', 'drift', 'least-privilege'],
    appliesTo: ['workflow', 'action'],
  },
  create({ registry, usedBy }) {
    return {
      meta: secretOutsideScope.meta,
      collect: collectUsage,
      finish(ctx) {
        const cache = new Map<FileUsage, Map<string, SecretReference[]>>();
        for (const { path, kind, data } of ctx.collected) {
          for (const token of registry.tokens) {
            const refs = refsByKey(data, cache).get(token.key) ?? [];
            const matcher = usedBy.get(token.key);
            if (matcher) checkUsedBy(ctx, path, data, refs, token, matcher);
            checkEnvironments(ctx, path, kind, refs, token);
          }
        }
      },
    };
  },
};
