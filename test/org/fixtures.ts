/** An organisation of fake repositories in the GitHub double, and the client wiring the org-scan tests share. */
import type { GitHubDouble } from '../double/server.js';
import { testClient } from '../double/test-client.js';
import { countingFetch, newCallCounts } from '../../src/org/calls.js';
import type { OrgScanContext } from '../../src/org/run.js';
import type { ConditionalCache } from '../../src/org/cache.js';

/** No permissions block: the "no permissions" finding, graded by the repository default. */
export const NO_BLOCK = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n';
/** A block: nothing to say. */
export const WITH_BLOCK = 'on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n';
/** write-all: a high finding whatever the default. */
export const WRITE_ALL = 'on: push\npermissions: write-all\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n';
/** Uses a secret: the registry rules have something to say. */
export const USES_SECRET = 'on: push\npermissions: {}\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n';

/** A workflow over 512,000 bytes: GraphQL cuts it, REST reads it whole; the finding sits after the cut. */
export function bigWorkflow(): string {
  return `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n${'# padding padding padding padding padding padding padding padding\n'.repeat(8200)}permissions: write-all\n`;
}

export const REGISTRY = `version: 1
tokens:
  NPM_TOKEN:
    description: Publishes the package to npm
    owner: "@acme/platform"
    category: ci-cd
    risk: medium
    kind: api-key
    scopes: { publish: write }
    reason: publishing releases
    used-by: [.github/workflows/deploy.yml]
    expires: 2027-03-31
`;

export interface SeedOptions {
  orgDefault?: 'read' | 'write';
}

/**
 * acme: 10 repositories to scan (one with a cut workflow, one with a registry, one with a local action, one whose
 * own default is read, one with only blocks) plus one archived, one fork, one empty and one disabled.
 */
export function seedAcme(double: GitHubDouble, options: SeedOptions = {}): void {
  const s = double.state;
  s.addOrg('acme').workflowPermissions.defaultWorkflowPermissions = options.orgDefault ?? 'write';
  s.addRepo('acme/api', { files: { '.github/workflows/ci.yml': NO_BLOCK, '.github/workflows/release.yml': WRITE_ALL } });
  s.addRepo('acme/web', { files: { '.github/workflows/ci.yaml': NO_BLOCK, 'README.md': '# web\n' } });
  s.addRepo('acme/narrow', { defaultWorkflowPermissions: 'read', files: { '.github/workflows/ci.yml': NO_BLOCK } });
  s.addRepo('acme/tidy', { files: { '.github/workflows/ci.yml': WITH_BLOCK } });
  s.addRepo('acme/big', { files: { '.github/workflows/big.yml': bigWorkflow(), '.github/workflows/ci.yml': WITH_BLOCK } });
  s.addRepo('acme/registry', { files: { '.github/workflows/deploy.yml': USES_SECRET, '.github/token-scope-map.yml': REGISTRY } });
  s.addRepo('acme/unregistered', { files: { '.github/workflows/deploy.yml': USES_SECRET } });
  s.addRepo('acme/composite', {
    files: {
      '.github/workflows/ci.yml': 'on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/setup\n      - uses: ./tools/lint\n',
      '.github/actions/setup/action.yml': 'name: setup\nruns:\n  using: composite\n  steps:\n    - run: echo ${{ github.token }}\n      shell: bash\n',
      'tools/lint/action.yaml': 'name: lint\nruns:\n  using: node20\n  main: index.js\n',
    },
  });
  s.addRepo('acme/action', { files: { 'action.yml': 'name: a\nruns:\n  using: node20\n  main: index.js\n', 'index.js': '' } });
  s.addRepo('acme/docs', { files: { 'README.md': '# docs\n' } });
  s.addRepo('acme/old', { archived: true, files: { '.github/workflows/ci.yml': WRITE_ALL } });
  s.addRepo('acme/forked', { fork: true, files: { '.github/workflows/ci.yml': WRITE_ALL } });
  s.addRepo('acme/empty');
  s.addRepo('acme/locked', { disabled: true, files: { '.github/workflows/ci.yml': WRITE_ALL } });
}

export const SCANNED = ['acme/action', 'acme/api', 'acme/big', 'acme/composite', 'acme/docs', 'acme/narrow', 'acme/registry', 'acme/tidy', 'acme/unregistered', 'acme/web'];

export async function orgContext(double: GitHubDouble, options: { scopes?: string[]; cache?: ConditionalCache } = {}): Promise<OrgScanContext & { logs: string[] }> {
  const counts = newCallCounts();
  const token = double.state.addToken({ scopes: options.scopes ?? ['repo', 'admin:org'] }).token;
  const { client, logs } = await testClient(double, token, { fetch: countingFetch(counts) });
  return { client, counts, logs, ...(options.cache ? { cache: options.cache } : {}) };
}
