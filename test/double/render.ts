/** Builds GitHub's JSON shapes from the double's state; the contract check validates every one of them. */
import { createHash } from 'node:crypto';
import type { AccountRecord, CommentRecord, DoubleState, InstallationRecord, IssueRecord, LabelRecord, RepoRecord, RunnerRecord } from './state.js';

const WEB = 'https://github.com';

export function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`0:${kind}${id}`).toString('base64');
}

export function gitSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export class Renderer {
  constructor(
    private readonly state: DoubleState,
    /** e.g. http://127.0.0.1:4567 or http://127.0.0.1:4567/api/v3 */
    readonly api: string,
  ) {}

  user(account: AccountRecord | string): Record<string, unknown> {
    const a = typeof account === 'string' ? this.state.account(account) : account;
    // Bot logins carry brackets (`app[bot]`), which a URI may not.
    const u = `${this.api}/users/${encodeURIComponent(a.login)}`;
    return {
      login: a.login,
      id: a.id,
      node_id: nodeId(a.type, a.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${a.id}?v=4`,
      gravatar_id: '',
      url: u,
      html_url: a.type === 'Bot' ? `${WEB}/apps/${encodeURIComponent(a.login.replace(/\[bot\]$/, ''))}` : `${WEB}/${a.login}`,
      followers_url: `${u}/followers`,
      following_url: `${u}/following{/other_user}`,
      gists_url: `${u}/gists{/gist_id}`,
      starred_url: `${u}/starred{/owner}{/repo}`,
      subscriptions_url: `${u}/subscriptions`,
      organizations_url: `${u}/orgs`,
      repos_url: `${u}/repos`,
      events_url: `${u}/events{/privacy}`,
      received_events_url: `${u}/received_events`,
      type: a.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  repoUrl(repo: RepoRecord): string {
    return `${this.api}/repos/${repo.fullName}`;
  }

  minimalRepository(repo: RepoRecord): Record<string, unknown> {
    const r = this.repoUrl(repo);
    return {
      id: repo.id,
      node_id: nodeId('Repository', repo.id),
      name: repo.name,
      full_name: repo.fullName,
      owner: this.user(repo.owner),
      private: repo.private,
      html_url: `${WEB}/${repo.fullName}`,
      description: repo.description,
      fork: repo.fork,
      url: r,
      archive_url: `${r}/{archive_format}{/ref}`,
      assignees_url: `${r}/assignees{/user}`,
      blobs_url: `${r}/git/blobs{/sha}`,
      branches_url: `${r}/branches{/branch}`,
      collaborators_url: `${r}/collaborators{/collaborator}`,
      comments_url: `${r}/comments{/number}`,
      commits_url: `${r}/commits{/sha}`,
      compare_url: `${r}/compare/{base}...{head}`,
      contents_url: `${r}/contents/{+path}`,
      contributors_url: `${r}/contributors`,
      deployments_url: `${r}/deployments`,
      downloads_url: `${r}/downloads`,
      events_url: `${r}/events`,
      forks_url: `${r}/forks`,
      git_commits_url: `${r}/git/commits{/sha}`,
      git_refs_url: `${r}/git/refs{/sha}`,
      git_tags_url: `${r}/git/tags{/sha}`,
      git_url: `git://github.com/${repo.fullName}.git`,
      issue_comment_url: `${r}/issues/comments{/number}`,
      issue_events_url: `${r}/issues/events{/number}`,
      issues_url: `${r}/issues{/number}`,
      keys_url: `${r}/keys{/key_id}`,
      labels_url: `${r}/labels{/name}`,
      languages_url: `${r}/languages`,
      merges_url: `${r}/merges`,
      milestones_url: `${r}/milestones{/number}`,
      notifications_url: `${r}/notifications{?since,all,participating}`,
      pulls_url: `${r}/pulls{/number}`,
      releases_url: `${r}/releases{/id}`,
      ssh_url: `git@github.com:${repo.fullName}.git`,
      stargazers_url: `${r}/stargazers`,
      statuses_url: `${r}/statuses/{sha}`,
      subscribers_url: `${r}/subscribers`,
      subscription_url: `${r}/subscription`,
      tags_url: `${r}/tags`,
      teams_url: `${r}/teams`,
      trees_url: `${r}/git/trees{/sha}`,
      clone_url: `${WEB}/${repo.fullName}.git`,
      mirror_url: null,
      hooks_url: `${r}/hooks`,
      svn_url: `${WEB}/${repo.fullName}`,
      homepage: null,
      language: null,
      forks_count: 0,
      stargazers_count: 0,
      watchers_count: 0,
      size: [...repo.files.values()].reduce((n, t) => n + t.length, 0),
      default_branch: repo.defaultBranch,
      open_issues_count: repo.issues.filter((i) => i.state === 'open').length,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: repo.archived,
      disabled: repo.disabled,
      visibility: repo.private ? 'private' : 'public',
      pushed_at: iso(repo.createdAt),
      created_at: iso(repo.createdAt),
      updated_at: iso(repo.createdAt),
      permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
      forks: 0,
      open_issues: repo.issues.filter((i) => i.state === 'open').length,
      watchers: 0,
    };
  }

  label(repo: RepoRecord, label: LabelRecord): Record<string, unknown> {
    return {
      id: label.id,
      node_id: nodeId('Label', label.id),
      url: `${this.repoUrl(repo)}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: false,
    };
  }

  issue(repo: RepoRecord, issue: IssueRecord): Record<string, unknown> {
    const url = `${this.repoUrl(repo)}/issues/${issue.number}`;
    return {
      id: issue.id,
      node_id: nodeId('Issue', issue.id),
      url,
      repository_url: this.repoUrl(repo),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${WEB}/${repo.fullName}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: this.user(issue.user),
      labels: issue.labels.map((name) => {
        const label = repo.labels.get(name.toLowerCase());
        return label ? this.label(repo, label) : name;
      }),
      assignee: issue.assignees[0] ? this.user(issue.assignees[0]) : null,
      assignees: issue.assignees.map((a) => this.user(a)),
      milestone: null,
      locked: issue.locked,
      active_lock_reason: null,
      comments: issue.comments.length,
      ...(issue.pullRequest
        ? { pull_request: { url: `${this.repoUrl(repo)}/pulls/${issue.number}`, html_url: `${WEB}/${repo.fullName}/pull/${issue.number}`, diff_url: `${WEB}/${repo.fullName}/pull/${issue.number}.diff`, patch_url: `${WEB}/${repo.fullName}/pull/${issue.number}.patch`, merged_at: null } }
        : {}),
      closed_at: issue.closedAt ? iso(issue.closedAt) : null,
      created_at: iso(issue.createdAt),
      updated_at: iso(issue.updatedAt),
      author_association: 'OWNER',
      timeline_url: `${url}/timeline`,
    };
  }

  comment(repo: RepoRecord, issue: IssueRecord, comment: CommentRecord): Record<string, unknown> {
    return {
      id: comment.id,
      node_id: nodeId('IssueComment', comment.id),
      url: `${this.repoUrl(repo)}/issues/comments/${comment.id}`,
      html_url: `${WEB}/${repo.fullName}/issues/${issue.number}#issuecomment-${comment.id}`,
      body: comment.body,
      user: this.user(comment.user),
      created_at: iso(comment.createdAt),
      updated_at: iso(comment.updatedAt),
      issue_url: `${this.repoUrl(repo)}/issues/${issue.number}`,
      author_association: 'OWNER',
    };
  }

  runner(runner: RunnerRecord): Record<string, unknown> {
    return {
      id: runner.id,
      runner_group_id: runner.runnerGroupId,
      name: runner.name,
      os: runner.os,
      status: runner.status,
      busy: runner.busy,
      ephemeral: runner.ephemeral,
      labels: runner.labels.map((name, i) => ({ id: i + 1, name, type: ['self-hosted', 'linux', 'windows', 'macos', 'x64', 'arm64'].includes(name.toLowerCase()) ? 'read-only' : 'custom' })),
    };
  }

  installation(installation: InstallationRecord): Record<string, unknown> {
    const app = this.state.apps.get(installation.appId)!;
    const account = this.state.account(installation.account);
    return {
      id: installation.id,
      account: this.user(account),
      repository_selection: installation.repositorySelection,
      access_tokens_url: `${this.api}/app/installations/${installation.id}/access_tokens`,
      repositories_url: `${this.api}/installation/repositories`,
      html_url: `${WEB}/organizations/${account.login}/settings/installations/${installation.id}`,
      app_id: app.id,
      client_id: app.clientId,
      app_slug: app.slug,
      target_id: account.id,
      target_type: account.type,
      permissions: installation.permissions,
      events: [],
      created_at: iso(installation.createdAt),
      updated_at: iso(installation.createdAt),
      single_file_name: null,
      suspended_by: null,
      suspended_at: installation.suspended ? iso(installation.createdAt) : null,
    };
  }

  contentUrls(repo: RepoRecord, path: string, sha: string, type: 'file' | 'dir'): Record<string, unknown> {
    const self = `${this.repoUrl(repo)}/contents/${path}?ref=${encodeURIComponent(repo.defaultBranch)}`;
    const git = `${this.repoUrl(repo)}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`;
    const html = `${WEB}/${repo.fullName}/${type === 'dir' ? 'tree' : 'blob'}/${repo.defaultBranch}/${path}`;
    return {
      url: self,
      git_url: git,
      html_url: html,
      download_url: type === 'file' ? `https://raw.githubusercontent.com/${repo.fullName}/${repo.defaultBranch}/${path}` : null,
      _links: { self, git, html },
    };
  }
}
