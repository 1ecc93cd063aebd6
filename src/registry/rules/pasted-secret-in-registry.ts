import type { PastedSecret } from '../types.js';
import type { RegistryRule } from './common.js';

/** The finding message; also what `registry validate` prints for a file too broken to scan (never the value). */
export function pastedSecretMessage(secret: PastedSecret): string {
  const where = (secret.path[0] === '#text' ? secret.path.slice(1) : secret.path).filter((s) => !String(s).startsWith('#')).join('.');
  const article = /^[aeiou]/i.test(secret.kind) ? 'An' : 'A';
  return `${article} ${secret.kind} is written in the token registry${where ? ` (at ${where})` : ''}: ${secret.redacted}; treat it as leaked`;
}

export const pastedSecretInRegistry: RegistryRule = {
  scope: 'registry-file',
  meta: {
    id: 'pasted-secret-in-registry',
    category: 'token-registry',
    defaultSeverity: 'critical',
    summary: 'A value in the token registry looks like a real credential (a token literal, or a value under `password:`/`token:`/`value:` …): the registry describes tokens and must never hold one.',
    remediation: 'Treat the credential as leaked: revoke and rotate it, keep the new value only in a secret store, and remove it from the file (and from the Git history).',
    docs: '#rule-pasted-secret-in-registry',
    tags: ['token-registry', 'secret-leak'],
    appliesTo: ['registry'],
  },
  create({ registry, registryPath }) {
    return {
      meta: pastedSecretInRegistry.meta,
      collect: () => undefined,
      finish(ctx) {
        for (const secret of registry.pastedSecrets) {
          ctx.report(registryPath, { message: pastedSecretMessage(secret), span: secret.span, path: ['pasted', ...secret.path] });
        }
      },
    };
  },
};
