import { isBroadClassicScope } from '../scopes.js';
import type { RegistryRule } from './common.js';

export const registryBroadClassicPat: RegistryRule = {
  scope: 'registry-file',
  meta: {
    id: 'registry-broad-classic-pat',
    category: 'token-registry',
    defaultSeverity: 'medium',
    summary: 'A classic PAT declared with broad scopes (`repo`, `workflow`, `delete_repo`, `admin:*` …) where a fine-grained token or a GitHub App would do.',
    remediation:
      'Replace the classic PAT with a fine-grained PAT or a GitHub App installation token limited to the repositories and permissions the automation needs, then update `kind` and `scopes`.',
    docs: '#rule-registry-broad-classic-pat',
    tags: ['token-registry', 'hygiene', 'least-privilege'],
    appliesTo: ['registry'],
  },
  create({ registry, registryPath }) {
    return {
      meta: registryBroadClassicPat.meta,
      collect: () => undefined,
      finish(ctx) {
        for (const token of registry.tokens) {
          if (token.kind !== 'github-pat') continue;
          const broad = token.scopes.filter((s) => s.form === 'classic' && isBroadClassicScope(s.canonical));
          if (broad.length === 0) continue;
          ctx.report(registryPath, {
            message: `Token "${token.name}" is a classic PAT with broad scopes (${broad.map((s) => s.name).join(', ')}): a fine-grained PAT or a GitHub App would grant only what is needed`,
            span: broad[0]!.span,
            path: ['tokens', token.key, 'scopes'],
          });
        }
      },
    };
  },
};
