/**
 * Each registry's `commandWords` is a cheap test run before its `command` pattern: it must never turn a publish
 * command away. One example per alternative of every pattern; each must hold one of its registry's words.
 */
import { OIDC_REGISTRIES } from '../../src/workflows/publishing.js';
import { referencedVariables } from '../../src/workflows/script-sinks.js';

const EXAMPLES: Record<string, string[]> = {
  PyPI: ['twine upload dist/*', 'uv publish', 'poetry publish --build', 'hatch publish', 'flit publish', 'pdm publish', 'maturin upload x.whl', 'maturin publish'],
  npm: ['npm publish --access public', 'pnpm -r publish', 'yarn npm publish', 'bun publish', 'npx semantic-release', 'pnpm changeset publish', 'lerna publish from-git'],
  'crates.io': ['cargo publish', 'cargo +nightly publish', 'cargo release --execute', 'cargo workspaces publish', 'cargo smart-release', 'cargo-release release'],
  RubyGems: ['gem push pkg/x.gem', 'bundle exec rake release', 'gem release'],
  NuGet: ['dotnet nuget push x.nupkg', 'nuget push x.nupkg'],
};

describe('publish command words', () => {
  for (const def of OIDC_REGISTRIES) {
    it.each(EXAMPLES[def.name] ?? [])(`${def.name}: %s`, (line) => {
      expect(def.command.test(line)).toBe(true); // the example is one the pattern matches
      expect(def.commandWords.some((w) => line.includes(w))).toBe(true);
    });
  }
  it('has examples for every registry', () => {
    for (const def of OIDC_REGISTRIES) expect(EXAMPLES[def.name]?.length).toBeGreaterThan(0);
  });
});

describe('referencedVariables (one pass for every variable a script reads)', () => {
  it.each<[string, string[]]>([
    ['echo "$NPM_TOKEN" ${TWINE_PASSWORD:-x} $env:NUGET_KEY %CMD_VAR%', ['npm_token', 'twine_password', 'nuget_key', 'cmd_var']],
    ['echo $NPM_TOKEN_2', ['npm_token_2']], // a longer name is another variable
    ['echo ${{ env.X }} and $$ and 5%', []],
  ])('%s', (text, names) => {
    expect([...referencedVariables(text)].sort()).toEqual([...names].sort());
  });
});
