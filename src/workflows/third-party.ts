/** Whose code a `uses:` runs, and whether the reference can move under the workflow. */
import { parseUses } from './model.js';

/** Owners whose actions ship with the platform. */
export const FIRST_PARTY_OWNERS: ReadonlySet<string> = new Set(['actions', 'github']);

export interface ActionOrigin {
  /** `owner/repo` (lower case) of a repository action; the image for `docker://`. */
  name: string;
  /** Not `actions/*`, `github/*` or the scanned repository's owner, and not local: someone else's code. */
  thirdParty: boolean;
  /** Pinned to a full commit SHA (or an image digest): the code cannot change under the workflow. */
  pinned: boolean;
}

/**
 * The origin of a step's or job's `uses:`; undefined for local actions and references GitHub would not resolve.
 * `repositoryOwner` (lower case) is the scanned repository's owner, when known.
 */
export function actionOrigin(uses: string, repositoryOwner?: string): ActionOrigin | undefined {
  const ref = parseUses(uses);
  if (ref.kind === 'docker') return { name: uses.trim().slice('docker://'.length), thirdParty: true, pinned: ref.pinned };
  if (ref.kind !== 'repository') return undefined;
  const owner = ref.repository!.split('/')[0]!;
  return { name: ref.repository!, thirdParty: !FIRST_PARTY_OWNERS.has(owner) && owner !== repositoryOwner, pinned: ref.pinned };
}

/** A third-party action or image whose reference is not a commit SHA (or digest). */
export function isUnpinnedThirdParty(uses: unknown, repositoryOwner?: string): boolean {
  if (typeof uses !== 'string') return false;
  const origin = actionOrigin(uses, repositoryOwner);
  return origin !== undefined && origin.thirdParty && !origin.pinned;
}
