import { hardcodedCredential } from '../../src/rules/hardcoded-credential.js';
import { runRuleTests } from '../rule-tester.js';
import { yaml } from '../helpers.js';
import { scanFiles } from '../helpers.js';
import { plantedToken } from '../planted.js';

const classic = plantedToken('ghp_');
const fine = plantedToken('github_pat_');

runRuleTests(hardcodedCredential, {
  valid: [
    {
      name: 'registry password from a secret',
      code: yaml`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            container:
              image: ghcr.io/x/y
              credentials:
                username: \${{ github.actor }}
                password: \${{ secrets.GITHUB_TOKEN }}
            steps: [{ run: echo }]
      `,
    },
    { name: 'placeholder of one repeated character', code: `on: push\njobs:\n  a:\n    runs-on: x\n    env:\n      T: ghp_${'0'.repeat(36)}\n    steps: [{ run: echo }]\n` },
    { name: 'placeholder of x', code: `on: push\njobs:\n  a:\n    runs-on: x\n    env:\n      T: ghp_${'x'.repeat(36)}\n    steps: [{ run: echo }]\n` },
    { name: 'too short to be a token', code: 'on: push\njobs:\n  a:\n    runs-on: x\n    env:\n      T: ghp_abc\n    steps: [{ run: echo }]\n' },
  ],
  invalid: [
    {
      name: 'classic PAT in env',
      code: `on: push\njobs:\n  a:\n    runs-on: x\n    env:\n      T: ${classic}\n    steps: [{ run: echo }]\n`,
      expected: [{ line: 6, severity: 'critical', message: /personal access token \(classic\).*ghp_…\(40 chars\)/ }],
    },
    {
      name: 'fine-grained PAT in a script and in a comment',
      code: `on: push\n# old token: ${fine}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n          curl -H "Authorization: token ${fine}" https://api.github.com\n`,
      expected: [{ line: 2, severity: 'critical' }, { line: 8, severity: 'critical', message: /fine-grained/ }],
    },
    {
      name: 'in an action',
      file: 'action.yml',
      code: `name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo ${plantedToken('ghs_')}\n      shell: bash\n`,
      expected: [{ line: 6, message: /installation/ }],
    },
    {
      name: 'container and service registry passwords',
      code: yaml`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            container:
              image: registry.example.com/app
              credentials:
                username: ci
                password: hunter2
            services:
              db:
                image: registry.example.com/db
                credentials:
                  username: ci
                  password: "s3cret"
            steps: [{ run: echo }]
      `,
      expected: [{ line: 9, severity: 'high', message: /container/ }, { line: 15, severity: 'high', message: /service "db"/ }],
    },
  ],
});

describe('hardcoded-credential never reveals the value', () => {
  it('keeps the literal out of messages', () => {
    const result = scanFiles({ 'w.yml': `on: push\njobs:\n  a:\n    runs-on: x\n    env:\n      T: ${classic}\n    steps: [{ run: echo }]\n` });
    expect(JSON.stringify(result.findings)).not.toContain(classic.slice(4));
  });
});
