import { trustedPublishing } from '../../src/rules/trusted-publishing.js';
import { runRuleTests } from '../rule-tester.js';
import { yaml } from '../helpers.js';

/** One job `publish` on `on`; `steps` indented for a job's step list. Line 7 is the first step. */
const wf = (steps: string, on = 'push', jobExtra = ''): string =>
  `on: ${on}\npermissions: {}\njobs:\n  publish:\n    runs-on: ubuntu-latest\n${jobExtra}    steps:\n${steps}`;

runRuleTests(trustedPublishing, {
  valid: [
    { name: 'pypi-publish without a password: trusted publishing', code: wf('      - uses: pypa/gh-action-pypi-publish@release/v1\n') },
    { name: 'pypi-publish to another index', code: wf('      - uses: pypa/gh-action-pypi-publish@release/v1\n        with:\n          password: ${{ secrets.PYPI_TOKEN }}\n          repository-url: https://pypi.example.com/legacy/\n') },
    { name: 'npm publish with id-token and no token', code: wf('      - run: npm publish --provenance\n', 'push', '    permissions:\n      id-token: write\n') },
    { name: 'NODE_AUTH_TOKEN from the GITHUB_TOKEN: GitHub Packages', code: wf('      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n') },
    { name: 'setup-node pointing at another registry', code: wf('      - uses: actions/setup-node@v4\n        with:\n          registry-url: https://npm.example.com\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.CUSTOM_NPM_TOKEN }}\n') },
    { name: 'npm publish --registry elsewhere', code: wf('      - run: npm publish --registry https://npm.pkg.example.com\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n') },
    { name: 'NPM_TOKEN only to install private packages', code: wf('      - run: npm ci\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n') },
    { name: 'npm run publish-docs is not npm publish', code: wf('      - run: npm run publish-docs\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n') },
    { name: 'uv publish with id-token (zizmor #1191)', code: wf('      - run: uv publish -v wheels/*\n', 'push', '    permissions:\n      id-token: write\n') },
    { name: 'cargo publish with a token minted from OIDC', code: wf('      - uses: rust-lang/crates-io-auth-action@v1\n        id: auth\n      - run: cargo publish\n        env:\n          CARGO_REGISTRY_TOKEN: ${{ steps.auth.outputs.token }}\n') },
    { name: 'cargo publish to another registry', code: wf('      - run: cargo publish --registry internal\n        env:\n          CARGO_REGISTRY_TOKEN: ${{ secrets.CARGO_TOKEN }}\n') },
    { name: 'rubygems credentials for another gem server', code: wf('      - uses: rubygems/configure-rubygems-credentials@v1\n        with:\n          api-token: ${{ secrets.RUBYGEMS_API_TOKEN }}\n          gem-server: https://gems.example.com\n') },
    { name: 'nuget push to another feed', code: wf('      - run: dotnet nuget push x.nupkg --api-key ${{ secrets.MYGET_TOKEN }} --source https://www.myget.org/F/x/api/v3/index.json\n') },
    { name: 'nuget push with a generic token and no source: where it goes is unknown', code: wf('      - run: dotnet nuget push x.nupkg --api-key AzureArtifacts\n        env:\n          NUGET_AUTH_TOKEN: ${{ secrets.AZURE_DEVOPS_TOKEN }}\n') },
    { name: 'twine upload to a feed named in env', code: wf('      - run: twine upload dist/*\n        env:\n          TWINE_REPOSITORY_URL: https://pkgs.example.com/pypi/upload\n          TWINE_PASSWORD: ${{ secrets.FEED_TOKEN }}\n') },
    { name: 'an npmrc for another registry', code: wf('      - run: echo "//npm.example.com/:_authToken=${{ secrets.NPM_TOKEN }}" > ~/.npmrc\n      - run: npm publish\n') },
  ],
  invalid: [
    {
      name: 'PyPI password (zizmor fixture): low, at the password',
      code: wf('      - uses: pypa/gh-action-pypi-publish@release/v1\n        with:\n          password: ${{ secrets.PYPI_TOKEN }}\n'),
      expected: [{ line: 9, severity: 'low', message: /Secret PYPI_TOKEN \(`password:` of pypa\/gh-action-pypi-publish\).*PyPI supports trusted publishing.*id-token: write/ }],
    },
    {
      name: 'TestPyPI is PyPI too',
      code: wf('      - uses: pypa/gh-action-pypi-publish@release/v1\n        with:\n          password: ${{ secrets.TEST_PYPI_TOKEN }}\n          repository-url: https://test.pypi.org/legacy/\n'),
      expected: [{ line: 9, severity: 'low' }],
    },
    {
      name: 'npm publish with NODE_AUTH_TOKEN after setup-node for npmjs: setup-node is a related location',
      code: wf('      - uses: actions/setup-node@v4\n        with:\n          registry-url: "https://registry.npmjs.org"\n          always-auth: true\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n'),
      expected: [{ line: 13, severity: 'low', message: /Secret NPM_TOKEN \(NODE_AUTH_TOKEN\).*npm supports trusted publishing/ }],
    },
    {
      name: 'yarn npm publish with YARN_NPM_AUTH_TOKEN',
      code: wf('      - run: yarn npm publish --access public\n        env:\n          YARN_NPM_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n'),
      expected: [{ line: 9 }],
    },
    {
      name: 'one finding per token and job: a job-level variable and a step one carrying the same secret',
      code: wf('      - run: pnpm -r publish\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n', 'push', '    env:\n      NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n'),
      expected: [{ line: 7, severity: 'low' }],
    },
    {
      name: 'an .npmrc written with the secret, npm publish in a later step',
      code: wf('      - run: echo "//registry.npmjs.org/:_authToken=${{ secrets.NPM_TOKEN }}" > ~/.npmrc\n      - run: npm publish\n'),
      expected: [{ line: 7, message: /stores the registry credential/ }],
    },
    {
      name: 'twine with a PyPI secret passed on by the script',
      code: wf('      - run: twine upload --username __token__ --password "$PYPI_TOKEN" dist/*\n        env:\n          PYPI_TOKEN: ${{ secrets.PYPI_TOKEN }}\n'),
      expected: [{ line: 9 }],
    },
    {
      name: 'cargo publish with a token on the command line',
      code: wf('      - run: cargo publish --token ${{ secrets.CRATES_IO_TOKEN }}\n'),
      expected: [{ line: 7, message: /crates-io-auth-action/ }],
    },
    {
      name: 'CARGO_REGISTRY_TOKEN from a secret',
      code: wf('      - run: cargo publish -p my-crate\n        env:\n          CARGO_REGISTRY_TOKEN: ${{ secrets.CARGO_REGISTRY_TOKEN }}\n'),
      expected: [{ line: 9 }],
    },
    {
      name: 'rubygems credentials with an api-token (zizmor fixture)',
      code: wf('      - uses: rubygems/configure-rubygems-credentials@v1\n        with:\n          api-token: ${{ secrets.RUBYGEMS_API_TOKEN }}\n          gem-server: https://rubygems.org\n'),
      expected: [{ line: 9, message: /RubyGems supports trusted publishing/ }],
    },
    {
      name: 'release-gem with trusted publishing switched off',
      code: wf('      - uses: rubygems/release-gem@v1\n        with:\n          setup-trusted-publisher: false\n'),
      expected: [{ line: 9, message: /turns trusted publishing off/ }],
    },
    {
      name: 'gem push with GEM_HOST_API_KEY',
      code: wf('      - run: gem push *.gem\n        env:\n          GEM_HOST_API_KEY: ${{ secrets.RUBYGEMS_API_KEY }}\n'),
      expected: [{ line: 9 }],
    },
    {
      name: 'nuget push to nuget.org with an API key',
      code: wf('      - run: dotnet nuget push *.nupkg --api-key ${{ secrets.NUGET_API_KEY }} --source https://api.nuget.org/v3/index.json\n'),
      expected: [{ line: 7, message: /NuGet\/login/ }],
    },
    {
      name: 'anyone can start the workflow: medium',
      code: wf('      - uses: pypa/gh-action-pypi-publish@release/v1\n        with:\n          password: ${{ secrets.PYPI_TOKEN }}\n', 'issue_comment'),
      expected: [{ line: 9, severity: 'medium', message: /anyone can start this workflow/ }],
    },
    {
      name: 'a composite action (zizmor fixture)',
      file: 'action.yml',
      code: yaml`
        name: x
        description: x
        runs:
          using: composite
          steps:
            - uses: pypa/gh-action-pypi-publish@release/v1
              with:
                password: \${{ secrets.PYPI_TOKEN }}
      `,
      expected: [{ line: 8, severity: 'low' }],
    },
  ],
});
