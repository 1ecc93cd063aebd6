/** Scanning a fixture repository on disk with the registry rules, the way the CLI will. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scan, type ScanResult } from '../../src/engine.js';
import { DEFAULT_CONFIG, type ScanConfig } from '../../src/config/types.js';
import { filesUnder } from '../../src/sources/files.js';
import { findRegistryFile } from '../../src/registry/load-file.js';
import { checkRegistry } from '../../src/registry/parse.js';
import { registryProjectRules, REGISTRY_RULE_META, type RegistryRuleOptions } from '../../src/registry/rules/index.js';
import type { Registry } from '../../src/registry/types.js';
import { PROJECT_ROOT } from '../helpers.js';

export const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'registry');
const REGISTRY_IDS = new Set(REGISTRY_RULE_META.map((m) => m.id));

export interface RepoScan {
  result: ScanResult;
  registry: Registry;
  registryPath: string;
  /** Registry-rule findings as `ruleId file:line`, in engine order. */
  found: string[];
}

export function scanRepo(root: string, options: RegistryRuleOptions = {}, config: Partial<ScanConfig> = {}): RepoScan {
  const file = findRegistryFile(root, undefined, root);
  if (!file) throw new Error(`no registry in ${root}`);
  const check = checkRegistry(file.text, file.path);
  if (!check.registry) throw new Error(`invalid registry in ${root}:\n${check.issues.map((i) => `${i.line}:${i.column} ${i.key}: ${i.message}`).join('\n')}`);
  const inputs = filesUnder(root).map((f) => ({ path: path.relative(root, f).split(path.sep).join('/'), text: readFileSync(f, 'utf8') }));
  const result = scan(inputs, {
    config: { ...DEFAULT_CONFIG, ...config },
    rules: [],
    projectRules: registryProjectRules(check.registry, file.path, options),
    extraFiles: [{ path: file.path, text: file.text }],
  });
  const found = result.findings.filter((f) => REGISTRY_IDS.has(f.ruleId)).map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine}`);
  return { result, registry: check.registry, registryPath: file.path, found };
}
