import type { Finding } from '../model/finding.js';
import type { FailOn, Severity } from '../model/severity.js';
import type { RuleFailure, ScanStats, SkippedFile } from '../engine.js';
import type { TokenMatrix } from '../registry/matrix.js';
import type { Baseline } from './baseline.js';

/** How reports describe each skip reason. */
export const SKIP_REASONS: Record<SkippedFile['reason'], string> = {
  'symlink-outside-root': 'symbolic link to a path outside the scan root, not followed',
  'broken-symlink': 'symbolic link that does not resolve',
  'not-a-regular-file': 'not a regular file (a FIFO, socket or device), never opened',
};

/** Everything a renderer may use. Renderers are pure functions of this. */
export interface ReportInput {
  toolVersion: string;
  findings: readonly Finding[];
  stats: ScanStats;
  ruleFailures: readonly RuleFailure[];
  /** Files found and not read (symbolic links out of the scan root, FIFOs, sockets, devices); absent: none. */
  skipped?: readonly SkippedFile[];
  failOn: FailOn;
  minSeverity: Severity;
  /**
   * The token registry the scan was held to; `null` when there was none (its rules were skipped: reports say so);
   * absent when the caller did not look for one.
   */
  registry?: { path: string; tokens: number; matrix?: TokenMatrix } | null;
  /** For links in the Markdown summary: `${serverUrl}/${repository}/blob/${ref}/${file}#L${line}`. */
  links?: { serverUrl: string; repository: string; ref: string };
  /**
   * `fail-on-new-only`: the fingerprints that already exist (base branch or baseline file). Findings in it are still
   * reported, marked existing, and never fail the run. Absent: every finding at or above fail-on fails.
   */
  baseline?: Baseline;
}
