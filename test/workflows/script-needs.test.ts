/**
 * What `run:` scripts and actions/github-script code need of the GITHUB_TOKEN: one row per heuristic, through
 * jobNeeds (so that how the token reaches the script is part of each case).
 */
import { endpointNeed, normaliseApiPath, octokitNeed } from '../../src/workflows/github-api.js';
import { analyseGithubScript } from '../../src/workflows/github-script-needs.js';
import { doubtKinds, needsOf, scopesOf, workflow } from './needs-helpers.js';

interface Row {
  name: string;
  steps: string;
  job?: string;
  scopes: Record<string, string>;
  confidence: 'certain' | 'likely' | 'unknown';
  because?: string[];
}

const GH = '{ GH_TOKEN: "${{ github.token }}" }';

/** A run step with GH_TOKEN set to the token. */
function gh(script: string): string {
  return `- env: ${GH}\n  run: |\n${script
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}`;
}

const scriptRows: Row[] = [
  { name: 'a script that cannot reach the token', steps: '- run: make test && echo "${{ github.event.pull_request.title }}"', scopes: {}, confidence: 'certain' },
  { name: 'gh pr comment', steps: gh('gh pr comment "$PR" --body "thanks"'), scopes: { 'pull-requests': 'write' }, confidence: 'likely', because: ['heuristic'] },
  { name: 'gh pr create / edit / review', steps: gh('gh pr create --fill\ngh pr edit 1 --add-label x\ngh pr review 1 --approve'), scopes: { 'pull-requests': 'write' }, confidence: 'likely' },
  { name: 'gh pr merge merges: contents too', steps: gh('gh pr merge --auto --squash "$PR_URL"'), scopes: { contents: 'write', 'pull-requests': 'write' }, confidence: 'likely' },
  { name: 'gh pr view / list', steps: gh('gh pr view 1 --json title\ngh pr list'), scopes: { 'pull-requests': 'read' }, confidence: 'likely' },
  { name: 'gh issue create / comment / edit / close', steps: gh('gh issue create -t x -b y\ngh issue comment 1 -b z\ngh issue edit 1 --add-label a\ngh issue close 1'), scopes: { issues: 'write' }, confidence: 'likely' },
  { name: 'gh release create / upload / edit', steps: gh('gh release create v1 --generate-notes\ngh release upload v1 dist/*\ngh release edit v1 --draft=false'), scopes: { contents: 'write' }, confidence: 'likely' },
  { name: 'gh release download', steps: gh('gh release download v1 -p "*.tar.gz"'), scopes: { contents: 'read' }, confidence: 'likely' },
  { name: 'gh workflow run', steps: gh('gh workflow run deploy.yml -f env=prod'), scopes: { actions: 'write' }, confidence: 'likely' },
  { name: 'gh run view / download', steps: gh('gh run view "$RUN" --log\ngh run download "$RUN"'), scopes: { actions: 'read' }, confidence: 'likely' },
  { name: 'gh run rerun / cancel', steps: gh('gh run rerun "$RUN" --failed\ngh run cancel 2'), scopes: { actions: 'write' }, confidence: 'likely' },
  { name: 'gh label create', steps: gh('gh label create bug --force'), scopes: { issues: 'write' }, confidence: 'likely' },
  { name: 'gh cache delete', steps: gh('gh cache delete --all'), scopes: { actions: 'write' }, confidence: 'likely' },
  { name: 'gh with -R before the command word', steps: gh('gh -R "$GITHUB_REPOSITORY" release view v1'), scopes: { contents: 'read' }, confidence: 'likely' },
  { name: 'gh inside $( … ) and after &&', steps: gh('NUM=$(gh pr list --json number -q ".[0].number") && gh pr close "$NUM"'), scopes: { 'pull-requests': 'write' }, confidence: 'likely' },
  { name: 'gh auth status and gh search need nothing', steps: gh('gh auth status\ngh search repos token'), scopes: {}, confidence: 'certain' },
  { name: 'a gh command we cannot judge', steps: gh('gh secret set X --body y'), scopes: {}, confidence: 'unknown', because: ['gh-command'] },
  {
    name: 'commented-out gh is no use of the token (which the step then hands over for nothing visible)',
    steps: gh('# gh pr comment 1 --body x\ntrue'),
    scopes: {},
    confidence: 'unknown',
    because: ['script-token-env'],
  },
  {
    name: 'gh with GH_TOKEN set to another secret',
    steps: '- env: { GH_TOKEN: "${{ secrets.BOT_PAT }}" }\n  run: gh pr comment 1 --body x',
    scopes: {},
    confidence: 'certain',
  },
  { name: 'gh with no token in its environment', steps: '- run: gh pr comment 1 --body x', scopes: {}, confidence: 'certain' },
  {
    name: 'gh finds GITHUB_TOKEN when GH_TOKEN is unset',
    steps: '- env: { GITHUB_TOKEN: "${{ secrets.GITHUB_TOKEN }}" }\n  run: gh issue comment 1 --body x',
    scopes: { issues: 'write' },
    confidence: 'likely',
  },
  {
    name: 'gh with the token from the job env',
    job: `env: ${GH}`,
    steps: '- run: gh release create v1',
    scopes: { contents: 'write' },
    confidence: 'likely',
  },
  {
    name: 'GH_TOKEN assigned in the script',
    steps: '- env: { TOKEN: "${{ github.token }}" }\n  run: |\n    export GH_TOKEN="$TOKEN"\n    gh issue close 1',
    scopes: { issues: 'write' },
    confidence: 'likely',
  },
  {
    name: 'GH_TOKEN as a command prefix',
    steps: '- run: GH_TOKEN=${{ github.token }} gh workflow run ci.yml',
    scopes: { actions: 'write' },
    confidence: 'likely',
  },
  {
    name: 'gh auth login with the token piped in',
    steps: '- run: |\n    echo "${{ secrets.GITHUB_TOKEN }}" | gh auth login --with-token\n    gh pr merge 1 --merge',
    scopes: { contents: 'write', 'pull-requests': 'write' },
    confidence: 'likely',
  },
  // gh api: method and endpoint.
  { name: 'gh api POST by -f', steps: gh('gh api repos/{owner}/{repo}/issues/1/comments -f body=hi'), scopes: { issues: 'write' }, confidence: 'likely' },
  { name: 'gh api GET', steps: gh('gh api "repos/$GITHUB_REPOSITORY/pulls/$PR/files" --paginate'), scopes: { 'pull-requests': 'read' }, confidence: 'likely' },
  { name: 'gh api -X DELETE', steps: gh('gh api -X DELETE "/repos/${{ github.repository }}/actions/caches?key=x"'), scopes: { actions: 'write' }, confidence: 'likely' },
  { name: 'gh api --method=PATCH', steps: gh('gh api --method=PATCH repos/o/r/releases/1 -F draft=false'), scopes: { contents: 'write' }, confidence: 'likely' },
  { name: 'gh api commit statuses', steps: gh('gh api repos/o/r/statuses/$SHA -f state=success'), scopes: { statuses: 'write' }, confidence: 'likely' },
  { name: 'gh api on public data', steps: gh('gh api users/octocat\ngh api rate_limit'), scopes: {}, confidence: 'certain' },
  { name: 'gh api graphql', steps: gh("gh api graphql -f query='{ viewer { login } }'"), scopes: {}, confidence: 'unknown', because: ['api-call'] },
  { name: 'gh api on an endpoint built at run time', steps: gh('gh api "$URL"'), scopes: {}, confidence: 'unknown', because: ['api-call'] },
  { name: 'gh api on actions secrets (beyond the GITHUB_TOKEN)', steps: gh('gh api repos/o/r/actions/secrets'), scopes: {}, confidence: 'unknown', because: ['api-call'] },
  {
    name: 'gh api in PowerShell, continued with backticks',
    steps: `- shell: pwsh\n  env: ${GH}\n  run: |\n    $prs = gh api \`\n      --method GET \`\n      "repos/$env:GITHUB_REPOSITORY/pulls" \`\n      -f state=all`,
    scopes: { 'pull-requests': 'read' },
    confidence: 'likely',
  },
  // git push.
  {
    name: 'git push with the credentials checkout persisted',
    steps: '- uses: actions/checkout@v4\n- run: |\n    git commit -am "bump"\n    git push origin HEAD',
    scopes: { contents: 'write' },
    confidence: 'likely',
    because: ['heuristic'],
  },
  {
    name: 'git push after persist-credentials: false',
    steps: '- uses: actions/checkout@v4\n  with: { persist-credentials: false }\n- run: git push',
    scopes: { contents: 'read (private)' },
    confidence: 'certain',
  },
  {
    name: 'git push after a checkout with a PAT',
    steps: '- uses: actions/checkout@v4\n  with: { token: "${{ secrets.PAT }}" }\n- run: git push --tags',
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'git push with the token in the URL',
    steps: '- uses: actions/checkout@v4\n  with: { persist-credentials: false }\n- run: git push "https://x-access-token:${{ secrets.GITHUB_TOKEN }}@github.com/${{ github.repository }}" HEAD:main',
    scopes: { contents: 'write' },
    confidence: 'likely',
  },
  {
    name: 'git push with a PAT in the remote URL',
    steps: '- uses: actions/checkout@v4\n- env: { PAT: "${{ secrets.PAT }}" }\n  run: |\n    git remote set-url origin "https://x:${PAT}@github.com/o/r"\n    git push',
    scopes: { contents: 'read (private)' },
    confidence: 'certain',
  },
  {
    name: 'git push with the token set in the remote URL',
    steps: '- uses: actions/checkout@v4\n  with: { persist-credentials: false }\n- env: { TOKEN: "${{ github.token }}" }\n  run: |\n    git remote set-url origin "https://x-access-token:${TOKEN}@github.com/o/r"\n    git -C sub push origin main',
    scopes: { contents: 'write' },
    confidence: 'likely',
  },
  {
    name: 'gh auth setup-git hands gh\'s token to git',
    steps: `- uses: actions/checkout@v4\n  with: { persist-credentials: false }\n- env: ${GH}\n  run: |\n    gh auth setup-git\n    git push`,
    scopes: { contents: 'write' },
    confidence: 'likely',
  },
  // curl and other programs.
  {
    name: 'curl POST to the REST API',
    steps: '- run: >-\n    curl -sS -X POST -H "Authorization: Bearer ${{ secrets.GITHUB_TOKEN }}"\n    https://api.github.com/repos/${{ github.repository }}/issues/1/labels -d \'{"labels":["x"]}\'',
    scopes: { issues: 'write' },
    confidence: 'likely',
  },
  {
    name: 'curl GET through $GITHUB_API_URL',
    steps: '- env: { TOKEN: "${{ github.token }}" }\n  run: |\n    curl -H "Authorization: token $TOKEN" "$GITHUB_API_URL/repos/$GITHUB_REPOSITORY/releases/latest"',
    scopes: { contents: 'read' },
    confidence: 'likely',
  },
  {
    name: 'curl with the token to a URL we cannot read',
    steps: '- run: |\n    curl -H "Authorization: Bearer ${{ github.token }}" "$URL"',
    scopes: {},
    confidence: 'unknown',
    because: ['api-call'],
  },
  {
    name: 'docker login to ghcr.io',
    steps: '- run: echo "${{ secrets.GITHUB_TOKEN }}" | docker login ghcr.io -u "${{ github.actor }}" --password-stdin',
    scopes: { packages: 'write' },
    confidence: 'likely',
  },
  {
    name: 'npm registry token for GitHub Packages',
    steps: '- env: { TOKEN: "${{ github.token }}" }\n  run: |\n    echo "//npm.pkg.github.com/:_authToken=$TOKEN" >> .npmrc\n    npm publish',
    scopes: { packages: 'write' },
    confidence: 'likely',
  },
  {
    name: 'NODE_AUTH_TOKEN for setup-node\'s .npmrc',
    steps: '- uses: actions/setup-node@v4\n  with: { registry-url: "https://npm.pkg.github.com" }\n- env: { NODE_AUTH_TOKEN: "${{ secrets.GITHUB_TOKEN }}" }\n  run: npm ci',
    scopes: { packages: 'read' },
    confidence: 'likely',
  },
  {
    name: 'the token handed to a program we cannot read',
    steps: '- env: { GITHUB_TOKEN: "${{ github.token }}" }\n  run: ./scripts/release.sh "$GITHUB_TOKEN"',
    scopes: {},
    confidence: 'unknown',
    because: ['script-token-use'],
  },
  {
    name: 'the token inline, handed to a program',
    steps: '- run: python tools/sync.py --token ${{ secrets.GITHUB_TOKEN }}',
    scopes: {},
    confidence: 'unknown',
    because: ['script-token-use'],
  },
  {
    name: 'the token in the step env, not visibly used: a program may read it',
    steps: '- env: { GITHUB_TOKEN: "${{ secrets.GITHUB_TOKEN }}" }\n  run: npx semantic-release',
    scopes: {},
    confidence: 'unknown',
    because: ['script-token-env'],
  },
  {
    name: 'the token in the job env, not visibly used',
    job: 'env: { GITHUB_TOKEN: "${{ secrets.GITHUB_TOKEN }}" }',
    steps: '- run: cargo build',
    scopes: {},
    confidence: 'likely',
    because: ['script-ambient-token'],
  },
  {
    name: 'masking the token is no use of it',
    steps: '- env: { T: "${{ github.token }}" }\n  run: echo "::add-mask::$T"',
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'an env var named like a token, set through $GITHUB_ENV, may be the token',
    steps: '- run: gh pr comment 1 -b x\n  env: { GH_TOKEN: "${{ env.GH_TOKEN }}" }',
    scopes: { 'pull-requests': 'write' },
    confidence: 'likely',
    because: ['token-expression'],
  },
  {
    name: 'other env vars set through $GITHUB_ENV are not the token',
    steps: '- run: echo "$VERSION"\n  env: { VERSION: "${{ env.VERSION }}" }',
    scopes: {},
    confidence: 'certain',
  },
];

const scriptStep = (script: string, extra = '') => `- uses: actions/github-script@v7\n  with:${extra}\n    script: |\n${script
  .split('\n')
  .map((l) => `      ${l}`)
  .join('\n')}`;

const githubScriptRows: Row[] = [
  {
    name: 'issues.createComment',
    steps: scriptStep('await github.rest.issues.createComment({ ...context.repo, issue_number: context.issue.number, body: "hi" });'),
    scopes: { issues: 'write' },
    confidence: 'likely',
    because: ['heuristic'],
  },
  {
    name: 'reads and writes of several areas',
    steps: scriptStep(
      [
        'const { data: pr } = await github.rest.pulls.get({ ...context.repo, pull_number: 1 });',
        'const files = await github.paginate(github.rest.pulls.listFiles, { ...context.repo, pull_number: 1 });',
        'await github.rest.repos.createRelease({ ...context.repo, tag_name: "v1" });',
        'await github.rest.actions.createWorkflowDispatch({ ...context.repo, workflow_id: "ci.yml", ref: "main" });',
      ].join('\n'),
    ),
    scopes: { actions: 'write', contents: 'write', 'pull-requests': 'read' },
    confidence: 'likely',
  },
  {
    name: 'the v4 form without .rest',
    steps: scriptStep('github.issues.addLabels({ owner, repo, issue_number: 1, labels: ["x"] })'),
    scopes: { issues: 'write' },
    confidence: 'likely',
  },
  {
    name: 'github.request with a route',
    steps: scriptStep("await github.request('POST /repos/{owner}/{repo}/dispatches', { event_type: 'x' })"),
    scopes: { contents: 'write' },
    confidence: 'likely',
  },
  {
    name: 'context and core only: nothing',
    steps: scriptStep('core.setOutput("sha", context.sha.slice(0, 7)); // github.rest.issues.create would need issues'),
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'a method out of the table',
    steps: scriptStep('await github.rest.orgs.checkMembershipForUser({ org: "o", username: "u" })'),
    scopes: {},
    confidence: 'unknown',
    because: ['github-script'],
  },
  {
    name: 'GraphQL',
    steps: scriptStep('await github.graphql(`query { viewer { login } }`)'),
    scopes: {},
    confidence: 'unknown',
    because: ['github-script'],
  },
  {
    name: 'the client handed to a script file',
    steps: scriptStep("const run = require('./.github/scripts/triage.js');\nawait run({ github, context, core });"),
    scopes: {},
    confidence: 'unknown',
    because: ['github-script'],
  },
  {
    name: 'a client authenticated with another token',
    steps: scriptStep('await github.rest.issues.createComment({ owner, repo, issue_number: 1, body: "x" })', '\n    github-token: ${{ secrets.BOT_PAT }}'),
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'the token read from the environment',
    steps: `- uses: actions/github-script@v7\n  env: { GH_TOKEN: "\${{ github.token }}" }\n  with:\n    script: |\n      await exec.exec('gh', ['pr', 'list'], { env: { GH_TOKEN: process.env.GH_TOKEN } })`,
    scopes: {},
    confidence: 'unknown',
    because: ['github-script'],
  },
  {
    name: 'github.com in a string is not the client',
    steps: scriptStep('core.info(`see https://github.com/${context.repo.owner}`)'),
    scopes: {},
    confidence: 'certain',
  },
];

describe('run: script heuristics', () => {
  it.each(scriptRows)('$name', ({ steps, job, scopes, confidence, because }) => {
    const { needs } = needsOf(workflow(steps, job));
    expect({ scopes: scopesOf(needs), confidence: needs.confidence }).toEqual({ scopes, confidence });
    if (because) expect(doubtKinds(needs)).toEqual(because);
    for (const scope of Object.values(needs.scopes)) for (const b of scope.because) if (b.source === 'heuristic') expect(b.confidence).toBe('likely');
  });

  it('points at the command line the need was read from', () => {
    const text = workflow(gh('echo start\ngh pr comment 1 --body x\necho done'));
    const { file, needs } = needsOf(text);
    const why = needs.scopes['pull-requests']!.because[0]!;
    expect(why).toMatchObject({ source: 'heuristic', reason: '`gh pr comment` needs pull-requests: write' });
    expect(file.text.slice(why.span[0], why.span[1])).toBe('gh pr comment 1 --body x');
    expect(file.lines.position(why.span[0]).line).toBe(text.split('\n').findIndex((l) => l.includes('gh pr comment')) + 1);
  });
});

describe('actions/github-script heuristics', () => {
  it.each(githubScriptRows)('$name', ({ steps, scopes, confidence, because }) => {
    const { needs } = needsOf(workflow(steps));
    expect({ scopes: scopesOf(needs), confidence: needs.confidence }).toEqual({ scopes, confidence });
    if (because) expect(doubtKinds(needs)).toEqual(because);
  });

  it('counts what it understood', () => {
    const a = analyseGithubScript('const r = await github.rest.issues.get({}); github.rest.issues.update({});');
    expect(a.calls).toBe(2);
    expect(a.needs.map((n) => `${n.scope}:${n.level}`)).toEqual(['issues:read', 'issues:write']);
    expect(a.doubts).toEqual([]);
  });
});

describe('REST calls', () => {
  it.each([
    ['GET', 'repos/o/r/issues', 'issues:read'],
    ['POST', 'repos/{owner}/{repo}/issues/1/comments', 'issues:write|pull-requests'],
    ['PATCH', 'repos/o/r/issues/comments/9', 'issues:write|pull-requests'],
    ['POST', 'repos/o/r/issues/$PR/labels', 'issues:write|pull-requests'],
    ['POST', 'repos/o/r/issues', 'issues:write'],
    ['GET', '/repos/${{ github.repository }}/pulls/1', 'pull-requests:read'],
    ['PUT', 'repos/o/r/pulls/1/merge', 'pull-requests:write contents:write'],
    ['GET', 'repos/o/r/commits/abc/check-runs', 'checks:read'],
    ['POST', 'repos/o/r/statuses/abc', 'statuses:write'],
    ['POST', 'https://uploads.github.com/repos/o/r/releases/1/assets?name=x', 'contents:write'],
    ['POST', 'repos/o/r/deployments', 'deployments:write'],
    ['POST', 'repos/o/r/code-scanning/sarifs', 'security-events:write'],
    ['GET', 'repos/o/r', 'none'],
    ['GET', 'users/octocat', 'none'],
    ['PATCH', 'repos/o/r', '?'],
    ['GET', 'orgs/o/members', '?'],
    ['PUT', 'repos/o/r/actions/secrets/X', '?'],
    ['POST', 'graphql', '?'],
    ['GET', 'repos/$REPO/issues', 'issues:read'],
    ['GET', 'repos/o/r/$AREA', '?'],
  ])('%s %s', (method, path, expected) => {
    const a = endpointNeed(method, path);
    expect(a === undefined ? '?' : a === 'none' ? 'none' : a.map((n) => `${n.scope}:${n.level}${n.alternatives ? `|${n.alternatives.join('|')}` : ''}`).join(' ')).toBe(expected);
  });

  it.each([
    ['issues', 'listComments', 'issues:read|pull-requests'],
    ['issues', 'createComment', 'issues:write|pull-requests'],
    ['issues', 'addLabels', 'issues:write|pull-requests'],
    ['issues', 'create', 'issues:write'],
    ['issues', 'createLabel', 'issues:write'],
    ['pulls', 'createReview', 'pull-requests:write'],
    ['repos', 'getContent', 'contents:read'],
    ['repos', 'createCommitStatus', 'statuses:write'],
    ['repos', 'createDeploymentStatus', 'deployments:write'],
    ['repos', 'get', 'none'],
    ['reactions', 'createForIssueComment', 'issues:write|pull-requests'],
    ['reactions', 'createForPullRequestReviewComment', 'pull-requests:write'],
    ['actions', 'listWorkflowRuns', 'actions:read'],
    ['actions', 'createOrUpdateRepoSecret', '?'],
    ['checks', 'create', 'checks:write'],
    ['git', 'createRef', 'contents:write'],
    ['users', 'getByUsername', 'none'],
    ['teams', 'list', '?'],
  ])('github.rest.%s.%s', (area, method, expected) => {
    const a = octokitNeed(area, method);
    expect(a === undefined ? '?' : a === 'none' ? 'none' : a.map((n) => `${n.scope}:${n.level}${n.alternatives ? `|${n.alternatives.join('|')}` : ''}`).join(' ')).toBe(expected);
  });

  it('normalises the repository part of a path', () => {
    expect(normaliseApiPath('"/repos/$GITHUB_REPOSITORY/pulls?state=open"')).toBe('repos/O/R/pulls');
    expect(normaliseApiPath('https://api.github.com/repos/{owner}/{repo}/issues')).toBe('repos/O/R/issues');
    expect(normaliseApiPath('${GITHUB_API_URL}/repos/$env:GITHUB_REPOSITORY/releases')).toBe('repos/O/R/releases');
  });
});

describe('hostile input', () => {
  it('stays fast on long and pathological lines', () => {
    const evil = [
      `git push https://${'${{a}}'.repeat(2000)}`,
      `GH_TOKEN=${'${{a}}'.repeat(2000)} true`,
      `${'a=b '.repeat(3000)}gh pr list`,
      `git ${'config '.repeat(3000)}`,
      `curl ${'https://api.github.com/x '.repeat(500)}`,
    ].join('\n');
    const script = `await github.rest.issues.get({});\n${'github, '.repeat(20000)}`;
    const started = performance.now();
    const { needs } = needsOf(workflow(`- env: { GH_TOKEN: "\${{ github.token }}" }\n  run: |\n${evil.split('\n').map((l) => `    ${l}`).join('\n')}`));
    const js = analyseGithubScript(script);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(needs.confidence).not.toBe('certain');
    expect(js.doubts.length).toBe(20000);
  });
});

describe('token variables a script does not visibly use', () => {
  it('one doubt for all of a kind, naming the first few, with the mentioned and redefined ones left out', () => {
    const env = Array.from({ length: 6 }, (_, i) => `T${i}: "\${{ github.token }}"`).join(', ');
    const { needs } = needsOf(
      workflow(
        ['- env: { S1: "${{ github.token }}", T0: "plain" }', '  run: echo "::add-mask::$T1"', '- run: echo "::add-mask::$T2 $T3"'].join('\n'),
        `env: { ${env} }`,
        'env: { W: "${{ github.token }}" }\n',
      ),
    );
    const reasons = needs.unknownBecause.concat(needs.likelyBecause).map((d) => `${d.kind}: ${d.reason}`);
    expect(reasons).toEqual([
      'script-token-env: the step puts the GITHUB_TOKEN in $S1 and the script does not visibly use it: a program it runs may',
      // step 1: T0 is redefined by the step (not a token there), T1 is used: T2–T5 and W are left
      'script-ambient-token: $T2, $T3, $T4 and 2 more hold the GITHUB_TOKEN for the whole job and workflow; the script does not visibly use them',
      // step 2: T2 and T3 are used
      'script-ambient-token: $T0, $T1, $T4 and 2 more hold the GITHUB_TOKEN for the whole job and workflow; the script does not visibly use them',
    ]);
  });

  it('thousands of them over thousands of steps: one doubt per step, each naming three', () => {
    const env = Array.from({ length: 3000 }, (_, i) => `  T${i}: "\${{ github.token }}"`).join('\n');
    const steps = Array.from({ length: 500 }, (_, i) => `- run: echo "::add-mask::$T${i}"`).join('\n');
    const { needs } = needsOf(workflow(steps, `env:\n${env}`));
    expect(needs.likelyBecause).toHaveLength(500);
    expect(needs.likelyBecause[0]!.reason).toBe('$T1, $T2, $T3 and 2,996 more hold the GITHUB_TOKEN for the whole job; the script does not visibly use them');
  });
});
