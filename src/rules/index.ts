import type { Rule, RuleMeta } from '../model/rule.js';
import { permissions } from './permissions.js';
import { persistCredentials } from './persist-credentials.js';
import { dangerousTrigger } from './dangerous-trigger.js';
import { secretsInherit } from './secrets-inherit.js';
import { secretsOverexposed } from './secrets-overexposed.js';
import { unredactedSecret } from './unredacted-secret.js';
import { hardcodedCredential } from './hardcoded-credential.js';
import { githubTokenExposure } from './github-token-exposure.js';
import { secretExposure } from './secret-exposure.js';
import { secretsOutsideEnv } from './secrets-outside-env.js';
import { botConditions } from './bot-conditions.js';
import { githubEnv } from './github-env.js';
import { unpinnedPrivilegedAction } from './unpinned-privileged-action.js';
import { templateInjection } from './template-injection.js';
import { githubApp } from './github-app.js';
import { trustedPublishing } from './trusted-publishing.js';
import { REGISTRY_RULE_META } from '../registry/rules/index.js';
import { reusableCallPermissions } from './reusable-call-permissions.js';
import { RENEWAL_RULE_META } from '../renewal/rules.js';
import type { ProjectRule } from '../model/rule.js';

/** Every workflow rule, in documentation order. A consistency test checks each is documented and tested. */
export const RULES: readonly Rule[] = [
  permissions,
  persistCredentials,
  dangerousTrigger,
  secretsInherit,
  secretsOverexposed,
  unredactedSecret,
  hardcodedCredential,
  githubTokenExposure,
  secretExposure,
  secretsOutsideEnv,
  botConditions,
  githubEnv,
  unpinnedPrivilegedAction,
  templateInjection,
  githubApp,
  trustedPublishing,
];

/** Not a rule that inspects a parsed file: the engine reports it when a file cannot be parsed or is not a workflow/action. */
export const PARSE_ERROR: RuleMeta = {
  id: 'parse-error',
  category: 'parse-error',
  defaultSeverity: 'high',
  summary: 'The file is not valid YAML, or not a valid workflow or action: GitHub will not run it and nothing in it could be checked (an empty file: low).',
  remediation: 'Fix the YAML or workflow syntax at the reported position (actionlint gives detailed diagnostics).',
  docs: '#rule-parse-error',
  tags: ['syntax'],
  appliesTo: ['workflow', 'action'],
};

/** Not a rule either: the engine reports it when a file is over one of its work budgets (src/workflows/budgets.ts). */
export const RESOURCE_LIMIT: RuleMeta = {
  id: 'resource-limit',
  category: 'resource-limit',
  defaultSeverity: 'high',
  summary: 'The file is over a size, node, nesting or line-length budget (e.g. nested YAML aliases): it was not scanned.',
  remediation: 'Workflows never need this much: look for aliases that expand to huge documents, or generated content; split or trim the file.',
  docs: '#rule-resource-limit',
  tags: ['denial-of-service'],
  appliesTo: ['workflow', 'action'],
};

/** Metadata of everything that can produce a finding: workflow rules, parse errors, budgets, token registry rules. */
/** Workflow checks across files (a call and the local reusable workflow it calls), run by every scan. */
export const WORKFLOW_PROJECT_RULES: readonly ProjectRule[] = [reusableCallPermissions as ProjectRule];

export const ALL_RULE_META: readonly RuleMeta[] = [
  ...RULES.map((r) => r.meta),
  ...WORKFLOW_PROJECT_RULES.map((r) => r.meta),
  PARSE_ERROR,
  RESOURCE_LIMIT,
  ...REGISTRY_RULE_META,
  ...RENEWAL_RULE_META,
];

export function ruleMeta(id: string): RuleMeta | undefined {
  return ALL_RULE_META.find((m) => m.id === id);
}
