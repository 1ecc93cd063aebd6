/** Loaded lazily (it pulls in zod and yaml): only when a config file exists. */
import { ConfigSchema } from './schema.js';
import { DEFAULT_CONFIG, type RuleSettings, type ScanConfig } from './types.js';
import { validateYaml } from './validate.js';

/** Parses `.github/token-warden.yml` text. Throws ConfigError (every problem, with line and key). */
export function parseConfig(text: string, file: string): ScanConfig {
  const { data } = validateYaml(text, file, ConfigSchema);
  return {
    failOn: data['fail-on'] ?? DEFAULT_CONFIG.failOn,
    minSeverity: data['min-severity'] ?? DEFAULT_CONFIG.minSeverity,
    ignore: data.ignore ?? [],
    rules: (data.rules ?? {}) as Record<string, RuleSettings>,
  };
}
