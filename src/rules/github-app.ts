import type { Rule, RuleContext } from '../model/rule.js';
import type { Severity } from '../model/severity.js';
import { shiftSeverity } from '../workflows/exposure.js';
import { stepAnchor } from '../workflows/model.js';
import { appTokenMints, isRepositoryPermission, type AppTokenMint } from '../workflows/app-tokens.js';
import { exposureNote, jobTokenContext, shiftByExposure, stepTokenContext } from '../workflows/token-power.js';

/** What the minted token can do, for grading and messages. */
function tokenPowerOf(mint: AppTokenMint): { writes: boolean; text: string } {
  const p = mint.permissions;
  if (p === undefined) return { writes: true, text: 'every permission of the App' };
  if (p === 'dynamic') return { writes: true, text: 'permissions chosen by an expression' };
  const writes = p.filter((r) => r.level !== 'read');
  return {
    writes: writes.length > 0,
    text: p.map((r) => `${r.name}: ${r.level}`).join(', '),
  };
}

function report(context: RuleContext, mint: AppTokenMint, what: string, base: Severity, span: readonly [number, number], key: string): void {
  const ctx = stepTokenContext(jobTokenContext(context.file, mint.step.job), mint.step);
  context.report({
    message: `${what}${exposureNote(ctx)}`,
    severity: shiftByExposure(base, ctx),
    span,
    path: [...mint.step.path, 'github-app', key],
  });
}

function check(context: RuleContext): void {
  for (const mint of appTokenMints(context.file)) {
    const power = tokenPowerOf(mint);
    const perms = mint.action === 'actions/create-github-app-token' ? '`permission-*` input' : '`permissions` input';

    if (mint.permissions === undefined) {
      report(
        context,
        mint,
        `${mint.action} without any ${perms}: the token gets every permission the App's installation holds, whatever this job needs. Ask only for what the job uses (e.g. \`permission-contents: read\`, \`permission-pull-requests: write\`)`,
        // As a job on the repository's default token permissions: what the token holds is not in the file (medium).
        'medium',
        stepAnchor(mint.step),
        'permissions',
      );
    }

    // A token limited to organisation or user permissions has no repository to narrow down.
    const repositoryScoped = !Array.isArray(mint.permissions) || mint.permissions.some((r) => isRepositoryPermission(r.name));
    if (mint.repositories === 'installation' && repositoryScoped) {
      const why = mint.ownerSpan ? '`owner:` without `repositories:`' : 'no `repositories` input';
      report(
        context,
        mint,
        `${mint.action} with ${why}: the token reaches every repository of the App's installation (${power.text}), not only the ones this job works on. List them in \`repositories:\``,
        power.writes ? 'high' : 'medium',
        mint.ownerSpan ?? stepAnchor(mint.step),
        'repositories',
      );
    }

    if (mint.keptAlive !== 'no' && mint.keptAliveSpan) {
      const how = mint.action === 'actions/create-github-app-token' ? '`skip-token-revoke`' : '`revoke: false`';
      const base: Severity = power.writes ? 'high' : 'medium';
      report(
        context,
        mint,
        mint.keptAlive === 'yes'
          ? `${how} keeps the App token (${power.text}) valid after the job, up to its hour, instead of revoking it when the job ends: whatever copied it — a log, an artifact, a compromised step — can go on using it`
          : `${how} is set by an expression: when it is true, the App token (${power.text}) stays valid after the job, up to its hour`,
        mint.keptAlive === 'yes' ? base : shiftSeverity(base, -1, 'low'),
        mint.keptAliveSpan,
        'revoke',
      );
    }
  }
}

export const githubApp: Rule = {
  meta: {
    id: 'github-app',
    category: 'github-app',
    defaultSeverity: 'high',
    summary:
      'A GitHub App token minted (actions/create-github-app-token, tibdex/github-app-token) with every permission of the App (no `permission-*` input), for every repository of the installation (`owner:` without `repositories:`), or kept alive after the job (`skip-token-revoke`).',
    remediation:
      'Ask for the permissions the job uses (`permission-contents: write` …) and the repositories it works on (`repositories:`); leave `skip-token-revoke` unset so the token is revoked when the job ends.',
    docs: '#rule-github-app',
    tags: ['least-privilege', 'github-app'],
    appliesTo: ['workflow', 'action'],
  },
  check,
};
