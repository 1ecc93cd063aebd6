/**
 * What the renewal jobs report, as rule metadata: listed by `token-warden rules`, documented in the README, known to
 * the JSON and SARIF renderers. The findings themselves come from runner-policy.ts and rotate.ts.
 */
import type { RuleMeta } from '../model/rule.js';

export const RUNNER_OFFLINE: RuleMeta = {
  id: 'runner-offline',
  category: 'runner-token',
  defaultSeverity: 'medium',
  summary:
    'Self-hosted runners GitHub reports offline, one finding per label set: high when no online runner carries all of those labels, so jobs asking for them wait. A lapsed registration (an expired registration token) is the usual cause. Reported by `token-warden runner-token`.',
  remediation: 'Restart or re-register the runners (with a fresh registration token), or remove the ones that are gone for good so they stop hiding real outages.',
  docs: '#rule-runner-offline',
  tags: ['self-hosted-runner'],
  appliesTo: ['github'],
};

export const RUNNER_TOKEN_REFRESH_FAILED: RuleMeta = {
  id: 'runner-token-refresh-failed',
  category: 'runner-token',
  defaultSeverity: 'high',
  summary:
    'Minting or storing a runner registration token (or JIT config) failed this run; critical once it has failed on N consecutive runs (default 3), when runners that re-register are about to crash-loop. Reported by `token-warden runner-token`.',
  remediation: 'Read the error: a missing permission (the default GITHUB_TOKEN never has it: use a GitHub App or a PAT), a wrong organisation or repository name, or GitHub failing; fix it before the stored token expires.',
  docs: '#rule-runner-token-refresh-failed',
  tags: ['self-hosted-runner', 'availability'],
  appliesTo: ['github'],
};

export const SECRET_ROTATION_FAILED: RuleMeta = {
  id: 'secret-rotation-failed',
  category: 'secret-rotation',
  defaultSeverity: 'high',
  summary: 'A generated secret was due for rotation (its `rotation` rule in the token registry) and writing the new value failed, so the old one stays in use past its `max-age-days`. Reported by `token-warden rotate`.',
  remediation: 'Read the error (a token that may write Actions secrets is needed: the default GITHUB_TOKEN may not) and run the rotation again.',
  docs: '#rule-secret-rotation-failed',
  tags: ['secret-rotation'],
  appliesTo: ['registry'],
};

/** Metadata of everything the renewal jobs report. */
export const RENEWAL_RULE_META: readonly RuleMeta[] = [RUNNER_OFFLINE, RUNNER_TOKEN_REFRESH_FAILED, SECRET_ROTATION_FAILED];
