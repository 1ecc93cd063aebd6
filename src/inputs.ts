/** The only reader of action inputs: validates them into one typed settings object. */
import * as core from '@actions/core';
import { UsageError } from './errors.js';
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

export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const paths = core.getMultilineInput('path').map((p) => p.trim()).filter(Boolean);
  const failOn = choice('fail-on', FAIL_ON_VALUES);
  const minSeverity = choice('min-severity', SEVERITIES);
  const config = optional('config');
  const sarifFile = optional('sarif-file');
  const jsonFile = optional('json-file');
  const registry = optional('registry');
  const settings: ActionSettings = {
    workspace,
    paths: paths.length ? paths : ['.'],
    ...(failOn ? { failOn } : {}),
    annotations: bool('annotations', true),
    summary: bool('summary', true),
    registryReport: bool('registry-report', false),
    ...(registry ? { registry } : {}),
    ...(minSeverity ? { minSeverity } : {}),
    ...(config ? { config } : {}),
    ...(sarifFile ? { sarifFile } : {}),
    ...(jsonFile ? { jsonFile } : {}),
  };
  if (env.GITHUB_REPOSITORY && env.GITHUB_SHA) {
    settings.links = { serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', repository: env.GITHUB_REPOSITORY, ref: env.GITHUB_SHA };
  }
  return settings;
}
