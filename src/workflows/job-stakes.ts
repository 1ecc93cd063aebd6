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
import { collectUsage } from '../registry/usage.js';
import { classifySecret } from './secret-kinds.js';
import { jobCredentials, jobTokenContext, scopesWeight } from './token-power.js';
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

/** Weighs and lists secrets by name: GitHub, cloud, registry and signing credentials are high. */
function secretsWeighed(names: readonly string[]): Stakes {
  if (names.length === 0) return { weight: undefined, what: '' };
  const kinds = names.map((name) => ({ name, kind: classifySecret(name) }));
  const weight: StakesWeight = kinds.some((k) => k.kind.highValue) ? 'high' : 'medium';
  const shown = kinds.slice(0, 6).map((k) => (k.kind.kind === 'unknown' ? k.name : `${k.name} (${k.kind.label})`));
  return { weight, what: `${kinds.length === 1 ? 'secret' : 'secrets'} ${shown.join(', ')}${kinds.length > 6 ? ' …' : ''}` };
}

/**
 * What the whole job holds besides its token (token-power's jobCredentials): every secret it names — code running in
 * any step can read them all from the runner's memory, not only its own step's — the whole `secrets` context when it
 * escapes, and `id-token: write`.
 */
function jobHoldings(file: SourceFile, job: JobRef): Stakes {
  const creds = jobCredentials(file, job);
  const parts: Stakes[] = [];
  if (creds.allSecrets) parts.push({ weight: 'high', what: 'every secret of the repository (the whole `secrets` context reaches the job)' });
  else parts.push(secretsWeighed(creds.secrets));
  if (creds.idToken) parts.push({ weight: 'high', what: '`id-token: write` (OIDC tokens for clouds and registries)' });
  return combine(parts);
}

/**
 * Secrets some steps of a job read, for checks that only let fixed steps run (no outsider code): their own references
 * and the job's and workflow's `env:`, which every step gets. Identifiers kept as secrets (`AZURE_CLIENT_ID`) grant
 * nothing alone.
 */
function stepSecrets(file: SourceFile, job: JobRef, steps: readonly StepRef[]): Stakes {
  // Step paths are ['jobs', job, 'steps', <step>]: a reference belongs to the step named by its fourth segment.
  const stepKeys = new Set<PathSegment>(steps.map((s) => s.path[3]!));
  const names = new Map<string, string>();
  for (const ref of collectUsage(file).secrets) {
    const p = ref.path;
    const reaches = p[0] === 'env' || (p[0] === 'jobs' && p[1] === job.id && (p[2] === 'env' || (p[2] === 'steps' && stepKeys.has(p[3]!))));
    if (reaches && !names.has(ref.key) && classifySecret(ref.name).kind !== 'identifier') names.set(ref.key, ref.name);
  }
  return secretsWeighed([...names.values()]);
}

function combine(parts: readonly Stakes[]): Stakes {
  return { weight: parts.reduce<StakesWeight | undefined>((w, p) => heavier(w, p.weight), undefined), what: parts.map((p) => p.what).filter(Boolean).join('; ') };
}

/**
 * What the whole job holds (`steps` undefined: code that runs anywhere in it can take it all), or what the given steps
 * of it can do (fixed steps an outsider only gets to run).
 */
export function stakesOf(file: SourceFile, job: JobRef, steps?: readonly StepRef[]): Stakes {
  return combine([tokenStakes(file, job), steps ? stepSecrets(file, job, steps) : jobHoldings(file, job)]);
}
