/**
 * A credential pasted into the registry is reported (critical) and never printed: plant fresh random values wherever
 * a registry can hold text and look for them in every output — findings, validation issues, the matrix.
 */
import { randomBytes } from 'node:crypto';
import { scan } from '../../src/engine.js';
import { buildTokenMatrix, MATRIX_FORMATS, renderTokenMatrix } from '../../src/registry/matrix.js';
import { checkRegistry } from '../../src/registry/parse.js';
import { pastedSecretMessage, registryProjectRules } from '../../src/registry/rules/index.js';
import { usageOfInputs } from '../../src/registry/usage.js';
import { plantedToken } from '../planted.js';

const classic = plantedToken('ghp_');
const fine = plantedToken('github_pat_');
const server = plantedToken('ghs_');
const oauth = plantedToken('gho_');
const aws = `AKIA${randomBytes(8).toString('hex').toUpperCase()}`;
const password = `pw-${randomBytes(12).toString('hex')}`;

/** The random part of a planted value (the well-known prefixes are no secret). */
const body = (v: string) => v.replace(/^(ghp_|ghs_|gho_|github_pat_|AKIA|pw-)/, '');

function expectClean(label: string, text: string, values: readonly string[]): void {
  for (const v of values) expect({ label, leaked: text.includes(body(v)) }).toEqual({ label, leaked: false });
}

const WORKFLOW = { path: '.github/workflows/ci.yml', text: 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ secrets.BOT_TOKEN }}\n' };

describe('credentials pasted into a valid registry', () => {
  const text = [
    `# rotated on Monday; old value ${fine}`,
    'version: 1',
    'tokens:',
    '  BOT_TOKEN:',
    `    description: "The bot token ${classic}"`,
    `    owner: "@org/bots ${oauth}"`,
    '    category: bot',
    '    risk: high',
    '    kind: github-app',
    '    scopes: { contents: write }',
    `    reason: "pushes with ${aws}"`,
    '',
  ].join('\n');
  const check = checkRegistry(text, 'map.yml');

  it('are found (kind, redacted form, position) and the registry stays usable', () => {
    expect(check.issues).toEqual([]);
    expect(check.pastedSecrets.map((p) => [p.kind, p.line, p.redacted])).toEqual([
      ['GitHub fine-grained personal access token', 1, `github_pat_…(${fine.length} chars)`],
      ['GitHub personal access token (classic)', 5, 'ghp_…(40 chars)'],
      ['GitHub OAuth access token', 6, 'gho_…(40 chars)'],
      ['AWS access key ID', 11, 'AKIA…(20 chars)'],
    ]);
  });

  it('are critical findings that never show the value, nor do the other rules or the matrix', () => {
    const registry = check.registry!;
    const result = scan([WORKFLOW], { rules: [], projectRules: registryProjectRules(registry, 'map.yml'), extraFiles: [{ path: 'map.yml', text }] });
    const pasted = result.findings.filter((f) => f.ruleId === 'pasted-secret-in-registry');
    expect(pasted.map((f) => [f.severity, f.location.startLine])).toEqual([
      ['critical', 1],
      ['critical', 5],
      ['critical', 6],
      ['critical', 11],
    ]);
    expect(pasted[1]!.message).toBe('A GitHub personal access token (classic) is written in the token registry (at tokens.BOT_TOKEN.description): ghp_…(40 chars); treat it as leaked');
    const all = [classic, fine, server, oauth, aws];
    expectClean('findings', JSON.stringify(result), all);
    expectClean('check', JSON.stringify({ pasted: check.pastedSecrets, issues: check.issues }), all);
    const matrix = buildTokenMatrix(registry, usageOfInputs([WORKFLOW]));
    expect(matrix.tokens[0]).toMatchObject({ owner: '[withheld: holds a pasted credential]', reason: '[withheld: holds a pasted credential]' });
    for (const format of MATRIX_FORMATS) expectClean(`matrix ${format}`, renderTokenMatrix(matrix, format), all);
  });
});

describe('credentials pasted into an invalid registry', () => {
  const text = [
    'version: 1',
    'tokens:',
    `  NPM_TOKEN: "${password}X!"`,
    '  BOT_TOKEN:',
    '    description: bot',
    '    category: bot',
    '    risk: low',
    `    kind: ${server}`,
    `    password: ${password}`,
    `    environments: [${classic}]`,
    '  Other:',
    '    description: x',
    '    category: bot',
    '    risk: low',
    '    kind: other',
    `    scopes: { ${aws}: read }`,
    `  ${oauth}: { description: x, category: bot, risk: low, kind: other }`,
    '',
  ].join('\n');
  const check = checkRegistry(text, 'map.yml');

  it('every validation issue is listed, and none shows a value', () => {
    expect(check.registry).toBeUndefined();
    expect(check.issues.map((i) => `${i.line} ${i.key}`)).toEqual([
      '3 tokens.NPM_TOKEN',
      '8 tokens.BOT_TOKEN.kind',
      '9 tokens.BOT_TOKEN.password',
      '10 tokens.BOT_TOKEN.environments.0',
      '16 tokens.Other.scopes',
      '17 tokens',
    ]);
    expect(check.issues[5]!.message).toBe(`this looks like a GitHub OAuth access token (gho_…(40 chars)), not a key`);
    expectClean('issues', JSON.stringify(check.issues), [password, server, classic, aws, oauth]);
  });

  it('the pasted values are still reported, with positions, for `registry validate` to show', () => {
    expect(check.pastedSecrets.map((p) => [p.line, p.kind])).toEqual([
      [3, 'secret value given as the token entry'],
      [8, 'GitHub App installation (server-to-server) token'],
      [9, 'password value'],
      [10, 'GitHub personal access token (classic)'],
      [16, 'AWS access key ID'],
      [17, 'GitHub OAuth access token'],
    ]);
    expectClean('pasted', JSON.stringify(check.pastedSecrets), [password, server, classic, aws, oauth]);
    const printed = check.pastedSecrets.map(pastedSecretMessage);
    expect(printed[2]).toBe(`A password value is written in the token registry (at tokens.BOT_TOKEN.password): …(${password.length} chars); treat it as leaked`);
    expectClean('printed', printed.join('\n'), [password, server, classic, aws, oauth]);
  });
});

describe('values that are not credentials', () => {
  it.each([
    ['password placeholder', '    password: "<in vault>"\n'],
    ['templated value', '    token: ${{ secrets.X }}\n'],
    ['a token placeholder', '    description: "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n'],
    ['the AWS docs example', '    description: "AKIAIOSFODNN7EXAMPLE"\n'],
  ])('%s', (_name, extra) => {
    const text = `version: 1\ntokens:\n  T:\n    category: bot\n    risk: low\n    kind: other\n${extra}`;
    expect(checkRegistry(text, 'map.yml').pastedSecrets).toEqual([]);
  });
});
