/**
 * `token-warden fix [PATH...] [--write] [--check] [--format diff|json]`: the least-privilege autofix. Reads the
 * workflows, plans with the pure core (src/fix), and prints a unified diff (or the JSON plan); `--write` writes the
 * files. What is left as is, and why, goes to standard error beside a diff. Exit code: 0; 1 with `--check` when a
 * change would be (or, with `--write`, was) made; 2 for a usage error.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CliIO } from '../cli.js';
import { UsageError } from '../errors.js';
import { discover, readRegularFile, relativePath } from '../sources/files.js';
import { PARSE_BUDGETS } from '../workflows/budgets.js';
import { fixNotes, fixSummaryLine, planFixes, renderDiff, renderFixJson, type FilePlan, type FixInput } from '../fix/index.js';
import { repositoryFromGit } from '../sources/git-remote.js';
import { VERSION } from '../version.js';

const FORMATS = ['diff', 'json'] as const;

export async function fixCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      write: { type: 'boolean', short: 'w' },
      check: { type: 'boolean' },
      format: { type: 'string', short: 'f' },
    },
  });
  const format = values.format ?? 'diff';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);

  const found = discover(positionals, io.cwd);
  const absolute = new Map<string, string>();
  const inputs: FixInput[] = [];
  // A file that is not UTF-8 would not survive decoding and encoding again byte for byte: planned, never written.
  const notUtf8 = new Set<string>();
  for (const file of found.files) {
    const rel = relativePath(found.root, file);
    const text = readRegularFile(file, PARSE_BUDGETS.maxBytes + 1);
    if (text.includes('\uFFFD')) notUtf8.add(rel);
    absolute.set(rel, file);
    inputs.push({ path: rel, text });
  }
  // As in a scan: the repository's own actions are first-party (the check for new findings judges them so).
  const owner = repositoryFromGit(found.root)?.split('/')[0]?.toLowerCase();
  const plans = planFixes(inputs, owner ? { repositoryOwner: owner } : {}).map((p): FilePlan =>
    notUtf8.has(p.path) && p.status === 'changed'
      ? { ...p, status: 'skipped', why: 'not rewritten: the file is not valid UTF-8 (or holds U+FFFD), so its bytes could not be kept', edits: [], fixed: p.original }
      : p,
  );
  const changed = plans.filter((p) => p.status === 'changed');

  if (values.write) {
    for (const p of changed) {
      const file = absolute.get(p.path)!;
      try {
        writeFileSync(file, p.fixed);
      } catch (error) {
        throw new UsageError(`cannot write ${p.path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    }
  }

  if (format === 'json') io.stdout(renderFixJson(plans, VERSION));
  else {
    if (values.write) {
      for (const p of changed) io.stdout(`fixed ${p.path}\n`);
    } else io.stdout(renderDiff(plans));
    for (const note of fixNotes(plans)) io.stderr(`${note}\n`);
    io.stderr(`${fixSummaryLine(plans)}${values.write ? ` (${changed.length} written)` : ''}\n`);
  }
  for (const s of found.skipped) io.stderr(`warning: skipped ${s.path} (${s.reason})\n`);
  return values.check && changed.length > 0 ? 1 : 0;
}
