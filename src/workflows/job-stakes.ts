/**
 * What code steered by an outsider inside a job — or inside some of its steps — could take or do: the job's
 * GITHUB_TOKEN, weighed by its write scopes, and the secrets those steps read. Grades the findings where an outsider
 * reaches privileged steps without running their own code there (a spoofed bot check, a poisoned $GITHUB_ENV).
 *
 * On the repository default (no `permissions:` in the file) the grant is unknown; when the job's steps need write
 * scopes (the knowledge base and script heuristics, `needs.ts`), the default must grant them for the job to work at
 * all, so those writes are what it holds.
 */
import type { SourceFile } from './source.js';
import type { JobRef, StepRef } from './model.js';
import type { PathSegment } from './paths.js';
import { collectUsage, type SecretReference } from '../registry/usage.js';
import { classifySecret } from './secret-kinds.js';
import { jobTokenContext, scopesWeight } from './token-power.js';
import { tokenWriteScopes } from './effective-permissions.js';
import { jobNeeds } from './needs.js';

export type StakesWeight = 'high' | 'medium';

export interface Stakes {
  /** `high`: writes that ship code, packages, releases or deployments, or a high-value secret; `medium`: other writes or secrets; undefined: nothing worth taking. */
  weight: StakesWeight | undefined;
  /** For messages: what is at stake, e.g. "the job's token can write `contents`; secret NPM_TOKEN (a package-registry credential)"; '' for nothing. */
  what: string;
}

const heavier = (a: StakesWeight | undefined, b: StakesWeight | undefined): StakesWeight | undefined =>
  a === 'high' || b === 'high' ? 'high' : (a ?? b);

function tokenStakes(file: SourceFile, job: JobRef): Stakes {
  const ctx = jobTokenContext(file, job);
  const p = ctx.permissions;
  if (ctx.power === 'read' || !p) return { weight: undefined, what: '' };
  const list = (scopes: readonly string[]) => scopes.map((s) => `\`${s}\``).join(', ');
  if (ctx.power === 'write') return { weight: scopesWeight(tokenWriteScopes(p)), what: `the job's token can write ${list(tokenWriteScopes(p))}` };
  if (p.source === 'default' && !p.narrowedByCaller) {
    const needs = jobNeeds(file, job).scopes;
    const writes = Object.keys(needs).filter((s) => s !== 'id-token' && needs[s]!.level === 'write').sort();
    if (writes.length > 0) {
      return { weight: scopesWeight(writes), what: `the job runs on the repository's default token, which must grant write to ${list(writes)} for its steps to work` };
    }
  }
  return { weight: 'medium', what: `the job's token: ${ctx.grant}` };
}

/**
 * Secrets the steps read: their own references and the job's and workflow's `env:` (which every step gets). GITHUB_TOKEN
 * is the token's business; identifiers kept as secrets (`AZURE_CLIENT_ID`) grant nothing alone.
 */
function secretStakes(file: SourceFile, job: JobRef, steps: readonly StepRef[] | undefined): Stakes {
  // Step paths are ['jobs', job, 'steps', <step>]: a reference belongs to the step named by its fourth segment.
  const stepKeys = steps ? new Set<PathSegment>(steps.map((s) => s.path[3]!)) : undefined;
  const inJob = (path: readonly PathSegment[]) => path[0] === 'jobs' && path[1] === job.id;
  const seen = new Map<string, SecretReference>();
  for (const ref of collectUsage(file).secrets) {
    const p = ref.path;
    const reaches = p[0] === 'env' || (inJob(p) && (!stepKeys || p[2] === 'env' || (p[2] === 'steps' && stepKeys.has(p[3]!))));
    if (reaches && !seen.has(ref.key) && classifySecret(ref.name).kind !== 'identifier') seen.set(ref.key, ref);
  }
  if (seen.size === 0) return { weight: undefined, what: '' };
  const kinds = [...seen.values()].map((r) => ({ name: r.name, kind: classifySecret(r.name) }));
  const weight: StakesWeight = kinds.some((k) => k.kind.highValue) ? 'high' : 'medium';
  const listed = kinds.map((k) => (k.kind.kind === 'unknown' ? k.name : `${k.name} (${k.kind.label})`)).join(', ');
  return { weight, what: `${kinds.length === 1 ? 'secret' : 'secrets'} ${listed}` };
}

/** What the whole job (`steps` undefined) or the given steps of it hold. */
export function stakesOf(file: SourceFile, job: JobRef, steps?: readonly StepRef[]): Stakes {
  const token = tokenStakes(file, job);
  const secrets = secretStakes(file, job, steps);
  return { weight: heavier(token.weight, secrets.weight), what: [token.what, secrets.what].filter(Boolean).join('; ') };
}
