/**
 * The double's in-memory GitHub: tokens, apps and installations, organisations, repositories with issues, labels,
 * Actions secrets (sealed-box keys from libsodium), self-hosted runners, SARIF uploads and files.
 * Tests seed it directly and read it back to check what the client did.
 */
import { generateKeyPairSync, randomBytes, randomUUID, type KeyObject, createPublicKey } from 'node:crypto';
import sodium from 'libsodium-wrappers';

export type Access = 'read' | 'write' | 'admin';
export type TokenKind = 'classic' | 'fine-grained' | 'installation' | 'github-actions';

export interface RateWindow {
  limit: number;
  remaining: number;
  /** epoch seconds */
  reset: number;
}

export interface TokenRecord {
  token: string;
  kind: TokenKind;
  login: string;
  /** Classic PAT scopes (sent back in `x-oauth-scopes`); undefined: the double checks no scopes. */
  scopes?: string[];
  /** Fine-grained/installation permissions; undefined: the double checks no permissions. */
  permissions?: Record<string, Access>;
  /** Account (user or org login) the token is limited to; undefined: any. */
  account?: string;
  /** `owner/repo` names the token may see; undefined: all. */
  repositories?: string[];
  expiresAt?: Date;
  /**
   * How `github-authentication-token-expiration` is written: `UTC` (default, `2026-01-31 14:34:04 UTC`), an offset
   * (`+0100`: `2026-01-31 15:34:04 +0100`), or `none`: GitHub sends no header although the token expires (it
   * sometimes does so for fine-grained PATs).
   */
  expiryHeader?: string;
  installationId?: number;
  rate: RateWindow;
  /** The GraphQL API's own window, in points (5,000 an hour; 1,000 for a GITHUB_TOKEN). */
  graphqlRate: RateWindow;
  revoked: boolean;
}

export interface TokenOptions {
  token?: string;
  kind?: TokenKind;
  login?: string;
  scopes?: string[];
  permissions?: Record<string, Access>;
  account?: string;
  repositories?: string[];
  expiresAt?: Date | string;
  /** See TokenRecord.expiryHeader: `UTC` (default), an offset such as `+0100`, or `none`. */
  expiryHeader?: string;
  rateLimit?: { limit?: number; remaining?: number; resetAt?: Date };
  /** The GraphQL window, in points (default 5,000; 1,000 for `github-actions`). */
  graphqlRateLimit?: { limit?: number; remaining?: number; resetAt?: Date };
}

/** The Actions "Workflow permissions" setting of an organisation or repository. */
export interface WorkflowPermissionsSetting {
  defaultWorkflowPermissions: 'read' | 'write';
  canApprovePullRequestReviews: boolean;
}

/** A libsodium box key pair; `keyId` is what GitHub calls `key_id`. */
export interface SealedBoxKey {
  keyId: string;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
  /** base64 (ORIGINAL variant), as GitHub returns it */
  publicKeyBase64: string;
}

export interface SecretRecord {
  name: string;
  /** The decrypted plaintext the client sent. */
  value: string;
  createdAt: Date;
  updatedAt: Date;
  visibility?: 'all' | 'private' | 'selected';
  selectedRepositoryIds?: (number | string)[];
}

export interface SecretScope {
  secrets: Map<string, SecretRecord>;
  key: SealedBoxKey;
}

export interface RunnerRecord {
  id: number;
  name: string;
  os: string;
  status: 'online' | 'offline';
  busy: boolean;
  labels: string[];
  runnerGroupId: number;
  ephemeral: boolean;
}

export interface IssuedRunnerToken {
  token: string;
  kind: 'registration' | 'remove';
  expiresAt: Date;
}

export interface JitConfigRecord {
  runnerId: number;
  name: string;
  labels: string[];
  runnerGroupId: number;
  encodedJitConfig: string;
}

export interface RunnerScope {
  runners: RunnerRecord[];
  issuedTokens: IssuedRunnerToken[];
  jitConfigs: JitConfigRecord[];
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface CommentRecord {
  id: number;
  body: string;
  user: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null;
  labels: string[];
  assignees: string[];
  user: string;
  locked: boolean;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  comments: CommentRecord[];
  /** The number of the issue this one was closed as a duplicate of (`duplicate_issue_id`), while it stays closed. */
  duplicateOf: number | null;
  /** A pull request: the issues list returns pull requests too, with a `pull_request` key. */
  pullRequest: boolean;
}

export interface SarifRecord {
  id: string;
  commitSha: string;
  ref: string;
  /** The decoded (gunzipped, base64-decoded, parsed) SARIF log. */
  sarif: unknown;
  gzippedBytes: number;
  toolName?: string;
  checkoutUri?: string;
  startedAt?: string;
  receivedAt: Date;
}

export interface AccountRecord {
  login: string;
  id: number;
  type: 'User' | 'Organization' | 'Bot';
}

export interface OrgRecord extends AccountRecord {
  type: 'Organization';
  actions: SecretScope;
  runners: RunnerScope;
  /** Default GITHUB_TOKEN permissions for its repositories (GitHub's default for organisations since 2023: read). */
  workflowPermissions: WorkflowPermissionsSetting;
}

export interface RepoRecord {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  private: boolean;
  archived: boolean;
  fork: boolean;
  /** Disabled by GitHub (billing, abuse): listed, but nothing can be read. */
  disabled: boolean;
  description: string | null;
  defaultBranch: string;
  createdAt: Date;
  /**
   * Its own "Workflow permissions" setting; undefined: it follows its organisation's (GitHub: a restricted
   * organisation default is every repository's default, whatever the repository sets).
   */
  workflowPermissions?: WorkflowPermissionsSetting;
  /** path → UTF-8 text on the default branch */
  files: Map<string, string>;
  issues: IssueRecord[];
  labels: Map<string, LabelRecord>;
  actions: SecretScope;
  environments: Map<string, SecretScope>;
  runners: RunnerScope;
  sarifs: SarifRecord[];
}

export interface RepoOptions {
  private?: boolean;
  archived?: boolean;
  fork?: boolean;
  disabled?: boolean;
  /** The repository's own default GITHUB_TOKEN permissions (absent: its organisation's). */
  defaultWorkflowPermissions?: 'read' | 'write';
  description?: string;
  defaultBranch?: string;
  ownerType?: 'User' | 'Organization';
  files?: Record<string, string>;
  environments?: string[];
}

export interface AppRecord {
  id: number;
  slug: string;
  clientId: string;
  /** PKCS#1 PEM, as GitHub hands it out. */
  privateKey: string;
  publicKey: KeyObject;
}

export interface InstallationRecord {
  id: number;
  appId: number;
  account: string;
  repositorySelection: 'all' | 'selected';
  /** `owner/repo` names when the selection is `selected`. */
  repositories: string[];
  permissions: Record<string, Access>;
  createdAt: Date;
  suspended: boolean;
}

export interface MintedInstallationToken {
  token: string;
  installationId: number;
  expiresAt: Date;
  permissions: Record<string, Access>;
}

const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function validSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !/^GITHUB_/i.test(name);
}

// RSA key generation takes ~100 ms; keys are reused across doubles in a process (the n-th app of a state gets the
// n-th key, so apps within one state never share a key).
const rsaKeys: { privateKey: string; publicKey: string }[] = [];
function rsaKey(index: number): { privateKey: string; publicKey: string } {
  while (rsaKeys.length <= index) {
    rsaKeys.push(generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }));
  }
  return rsaKeys[index]!;
}

export class DoubleState {
  readonly accounts = new Map<string, AccountRecord>();
  readonly orgs = new Map<string, OrgRecord>();
  readonly repos = new Map<string, RepoRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly apps = new Map<number, AppRecord>();
  readonly installations = new Map<number, InstallationRecord>();
  readonly mintedInstallationTokens: MintedInstallationToken[] = [];
  private nextIdValue = 1000;

  /** `now` is injectable so timestamps (created_at, token expiry) can be fixed by a test. */
  constructor(readonly now: () => Date = () => new Date()) {}

  nextId(): number {
    this.nextIdValue += 1;
    return this.nextIdValue;
  }

  private key(name: string): string {
    return name.toLowerCase();
  }

  account(login: string, type: AccountRecord['type'] = 'User'): AccountRecord {
    const existing = this.accounts.get(this.key(login));
    if (existing) return existing;
    const record: AccountRecord = { login, id: this.nextId(), type };
    this.accounts.set(this.key(login), record);
    return record;
  }

  newSealedBoxKey(): SealedBoxKey {
    const pair = sodium.crypto_box_keypair();
    return {
      keyId: String(BigInt(`0x${randomBytes(7).toString('hex')}`)),
      publicKey: pair.publicKey,
      privateKey: pair.privateKey,
      publicKeyBase64: sodium.to_base64(pair.publicKey, sodium.base64_variants.ORIGINAL),
    };
  }

  private newSecretScope(): SecretScope {
    return { secrets: new Map(), key: this.newSealedBoxKey() };
  }

  addOrg(login: string): OrgRecord {
    const existing = this.orgs.get(this.key(login));
    if (existing) return existing;
    const base = this.accounts.get(this.key(login));
    const org: OrgRecord = {
      login,
      id: base?.id ?? this.nextId(),
      type: 'Organization',
      actions: this.newSecretScope(),
      runners: { runners: [], issuedTokens: [], jitConfigs: [] },
      workflowPermissions: { defaultWorkflowPermissions: 'read', canApprovePullRequestReviews: false },
    };
    this.accounts.set(this.key(login), org);
    this.orgs.set(this.key(login), org);
    return org;
  }

  org(login: string): OrgRecord | undefined {
    return this.orgs.get(this.key(login));
  }

  /** Adds `owner/name` (creating the owner as an organisation unless `ownerType: 'User'`). */
  addRepo(fullName: string, options: RepoOptions = {}): RepoRecord {
    const [owner, name] = fullName.split('/');
    if (!owner || !name) throw new Error(`repository must be owner/name, got ${fullName}`);
    if (this.repos.has(this.key(fullName))) throw new Error(`repository ${fullName} already exists`);
    if ((options.ownerType ?? 'Organization') === 'Organization') this.addOrg(owner);
    else this.account(owner, 'User');
    const repo: RepoRecord = {
      id: this.nextId(),
      owner: this.accounts.get(this.key(owner))!.login,
      name,
      fullName: `${owner}/${name}`,
      private: options.private ?? true,
      archived: options.archived ?? false,
      fork: options.fork ?? false,
      disabled: options.disabled ?? false,
      description: options.description ?? null,
      defaultBranch: options.defaultBranch ?? 'main',
      createdAt: this.now(),
      files: new Map(Object.entries(options.files ?? {})),
      issues: [],
      labels: new Map(),
      actions: this.newSecretScope(),
      environments: new Map(),
      runners: { runners: [], issuedTokens: [], jitConfigs: [] },
      sarifs: [],
      ...(options.defaultWorkflowPermissions ? { workflowPermissions: { defaultWorkflowPermissions: options.defaultWorkflowPermissions, canApprovePullRequestReviews: false } } : {}),
    };
    for (const env of options.environments ?? []) repo.environments.set(env, this.newSecretScope());
    this.repos.set(this.key(fullName), repo);
    return repo;
  }

  repo(owner: string, name?: string): RepoRecord | undefined {
    return this.repos.get(this.key(name === undefined ? owner : `${owner}/${name}`));
  }

  /**
   * The "Workflow permissions" a repository's workflows run with: its organisation's when that is restricted (`read`
   * wins: GitHub applies a restricted default at any level to every repository below), else its own, else the
   * organisation's (user-owned repositories: their own, default read).
   */
  effectiveWorkflowPermissions(repo: RepoRecord): WorkflowPermissionsSetting {
    const org = this.org(repo.owner);
    const own = repo.workflowPermissions;
    if (!org) return own ?? { defaultWorkflowPermissions: 'read', canApprovePullRequestReviews: false };
    if (org.workflowPermissions.defaultWorkflowPermissions === 'read') return { ...org.workflowPermissions };
    return { ...(own ?? org.workflowPermissions) };
  }

  /** Like `repo`, but throws: for tests reading state back. */
  mustRepo(fullName: string): RepoRecord {
    const repo = this.repo(fullName);
    if (!repo) throw new Error(`no repository ${fullName} in the double`);
    return repo;
  }

  addEnvironment(fullName: string, environment: string): SecretScope {
    const repo = this.mustRepo(fullName);
    let scope = repo.environments.get(environment);
    if (!scope) {
      scope = this.newSecretScope();
      repo.environments.set(environment, scope);
    }
    return scope;
  }

  addToken(options: TokenOptions = {}): TokenRecord {
    const kind = options.kind ?? 'classic';
    const prefix = { classic: 'ghp_', 'fine-grained': 'github_pat_', installation: 'ghs_', 'github-actions': 'ghs_' }[kind];
    const token = options.token ?? `${prefix}${randomBytes(18).toString('hex')}`;
    if (options.expiryHeader !== undefined && !/^(UTC|none|[+-]\d{4})$/.test(options.expiryHeader)) throw new Error(`expiryHeader must be UTC, none or an offset like +0100, got ${options.expiryHeader}`);
    const now = this.now();
    const record: TokenRecord = {
      token,
      kind,
      login: options.login ?? (kind === 'installation' || kind === 'github-actions' ? 'token-warden[bot]' : 'octo-warden'),
      ...(options.scopes ? { scopes: options.scopes } : {}),
      ...(options.permissions ? { permissions: options.permissions } : {}),
      ...(options.account ? { account: options.account } : {}),
      ...(options.repositories ? { repositories: options.repositories } : {}),
      ...(options.expiresAt ? { expiresAt: new Date(options.expiresAt) } : {}),
      ...(options.expiryHeader ? { expiryHeader: options.expiryHeader } : {}),
      rate: {
        limit: options.rateLimit?.limit ?? 5000,
        remaining: options.rateLimit?.remaining ?? options.rateLimit?.limit ?? 5000,
        reset: Math.floor((options.rateLimit?.resetAt ?? new Date(now.getTime() + 3600_000)).getTime() / 1000),
      },
      graphqlRate: {
        limit: options.graphqlRateLimit?.limit ?? (kind === 'github-actions' ? 1000 : 5000),
        remaining: options.graphqlRateLimit?.remaining ?? options.graphqlRateLimit?.limit ?? (kind === 'github-actions' ? 1000 : 5000),
        reset: Math.floor((options.graphqlRateLimit?.resetAt ?? new Date(now.getTime() + 3600_000)).getTime() / 1000),
      },
      revoked: false,
    };
    this.account(record.login, record.login.endsWith('[bot]') ? 'Bot' : 'User');
    this.tokens.set(token, record);
    return record;
  }

  /** Registers a GitHub App with its own RSA key; the test hands `privateKey` to the client. */
  addApp(options: { id?: number; slug?: string } = {}): AppRecord {
    const { privateKey, publicKey } = rsaKey(this.apps.size);
    const app: AppRecord = {
      id: options.id ?? this.nextId(),
      slug: options.slug ?? 'token-warden',
      clientId: `Iv23${randomBytes(8).toString('hex')}`,
      privateKey,
      publicKey: createPublicKey(publicKey),
    };
    this.apps.set(app.id, app);
    this.account(`${app.slug}[bot]`, 'Bot');
    return app;
  }

  addInstallation(options: { appId: number; account: string; repositories?: string[]; permissions?: Record<string, Access>; id?: number }): InstallationRecord {
    if (!this.apps.has(options.appId)) throw new Error(`no app ${options.appId}`);
    if (!this.accounts.has(this.key(options.account))) this.addOrg(options.account);
    const installation: InstallationRecord = {
      id: options.id ?? this.nextId(),
      appId: options.appId,
      account: this.accounts.get(this.key(options.account))!.login,
      repositorySelection: options.repositories ? 'selected' : 'all',
      repositories: options.repositories ?? [],
      permissions: options.permissions ?? { metadata: 'read' },
      createdAt: this.now(),
      suspended: false,
    };
    this.installations.set(installation.id, installation);
    return installation;
  }

  installationFor(account: string, fullName?: string): InstallationRecord | undefined {
    for (const installation of this.installations.values()) {
      if (installation.account.toLowerCase() !== account.toLowerCase()) continue;
      if (fullName && installation.repositorySelection === 'selected' && !installation.repositories.some((r) => r.toLowerCase() === fullName.toLowerCase())) continue;
      return installation;
    }
    return undefined;
  }

  /** Mints an installation token the way GitHub does: one hour, permissions no wider than the installation's. */
  mintInstallationToken(installation: InstallationRecord, permissions: Record<string, Access>, repositories?: string[]): MintedInstallationToken {
    const app = this.apps.get(installation.appId)!;
    const expiresAt = new Date(this.now().getTime() + 3600_000);
    const visible = repositories ?? (installation.repositorySelection === 'selected' ? installation.repositories : undefined);
    // Installation tokens send no expiry header; their expiry is in the mint response.
    const record = this.addToken({ kind: 'installation', login: `${app.slug}[bot]`, permissions, account: installation.account, ...(visible ? { repositories: visible } : {}) });
    record.installationId = installation.id;
    const minted: MintedInstallationToken = { token: record.token, installationId: installation.id, expiresAt, permissions };
    this.mintedInstallationTokens.push(minted);
    return minted;
  }

  addIssue(
    fullName: string,
    issue: { title: string; body?: string | null; labels?: string[]; state?: 'open' | 'closed'; stateReason?: 'completed' | 'not_planned' | 'duplicate'; user?: string; createdAt?: Date; comments?: string[]; pullRequest?: boolean },
  ): IssueRecord {
    const repo = this.mustRepo(fullName);
    for (const label of issue.labels ?? []) this.ensureLabel(repo, label);
    const createdAt = issue.createdAt ?? this.now();
    const record: IssueRecord = {
      id: this.nextId(),
      number: repo.issues.length + 1,
      title: issue.title,
      body: issue.body ?? null,
      state: issue.state ?? 'open',
      stateReason: issue.state === 'closed' ? (issue.stateReason ?? 'completed') : null,
      labels: [...(issue.labels ?? [])],
      assignees: [],
      user: issue.user ?? 'octo-warden',
      locked: false,
      createdAt,
      updatedAt: createdAt,
      closedAt: issue.state === 'closed' ? createdAt : null,
      comments: [],
      duplicateOf: null,
      pullRequest: issue.pullRequest ?? false,
    };
    this.account(record.user);
    for (const body of issue.comments ?? []) record.comments.push({ id: this.nextId(), body, user: record.user, createdAt, updatedAt: createdAt });
    repo.issues.push(record);
    return record;
  }

  ensureLabel(repo: RepoRecord, name: string, color = 'ededed', description: string | null = null): LabelRecord {
    const key = name.toLowerCase();
    let label = repo.labels.get(key);
    if (!label) {
      label = { id: this.nextId(), name, color, description };
      repo.labels.set(key, label);
    }
    return label;
  }

  /** Seeds a secret with a known value and dates (e.g. an old `updated_at` for rotation-age tests). */
  addSecret(scope: SecretScope, name: string, value: string, dates: { createdAt?: Date; updatedAt?: Date; visibility?: SecretRecord['visibility'] } = {}): SecretRecord {
    const createdAt = dates.createdAt ?? this.now();
    const record: SecretRecord = { name: name.toUpperCase(), value, createdAt, updatedAt: dates.updatedAt ?? createdAt, ...(dates.visibility ? { visibility: dates.visibility } : {}) };
    scope.secrets.set(record.name, record);
    return record;
  }

  addRunner(scope: RunnerScope, runner: { name: string; status?: 'online' | 'offline'; busy?: boolean; labels?: string[]; os?: string; ephemeral?: boolean; runnerGroupId?: number }): RunnerRecord {
    const record: RunnerRecord = {
      id: this.nextId(),
      name: runner.name,
      os: runner.os ?? 'linux',
      status: runner.status ?? 'online',
      busy: runner.busy ?? false,
      labels: runner.labels ?? ['self-hosted', 'linux', 'x64'],
      runnerGroupId: runner.runnerGroupId ?? 1,
      ephemeral: runner.ephemeral ?? false,
    };
    scope.runners.push(record);
    return record;
  }

  newRunnerToken(scope: RunnerScope, kind: IssuedRunnerToken['kind']): IssuedRunnerToken {
    const issued: IssuedRunnerToken = { token: randomBytes(15).toString('hex').toUpperCase(), kind, expiresAt: new Date(this.now().getTime() + 3600_000) };
    scope.issuedTokens.push(issued);
    return issued;
  }

  newSarifId(): string {
    return randomUUID();
  }
}
