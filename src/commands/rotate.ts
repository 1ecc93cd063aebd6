/**
 * `token-warden rotate [--registry FILE] [--dry-run|--apply] [--force NAME | --force-all] [--repo OWNER/REPO]
 * [--state FILE]`: writes a fresh generated value to every repository Actions secret whose registry entry has a
 * `rotation` rule and is due (or forced). A dry run unless --apply. Exit 0 when done (or nothing due), 1 when a
 * rotation failed, 2 for a usage or registry error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIO } from '../cli.js';
import { UsageError } from '../errors.js';
import type { RotateResult } from '../renewal/rotate.js';
import { isRepositoryName, repositoryFromGit } from '../sources/git-remote.js';
import {
  authFromCli,
  cliClient,
  COMMON_OPTIONS,
  failing,
  failOnOf,
  findingLines,
  formatOf,
  isDryRun,
  jsonFindings,
  JSON_TOOL,
  positiveInt,
  requireGithubOutput,
  writeGithubOutputs,
} from './renewal-cli.js';

function renderText(result: RotateResult, dryRun: boolean): string {
  const lines = [`rotate: Actions secrets of ${result.repository} with a rotation rule in ${result.registryFile ?? '(no registry)'}${dryRun ? ' (dry run)' : ''}`];
  for (const a of result.actions) lines.push(`  ${a}`);
  if (result.findings.length) lines.push(`findings (${result.findings.length}):`, ...findingLines(result.findings));
  for (const n of result.notes) lines.push(`note: ${n}`);
  return lines.join('\n') + '\n';
}

export async function rotateCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      ...COMMON_OPTIONS,
      registry: { type: 'string' },
      repo: { type: 'string' },
      force: { type: 'string', multiple: true },
      'force-all': { type: 'boolean' },
    },
  });
  if (positionals.length) throw new UsageError(`rotate takes no positional arguments (got "${positionals[0]}"); name the registry with --registry FILE`);
  const dryRun = isDryRun(values);
  const format = formatOf(values);
  const failOn = failOnOf(values);
  const forceNames = values.force ?? [];
  if (values['force-all'] && forceNames.length) throw new UsageError('--force NAME and --force-all: give one of them');
  const repository = values.repo ?? io.env.GITHUB_REPOSITORY ?? repositoryFromGit(io.cwd);
  if (!repository) throw new UsageError('rotate needs the repository whose secrets it writes: --repo OWNER/REPO (or GITHUB_REPOSITORY, or a git remote "origin")');
  if (!isRepositoryName(repository)) throw new UsageError(`--repo must be OWNER/REPO (got "${repository}")`);
  const storeOutput = values['store-output'] === true;
  const outputFile = storeOutput ? requireGithubOutput(io) : undefined;
  const attempts = positiveInt(values.attempts, '--attempts', 3);
  const auth = authFromCli(values, io.env, { repository }, 'secrets: write on the repository');
  const client = await cliClient(io, auth, values['api-url']);
  const { FileRenewalStateStore } = await import('../renewal/state-file.js');
  const { describeRun } = await import('../renewal/state.js');
  const { runRotate } = await import('../renewal/rotate.js');
  const result = await runRotate({
    root: io.cwd,
    cwd: io.cwd,
    ...(values.registry !== undefined ? { registryPath: values.registry } : {}),
    repository,
    client,
    dryRun,
    force: { all: values['force-all'] === true, names: forceNames },
    outputValues: storeOutput,
    ...(values.state !== undefined ? { state: new FileRenewalStateStore(path.resolve(io.cwd, values.state)) } : {}),
    run: describeRun(io.env),
    retry: { attempts },
    // No value is printed; --store-output masks through $GITHUB_OUTPUT's add-mask below.
    mask: () => undefined,
    log: (m) => io.stderr(`${m}\n`),
  });
  if (outputFile && !dryRun && Object.keys(result.outputs).length) writeGithubOutputs(io, outputFile, result.outputs, result.secretOutputs);
  if (format === 'json') {
    const report = {
      version: 1,
      tool: JSON_TOOL,
      command: 'rotate',
      dryRun,
      status: result.status,
      repository: result.repository,
      registry: result.registryFile,
      secrets: result.plan.map((e) => ({
        name: e.name,
        type: e.rule.generate.type,
        prefix: e.rule.generate.prefix ?? null,
        length: e.rule.generate.length,
        maxAgeDays: e.rule.maxAgeDays,
        updatedAt: e.updatedAt ?? null,
        ageDays: e.ageDays ?? null,
        due: e.due,
        reason: e.reason,
        detail: e.detail,
      })),
      actions: result.actions,
      history: result.history,
      notes: result.notes,
      error: result.error ?? null,
      maskedOutputs: result.secretOutputs,
      findings: await jsonFindings(result.findings),
    };
    io.stdout(JSON.stringify(report, null, 2) + '\n');
  } else {
    io.stdout(renderText(result, dryRun));
    if (result.error) io.stderr(`token-warden: rotate failed: ${result.error}\n`);
  }
  return result.status === 'failed' || result.status === 'partial' || failing(result.findings, failOn) ? 1 : 0;
}
