import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const impure = ['@actions/core', '@actions/github', '@actions/cache', '@actions/http-client', '@actions/exec', '@actions/io', '@actions/tool-cache', '@octokit/*', 'node:fs', 'node:fs/promises', 'fs', 'node:http', 'node:https', 'node:child_process', 'undici'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.build/**', 'coverage/**', 'examples/**', 'bench/tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Pure evaluation never touches the network, the disk or the Actions runtime.
    files: ['src/model/**', 'src/workflows/**', 'src/knowledge/**', 'src/rules/**', 'src/report/**', 'src/registry/**', 'src/expiry/**', 'src/engine.ts', 'src/config/**', 'src/alerts/**', 'src/fix/**', 'src/renewal/**'],
    // The I/O edges that live beside their pure code: the registry file loader, the online expiry sources, the
    // expiry state stores, the alert senders (GitHub issues, Slack), and the renewal state file. (The renewal jobs reach
    // GitHub only through an injected client.)
    ignores: ['src/registry/load-file.ts', 'src/expiry/sources/**', 'src/expiry/state/file-store.ts', 'src/expiry/state/cache-store.ts', 'src/alerts/issues.ts', 'src/alerts/slack.ts', 'src/renewal/state-file.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: impure, message: 'Pure modules must not do I/O: put it behind an interface in src/sources/.' }] }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Pure modules must not do I/O.' }],
    },
  },
  {
    // CommonJS shims (src/shims/lazy-yaml.cjs): a `require` inside a function is how the bundle loads a package lazily.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', exports: 'writable', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', performance: 'readonly' } },
  },
);
