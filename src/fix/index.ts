/** The least-privilege autofix (`token-warden fix`): pure planning, text edits and reports. */
export { planFixes, sameScopes, shortReason, type FixOptions } from './plan.js';
export { renderDiff, renderFileDiff } from './diff.js';
export { applyEdits } from './text.js';
export { buildFixJson, FIX_JSON_VERSION, fixNotes, fixSummaryLine, renderFixJson, renderFixMarkdown } from './report.js';
export type { FixJsonFile, FixJsonJob, FixJsonReport, FixJsonScope } from './report.js';
export type { FilePlan, FixInput, GrantLevel, JobAction, JobPlan, PlannedScope, ScopeMap, ScopeReason, SkipKind, TextEdit, WorkflowBlockPlan } from './types.js';
