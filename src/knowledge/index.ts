/** Looking actions up in the compiled knowledge base. */
import type { UsesRef } from '../workflows/model.js';
import { ACTION_KNOWLEDGE } from './actions.generated.js';
import type { ActionKnowledge } from './types.js';

export type { ActionKnowledge, KnowledgeCase, KnowledgeCondition, KnowledgeConfidence, KnowledgeNeed, NeedLevel, TokenInput } from './types.js';
export { ACTION_KNOWLEDGE };

let byAction: Map<string, ActionKnowledge> | undefined;

/** The knowledge base key of a `uses:` reference: `owner/repo` or `owner/repo/path`, lower case; undefined for local and docker actions. */
export function knowledgeKey(ref: UsesRef): string | undefined {
  if (ref.kind !== 'repository' || ref.repository === undefined) return undefined;
  return ref.subpath === undefined ? ref.repository : `${ref.repository}/${ref.subpath.replace(/\/+$/, '').toLowerCase()}`;
}

/** The entry for `owner/repo[/path]` (lower case), or undefined. */
export function knowledgeFor(action: string): ActionKnowledge | undefined {
  byAction ??= new Map(ACTION_KNOWLEDGE.map((e) => [e.action, e]));
  return byAction.get(action);
}
