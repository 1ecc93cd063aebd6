/**
 * The GitHub double's GraphQL endpoint and the REST operations the organisation scan added: it validates every query
 * against GitHub's published schema, answers the listing and aliased repository queries from its state, cuts blob
 * text at 512,000 bytes, reports missing repositories as NOT_FOUND with partial data, and counts points.
 */
import { faults } from '../double/faults.js';
import { useGitHubDouble } from '../double/jest.js';
import { testClient } from '../double/test-client.js';
import { GRAPHQL } from '../double/server.js';
import { LIST_REPOSITORIES, actionPaths, actionsQuery, filesQuery } from '../../src/org/queries.js';

const gh = useGitHubDouble();

interface GraphqlFailure {
  name: string;
  errors: Array<{ type?: string; message: string; path?: string[] }>;
  data?: Record<string, unknown>;
}

async function failure(promise: Promise<unknown>): Promise<GraphqlFailure> {
  try {
    await promise;
  } catch (error) {
    return error as GraphqlFailure;
  }
  throw new Error('expected the query to fail');
}

function seedOrg(count: number): void {
  for (let i = 0; i < count; i++) {
    gh.double.state.addRepo(`acme/repo-${String(i).padStart(3, '0')}`, { files: { '.github/workflows/ci.yml': `on: push\njobs: {}\n# ${i}\n` } });
  }
}

describe('GraphQL: organisation repositories', () => {
  it('pages 100 at a time by name, with totalCount, cost 1 and the graphql rate-limit headers', async () => {
    seedOrg(250);
    gh.double.state.addRepo('acme/old', { archived: true, fork: true, files: { 'README.md': 'x' } });
    const token = gh.double.state.addToken({ scopes: ['repo'] }).token;
    const { client } = await testClient(gh.double, token);
    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const data: { organization: { repositories: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Array<{ name: string; isArchived: boolean; isFork: boolean; defaultBranchRef: { name: string } | null }> } }; rateLimit: { cost: number; remaining: number } } =
        await client.graphql(LIST_REPOSITORIES, { org: 'acme', cursor });
      const page = data.organization.repositories;
      expect(page.totalCount).toBe(251);
      expect(data.rateLimit.cost).toBe(1);
      names.push(...page.nodes.map((n) => n.name));
      cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(names).toHaveLength(251);
    expect(names).toEqual([...names].sort());
    const old = gh.double.requests(GRAPHQL);
    expect(old).toHaveLength(3);
    expect(gh.double.state.tokens.get(token)!.graphqlRate.remaining).toBe(4997);
  });

  it('a classic token without `repo` sees the public repositories only; a GITHUB_TOKEN only its own', async () => {
    gh.double.state.addRepo('acme/public', { private: false, files: { 'a.txt': 'a' } });
    gh.double.state.addRepo('acme/secret', { private: true, files: { 'a.txt': 'a' } });
    const names = async (token: string) => {
      const { client } = await testClient(gh.double, token);
      const data: { organization: { repositories: { nodes: Array<{ name: string }> } } } = await client.graphql(LIST_REPOSITORIES, { org: 'acme', cursor: null });
      return data.organization.repositories.nodes.map((n) => n.name);
    };
    expect(await names(gh.double.state.addToken({ scopes: ['read:org'] }).token)).toEqual(['public']);
    expect(await names(gh.double.state.addToken({ scopes: ['repo'] }).token)).toEqual(['public', 'secret']);
    expect(await names(gh.double.state.addToken({ kind: 'github-actions', repositories: ['acme/secret'], permissions: { contents: 'read' } }).token)).toEqual(['secret']);
  });

  it('an unknown organisation is null with a NOT_FOUND error', async () => {
    const { client } = await testClient(gh.double, gh.double.state.addToken({ scopes: ['repo'] }).token);
    const error = await failure(client.graphql(LIST_REPOSITORIES, { org: 'nobody', cursor: null }));
    expect(error.name).toBe('GraphqlResponseError');
    expect(error.errors).toEqual([expect.objectContaining({ type: 'NOT_FOUND', path: ['organization'], message: "Could not resolve to an Organization with the login of 'nobody'." })]);
    expect(error.data).toEqual(expect.objectContaining({ organization: null }));
  });
});

describe('GraphQL: aliased repositories, trees and blobs', () => {
  it('answers every alias; a missing repository is null with NOT_FOUND, the others are unaffected (HTTP 200)', async () => {
    const big = `on: push\njobs: {}\n${'#'.repeat(600_000)}\n`;
    gh.double.state.addRepo('acme/app', {
      files: {
        '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
        '.github/workflows/big.yaml': big,
        '.github/workflows/README.md': 'not a workflow',
        '.github/workflows/sub/x.yml': 'on: push\njobs: {}\n',
        'action.yml': 'runs: { using: node20, main: x.js }\n',
        '.github/token-scope-map.yml': 'version: 1\ntokens: []\n',
        '.github/actions/setup/action.yml': 'runs: { using: composite, steps: [] }\n',
      },
    });
    gh.double.state.addRepo('acme/empty');
    const { client } = await testClient(gh.double, gh.double.state.addToken({ scopes: ['repo'] }).token);
    const error = await failure(client.graphql(filesQuery(['app', 'missing', 'empty']), { owner: 'acme' }));
    expect(error.errors).toEqual([expect.objectContaining({ type: 'NOT_FOUND', path: ['r1'] })]);
    const data = error.data as Record<string, Record<string, unknown> | null>;
    expect(data.r1).toBeNull();
    expect(data.r2).toEqual(expect.objectContaining({ nameWithOwner: 'acme/empty', workflows: null, actionYml: null }));
    const app = data.r0 as { workflows: { entries: Array<{ name: string; type: string; object: { text: string | null; isTruncated: boolean; byteSize: number } }> }; actionYml: { text: string }; registry: { text: string }; actions: { entries: Array<{ name: string; object: { entries: Array<{ name: string }> } }> } };
    expect(app.workflows.entries.map((e) => `${e.type}:${e.name}`)).toEqual(['blob:README.md', 'blob:big.yaml', 'blob:ci.yml', 'tree:sub']);
    const bigEntry = app.workflows.entries.find((e) => e.name === 'big.yaml')!.object;
    expect(bigEntry.isTruncated).toBe(true);
    expect(bigEntry.byteSize).toBe(Buffer.byteLength(big));
    expect(Buffer.byteLength(bigEntry.text!)).toBe(512_000);
    expect(app.workflows.entries.find((e) => e.name === 'ci.yml')!.object).toEqual(expect.objectContaining({ isTruncated: false, text: 'on: push\njobs: {}\n' }));
    expect(app.actionYml.text).toContain('node20');
    expect(app.registry.text).toContain('tokens');
    expect(app.actions.entries[0]!.object.entries.map((e) => e.name)).toEqual(['action.yml']);
    expect(gh.double.calls(GRAPHQL)).toBe(1);
  });

  it('reads local actions with one aliased call', async () => {
    gh.double.state.addRepo('acme/app', { files: { '.github/actions/setup/action.yml': 'runs: { using: composite, steps: [] }\n' } });
    const { client } = await testClient(gh.double, gh.double.state.addToken({ scopes: ['repo'] }).token);
    const data: { r0: { a0: { text: string } | null; a1: unknown } } = await client.graphql(actionsQuery([{ name: 'app', paths: actionPaths(['.github/actions/setup']) }]), { owner: 'acme' });
    expect(data.r0.a0!.text).toContain('composite');
    expect(data.r0.a1).toBeNull();
  });

  it('a fine-grained token without contents cannot read a private repository: FORBIDDEN on the object', async () => {
    gh.double.state.addRepo('acme/app', { files: { '.github/workflows/ci.yml': 'on: push\njobs: {}\n' } });
    const token = gh.double.state.addToken({ kind: 'fine-grained', permissions: { metadata: 'read' } }).token;
    const { client } = await testClient(gh.double, token);
    const error = await failure(client.graphql(filesQuery(['app']), { owner: 'acme' }));
    expect(error.errors.map((e) => e.type)).toContain('FORBIDDEN');
  });
});

describe('GraphQL: the checks GitHub makes before running a query', () => {
  it('a field GitHub does not have is refused and recorded as a violation', async () => {
    const { client } = await testClient(gh.double, gh.double.state.addToken({ scopes: ['repo'] }).token);
    const error = await failure(client.graphql('query { repository(owner:"a", name:"b"){ object(expression:"HEAD:x"){ ... on Blob { txt } } } }'));
    expect(error.errors[0]!.message).toMatch(/Cannot query field "txt" on type "Blob". Did you mean "text"\?/);
    const violations = gh.double.takeViolations();
    expect(violations).toEqual([expect.objectContaining({ kind: 'request', operationId: GRAPHQL, message: expect.stringMatching(/txt/) })]);
  });

  it('`first` over 100, or a connection without `first`/`last`, is refused', async () => {
    const { client } = await testClient(gh.double, gh.double.state.addToken({ scopes: ['repo'] }).token);
    const over = await failure(client.graphql('query { organization(login:"acme"){ repositories(first:101){ totalCount } } }'));
    expect(over.errors[0]).toEqual(expect.objectContaining({ type: 'EXCESSIVE_PAGINATION' }));
    const none = await failure(client.graphql('query { organization(login:"acme"){ repositories{ totalCount } } }'));
    expect(none.errors[0]).toEqual(expect.objectContaining({ type: 'MISSING_PAGINATION_BOUNDARIES' }));
    expect(gh.double.takeViolations()).toHaveLength(2);
  });

  it('counts nested connections into the cost', async () => {
    gh.double.state.addOrg('acme');
    const { client } = await testClient(gh.double, gh.double.state.addToken({ scopes: ['repo'] }).token);
    const data: { rateLimit: { cost: number } } = await client.graphql('query { organization(login:"acme"){ repositories(first:100){ nodes{ issues(first:100){ totalCount } } } } rateLimit{ cost } }');
    expect(data.rateLimit.cost).toBe(1 + 0); // (1 + 100) requests / 100, rounded
  });

  it('without a token: 401', async () => {
    const response = await fetch(`${gh.double.url}/graphql`, { method: 'POST', headers: { 'user-agent': 't' }, body: JSON.stringify({ query: '{ viewer { login } }' }) });
    expect(response.status).toBe(401);
  });

  it('faults: a 502 with the timeout message for a batch naming one repository', async () => {
    seedOrg(3);
    const { client } = await testClient(gh.double, gh.double.state.addToken({ scopes: ['repo'] }).token);
    gh.double.inject(GRAPHQL, faults.graphqlTimeout(), { bodyIncludes: '"repo-001"' });
    await expect(client.graphql(filesQuery(['repo-000']), { owner: 'acme', request: { retries: 0 } })).resolves.toBeDefined();
    await expect(client.graphql(filesQuery(['repo-000', 'repo-001']), { owner: 'acme', request: { retries: 0 } })).rejects.toMatchObject({ status: 502 });
  });

  it('under GHES, GraphQL is served at /api/graphql', async () => {
    const { GitHubDouble } = await import('../double/server.js');
    const ghes = await GitHubDouble.start({ prefix: '/api/v3' });
    try {
      ghes.state.addRepo('acme/app', { files: { 'a.txt': 'a' } });
      const { client } = await testClient(ghes, ghes.state.addToken({ scopes: ['repo'] }).token);
      const data: { organization: { repositories: { totalCount: number } } } = await client.graphql(LIST_REPOSITORIES, { org: 'acme', cursor: null });
      expect(data.organization.repositories.totalCount).toBe(1);
      expect(ghes.requests(GRAPHQL)[0]!.path).toBe('/api/graphql');
      ghes.assertNoViolations();
    } finally {
      await ghes.stop();
    }
  });
});

describe('REST for the organisation scan', () => {
  it('default workflow permissions: a read organisation makes every repository read; admin:org / repo needed', async () => {
    gh.double.state.addRepo('acme/app', { defaultWorkflowPermissions: 'write' });
    const { client } = await testClient(gh.double, gh.double.state.addToken({ scopes: ['repo', 'admin:org'] }).token);
    const org = await client.rest.actions.getGithubActionsDefaultWorkflowPermissionsOrganization({ org: 'acme' });
    expect(org.data).toEqual({ default_workflow_permissions: 'read', can_approve_pull_request_reviews: false });
    expect((await client.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ owner: 'acme', repo: 'app' })).data.default_workflow_permissions).toBe('read');
    gh.double.state.org('acme')!.workflowPermissions.defaultWorkflowPermissions = 'write';
    gh.double.state.addRepo('acme/narrow', { defaultWorkflowPermissions: 'read' });
    expect((await client.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ owner: 'acme', repo: 'app' })).data.default_workflow_permissions).toBe('write');
    expect((await client.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ owner: 'acme', repo: 'narrow' })).data.default_workflow_permissions).toBe('read');

    const { client: weak } = await testClient(gh.double, gh.double.state.addToken({ scopes: ['repo'] }).token);
    await expect(weak.rest.actions.getGithubActionsDefaultWorkflowPermissionsOrganization({ org: 'acme' })).rejects.toMatchObject({ name: 'GitHubForbiddenError', status: 403 });
  });

  it('git blobs by SHA, and conditional requests: the ETag back gives 304, not counted', async () => {
    const text = 'on: push\njobs: {}\n';
    gh.double.state.addRepo('acme/app', { files: { '.github/workflows/ci.yml': text } });
    const tokenRecord = gh.double.state.addToken({ scopes: ['repo'] });
    const { client } = await testClient(gh.double, tokenRecord.token);
    const listing = await client.rest.repos.getContent({ owner: 'acme', repo: 'app', path: '.github/workflows' });
    const sha = (listing.data as Array<{ sha: string }>)[0]!.sha;
    const blob = await client.rest.git.getBlob({ owner: 'acme', repo: 'app', file_sha: sha });
    expect(Buffer.from(blob.data.content, 'base64').toString('utf8')).toBe(text);
    const etag = listing.headers.etag!;
    const before = tokenRecord.rate.remaining;
    await expect(client.rest.repos.getContent({ owner: 'acme', repo: 'app', path: '.github/workflows', headers: { 'if-none-match': etag } })).rejects.toMatchObject({ status: 304 });
    expect(tokenRecord.rate.remaining).toBe(before);
    expect(gh.double.requests('repos/get-content').map((r) => r.status)).toEqual([200, 304]);
  });
});
