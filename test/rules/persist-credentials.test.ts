import { persistCredentials } from '../../src/rules/persist-credentials.js';
import { runRuleTests } from '../rule-tester.js';
import { yaml } from '../helpers.js';

const wf = (steps: string): string => `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

runRuleTests(persistCredentials, {
  valid: [
    { name: 'persist-credentials: false', code: wf('      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n') },
    { name: 'the string "false" is a valid false', code: wf('      - uses: actions/checkout@v4\n        with:\n          persist-credentials: "false"\n') },
    { name: 'the string "False" too', code: wf("      - uses: actions/checkout@v4\n        with:\n          persist-credentials: 'False'\n") },
    { name: 'an expression cannot be judged', code: wf('      - uses: actions/checkout@v4\n        with:\n          persist-credentials: ${{ inputs.persist }}\n') },
    { name: 'another action', code: wf('      - uses: actions/setup-node@v4\n') },
    { name: 'a checkout fork is not actions/checkout', code: wf('      - uses: someone/checkout@v4\n') },
  ],
  invalid: [
    { name: 'checkout without with:', code: wf('      - uses: actions/checkout@v4\n'), expected: [{ line: 7, severity: 'medium' }] },
    { name: 'checkout pinned to a SHA', code: wf('      - name: co\n        uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n'), expected: [{ line: 8, severity: 'medium' }] },
    { name: 'checkout without a ref', code: wf('      - uses: actions/checkout\n'), expected: [{ line: 7 }] },
    {
      name: 'explicit true is reported at low',
      code: wf('      - uses: actions/checkout@v4\n        with:\n          persist-credentials: true\n'),
      expected: [{ line: 9, severity: 'low', message: /persist-credentials: true/ }],
    },
    {
      name: 'a later step uploads the workspace: high',
      code: wf('      - uses: actions/checkout@v4\n      - run: make\n      - uses: actions/upload-artifact@v4\n        with:\n          path: .\n'),
      expected: [{ line: 7, severity: 'high', message: /uploads the workspace/ }],
    },
    {
      name: 'uploading ${{ github.workspace }} counts too',
      code: wf('      - uses: actions/checkout@v4\n      - uses: actions/upload-artifact@v4\n        with:\n          path: |\n            dist/\n            ${{ github.workspace }}\n'),
      expected: [{ line: 7, severity: 'high' }],
    },
    {
      name: 'uploading a sub-directory does not raise it',
      code: wf('      - uses: actions/checkout@v4\n      - uses: actions/upload-artifact@v4\n        with:\n          path: dist/\n'),
      expected: [{ line: 7, severity: 'medium' }],
    },
    {
      name: 'checkout in a composite action',
      file: 'action.yml',
      code: yaml`
        name: x
        description: y
        runs:
          using: composite
          steps:
            - uses: actions/checkout@v4
      `,
      expected: [{ line: 6, severity: 'medium' }],
    },
  ],
});
