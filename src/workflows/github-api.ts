/**
 * What a GitHub REST call needs of the GITHUB_TOKEN, best effort: by endpoint path and HTTP method (`gh api`, curl,
 * `github.request`), or by Octokit method (`github.rest.<area>.<method>` in actions/github-script).
 *
 * Answers: a scope and level; `none` (no permission: public data or metadata, which every token can read); or
 * undefined when we cannot tell (an endpoint out of the table, a path built at run time, or one the GITHUB_TOKEN
 * cannot reach at all, such as secrets or organisation administration).
 */
import type { NeedLevel } from '../knowledge/types.js';

export interface ApiNeed {
  scope: string;
  level: NeedLevel;
  /**
   * Other scopes that meet the need as well, at the same level. The issues API acts on pull requests too (a pull
   * request is an issue), and GitHub checks the permission of what the number names: commenting on or labelling a pull
   * request through \`issues/{number}/…\` takes \`pull-requests\`, not \`issues\`. A script's number can be either.
   */
  alternatives?: readonly string[];
}

/** The issues API on one numbered issue or pull request (or its comments): met by either scope. */
const ON_PULL_REQUEST_TOO = ['pull-requests'] as const;

/** `issues: write`, `issues: write or pull-requests: write (on a pull request)` … for reasons. */
export function describeApiNeeds(needs: readonly ApiNeed[]): string {
  return needs
    .map((n) => `${n.scope}: ${n.level}${n.alternatives?.length ? ` (${n.alternatives.map((a) => `${a}: ${n.level}`).join(', ')} when the number is a pull request)` : ''}`)
    .join(', ');
}

export type ApiAnswer = ApiNeed[] | 'none' | undefined;

const READ_METHODS = new Set(['GET', 'HEAD']);

/** Repository sub-resources (`repos/{owner}/{repo}/<area>`) → scope. */
const REPO_AREAS: Record<string, string> = {
  issues: 'issues',
  labels: 'issues',
  milestones: 'issues',
  assignees: 'issues',
  pulls: 'pull-requests',
  contents: 'contents',
  git: 'contents',
  commits: 'contents',
  branches: 'contents',
  tags: 'contents',
  releases: 'contents',
  compare: 'contents',
  merges: 'contents',
  readme: 'contents',
  tarball: 'contents',
  zipball: 'contents',
  dispatches: 'contents',
  'dependency-graph': 'contents',
  comments: 'contents',
  actions: 'actions',
  'check-runs': 'checks',
  'check-suites': 'checks',
  statuses: 'statuses',
  deployments: 'deployments',
  pages: 'pages',
  'code-scanning': 'security-events',
  attestations: 'attestations',
  projects: 'repository-projects',
  discussions: 'discussions',
  packages: 'packages',
};

/** Readable by any token: public or metadata. */
const REPO_METADATA_AREAS = new Set(['languages', 'contributors', 'stargazers', 'subscribers', 'topics', 'license', 'collaborators', 'events', 'teams']);

/** Endpoints outside repos/ that need no permission when read. */
const PUBLIC_READ_ROOTS = new Set(['users', 'user', 'rate_limit', 'meta', 'emojis', 'licenses', 'gitignore', 'search', 'octocat', 'zen', 'codes_of_conduct', 'markdown']);

/** Repository endpoints the GITHUB_TOKEN has no permission for. */
const UNREACHABLE = /^(?:actions\/(?:secrets|variables|runners|permissions)|environments\/[^/]+\/(?:secrets|variables)|hooks|keys|invitations|rulesets|vulnerability-alerts|automated-security-fixes|secret-scanning|branches\/[^/]+\/protection)/;

/**
 * `repos/{owner}/{repo}/…` paths as written in scripts, with the repository given by a placeholder or a variable,
 * normalised to `repos/O/R/…`; undefined when the path is not a literal GitHub API path.
 */
export function normaliseApiPath(raw: string): string | undefined {
  let path = raw.trim().replace(/^["']|["']$/g, '');
  path = path.replace(/^https?:\/\/(?:api\.github\.com|uploads\.github\.com)/i, '');
  path = path.replace(/^(?:\$\{?GITHUB_API_URL\}?|\$\{\{\s*github\.api_url\s*\}\})/, '');
  path = path.replace(/\$\{\{\s*github\.repository\s*\}\}|\$\{?(?:env:)?GITHUB_REPOSITORY\}?|\{owner\}\/\{repo\}|:owner\/:repo/g, 'O/R');
  path = path.replace(/^\/+/, '').replace(/[?#].*$/, '');
  return path === '' ? undefined : path;
}

function level(method: string): NeedLevel {
  return READ_METHODS.has(method.toUpperCase()) ? 'read' : 'write';
}

/** What `METHOD path` needs, path as given to `gh api` or in a URL. */
export function endpointNeed(method: string, rawPath: string): ApiAnswer {
  const path = normaliseApiPath(rawPath);
  if (path === undefined) return undefined;
  const lvl = level(method);
  const segments = path.split('/');
  const root = segments[0]!.toLowerCase();
  if (root === 'graphql') return undefined;
  if (root !== 'repos') return PUBLIC_READ_ROOTS.has(root) && lvl === 'read' ? 'none' : undefined;
  if (segments.length < 3 || segments[1]!.includes('$') || segments[2]!.includes('$')) {
    // repos/$VAR/…: a variable may hold owner/repo — read on from the next segment only if it is literal.
    if (segments.length >= 2 && /^\$(?:env:)?\{?[A-Za-z_]\w*\}?$/.test(segments[1]!) && segments.length >= 3 && !segments[2]!.includes('$')) {
      return repoNeed(['O', 'R', ...segments.slice(2)], lvl);
    }
    return undefined;
  }
  return repoNeed(segments.slice(1), lvl);
}

/** `[owner, repo, area, …]`. */
function repoNeed(rest: string[], lvl: NeedLevel): ApiAnswer {
  const area = rest[2];
  if (area === undefined || area === '') return lvl === 'read' ? 'none' : undefined;
  if (area.includes('$') || area.includes('{')) return undefined;
  const tail = rest.slice(2).join('/');
  if (UNREACHABLE.test(tail)) return undefined;
  if (REPO_METADATA_AREAS.has(area)) return lvl === 'read' ? 'none' : undefined;
  // commits/{sha}/status(es) and /check-runs belong to other scopes than the commit itself.
  if (area === 'commits' && rest.length >= 5) {
    const sub = rest[4];
    if (sub === 'status' || sub === 'statuses') return [{ scope: 'statuses', level: lvl }];
    if (sub === 'check-runs' || sub === 'check-suites') return [{ scope: 'checks', level: lvl }];
    if (sub === 'pulls') return [{ scope: 'pull-requests', level: 'read' }];
  }
  if (area === 'pulls' && rest.length >= 5 && (rest[4] === 'merge' || rest[4] === 'update-branch') && lvl === 'write') {
    return [
      { scope: 'pull-requests', level: 'write' },
      { scope: 'contents', level: 'write' },
    ];
  }
  // issues/{number}/… and issues/comments/…: the number (or comment) may be a pull request's.
  if (area === 'issues' && rest.length >= 4 && rest[3] !== '') return [{ scope: 'issues', level: lvl, alternatives: ON_PULL_REQUEST_TOO }];
  const scope = REPO_AREAS[area];
  return scope === undefined ? undefined : [{ scope, level: lvl }];
}

// ---- Octokit methods (github.rest.<area>.<method>) ----

const READ_METHOD_RE = /^(?:get|list|check|compare|download|search|export)/;

function octokitLevel(method: string): NeedLevel {
  return READ_METHOD_RE.test(method) ? 'read' : 'write';
}

/** Octokit areas whose every method needs one scope. */
const OCTOKIT_AREAS: Record<string, string> = {
  issues: 'issues',
  pulls: 'pull-requests',
  actions: 'actions',
  checks: 'checks',
  git: 'contents',
  codeScanning: 'security-events',
  packages: 'packages',
  projects: 'repository-projects',
};

/** `issues.<method>` acting on one issue or pull request by its number (or on a comment of one). */
const ISSUE_NUMBER_METHODS =
  /^(?:get|update|lock|unlock|createComment|updateComment|deleteComment|getComment|listComments|addLabels|removeLabel|removeAllLabels|setLabels|listLabelsOnIssue|addAssignees|removeAssignees|checkUserCanBeAssignedToIssue|listEvents|listEventsForTimeline)$/;

const OCTOKIT_NO_PERMISSION = new Set(['users', 'rateLimit', 'meta', 'search', 'emojis', 'licenses', 'markdown', 'codesOfConduct', 'gitignore']);

/** `repos.<method>` → scope, by method name. Everything else in `repos` is left unknown. */
const REPOS_METHODS: Array<[RegExp, string | 'none']> = [
  [/Release|^generateReleaseNotes$/, 'contents'],
  [/^(?:getContent|getReadme|getReadmeInDirectory|createOrUpdateFileContents|deleteFile|downloadArchive|downloadTarballArchive|downloadZipballArchive)$/, 'contents'],
  [/^(?:getCommit|listCommits|compareCommits|compareCommitsWithBasehead|getBranch|listBranches|listTags|merge|mergeUpstream|createCommitComment|listCommentsForCommit|listCommitCommentsForRepo|updateCommitComment|deleteCommitComment|listBranchesForHeadCommit|createDispatchEvent)$/, 'contents'],
  [/^listPullRequestsAssociatedWithCommit$/, 'pull-requests'],
  [/^(?:createCommitStatus|getCombinedStatusForRef|listCommitStatusesForRef)$/, 'statuses'],
  [/Deployment(?!Branch)/, 'deployments'],
  [/Pages/, 'pages'],
  [/^(?:get|listLanguages|listContributors|listTopics|getCollaboratorPermissionLevel|checkCollaborator|listCollaborators|listForOrg|listForUser|listPublic|listForks)$/, 'none'],
];

/** `reactions.<method>` → scope, by what is reacted to. */
function reactionsNeed(method: string): ApiAnswer {
  const lvl = octokitLevel(method);
  if (/PullRequestReviewComment/.test(method)) return [{ scope: 'pull-requests', level: lvl }];
  if (/CommitComment/.test(method)) return [{ scope: 'contents', level: lvl }];
  if (/Issue|IssueComment/.test(method)) return [{ scope: 'issues', level: lvl, alternatives: ON_PULL_REQUEST_TOO }];
  if (/Release/.test(method)) return [{ scope: 'contents', level: lvl }];
  if (/TeamDiscussion/.test(method)) return undefined;
  return undefined;
}

/** What `github.rest.<area>.<method>` (or the older `github.<area>.<method>`) needs. */
export function octokitNeed(area: string, method: string): ApiAnswer {
  if (OCTOKIT_NO_PERMISSION.has(area)) return 'none';
  if (area === 'repos') {
    for (const [re, scope] of REPOS_METHODS) {
      if (re.test(method)) return scope === 'none' ? 'none' : [{ scope, level: octokitLevel(method) }];
    }
    return undefined;
  }
  if (area === 'reactions') return reactionsNeed(method);
  if (area === 'pulls' && (method === 'merge' || method === 'updateBranch')) {
    return [
      { scope: 'pull-requests', level: 'write' },
      { scope: 'contents', level: 'write' },
    ];
  }
  if (area === 'actions' && /Secret|Variable|Runner|Permissions|WorkflowAccess/.test(method)) return undefined;
  if (area === 'issues' && ISSUE_NUMBER_METHODS.test(method)) return [{ scope: 'issues', level: octokitLevel(method), alternatives: ON_PULL_REQUEST_TOO }];
  if (area === 'dependabot') return /^(?:listAlerts|getAlert)/.test(method) ? [{ scope: 'vulnerability-alerts', level: 'read' }] : undefined;
  const scope = OCTOKIT_AREAS[area];
  return scope === undefined ? undefined : [{ scope, level: octokitLevel(method) }];
}

/** Octokit areas we recognise after `github.` without `.rest` (actions/github-script before v5). */
export const OCTOKIT_AREA_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(OCTOKIT_AREAS),
  ...OCTOKIT_NO_PERMISSION,
  'repos',
  'reactions',
  'dependabot',
  'orgs',
  'teams',
  'apps',
  'activity',
  'gists',
  'migrations',
  'interactions',
  'secretScanning',
  'billing',
  'codespaces',
  'copilot',
  'oidc',
  'securityAdvisories',
]);
