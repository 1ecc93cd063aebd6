import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scan, type ScanOptions, type ScanResult } from '../src/engine.js';
import type { ScanConfig } from '../src/config/types.js';
import { DEFAULT_CONFIG } from '../src/config/types.js';
import type { Rule } from '../src/model/rule.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The shared folder CI places beside the clone (`../shared`). Tests that need it fail — never skip —
 * when it is missing, saying what is wrong.
 */
export function sharedDir(...parts: string[]): string {
  const dir = path.resolve(PROJECT_ROOT, '..', 'shared');
  if (!existsSync(dir)) {
    throw new Error(`../shared is missing (expected at ${dir}): these tests read the peer fixtures and the corpus from it; CI places it beside the clone.`);
  }
  return path.join(dir, ...parts);
}

/** Scans in-memory files. */
export function scanFiles(
  files: Record<string, string>,
  config: Partial<ScanConfig> = {},
  rules?: readonly Rule[],
  options: Pick<ScanOptions, 'repositoryOwner' | 'defaultWorkflowPermissions' | 'environmentScopedSecrets'> = {},
): ScanResult {
  const inputs = Object.entries(files).map(([p, text]) => ({ path: p, text }));
  return scan(inputs, { ...options, config: { ...DEFAULT_CONFIG, ...config }, ...(rules ? { rules } : {}) });
}

/** Strips common leading indentation so fixtures can be written inline. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
