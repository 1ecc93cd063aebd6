/**
 * reusable-call-permissions: a call to a local reusable workflow judged against what the called jobs need. Each case is
 * a small repository (caller and callee), scanned together; the expected list is every finding of the rule.
 */
import { scan } from '../../src/engine.js';
import { DEFAULT_CONFIG } from '../../src/config/types.js';
import { reusableCallPermissions } from '../../src/rules/reusable-call-permissions.js';
import type { ProjectRule } from '../../src/model/rule.js';
import { yaml } from '../helpers.js';

function findings(files: Record<string, string>): string[] {
  const result = scan(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    { config: DEFAULT_CONFIG, rules: [], projectRules: [reusableCallPermissions as ProjectRule] },
  );
  expect(result.ruleFailures).toEqual([]);
  return result.findings.filter((f) => f.ruleId === 'reusable-call-permissions').map((f) => `${f.location.file}:${f.location.startLine} ${f.severity} ${f.message}`);
}

const RELEASE = yaml`
  on: workflow_call
  jobs:
    publish:
      runs-on: ubuntu-latest
      steps:
        - uses: softprops/action-gh-release@v2
`;

describe('reusable-call-permissions', () => {
  it.each<[string, Record<string, string>, RegExp[]]>([
    [
      'the call grants what the called job needs: nothing to report',
      {
        '.github/workflows/ci.yml': yaml`
          on: push
          permissions: {}
          jobs:
            release:
              permissions:
                contents: write
              uses: ./.github/workflows/release.yml
        `,
        '.github/workflows/release.yml': RELEASE,
      },
      [],
    ],
    [
      'the call withholds a write the called job needs: high at the call',
      {
        '.github/workflows/ci.yml': yaml`
          on: push
          permissions: {}
          jobs:
            release:
              permissions:
                contents: read
              uses: ./.github/workflows/release.yml
        `,
        '.github/workflows/release.yml': RELEASE,
      },
      [/^\.github\/workflows\/ci\.yml:7 high Job "release" calls \.github\/workflows\/release\.yml, whose job "publish" needs `contents: write` \(softprops\/action-gh-release: .*\), but it gets `contents: read` from this call: that job will fail$/],
    ],
    [
      "the called workflow's own block narrows below its need",
      {
        '.github/workflows/ci.yml': yaml`
          on: push
          jobs:
            release:
              permissions:
                contents: write
              uses: ./.github/workflows/release.yml
        `,
        '.github/workflows/release.yml': yaml`
          on: workflow_call
          permissions:
            contents: read
          jobs:
            publish:
              runs-on: ubuntu-latest
              steps:
                - uses: softprops/action-gh-release@v2
        `,
      },
      [/ci\.yml:6 high .*the called workflow's own block narrows it/],
    ],
    [
      'the called job comments through the issues API and the call grants pull-requests: write: met, and not unneeded',
      {
        '.github/workflows/ci.yml': yaml`
          on: pull_request
          jobs:
            comment:
              permissions:
                pull-requests: write
              uses: ./.github/workflows/comment.yml
        `,
        '.github/workflows/comment.yml': yaml`
          on: workflow_call
          jobs:
            post:
              runs-on: ubuntu-latest
              steps:
                - uses: actions/github-script@v7
                  with:
                    script: |
                      await github.rest.issues.createComment({ ...context.repo, issue_number: context.issue.number, body: 'hi' })
        `,
      },
      [],
    ],
    [
      'the same call granting neither scope: the called job will fail',
      {
        '.github/workflows/ci.yml': yaml`
          on: pull_request
          jobs:
            comment:
              permissions:
                contents: read
              uses: ./.github/workflows/comment.yml
        `,
        '.github/workflows/comment.yml': yaml`
          on: workflow_call
          jobs:
            post:
              runs-on: ubuntu-latest
              steps:
                - uses: actions/github-script@v7
                  with:
                    script: |
                      await github.rest.issues.createComment({ ...context.repo, issue_number: context.issue.number, body: 'hi' })
        `,
      },
      [/ci\.yml:6 medium .*needs `issues: write`.*pull-requests: write when the number is a pull request/],
    ],
    [
      'a write the call grants that no called job needs: low, at the scope',
      {
        '.github/workflows/ci.yml': yaml`
          on: push
          jobs:
            release:
              permissions:
                contents: write
                issues: write
              uses: ./.github/workflows/release.yml
        `,
        '.github/workflows/release.yml': RELEASE,
      },
      [/ci\.yml:6 low Job "release" grants `issues: write` to \.github\/workflows\/release\.yml, and none of its jobs needs it/],
    ],
    [
      'a call on the repository default is left to the permissions rule; a callee we cannot read is not judged for unneeded grants',
      {
        '.github/workflows/ci.yml': yaml`
          on: push
          jobs:
            default:
              uses: ./.github/workflows/release.yml
            other:
              permissions:
                contents: write
                issues: write
              uses: ./.github/workflows/opaque.yml
        `,
        '.github/workflows/release.yml': RELEASE,
        '.github/workflows/opaque.yml': yaml`
          on: workflow_call
          jobs:
            x:
              runs-on: ubuntu-latest
              steps:
                - uses: ./.github/actions/local
        `,
      },
      [],
    ],
    [
      'a callee that is not among the scanned files is not judged',
      {
        '.github/workflows/ci.yml': yaml`
          on: push
          jobs:
            release:
              permissions: {}
              uses: ./.github/workflows/missing.yml
        `,
      },
      [],
    ],
  ])('%s', (_name, files, expected) => {
    const got = findings(files);
    expect(got).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(got[i]).toMatch(re));
  });
});

describe('reusable-call-permissions on a called workflow of many jobs', () => {
  it('reports the first 20 shortfalls of a call one by one and gathers the rest into one finding; calls granting the same share the work', () => {
    const jobs = Array.from({ length: 25 }, (_, i) => `  k${i}:\n    runs-on: ubuntu-latest\n    steps: [{ uses: softprops/action-gh-release@v2 }]`).join('\n');
    const calls = Array.from({ length: 3 }, (_, i) => `  c${i}:\n    permissions: { contents: read }\n    uses: ./.github/workflows/release.yml`).join('\n');
    const got = findings({
      '.github/workflows/ci.yml': `on: push\njobs:\n${calls}\n`,
      '.github/workflows/release.yml': `on: workflow_call\njobs:\n${jobs}\n`,
    });
    expect(got).toHaveLength(3 * 21);
    const c0 = got.filter((f) => f.includes('Job "c0"'));
    expect(c0).toHaveLength(21);
    expect(c0.filter((f) => /whose job "k\d+" needs `contents: write`/.test(f))).toHaveLength(20);
    expect(c0.find((f) => f.includes('one finding for the rest'))).toMatch(
      /high Job "c0" calls \.github\/workflows\/release\.yml, whose jobs "k20", "k21", "k22" and 2 more also need scopes this call withholds \(contents: write\)/,
    );
  });
});
