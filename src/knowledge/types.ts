/**
 * The compiled form of the action knowledge base (knowledge/actions/*.yml → actions.generated.ts): what GITHUB_TOKEN
 * permissions an action needs, depending on its inputs. See knowledge/README.md for the source format.
 */

export type NeedLevel = 'read' | 'write';

/** How sure an entry (or one of its cases) is. `certain`: from the action's documentation or code. */
export type KnowledgeConfidence = 'certain' | 'likely';

export interface KnowledgeNeed {
  /** A GITHUB_TOKEN permission scope (PERMISSION_SCOPES). */
  scope: string;
  level: NeedLevel;
  /** Only private (and internal) repositories need it: public content can be read with no permission at all. */
  privateOnly?: true;
}

/** A condition on the step's `with:` inputs. Every listed test must hold (AND). */
export interface KnowledgeCondition {
  /** Each input is given a non-empty value. */
  set?: readonly string[];
  /** No input is given (or each is empty). */
  unset?: readonly string[];
  /** The input is given and its value matches the regular expression (case-insensitive). */
  matches?: Readonly<Record<string, string>>;
  /** The input is not given, or its value does not match (case-insensitive). */
  notMatches?: Readonly<Record<string, string>>;
}

export interface KnowledgeCase {
  when: KnowledgeCondition;
  needs: KnowledgeNeed[];
  reason: string;
  confidence: KnowledgeConfidence;
}

export interface TokenInput {
  name: string;
  /** The default as action.yml writes it ('' when there is none). */
  default: string;
  /** The default is (or may be) the GITHUB_TOKEN: `${{ github.token }}` and the like. */
  defaultIsGithubToken: boolean;
}

export interface ActionKnowledge {
  /** `owner/repo` or `owner/repo/path`, lower case. */
  action: string;
  /** Inputs through which the action takes a GitHub token. */
  tokenInputs: TokenInput[];
  /** The action reads `github.token` itself, whatever its inputs (e.g. a composite action's `env: GH_TOKEN: ${{ github.token }}`). */
  implicitToken: boolean;
  /** The action works with the git credentials an earlier actions/checkout persisted (its needs fall on that token). */
  gitCredentials: boolean;
  /** Checks the repository out like actions/checkout, leaving its token to git unless `persist-credentials: false`. */
  checkout: boolean;
  /** Environment variables the action reads a GitHub token from (e.g. GITHUB_TOKEN for goreleaser). */
  tokenEnv: string[];
  /** Needed whenever the action runs (subject to the token it uses; `id-token` always). */
  needs: KnowledgeNeed[];
  reason: string;
  source: string;
  confidence: KnowledgeConfidence;
  cases: KnowledgeCase[];
  /** Inputs holding a shell script the action runs (analysed like `run:`). */
  shellInputs: string[];
  /** Input holding JavaScript run with an authenticated `github` client (actions/github-script). */
  githubScriptInput?: string;
  /** Where the entry is written: `knowledge/actions/<owner>.yml:<line>`. */
  definedAt: string;
}
