/**
 * The action knowledge base: every data file is valid (a bad entry fails with file:line), and the generated module
 * the bundle carries is current (`npm run knowledge` rewrites it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileKnowledge, formatIssue, renderKnowledgeModule, type KnowledgeSource } from '../../src/knowledge/compile.js';
import { ACTION_KNOWLEDGE, knowledgeFor, knowledgeKey } from '../../src/knowledge/index.js';
import { parseUses } from '../../src/workflows/model.js';
import { PERMISSION_SCOPES } from '../../src/workflows/permissions.js';
import { PROJECT_ROOT, yaml } from '../helpers.js';

const DIR = path.join(PROJECT_ROOT, 'knowledge', 'actions');
const GENERATED = path.join(PROJECT_ROOT, 'src', 'knowledge', 'actions.generated.ts');

function sources(): KnowledgeSource[] {
  return readdirSync(DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ path: `knowledge/actions/${f}`, text: readFileSync(path.join(DIR, f), 'utf8') }));
}

/** Issues of one in-memory file, as `file:line:column: key: message`. */
function issuesOf(name: string, text: string): string[] {
  return compileKnowledge([{ path: `knowledge/actions/${name}`, text }]).issues.map(formatIssue);
}

describe('knowledge base data files', () => {
  const compiled = compileKnowledge(sources());

  it('are all valid', () => {
    expect(compiled.issues.map(formatIssue)).toEqual([]);
    expect(compiled.entries.length).toBeGreaterThanOrEqual(100);
  });

  it('compile to the committed module (run `npm run knowledge` after editing knowledge/actions)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(renderKnowledgeModule(compiled.entries));
    expect(ACTION_KNOWLEDGE.map((e) => e.action)).toEqual(compiled.entries.map((e) => e.action));
  });

  it('name real scopes at levels GitHub accepts, with a reason and a source', () => {
    for (const entry of ACTION_KNOWLEDGE) {
      for (const need of [...entry.needs, ...entry.cases.flatMap((c) => c.needs)]) {
        expect({ action: entry.action, scope: need.scope, ok: (PERMISSION_SCOPES[need.scope]?.levels as readonly string[] | undefined)?.includes(need.level) }).toEqual({
          action: entry.action,
          scope: need.scope,
          ok: true,
        });
      }
      expect(entry.reason.length).toBeGreaterThan(10);
      expect(entry.source.length).toBeGreaterThan(5);
      expect(entry.definedAt).toMatch(new RegExp(`^knowledge/actions/${entry.action.split('/')[0]}\\.yml:\\d+$`));
    }
  });

  it('are looked up by the `uses:` reference, case-insensitively, at any ref', () => {
    expect(knowledgeFor(knowledgeKey(parseUses('Actions/Checkout@v4'))!)?.action).toBe('actions/checkout');
    expect(knowledgeFor(knowledgeKey(parseUses('github/codeql-action/upload-sarif@v3'))!)?.action).toBe('github/codeql-action/upload-sarif');
    expect(knowledgeFor(knowledgeKey(parseUses('actions/cache/restore@v4'))!)?.action).toBe('actions/cache/restore');
    expect(knowledgeKey(parseUses('./.github/actions/setup'))).toBeUndefined();
    expect(knowledgeKey(parseUses('docker://alpine:3'))).toBeUndefined();
  });

  it('marks token inputs whose default is the GITHUB_TOKEN', () => {
    const checkout = knowledgeFor('actions/checkout')!;
    expect(checkout.tokenInputs).toEqual([{ name: 'token', default: '${{ github.token }}', defaultIsGithubToken: true }]);
    expect(knowledgeFor('actions/setup-node')!.tokenInputs.find((t) => t.name === 'token')?.defaultIsGithubToken).toBe(true);
    expect(knowledgeFor('docker/login-action')!.tokenInputs).toEqual([{ name: 'password', default: '', defaultIsGithubToken: false }]);
  });
});

describe('knowledge base validation', () => {
  const cases: Array<{ name: string; file?: string; text: string; issues: string[] }> = [
    {
      name: 'unknown key, with a suggestion',
      text: yaml`
        actions:
          - action: acme/tool
            needs: {}
            reasn: Does things.
            reason: Does things.
            source: https://example.com
      `,
      issues: ['knowledge/actions/acme.yml:4:5: actions.0.reasn: unknown key (did you mean "reason"?)'],
    },
    {
      name: 'unknown scope and a level the scope does not have',
      text: yaml`
        actions:
          - action: acme/tool
            token-inputs: { token: "\${{ github.token }}" }
            needs:
              content: read
              id-token: read
            reason: Does things.
            source: https://example.com
      `,
      issues: [
        'knowledge/actions/acme.yml:5:7: actions.0.needs.content: unknown key (did you mean "contents"?)',
        'knowledge/actions/acme.yml:6:17: actions.0.needs.id-token: "id-token" can only be write',
      ],
    },
    {
      name: 'missing reason, and a reason over two lines',
      text: yaml`
        actions:
          - action: acme/tool
            needs: {}
            source: https://example.com
          - action: acme/other
            needs: {}
            reason: |
              one
              two
            source: https://example.com
      `,
      issues: [
        'knowledge/actions/acme.yml:2:5: actions.0.reason: required key "reason" is missing',
        'knowledge/actions/acme.yml:8:1: actions.1.reason: must be one line',
      ],
    },
    {
      name: 'upper-case action name',
      text: yaml`
        actions:
          - action: Acme/Tool
            needs: {}
            reason: Does things.
            source: https://example.com
      `,
      issues: ['knowledge/actions/acme.yml:2:13: actions.0.action: expected owner/repo or owner/repo/path in lower case'],
    },
    {
      name: 'an action of another owner',
      text: yaml`
        actions:
          - action: acme/tool
            needs: {}
            reason: Does things.
            source: https://example.com
          - action: other/tool
            needs: {}
            reason: Does things.
            source: https://example.com
      `,
      issues: ['knowledge/actions/acme.yml:6:5: actions.1.action: other/tool belongs in knowledge/actions/other.yml (one file per owner)'],
    },
    {
      name: 'the same action twice',
      text: yaml`
        actions:
          - action: acme/tool
            needs: {}
            reason: Does things.
            source: https://example.com
          - action: acme/tool
            needs: {}
            reason: Does things.
            source: https://example.com
      `,
      issues: ['knowledge/actions/acme.yml:6:5: actions.1.action: acme/tool is already described at knowledge/actions/acme.yml:2'],
    },
    {
      name: 'token needs without a way to take the token',
      text: yaml`
        actions:
          - action: acme/tool
            needs: { contents: write, id-token: write }
            reason: Does things.
            source: https://example.com
      `,
      issues: [
        'knowledge/actions/acme.yml:3:5: actions.0.needs: needs other than id-token apply only when the action uses the GITHUB_TOKEN: list its token-inputs, token-env, implicit-token or git-credentials',
      ],
    },
    {
      name: 'an empty condition and a bad regular expression',
      text: yaml`
        actions:
          - action: acme/tool
            token-inputs: { token: null }
            needs: {}
            reason: Does things.
            source: https://example.com
            cases:
              - when: {}
                needs: { issues: write }
                reason: Comments.
              - when: { matches: { mode: "([" } }
                needs: { issues: write }
                reason: Comments.
      `,
      issues: [
        'knowledge/actions/acme.yml:8:15: actions.0.cases.0.when: a condition needs at least one of set, unset, matches, not-matches',
        'knowledge/actions/acme.yml:11:34: actions.0.cases.1.when.matches.mode: not a valid regular expression',
      ],
    },
    {
      name: 'invalid YAML',
      text: 'actions:\n  - action: acme/tool\n    needs: {\n',
      issues: ['knowledge/actions/acme.yml:4:1: invalid YAML'],
    },
    {
      name: 'a file not named after an owner',
      file: 'Acme Tools.yml',
      text: 'actions: []\n',
      issues: ['knowledge/actions/Acme Tools.yml:1:1: knowledge files are named <owner>.yml, in lower case'],
    },
  ];

  it.each(cases)('$name', ({ file, text, issues }) => {
    const got = issuesOf(file ?? 'acme.yml', text);
    expect(got.map((g) => g.replace(/^(.*invalid YAML).*$/, '$1'))).toEqual(issues);
  });

  it('accepts a full entry', () => {
    const text = yaml`
      actions:
        - action: acme/tool/sub
          token-inputs: { token: "\${{ github.token }}", other-token: null }
          token-env: [GITHUB_TOKEN]
          needs:
            contents: { level: read, private-only: true }
          reason: Does things.
          source: https://example.com
          confidence: likely
          shell-inputs: [command]
          cases:
            - when: { set: [a], unset: [b], matches: { c: "^x$" }, not-matches: { d: "^y$" } }
              needs: { issues: write, id-token: write }
              reason: Comments.
              confidence: likely
    `;
    const { entries, issues } = compileKnowledge([{ path: 'knowledge/actions/acme.yml', text }]);
    expect(issues).toEqual([]);
    expect(entries).toEqual([
      {
        action: 'acme/tool/sub',
        tokenInputs: [
          { name: 'token', default: '${{ github.token }}', defaultIsGithubToken: true },
          { name: 'other-token', default: '', defaultIsGithubToken: false },
        ],
        implicitToken: false,
        gitCredentials: false,
        checkout: false,
        tokenEnv: ['GITHUB_TOKEN'],
        needs: [{ scope: 'contents', level: 'read', privateOnly: true }],
        reason: 'Does things.',
        source: 'https://example.com',
        confidence: 'likely',
        cases: [
          {
            when: { set: ['a'], unset: ['b'], matches: { c: '^x$' }, notMatches: { d: '^y$' } },
            needs: [
              { scope: 'issues', level: 'write' },
              { scope: 'id-token', level: 'write' },
            ],
            reason: 'Comments.',
            confidence: 'likely',
          },
        ],
        shellInputs: ['command'],
        definedAt: 'knowledge/actions/acme.yml:2',
      },
    ]);
  });
});
