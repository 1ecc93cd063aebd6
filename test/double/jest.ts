/**
 * Jest wiring for the double: a fresh double per test, and a contract check after each test so a request or
 * response that GitHub's description rejects fails the test that caused it.
 */
import { GitHubDouble, type DoubleOptions } from './server.js';

export interface DoubleHandle {
  /** The current test's double (started in beforeEach). */
  readonly double: GitHubDouble;
}

export function useGitHubDouble(options: DoubleOptions = {}): DoubleHandle {
  let current: GitHubDouble | undefined;
  beforeEach(async () => {
    current = await GitHubDouble.start(options);
  });
  afterEach(async () => {
    const double = current;
    current = undefined;
    if (!double) return;
    await double.stop();
    double.assertNoViolations();
  });
  return {
    get double(): GitHubDouble {
      if (!current) throw new Error('the GitHub double runs only inside a test (beforeEach starts it)');
      return current;
    },
  };
}
