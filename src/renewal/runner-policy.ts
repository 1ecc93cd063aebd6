/**
 * The pure half of the runner-token job: where a registration token is minted (scope), what that needs (permissions),
 * whether this run must refresh, how the metrics move, and what the runner list and the failures say as findings.
 * runner-token.ts does the I/O around these.
 */
import type { Finding } from '../model/finding.js';
import { formatDuration } from './duration.js';
import { renewalFinding } from './findings.js';
import { RUNNER_OFFLINE, RUNNER_TOKEN_REFRESH_FAILED } from './rules.js';
import type { RunnerTokenMetrics } from './state.js';

/** Registration tokens live one hour (API-FACTS Part 1). */
export const RUNNER_TOKEN_LIFETIME_MS = 3_600_000;
/** Refresh this long before the stored token expires (the seed's 5 minutes). */
export const DEFAULT_THRESHOLD_MS = 5 * 60_000;
/** Consecutive failed runs before the failure finding turns critical (the seed's 3). */
export const DEFAULT_ALERT_AFTER = 3;

export type RunnerScope = { kind: 'repo'; owner: string; repo: string } | { kind: 'org'; org: string } | { kind: 'enterprise'; enterprise: string };

/** `repository acme/app`, `organisation acme`, `enterprise big-co`. */
export function scopeWords(scope: RunnerScope): string {
  return scope.kind === 'repo' ? `repository ${scope.owner}/${scope.repo}` : scope.kind === 'org' ? `organisation ${scope.org}` : `enterprise ${scope.enterprise}`;
}

/** The REST path of the scope: `repos/acme/app`, `orgs/acme`, `enterprises/big-co`. */
export function scopePath(scope: RunnerScope): string {
  return scope.kind === 'repo' ? `repos/${scope.owner}/${scope.repo}` : scope.kind === 'org' ? `orgs/${scope.org}` : `enterprises/${scope.enterprise}`;
}

export interface PermissionWords {
  /** The fine-grained (App or PAT) permission, in GitHub's words and by its API name; undefined when none exists. */
  fineGrained?: string;
  /** The classic PAT scope. */
  classic: string;
}

/** What minting (and listing) runners in a scope needs. */
export function runnerPermission(scope: RunnerScope): PermissionWords {
  switch (scope.kind) {
    case 'repo':
      return { fineGrained: 'the repository permission "Administration: write" (administration)', classic: 'repo' };
    case 'org':
      return { fineGrained: 'the organisation permission "Self-hosted runners: write" (organization_self_hosted_runners)', classic: 'admin:org' };
    default:
      // Enterprise runner endpoints take a classic PAT only.
      return { classic: 'manage_runners:enterprise' };
  }
}

/** What writing an Actions secret in a scope needs. */
export function secretPermission(scope: RunnerScope): PermissionWords {
  return scope.kind === 'org'
    ? { fineGrained: 'the organisation permission "Secrets: write" (organization_secrets)', classic: 'admin:org' }
    : { fineGrained: 'the repository permission "Secrets: write" (secrets)', classic: 'repo' };
}

export function permissionWords(p: PermissionWords): string {
  return p.fineGrained ? `${p.fineGrained} for a GitHub App or fine-grained PAT, or the scope ${p.classic} for a classic PAT` : `a classic PAT with the scope ${p.classic}`;
}

export type RefreshReason = 'forced' | 'jit' | 'output' | 'unknown' | 'expired' | 'due' | 'fresh';

export interface RefreshInput {
  nowMs: number;
  /** When the stored token expires, and where that came from; absent when nothing says. */
  stored?: { expiresAtMs: number; source: 'state' | 'secret' };
  thresholdMs: number;
  force: boolean;
  jit: boolean;
  /** The run wants the value itself (a step output), so it needs a token whatever the stored one's age. */
  wantsValue: boolean;
}

export interface RefreshDecision {
  refresh: boolean;
  reason: RefreshReason;
  /** Why, in words (times in ISO 8601, no values). */
  detail: string;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Refresh when the stored token is past `expires_at − threshold`, or nothing says when it expires, or the run asks. */
export function refreshDecision(input: RefreshInput): RefreshDecision {
  if (input.jit) return { refresh: true, reason: 'jit', detail: 'a JIT config serves one runner once: every run makes a new one' };
  if (input.force) return { refresh: true, reason: 'forced', detail: '--force' };
  if (input.wantsValue) return { refresh: true, reason: 'output', detail: 'the step output needs a token this run' };
  const stored = input.stored;
  if (!stored) return { refresh: true, reason: 'unknown', detail: 'no stored token is known (no state, no secret)' };
  const from = stored.source === 'state' ? 'by the state' : "by the secret's updated_at + 1 hour";
  const left = stored.expiresAtMs - input.nowMs;
  if (left <= 0) return { refresh: true, reason: 'expired', detail: `the stored token expired at ${iso(stored.expiresAtMs)} (${from})` };
  if (left <= input.thresholdMs) {
    return { refresh: true, reason: 'due', detail: `the stored token expires at ${iso(stored.expiresAtMs)} (${from}), in ${formatDuration(left)}: within the ${formatDuration(input.thresholdMs)} threshold` };
  }
  return {
    refresh: false,
    reason: 'fresh',
    detail: `the stored token expires at ${iso(stored.expiresAtMs)} (${from}), in ${formatDuration(left)}; it is refreshed from ${iso(stored.expiresAtMs - input.thresholdMs)} (threshold ${formatDuration(input.thresholdMs)})`,
  };
}

/**
 * A run that refreshes nothing checks whether the token will outlive the gap to the next run, judged by the gap since
 * the last one: a schedule every 30 minutes with the default 5-minute threshold leaves the secret expired for a while.
 */
export function lapseWarning(nowMs: number, lastCheckMs: number | undefined, expiresAtMs: number, thresholdMs: number): string | undefined {
  if (lastCheckMs === undefined || lastCheckMs >= nowMs) return undefined;
  const gap = nowMs - lastCheckMs;
  if (expiresAtMs - nowMs - gap > 0) return undefined;
  return `runs come about every ${formatDuration(gap)} and the stored token expires in ${formatDuration(expiresAtMs - nowMs)}: it will lapse before the next run refreshes it; set --threshold above the schedule interval (e.g. ${formatDuration(Math.ceil((gap + 5 * 60_000) / 60_000) * 60_000)}), above ${formatDuration(thresholdMs)}`;
}

export type RunOutcome = 'refreshed' | 'fresh' | 'failed';

/** The metrics after a run: every run is a check; a failure counts towards the consecutive ones, anything else ends them. */
export function nextMetrics(previous: RunnerTokenMetrics, outcome: RunOutcome, nowIso: string): RunnerTokenMetrics {
  return {
    last_check: nowIso,
    last_refresh: outcome === 'refreshed' ? nowIso : previous.last_refresh,
    total_refreshes: previous.total_refreshes + (outcome === 'refreshed' ? 1 : 0),
    failed_refreshes: previous.failed_refreshes + (outcome === 'failed' ? 1 : 0),
    consecutive_failures: outcome === 'failed' ? previous.consecutive_failures + 1 : 0,
  };
}

export interface RunnerInfo {
  name: string;
  status: string;
  labels: string[];
}

function labelKey(labels: readonly string[]): string[] {
  return [...new Set(labels.map((l) => l.toLowerCase()))].sort();
}

const MAX_NAMES = 10;

/**
 * Offline runners, one finding per label set. High when no online runner carries every label of the set: a job that
 * asks for exactly those labels has nowhere to run. (An online runner with more labels still serves it, which is why
 * this compares supersets rather than equal sets.)
 */
export function offlineRunnerFindings(scope: RunnerScope, runners: readonly RunnerInfo[]): Finding[] {
  const file = `${scopePath(scope)}/actions/runners`;
  const groups = new Map<string, { labels: string[]; names: string[] }>();
  for (const r of runners) {
    if (r.status !== 'offline') continue;
    const labels = labelKey(r.labels);
    const key = labels.join('\u0000');
    const group = groups.get(key) ?? { labels, names: [] };
    group.names.push(r.name);
    groups.set(key, group);
  }
  const online = runners.filter((r) => r.status === 'online').map((r) => new Set(labelKey(r.labels)));
  const findings: Finding[] = [];
  for (const { labels, names } of groups.values()) {
    const servedBy = online.filter((set) => labels.every((l) => set.has(l))).length;
    const shown = names.slice(0, MAX_NAMES).join(', ') + (names.length > MAX_NAMES ? ` and ${names.length - MAX_NAMES} more` : '');
    const set = `[${labels.join(', ')}]`;
    const message =
      servedBy === 0
        ? `No online runner in ${scopeWords(scope)} carries the labels ${set}: ${names.length} runner(s) with them are offline (${shown}), so jobs asking for them wait; a lapsed registration (an expired registration token) is the usual cause`
        : `${names.length} runner(s) with the labels ${set} are offline in ${scopeWords(scope)} (${shown}); ${servedBy} online runner(s) still serve these labels`;
    findings.push(renewalFinding(RUNNER_OFFLINE, { file, path: ['labels', ...labels], message, severity: servedBy === 0 ? 'high' : 'medium' }));
  }
  return findings;
}

/** The failure of this run as a finding: high, critical from `alertAfter` consecutive failed runs on. */
export function refreshFailedFinding(scope: RunnerScope, target: string, stateKey: string, error: string, consecutive: number, alertAfter: number, expiredAt?: string): Finding {
  const critical = consecutive >= alertAfter;
  const lapse = expiredAt ? `; the stored token expired at ${expiredAt}` : '';
  const message = critical
    ? `Runner token refresh for ${target} has failed ${consecutive} runs in a row${lapse}: runners that register now fail. Last error: ${error}`
    : `Runner token refresh for ${target} failed (${consecutive} consecutive; critical from ${alertAfter})${lapse}: ${error}`;
  return renewalFinding(RUNNER_TOKEN_REFRESH_FAILED, { file: `${scopePath(scope)}/actions/runners`, path: ['refresh', stateKey], message, severity: critical ? 'critical' : 'high' });
}
