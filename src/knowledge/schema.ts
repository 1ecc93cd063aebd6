/**
 * The zod schema of a knowledge file (knowledge/actions/<owner>.yml). zod checks each entry's shape; what spans
 * entries or files (duplicates, the owner matching the file name) is checked in compile.ts.
 */
import * as z from 'zod';
import { PERMISSION_SCOPE_NAMES, PERMISSION_SCOPES } from '../workflows/permissions.js';

const INPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `owner/repo` or `owner/repo/path`, lower case, as parseUses normalises the repository part. */
export const ACTION_NAME = /^[a-z0-9][a-z0-9-]*\/[a-z0-9._-]+(?:\/[a-z0-9._-]+)*$/;

const inputName = z.string().regex(INPUT_NAME, { message: 'expected an input name (letters, digits, _ and -)' });
const envName = z.string().regex(ENV_NAME, { message: 'expected an environment variable name (letters, digits and _)' });
const oneLine = (what: string) =>
  z
    .string()
    .min(1)
    .refine((s) => !s.includes('\n'), { message: 'must be one line' })
    .describe(what);

const regex = z.string().refine(
  (s) => {
    try {
      new RegExp(s, 'i');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

export const LevelSchema = z.enum(['read', 'write']);

export const NeedSchema = z.union([
  LevelSchema,
  z.strictObject({
    level: LevelSchema,
    'private-only': z.literal(true).optional().describe('Only private repositories need it (public content is readable without it)'),
  }),
]);

export const NeedsSchema = z
  .partialRecord(z.enum(PERMISSION_SCOPE_NAMES), NeedSchema)
  .superRefine((needs, ctx) => {
    for (const [scope, need] of Object.entries(needs)) {
      if (need === undefined) continue;
      const level = typeof need === 'string' ? need : need.level;
      const allowed = PERMISSION_SCOPES[scope]!.levels.filter((l) => l !== 'none');
      if (!(allowed as readonly string[]).includes(level)) {
        ctx.addIssue({ code: 'custom', path: [scope], message: `"${scope}" can only be ${allowed.join(' or ')}` });
      }
    }
  })
  .describe('Permission scopes → read | write (or { level, private-only: true })');

export const ConditionSchema = z
  .strictObject({
    set: z.array(inputName).min(1).optional().describe('Each input is given a non-empty value'),
    unset: z.array(inputName).min(1).optional().describe('None of these inputs is given'),
    matches: z.record(inputName, regex).optional().describe('The input is given and matches (case-insensitive regular expression)'),
    'not-matches': z.record(inputName, regex).optional().describe('The input is not given, or does not match'),
  })
  .refine((c) => Object.keys(c).length > 0, { message: 'a condition needs at least one of set, unset, matches, not-matches' });

const confidence = z.enum(['certain', 'likely']).describe('certain: documented or read in the code; likely: our best understanding');

export const CaseSchema = z.strictObject({
  when: ConditionSchema,
  needs: NeedsSchema,
  reason: oneLine('Why these permissions are needed in this case'),
  confidence: confidence.optional(),
});

export const EntrySchema = z.strictObject({
  action: z.string().regex(ACTION_NAME, { message: 'expected owner/repo or owner/repo/path in lower case' }),
  'token-inputs': z
    .record(inputName, z.string().nullable())
    .optional()
    .describe('Inputs taking a GitHub token → their default as action.yml writes it (null or "" for none)'),
  'implicit-token': z
    .literal(true)
    .optional()
    .describe('The action uses `github.token` itself (not through an input): its needs always fall on the GITHUB_TOKEN'),
  'git-credentials': z
    .literal(true)
    .optional()
    .describe('The action pushes with the git credentials an earlier actions/checkout persisted: its needs fall on that token'),
  checkout: z
    .literal(true)
    .optional()
    .describe('Checks the repository out like actions/checkout: unless persist-credentials is false, later git commands can use its token'),
  'token-env': z.array(envName).min(1).optional().describe('Environment variables the action reads a GitHub token from'),
  needs: NeedsSchema,
  reason: oneLine('One line: what the action does with the token'),
  source: oneLine('Where this comes from: the URL of the README or action.yml, or a note'),
  confidence: confidence.optional(),
  cases: z.array(CaseSchema).min(1).optional().describe('Further needs that depend on the inputs'),
  'shell-inputs': z.array(inputName).min(1).optional().describe('Inputs holding a shell script the action runs'),
  'github-script-input': inputName.optional().describe('Input holding JavaScript run with an authenticated `github` client'),
});

export const KnowledgeFileSchema = z.strictObject({
  actions: z.array(EntrySchema).min(1),
});

export type KnowledgeFileData = z.infer<typeof KnowledgeFileSchema>;
export type EntryData = z.infer<typeof EntrySchema>;
export type NeedsData = z.infer<typeof NeedsSchema>;
