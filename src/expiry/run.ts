/**
 * One expiry run, shared by `token-warden expiry` and the action: load the registry and the config, ask the sources
 * (none offline), judge every token by the policy, and return the findings (the scan report's shape) with the
 * rotation plan. The sources are passed in, built by ./sources/index.ts, so tests point them at the doubles.
 */
import type { ScanResult } from '../engine.js';
import type { FailOn, Severity } from '../model/severity.js';
import type { ReportInput } from '../report/context.js';
import { EXPIRY_RULE_IDS, registryProjectRules } from '../registry/rules/index.js';
import { judgeRegistry, loadRegistryJob, type RegistryJob, type RegistryJobReport } from '../registry-job.js';
import type { Registry } from '../registry/types.js';
import { usageOfInputs, type UsageSummary } from '../registry/usage.js';
import { discover, isWithin, readInputs } from '../sources/files.js';
import { buildExpiryPlan, type ExpiryPlan } from './plan.js';
import { collectObservations, type Collected } from './sources/collect.js';
import type { ExpirySource, SourceNote } from './sources/types.js';
import { envValues } from './sources/values.js';

export interface ExpiryRunOptions {
  /** Repository root the registry and config belong to. */
  root: string;
  cwd: string;
  registryPath?: string;
  configPath?: string;
  failOn?: FailOn;
  minSeverity?: Severity;
  nowMs: number;
  /** The online sources to ask; empty (offline) means declared dates only. */
  sources: readonly ExpirySource[];
  /** Where token values are read from (the entry's `env:`, else its name). */
  env: NodeJS.ProcessEnv;
  /** Registers a secret with the log masker, at the moment it is read. */
  mask: (value: string) => void;
  links?: ReportInput['links'];
  /**
   * Where the registered secrets are used, for the plan's "replaceable by OIDC" notes. Default: read from the
   * workflows and actions under `root` (as a scan would find them); pass one to skip reading.
   */
  usage?: UsageSummary;
  /** The registry and config, already loaded (the action's scan has): not read again. */
  job?: RegistryJob;
}

export type ExpiryReport = RegistryJobReport;

export interface ExpiryRunResult {
  report: ExpiryReport;
  /** The expiry findings as a scan result (to merge with a workflow scan's). */
  result: ScanResult;
  plan: ExpiryPlan;
  collected: Collected;
  /** The registry file, relative to the root (for headings). */
  registryFile: string;
  registry: Registry;
}

/** What the workflows and actions under the root do with secrets (unparsable files skipped; never the registry). */
function workflowUsage(root: string, cwd: string, registryFile: string): UsageSummary {
  const found = discover([root], cwd);
  return usageOfInputs(readInputs({ root: found.root, files: found.files.filter((f) => f !== registryFile && isWithin(found.root, f)) }));
}

export async function runExpiry(options: ExpiryRunOptions): Promise<ExpiryRunResult> {
  const job = options.job ?? (await loadRegistryJob(options));
  const { registry, file } = job;

  const values = envValues(options.env, options.mask);
  const collected = await collectObservations(options.sources, {
    registry,
    nowMs: options.nowMs,
    valueOf: (token) => values.valueOf(token),
    mask: options.mask,
  });
  const notes: SourceNote[] = [...collected.notes];
  for (const name of values.tooShort) notes.push({ source: 'env', level: 'warning', token: name, message: `the value given for ${name} is too short to be a token; not checked` });

  const usage = options.usage ?? workflowUsage(options.root, options.cwd, file.absolutePath);
  const replaceableByOidc = new Map(Object.entries(usage.oidcReplaceable).map(([key, u]) => [key, u.registries]));
  const plan = buildExpiryPlan(registry, options.nowMs, { observations: collected.observations, sources: collected.sources, notes, replaceableByOidc });
  const { result, report } = judgeRegistry(
    job,
    registryProjectRules(registry, file.path, { scope: 'registry-file', now: new Date(options.nowMs), observations: collected.observations }).filter((r) => EXPIRY_RULE_IDS.has(r.meta.id)),
    options.mask,
    options.links,
  );
  return { report, result, plan, collected, registryFile: file.path, registry };
}
