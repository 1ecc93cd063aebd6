/**
 * One repository of an organisation scan, judged from what was fetched: its workflows and action metadata through
 * the engine, held to its own token registry (every registry rule) or else the organisation's (the drift rules only:
 * a token of the organisation registry that one repository does not use is not stale), with its own config file
 * (ignores, severities, disabled rules; `fail-on` is the organisation scan's), and with the repository's default
 * GITHUB_TOKEN permissions when they were read. Pure: the caller fetched everything.
 */
import { scan, type ScanInput, type ScanOptions } from '../engine.js';
import { DEFAULT_CONFIG, type ScanConfig } from '../config/types.js';
import { ConfigError } from '../config/validate-error.js';
import { parseConfig } from '../config/config.js';
import { checkRegistry } from '../registry/parse.js';
import { environmentScopedSecrets, REGISTRY_RULES, registryProjectRules } from '../registry/rules/index.js';
import { staleRegistryEntry } from '../registry/rules/stale-registry-entry.js';
import type { Registry } from '../registry/types.js';
import { WORKFLOW_PROJECT_RULES } from '../rules/index.js';
import type { ProjectRule } from '../model/rule.js';
import { SEVERITIES, maxSeverity, type FailOn, type Severity } from '../model/severity.js';
import type { Finding } from '../model/finding.js';
import type { DefaultWorkflowPermissions } from '../workflows/source.js';
import type { OrgFinding, RepositoryFiles, RepositoryResult, RepositorySummary } from './types.js';

/** The organisation registry, parsed once per shard. */
export interface OrgRegistry {
  /** How findings name it: `OWNER/REPO:PATH` or the local path it was read from. */
  path: string;
  text: string;
  registry: Registry;
}

export interface RepositoryScanOptions {
  failOn: FailOn;
  defaultWorkflowPermissions?: DefaultWorkflowPermissions;
  defaultWorkflowPermissionsFrom?: 'repository' | 'organization';
  orgRegistry?: OrgRegistry;
  onSecret?: (value: string) => void;
}

/** Registry rules that compare the registry with the workflows, except "declared and used nowhere". */
const ORG_REGISTRY_RULE_IDS: ReadonlySet<string> = new Set(REGISTRY_RULES.filter((r) => r.scope === 'workflows' && r.meta.id !== staleRegistryEntry.meta.id).map((r) => r.meta.id));

export function toOrgFinding(f: Finding): OrgFinding {
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    file: f.location.file,
    startLine: f.location.startLine,
    startColumn: f.location.startColumn,
    endLine: f.location.endLine,
    endColumn: f.location.endColumn,
    fingerprint: f.fingerprint,
    ...(f.suppression ? { suppressed: true as const } : {}),
  };
}

export function emptyBySeverity(): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
}

export function summarise(findings: readonly OrgFinding[], counts: { workflows: number; actions: number; parseErrors: number }): RepositorySummary {
  const bySeverity = emptyBySeverity();
  let suppressed = 0;
  for (const f of findings) {
    if (f.suppressed) suppressed++;
    else bySeverity[f.severity]++;
  }
  const active = findings.filter((f) => !f.suppressed);
  return { ...counts, bySeverity, total: active.length, suppressed, maxSeverity: maxSeverity(active.map((f) => f.severity)) ?? null };
}

function loadConfigText(file: ScanInput, notes: string[]): ScanConfig | undefined {
  try {
    return parseConfig(file.text, file.path);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    notes.push(`${file.path} is invalid (${error.issues.length} problem(s), e.g. line ${error.issues[0]?.line ?? '?'}: ${error.issues[0]?.message ?? ''}): scanned with the defaults`);
    return undefined;
  }
}

export function scanRepository(files: RepositoryFiles, options: RepositoryScanOptions): RepositoryResult {
  const notes = [...files.notes];
  const own = files.config ? loadConfigText(files.config, notes) : undefined;
  const config: ScanConfig = { ...(own ?? DEFAULT_CONFIG), failOn: options.failOn };

  const projectRules: ProjectRule[] = [...WORKFLOW_PROJECT_RULES];
  const extraFiles: ScanInput[] = [];
  let registryPath: string | null = null;
  // Tokens the registry scopes to environments are secret-outside-scope's, not secrets-outside-env's (one report).
  let scoped: ReadonlySet<string> | undefined;
  if (files.registry) {
    const check = checkRegistry(files.registry.text, files.registry.path, options.onSecret);
    if (check.registry) {
      projectRules.push(...registryProjectRules(check.registry, files.registry.path));
      scoped = environmentScopedSecrets(check.registry);
      extraFiles.push(files.registry);
      registryPath = files.registry.path;
    } else {
      notes.push(`${files.registry.path} is not a valid token registry (${check.issues.length} problem(s), e.g. line ${check.issues[0]?.line ?? '?'}: ${check.issues[0]?.message ?? ''}): registry rules skipped`);
    }
  } else if (options.orgRegistry) {
    const rules = registryProjectRules(options.orgRegistry.registry, options.orgRegistry.path).filter((r) => ORG_REGISTRY_RULE_IDS.has(r.meta.id));
    projectRules.push(...rules);
    scoped = environmentScopedSecrets(options.orgRegistry.registry);
    extraFiles.push({ path: options.orgRegistry.path, text: options.orgRegistry.text });
    registryPath = 'organisation';
  }

  const owner = files.repository.split('/')[0]?.toLowerCase();
  const scanOptions: ScanOptions = {
    config,
    projectRules,
    extraFiles,
    ...(files.config ? { textFiles: [files.config] } : {}),
    ...(owner ? { repositoryOwner: owner } : {}),
    ...(options.defaultWorkflowPermissions ? { defaultWorkflowPermissions: options.defaultWorkflowPermissions } : {}),
    ...(options.onSecret ? { onSecret: options.onSecret } : {}),
    ...(scoped ? { environmentScopedSecrets: scoped } : {}),
  };
  const result = scan(files.files, scanOptions);
  const findings = result.findings.map(toOrgFinding);
  return {
    repository: files.repository,
    defaultWorkflowPermissions: options.defaultWorkflowPermissions ?? null,
    defaultWorkflowPermissionsFrom: options.defaultWorkflowPermissions ? (options.defaultWorkflowPermissionsFrom ?? null) : null,
    registry: registryPath,
    config: own && files.config ? files.config.path : null,
    summary: summarise(findings, { workflows: result.stats.workflows, actions: result.stats.actions, parseErrors: result.stats.parseErrors }),
    findings,
    ruleFailures: result.ruleFailures.map((r) => ({ ...r })),
    notes,
  };
}

/** The organisation registry's own checks (hygiene, pasted credentials): once, for the organisation report. */
export function orgRegistryFindings(orgRegistry: { path: string; text: string }): { registry?: Registry; findings: OrgFinding[]; problems: string[] } {
  const check = checkRegistry(orgRegistry.text, orgRegistry.path);
  if (!check.registry) return { findings: [], problems: check.issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.message}`) };
  const result = scan([], {
    projectRules: registryProjectRules(check.registry, orgRegistry.path, { scope: 'registry-file' }),
    extraFiles: [{ path: orgRegistry.path, text: orgRegistry.text }],
  });
  return { registry: check.registry, findings: result.findings.map(toOrgFinding), problems: [] };
}
