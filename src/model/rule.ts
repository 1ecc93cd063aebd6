import type { Severity } from './severity.js';
import type { Finding, Location } from './finding.js';
import type { SourceFile } from '../workflows/source.js';

/** Static description of a rule: everything renderers and docs need, nothing about how it checks. */
export interface RuleMeta {
  id: string;
  /** Peer-comparable category (see README: rules). */
  category: string;
  defaultSeverity: Severity;
  /** One line: what the rule finds. */
  summary: string;
  /** What to do about a finding. */
  remediation: string;
  /** Anchor in README.md's rule reference, e.g. `#rule-permissions`. */
  docs: string;
  /** Extra SARIF tags. */
  tags?: string[];
  /** Which files the rule looks at; `github`: what GitHub's API reports (no file). */
  appliesTo: ReadonlyArray<'workflow' | 'action' | 'registry' | 'github'>;
}

/** What a rule hands to `report`. The engine turns it into a Finding. */
export interface Report {
  message: string;
  /** Overrides the rule's default severity for this finding (e.g. graded permission scopes). */
  severity?: Severity;
  /** Source offsets (0-based, end-exclusive) of the flagged text. */
  span: readonly [number, number];
  /**
   * Stable identity of the flagged thing inside the file, independent of line numbers:
   * e.g. ['jobs', 'build', 'steps', 'checkout', 'with', 'persist-credentials'].
   */
  path: ReadonlyArray<string | number>;
  related?: Array<{ message: string; span: readonly [number, number] }>;
}

export interface RuleContext {
  readonly file: SourceFile;
  report(report: Report): void;
  /**
   * A credential value the rule read from the file (e.g. a token literal). The action registers it with the
   * runner's log masker at once; it must never go into a report.
   */
  secretSeen(value: string): void;
  /** Owner of the scanned repository (lower case), when known: its actions are first-party, like `actions/*`. */
  readonly repositoryOwner?: string;
  /**
   * Upper-cased names of the secrets the token registry scopes to deployment environments (`environments:`), when a
   * registry is in force: `secret-outside-scope` judges where those are used, so other rules need not report it again.
   */
  readonly environmentScopedSecrets?: ReadonlySet<string>;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export type { Finding, Location };

/**
 * A check across files (e.g. the token registry against every workflow): `collect` extracts what it needs from
 * each parsed file (so sources need not stay in memory), `finish` reports once every file has been seen.
 */
export interface ProjectRule<T = unknown> {
  meta: RuleMeta;
  collect(file: SourceFile): T | undefined;
  finish(context: ProjectRuleContext<T>): void;
}

export interface ProjectRuleContext<T> {
  /** What `collect` returned for each scanned file, in scan order (files where it returned undefined are left out). */
  readonly collected: ReadonlyArray<{ path: string; kind: 'workflow' | 'action'; data: T }>;
  /** `file` is a scanned file or one of the scan's `extraFiles` (e.g. the registry); the span is in that file. */
  report(file: string, report: Report): void;
}
