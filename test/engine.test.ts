import { scanFiles, yaml } from './helpers.js';

describe('engine', () => {
  it('reports invalid YAML as a parse-error finding with its position, and keeps scanning', () => {
    const result = scanFiles({
      'bad.yml': 'on: push\njobs:\n  a: [\n  b: 1\n',
      'good.yml': yaml`
        on: push
        permissions: {}
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo hi
      `,
    });
    const parse = result.findings.filter((f) => f.ruleId === 'parse-error');
    expect(parse).toHaveLength(1);
    expect(parse[0]!.location.file).toBe('bad.yml');
    expect(parse[0]!.location.startLine).toBe(4);
    expect(parse[0]!.severity).toBe('high');
    expect(result.stats.files).toBe(2);
    expect(result.stats.workflows).toBe(1);
  });
});
