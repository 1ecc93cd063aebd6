/**
 * What a job needs of the GITHUB_TOKEN, from the knowledge base: one row per entry condition and per way the token
 * reaches (or does not reach) an action. Script heuristics are in script-needs.test.ts.
 */
import { evaluateCondition } from '../../src/workflows/needs.js';
import { yaml } from '../helpers.js';
import { compositeNeeds, doubtKinds, needsOf, parse, scopesOf, workflow } from './needs-helpers.js';
import { isMap } from '../../src/workflows/yaml.js';

interface Row {
  name: string;
  steps: string;
  job?: string;
  scopes: Record<string, string>;
  confidence: 'certain' | 'likely' | 'unknown';
  /** Kinds of the doubts behind a likely/unknown confidence. */
  because?: string[];
}

const rows: Row[] = [
  // actions/checkout: contents read, for private repositories only, with the token it is given.
  { name: 'checkout with its default token', steps: '- uses: actions/checkout@v4', scopes: { contents: 'read (private)' }, confidence: 'certain' },
  {
    name: 'checkout with a PAT: the need falls on the PAT',
    steps: yaml`
      - uses: actions/checkout@v4
        with: { token: "\${{ secrets.BOT_PAT }}" }
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'checkout with an App token from an earlier step',
    steps: yaml`
      - id: app
        uses: actions/create-github-app-token@v2
        with: { app-id: "1", private-key: "\${{ secrets.KEY }}" }
      - uses: actions/checkout@v4
        with: { token: "\${{ steps.app.outputs.token }}" }
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'checkout with the token written out explicitly',
    steps: yaml`
      - uses: actions/checkout@v4
        with: { token: "\${{ secrets.GITHUB_TOKEN }}" }
    `,
    scopes: { contents: 'read (private)' },
    confidence: 'certain',
  },
  {
    name: 'checkout with a PAT falling back to the token: likely',
    steps: yaml`
      - uses: actions/checkout@v4
        with: { token: "\${{ secrets.PAT || github.token }}" }
    `,
    scopes: { contents: 'read (private)' },
    confidence: 'likely',
    because: ['token-expression'],
  },
  {
    name: 'actions that need nothing',
    steps: yaml`
      - uses: actions/setup-node@v4
      - uses: actions/cache@v4
        with: { path: x, key: y }
      - uses: actions/upload-artifact@v4
        with: { name: a, path: dist }
      - uses: actions/download-artifact@v4
      - uses: docker/setup-buildx-action@v3
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'download-artifact from another run, with the token',
    steps: yaml`
      - uses: actions/download-artifact@v4
        with: { run-id: "\${{ github.event.workflow_run.id }}", github-token: "\${{ github.token }}" }
    `,
    scopes: { actions: 'read' },
    confidence: 'certain',
  },
  {
    name: 'labeler',
    steps: '- uses: actions/labeler@v5',
    scopes: { contents: 'read', 'pull-requests': 'write' },
    confidence: 'certain',
  },
  {
    name: 'stale (its state cache needs actions: write), and delete-branch',
    steps: yaml`
      - uses: actions/stale@v9
        with: { delete-branch: true }
    `,
    scopes: { actions: 'write', contents: 'write', issues: 'write', 'pull-requests': 'write' },
    confidence: 'certain',
  },
  {
    name: 'create-pull-request with the token',
    steps: '- uses: peter-evans/create-pull-request@v7',
    scopes: { contents: 'write', 'pull-requests': 'write' },
    confidence: 'certain',
  },
  {
    name: 'create-pull-request with an App token',
    steps: yaml`
      - uses: peter-evans/create-pull-request@v7
        with: { token: "\${{ steps.app.outputs.token }}" }
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'gh-release, and a discussion',
    steps: yaml`
      - uses: softprops/action-gh-release@v2
        with: { discussion_category_name: Announcements }
    `,
    scopes: { contents: 'write', discussions: 'write' },
    confidence: 'certain',
  },
  {
    name: 'CodeQL: init, autobuild, analyze',
    steps: yaml`
      - uses: github/codeql-action/init@v3
      - uses: github/codeql-action/autobuild@v3
      - uses: github/codeql-action/analyze@v3
    `,
    scopes: { actions: 'read (private)', contents: 'read (private)', 'security-events': 'write' },
    confidence: 'certain',
  },
  {
    name: 'upload-sarif',
    steps: yaml`
      - uses: github/codeql-action/upload-sarif@v3
        with: { sarif_file: results.sarif }
    `,
    scopes: { actions: 'read (private)', contents: 'read (private)', 'security-events': 'write' },
    confidence: 'certain',
  },
  {
    name: 'deploy-pages: pages and OIDC',
    steps: '- uses: actions/deploy-pages@v4',
    scopes: { 'id-token': 'write', pages: 'write' },
    confidence: 'certain',
  },
  {
    name: 'deploy-pages with a PAT: OIDC is still the job token',
    steps: yaml`
      - uses: actions/deploy-pages@v4
        with: { token: "\${{ secrets.PAGES_PAT }}" }
    `,
    scopes: { 'id-token': 'write' },
    confidence: 'certain',
  },
  {
    name: 'AWS: role through OIDC',
    steps: yaml`
      - uses: aws-actions/configure-aws-credentials@v4
        with: { role-to-assume: "arn:aws:iam::1:role/ci", aws-region: eu-west-1 }
    `,
    scopes: { 'id-token': 'write' },
    confidence: 'certain',
  },
  {
    name: 'AWS: access keys',
    steps: yaml`
      - uses: aws-actions/configure-aws-credentials@v4
        with: { aws-access-key-id: "\${{ secrets.ID }}", aws-secret-access-key: "\${{ secrets.KEY }}", aws-region: eu-west-1 }
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'AWS: role chained from access keys',
    steps: yaml`
      - uses: aws-actions/configure-aws-credentials@v4
        with: { role-to-assume: "arn:aws:iam::1:role/ci", aws-access-key-id: "\${{ secrets.ID }}", aws-secret-access-key: "\${{ secrets.KEY }}" }
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'Google: workload identity federation',
    steps: yaml`
      - uses: google-github-actions/auth@v2
        with: { workload_identity_provider: "\${{ vars.WIF }}", service_account: ci@p.iam.gserviceaccount.com }
    `,
    scopes: { 'id-token': 'write' },
    confidence: 'certain',
  },
  {
    name: 'Google: key file',
    steps: yaml`
      - uses: google-github-actions/auth@v2
        with: { credentials_json: "\${{ secrets.GCP_KEY }}" }
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'Azure: OIDC (no creds)',
    steps: yaml`
      - uses: azure/login@v2
        with: { client-id: "\${{ secrets.ID }}", tenant-id: "\${{ secrets.T }}", subscription-id: "\${{ secrets.S }}" }
    `,
    scopes: { 'id-token': 'write' },
    confidence: 'certain',
  },
  {
    name: 'Azure: service principal secret',
    steps: yaml`
      - uses: azure/login@v2
        with: { creds: "\${{ secrets.AZURE_CREDENTIALS }}" }
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'Azure: managed identity',
    steps: yaml`
      - uses: azure/login@v2
        with: { auth-type: IDENTITY, client-id: x }
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'PyPI: trusted publishing',
    steps: '- uses: pypa/gh-action-pypi-publish@release/v1',
    scopes: { 'id-token': 'write' },
    confidence: 'certain',
  },
  {
    name: 'PyPI: API token',
    steps: yaml`
      - uses: pypa/gh-action-pypi-publish@release/v1
        with: { password: "\${{ secrets.PYPI_TOKEN }}" }
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'docker login to ghcr.io with the token',
    steps: yaml`
      - uses: docker/login-action@v3
        with: { registry: ghcr.io, username: "\${{ github.actor }}", password: "\${{ secrets.GITHUB_TOKEN }}" }
    `,
    scopes: { packages: 'write' },
    confidence: 'likely',
    because: ['knowledge-likely'],
  },
  {
    name: 'docker login to ghcr.io with a PAT',
    steps: yaml`
      - uses: docker/login-action@v3
        with: { registry: ghcr.io, username: me, password: "\${{ secrets.GHCR_PAT }}" }
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'docker login to Docker Hub',
    steps: yaml`
      - uses: docker/login-action@v3
        with: { username: me, password: "\${{ secrets.DOCKERHUB_TOKEN }}" }
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'docker login, registry from an expression: the case applies as likely',
    steps: yaml`
      - uses: docker/login-action@v3
        with: { registry: "\${{ env.REGISTRY }}", username: me, password: "\${{ github.token }}" }
    `,
    scopes: { packages: 'write' },
    confidence: 'likely',
    because: ['condition-expression'],
  },
  {
    name: 'build-push-action with the Git context',
    steps: yaml`
      - uses: docker/build-push-action@v6
        with: { push: true, tags: x }
    `,
    scopes: { contents: 'read (private)' },
    confidence: 'certain',
  },
  {
    name: 'build-push-action with a path context',
    steps: yaml`
      - uses: docker/build-push-action@v6
        with: { context: ., push: true }
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'dependency review commenting on the pull request',
    steps: yaml`
      - uses: actions/dependency-review-action@v4
        with: { comment-summary-in-pr: always }
    `,
    scopes: { contents: 'read', 'pull-requests': 'write' },
    confidence: 'certain',
  },
  {
    name: 'goreleaser release with the token in env',
    steps: yaml`
      - uses: goreleaser/goreleaser-action@v6
        with: { args: release --clean }
        env: { GITHUB_TOKEN: "\${{ secrets.GITHUB_TOKEN }}" }
    `,
    scopes: { contents: 'write' },
    confidence: 'likely',
    because: ['knowledge-likely'],
  },
  {
    name: 'goreleaser snapshot',
    steps: yaml`
      - uses: goreleaser/goreleaser-action@v6
        with: { args: release --snapshot --clean }
        env: { GITHUB_TOKEN: "\${{ secrets.GITHUB_TOKEN }}" }
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'goreleaser with a PAT',
    steps: yaml`
      - uses: goreleaser/goreleaser-action@v6
        with: { args: release }
        env: { GITHUB_TOKEN: "\${{ secrets.RELEASE_PAT }}" }
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'goreleaser with the token in the job env',
    job: 'env: { GITHUB_TOKEN: "${{ github.token }}" }',
    steps: yaml`
      - uses: goreleaser/goreleaser-action@v6
        with: { args: release }
    `,
    scopes: { contents: 'write' },
    confidence: 'likely',
    because: ['knowledge-likely'],
  },
  {
    name: 'zizmor uploads to code scanning by default',
    steps: '- uses: zizmorcore/zizmor-action@v0',
    scopes: { actions: 'read (private)', contents: 'read (private)', 'security-events': 'write' },
    confidence: 'certain',
  },
  {
    name: 'zizmor without advanced security',
    steps: yaml`
      - uses: zizmorcore/zizmor-action@v0
        with: { advanced-security: false }
    `,
    scopes: { actions: 'read (private)', contents: 'read (private)' },
    confidence: 'certain',
  },
  {
    name: 'setup-gradle submitting the dependency graph',
    steps: yaml`
      - uses: gradle/actions/setup-gradle@v4
        with: { dependency-graph: generate-and-submit }
    `,
    scopes: { contents: 'write' },
    confidence: 'certain',
  },
  {
    name: 'golangci-lint, only new issues',
    steps: yaml`
      - uses: golangci/golangci-lint-action@v6
        with: { only-new-issues: true }
    `,
    scopes: { 'pull-requests': 'read' },
    confidence: 'certain',
  },
  {
    name: 'codecov with OIDC',
    steps: yaml`
      - uses: codecov/codecov-action@v5
        with: { use_oidc: true }
    `,
    scopes: { 'id-token': 'write' },
    confidence: 'certain',
  },
  {
    name: 'scorecard publishing its results',
    steps: yaml`
      - uses: ossf/scorecard-action@v2
        with: { results_file: r.sarif, publish_results: true }
    `,
    scopes: { actions: 'read (private)', contents: 'read (private)', 'id-token': 'write' },
    confidence: 'certain',
  },
  {
    name: 'attest-build-provenance',
    steps: yaml`
      - uses: actions/attest-build-provenance@v2
        with: { subject-path: dist/* }
    `,
    scopes: { attestations: 'write', 'id-token': 'write' },
    confidence: 'certain',
  },
  {
    name: 'git-auto-commit pushes with the checkout credentials',
    steps: yaml`
      - uses: actions/checkout@v4
      - uses: stefanzweifel/git-auto-commit-action@v5
    `,
    scopes: { contents: 'write' },
    confidence: 'certain',
  },
  {
    name: 'git-auto-commit after a checkout with a PAT',
    steps: yaml`
      - uses: actions/checkout@v4
        with: { token: "\${{ secrets.PAT }}" }
      - uses: stefanzweifel/git-auto-commit-action@v5
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'an entry marked likely',
    steps: '- uses: ko-build/setup-ko@v0.9',
    scopes: { packages: 'write' },
    confidence: 'likely',
    because: ['knowledge-likely'],
  },
  {
    name: 'an entry marked likely does not matter when the action is handed another token',
    steps: yaml`
      - uses: tj-actions/changed-files@v46
        with: { token: "\${{ secrets.PAT }}" }
    `,
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'the token handed to an input the entry does not list',
    steps: yaml`
      - uses: actions/setup-go@v5
        with: { go-version: stable, cache-dependency-path: "\${{ github.token }}" }
    `,
    scopes: {},
    confidence: 'likely',
    because: ['unlisted-token-input'],
  },
  {
    name: 'an action not in the knowledge base, not handed the token',
    steps: '- uses: example/unknown-action@v1',
    scopes: {},
    confidence: 'likely',
    because: ['unknown-action'],
  },
  {
    name: 'an action not in the knowledge base, handed the token',
    steps: yaml`
      - uses: example/unknown-action@v1
        with: { repo-token: "\${{ secrets.GITHUB_TOKEN }}" }
    `,
    scopes: {},
    confidence: 'unknown',
    because: ['unknown-action-token'],
  },
  {
    name: 'an action not in the knowledge base, handed another secret',
    steps: yaml`
      - uses: example/unknown-action@v1
        with: { token: "\${{ secrets.BOT_PAT }}" }
    `,
    scopes: {},
    confidence: 'likely',
    because: ['unknown-action'],
  },
  {
    name: 'a local action',
    steps: '- uses: ./.github/actions/setup',
    scopes: {},
    confidence: 'unknown',
    because: ['local-action'],
  },
  {
    name: 'a docker action handed the token',
    steps: yaml`
      - uses: docker://alpine:3
        env: { GH_TOKEN: "\${{ github.token }}" }
    `,
    scopes: {},
    confidence: 'unknown',
    because: ['docker-action-token'],
  },
  {
    name: 'a docker action without the token',
    steps: '- uses: docker://alpine:3',
    scopes: {},
    confidence: 'certain',
  },
  {
    name: 'a script input of a known action (nick-fields/retry) is read like run:',
    steps: yaml`
      - uses: nick-fields/retry@v3
        env: { GH_TOKEN: "\${{ github.token }}" }
        with: { max_attempts: 3, timeout_minutes: 5, command: gh release upload v1 dist/x }
    `,
    scopes: { contents: 'write' },
    confidence: 'likely',
    because: ['heuristic'],
  },
  {
    name: 'a job with no steps',
    steps: '[]',
    scopes: {},
    confidence: 'certain',
  },
];

describe('jobNeeds from the knowledge base', () => {
  it.each(rows)('$name', ({ steps, job, scopes, confidence, because }) => {
    const { needs } = needsOf(workflow(steps, job));
    expect({ scopes: scopesOf(needs), confidence: needs.confidence }).toEqual({ scopes, confidence });
    if (because) expect(doubtKinds(needs)).toEqual(because);
    expect(needs.confidence === 'unknown').toBe(needs.unknownBecause.length > 0);
  });

  it('a job calling a reusable workflow is unknown', () => {
    const { needs } = needsOf(yaml`
      on: push
      jobs:
        call:
          uses: ./.github/workflows/build.yml
    `);
    expect(needs.confidence).toBe('unknown');
    expect(needs.unknownBecause.map((d) => d.kind)).toEqual(['reusable-workflow']);
    expect(needs.unknownBecause[0]!.reason).toContain('./.github/workflows/build.yml');
  });

  it('says why, where, and from which entry', () => {
    const text = workflow(yaml`
      - uses: actions/checkout@v4
      - uses: actions/labeler@v5
    `);
    const { file, needs } = needsOf(text);
    const pr = needs.scopes['pull-requests']!;
    expect(pr.level).toBe('write');
    expect(pr.because).toHaveLength(1);
    const why = pr.because[0]!;
    expect(why).toMatchObject({ source: 'knowledge', confidence: 'certain', action: 'actions/labeler', stepPath: ['jobs', 'j', 'steps', 'uses=actions/labeler@v5'] });
    expect(why.reason).toMatch(/^actions\/labeler: /);
    expect(why.definedAt).toMatch(/^knowledge\/actions\/actions\.yml:\d+$/);
    expect(why.reference).toMatch(/^https:\/\/github\.com\/actions\/labeler/);
    expect(file.text.slice(why.span[0], why.span[1])).toBe('actions/labeler@v5');
    // Two steps read contents: one private-only (checkout), one not (labeler).
    expect(needs.scopes.contents!.because.map((b) => b.action)).toEqual(['actions/checkout', 'actions/labeler']);
    expect(needs.scopes.contents!.privateOnly).toBe(false);
  });

  it('takes the strongest level over the steps', () => {
    const { needs } = needsOf(
      workflow(yaml`
        - uses: actions/checkout@v4
        - uses: softprops/action-gh-release@v2
      `),
    );
    expect(needs.scopes.contents).toMatchObject({ level: 'write', privateOnly: false });
    expect(needs.scopes.contents!.because.map((b) => b.level)).toEqual(['read', 'write']);
  });

  it('resolves env.X in token inputs through the step, job and workflow env', () => {
    const text = workflow(
      yaml`
        - uses: peter-evans/create-pull-request@v7
          with: { token: "\${{ env.TOKEN }}" }
      `,
      'env: { TOKEN: "${{ secrets.GITHUB_TOKEN }}" }',
    );
    expect(scopesOf(needsOf(text).needs)).toEqual({ contents: 'write', 'pull-requests': 'write' });
    const other = workflow(
      yaml`
        - uses: peter-evans/create-pull-request@v7
          with: { token: "\${{ env.TOKEN }}" }
      `,
      '',
      'env: { TOKEN: "${{ secrets.BOT }}" }\n',
    );
    expect(scopesOf(needsOf(other).needs)).toEqual({});
  });
});

describe('evaluateCondition', () => {
  const inputs = (text: string) => {
    const root = parse(`on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - uses: a/b@v1\n        with: ${text}\n`).root;
    const step = ((root.jobs as Record<string, unknown>).j as { steps: unknown[] }).steps[0] as Record<string, unknown>;
    return isMap(step.with) ? step.with : undefined;
  };
  it.each([
    ['set, given', { set: ['a'] }, '{ a: x }', 'yes'],
    ['set, empty', { set: ['a'] }, '{ a: "" }', 'no'],
    ['set, absent', { set: ['a'] }, '{ b: x }', 'no'],
    ['unset, absent', { unset: ['a'] }, '{ b: x }', 'yes'],
    ['unset, given by an expression', { unset: ['a'] }, '{ a: "${{ secrets.X }}" }', 'no'],
    ['matches, case-insensitive', { matches: { a: '^identity$' } }, '{ a: IDENTITY }', 'yes'],
    ['matches a boolean', { matches: { a: '^true$' } }, '{ a: true }', 'yes'],
    ['matches, absent', { matches: { a: '^x$' } }, '{ b: x }', 'no'],
    ['matches, expression', { matches: { a: '^x$' } }, '{ a: "${{ inputs.a }}" }', 'undecided'],
    ['not-matches, absent', { notMatches: { a: '^false$' } }, '{ b: x }', 'yes'],
    ['not-matches, matching', { notMatches: { a: '^false$' } }, '{ a: false }', 'no'],
    ['all must hold', { set: ['a'], unset: ['b'] }, '{ a: x, b: y }', 'no'],
    ['a no beats an undecided', { set: ['c'], matches: { a: '^x$' } }, '{ a: "${{ x }}" }', 'no'],
  ] as const)('%s', (_name, when, text, expected) => {
    expect(evaluateCondition(when, inputs(text))).toBe(expected);
  });
});

describe('actionNeeds (composite actions)', () => {
  it('reads the steps, with inputs at their defaults', () => {
    const needs = compositeNeeds(yaml`
      name: release
      inputs:
        token: { default: "\${{ github.token }}" }
      runs:
        using: composite
        steps:
          - uses: softprops/action-gh-release@v2
            with: { token: "\${{ inputs.token }}" }
          - shell: bash
            env: { GH_TOKEN: "\${{ inputs.token }}" }
            run: gh pr comment 1 --body done
    `);
    expect(scopesOf(needs)).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(needs.confidence).toBe('likely');
  });

  it('an input without a default may be anything: named like a token, it may be the GITHUB_TOKEN', () => {
    const needs = compositeNeeds(yaml`
      name: x
      inputs:
        github-token: { required: true }
      runs:
        using: composite
        steps:
          - uses: peter-evans/create-pull-request@v7
            with: { token: "\${{ inputs.github-token }}" }
    `);
    expect(scopesOf(needs)).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(doubtKinds(needs)).toEqual(['token-expression']);
  });

  it('JavaScript and Docker actions are unknown', () => {
    const needs = compositeNeeds(yaml`
      name: x
      runs:
        using: node20
        main: index.js
    `);
    expect(needs.confidence).toBe('unknown');
    expect(needs.unknownBecause.map((d) => d.kind)).toEqual(['not-composite']);
  });
});
