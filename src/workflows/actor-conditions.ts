/**
 * `if:` conditions that trust a bot by the actor's name: `github.actor == 'dependabot[bot]'`. The actor is whoever
 * caused the latest event of the run, and a bot can be made the actor of an attacker's event — ask Dependabot to
 * rebase or recreate a pull request on a fork and its push makes `dependabot[bot]` the actor of the fork's
 * `pull_request_target` run. The author of the pull request (`github.event.pull_request.user.login`) cannot be spoofed
 * that way.
 *
 * Conditions are parsed with GitHub's expression parser and judged by structure: a bot check opens the condition when
 * it is one side of an `||` or the whole of it; beside an `&&` it still does, unless another operand keeps outsiders
 * out on its own (a strong gate: forks excluded, the author's association, the pull request's author).
 */
import { findExpressions, OPERATOR, parseExpressionAst, type AstNode } from './expressions.js';
import { gateIn } from './exposure.js';

/** Contexts holding the name of whoever caused the event (or the run it follows): spoofable. */
const SPOOFABLE_NAMES = new Set([
  'github.actor',
  'github.triggering_actor',
  'github.event.sender.login',
  'github.event.workflow_run.actor.login',
  'github.event.workflow_run.triggering_actor.login',
]);
const SPOOFABLE_IDS = new Set(['github.actor_id', 'github.triggering_actor_id', 'github.event.sender.id', 'github.event.workflow_run.actor.id']);

/**
 * Account ids of well-known bots (an id has no `[bot]` suffix to recognise it by). The Dependabot integration id is
 * listed too: it is often confused with the account id.
 */
const BOT_IDS: ReadonlyMap<string, string> = new Map([
  ['49699333', 'dependabot[bot]'],
  ['29110', 'dependabot (integration id)'],
  ['27856297', 'dependabot-preview[bot]'],
  ['29139614', 'renovate[bot]'],
  ['41898282', 'github-actions[bot]'],
]);

const isBotName = (value: string): boolean => /\[bot\]$/i.test(value.trim());

export interface BotCheck {
  /** The check, written back canonically: `github.actor == 'dependabot[bot]'`. */
  text: string;
  /** The bot it trusts (its name, or `name (id)` for an id). */
  bot: string;
  /** The spoofable context it reads (`github.actor` …). */
  context: string;
}

/**
 * The expression an `if:` value holds: the inside of a lone `${{ }}`, or the bare text. A value mixing text and
 * `${{ }}` is a string, always true: it guards nothing, so it holds no check either.
 */
export function conditionExpression(condition: unknown): string | undefined {
  if (typeof condition !== 'string') return undefined;
  if (!condition.includes('${{')) return condition.trim() || undefined;
  // Exactly one `${{ }}` and nothing around it, not even the newline a `|` block scalar keeps.
  const found = findExpressions(condition);
  if (found.length === 1 && found[0]!.start === 0 && found[0]!.end === condition.length) return found[0]!.inner || undefined;
  return undefined;
}

/** `github['actor']`, `GitHub.ACTOR` → `github.actor`; `*` for computed or star indexes; undefined when not a context path. */
function contextPath(node: AstNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.name) return node.name.lexeme.toLowerCase();
  if (node.expr && node.index) {
    const base = contextPath(node.expr);
    if (base === undefined) return undefined;
    const v = node.index.literal?.value;
    return `${base}.${typeof v === 'string' ? v.toLowerCase() : typeof v === 'number' ? String(v) : '*'}`;
  }
  return undefined;
}

function literalText(node: AstNode | undefined): string | undefined {
  const v = node?.literal?.value;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

/** An expression written back as text, canonically (context paths lower-cased), for messages and for gateIn. */
export function renderExpression(node: AstNode | undefined): string {
  if (!node) return '';
  const path = contextPath(node);
  if (path !== undefined) return path;
  if (node.literal) {
    const v = node.literal.value;
    return typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v);
  }
  if (node.functionName) return `${node.functionName.lexeme}(${(node.args ?? []).map(renderExpression).join(', ')})`;
  if (node.group) return `(${renderExpression(node.group)})`;
  if (node.left && node.right && node.operator) return `${renderExpression(node.left)} ${node.operator.lexeme ?? '?'} ${renderExpression(node.right)}`;
  if (node.operator && node.expr) return `!${renderExpression(node.expr)}`;
  if (node.operator && node.args) return node.args.map(renderExpression).join(node.operator.type === OPERATOR.AND ? ' && ' : ' || ');
  if (node.expr && node.index) return `${renderExpression(node.expr)}[${renderExpression(node.index)}]`;
  return '?';
}

/** A comparison of a spoofable actor context with a bot's name or id, either way round. */
function equalityCheck(node: AstNode): BotCheck | undefined {
  if (!node.left || !node.right || node.operator?.type !== OPERATOR.EQUAL) return undefined;
  for (const [ctxNode, litNode] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const context = contextPath(ctxNode);
    const value = literalText(litNode);
    if (context === undefined || value === undefined) continue;
    if (SPOOFABLE_NAMES.has(context) && isBotName(value)) return { text: renderExpression(node), bot: value, context };
    const bot = BOT_IDS.get(value.trim());
    if (SPOOFABLE_IDS.has(context) && bot) return { text: renderExpression(node), bot: `${bot} (id ${value.trim()})`, context };
  }
  return undefined;
}

/** Bot names in a list literal: `'["dependabot[bot]", "renovate[bot]"]'`, `'dependabot[bot] renovate[bot]'`. */
function botsInList(node: AstNode | undefined): string[] {
  if (!node) return [];
  if (node.functionName?.lexeme.toLowerCase() === 'fromjson') return botsInList(node.args?.[0]);
  const text = literalText(node);
  return text ? [...text.matchAll(/[\w.-]+\[bot\]/gi)].map((m) => m[0]) : [];
}

/** `contains(<list with a bot>, github.actor)`, `contains(github.actor, '[bot]')`, `endsWith(github.actor, '[bot]')`, `startsWith(github.actor, 'dependabot')`. */
function functionCheck(node: AstNode): BotCheck | undefined {
  const fn = node.functionName?.lexeme.toLowerCase();
  const [a, b] = node.args ?? [];
  if (!fn || !a || !b) return undefined;
  const text = renderExpression(node);
  if (fn === 'contains') {
    const inList = contextPath(b);
    if (inList !== undefined && SPOOFABLE_NAMES.has(inList)) {
      const bots = botsInList(a);
      if (bots.length) return { text, bot: bots.join(', '), context: inList };
    }
  }
  const context = contextPath(a);
  const value = literalText(b);
  if (context === undefined || value === undefined || !SPOOFABLE_NAMES.has(context)) return undefined;
  if ((fn === 'contains' || fn === 'endswith') && /\[bot\]$/i.test(value)) return { text, bot: `any *${value}`, context };
  if (fn === 'startswith' && /^(?:dependabot|renovate|github-actions)/i.test(value)) return { text, bot: `${value}*`, context };
  return undefined;
}

/**
 * A condition outsiders cannot meet on their own: a strong gate as the other rules read it (forks excluded, the
 * author's association, an allow-list of people), or the pull request's author — which, unlike the actor, a bot
 * check may rely on. An `||` is such a gate only when every side is.
 */
function keepsOutsidersOut(node: AstNode | undefined): boolean {
  if (!node) return false;
  if (node.group) return keepsOutsidersOut(node.group);
  if (node.operator && node.args) {
    return node.operator.type === OPERATOR.AND ? node.args.some(keepsOutsidersOut) : node.args.every(keepsOutsidersOut);
  }
  if (node.left && node.right && node.operator?.type === OPERATOR.EQUAL) {
    const paths = [contextPath(node.left), contextPath(node.right)];
    if (paths.some((p) => p === 'github.event.pull_request.user.login' || p === 'github.event.pull_request.user.id')) return true;
  }
  return gateIn(renderExpression(node))?.strength === 'strong';
}

/** True when an `if:` value keeps outsiders out on its own (see keepsOutsidersOut). */
export function conditionKeepsOutsidersOut(condition: unknown): boolean {
  const expression = conditionExpression(condition);
  return expression !== undefined && keepsOutsidersOut(parseExpressionAst(expression));
}

const HEAD_REPOSITORY = new Set(['github.event.pull_request.head.repo.full_name', 'github.event.workflow_run.head_repository.full_name']);

/**
 * An operand that lets pull requests from forks in on purpose (`head_repository.full_name != github.repository`,
 * `head.repo.fork == true`): beside it in an `||`, a bot check opens nothing outsiders could not open anyway.
 */
function admitsForks(node: AstNode | undefined): boolean {
  if (!node) return false;
  if (node.group) return admitsForks(node.group);
  if (!node.left || !node.right || !node.operator) return false;
  const [l, r] = [contextPath(node.left), contextPath(node.right)];
  if (node.operator.type === OPERATOR.NOT_EQUAL) return [l, r].some((p) => p !== undefined && HEAD_REPOSITORY.has(p)) && [l, r].includes('github.repository');
  if (node.operator.type === OPERATOR.EQUAL) {
    const flag = l === 'github.event.pull_request.head.repo.fork' ? node.right : r === 'github.event.pull_request.head.repo.fork' ? node.left : undefined;
    return flag?.literal?.value === true;
  }
  return false;
}

/** Events whose actor is who wrote something (a review, a comment), not who pushed: no push makes a bot that actor. */
const AUTHORED_EVENTS = new Set(['pull_request_review', 'pull_request_review_comment', 'issue_comment', 'discussion_comment']);

/**
 * `github.event.workflow_run.event == 'pull_request_review'`: the run followed a review, so its actor is the reviewer —
 * a bot check then asks who reviewed, which an outsider's push cannot fake.
 */
function pinsAuthoredEvent(node: AstNode | undefined): boolean {
  if (!node) return false;
  if (node.group) return pinsAuthoredEvent(node.group);
  if (!node.left || !node.right || node.operator?.type !== OPERATOR.EQUAL) return false;
  const [l, r] = [contextPath(node.left), contextPath(node.right)];
  const value = l === 'github.event.workflow_run.event' ? literalText(node.right) : r === 'github.event.workflow_run.event' ? literalText(node.left) : undefined;
  return value !== undefined && AUTHORED_EVENTS.has(value);
}

/** The bot checks that can open the condition (see the module comment). */
function openingChecks(node: AstNode | undefined): BotCheck[] {
  if (!node) return [];
  if (node.group) return openingChecks(node.group);
  if (node.operator && node.args) {
    if (node.operator.type === OPERATOR.AND && node.args.some((a) => keepsOutsidersOut(a) || pinsAuthoredEvent(a))) return [];
    if (node.operator.type === OPERATOR.OR && node.args.some(admitsForks)) return [];
    return node.args.flatMap(openingChecks);
  }
  // `!x` and `!=`: a bot excluded is no trust placed in it.
  if (node.operator && node.expr) return [];
  if (node.left && node.right) {
    const check = equalityCheck(node);
    return check ? [check] : [];
  }
  if (node.functionName) {
    const check = functionCheck(node);
    return check ? [check] : [];
  }
  return [];
}

/** The spoofable bot checks an `if:` value relies on; empty when there are none (or it does not parse). */
export function spoofableBotChecks(condition: unknown): BotCheck[] {
  const expression = conditionExpression(condition);
  if (expression === undefined || !/actor|sender/i.test(expression)) return [];
  return openingChecks(parseExpressionAst(expression));
}
