/**
 * Hostile workflow files: what a pull request could add to make a scan slow or big. Shared by the property tests
 * (test/workflows/hostile.test.ts, at a small `scale`) and the benchmark (bench/run.mjs, full size: each input then
 * sits at or just past a budget of src/workflows/budgets.ts).
 *
 * Every generator is deterministic. `make(scale)` returns the file's text (a string) or raw bytes (a Uint8Array,
 * for invalid UTF-8); `scale` 1 is the benchmark's size, smaller values shrink the input proportionally.
 */

/** Defaults of src/workflows/budgets.ts (a test checks they match). */
export const BUDGETS = { maxBytes: 2 * 1024 * 1024, maxNodes: 100_000, maxDepth: 64, maxLineLength: 64 * 1024 };

const HEAD = 'on: [push, pull_request_target]\n';

function n(scale, full, min = 1) {
  return Math.max(min, Math.round(full * scale));
}

/** A job whose steps are `steps` (YAML lines, indented for a step list). */
function job(name, steps) {
  return `  ${name}:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
}

export const HOSTILE_INPUTS = [
  {
    name: 'billion-laughs',
    description: 'nested aliases: 40 levels of two aliases each (2^40 nodes) in about 1 KB',
    make: (scale) => {
      const levels = n(scale, 40, 3);
      const lines = [HEAD.trimEnd(), 'x:', '  a0: &a0 ["${{ toJSON(secrets) }}", "${{ github.token }}"]'];
      for (let i = 1; i <= levels; i++) lines.push(`  a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
      lines.push('jobs:', '  build:', '    runs-on: ubuntu-latest', `    env: {X: *a${levels}}`, '    steps:', `      - run: echo`, `        with: {a: *a${levels}}`);
      return lines.join('\n') + '\n';
    },
  },
  {
    name: 'alias-fanout',
    description: 'one anchored step list of 1,000 nodes, repeated by aliases up to just under the node budget',
    make: (scale) => {
      const steps = n(scale, 99, 2);
      const items = Array.from({ length: 100 }, (_, i) => `      - uses: actions/checkout@v4\n        with: {token: "\${{ toJSON(secrets) }}", ref: "\${{ github.token }}-${i}"}`).join('\n');
      const jobs = Array.from({ length: steps }, (_, i) => `  j${i}:\n    runs-on: ubuntu-latest\n    steps: *steps`).join('\n');
      return `${HEAD}x:\n  s: &steps\n${items}\njobs:\n${jobs}\n`;
    },
  },
  {
    name: 'alias-text',
    description: 'one 60 KB block scalar repeated by aliases until the text they repeat passes the size budget',
    make: (scale) => {
      const lines = n(scale, 60, 2);
      const body = `        echo "\${{ github.token }}" > $GITHUB_ENV ${'x'.repeat(960)}\n`.repeat(lines);
      const count = Math.ceil(BUDGETS.maxBytes / (lines * 1000)) + 1;
      const steps = Array.from({ length: count }, () => '      - run: *script').join('\n');
      return `${HEAD}x: &script |\n${body}jobs:\n${job('a', steps)}\n`;
    },
  },
  {
    name: 'deep-nesting',
    description: 'flow sequences nested 50,000 deep over 100,000 lines',
    make: (scale) => {
      const depth = n(scale, 50_000, 70);
      return `${HEAD}jobs: ${' [\n'.repeat(depth)}${' ]\n'.repeat(depth)}`;
    },
  },
  {
    name: 'deep-but-allowed',
    description: 'mappings nested 64 deep (the budget), 700 times over',
    make: (scale) => {
      const copies = n(scale, 700);
      // root, x and c<i> are 3 levels; each of k0 … k60 opens one more.
      const chain = (i) => Array.from({ length: 62 }, (_, d) => `k${d}`).join(': {') + `: "\${{ secrets.S${i} }}"` + '}'.repeat(61);
      return `${HEAD}x:\n${Array.from({ length: copies }, (_, i) => `  c${i}: {${chain(i)}}`).join('\n')}\njobs:\n${job('a', '      - run: echo\n')}`;
    },
  },
  {
    name: 'long-lines',
    description: '31 lines of 65,000 characters (just under the line budget): plain, quoted and comment',
    make: (scale) => {
      const len = n(scale, 65_000, 100);
      const lines = [];
      for (let i = 0; i < 31; i++) {
        // A comment that keeps a suppression regex busy, then a line of findings under it, then a long plain scalar.
        const filler =
          i % 3 === 0 ? `# ${'#token-warden: ignore['.repeat(len / 22)}` : i % 3 === 1 ? `  q${i}: "${'\\u0024{{ toJSON(secrets) }}'.repeat(len / 29 - 1)}"` : `  k${i}: ${'a '.repeat(len / 2 - 5)}`;
        lines.push(filler);
      }
      return `${HEAD}x:\n${lines.join('\n')}\npermissions: ${'z'.repeat(len)}\njobs:\n${job('a', '      - run: echo\n')}`;
    },
  },
  {
    name: 'dense-flow',
    description: 'a flow sequence of 1-character scalars filling the size budget (about 1 million nodes)',
    make: (scale) => {
      const lines = n(scale, 1000, 1);
      return `${HEAD}jobs: {a: {runs-on: x, steps: [\n${`  ${'a,'.repeat(1000)}\n`.repeat(lines)}  ]}}\n`;
    },
  },
  {
    name: 'dense-invalid',
    description: 'the same dense sequence where js-yaml gives up at once, so the second parser reads it',
    make: (scale) => {
      const lines = n(scale, 1000, 1);
      return `${HEAD}jobs:\n  a: [\n${`    ${'a,'.repeat(1000)}\n`.repeat(lines)}  ]\n`;
    },
  },
  {
    name: 'escaped-expressions',
    description: '45,000 double-quoted values whose `${{ }}` is written with escapes, so it cannot be found in the text',
    make: (scale) => {
      const count = n(scale, 45_000, 10);
      const env = Array.from({ length: count }, (_, i) => `      E${i}: "\\u0024{{ toJSON(secrets) }}"`).join('\n');
      return `${HEAD}jobs:\n  a:\n    runs-on: x\n    env:\n${env}\n    steps:\n      - run: echo\n`;
    },
  },
  {
    name: 'token-env-scripts',
    description: '20,000 env names holding the token, and a run script of 20,000 lines reading them',
    make: (scale) => {
      const count = n(scale, 20_000, 10);
      const env = Array.from({ length: count }, (_, i) => `  T${i}: \${{ github.token }}`).join('\n');
      const script = Array.from({ length: count }, (_, i) => `          echo $T${i} $GITHUB_ENV %T${i}% \${T${i}`).join('\n');
      return `${HEAD}env:\n${env}\njobs:\n${job('a', `      - run: |\n${script}\n`)}`;
    },
  },
  {
    name: 'many-steps',
    description: '19,000 steps in one job, half of them checkouts, under the node budget',
    make: (scale) => {
      const count = n(scale, 9_500, 10);
      const steps = Array.from({ length: count }, (_, i) => `      - uses: actions/checkout@v4\n        env: {X: "\${{ toJSON(secrets) }}"}\n      - run: ${'r'.repeat(40)}${i}`).join('\n');
      return `${HEAD}jobs:\n${job('a', steps)}\n`;
    },
  },
  {
    name: 'permission-check',
    description: 'a permission check whose script repeats `/collaborators/` along a whole line, before 10,000 steps handing the token to third-party actions (each asks whether the check gates it)',
    make: (scale) => {
      const line = '/collaborators/'.repeat(Math.floor(n(scale, BUDGETS.maxLineLength - 100, 30) / 15));
      const check = `      - uses: actions/github-script@v7\n        with:\n          script: |\n            ${line}\n            throw new Error('no')`;
      const steps = Array.from({ length: n(scale, 10_000, 5) }, (_, i) => `      - uses: someone/action${i}@v1\n        with: {token: "\${{ github.token }}"}`).join('\n');
      return `${HEAD}jobs:\n${job('a', `${check}\n${steps}`)}\n`;
    },
  },
  {
    name: 'many-triggers',
    description: '30,000 trigger entries (one event, repeated) over 6,000 jobs behind a fork gate, with a workflow-level write: every job asks who can start it',
    make: (scale) => {
      const events = Array.from({ length: n(scale, 30_000, 3) }, () => '  - pull_request_target').join('\n');
      const jobs = Array.from(
        { length: n(scale, 6_000, 2) },
        (_, i) => `  j${i}:\n    if: github.event.pull_request.head.repo.fork == false\n    runs-on: x\n    steps: [{uses: a/b@v1}]`,
      ).join('\n');
      return `on:\n${events}\npermissions:\n  contents: write\njobs:\n${jobs}\n`;
    },
  },
  {
    name: 'env-over-steps',
    description: '25,000 workflow env variables carrying secrets over 8,000 steps that each print one (every step looks for every variable)',
    make: (scale) => {
      const env = Array.from({ length: n(scale, 25_000, 3) }, (_, i) => `  E${i}: \${{ secrets.S${i % 50} }}`).join('\n');
      const steps = Array.from({ length: n(scale, 8_000, 2) }, (_, i) => `      - run: echo $E${i}`).join('\n');
      return `${HEAD}env:\n${env}\njobs:\n${job('a', steps)}\n`;
    },
  },
  {
    name: 'publish-env',
    description: '20,000 workflow env variables holding registry-like secrets over 5,000 `npm publish` steps (each asks which variable is its token)',
    make: (scale) => {
      const env = Array.from({ length: n(scale, 20_000, 3) }, (_, i) => `  NPM_TOKEN_${i}: \${{ secrets.NPM_TOKEN_${i} }}`).join('\n');
      const steps = Array.from({ length: n(scale, 5_000, 2) }, () => '      - run: npm publish').join('\n');
      return `on: push\nenv:\n${env}\njobs:\n${job('a', steps)}\n`;
    },
  },
  {
    name: 'token-env-over-steps',
    description: '20,000 workflow env variables holding the token over 5,000 steps under explicit grants, each step using one (every step asks about every variable)',
    make: (scale) => {
      const env = Array.from({ length: n(scale, 20_000, 3) }, (_, i) => `  T${i}: \${{ github.token }}`).join('\n');
      const steps = Array.from({ length: n(scale, 5_000, 2) }, (_, i) => `      - run: echo $T${i}`).join('\n');
      return `on: push\npermissions:\n  contents: read\nenv:\n${env}\njobs:\n  a:\n    runs-on: x\n    permissions:\n      contents: read\n    steps:\n${steps}\n`;
    },
  },
  {
    name: 'long-names',
    description: 'a job id of 60,000 characters over 30,000 checkout steps (every finding\'s path holds the id)',
    make: (scale) => {
      const id = 'j'.repeat(n(scale, 60_000, 2000));
      const steps = '      - uses: actions/checkout@v4\n'.repeat(n(scale, 30_000, 10));
      return `${HEAD}jobs:\n  ${id}:\n    runs-on: x\n    steps:\n${steps}`;
    },
  },
  {
    name: 'token-literals',
    description: '15,000 token literals in a mapping of 15,000 keys, under suppression comments',
    make: (scale) => {
      const count = n(scale, 15_000, 10);
      const keys = Array.from({ length: count }, (_, i) => `  # token-warden: ignore[hardcoded-credential ${'#'.repeat(i % 50)}\n  k${i}: ghp_${String(i).padStart(36, 'A')}`).join('\n');
      return `${HEAD}x:\n${keys}\njobs:\n${job('a', '      - run: echo\n')}`;
    },
  },
  {
    name: 'ten-megabytes',
    description: 'a 10 MB file (a valid workflow repeated in comments)',
    make: (scale) => {
      const size = n(scale, 10_000_000, 1000);
      const line = '# padding padding padding padding padding padding padding padding padding padding\n';
      return `${HEAD}jobs:\n${job('a', '      - run: echo\n')}${line.repeat(Math.ceil(size / line.length))}`;
    },
  },
  {
    name: 'bytes',
    description: 'CR-only line breaks, CRLF, a BOM, NUL bytes and invalid UTF-8',
    make: (scale) => {
      const base = `${HEAD}jobs:\n${job('a', '      - run: echo ${{ github.token }} > $GITHUB_ENV\n')}`;
      const repeat = n(scale, 1000);
      const parts = [
        Buffer.from('\uFEFF' + base.replace(/\n/g, '\r')),
        Buffer.from(base.replace(/\n/g, '\r\n')),
        Buffer.from([0x00, 0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98]),
        Buffer.from(`# ${'\u0000'.repeat(3)}\n`.repeat(repeat)),
      ];
      return new Uint8Array(Buffer.concat(parts));
    },
  },
];

/** The input the benchmark reports as the worst (slowest at full size, measured): see bench/run.mjs. */
export function hostileInput(name, scale = 1) {
  const input = HOSTILE_INPUTS.find((i) => i.name === name);
  if (!input) throw new Error(`no hostile input named ${name}`);
  return input.make(scale);
}
