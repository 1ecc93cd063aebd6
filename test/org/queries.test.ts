/** The organisation scan's GraphQL: valid against GitHub's published schema, and decoded the way GitHub answers. */
import { validate } from '@octokit/graphql-schema';
import { LIST_REPOSITORIES, actionPaths, actionsQuery, addActionFiles, decodeRepositoryFiles, decodeRepositoryPage, filesQuery, localActionDirs } from '../../src/org/queries.js';

describe('queries are valid against GitHub’s published GraphQL schema', () => {
  it.each([
    ['the repository listing', LIST_REPOSITORIES],
    ['a files batch of one', filesQuery(['app'])],
    ['a files batch of 50, names with dots and dashes', filesQuery(Array.from({ length: 50 }, (_, i) => `repo-${i}.js`))],
    ['local actions of two repositories', actionsQuery([{ name: 'a', paths: actionPaths(['.github/actions/x', 'tools/y']) }, { name: 'b', paths: actionPaths(['z']) }])],
  ])('%s', (_name, query) => {
    expect(validate(query).map((e) => e.message)).toEqual([]);
  });

  it('a name with a quote or backslash stays one string literal', () => {
    expect(validate(filesQuery(['we"ird\\name'])).map((e) => e.message)).toEqual([]);
  });
});

describe('decoding', () => {
  it('a listing page', () => {
    const page = decodeRepositoryPage(
      {
        organization: {
          repositories: {
            totalCount: 2,
            pageInfo: { hasNextPage: true, endCursor: 'Y3Vyc29y' },
            nodes: [{ name: 'a', nameWithOwner: 'acme/a', isArchived: false, isFork: true, isDisabled: false, isEmpty: false, isPrivate: true, visibility: 'INTERNAL', defaultBranchRef: { name: 'trunk' } }, null],
          },
        },
      },
      'acme',
    );
    expect(page).toEqual({
      repositories: [{ name: 'a', nameWithOwner: 'acme/a', isArchived: false, isFork: true, isDisabled: false, isEmpty: false, isPrivate: true, visibility: 'INTERNAL', defaultBranch: 'trunk' }],
      totalCount: 2,
      nextCursor: 'Y3Vyc29y',
    });
    expect(() => decodeRepositoryPage({ organization: null }, 'acme')).toThrow(/no organisation "acme"/);
  });

  it('a repository: workflows (.yml/.yaml blobs only), cut and binary blobs, action, registry, config, local actions', () => {
    const blob = (text: string | null, extra = {}) => ({ oid: `oid-${String(text).length}`, byteSize: 10, isBinary: false, isTruncated: false, text, ...extra });
    const files = decodeRepositoryFiles(
      {
        nameWithOwner: 'acme/app',
        workflows: {
          entries: [
            { name: 'ci.yml', type: 'blob', object: blob('on: push\njobs:\n  a:\n    steps:\n      - uses: ./tools/lint\n      - uses: "./.github/workflows/reuse.yml"\n') },
            { name: 'big.yaml', type: 'blob', object: blob('cut', { isTruncated: true, oid: 'big-oid', byteSize: 600_000 }) },
            { name: 'bin.yml', type: 'blob', object: blob(null, { isBinary: true }) },
            { name: 'README.md', type: 'blob', object: blob('x') },
            { name: 'sub', type: 'tree', object: {} },
          ],
        },
        actionYml: null,
        actionYaml: blob('runs: {}'),
        registry: null,
        legacyRegistry: blob('version: 1'),
        config: blob('fail-on: low'),
        actions: { entries: [{ name: 'setup', type: 'tree', object: { entries: [{ name: 'action.yaml', type: 'blob' }] } }, { name: 'notes', type: 'tree', object: { entries: [{ name: 'x.md', type: 'blob' }] } }] },
      },
      'acme/app',
    );
    expect(files.files.map((f) => f.path)).toEqual(['.github/workflows/ci.yml', 'action.yaml']);
    expect(files.pending).toEqual([{ path: '.github/workflows/big.yaml', oid: 'big-oid', byteSize: 600_000 }]);
    expect(files.notes).toEqual(['.github/workflows/bin.yml: binary, not scanned']);
    expect(files.registry?.path).toBe('.codex/tokens/token_scope_map.yaml');
    expect(files.config?.text).toBe('fail-on: low');
    expect(files.actionDirs).toEqual(['.github/actions/setup', 'tools/lint']);

    addActionFiles(files, { a0: null, a1: blob('runs: { using: composite, steps: [] }'), a2: blob('runs: {}'), a3: null }, actionPaths(files.actionDirs));
    expect(files.files.map((f) => f.path)).toEqual(['.github/workflows/ci.yml', 'action.yaml', '.github/actions/setup/action.yaml', 'tools/lint/action.yml']);
  });

  it('local actions: `uses: ./dir` in any quoting, not reusable workflows, `..` or expressions', () => {
    const text = ["- uses: ./a", "  uses: './b/c/'", '    - uses: "./d"', '- uses: ./.github/workflows/x.yml', '- uses: ../up', '- uses: ./${{ matrix.x }}', '- uses: actions/checkout@v4', '- uses: ./a'].join('\n');
    expect(localActionDirs(text)).toEqual(['a', 'b/c', 'd']);
  });
});
