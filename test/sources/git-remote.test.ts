import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gitConfigPath, isRepositoryName, originUrl, repositoryFromGit, repositoryFromRemoteUrl } from '../../src/sources/git-remote.js';

describe('repositoryFromRemoteUrl', () => {
  it.each([
    ['https://github.com/octo/hello.git', 'octo/hello'],
    ['https://github.com/octo/hello', 'octo/hello'],
    ['https://github.com/octo/hello/', 'octo/hello'],
    ['git@github.com:octo/hello.git', 'octo/hello'],
    ['ssh://git@github.com/octo/hello.git', 'octo/hello'],
    ['ssh://git@github.com:22/octo/hello', 'octo/hello'],
    ['https://x-access-token:placeholder@github.com/octo/hello.git', 'octo/hello'],
    ['https://ghe.example.com/team/service.git', 'team/service'],
    ['/srv/git/project', undefined],
    ['../other', undefined],
    ['https://gitlab.com/group/sub/project.git', undefined],
    ['not a url', undefined],
  ] as const)('%s → %s', (url, expected) => {
    expect(repositoryFromRemoteUrl(url)).toBe(expected);
  });
});

describe('originUrl', () => {
  it('reads the url of [remote "origin"] only', () => {
    const text = '[core]\n\tbare = false\n[remote "upstream"]\n\turl = https://github.com/up/stream\n[remote "origin"]\n\turl = git@github.com:me/fork.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n';
    expect(originUrl(text)).toBe('git@github.com:me/fork.git');
    expect(originUrl('[core]\n\tbare = false\n')).toBeUndefined();
  });
});

describe('repositoryFromGit', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'tw-git-'));

  it('reads .git/config of the repository holding the directory (from a sub-directory too)', () => {
    const repo = path.join(temp, 'plain');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(path.join(repo, 'sub', 'dir'), { recursive: true });
    writeFileSync(path.join(repo, '.git', 'config'), '[remote "origin"]\n\turl = https://github.com/Octo-Org/app.git\n');
    expect(repositoryFromGit(repo)).toBe('Octo-Org/app');
    expect(repositoryFromGit(path.join(repo, 'sub', 'dir'))).toBe('Octo-Org/app');
  });

  it('follows a worktree .git file to the common directory', () => {
    const main = path.join(temp, 'main');
    const gitDir = path.join(main, '.git', 'worktrees', 'wt');
    mkdirSync(gitDir, { recursive: true });
    writeFileSync(path.join(main, '.git', 'config'), '[remote "origin"]\n\turl = git@github.com:octo/main.git\n');
    writeFileSync(path.join(gitDir, 'commondir'), '../..\n');
    const wt = path.join(temp, 'wt');
    mkdirSync(wt);
    writeFileSync(path.join(wt, '.git'), `gitdir: ${gitDir}\n`);
    expect(gitConfigPath(wt)).toBe(path.join(main, '.git', 'config'));
    expect(repositoryFromGit(wt)).toBe('octo/main');
  });

  it('gives nothing without a git repository or an origin remote', () => {
    const bare = path.join(temp, 'no-origin');
    mkdirSync(path.join(bare, '.git'), { recursive: true });
    writeFileSync(path.join(bare, '.git', 'config'), '[core]\n\tbare = false\n');
    expect(repositoryFromGit(bare)).toBeUndefined();
  });
});

describe('isRepositoryName', () => {
  it.each([
    ['octo/hello', true],
    ['octo-org/hello.js', true],
    ['octo', false],
    ['octo/hello/extra', false],
    ['-octo/hello', false],
  ] as const)('%s → %s', (name, expected) => {
    expect(isRepositoryName(name)).toBe(expected);
  });
});
