import { collectUsage, summariseUsage, usageOfInputs } from '../../src/registry/usage.js';
import { isParseFailure, loadSource, type SourceFile } from '../../src/workflows/source.js';
import { LineIndex } from '../../src/workflows/lines.js';
import { yaml } from '../helpers.js';

function source(path: string, text: string): SourceFile {
  const loaded = loadSource(path, text);
  if (isParseFailure(loaded)) throw new Error(loaded.message);
  return loaded;
}

const WORKFLOW = yaml`
  on:
    workflow_call:
      secrets:
        Passed_In: { required: true }
  permissions:
    contents: read
    id-token: write
  env:
    TOP: \${{ secrets.TOP_SECRET }}
  jobs:
    plain:
      runs-on: x
      permissions: write-all
      steps:
        - run: echo "\${{ secrets.A }} \${{ github.token }}"
    named:
      runs-on: x
      environment: { name: prod, url: https://example.com }
      permissions: { issues: write, id-token: write, contents: read }
      steps:
        - run: echo "\${{ secrets['B'] }} \${{ toJSON(secrets) }}"
    chosen:
      runs-on: x
      environment: \${{ inputs.env }}
      steps:
        - run: echo "\${{ secrets[matrix.name] }}"
    call:
      uses: org/repo/.github/workflows/x.yml@v1
      secrets: inherit
`;

describe('collectUsage', () => {
  const file = source('.github/workflows/w.yml', WORKFLOW);
  const usage = collectUsage(file);
  const lines = new LineIndex(WORKFLOW);
  const line = (span: readonly [number, number]) => lines.position(span[0]).line;

  it('finds secret references with their job and environment, GITHUB_TOKEN apart', () => {
    expect(usage.secrets.map((s) => [s.name, s.key, s.job ?? null, s.environment ?? null, line(s.span)])).toEqual([
      ['TOP_SECRET', 'TOP_SECRET', null, null, 9],
      ['A', 'A', 'plain', { kind: 'none' }, 15],
      ['B', 'B', 'named', { kind: 'static', name: 'prod' }, 21],
    ]);
    expect(usage.githubToken.map((s) => [s.job, line(s.span)])).toEqual([['plain', 15]]);
  });

  it('records bulk hand-overs: toJSON(secrets), secrets[expr], secrets: inherit', () => {
    expect(usage.bulk.map((b) => [b.how, b.job, b.environment?.kind, line(b.span)])).toEqual([
      ['whole-secrets', 'named', 'static', 21],
      ['dynamic-index', 'chosen', 'dynamic', 26],
      ['secrets-inherit', 'call', 'none', 29],
    ]);
    expect(usage.bulk[2]!.target).toBe('org/repo/.github/workflows/x.yml@v1');
  });

  it('records write grants per permissions block, without id-token', () => {
    expect(usage.writeGrants.map((g) => [g.level, g.job ?? null, g.scopes, line(g.span), g.path])).toEqual([
      ['job', 'plain', ['write-all'], 13, ['jobs', 'plain', 'permissions']],
      ['job', 'named', ['issues'], 19, ['jobs', 'named', 'permissions']],
    ]);
  });

  it('lists the secrets a reusable workflow declares, upper-cased', () => {
    expect(usage.declaredSecrets).toEqual(['PASSED_IN']);
  });

  it('is memoised per parsed file', () => {
    expect(collectUsage(file)).toBe(usage);
  });

  it('summarises by upper-cased name across files, and skips unparsable input', () => {
    const other = 'on: push\njobs:\n  a:\n    runs-on: x\n    permissions: { contents: write }\n    steps:\n      - run: echo ${{ secrets.a }}\n';
    const summary = usageOfInputs([
      { path: 'b.yml', text: other },
      { path: 'a.yml', text: WORKFLOW },
      { path: 'broken.yml', text: 'on: [' },
    ]);
    expect(summary).toEqual({
      files: 2,
      secrets: {
        A: { name: 'a', files: ['a.yml', 'b.yml'] },
        TOP_SECRET: { name: 'TOP_SECRET', files: ['a.yml'] },
        B: { name: 'B', files: ['a.yml'] },
      },
      githubTokenFiles: ['a.yml'],
      writeGrantFiles: ['a.yml', 'b.yml'],
      bulkExposureFiles: ['a.yml'],
      oidcReplaceable: {},
    });
    expect(summariseUsage([])).toEqual({ files: 0, secrets: {}, githubTokenFiles: [], writeGrantFiles: [], bulkExposureFiles: [], oidcReplaceable: {} });
  });

  it('lists the secrets that publish where OIDC-minted tokens would do (trusted publishing), by registry and file', () => {
    const publish = (file: string, steps: string) => ({ path: file, text: `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n${steps}` });
    const summary = usageOfInputs([
      publish('pypi.yml', '      - uses: pypa/gh-action-pypi-publish@release/v1\n        with:\n          password: ${{ secrets.pypi_token }}\n'),
      publish('npm.yml', '      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n      - run: twine upload dist/*\n        env:\n          TWINE_PASSWORD: ${{ secrets.PYPI_TOKEN }}\n'),
      publish('other.yml', '      - run: npm ci\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.READ_NPM_TOKEN }}\n'),
    ]);
    expect(summary.oidcReplaceable).toEqual({
      PYPI_TOKEN: { registries: ['PyPI'], files: ['npm.yml', 'pypi.yml'] },
      NPM_TOKEN: { registries: ['npm'], files: ['npm.yml'] },
    });
  });
});
