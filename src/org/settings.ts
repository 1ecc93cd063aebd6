/**
 * The Actions "Workflow permissions" setting — the default GITHUB_TOKEN permissions — of the organisation and of the
 * repositories whose workflows depend on it. GitHub applies a restricted (`read`) default set at the organisation to
 * every repository in it, so when the organisation says `read` nothing more is asked. When it says `write` (or cannot
 * be read), a repository may have narrowed its own to `read`: that is asked per repository, and only for those with
 * a workflow that has no top-level `permissions:` (the others do not use the default).
 *
 * Reading them needs `admin:org` (organisation) and `repo` (repository) on a classic PAT, or organisation /
 * repository "Administration: read" on an App or fine-grained token; a GITHUB_TOKEN has no `administration`
 * permission. A 403 is said once, and the scan goes on with the default unknown (judged as possibly write-all).
 */
import type { GitHubClient } from '../github/client.js';
import { GitHubForbiddenError, GitHubNotFoundError } from '../github/errors.js';
import type { DefaultWorkflowPermissions } from '../workflows/source.js';
import { conditionalGet } from './api.js';
import type { ConditionalCache } from './cache.js';
import type { RepositoryFiles } from './types.js';

interface WorkflowPermissionsBody {
  default_workflow_permissions?: string;
  can_approve_pull_request_reviews?: boolean;
}

export interface SettingAnswer {
  value?: DefaultWorkflowPermissions;
  /** Why there is no value (said once by the caller). */
  note?: string;
  forbidden?: boolean;
}

function valueOf(body: WorkflowPermissionsBody | undefined): DefaultWorkflowPermissions | undefined {
  const v = body?.default_workflow_permissions;
  return v === 'read' || v === 'write' ? v : undefined;
}

function forbiddenNote(what: string, error: GitHubForbiddenError, need: string): string {
  return `cannot read ${what}'s default workflow permissions (${error.missing ?? `the token needs ${need}`}): the "no permissions" findings there are judged with the default unknown (possibly write-all)`;
}

export async function orgDefaultWorkflowPermissions(client: GitHubClient, org: string, cache?: ConditionalCache): Promise<SettingAnswer> {
  try {
    const body = await conditionalGet<WorkflowPermissionsBody>(client, cache, `org-workflow-permissions:${org}`, 'GET /orgs/{org}/actions/permissions/workflow', { org });
    const value = valueOf(body);
    return value ? { value } : { note: `the organisation ${org} has no readable default workflow permissions` };
  } catch (error) {
    if (error instanceof GitHubForbiddenError) return { forbidden: true, note: forbiddenNote(`the organisation ${org}`, error, 'admin:org, or organisation Administration: read') };
    if (error instanceof GitHubNotFoundError) return { note: `GitHub found no workflow permissions for ${org} (not an organisation, or hidden from the token)` };
    throw error;
  }
}

export async function repoDefaultWorkflowPermissions(client: GitHubClient, repository: string, cache?: ConditionalCache): Promise<SettingAnswer> {
  const [owner, repo] = repository.split('/');
  try {
    const body = await conditionalGet<WorkflowPermissionsBody>(client, cache, `repo-workflow-permissions:${repository}`, 'GET /repos/{owner}/{repo}/actions/permissions/workflow', { owner, repo });
    const value = valueOf(body);
    return value ? { value } : { note: `${repository}: no readable default workflow permissions` };
  } catch (error) {
    if (error instanceof GitHubForbiddenError) return { forbidden: true, note: forbiddenNote('the repositories', error, 'repo, or repository Administration: read').replace("the repositories's", "the repositories'") };
    if (error instanceof GitHubNotFoundError) return { note: `${repository}: GitHub found no workflow permissions (hidden from the token?)` };
    throw error;
  }
}

/**
 * Whether any workflow of the repository may run a job on the default token: one without a top-level
 * `permissions:` key. A text test, so it errs towards asking (jobs that all set their own still count).
 */
export function dependsOnDefault(files: RepositoryFiles): boolean {
  return files.files.some((f) => f.path.startsWith('.github/workflows/') && !/^permissions[ \t]*:/m.test(f.text));
}
