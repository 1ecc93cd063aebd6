/**
 * `token-warden vault-renew [PATH] [--registry FILE] [--dry-run|--apply] [--increment 1h] [--vault-addr URL]
 * [--format text|json] [--fail-on SEV] [--output FILE]`: keeps the registry's Vault tokens alive. A dry run (the
 * default) looks every token up and says what it would renew; `--apply` renews the ones due. Token values come from the
 * environment (the entry's `env:`, else its name) and are never printed. Exit codes as `scan`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIO } from '../cli.js';
import { failingFindings } from '../engine.js';
import { UsageError } from '../errors.js';
import { FAIL_ON_VALUES, type FailOn } from '../model/severity.js';
import { discover } from '../sources/files.js';
import { parseVaultDuration } from '../vault/duration.js';

const FORMATS = ['text', 'json'] as const;

export async function vaultRenewCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      registry: { type: 'string' },
      'dry-run': { type: 'boolean' },
      apply: { type: 'boolean' },
      increment: { type: 'string' },
      'vault-addr': { type: 'string' },
      format: { type: 'string', short: 'f' },
      'fail-on': { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
  });
  if (positionals.length > 1) throw new UsageError('vault-renew takes at most one PATH (a repository root)');
  if (values.apply && values['dry-run']) throw new UsageError('--apply and --dry-run exclude each other (without either: a dry run)');
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !(FAIL_ON_VALUES as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')} (got "${failOn}")`);
  let increment: number | undefined;
  if (values.increment !== undefined) {
    increment = parseVaultDuration(values.increment);
    if (!increment) throw new UsageError(`--increment must be a duration such as 1h, 90m or 2d, or whole seconds (got "${values.increment}")`);
  }
  const vaultAddr = values['vault-addr']?.trim() || undefined;

  const found = discover(positionals, io.cwd);
  const { runVaultRenew } = await import('../renewal/vault-renew.js');
  const run = await runVaultRenew({
    root: found.root,
    cwd: io.cwd,
    ...(values.registry ? { registryPath: values.registry } : {}),
    ...(failOn ? { failOn: failOn as FailOn } : {}),
    dryRun: values.apply !== true,
    ...(increment !== undefined ? { increment } : {}),
    ...(vaultAddr ? { vaultAddr } : {}),
    env: io.env,
    // The CLI has no log masker and prints no value: masking only records them, on the same code path as the action.
    mask: () => undefined,
  });
  const { renderVaultRenewJson, renderVaultRenewText } = await import('../renewal/report.js');
  const out = format === 'json' ? renderVaultRenewJson(run) : renderVaultRenewText(run, { colour: io.isTTY && !values.output && !io.env.NO_COLOR });
  if (values.output) {
    try {
      writeFileSync(path.resolve(io.cwd, values.output), out);
    } catch (error) {
      throw new UsageError(`cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  } else io.stdout(out);
  for (const r of run.report.ruleFailures) io.stderr(`warning: rule ${r.ruleId} failed on ${r.file}: ${r.message}\n`);
  return failingFindings(run.findings, run.report.failOn).length > 0 ? 1 : 0;
}
