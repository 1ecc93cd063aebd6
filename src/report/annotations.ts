import type { Finding, Location } from '../model/finding.js';
import { severityRank } from '../model/severity.js';
import { sarifLevel } from './sarif.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** A finding's location, plus what an annotation shows. */
export interface Annotation extends Location {
  level: AnnotationLevel;
  title: string;
  message: string;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings left out because GitHub shows only `perLevel` annotations of each level per step. */
  omitted: Record<AnnotationLevel, number>;
}

/** GitHub shows 10 error, 10 warning and 10 notice annotations per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

function level(f: Finding): AnnotationLevel {
  const l = sarifLevel(f.severity);
  return l === 'note' ? 'notice' : l;
}

/** Picks the annotations to emit: unsuppressed findings, most severe first, at most `perLevel` per level. */
export function planAnnotations(findings: readonly Finding[], perLevel = ANNOTATIONS_PER_LEVEL): AnnotationPlan {
  const sorted = findings.filter((f) => !f.suppression).sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  for (const f of sorted) {
    const l = level(f);
    if (used[l] >= perLevel) {
      omitted[l]++;
      continue;
    }
    used[l]++;
    annotations.push({
      level: l,
      title: `token-warden ${f.ruleId} (${f.severity})`,
      message: f.message,
      ...f.location,
    });
  }
  return { annotations, omitted };
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Workflow-command lines (`::error file=…::message`) for `--format github`. */
export function renderGithubCommands(findings: readonly Finding[]): string {
  const plan = planAnnotations(findings);
  const lines = plan.annotations.map((a) => {
    const props = [
      `file=${escapeProperty(a.file)}`,
      `line=${a.startLine}`,
      `col=${a.startColumn}`,
      `endLine=${a.endLine}`,
      ...(a.endLine === a.startLine ? [`endColumn=${a.endColumn}`] : []),
      `title=${escapeProperty(a.title)}`,
    ].join(',');
    return `::${a.level} ${props}::${escapeData(a.message)}`;
  });
  const more = plan.omitted.error + plan.omitted.warning + plan.omitted.notice;
  if (more > 0) lines.push(`::notice title=token-warden::${more} more finding(s) not annotated (GitHub shows 10 per level); see the job summary or SARIF`);
  return lines.length ? lines.join('\n') + '\n' : '';
}
