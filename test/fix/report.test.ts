/** The fix's reports for the action: the Markdown job summary section and the notes. */
import { fixNotes, planFixes, renderDiff, renderFixMarkdown } from '../../src/fix/index.js';

const files = [
  { path: '.github/workflows/ci.yml', text: 'on: push\npermissions: write-all\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n' },
  { path: '.github/workflows/deploy.yml', text: 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/<deploy>\n' },
];

describe('fix: Markdown summary', () => {
  const plans = planFixes(files);

  it('has the summary line, the diff in a fenced block, and what was left as is (escaped)', () => {
    const md = renderFixMarkdown(plans);
    expect(md).toContain('### Least-privilege permissions\n\n1 of 2 workflow(s) to change');
    expect(md).toContain('```diff\n' + renderDiff(plans) + '```\n');
    expect(md).toContain('<details><summary>Left as is, and why (2)</summary>');
    expect(md).toContain('job "deploy" left as is: its needs cannot be judged: local action ./.github/actions/&lt;deploy&gt;');
    expect(md).not.toContain('actions/<deploy>');
  });

  it('cuts a long diff at a line and says how to see it whole', () => {
    const md = renderFixMarkdown(plans, { maxDiffChars: 60 });
    expect(md).toContain('… (cut: run `token-warden fix` for the whole diff)\n```');
    expect(md).not.toContain('+permissions: {}');
  });

  it('nothing to change: no diff block, and no notes section without notes', () => {
    const clean = planFixes([{ path: 'w.yml', text: 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: make\n' }]);
    expect(fixNotes(clean)).toEqual([]);
    const md = renderFixMarkdown(clean);
    expect(md).not.toContain('```diff');
    expect(md).not.toContain('<details>');
  });
});
