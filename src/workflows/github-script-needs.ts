/**
 * What an actions/github-script `script:` does with its authenticated `github` client, best effort: the REST calls
 * it makes (`github.rest.<area>.<method>`, the older `github.<area>.<method>`, `github.request('POST /repos/…')`).
 * GraphQL, methods out of our table, and the client handed to code we cannot see (`require('./x.js')({ github })`)
 * are doubts.
 */
import { describeApiNeeds, endpointNeed, octokitNeed, OCTOKIT_AREA_NAMES, type ApiAnswer, type ApiNeed } from './github-api.js';

export interface JsNeed extends ApiNeed {
  reason: string;
  start: number;
  end: number;
}

export interface JsDoubt {
  reason: string;
  start: number;
  end: number;
}

export interface JsAnalysis {
  needs: JsNeed[];
  doubts: JsDoubt[];
  /** Number of uses of the `github` client we understood. */
  calls: number;
}

/** Blanks (same length) `${{ … }}` expressions and JavaScript comments, keeping string literals. */
function blankNoise(script: string): string {
  let out = script.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => ' '.repeat(m.length));
  const chars = out.split('');
  let quote: string | undefined;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      quote = c;
      continue;
    }
    if (c === '/' && chars[i + 1] === '/') {
      while (i < chars.length && chars[i] !== '\n') chars[i++] = ' ';
    } else if (c === '/' && chars[i + 1] === '*') {
      while (i < chars.length && !(chars[i] === '*' && chars[i + 1] === '/')) {
        if (chars[i] !== '\n') chars[i] = ' ';
        i++;
      }
      if (i < chars.length) chars[i] = chars[i + 1] = ' ';
      i++;
    }
  }
  out = chars.join('');
  return out;
}

const REST_RE = /\bgithub\s*\.\s*rest\s*\.\s*(\w+)\s*\.\s*(\w+)/g;
const LEGACY_RE = /(?<![.\w$])github\s*\.\s*(\w+)\s*\.\s*(\w+)/g;
const REQUEST_RE = /(?<![.\w$])github\s*\.\s*(?:request|paginate(?:\s*\.\s*iterator)?)\s*\(\s*(['"`])(?:([A-Za-z]+)\s+)?([^'"`]*)\1/g;
const GRAPHQL_RE = /(?<![.\w$])github\s*\.\s*graphql\b/g;
const IDENT_RE = /(?<![.\w$'"/@-])github\b(?![-\w$])/g;
const HOST_RE = /^\s*\.\s*(?:com|io|dev|blog)\b/;


export function analyseGithubScript(script: string): JsAnalysis {
  const code = blankNoise(script);
  const needs: JsNeed[] = [];
  const doubts: JsDoubt[] = [];
  const understood = new Set<number>();
  let calls = 0;

  const record = (answer: ApiAnswer, what: string, start: number, end: number): void => {
    understood.add(start);
    calls++;
    if (answer === undefined) doubts.push({ reason: `\`${what}\`: cannot tell what this call needs`, start, end });
    else if (answer !== 'none') for (const n of answer) needs.push({ ...n, reason: `\`${what}\` needs ${describeApiNeeds(answer)}`, start, end });
  };

  for (const m of code.matchAll(REST_RE)) record(octokitNeed(m[1]!, m[2]!), `github.rest.${m[1]}.${m[2]}`, m.index, m.index + m[0].length);
  for (const m of code.matchAll(LEGACY_RE)) {
    if (understood.has(m.index) || m[1] === 'rest' || !OCTOKIT_AREA_NAMES.has(m[1]!)) continue;
    record(octokitNeed(m[1]!, m[2]!), `github.${m[1]}.${m[2]}`, m.index, m.index + m[0].length);
  }
  for (const m of code.matchAll(REQUEST_RE)) {
    const method = (m[2] ?? 'GET').toUpperCase();
    const path = m[3]!;
    record(path.includes('${') ? undefined : endpointNeed(method, path), `github.request('${method} ${path}')`, m.index, m.index + m[0].length);
  }
  for (const m of code.matchAll(GRAPHQL_RE)) {
    understood.add(m.index);
    doubts.push({ reason: 'a GraphQL query (`github.graphql`): we do not read what it asks for', start: m.index, end: m.index + m[0].length });
  }
  for (const m of code.matchAll(IDENT_RE)) {
    if (understood.has(m.index)) continue;
    const after = code.slice(m.index + m[0].length, m.index + m[0].length + 200);
    if (HOST_RE.test(after)) continue;
    // `github.paginate(github.rest.x.y, …)` is read through its inner method reference.
    if (/^\s*\.\s*paginate(?:\s*\.\s*iterator)?\s*\(\s*github\s*\./.test(after)) continue;
    const next = /^\s*\.\s*(\w+)/.exec(after)?.[1];
    doubts.push({
      reason: next !== undefined ? `\`github.${next}\`: a use of the client we cannot read` : 'the `github` client is handed to code we cannot read',
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return { needs, doubts, calls };
}
