/**
 * Parsing a YAML file within its budgets: the text budgets first (size, line length), then the fast path (js-yaml,
 * yaml.ts), and only when js-yaml rejects the text, the second parser (`yaml`, yaml-fallback.ts), which accepts what
 * GitHub accepts. Both paths build the same values and apply the same node, depth and alias budgets.
 */
import { checkTextBudgets, PARSE_BUDGETS, type ParseBudgets } from './budgets.js';
import { parseYamlFast, ResourceLimitError, YamlSyntaxError, type ParsedYaml, type YValue } from './yaml.js';
import { countNodeTokens, parseYamlFallback } from './yaml-fallback.js';

/**
 * Above this many characters a file's node tokens are counted (yaml's lexer, streaming) before js-yaml reads it:
 * js-yaml keeps an event per node (~100 bytes each) before the node budget can stop anything, so a dense 2 MiB file
 * (a million one-character scalars) would cost ~300 MB. Below it, a file holds too few nodes for that to matter.
 */
const COUNT_FIRST_ABOVE = 512 * 1024;

export interface ParseResult extends ParsedYaml {
  /** `fast`: js-yaml; `fallback`: js-yaml rejected the text and `yaml` read it. */
  parser: 'fast' | 'fallback';
}

/**
 * Parses one YAML document into values with offset tables. Throws YamlSyntaxError (with an offset) when the text is
 * not YAML GitHub would accept, for several documents, an empty document or a duplicated mapping key, and
 * ResourceLimitError (a YamlSyntaxError) past a budget.
 */
export function parseYamlDetailed(source: string, options: { filename?: string; budgets?: ParseBudgets } = {}): ParseResult {
  const budgets = options.budgets ?? PARSE_BUDGETS;
  const over = checkTextBudgets(source, budgets);
  if (over) throw over;
  const counted = source.length > COUNT_FIRST_ABOVE;
  if (counted) countNodeTokens(source, budgets);
  let near: number;
  try {
    return { ...parseYamlFast(source, budgets, options.filename), parser: 'fast' };
  } catch (error) {
    // Only a syntax error of js-yaml's is a reason to read the file again; what the builder rejects (duplicated keys,
    // bad aliases, several documents) and budgets would be rejected the same way by the second parser.
    if (!(error instanceof YamlSyntaxError) || error.kind !== 'syntax' || error instanceof ResourceLimitError) throw error;
    near = error.offset;
  }
  // When both parsers reject the file, `yaml`'s error is the one reported (message and position): it is the parser
  // GitHub uses, so it is the diagnostic the author sees on GitHub, and its messages name the problem (`Missing
  // closing "quote` where js-yaml says `deficient indentation`); its position is the start of the offending node.
  return { ...parseYamlFallback(source, budgets, counted, near), parser: 'fallback' };
}

/** parseYamlDetailed's values alone. */
export function parseYaml(source: string, filename?: string, budgets?: ParseBudgets): YValue {
  return parseYamlDetailed(source, { ...(filename === undefined ? {} : { filename }), ...(budgets ? { budgets } : {}) }).root;
}
