import { githubEnv } from '../../src/rules/github-env.js';
import { taintedScriptExports, taintedShellWrites, type TaintSource } from '../../src/workflows/script-taint.js';
import { runRuleTests } from '../rule-tester.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
/** One job on `on` with `permissions`, the given steps (first step at line 7). */
const wf = (steps: string, on = 'pull_request_target', permissions = '{}', jobIf = ''): string =>
  `on: ${on}\npermissions: ${permissions}\njobs:\n  a:\n    runs-on: ubuntu-latest\n${jobIf ? `    if: ${jobIf}\n` : ''}    steps:\n${steps}`;
const TITLE_ENV = '        env:\n          TITLE: ${{ github.event.pull_request.title }}\n';
const PUBLISH = `      - uses: some/publish@${SHA}\n        with:\n          token: \${{ secrets.NPM_TOKEN }}\n`;

runRuleTests(githubEnv, {
  valid: [
    { name: 'a literal written to GITHUB_ENV', code: wf('      - run: printf "BUNDLE_WITH=avo\\nRAILS_GROUPS=avo\\n" >> "$GITHUB_ENV"\n') },
    { name: 'only maintainers and contributors start it (push, pull_request)', code: wf(`      - run: echo "T=$TITLE" >> $GITHUB_ENV\n${TITLE_ENV}`, '[push, pull_request]') },
    { name: 'a number of the event is not text', code: wf('      - run: echo "PR=${{ github.event.pull_request.number }}" >> $GITHUB_ENV\n') },
    { name: 'a commit message on push is written by people with push access', code: wf('      - run: echo "M=${{ github.event.head_commit.message }}" >> $GITHUB_ENV\n', '[push, issues]') },
    { name: 'the title in a comparison is a boolean', code: wf("      - run: echo \"DRAFT=${{ startsWith(github.event.pull_request.title, 'WIP') }}\" >> $GITHUB_ENV\n") },
    { name: 'single quotes keep $TITLE from expanding', code: wf(`      - run: echo 'T=$TITLE' >> $GITHUB_ENV\n${TITLE_ENV}`) },
    { name: 'a quoted here-document keeps $TITLE from expanding', code: wf(`      - run: |\n          cat <<'EOF' >> $GITHUB_ENV\n          T=$TITLE\n          EOF\n${TITLE_ENV}`) },
    { name: 'looked up with the text, not made of it', code: wf(`      - run: |\n          PR=$(gh api "repos/o/r/pulls?head=o:$BRANCH" --jq '.[0].number')\n          echo "PR=$PR" >> "$GITHUB_ENV"\n        env:\n          BRANCH: \${{ github.event.workflow_run.head_branch }}\n`, 'workflow_run') },
    { name: 'validated against an anchored pattern first', code: wf(`      - run: |\n          N=$(cat pr_number)\n          if ! [[ "$N" =~ ^[0-9]+$ ]]; then exit 1; fi\n          echo "PR_NUMBER=$N" >> $GITHUB_ENV\n`.replace('N=$(cat pr_number)', 'N=$(echo "$TITLE")') + TITLE_ENV) },
    { name: 'a file read with no attacker files in the workspace', code: wf('      - uses: actions/checkout@v4\n      - run: echo "V=$(cat .nvmrc)" >> $GITHUB_ENV\n') },
    { name: 'an artifact of this run (no run-id) is this workflow\'s own', code: wf('      - uses: actions/download-artifact@v4\n      - run: echo "V=$(cat out.txt)" >> $GITHUB_ENV\n', 'workflow_run') },
    { name: 'github-script: a number of the payload', code: wf("      - uses: actions/github-script@v7\n        with:\n          script: |\n            const pr = context.payload.pull_request\n            core.exportVariable('PR', pr.number)\n") },
    { name: 'github-script: parsed as a number', code: wf("      - uses: actions/download-artifact@v4\n        with:\n          run-id: ${{ github.event.workflow_run.id }}\n      - uses: actions/github-script@v7\n        with:\n          script: |\n            const n = parseInt(fs.readFileSync('pr.txt'), 10)\n            core.exportVariable('PR', n)\n", 'workflow_run') },
  ],
  invalid: [
    {
      name: 'the zizmor shape: a title-derived value to GITHUB_PATH, nothing held: medium',
      code: wf(`      - name: Passes the title around\n${TITLE_ENV}        run: |\n          message=$(echo "$TITLE" | grep -oP '[{\\[][^}\\]]+[}\\]]' | sed 's/{\\|}\\|\\[\\|\\]//g')\n          echo "$message" >> $GITHUB_PATH\n`),
      expected: [{ line: 12, severity: 'medium', message: /writes the pull request title \(`github\.event\.pull_request\.title`\), through \$TITLE and \$message, to \$GITHUB_PATH in a workflow anyone can start \(pull_request_target\).*nothing of value runs after it/ }],
    },
    {
      name: 'inline, and a later step holds a registry token: high',
      code: wf(`      - run: echo "BODY=\${{ github.event.issue.body }}" >> "$GITHUB_ENV"\n${PUBLISH}`, 'issues'),
      expected: [{ line: 7, severity: 'high', message: /the issue body.*\$GITHUB_ENV.*NODE_OPTIONS.*secret NPM_TOKEN \(a package-registry credential\)/ }],
    },
    {
      name: 'a later step with a contents: write token: high',
      code: wf(`      - run: echo "BODY=$BODY" >> "$GITHUB_ENV"\n        env:\n          BODY: \${{ github.event.comment.body }}\n      - run: git push\n`, 'issue_comment', '{ contents: write }'),
      expected: [{ line: 7, severity: 'high', message: /the job's token can write `contents`/ }],
    },
    {
      name: "an earlier step's secret counts: code in a later step can read it from the runner's memory",
      code: wf(`      - run: ./login.sh\n        env:\n          KEY: \${{ secrets.DEPLOY_KEY }}\n      - run: echo "BODY=$BODY" >> "$GITHUB_ENV"\n        env:\n          BODY: \${{ github.event.issue.body }}\n      - run: echo done\n`, 'issues'),
      expected: [{ line: 10, severity: 'high', message: /at stake in this job: secret DEPLOY_KEY \(a cloud or deployment credential\)/ }],
    },
    {
      name: 'id-token: write counts',
      code: wf(`      - run: echo "BODY=$BODY" >> "$GITHUB_ENV"\n        env:\n          BODY: \${{ github.event.issue.body }}\n      - run: echo done\n`, 'issues', '{ id-token: write }'),
      expected: [{ line: 7, severity: 'high', message: /`id-token: write`/ }],
    },
    {
      name: 'a { … } >> "$GITHUB_ENV" group',
      code: wf(`      - run: |\n          {\n            echo "A=1"\n            echo "B=$TITLE"\n          } >> "$GITHUB_ENV"\n${TITLE_ENV}`),
      expected: [{ line: 10 }],
    },
    {
      name: 'a here-document into GITHUB_ENV',
      code: wf(`      - run: |\n          cat <<EOF >> "$GITHUB_ENV"\n          T=$TITLE\n          EOF\n${TITLE_ENV}`),
      expected: [{ line: 9 }],
    },
    {
      name: 'PowerShell',
      code: wf(`      - shell: pwsh\n        run: '"T=$env:TITLE" | Out-File -FilePath $env:GITHUB_ENV -Append'\n${TITLE_ENV}`),
      expected: [{ line: 8 }],
    },
    {
      name: 'a head branch holds no line break: low',
      code: wf('      - run: echo "BRANCH=${{ github.event.workflow_run.head_branch }}" >> $GITHUB_ENV\n', 'workflow_run'),
      expected: [{ line: 7, severity: 'low', message: /no line break, so it cannot start another variable/ }],
    },
    {
      name: 'newlines stripped by the script: low',
      code: wf(`      - run: |\n          L=$(awk '/SDK/{f=1;next} f' <<< "$BODY" | tr -d '[:space:]')\n          echo "LANGUAGE=$L" >> $GITHUB_ENV\n        env:\n          BODY: \${{ github.event.issue.body }}\n`, 'issues'),
      expected: [{ line: 9, severity: 'low' }],
    },
    {
      name: 'an artifact of the triggering run read into GITHUB_ENV',
      code: wf(`      - uses: actions/download-artifact@v4\n        with:\n          run-id: \${{ github.event.workflow_run.id }}\n          github-token: \${{ github.token }}\n      - run: echo "PR_NUMBER=$(cat pr_number)" >> $GITHUB_ENV\n${PUBLISH}`, 'workflow_run'),
      expected: [{ line: 11, severity: 'high', message: /a file from another run's artifact/ }],
    },
    {
      name: "the pull request's checkout, read into GITHUB_ENV",
      code: wf('      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: echo "VERSION=$(jq -r .version package.json)" >> $GITHUB_ENV\n'),
      expected: [{ line: 10, severity: 'medium', message: /a file from the pull request's code/ }],
    },
    {
      name: 'github-script: core.exportVariable of a comment, through process.env and a reassignment',
      code: wf("      - uses: actions/github-script@v7\n        env:\n          COMMENT_BODY: ${{ github.event.comment.body }}\n        with:\n          script: |\n            let checks = ''\n            const body = process.env.COMMENT_BODY\n            const found = body.match(/x ([^ ]+)/)\n            if (found) {\n              checks = found[1]\n            }\n            core.exportVariable('CHECKS', checks)\n", 'issue_comment'),
      // core.exportVariable delimits the value: it sets CHECKS only (low)
      expected: [{ line: 18, severity: 'low', message: /The actions\/github-script `script:` writes the comment body.*through \$COMMENT_BODY and \$body and \$found and \$checks.*between random delimiters/ }],
    },
    {
      name: 'github-script: an outsider picks the variable name: medium',
      code: wf("      - uses: actions/github-script@v7\n        with:\n          script: |\n            const [name, value] = context.payload.comment.body.split('=')\n            core.exportVariable(name, value)\n", 'issue_comment'),
      expected: [{ line: 11, severity: 'medium', message: /sets environment variables/ }],
    },
    {
      name: 'github-script: a payload alias',
      code: wf("      - uses: actions/github-script@v7\n        with:\n          script: |\n            const { title } = context.payload.pull_request\n            core.addPath(title.trim())\n"),
      expected: [{ line: 11, message: /\$GITHUB_PATH/ }],
    },
    {
      name: "behind a strong gate on the job: one level lower",
      code: wf(`      - run: echo "BODY=$BODY" >> "$GITHUB_ENV"\n        env:\n          BODY: \${{ github.event.comment.body }}\n      - run: git push\n`, 'issue_comment', '{ contents: write }', "contains(fromJSON('[\"OWNER\",\"MEMBER\"]'), github.event.comment.author_association)"),
      expected: [{ line: 8, severity: 'medium', message: /gated: the author's association/ }],
    },
    {
      name: 'a fork flag is no gate under issues (`null == false` is true there)',
      code: wf(`      - run: echo "BODY=$BODY" >> "$GITHUB_ENV"\n        env:\n          BODY: \${{ github.event.issue.body }}\n`, 'issues', '{}', 'github.event.pull_request.head.repo.fork == false'),
      expected: [{ line: 8, severity: 'medium' }],
    },
    {
      name: "the script checks the author's association before writing: one level lower",
      code: wf("      - uses: actions/github-script@v7\n        with:\n          script: |\n            if (!['OWNER', 'MEMBER'].includes('${{ github.event.comment.author_association }}')) {\n              core.setFailed('no')\n              return\n            }\n            core.addPath(context.payload.comment.body)\n" + PUBLISH, 'issue_comment'),
      expected: [{ line: 14, severity: 'medium', message: /gated: the script checks the author's association first/ }],
    },
  ],
});

describe('taintedShellWrites', () => {
  const title: TaintSource = { label: 'title' };
  const sources = (env: Record<string, TaintSource> = {}, files?: string) => ({ env: new Map(Object.entries(env)), inline: () => undefined, ...(files ? { files } : {}) });
  it.each([
    ['echo LIBRARY=%LIBRARY% >> %GITHUB_ENV%', { LIBRARY: title }, undefined, 1],
    ['echo "N=$(( PR + 1 ))" >> $GITHUB_ENV', { PR: title }, undefined, 0],
    ['echo "$(pwd)/.venv/bin" >> $GITHUB_PATH', {}, 'files', 0],
    ['cat pr.env >> $GITHUB_ENV', {}, 'files', 1],
    ['read -r N < pr.txt\necho "N=$N" >> $GITHUB_ENV', {}, 'files', 1],
    ['X="$T"\nX=fixed\necho "X=$X" >> $GITHUB_ENV', { T: title }, undefined, 0],
    ['SHA=$(git rev-parse "$T")\necho "SHA=$SHA" >> $GITHUB_ENV', { T: title }, undefined, 0],
    ['echo "X=$T" | tee -a "$GITHUB_ENV"', { T: title }, undefined, 1],
  ] as const)('%s → %d', (script, env, files, n) => {
    expect(taintedShellWrites(script, sources(env, files))).toHaveLength(n);
  });

  it('follows the variables a value goes through and whether it can break a line', () => {
    const got = taintedShellWrites('A=$(echo "$T" | head -n 1)\nB="pre-$A"\necho "B=$B" >> $GITHUB_ENV', sources({ T: title }));
    expect(got).toEqual([{ file: 'GITHUB_ENV', line: 2, source: 'title', via: ['T', 'A', 'B'], singleLine: true }]);
  });
});

describe('taintedScriptExports', () => {
  const inline = (inner: string): TaintSource | undefined => (/\.(?:title|body)$/.test(inner) ? { label: inner } : undefined);
  it.each([
    ["const pr = context.payload.pull_request\ncore.exportVariable('T', pr.title)", 1],
    ["const pr = context.payload.pull_request\ncore.exportVariable('N', pr.number)", 0],
    ["core.exportVariable('T', context.payload.issue.title.replace(/\\n/g, ' '))", 1],
    ["const t = Number(context.payload.issue.body)\ncore.exportVariable('T', t)", 0],
    ["core.setOutput('T', context.payload.issue.title)", 0],
  ] as const)('%s → %d', (script, n) => {
    expect(taintedScriptExports(script, { env: new Map(), inline })).toHaveLength(n);
  });
});

describe('hostile scripts stay linear', () => {
  it('thousands of chained assignments', () => {
    const lines = ['A0="$T"', ...Array.from({ length: 20_000 }, (_, i) => `A${i + 1}="$A${i}"`), 'echo "X=$A20000" >> $GITHUB_ENV'];
    const started = performance.now();
    taintedShellWrites(lines.join('\n'), { env: new Map([['T', { label: 't' }]]), inline: () => undefined });
    const js = [...Array.from({ length: 20_000 }, (_, i) => `const a${i} = context.payload.issue.body + ${i}`), "core.exportVariable('X', a1)"].join('\n');
    taintedScriptExports(js, { env: new Map(), inline: () => ({ label: 'body' }) });
    const calls = Array.from({ length: 20_000 }, (_, i) => `core.exportVariable('X${i}', context.payload.issue.body + (`).join('\n');
    expect(taintedScriptExports(calls, { env: new Map(), inline: () => ({ label: 'body' }) }).length).toBe(20_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
