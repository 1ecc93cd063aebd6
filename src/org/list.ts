/**
 * Lists an organisation's repositories: GraphQL, 100 per call (LIST_REPOSITORIES), or — where GraphQL is not
 * available (its endpoint answers 404, or `mode: 'rest'`) — the REST listing, also 100 per call. Either way
 * ⌈repositories / 100⌉ calls. Archived, disabled, empty repositories and forks are filtered by the plan (./shard.ts),
 * which lists what it left out.
 */
import type { GitHubClient } from '../github/client.js';
import { GitHubNotFoundError } from '../github/errors.js';
import { UsageError } from '../errors.js';
import { graphqlPartial } from './api.js';
import { decodeRepositoryPage, LIST_REPOSITORIES } from './queries.js';
import type { OrgRepository } from './types.js';

export interface Listing {
  repositories: OrgRepository[];
  via: 'graphql' | 'rest';
  notes: string[];
}

async function listGraphql(client: GitHubClient, org: string): Promise<OrgRepository[]> {
  const repositories: OrgRepository[] = [];
  let cursor: string | null = null;
  do {
    const answer = await graphqlPartial(client, LIST_REPOSITORIES, { org, cursor });
    if (!answer.data?.organization) {
      const why = answer.errors.map((e) => e.message).join('; ');
      throw new UsageError(`cannot list the repositories of "${org}": ${why || 'GitHub returned no organisation'} (is it an organisation the token can see?)`);
    }
    const page = decodeRepositoryPage(answer.data, org);
    repositories.push(...page.repositories);
    cursor = page.nextCursor;
  } while (cursor);
  return repositories;
}

interface RestRepository {
  name: string;
  full_name: string;
  archived?: boolean;
  disabled?: boolean;
  fork: boolean;
  private: boolean;
  visibility?: string;
  size?: number;
  default_branch?: string;
}

export async function listRest(client: GitHubClient, org: string): Promise<OrgRepository[]> {
  const rows = (await client.paginate('GET /orgs/{org}/repos', { org, type: 'all', sort: 'full_name', per_page: 100 })) as RestRepository[];
  return rows.map((r) => ({
    name: r.name,
    nameWithOwner: r.full_name,
    isArchived: r.archived === true,
    isFork: r.fork,
    isDisabled: r.disabled === true,
    // REST has no "empty": a repository without a byte of content is.
    isEmpty: r.size === 0,
    isPrivate: r.private,
    visibility: (r.visibility ?? (r.private ? 'private' : 'public')).toUpperCase(),
    defaultBranch: r.default_branch ?? null,
  }));
}

/** Every repository of `org` the token can see. */
export async function listOrgRepositories(client: GitHubClient, org: string, mode: 'graphql' | 'rest' = 'graphql'): Promise<Listing> {
  if (mode === 'rest') return { repositories: await listRest(client, org), via: 'rest', notes: [] };
  try {
    return { repositories: await listGraphql(client, org), via: 'graphql', notes: [] };
  } catch (error) {
    if (!(error instanceof GitHubNotFoundError)) throw error;
    // No GraphQL endpoint (an old or restricted GitHub Enterprise Server): REST for everything.
    return { repositories: await listRest(client, org), via: 'rest', notes: ['the GraphQL API is not available here (404): repositories were listed and read over REST, at about one call per file'] };
  }
}
