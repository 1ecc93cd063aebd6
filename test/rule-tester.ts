/**
 * Table-driven rule tests, after ESLint's RuleTester: `valid` cases must produce no finding of the rule,
 * `invalid` cases exactly the listed findings (line, and optionally severity and message pattern).
 */
import type { Rule } from '../src/model/rule.js';
import type { Severity } from '../src/model/severity.js';
import { scanFiles } from './helpers.js';

export interface ValidCase {
  name: string;
  code: string;
  /** File name; decides workflow vs action (default `.github/workflows/test.yml`). */
  file?: string;
  /** The scanned repository's owner (what `--repository` / GITHUB_REPOSITORY give): its actions are first-party. */
  repositoryOwner?: string;
  /** The repository's default GITHUB_TOKEN permissions, as an organisation scan reads them (absent: unknown). */
  defaultWorkflowPermissions?: 'read' | 'write';
  /** Secrets the token registry scopes to environments (what the pipeline passes when a registry is in force). */
  environmentScopedSecrets?: string[];
}

export interface ExpectedFinding {
  line: number;
  severity?: Severity;
  message?: RegExp;
}

export interface InvalidCase extends ValidCase {
  expected: ExpectedFinding[];
}

export function runRuleTests(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const findingsOf = (c: ValidCase) => {
    const file = c.file ?? '.github/workflows/test.yml';
    const result = scanFiles({ [file]: c.code }, {}, [rule], {
      ...(c.repositoryOwner ? { repositoryOwner: c.repositoryOwner } : {}),
      ...(c.defaultWorkflowPermissions ? { defaultWorkflowPermissions: c.defaultWorkflowPermissions } : {}),
      ...(c.environmentScopedSecrets ? { environmentScopedSecrets: new Set(c.environmentScopedSecrets) } : {}),
    });
    const parse = result.findings.filter((f) => f.ruleId === 'parse-error');
    if (parse.length) throw new Error(`fixture "${c.name}" does not parse: ${parse[0]!.message} (line ${parse[0]!.location.startLine})`);
    expect(result.ruleFailures).toEqual([]);
    return result.findings.filter((f) => f.ruleId === rule.meta.id);
  };

  describe(`${rule.meta.id}: valid`, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const found = findingsOf(c);
      expect(found.map((f) => `${f.location.startLine}: ${f.message}`)).toEqual([]);
    });
  });

  describe(`${rule.meta.id}: invalid`, () => {
    it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const found = findingsOf(c);
      const got = found.map((f) => ({ line: f.location.startLine, severity: f.severity, message: f.message }));
      expect(got.map((g) => g.line)).toEqual(c.expected.map((e) => e.line));
      c.expected.forEach((e, i) => {
        if (e.severity) expect({ line: e.line, severity: got[i]!.severity }).toEqual({ line: e.line, severity: e.severity });
        if (e.message) expect(got[i]!.message).toMatch(e.message);
      });
    });
  });
}
