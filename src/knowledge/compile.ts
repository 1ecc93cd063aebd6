/**
 * Knowledge files (knowledge/actions/<owner>.yml) → validated, normalised entries → the generated TypeScript module
 * that ships in the bundle (ncc bundles imports, not files read at run time). Pure: the caller reads and writes files
 * (scripts/knowledge.mjs, and the test that keeps the generated module current).
 */
import { ConfigError, formatIssue, validateYaml, type ValidationIssue } from '../config/validate.js';
import { analyseExpression, findExpressions } from '../workflows/expressions.js';
import { isMap, isSeq, itemSpan, keySpan, type YValue } from '../workflows/yaml.js';
import { KnowledgeFileSchema, type EntryData, type NeedsData } from './schema.js';
import type { ActionKnowledge, KnowledgeCase, KnowledgeCondition, KnowledgeNeed } from './types.js';

export interface KnowledgeSource {
  /** Path relative to the repository root, forward slashes: `knowledge/actions/<owner>.yml`. */
  path: string;
  text: string;
}

export interface CompiledKnowledge {
  /** Sorted by action name. */
  entries: ActionKnowledge[];
  /** Every problem of every file, each with file:line:column. Empty when the knowledge base is valid. */
  issues: ValidationIssue[];
}

export { formatIssue };

const FILE_RE = /(?:^|\/)([a-z0-9][a-z0-9-]*)\.yml$/;

/** Validates every file and compiles the entries. Problems are collected, never thrown. */
export function compileKnowledge(files: readonly KnowledgeSource[]): CompiledKnowledge {
  const issues: ValidationIssue[] = [];
  const entries: ActionKnowledge[] = [];
  const seen = new Map<string, string>();
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const owner = FILE_RE.exec(file.path)?.[1];
    if (owner === undefined) {
      issues.push({ file: file.path, line: 1, column: 1, key: '', message: 'knowledge files are named <owner>.yml, in lower case' });
      continue;
    }
    let validated;
    try {
      validated = validateYaml(file.text, file.path, KnowledgeFileSchema);
    } catch (error) {
      if (error instanceof ConfigError) {
        issues.push(...error.issues);
        continue;
      }
      throw error;
    }
    const { data, root, lines } = validated;
    data.actions.forEach((entry, index) => {
      const at = (key?: string): { line: number; column: number } => lines.position(entryOffset(root, index, key));
      const issue = (key: string, message: string): void => {
        issues.push({ file: file.path, ...at(key), key: `actions.${index}.${key}`, message });
      };
      const entryOwner = entry.action.split('/', 1)[0]!;
      if (entryOwner !== owner) issue('action', `${entry.action} belongs in knowledge/actions/${entryOwner}.yml (one file per owner)`);
      const where = `${file.path}:${at().line}`;
      const previous = seen.get(entry.action);
      if (previous !== undefined) issue('action', `${entry.action} is already described at ${previous}`);
      else seen.set(entry.action, where);
      const usesToken = entry['token-inputs'] !== undefined || entry['token-env'] !== undefined || entry['implicit-token'] === true || entry['git-credentials'] === true;
      const tokenNeeds = [entry.needs, ...(entry.cases ?? []).map((c) => c.needs)].some((n) => Object.keys(n).some((s) => s !== 'id-token'));
      if (tokenNeeds && !usesToken) {
        issue('needs', 'needs other than id-token apply only when the action uses the GITHUB_TOKEN: list its token-inputs, token-env, implicit-token or git-credentials');
      }
      if (entry['github-script-input'] !== undefined && !usesToken) issue('github-script-input', 'a github-script input needs the token input that authenticates its client');
      entries.push(normalise(entry, where));
    });
  }
  entries.sort((a, b) => (a.action < b.action ? -1 : a.action > b.action ? 1 : 0));
  return { entries, issues };
}

function entryOffset(root: YValue, index: number, key?: string): number {
  if (!isMap(root) || !isSeq(root.actions)) return 0;
  const item = root.actions[index];
  if (key !== undefined && isMap(item)) {
    const span = keySpan(item, key);
    if (span) return span[0];
  }
  return itemSpan(root.actions, index)[0];
}

function needsOf(data: NeedsData): KnowledgeNeed[] {
  return Object.entries(data)
    .filter(([, need]) => need !== undefined)
    .map(([scope, need]) => {
      if (typeof need === 'string') return { scope, level: need };
      return { scope, level: need!.level, ...(need!['private-only'] ? { privateOnly: true as const } : {}) };
    });
}

function isGithubTokenDefault(value: string): boolean {
  return findExpressions(value).some((e) => analyseExpression(e.inner).githubToken);
}

function normalise(entry: EntryData, definedAt: string): ActionKnowledge {
  const cases: KnowledgeCase[] = (entry.cases ?? []).map((c) => {
    const when: KnowledgeCondition = {
      ...(c.when.set ? { set: c.when.set } : {}),
      ...(c.when.unset ? { unset: c.when.unset } : {}),
      ...(c.when.matches ? { matches: c.when.matches } : {}),
      ...(c.when['not-matches'] ? { notMatches: c.when['not-matches'] } : {}),
    };
    return { when, needs: needsOf(c.needs), reason: c.reason, confidence: c.confidence ?? 'certain' };
  });
  return {
    action: entry.action,
    tokenInputs: Object.entries(entry['token-inputs'] ?? {}).map(([name, value]) => ({
      name,
      default: value ?? '',
      defaultIsGithubToken: isGithubTokenDefault(value ?? ''),
    })),
    implicitToken: entry['implicit-token'] === true,
    gitCredentials: entry['git-credentials'] === true,
    checkout: entry.checkout === true,
    tokenEnv: entry['token-env'] ?? [],
    needs: needsOf(entry.needs),
    reason: entry.reason,
    source: entry.source,
    confidence: entry.confidence ?? 'certain',
    cases,
    shellInputs: entry['shell-inputs'] ?? [],
    ...(entry['github-script-input'] !== undefined ? { githubScriptInput: entry['github-script-input'] } : {}),
    definedAt,
  };
}

/** The generated module: one entry per line, so a change to the data is a one-line diff. */
export function renderKnowledgeModule(entries: readonly ActionKnowledge[]): string {
  return [
    '// Generated by `npm run knowledge` from knowledge/actions/*.yml: edit those files, not this one.',
    "import type { ActionKnowledge } from './types.js';",
    '',
    'export const ACTION_KNOWLEDGE: readonly ActionKnowledge[] = [',
    ...entries.map((e) => `  ${JSON.stringify(e)},`),
    '];',
    '',
  ].join('\n');
}
