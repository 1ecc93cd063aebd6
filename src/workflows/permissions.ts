import type { Severity } from '../model/severity.js';

export type PermissionLevel = 'read' | 'write' | 'none';

/**
 * GITHUB_TOKEN permission scopes, the levels each accepts, and how severe a workflow-wide `write`
 * of it is. Kept in step with GitHub's own workflow schema (@actions/workflow-parser) by a test.
 */
export const PERMISSION_SCOPES: Record<string, { levels: readonly PermissionLevel[]; workflowWriteSeverity: Severity }> = {
  actions: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'high' },
  'artifact-metadata': { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
  attestations: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'high' },
  checks: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
  'code-quality': { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
  contents: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'high' },
  'copilot-requests': { levels: ['write', 'none'], workflowWriteSeverity: 'medium' },
  deployments: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'high' },
  discussions: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
  drives: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'high' },
  'id-token': { levels: ['write', 'none'], workflowWriteSeverity: 'high' },
  issues: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
  models: { levels: ['read', 'none'], workflowWriteSeverity: 'medium' },
  packages: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'high' },
  pages: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
  'pull-requests': { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'high' },
  'repository-projects': { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
  'security-events': { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
  statuses: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'low' },
  'vulnerability-alerts': { levels: ['read', 'none'], workflowWriteSeverity: 'medium' },
};

export const PERMISSION_SCOPE_NAMES = Object.keys(PERMISSION_SCOPES);

/** Triggers whose runs get a write token and secrets while being started by outsiders. */
export const PRIVILEGED_TRIGGERS = new Set(['pull_request_target', 'workflow_run', 'issue_comment', 'discussion_comment']);
