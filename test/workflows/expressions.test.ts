import { analyseExpression } from '../../src/workflows/expressions.js';

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
