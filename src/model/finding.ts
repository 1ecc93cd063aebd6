import type { Severity } from './severity.js';

/** A 1-based, inclusive-start range in one file. `file` is relative to the scan root, with forward slashes. */
export interface Location {
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface Suppression {
  kind: 'inline' | 'config';
  /** The reason written beside the inline comment, or which config entry matched. */
  justification: string;
}

/** The one finding shape every rule, renderer and alert works with. */
export interface Finding {
  ruleId: string;
  category: string;
  severity: Severity;
  message: string;
  location: Location;
  /** Stable across runs and unaffected by edits elsewhere in the file. */
  fingerprint: string;
  /** Present when an inline comment or the config suppressed the finding; suppressed findings are kept and listed. */
  suppression?: Suppression;
  /** Other places that explain the finding (e.g. the trigger that makes a checkout dangerous). */
  related?: Array<{ message: string; location: Location }>;
}
