import { analyseExpression, expressionValuePaths } from '../../src/workflows/expressions.js';

describe('analyseExpression: what can become the value', () => {
  it.each([
    ['secrets.NPM_TOKEN', ['NPM_TOKEN'], false, false],
    ["secrets['NPM_TOKEN']", ['NPM_TOKEN'], false, false],
    ["format('Bearer {0}', secrets.API_KEY)", ['API_KEY'], false, false],
    ["secrets.PAT || github.token", ['PAT'], true, false],
    ["github.event_name == 'push' && secrets.PROD_KEY || secrets.DEV_KEY", ['PROD_KEY', 'DEV_KEY'], false, false],
    ["secrets.PAT != ''", [], false, false],
    ["secrets.PAT && 'yes' || 'no'", [], false, false],
    ['!secrets.PAT', [], false, false],
    ["contains(secrets.LIST, 'x')", [], false, false],
    ['fromJSON(secrets.CREDS).password', ['CREDS'], false, false],
    ['secrets.GITHUB_TOKEN', ['GITHUB_TOKEN'], true, false],
    ['github.token', [], true, false],
    ["github['token']", [], true, false],
    ['github.event.pull_request.title', [], false, false],
    ['toJSON(github)', [], false, true],
    ['toJson(github)', [], false, true],
    ["format('{0}', toJSON(github))", [], false, true],
    ['toJSON(github.event)', [], false, false],
    ['steps.login.outputs.token', [], false, false],
    ["github.token != ''", [], false, false],
  ] as const)('%s', (inner, secrets, token, context) => {
    const a = analyseExpression(inner);
    expect({ secrets: a.valueSecrets, token: a.valueGithubToken, context: a.valueGithubContext }).toEqual({ secrets: [...secrets], token, context });
  });

  it('falls back to mentions when the expression does not parse', () => {
    const a = analyseExpression('secrets.X ==');
    expect(a.parsed).toBe(false);
    expect(a.valueSecrets).toEqual(['X']);
  });
});

describe('expressionValuePaths: the context paths that can become the value', () => {
  const paths = (inner: string) => expressionValuePaths(inner).paths.map((p) => p.join('.'));
  it.each([
    ['github.event.issue.title', ['github.event.issue.title']],
    ["github.event['issue'].title", ['github.event.issue.title']],
    ['github.event.commits.*.message', ['github.event.commits.*.message']],
    ['github.event.commits[0].message', ['github.event.commits.0.message']],
    ['(github.event.pull_request || github.event.issue).number', ['github.event.pull_request.number', 'github.event.issue.number']],
    ["format('{0}: {1}', github.head_ref, env.X)", ['github.head_ref', 'env.X']],
    ['toJSON(github.event)', ['github.event']],
    ["github.event.issue.title == 'x'", []],
    ["contains(github.event.issue.title, 'x')", []],
    ["github.event_name == 'issues' && github.event.issue.body || ''", ['github.event.issue.body']],
    ['!github.event.issue.title', []],
    ["'literal'", []],
  ] as const)('%s', (inner, expected) => {
    expect(paths(inner)).toEqual([...expected]);
  });

  it('falls back to every context mentioned when the expression does not parse', () => {
    const got = expressionValuePaths('github.event.issue.title ==');
    expect(got.parsed).toBe(false);
    expect(got.paths.map((p) => p.join('.'))).toEqual(['github.event.issue.title']);
  });
});
