/**
 * The demo repository (examples/demo-repo) shows issue 14's secrets-outside-env, bot-conditions and github-env
 * audits where its comments say, at the severities they explain.
 */
import path from 'node:path';
import { runScan } from '../src/pipeline.js';
import { PROJECT_ROOT } from './helpers.js';

describe('the demo repository: secrets-outside-env, bot-conditions, github-env', () => {
  it('trips each where its comments say', async () => {
    const { report } = await runScan({ paths: [path.join(PROJECT_ROOT, 'examples', 'demo-repo')], cwd: PROJECT_ROOT });
    const ids = new Set(['secrets-outside-env', 'bot-conditions', 'github-env']);
    const found = report.findings.filter((f) => ids.has(f.ruleId)).map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine} ${f.severity}`);
    expect(found).toEqual([
      // the actor check guarding a merge on the repository default token (which must be able to write contents)
      'bot-conditions .github/workflows/bot-merge.yml:11 high',
      // the pull request title to $GITHUB_ENV, before that merge step
      'github-env .github/workflows/bot-merge.yml:16 high',
      // DEPLOY_CONFIG in job "notify", which has no environment
      'secrets-outside-env .github/workflows/release.yml:31 info',
    ]);
  });
});
