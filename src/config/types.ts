import type { FailOn, Severity } from '../model/severity.js';

/** Per-rule settings from the config file. */
export interface RuleSettings {
  severity?: Severity | undefined;
  disabled?: boolean | undefined;
  ignore?: string[] | undefined;
}

/** The settings a scan runs with, after the config file and command-line/action overrides. */
export interface ScanConfig {
  failOn: FailOn;
  minSeverity: Severity;
  /** Paths (globs or path:line) where every rule is suppressed. */
  ignore: string[];
  rules: Record<string, RuleSettings>;
}

export const DEFAULT_CONFIG: ScanConfig = { failOn: 'high', minSeverity: 'info', ignore: [], rules: {} };
