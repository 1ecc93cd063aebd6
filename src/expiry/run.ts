/**
 * One expiry run, shared by `token-warden expiry` and the action: load the registry and the config, ask the sources
 * (none offline), judge every token by the policy, and return the findings (the scan report's shape) with the
 * rotation plan. The sources are passed in, built by ./sources/index.ts, so tests point them at the doubles.
 */
import { scan, type ScanResult } from '../engine.js';
import { UsageError } from '../errors.js';
import type { FailOn, Severity } from '../model/severity.js';
import type { ReportInput } from '../report/context.js';
import { DEFAULT_REGISTRY_PATH, LEGACY_REGISTRY_PATH, loadRegistry } from '../registry/load-file.js';
import { EXPIRY_RULE_IDS, registryProjectRules } from '../registry/rules/index.js';
import { loadConfig } from '../sources/config-file.js';
import { VERSION } from '../version.js';
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
}

export interface ExpiryReport extends ReportInput {
  registry: { path: string; tokens: number };
}

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
  const loaded = await loadRegistry(options.root, options.registryPath, options.cwd, options.mask);
  if (!loaded) throw new UsageError(`no token registry found under ${options.root} (looked for ${DEFAULT_REGISTRY_PATH} and ${LEGACY_REGISTRY_PATH}); use --registry FILE`);
  const { config: fileConfig } = await loadConfig(options.root, options.configPath, options.cwd, options.mask);
  const config = { ...fileConfig, ...(options.failOn ? { failOn: options.failOn } : {}), ...(options.minSeverity ? { minSeverity: options.minSeverity } : {}) };
  const registry = loaded.registry;

  const values = envValues(options.env, options.mask);
  const collected = await collectObservations(options.sources, {
    registry,
    nowMs: options.nowMs,
    valueOf: (token) => values.valueOf(token),
    mask: options.mask,
  });
  const notes: SourceNote[] = [...collected.notes];
  for (const name of values.tooShort) notes.push({ source: 'env', level: 'warning', token: name, message: `the value given for ${name} is too short to be a token; not checked` });

  const usage = options.usage ?? workflowUsage(options.root, options.cwd, loaded.file.absolutePath);
  const replaceableByOidc = new Map(Object.entries(usage.oidcReplaceable).map(([key, u]) => [key, u.registries]));
  const plan = buildExpiryPlan(registry, options.nowMs, { observations: collected.observations, sources: collected.sources, notes, replaceableByOidc });
  const result = scan([], {
    config,
    projectRules: registryProjectRules(registry, loaded.file.path, { scope: 'registry-file', now: new Date(options.nowMs), observations: collected.observations }).filter((r) =>
      EXPIRY_RULE_IDS.has(r.meta.id),
    ),
    extraFiles: [{ path: loaded.file.path, text: loaded.file.text }],
    onSecret: options.mask,
  });
  const report: ExpiryReport = {
    toolVersion: VERSION,
    findings: result.findings,
    stats: result.stats,
    ruleFailures: result.ruleFailures,
    failOn: config.failOn,
    minSeverity: config.minSeverity,
    registry: { path: loaded.file.path, tokens: registry.tokens.length },
    ...(options.links ? { links: options.links } : {}),
  };
  return { report, result, plan, collected, registryFile: loaded.file.path, registry };
}
