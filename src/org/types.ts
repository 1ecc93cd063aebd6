/**
 * The organisation scan's data: what the listing returns, what is fetched per repository, and the three frozen,
 * versioned JSON shapes that travel between the jobs of a sharded run — the plan (plan job → scan jobs), a shard
 * result (each scan job → the report job) and the organisation report. Pure types.
 */
import type { ScanInput } from '../engine.js';
import type { FailOn, Severity } from '../model/severity.js';
import type { DefaultWorkflowPermissions } from '../workflows/source.js';

/** One repository as the GraphQL listing (or the REST fallback) describes it. */
export interface OrgRepository {
  name: string;
  nameWithOwner: string;
  isArchived: boolean;
  isFork: boolean;
  isDisabled: boolean;
  isEmpty: boolean;
  isPrivate: boolean;
  /** PUBLIC, PRIVATE or INTERNAL. */
  visibility: string;
  defaultBranch: string | null;
}

/** A blob GraphQL cut (`isTruncated`) or could not give as text: fetched again over REST by its object id. */
export interface PendingBlob {
  path: string;
  oid: string;
  byteSize: number;
}

/** What was read from one repository's default branch. */
export interface RepositoryFiles {
  /** `owner/name` */
  repository: string;
  /** Workflows (`.github/workflows/*.yml|yaml`) and action metadata (`action.yml|yaml`), paths from the repository root. */
  files: ScanInput[];
  /** `.github/token-scope-map.yml` (or the legacy path) when the repository has one. */
  registry?: ScanInput;
  /** `.github/token-warden.yml` when the repository has one. */
  config?: ScanInput;
  /** Blobs still to fetch over REST (text cut at 512,000 bytes). */
  pending: PendingBlob[];
  /** Directories of local actions to read: `.github/actions/*` and the `./path` a workflow `uses:`. */
  actionDirs: string[];
  /** What could not be read, and why (binary files, blobs over the REST limit …). */
  notes: string[];
  via: 'graphql' | 'rest';
}

/** Per-shard API use, counted at the transport (every HTTP request, retries included). */
export interface CallCounts {
  graphql: number;
  rest: number;
  /** REST answers `304 Not Modified` to a conditional request: free against the rate limit. */
  notModified: number;
}

export const PLAN_KIND = 'token-warden-org-plan';
export const SHARD_KIND = 'token-warden-org-shard';
export const ORG_REPORT_KIND = 'token-warden-org-report';
/** Version of the plan, shard result and organisation report shapes: additions keep it, removals or renames bump it. */
export const ORG_FORMAT_VERSION = 1;

export interface PlannedShard {
  /** 1-based: the matrix value `--shard K` takes. */
  index: number;
  /** `owner/name`, sorted. */
  repositories: string[];
  /** Sum of the weights of its repositories (workflow counts when known, else 1 each). */
  weight: number;
}

/** An organisation-level token registry, carried in the plan so every shard judges by the same text. */
export interface PlannedRegistry {
  /** Where it came from: a local path or `OWNER/REPO:PATH`. */
  source: string;
  text: string;
}

export interface OrgPlan {
  version: typeof ORG_FORMAT_VERSION;
  kind: typeof PLAN_KIND;
  org: string;
  /** `mode`: how repositories are read (`rest` where GraphQL is not available). */
  options: { forks: boolean; mode: 'graphql' | 'rest' };
  /** Repositories to scan (after the filters). */
  repositories: number;
  /** Repositories listed but not scanned, by why. */
  skipped: { archived: string[]; disabled: string[]; empty: string[]; forks: string[] };
  /** How the shard count was chosen, in words. */
  shardCountReason: string;
  shards: PlannedShard[];
  orgRegistry?: PlannedRegistry;
  /** Said once while planning (the organisation's settings could not be read …). */
  notes: string[];
  /** The organisation's default workflow permissions when readable (null: not readable): shards need not ask again. */
  orgDefaultWorkflowPermissions?: DefaultWorkflowPermissions | null;
  /** API calls the plan took (listing, the organisation's settings, the organisation registry). */
  calls?: CallCounts;
}

/** A finding as the organisation report keeps it: the JSON report's fields without the rule's remediation text. */
export interface OrgFinding {
  ruleId: string;
  category: string;
  severity: Severity;
  message: string;
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  fingerprint: string;
  suppressed?: true;
}

export interface RepositorySummary {
  workflows: number;
  actions: number;
  parseErrors: number;
  /** Unsuppressed findings by severity. */
  bySeverity: Record<Severity, number>;
  total: number;
  suppressed: number;
  maxSeverity: Severity | null;
}

export interface RepositoryResult {
  repository: string;
  /** The default GITHUB_TOKEN permissions the scan used; null when unknown (judged as possibly write-all). */
  defaultWorkflowPermissions: DefaultWorkflowPermissions | null;
  /** Where that came from. */
  defaultWorkflowPermissionsFrom: 'repository' | 'organization' | null;
  /** The registry the workflows were held to: the repository's path, `organisation`, or null. */
  registry: string | null;
  /** The repository's own config file, when it has one and it was valid. */
  config: string | null;
  summary: RepositorySummary;
  findings: OrgFinding[];
  ruleFailures: Array<{ file: string; ruleId: string; message: string }>;
  notes: string[];
}

export interface FailedRepository {
  repository: string;
  error: string;
}

export interface ShardResult {
  version: typeof ORG_FORMAT_VERSION;
  kind: typeof SHARD_KIND;
  org: string;
  shard: number;
  shards: number;
  /** The plan this shard followed (its digest): results of different plans are not merged silently. */
  planDigest: string;
  repositories: RepositoryResult[];
  failed: FailedRepository[];
  notes: string[];
  calls: CallCounts;
  /** Repositories whose default workflow permissions were asked for (REST, one call each). */
  settingsLookups: number;
}

export interface OrgRepositoryRow extends RepositorySummary {
  repository: string;
  shard: number;
  defaultWorkflowPermissions: DefaultWorkflowPermissions | null;
  registry: string | null;
}

export interface FailedShard {
  shard: number;
  repositories: string[];
  reason: string;
}

export interface OrgReport {
  version: typeof ORG_FORMAT_VERSION;
  kind: typeof ORG_REPORT_KIND;
  org: string;
  failOn: FailOn;
  totals: {
    /** Repositories the plan meant to scan. */
    planned: number;
    scanned: number;
    /** Repositories not scanned: in a failed shard, or failed alone. */
    failed: number;
    withFindings: number;
    workflows: number;
    actions: number;
    findings: number;
    bySeverity: Record<Severity, number>;
    maxSeverity: Severity | null;
    /** Findings at or above fail-on. */
    failing: number;
  };
  repositories: OrgRepositoryRow[];
  failedShards: FailedShard[];
  failedRepositories: Array<FailedRepository & { shard: number }>;
  skipped: { archived: number; disabled: number; empty: number; forks: number };
  calls: CallCounts & { settingsLookups: number };
  notes: string[];
  /** The organisation-level registry, when the plan had one: its own checks (hygiene, pasted credentials). */
  orgRegistry?: { source: string; tokens: number; findings: OrgFinding[]; problems: string[] };
  /** Every finding, by repository (repositories without findings are left out). */
  findings: Record<string, OrgFinding[]>;
}
