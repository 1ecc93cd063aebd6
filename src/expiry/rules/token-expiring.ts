import type { Severity } from '../../model/severity.js';
import type { RegistryRule } from '../../registry/rules/common.js';
import { tokenExpiry } from '../token.js';
import { expiryWords } from './words.js';

/** How urgent an expiring token is: the status the thresholds gave it. */
const SEVERITY: Partial<Record<string, Severity>> = { critical: 'critical', warning: 'high', info: 'medium' };

export const tokenExpiring: RegistryRule = {
  scope: 'registry-file',
  meta: {
    id: 'token-expiring',
    category: 'token-expiry',
    defaultSeverity: 'high',
    summary: "A registered token expires within its thresholds: critical, high or medium as it falls under `critical`, `warning` or `info` days (7/30/45 by default; per category and per token). Reported by `token-warden expiry`.",
    remediation: 'Rotate (or renew) the token before it lapses, update the secret, and record the new `expires` or `rotated` date in the registry.',
    docs: '#rule-token-expiring',
    tags: ['token-registry', 'expiry'],
    appliesTo: ['registry'],
  },
  create({ registry, registryPath, now, observations }) {
    return {
      meta: tokenExpiring.meta,
      collect: () => undefined,
      finish(ctx) {
        if (now === undefined) return;
        for (const token of registry.tokens) {
          const e = tokenExpiry(token, registry.policy, now, observations.get(token.key));
          const severity = SEVERITY[e.status];
          if (!severity) continue;
          ctx.report(registryPath, {
            message: `Token "${token.name}" expires ${expiryWords(e)}: ${e.status} (thresholds ${e.thresholds.critical}/${e.thresholds.warning}/${e.thresholds.info} days)`,
            severity,
            span: token.span,
            // The same path whatever the status, so a finding that grows more urgent keeps its fingerprint.
            path: ['tokens', token.key, 'expiry'],
          });
        }
      },
    };
  },
};
