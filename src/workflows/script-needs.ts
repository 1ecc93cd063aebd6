/**
 * What a `run:` script does with the GITHUB_TOKEN, best effort and pure: `gh` subcommands, `gh api` and curl calls
 * to the REST API, `git push` with the token (persisted by actions/checkout, or in the remote URL), registry logins.
 *
 * A script can only use the token if it is handed in: an `env:` variable holding it, an inline `${{ github.token }}`,
 * `gh` finding GH_TOKEN/GITHUB_TOKEN in its environment, or git credentials an earlier checkout left behind.
 * Whatever use of the token the script makes that we cannot read is a doubt (`unknown`).
 */
import { findExpressions } from './expressions.js';
import { describeApiNeeds, endpointNeed, type ApiAnswer, type ApiNeed } from './github-api.js';
import { strongestToken, type EnvLevel, type TokenKind } from './token-flow.js';

export interface ScriptTokenVar {
  name: string;
  kind: 'github' | 'maybe';
  level: EnvLevel;
}

export interface ScriptContext {
  text: string;
  /** Environment variables visible to the script that carry (or may carry) the GITHUB_TOKEN. */
  tokenVars: readonly ScriptTokenVar[];
  /** The token `gh` finds in its environment: GH_TOKEN if set, else GITHUB_TOKEN; `none` if neither. */
  ghEnvToken: TokenKind;
  /** The variable it finds it in (GH_TOKEN or GITHUB_TOKEN), if any. */
  ghEnvVar?: string;
  /** Credentials an earlier step left for git (actions/checkout's persisted token). */
  gitToken: TokenKind;
  /** What an inline `${{ … }}` carries. */
  expression(inner: string): TokenKind;
  /** The step's `shell:` (PowerShell continues lines with a backtick). */
  shell?: string;
}

export interface ScriptNeed extends ApiNeed {
  reason: string;
  /** Offsets in the script text of what the need was read from. */
  start: number;
  end: number;
  /** The token used may not be the GITHUB_TOKEN (an expression we could not resolve). */
  maybe: boolean;
}

export type ScriptDoubtKind = 'script-token-use' | 'script-token-env' | 'script-ambient-token' | 'gh-command' | 'api-call';

export interface ScriptDoubt {
  kind: ScriptDoubtKind;
  confidence: 'likely' | 'unknown';
  reason: string;
  start: number;
  end: number;
}

export interface ScriptAnalysis {
  needs: ScriptNeed[];
  doubts: ScriptDoubt[];
  /** git's credentials after the script (`gh auth setup-git` hands gh's token to git). */
  gitToken: TokenKind;
}

interface TokenRef {
  label: string;
  kind: 'github' | 'maybe';
  start: number;
  end: number;
  handled: boolean;
}

interface Line {
  text: string;
  start: number;
}

type GhAnswer = ApiNeed[] | 'none' | undefined;

const W = (scope: string): ApiNeed => ({ scope, level: 'write' });
const R = (scope: string): ApiNeed => ({ scope, level: 'read' });

/** `gh <command> <subcommand>` → what it needs. `*` matches any subcommand. */
const GH_COMMANDS: Record<string, GhAnswer> = {
  'pr create': [W('pull-requests')],
  'pr edit': [W('pull-requests')],
  'pr comment': [W('pull-requests')],
  'pr review': [W('pull-requests')],
  'pr close': [W('pull-requests')],
  'pr reopen': [W('pull-requests')],
  'pr ready': [W('pull-requests')],
  'pr lock': [W('pull-requests')],
  'pr unlock': [W('pull-requests')],
  'pr merge': [W('pull-requests'), W('contents')],
  'pr update-branch': [W('pull-requests'), W('contents')],
  'pr view': [R('pull-requests')],
  'pr list': [R('pull-requests')],
  'pr diff': [R('pull-requests')],
  'pr status': [R('pull-requests')],
  'pr checks': [R('pull-requests'), R('checks')],
  'pr checkout': [R('pull-requests'), R('contents')],
  'issue create': [W('issues')],
  'issue comment': [W('issues')],
  'issue edit': [W('issues')],
  'issue close': [W('issues')],
  'issue reopen': [W('issues')],
  'issue delete': [W('issues')],
  'issue lock': [W('issues')],
  'issue unlock': [W('issues')],
  'issue pin': [W('issues')],
  'issue unpin': [W('issues')],
  'issue transfer': [W('issues')],
  'issue develop': [W('issues'), W('contents')],
  'issue view': [R('issues')],
  'issue list': [R('issues')],
  'issue status': [R('issues')],
  'label create': [W('issues')],
  'label edit': [W('issues')],
  'label delete': [W('issues')],
  'label clone': [W('issues')],
  'label list': [R('issues')],
  'release create': [W('contents')],
  'release upload': [W('contents')],
  'release edit': [W('contents')],
  'release delete': [W('contents')],
  'release delete-asset': [W('contents')],
  'release view': [R('contents')],
  'release list': [R('contents')],
  'release download': [R('contents')],
  'release verify': [R('contents')],
  'release verify-asset': [R('contents')],
  'workflow run': [W('actions')],
  'workflow enable': [W('actions')],
  'workflow disable': [W('actions')],
  'workflow view': [R('actions')],
  'workflow list': [R('actions')],
  'run list': [R('actions')],
  'run view': [R('actions')],
  'run watch': [R('actions')],
  'run download': [R('actions')],
  'run rerun': [W('actions')],
  'run cancel': [W('actions')],
  'run delete': [W('actions')],
  'cache list': [R('actions')],
  'actions-cache list': [R('actions')],
  'actions-cache delete': [W('actions')],
  'cache delete': [W('actions')],
  'repo view': 'none',
  'repo clone': [R('contents')],
  'repo sync': [W('contents')],
  'repo list': 'none',
  'auth status': 'none',
  'auth token': 'none',
  'auth setup-git': 'none',
  'auth login': 'none',
  'search *': 'none',
  'browse *': 'none',
  'extension *': 'none',
  'alias *': 'none',
  'config *': 'none',
  'help *': 'none',
  'version *': 'none',
  'completion *': 'none',
  'status *': 'none',
  'attestation verify': 'none',
  'attestation download': 'none',
  'attestation trusted-root': 'none',
};

const GH_RE = /(?<![\w./$-])gh(?=[ \t]+-{0,2}[a-zA-Z])/g;
const GIT_PUSH_RE = /(?<![\w./-])git(?:[ \t]+(?:-C[ \t]+\S+|-c[ \t]+\S+|--[\w-]+(?:=\S+)?))*[ \t]+push\b/;
const GIT_RE = /(?<![\w./-])git\b/;
const GIT_FETCHING_RE = /\b(?:remote[ \t]+(?:add|set-url)|clone|fetch|pull|submodule)\b/i;

/** A git command that fetches, or sets where (and with what credentials) git talks to. Linear regexes only. */
function gitCredentialLine(text: string): boolean {
  return GIT_RE.test(text) && (GIT_FETCHING_RE.test(text) || (/\bconfig\b/.test(text) && /insteadof|extraheader/i.test(text)));
}
// Alternatives below are disjoint (an expression, a `$` that starts none, any other character): no backtracking blow-up.
const CREDENTIAL_URL_RE = /https?:\/\/((?:\$\{\{[^}]*\}\}|\$(?!\{\{)|[^\s'"@/$])+)@/g;
const LOGIN_RE = /\b(?:docker|podman|buildah|skopeo|helm[ \t]+registry|oras|crane[ \t]+auth|cosign)[ \t]+login\b/;
const HTTP_CLIENT_RE = /(?<![\w.-])(?:curl|wget|http|https|Invoke-RestMethod|Invoke-WebRequest|irm|iwr)(?=[ \t])/i;
const API_URL_RE = /(?:https?:\/\/(?:api|uploads)\.github\.com|\$\{?GITHUB_API_URL\}?|\$\{\{\s*github\.api_url\s*\}\})(\/[^\s'"]*)?/i;
const DOWNLOAD_URL_RE = /https?:\/\/(?:github\.com\/[^\s'"]+\/releases\/download\/|raw\.githubusercontent\.com\/|objects\.githubusercontent\.com\/)/i;
const MASK_RE = /::add-mask::/;
/** Longer logical lines are not read. */
const MAX_LINE = 4000;
const PACKAGES_CONFIG_RE = /pkg\.github\.com|_authToken|NuGetPackageSourceCredentials|nuget[ \t]+(?:add[ \t]+)?source/i;
const PUBLISH_RE = /\b(?:publish|deploy|push)\b/;
const NPM_INSTALL_RE = /(?<![\w-])(?:npm|yarn|pnpm)[ \t]+(?:ci|install|i|add)\b/;
/** `GH_TOKEN=…` alone on its line (a prefix to a command is PREFIX_ASSIGN_RE's). */
const ASSIGN_RE = /^[ \t]*(?:export[ \t]+)?(GH_TOKEN|GITHUB_TOKEN)=("[^"]*"|'[^']*'|(?:\$\{\{[^}]*\}\}|\$(?!\{\{)|[^\s;&|$])*)[ \t]*(?:[;#].*)?$|^[ \t]*\$env:(GH_TOKEN|GITHUB_TOKEN)[ \t]*=[ \t]*(.*)$/i;
const PREFIX_ASSIGN_RE = /(?:^|[\s;&|(])((?:[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|(?:\$\{\{[^}]*\}\}|\$(?!\{\{)|[^\s;&|$])*)[ \t]+)+)$/;

/** Script text as logical lines: `\`-continued (PowerShell: backtick) lines joined, offsets kept, split on newlines. */
function logicalLines(text: string, powershell: boolean): Line[] {
  const flat = text.replace(powershell ? /[\\`]\r?\n/g : /\\\r?\n/g, (m) => ' '.repeat(m.length));
  const out: Line[] = [];
  let start = 0;
  for (const part of flat.split('\n')) {
    out.push({ text: part, start });
    start += part.length + 1;
  }
  return out;
}


/**
 * How a script reads a variable: `$NAME`, `${NAME`, `$env:NAME`, `%NAME%`, `process.env.NAME`, or its name quoted
 * (`os.environ["NAME"]`). One pattern for every variable, names looked up afterwards: the work is one pass over the
 * script, however many variables hold the token (a pattern per variable was a pass per variable, every step).
 */
const VAR_READ_RE = /\$env:([A-Za-z_][A-Za-z0-9_]*)|\$\{?([A-Za-z_][A-Za-z0-9_]*)|%([^%\s]+)%|process\.env\.([A-Za-z_][A-Za-z0-9_]*)|['"]([A-Za-z_][A-Za-z0-9_]*)['"]/gi;

interface VarIndex {
  /** Lower-cased name → the variables (a name may differ only in case). */
  byLowerName: Map<string, ScriptTokenVar[]>;
  /** Exact name → the variable. */
  byName: Map<string, ScriptTokenVar>;
  /** How many variables each level holds. */
  perLevel: Map<EnvLevel, number>;
}

/**
 * Per list of token variables: the steps of a job without an `env:` of their own share the job's list (needs.ts), so
 * it is indexed once per job, not once per step.
 */
const VAR_INDEX = new WeakMap<readonly ScriptTokenVar[], VarIndex>();

function indexOf(vars: readonly ScriptTokenVar[]): VarIndex {
  let index = VAR_INDEX.get(vars);
  if (!index) {
    index = { byLowerName: new Map(), byName: new Map(), perLevel: new Map() };
    for (const v of vars) {
      const key = v.name.toLowerCase();
      const list = index.byLowerName.get(key);
      if (list) list.push(v);
      else index.byLowerName.set(key, [v]);
      if (!index.byName.has(v.name)) index.byName.set(v.name, v);
      index.perLevel.set(v.level, (index.perLevel.get(v.level) ?? 0) + 1);
    }
    VAR_INDEX.set(vars, index);
  }
  return index;
}

/** Where the script mentions the token: inline expressions and the env vars that hold it. */
function tokenRefs(ctx: ScriptContext): TokenRef[] {
  const refs: TokenRef[] = [];
  const expressions = findExpressions(ctx.text);
  for (const occ of expressions) {
    const kind = ctx.expression(occ.inner);
    if (kind === 'github' || kind === 'maybe') refs.push({ label: `\${{ ${occ.inner} }}`, kind, start: occ.start, end: occ.end, handled: false });
  }
  if (ctx.tokenVars.length > 0) {
    const byName = indexOf(ctx.tokenVars).byLowerName;
    const re = new RegExp(VAR_READ_RE.source, 'gi');
    let e = 0; // expressions before the match: reads come in order, so the walk over them is one pass
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      const vars = byName.get((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!.toLowerCase());
      if (!vars) continue;
      while (e < expressions.length && expressions[e]!.end <= m.index) e++;
      // `${{ env.X }}` is an expression: it was classified above.
      if (e < expressions.length && expressions[e]!.start <= m.index) continue;
      for (const v of vars) refs.push({ label: `$${v.name}`, kind: v.kind, start: m.index, end: m.index + m[0].length, handled: false });
    }
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** Splits the arguments of a command (up to the end of the command: `;`, `|`, `&&`, `)`, a backtick). */
function commandArgs(line: string, from: number): { args: string[]; end: number } {
  const args: string[] = [];
  let i = from;
  let current = '';
  let quote: string | undefined;
  for (; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else current += c;
      continue;
    }
    if (c === '$' && line.startsWith('${{', i)) {
      // An expression is one word, whatever spaces it holds.
      const close = line.indexOf('}}', i);
      const stop = close < 0 ? line.length : close + 2;
      current += line.slice(i, stop);
      i = stop - 1;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (c === ';' || c === '|' || c === '&' || c === ')' || c === '`' || c === '>' || c === '<') break;
    if (c === ' ' || c === '\t') {
      if (current !== '') args.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  if (current !== '') args.push(current);
  return { args, end: i };
}

/** gh flags that take a value, which is not a subcommand. */
const GH_VALUE_FLAGS = new Set(['-R', '--repo', '--hostname']);
const GH_API_VALUE_FLAGS = new Set(['-X', '--method', '-H', '--header', '-f', '-F', '--field', '--raw-field', '--input', '-q', '--jq', '-t', '--template', '--hostname', '--cache', '-p', '--preview']);
const GH_API_BODY_FLAGS = new Set(['-f', '-F', '--field', '--raw-field', '--input']);

/** `gh api [flags] <endpoint>` → method and endpoint. */
function ghApiCall(args: string[]): { method: string; endpoint: string | undefined } {
  let method: string | undefined;
  let body = false;
  let endpoint: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    const flag = a.startsWith('-') && eq > 0 ? a.slice(0, eq) : a;
    if (flag === '-X' || flag === '--method') method = (eq > 0 ? a.slice(eq + 1) : args[i + 1]) ?? method;
    else if (/^-X[A-Za-z]+$/.test(a)) method = a.slice(2);
    if (GH_API_BODY_FLAGS.has(flag)) body = true;
    if (a.startsWith('-')) {
      if (GH_API_VALUE_FLAGS.has(a)) i++;
      continue;
    }
    endpoint ??= a;
  }
  return { method: (method ?? (body ? 'POST' : 'GET')).toUpperCase(), endpoint };
}

/** curl/wget/Invoke-RestMethod → method. */
function httpMethod(line: string): string {
  const m = /(?:-X|--request|-Method)[ \t=]*["']?([A-Za-z]+)/.exec(line);
  if (m) return m[1]!.toUpperCase();
  return /(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode)?|--json|-F|--form|-T|--upload-file|--post-data|-Body)\b/.test(line) ? 'POST' : 'GET';
}

const describeNeeds = describeApiNeeds;

/** `$A`, `$A and $B`, `$A, $B and $C`, `$A, $B, $C and 12 more`: the first few of `total` variables. */
function varList(first: readonly ScriptTokenVar[], total: number): string {
  const names = first.map((v) => `$${v.name}`);
  if (total > names.length) return `${names.join(', ')} and ${(total - names.length).toLocaleString('en-US')} more`;
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function analyseScript(ctx: ScriptContext): ScriptAnalysis {
  const needs: ScriptNeed[] = [];
  const doubts: ScriptDoubt[] = [];
  const refs = tokenRefs(ctx);
  // With no token in the text and none in the environment, only gh and git commands can need anything (gh with its
  // environment token, git with the checkout's credentials): a script with neither word has nothing to read. The
  // words are looser than the per-line patterns (a superset), so no line the loop would judge is skipped.
  if (refs.length === 0 && ctx.tokenVars.length === 0 && !/\bgh\b|\bgit\b/.test(ctx.text)) return { needs, doubts, gitToken: ctx.gitToken };
  const ghEnvUsers = new Set<string>();
  let localGhToken: TokenKind | undefined;
  let gitToken = ctx.gitToken;

  const refsIn = (start: number, end: number): TokenRef[] => refs.filter((r) => r.start >= start && r.start < end);
  const kindIn = (start: number, end: number, otherwise: TokenKind): TokenKind => {
    const inside = refsIn(start, end);
    for (const r of inside) r.handled = true;
    return inside.length > 0 ? strongestToken(inside.map((r) => r.kind)) : otherwise;
  };
  const addNeeds = (answer: readonly ApiNeed[], reason: string, kind: TokenKind, start: number, end: number): void => {
    for (const n of answer) needs.push({ ...n, reason, start, end, maybe: kind === 'maybe' });
  };

  for (const line of logicalLines(ctx.text, /pwsh|powershell/i.test(ctx.shell ?? ''))) {
    const text = line.text;
    const lineEnd = line.start + text.length;
    if (text.length > MAX_LINE) {
      // Generated or minified content: not read (and kept away from the heuristics' regular expressions).
      const inside = refsIn(line.start, lineEnd);
      for (const r of inside) r.handled = true;
      if (inside.length > 0) {
        doubts.push({ kind: 'script-token-use', confidence: 'unknown', reason: `the GITHUB_TOKEN (${inside[0]!.label}) is used on a line too long to read`, start: inside[0]!.start, end: inside[0]!.end });
      }
      continue;
    }
    if (/^\s*(?:#|\/\/|REM\b)/i.test(text) || MASK_RE.test(text)) {
      kindIn(line.start, lineEnd, 'none');
      continue;
    }

    // GH_TOKEN=… / export GH_TOKEN=… / $env:GH_TOKEN = … for the rest of the script.
    const assign = ASSIGN_RE.exec(text);
    if (assign) {
      const rhs = assign[2] ?? assign[4] ?? '';
      const rhsStart = line.start + assign.index + assign[0].indexOf(rhs, assign[0].indexOf('=') + 1);
      localGhToken = kindIn(rhsStart, rhsStart + rhs.length, rhs.trim() === '' ? 'none' : 'other');
      continue;
    }

    // … | gh auth login --with-token: gh uses what is piped in.
    if (/\bgh[ \t]+auth[ \t]+login\b/.test(text)) localGhToken = kindIn(line.start, lineEnd, 'other');

    for (const m of text.matchAll(GH_RE)) {
      const { args, end } = commandArgs(text, m.index + 2);
      const prefix = PREFIX_ASSIGN_RE.exec(text.slice(Math.max(0, m.index - 400), m.index));
      let token: TokenKind | undefined;
      if (prefix && /(?:^|\s)(?:GH_TOKEN|GITHUB_TOKEN)=/.test(prefix[1]!)) {
        const pStart = line.start + m.index - prefix[1]!.length;
        token = kindIn(pStart, line.start + m.index, 'other');
      }
      token ??= localGhToken;
      if (token === undefined) {
        token = ctx.ghEnvToken;
        if (ctx.ghEnvVar !== undefined) ghEnvUsers.add(ctx.ghEnvVar);
      }
      const cmdStart = line.start + m.index;
      const cmdEnd = line.start + end;
      // Arguments are gh's business (e.g. `-H "Authorization: …"` on gh api): judged with the command.
      kindIn(cmdStart, cmdEnd, 'none');
      const words = args.filter((a, i) => !a.startsWith('-') && !GH_VALUE_FLAGS.has(args[i - 1] ?? ''));
      const command = words[0] ?? '';
      const sub = words[1] ?? '';
      if (command === 'auth' && sub === 'setup-git') gitToken = token;
      if (token !== 'github' && token !== 'maybe') continue;
      const shown = `gh ${command}${command === 'api' ? '' : sub ? ` ${sub}` : ''}`;
      let answer: ApiAnswer;
      if (command === 'api') {
        const call = ghApiCall(args.slice(1));
        answer = call.endpoint === undefined ? undefined : endpointNeed(call.method, call.endpoint);
        if (answer === undefined) {
          doubts.push({
            kind: 'api-call',
            confidence: 'unknown',
            reason: `\`gh api ${call.endpoint ?? ''}\` (${call.method}): cannot tell what this call needs`,
            start: cmdStart,
            end: cmdEnd,
          });
          continue;
        }
        if (answer !== 'none') addNeeds(answer, `\`gh api ${call.method} ${call.endpoint}\` needs ${describeNeeds(answer)}`, token, cmdStart, cmdEnd);
        continue;
      }
      answer = GH_COMMANDS[`${command} ${sub}`] ?? GH_COMMANDS[`${command} *`];
      if (answer === undefined) {
        doubts.push({ kind: 'gh-command', confidence: 'unknown', reason: `\`${shown}\`: a gh command we cannot judge`, start: cmdStart, end: cmdEnd });
        continue;
      }
      if (answer !== 'none') addNeeds(answer, `\`${shown}\` needs ${describeNeeds(answer)}`, token, cmdStart, cmdEnd);
    }

    // git: credentials in URLs and headers, and pushes.
    const urlKind = (): TokenKind | undefined => {
      let found: TokenKind | undefined;
      for (const u of text.matchAll(CREDENTIAL_URL_RE)) {
        const s = line.start + u.index;
        const k = kindIn(s, s + u[0].length, 'other');
        found = found === undefined ? k : strongestToken([found, k]);
      }
      if (/extraheader/i.test(text)) found = strongestToken([found ?? 'none', kindIn(line.start, lineEnd, 'other')]);
      return found;
    };
    if (GIT_PUSH_RE.test(text)) {
      const kind = urlKind() ?? gitToken;
      kindIn(line.start, lineEnd, 'none');
      if (kind === 'github' || kind === 'maybe') {
        const from = kind === 'github' && refsIn(line.start, lineEnd).length === 0 ? 'the credentials actions/checkout persisted' : 'the token';
        addNeeds([W('contents')], `\`git push\` with ${from} needs contents: write`, kind, line.start, lineEnd);
      }
      continue;
    }
    if (gitCredentialLine(text)) {
      const kind = urlKind();
      if (kind !== undefined && /\bremote[ \t]+(?:add|set-url)\b|insteadof|extraheader/i.test(text)) gitToken = kind;
      kindIn(line.start, lineEnd, 'none');
      continue;
    }

    const pending = refsIn(line.start, lineEnd).filter((r) => !r.handled);
    if (pending.length === 0) continue;

    // An .npmrc (or other package manager) entry for GitHub Packages: the GITHUB_TOKEN is good for nothing else.
    if (PACKAGES_CONFIG_RE.test(text)) {
      const kind = kindIn(line.start, lineEnd, 'none');
      const publishes = PUBLISH_RE.test(ctx.text);
      addNeeds(
        [publishes ? W('packages') : R('packages')],
        `configuring a GitHub Packages registry with the token needs packages: ${publishes ? 'write to publish' : 'read to install (write if a later step publishes)'}`,
        kind,
        line.start,
        lineEnd,
      );
      continue;
    }

    if (LOGIN_RE.test(text)) {
      const kind = kindIn(line.start, lineEnd, 'none');
      if (/ghcr\.io/i.test(text)) {
        addNeeds([W('packages')], 'logging in to ghcr.io with the token, presumably to push images, needs packages: write (pulling needs only read)', kind, line.start, lineEnd);
      }
      continue;
    }

    const http = HTTP_CLIENT_RE.exec(text);
    if (http) {
      kindIn(line.start, lineEnd, 'none');
      const kind = strongestToken(pending.map((r) => r.kind));
      const compact = text.replace(/\$\{\{[^}]*\}\}/g, (m) => m.replace(/\s+/g, ''));
      const api = API_URL_RE.exec(compact);
      if (api) {
        const method = httpMethod(compact);
        const path = api[1] ?? '/';
        const answer = endpointNeed(method, path);
        if (answer === undefined) {
          doubts.push({ kind: 'api-call', confidence: 'unknown', reason: `${http[0]} ${method} ${path}: cannot tell what this API call needs`, start: line.start, end: lineEnd });
        } else if (answer !== 'none') addNeeds(answer, `${http[0]} ${method} ${path} needs ${describeNeeds(answer)}`, kind, line.start, lineEnd);
        continue;
      }
      if (DOWNLOAD_URL_RE.test(text)) continue; // a download from github.com: public, or contents read like the checkout
      doubts.push({ kind: 'api-call', confidence: 'unknown', reason: `${http[0]} is sent the GITHUB_TOKEN for a URL we cannot read`, start: line.start, end: lineEnd });
      continue;
    }

    for (const r of pending) r.handled = true;
    const word = /^[ \t]*([^\s=]+)/.exec(text)?.[1] ?? 'a command';
    doubts.push({
      kind: 'script-token-use',
      confidence: 'unknown',
      reason: `the script hands the GITHUB_TOKEN (${pending[0]!.label}) to \`${word}\`, which we cannot read`,
      start: pending[0]!.start,
      end: pending[0]!.end,
    });
  }

  // Token variables the script never mentions: a program it runs may still read them from its environment. One doubt
  // per kind (the step's own, the job's or workflow's), naming the first few: thousands of variables give one doubt,
  // and the work is in the variables the script mentions, not in all of them, every step.
  const index = indexOf(ctx.tokenVars);
  const left = new Map(index.perLevel);
  const excluded = new Set<ScriptTokenVar>();
  const exclude = (v: ScriptTokenVar | undefined): void => {
    if (!v || excluded.has(v)) return;
    excluded.add(v);
    left.set(v.level, left.get(v.level)! - 1);
  };
  for (const r of refs) if (r.label.startsWith('$')) exclude(index.byName.get(r.label.slice(1)));
  for (const name of ghEnvUsers) exclude(index.byName.get(name));
  const nodeAuth = index.byName.get('NODE_AUTH_TOKEN');
  if (nodeAuth && !excluded.has(nodeAuth)) {
    // actions/setup-node's .npmrc reads the registry token from NODE_AUTH_TOKEN.
    const publish = /(?<![\w-])(?:npm|yarn|pnpm)[ \t]+(?:[\w-]+[ \t]+)?publish\b/.exec(ctx.text);
    const install = NPM_INSTALL_RE.exec(ctx.text);
    const at = publish ?? install;
    if (at) {
      const need = publish ? W('packages') : R('packages');
      addNeeds([need], `\`${at[0]}\` with the token in NODE_AUTH_TOKEN (a GitHub Packages registry) needs packages: ${need.level}`, nodeAuth.kind, at.index, at.index + at[0].length);
      exclude(nodeAuth);
    }
  }
  const stepLeft = left.get('step') ?? 0;
  const ambientLeft = (left.get('job') ?? 0) + (left.get('workflow') ?? 0);
  const shown = { step: [] as ScriptTokenVar[], ambient: [] as ScriptTokenVar[] };
  for (const v of ctx.tokenVars) {
    if (shown.step.length >= Math.min(3, stepLeft) && shown.ambient.length >= Math.min(3, ambientLeft)) break;
    if (excluded.has(v)) continue;
    const group = v.level === 'step' ? shown.step : shown.ambient;
    if (group.length < 3) group.push(v);
  }
  if (stepLeft > 0) {
    doubts.push({
      kind: 'script-token-env',
      confidence: 'unknown',
      reason: `the step puts the GITHUB_TOKEN in ${varList(shown.step, stepLeft)} and the script does not visibly use ${stepLeft === 1 ? 'it' : 'them'}: a program it runs may`,
      start: 0,
      end: 0,
    });
  }
  if (ambientLeft > 0) {
    const levels = (['job', 'workflow'] as const).filter((l) => (left.get(l) ?? 0) > 0).join(' and ');
    doubts.push({
      kind: 'script-ambient-token',
      confidence: 'likely',
      reason: `${varList(shown.ambient, ambientLeft)} ${ambientLeft === 1 ? 'holds' : 'hold'} the GITHUB_TOKEN for the whole ${levels}; the script does not visibly use ${ambientLeft === 1 ? 'it' : 'them'}`,
      start: 0,
      end: 0,
    });
  }
  return { needs, doubts, gitToken };
}
