import * as z from 'zod';
import { FAIL_ON_VALUES, SEVERITIES } from '../model/severity.js';
import { ALL_RULE_META } from '../rules/index.js';
import type { RuleSettings } from './types.js';

const severity = z.enum(SEVERITIES);

/** `path/glob/**` or `path:line`: relative to the scan root. */
const ignoreEntry = z.string().min(1).describe('A path glob, or path:line, relative to the scan root');

export const RuleSettingsSchema = z.strictObject({
  severity: severity.optional().describe('Replace the severity of every finding of this rule'),
  disabled: z.boolean().optional().describe('Turn the rule off'),
  ignore: z.array(ignoreEntry).optional().describe('Paths (globs, or path:line) where this rule is suppressed'),
});

export const RULE_IDS = ALL_RULE_META.map((m) => m.id) as [string, ...string[]];

/** `.github/token-warden.yml`. */
export const ConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1).optional().describe('Configuration format version'),
    'fail-on': z.enum(FAIL_ON_VALUES).optional().describe('Fail when a finding at or above this severity is reported (default high)'),
    'min-severity': severity.optional().describe('Do not report findings below this severity (default info)'),
    ignore: z.array(ignoreEntry).optional().describe('Paths (globs, or path:line) where every rule is suppressed'),
    rules: z.partialRecord(z.enum(RULE_IDS), RuleSettingsSchema).optional().describe('Per-rule settings, keyed by rule id'),
  })
  .describe('Token Warden configuration');

export type ConfigFile = z.infer<typeof ConfigSchema>;

// The hand-written RuleSettings type (kept free of zod for start-up cost) must match the schema.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _settingsMatch: Same<z.infer<typeof RuleSettingsSchema>, RuleSettings> = true;
void _settingsMatch;

/** JSON Schema for editors (committed as schema/token-warden-config.schema.json; a test keeps it in sync). */
export function configJsonSchema(): object {
  return { ...z.toJSONSchema(ConfigSchema, { target: 'draft-7' }), title: 'Token Warden configuration' };
}
