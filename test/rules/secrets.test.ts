import { secretsInherit } from '../../src/rules/secrets-inherit.js';
import { secretsOverexposed } from '../../src/rules/secrets-overexposed.js';
import { unredactedSecret } from '../../src/rules/unredacted-secret.js';
import { runRuleTests } from '../rule-tester.js';
import { yaml } from '../helpers.js';

const envStep = (expr: string): string => yaml`
  on: push
  permissions: {}
  jobs:
    a:
      runs-on: ubuntu-latest
      steps:
        - run: echo "$X"
          env:
            X: ${expr}
`;

runRuleTests(secretsInherit, {
  valid: [
    {
      name: 'explicitly forwarded secret',
      code: yaml`
        on: push
        jobs:
          call:
            uses: org/repo/.github/workflows/x.yml@v1
            secrets:
              TOKEN: \${{ secrets.TOKEN }}
      `,
    },
    { name: 'no secrets', code: 'on: push\njobs:\n  call:\n    uses: org/repo/.github/workflows/x.yml@v1\n' },
    { name: 'secrets: {}', code: 'on: push\njobs:\n  call:\n    uses: org/repo/.github/workflows/x.yml@v1\n    secrets: {}\n' },
  ],
  invalid: [
    {
      name: 'secrets: inherit',
      code: 'on: push\njobs:\n  call:\n    uses: org/repo/.github/workflows/x.yml@v1\n    secrets: inherit\n',
      expected: [{ line: 5, severity: 'medium', message: /secrets: inherit/ }],
    },
  ],
});

runRuleTests(secretsOverexposed, {
  valid: [
    { name: 'a single named secret', code: envStep('${{ secrets.ONE }}') },
    { name: 'toJSON of one secret', code: envStep('${{ toJSON(secrets.ONE) }}') },
    { name: 'literal index', code: envStep("${{ secrets['ONE'] }}") },
    { name: 'the word secrets in plain text', code: envStep('no secrets here') },
  ],
  invalid: [
    { name: 'toJSON(secrets)', code: envStep('${{ toJSON(secrets) }}'), expected: [{ line: 9, message: /whole `secrets` context/ }] },
    { name: 'inside format()', code: envStep("${{ format('{0}', toJSON(secrets)) }}"), expected: [{ line: 9 }] },
    { name: 'case-insensitive context name', code: envStep('${{ toJson(SECRETS) }}'), expected: [{ line: 9 }] },
    { name: 'computed index', code: envStep('${{ secrets[matrix.name] }}'), expected: [{ line: 9, message: /computed name/ }] },
    { name: 'computed index with format', code: envStep("${{ secrets[format('{0}_TOKEN', matrix.env)] }}"), expected: [{ line: 9 }] },
    {
      name: 'in a run script',
      code: yaml`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            permissions: {}
            steps:
              - run: |
                  echo start
                  echo '\${{ toJSON(secrets) }}' > s.json
      `,
      expected: [{ line: 9 }],
    },
  ],
});

runRuleTests(unredactedSecret, {
  valid: [
    { name: 'fromJSON of a non-secret', code: envStep('${{ fromJSON(steps.x.outputs.y) }}') },
    { name: 'plain secret', code: envStep('${{ secrets.X }}') },
  ],
  invalid: [
    { name: 'fromJSON(secrets.X)', code: envStep('${{ fromJSON(secrets.CONFIG) }}'), expected: [{ line: 9, message: /secrets\.CONFIG/ }] },
    { name: 'fromJson(...).field', code: envStep('${{ fromJson(secrets.CONFIG).password }}'), expected: [{ line: 9 }] },
    { name: 'two in one value', code: envStep('${{ fromJSON(secrets.A).x }}-${{ fromJSON(secrets.B).y }}'), expected: [{ line: 9 }, { line: 9 }] },
  ],
});
