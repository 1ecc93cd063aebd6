/** The only reader of action inputs: validates them into one typed settings object. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AlertGrouping } from './alerts/plan.js';
import * as core from '@actions/core';
import { UsageError } from './errors.js';
import { isWithin, realOrSelf, realPathOfNearest } from './sources/files.js';
import { parseInstant } from './expiry/policy.js';
import { FAIL_ON_VALUES, SEVERITIES, type FailOn, type Severity } from './model/severity.js';

export interface ActionSettings {
  workspace: string;
  paths: string[];
  /** Absent: the config file's value, else high. */
  failOn?: FailOn;
  minSeverity?: Severity;
  config?: string;
  sarifFile?: string;
  jsonFile?: string;
  annotations: boolean;
  summary: boolean;
  registry?: string;
  registryReport: boolean;
  links?: { serverUrl: string; repository: string; ref: string };
  /** `OWNER/NAME` of the repository the workflow runs in (GITHUB_REPOSITORY): its owner's actions are first-party. */
  repository?: string;
  /** `checks`: which checks run; absent: all that are configured (workflows, and registry + expiry when a registry exists). */
  checks?: ReadonlySet<Check>;
  /** `github-token`: the token the expiry sources call the API with (masked on read). */
  githubToken?: string;
  /** `api-url`, else GITHUB_API_URL, else https://api.github.com. */
  apiUrl?: string;
  /** `now`: the clock for expiry (a date or a timestamp with an offset); absent: the real clock. */
  now?: number;
  /** `trend`: keep the expiry state in the Actions cache and show what changed since the last run. */
  trend: boolean;
  /** `org-secrets`: also list the organisation's Actions secrets. */
  orgSecrets: boolean;
  /** Issue alerts (`issues: true`) and how they are grouped and addressed. */
  issues?: IssueSettings;
  /** `slack-webhook-url` (masked on read) and `slack-min-severity`. */
  slack?: { webhookUrl: string; minSeverity: Severity };
  /** `fail-on-new-only`: fail only on findings not on the base branch (or not in `baseline-file`). */
  failOnNewOnly: boolean;
  baselineFile?: string;
  /** The event the workflow runs for (GITHUB_EVENT_NAME and the event payload). */
  event: EventInfo;
  mode: Mode;
  /** `fix-summary`: put the least-privilege fix (a diff) in the job summary and SARIF. */
  fixSummary: boolean;
  /** `dry-run`: the writing modes say what they would do and write nothing. */
  dryRun: boolean;
  /** `token-values`: NAME=value lines (masked on read) that the expiry sources read as if they were in the environment. */
  tokenValues: Record<string, string>;
  /** `${server}/${repository}/actions/runs/${run id}` when the runner says. */
  runUrl?: string;
}

/** As src/alerts/plan.ts ALERT_GROUPINGS (not imported: the alert planner loads only when issues are on). */
const ALERT_GROUPINGS: readonly AlertGrouping[] = ['auto', 'per-finding', 'per-rule', 'digest'];

export interface IssueSettings {
  minSeverity: Severity;
  grouping: AlertGrouping;
  label: string;
  assignees: string[];
  mentionOwners: boolean;
}

export interface EventInfo {
  name?: string;
  /** A pull request from another repository (a fork): its token cannot write issues. */
  fromFork: boolean;
  /** The pull request's base commit and branch (for fail-on-new-only). */
  baseSha?: string;
  baseRef?: string;
}

/** What the event payload says about a pull request; an unreadable payload is treated as no pull request. */
export function readEvent(env: NodeJS.ProcessEnv): EventInfo {
  const info: EventInfo = { fromFork: false };
  if (env.GITHUB_EVENT_NAME) info.name = env.GITHUB_EVENT_NAME;
  if (env.GITHUB_BASE_REF) info.baseRef = env.GITHUB_BASE_REF;
  if (!env.GITHUB_EVENT_PATH) return info;
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { head?: { repo?: { full_name?: string } | null }; base?: { sha?: string; ref?: string } } };
    const pr = payload.pull_request;
    if (pr) {
      const head = pr.head?.repo?.full_name;
      info.fromFork = head !== undefined && env.GITHUB_REPOSITORY !== undefined && head.toLowerCase() !== env.GITHUB_REPOSITORY.toLowerCase();
      if (pr.base?.sha) info.baseSha = pr.base.sha;
      if (pr.base?.ref) info.baseRef = pr.base.ref;
    }
  } catch {
    // No payload to read (a local run): no pull request facts.
  }
  return info;
}

/** `mode`: what the step does — scan (and check expiry, alert), or one of the jobs that keep tokens alive. */
export const MODES = ['scan', 'vault-renew', 'runner-token', 'rotate'] as const;
export type Mode = (typeof MODES)[number];

export const CHECKS = ['workflows', 'registry', 'expiry'] as const;
export type Check = (typeof CHECKS)[number];

/** `checks: workflows, expiry` → the set; empty → undefined (all that are configured). */
export function parseChecks(value: string): ReadonlySet<Check> | undefined {
  const items = value
    .split(/[\s,]+/)
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  if (!items.length) return undefined;
  for (const item of items) {
    if (!(CHECKS as readonly string[]).includes(item)) throw new UsageError(`input checks must be a comma-separated list of ${CHECKS.join(', ')} (got "${item}")`);
  }
  return new Set(items as Check[]);
}

function choice<T extends string>(name: string, allowed: readonly T[]): T | undefined {
  const value = core.getInput(name).trim();
  if (value === '') return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`input ${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

function bool(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0'].includes(value)) return false;
  throw new UsageError(`input ${name} must be true or false (got "${value}")`);
}

function optional(name: string): string | undefined {
  const v = core.getInput(name).trim();
  return v === '' ? undefined : v;
}

/**
 * An input naming a file to read or write: it must resolve inside the workspace, as written (`..`, an absolute path)
 * and once symbolic links are followed (an existing file, or the directory a new one would land in). Returned as
 * given: messages quote it the way the workflow wrote it.
 */
function workspaceFile(name: string, workspace: string): string | undefined {
  const value = optional(name);
  if (value === undefined) return undefined;
  const abs = path.resolve(workspace, value);
  const inside = isWithin(workspace, abs) && isWithin(realOrSelf(workspace), realPathOfNearest(abs));
  if (!inside || abs === path.resolve(workspace)) {
    throw new UsageError(`input ${name} must name a file inside the workspace (${workspace}), got "${value}"${inside ? '' : ', which resolves outside it'}`);
  }
  return value;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const paths = core.getMultilineInput('path').map((p) => p.trim()).filter(Boolean);
  const failOn = choice('fail-on', FAIL_ON_VALUES);
  const minSeverity = choice('min-severity', SEVERITIES);
  // The files the action reads its settings from and writes its reports to stay in the workspace: a workflow input or
  // a symbolic link in the checkout cannot make it read or overwrite a file elsewhere on the runner.
  const config = workspaceFile('config', workspace);
  const sarifFile = workspaceFile('sarif-file', workspace);
  const jsonFile = workspaceFile('json-file', workspace);
  const registry = workspaceFile('registry', workspace);
  const settings: ActionSettings = {
    workspace,
    paths: paths.length ? paths : ['.'],
    ...(failOn ? { failOn } : {}),
    annotations: bool('annotations', true),
    summary: bool('summary', true),
    registryReport: bool('registry-report', false),
    trend: bool('trend', true),
    orgSecrets: bool('org-secrets', false),
    failOnNewOnly: bool('fail-on-new-only', false),
    mode: choice('mode', MODES) ?? 'scan',
    fixSummary: bool('fix-summary', false),
    dryRun: bool('dry-run', false),
    tokenValues: {},
    event: readEvent(env),
    ...(registry ? { registry } : {}),
    ...(minSeverity ? { minSeverity } : {}),
    ...(config ? { config } : {}),
    ...(sarifFile ? { sarifFile } : {}),
    ...(jsonFile ? { jsonFile } : {}),
  };
  const checks = parseChecks(core.getInput('checks'));
  if (checks) settings.checks = checks;
  const githubToken = core.getInput('github-token').trim();
  if (githubToken) {
    core.setSecret(githubToken);
    settings.githubToken = githubToken;
  }
  const apiUrl = optional('api-url');
  if (apiUrl) settings.apiUrl = apiUrl;
  const now = optional('now');
  if (now !== undefined) {
    const ms = parseInstant(now);
    if (ms === undefined) throw new UsageError(`input now must be a date (YYYY-MM-DD, meaning 00:00 UTC) or a timestamp with an offset (got "${now}")`);
    settings.now = ms;
  }
  if (bool('issues', false)) {
    settings.issues = {
      minSeverity: choice('issues-min-severity', SEVERITIES) ?? 'high',
      grouping: choice('issues-grouping', ALERT_GROUPINGS) ?? 'auto',
      label: optional('issues-label') ?? 'token-warden',
      assignees: (optional('issues-assignees') ?? '')
        .split(/[\s,]+/)
        .map((a) => a.replace(/^@/, ''))
        .filter(Boolean),
      mentionOwners: bool('issues-mention-owners', false),
    };
    if (/,/.test(settings.issues.label)) throw new UsageError(`input issues-label must be one label name without commas (got "${settings.issues.label}")`);
  }
  const webhook = core.getInput('slack-webhook-url').trim();
  if (webhook) {
    core.setSecret(webhook);
    settings.slack = { webhookUrl: webhook, minSeverity: choice('slack-min-severity', SEVERITIES) ?? 'high' };
  }
  const rawValues = core.getInput('token-values');
  for (const line of rawValues.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line);
    if (!m) {
      if (line.trim() && !line.trim().startsWith('#')) throw new UsageError('input token-values must be NAME=value lines (a line did not match; it is not shown, it may hold a secret)');
      continue;
    }
    const value = m[2]!.trim();
    if (value) core.setSecret(value);
    settings.tokenValues[m[1]!] = value;
  }
  const baselineFile = workspaceFile('baseline-file', workspace);
  if (baselineFile) settings.baselineFile = baselineFile;
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) settings.runUrl = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  if (env.GITHUB_REPOSITORY) settings.repository = env.GITHUB_REPOSITORY;
  if (env.GITHUB_REPOSITORY && env.GITHUB_SHA) {
    settings.links = { serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', repository: env.GITHUB_REPOSITORY, ref: env.GITHUB_SHA };
  }
  return settings;
}
