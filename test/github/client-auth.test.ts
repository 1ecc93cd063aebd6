/**
 * The client factory: token and GitHub App authentication (installation found from the repository or owner,
 * installation tokens masked at once), the API URL, and typed errors that say which permission is missing.
 */
import { createGitHubClient, resolveApiUrl, USER_AGENT } from '../../src/github/client.js';
import { GitHubAuthError, GitHubForbiddenError, GitHubNotFoundError, parseAcceptedPermissions, toGitHubError, GitHubRateLimitError, GitHubApiError } from '../../src/github/errors.js';
import { UsageError } from '../../src/errors.js';
import { VERSION } from '../../src/version.js';
import { useGitHubDouble } from '../double/jest.js';
import { testClient } from '../double/test-client.js';

const gh = useGitHubDouble();

function appSetup(options: { repositories?: string[]; permissions?: Record<string, 'read' | 'write'> } = {}) {
  const { double } = gh;
  double.state.addRepo('acme/app');
  double.state.addRepo('acme/other');
  const app = double.state.addApp({ slug: 'warden-app' });
  const installation = double.state.addInstallation({ appId: app.id, account: 'acme', permissions: options.permissions ?? { issues: 'write', metadata: 'read' }, ...(options.repositories ? { repositories: options.repositories } : {}) });
  return { double, app, installation };
}

describe('token authentication', () => {
  test('masks the token it is given and sends it as `token`', async () => {
    const { double } = gh;
    double.state.addRepo('acme/app');
    const token = double.state.addToken({ scopes: ['repo'] }).token;
    const { client, masked } = await testClient(double, token);
    await client.rest.issues.listForRepo({ owner: 'acme', repo: 'app' });
    expect(masked).toEqual([token]);
    expect(double.requests('issues/list-for-repo')[0]!.credential).toBe(token);
  });

  test('an empty token is a usage error before any request', async () => {
    await expect(testClient(gh.double, '  ')).rejects.toBeInstanceOf(UsageError);
    expect(gh.double.calls()).toBe(0);
  });
});

describe('GitHub App authentication', () => {
  test('with an installation id: mints the installation token at once, masks it, then uses it', async () => {
    const { double, app, installation } = appSetup();
    const { client, masked } = await testClient(double, { type: 'app', appId: app.id, privateKey: app.privateKey, installationId: installation.id });
    // Minted during creation, before any other request.
    expect(double.callCounts()).toEqual({ 'apps/create-installation-access-token': 1 });
    const minted = double.state.mintedInstallationTokens;
    expect(minted).toHaveLength(1);
    expect(masked).toEqual([minted[0]!.token]);
    // The JWT went to the token endpoint; the installation token to everything else.
    expect(double.requests('apps/create-installation-access-token')[0]!.credential!.split('.')).toHaveLength(3);
    await client.rest.issues.create({ owner: 'acme', repo: 'app', title: 'from the app' });
    expect(double.requests('issues/create')[0]!.credential).toBe(minted[0]!.token);
    expect(double.state.mustRepo('acme/app').issues[0]!.user).toBe('warden-app[bot]');
    // Cached: no second mint.
    expect(double.calls('apps/create-installation-access-token')).toBe(1);
    // A token minted later (auth-app refreshes before expiry) is masked the moment it arrives, too.
    const refreshed = (await client.auth({ type: 'installation', refresh: true })) as { token: string };
    expect(double.state.mintedInstallationTokens.map((m) => m.token)).toEqual([minted[0]!.token, refreshed.token]);
    expect(masked).toContain(refreshed.token);
  });

  test('without an installation id: finds the installation from the repository (default GITHUB_REPOSITORY)', async () => {
    const { double, app, installation } = appSetup({ repositories: ['acme/app'] });
    await testClient(double, { type: 'app', appId: String(app.id), privateKey: app.privateKey }, { env: { GITHUB_REPOSITORY: 'acme/app' } });
    expect(double.requests().map((r) => r.operationId)).toEqual(['apps/get-repo-installation', 'apps/create-installation-access-token']);
    expect(double.requests('apps/create-installation-access-token')[0]!.path).toBe(`/app/installations/${installation.id}/access_tokens`);
    // The installation does not cover acme/other: GitHub answers 404.
    await expect(testClient(double, { type: 'app', appId: app.id, privateKey: app.privateKey, repository: 'acme/other' })).rejects.toBeInstanceOf(GitHubNotFoundError);
  });

  test('without a repository: finds the organisation installation from owner', async () => {
    const { double, app, installation } = appSetup();
    const { masked } = await testClient(double, { type: 'app', appId: app.id, privateKey: app.privateKey, owner: 'acme' });
    expect(double.requests().map((r) => r.operationId)).toEqual(['apps/get-org-installation', 'apps/create-installation-access-token']);
    expect(double.state.mintedInstallationTokens[0]!.installationId).toBe(installation.id);
    expect(masked).toContain(double.state.mintedInstallationTokens[0]!.token);
  });

  test('accepts a private key pasted with literal \\n', async () => {
    const { double, app, installation } = appSetup();
    await testClient(double, { type: 'app', appId: app.id, privateKey: app.privateKey.replace(/\n/g, '\\n'), installationId: installation.id });
    expect(double.state.mintedInstallationTokens).toHaveLength(1);
  });

  test('a key that is not the app’s is refused by the double’s JWT check: GitHubAuthError at creation', async () => {
    const { double, installation } = appSetup();
    const impostor = double.state.addApp({ id: 999, slug: 'impostor' });
    double.state.apps.delete(999);
    const error = await testClient(double, { type: 'app', appId: [...double.state.apps.keys()][0]!, privateKey: impostor.privateKey, installationId: installation.id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubAuthError);
    expect((error as GitHubAuthError).githubMessage).toBe('A JSON web token could not be decoded');
    expect(double.state.mintedInstallationTokens).toHaveLength(0);
    expect(double.calls('apps/create-installation-access-token')).toBe(1);
  });

  test('a GitHub App without installation id, repository or owner is a usage error', async () => {
    const { double, app } = appSetup();
    await expect(testClient(double, { type: 'app', appId: app.id, privateKey: app.privateKey })).rejects.toThrow(/installation-id, or a repository/);
    await expect(testClient(double, { type: 'app', appId: app.id, privateKey: 'not a key', installationId: 1 })).rejects.toBeInstanceOf(UsageError);
  });

  test('the installation token lacks a permission: GitHubForbiddenError names it from x-accepted-github-permissions', async () => {
    const { double, app, installation } = appSetup({ permissions: { issues: 'write', metadata: 'read' } });
    const { client } = await testClient(double, { type: 'app', appId: app.id, privateKey: app.privateKey, installationId: installation.id });
    const error = (await client.rest.actions.getRepoPublicKey({ owner: 'acme', repo: 'app' }).catch((e: unknown) => e)) as GitHubForbiddenError;
    expect(error).toBeInstanceOf(GitHubForbiddenError);
    expect(error.acceptedPermissions).toEqual([['secrets=read']]);
    expect(error.missing).toBe('the token needs secrets=read');
    expect(error.message).toBe('GitHub refused GET /repos/acme/app/actions/secrets/public-key (403 Resource not accessible by integration): the token needs secrets=read');
    expect(double.calls('actions/get-repo-public-key')).toBe(1);
  });

  test('app-jwt: one JWT signed at creation and masked, sent as bearer to the installation lookups; no token is minted', async () => {
    const { double, app, installation } = appSetup({ permissions: { contents: 'read', metadata: 'read' } });
    const { client, masked } = await testClient(double, { type: 'app-jwt', appId: app.id, privateKey: app.privateKey });
    expect(double.calls()).toBe(0);
    expect(masked).toHaveLength(1);
    const jwt = masked[0]!;
    expect(jwt.split('.')).toHaveLength(3);
    const { data: byId } = await client.rest.apps.getInstallation({ installation_id: installation.id });
    expect(byId).toMatchObject({ id: installation.id, app_id: app.id, permissions: { contents: 'read', metadata: 'read' }, suspended_at: null });
    const { data: byRepo } = await client.rest.apps.getRepoInstallation({ owner: 'acme', repo: 'app' });
    expect(byRepo.id).toBe(installation.id);
    expect(double.requests().map((r) => r.credential)).toEqual([jwt, jwt]);
    expect(double.state.mintedInstallationTokens).toHaveLength(0);
    // Another app's installation is not found; a key the double does not know is refused.
    await expect(client.rest.apps.getInstallation({ installation_id: 424242 })).rejects.toBeInstanceOf(GitHubNotFoundError);
    const other = double.state.addApp({ slug: 'other' });
    double.state.apps.delete(other.id);
    const { client: stranger } = await testClient(double, { type: 'app-jwt', appId: app.id, privateKey: other.privateKey });
    await expect(stranger.rest.apps.getInstallation({ installation_id: installation.id })).rejects.toBeInstanceOf(GitHubAuthError);
  });

  test('app-jwt: a value that is no PEM key, or a broken one, is a usage error that quotes nothing of it', async () => {
    const { double, app } = appSetup();
    await expect(testClient(double, { type: 'app-jwt', appId: app.id, privateKey: 'ghp_not_a_key_at_all' })).rejects.toThrow(new UsageError('private-key must be the GitHub App private key in PEM format'));
    const broken = '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----';
    const error = (await testClient(double, { type: 'app-jwt', appId: app.id, privateKey: broken }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('private-key is not a usable RSA private key (PEM) for a GitHub App');
    expect(double.calls()).toBe(0);
  });
});

describe('typed errors from classic and fine-grained tokens', () => {
  test('a classic token without the scope: the error names the scope it needs and the scopes it has', async () => {
    const { double } = gh;
    double.state.addOrg('acme');
    const token = double.state.addToken({ scopes: ['repo', 'read:org'] }).token;
    const { client } = await testClient(double, token);
    const error = (await client.rest.actions.listOrgSecrets({ org: 'acme' }).catch((e: unknown) => e)) as GitHubForbiddenError;
    expect(error).toBeInstanceOf(GitHubForbiddenError);
    expect(error.acceptedScopes).toEqual(['admin:org']);
    expect(error.tokenScopes).toEqual(['repo', 'read:org']);
    expect(error.missing).toBe('the token needs the scope admin:org (it has: repo, read:org)');
    expect(error.requestId).toMatch(/^[0-9A-F]{16}$/);
    expect(error.response?.headers['x-accepted-oauth-scopes']).toBe('admin:org');
  });

  test('a fine-grained token limited to one repository gets 404 elsewhere, as GitHub hides what it cannot see', async () => {
    const { double } = gh;
    double.state.addRepo('acme/app');
    double.state.addRepo('acme/secret-project');
    const token = double.state.addToken({ kind: 'fine-grained', permissions: { issues: 'read' }, repositories: ['acme/app'] }).token;
    const { client } = await testClient(double, token);
    await expect(client.rest.issues.listForRepo({ owner: 'acme', repo: 'app' })).resolves.toMatchObject({ status: 200 });
    await expect(client.rest.issues.listForRepo({ owner: 'acme', repo: 'secret-project' })).rejects.toBeInstanceOf(GitHubNotFoundError);
  });

  test('toGitHubError: 403 with a secondary-limit message is a rate limit, not a missing permission', () => {
    const request = { method: 'POST', url: 'https://api.github.com/repos/a/b/issues?access_token=x', headers: {} };
    const secondary = toGitHubError({ status: 403, message: 'x', request, response: { status: 403, headers: { 'retry-after': '30' }, data: { message: 'You have exceeded a secondary rate limit.' } } });
    expect(secondary).toBeInstanceOf(GitHubRateLimitError);
    expect(secondary).toMatchObject({ limit: 'secondary', retryAfterSeconds: 30, path: '/repos/a/b/issues' });
    const forbidden = toGitHubError({ status: 403, message: 'x', request, response: { status: 403, headers: { 'x-accepted-github-permissions': 'repository_projects=write; organization_projects=admin,members=read' }, data: { message: 'Resource not accessible by integration' } } });
    expect(forbidden).toBeInstanceOf(GitHubForbiddenError);
    expect((forbidden as GitHubForbiddenError).missing).toBe('the token needs repository_projects=write or organization_projects=admin and members=read');
    const plain = new Error('not http');
    expect(toGitHubError(plain)).toBe(plain);
    const teapot = toGitHubError({ status: 418, message: 'x', request, response: { status: 418, headers: {}, data: '' } });
    expect(teapot).toBeInstanceOf(GitHubApiError);
    expect(parseAcceptedPermissions('contents=read')).toEqual([['contents=read']]);
    expect(parseAcceptedPermissions(undefined)).toEqual([]);
  });
});

describe('API URL and user agent', () => {
  test('api-url input, else GITHUB_API_URL, else github.com; trailing slashes dropped; junk refused', () => {
    expect(resolveApiUrl('https://ghes.example/api/v3/', {})).toBe('https://ghes.example/api/v3');
    expect(resolveApiUrl('', { GITHUB_API_URL: 'https://ghes.corp/api/v3' })).toBe('https://ghes.corp/api/v3');
    expect(resolveApiUrl(undefined, {})).toBe('https://api.github.com');
    expect(() => resolveApiUrl('ftp://x', {})).toThrow(UsageError);
    expect(() => resolveApiUrl('not a url', {})).toThrow(UsageError);
    expect(USER_AGENT).toBe(`token-warden/${VERSION}`);
  });

  test('the base URL defaults to GITHUB_API_URL from the environment given', async () => {
    const { double } = gh;
    double.state.addRepo('acme/app');
    const token = double.state.addToken().token;
    const client = await createGitHubClient({ auth: { type: 'token', token }, env: { GITHUB_API_URL: double.url }, mask: () => undefined, timing: { msPerSecond: 1 }, log: { debug() {}, info() {}, warn() {}, error() {} } });
    await client.rest.rateLimit.get();
    expect(double.calls('rate-limit/get')).toBe(1);
  });
});
