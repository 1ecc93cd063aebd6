/** The `token-warden` command line: a thin layer over the pipeline and the renderers. */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import { ConfigError, formatIssue } from './config/validate-error.js';
import { discover, isWithin, readInputs } from './sources/files.js';
import { failingFindings, scan } from './engine.js';
import { failingFindingsOf } from './report/baseline.js';
import { DEFAULT_REGISTRY_PATH, findRegistryFile, LEGACY_REGISTRY_PATH, loadRegistry } from './registry/load-file.js';
import { pastedSecretMessage, registryProjectRules } from './registry/rules/index.js';
import { buildTokenMatrix, MATRIX_FORMATS, renderTokenMatrix } from './registry/matrix.js';
import { usageOfInputs } from './registry/usage.js';
import { FAIL_ON_VALUES, SEVERITIES, type FailOn, type Severity } from './model/severity.js';
import { runScan } from './pipeline.js';
import type { ShardRunner } from './parallel.js';
import { renderText, summaryLine } from './report/text.js';
import { renderJson, renderJsonChunks } from './report/json.js';
import { renderSarif } from './report/sarif.js';
import { renderMarkdown } from './report/markdown.js';
import { planAnnotations, renderGithubCommands } from './report/annotations.js';
import { renderRulesMarkdown, renderRulesText } from './report/rules-doc.js';
import { VERSION } from './version.js';
import type { Trend } from './expiry/trend.js';
import { isRepositoryName, repositoryFromGit } from './sources/git-remote.js';
import { vaultRenewCommand } from './commands/vault-renew.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Runs a scan shard in a worker thread (the bundled entry point provides it); absent: one thread. */
  shardRunner?: ShardRunner;
  /** Threads available (os.availableParallelism()). */
  cpus?: number;
}

const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `token-warden ${VERSION}: keeps GitHub Actions tokens safe and alive

Usage:
  token-warden scan [PATH...] [options]   scan workflows and actions for GITHUB_TOKEN and secret misuse
  token-warden rules [--format text|markdown|json]
                                          list the rules
  token-warden registry validate [FILE]   check the token registry (.github/token-scope-map.yml): every error, with its line
  token-warden registry matrix [PATH...] [--registry FILE] [--format markdown|json|csv]
                                          the token permissions matrix: registry × where tokens are used
  token-warden expiry [PATH] [--registry FILE] [--format text|json|csv|markdown] [--now DATE-OR-TIMESTAMP]
                      [--offline] [--api-url URL] [--repository OWNER/NAME] [--org-secrets]
                      [--vault-addr URL] [--state FILE] [--fail-on SEVERITY] [--output FILE]
                                          the rotation plan and expiry findings of the token registry, as of
                                          --now (a date means 00:00 UTC; default: now), from the declared dates
                                          and (unless --offline) GitHub, Actions secrets, JWTs, Vault and Apps;
                                          token values from the environment; exit codes as scan
  token-warden vault-renew [PATH] [--registry FILE] [--dry-run|--apply] [--increment 1h] [--vault-addr URL]
                           [--format text|json] [--fail-on SEVERITY] [--output FILE]
                                          look up the registry's Vault tokens (kind vault; values from the
                                          environment) and say which are due; --apply renews them (renew-self)
  token-warden runner-token (--org ORG | --repo OWNER/REPO | --enterprise SLUG) [--store-secret NAME]
                      [--store-output] [--jit NAME --labels a,b --runner-group-id N] [--threshold 5m] [--force]
                      [--dry-run|--apply] [--api-url URL] [--state FILE] [--format text|json]
                                          keep a self-hosted runner registration token (or JIT config) fresh in an
                                          Actions secret or a masked step output; reports offline runners
  token-warden rotate [--registry FILE] [--dry-run|--apply] [--force NAME|--force-all] [--repo OWNER/REPO]
                      [--state FILE]      write fresh generated values to the Actions secrets whose registry
                                          rotation rule says they are due
                                          (both: a dry run unless --apply; credential from GITHUB_TOKEN/GH_TOKEN,
                                          or --app-id with GITHUB_APP_PRIVATE_KEY; see the README)
  token-warden fix [PATH...] [--write] [--check] [--format diff|json]
                                          least-privilege permissions: "permissions: {}" at the top and in each job
                                          exactly the scopes its steps need, with the reason; a unified diff unless
                                          --write; never widens a grant, never touches a job whose needs are unknown;
                                          --check: exit 1 when a change would be made
  token-warden org-scan --org ORG [--forks] [--shards N] [--format text|json|markdown] [--fail-on SEV]
                      [--api-url URL] [--rest] [--org-registry FILE|OWNER/REPO:PATH] [--cache FILE] [--output FILE]
                                          every repository of an organisation: plan, scan and merge in one process;
                                          or in three steps (a sharded workflow): --org ORG --plan-only --output
                                          plan.json | --plan plan.json --shard K --output shard-K.json | --merge
                                          [--plan plan.json] shard-*.json. Token from GITHUB_TOKEN or GH_TOKEN: an
                                          App installation token or a PAT (a workflow's own GITHUB_TOKEN sees only
                                          its repository); exit 1 also when a shard or repository was not scanned
  token-warden schema [config|registry]   print the JSON Schema of the config file or of the token registry
  token-warden --version | --help

PATH is a repository root (a directory holding .github/: its .github/workflows/*.yml and every
action.yml in the tree), any other directory (every .yml/.yaml below it) or a file. Default: .

Scan options:
  --format FORMAT        text (default), json, sarif, markdown, github
  --output FILE          write the report to FILE instead of standard output
  --fail-on SEVERITY     critical|high|medium|low|none: exit 1 when a finding is at or above it (default high)
  --baseline FILE        a JSON or SARIF report of an earlier scan (e.g. of the base branch): findings in it are
                         reported as existing and do not count towards --fail-on; only new ones do
  --min-severity SEV     do not report findings below SEV (critical|high|medium|low|info; default info)
  --config FILE          config file (default: .github/token-warden.yml under the scanned root, if present)
  --root DIR             report paths relative to DIR
  --registry FILE        token registry (default: .github/token-scope-map.yml under the root, if present)
  --registry-report      add the token permissions matrix to the markdown report
  --repository OWNER/NAME
                         the scanned repository: its owner's actions count as first-party
                         (default: read from the git remote "origin" of the scanned root)
  --jobs N               threads for large scans (default: 1 below 4 CPUs, else the CPUs available, at most 4)
  --color / --no-color   force colour on or off (default: on for a terminal)

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on; 2 usage or configuration error.
`;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

async function scanCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      'fail-on': { type: 'string' },
      'min-severity': { type: 'string' },
      config: { type: 'string', short: 'c' },
      root: { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      registry: { type: 'string' },
      'registry-report': { type: 'boolean' },
      repository: { type: 'string' },
      baseline: { type: 'string' },
    },
  });
  if (values.repository !== undefined && !isRepositoryName(values.repository)) throw new UsageError(`--repository must be OWNER/NAME (got "${values.repository}")`);
  if (values.baseline === '') throw new UsageError('--baseline needs a FILE: a JSON or SARIF report of an earlier scan');
  // Node already keeps a second core busy with GC and compilation: on 2–3 vCPUs a worker thread measured no gain
  // (bench/RESULTS.md), so threads start only from 4 CPUs.
  const jobs = values.jobs === undefined ? ((io.cpus ?? 1) >= 4 ? Math.min(io.cpus ?? 1, 4) : 1) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive whole number (got "${values.jobs}")`);
  const format: Format = oneOf(values.format, FORMATS, '--format') ?? 'text';
  const failOn = oneOf<FailOn>(values['fail-on'], FAIL_ON_VALUES, '--fail-on');
  const minSeverity = oneOf<Severity>(values['min-severity'], SEVERITIES, '--min-severity');
  const scanned = await runScan({
    paths: positionals,
    cwd: io.cwd,
    ...(values.root ? { root: values.root } : {}),
    ...(values.config ? { configPath: values.config } : {}),
    ...(failOn ? { failOn } : {}),
    ...(minSeverity ? { minSeverity } : {}),
    ...(io.shardRunner && jobs > 1 ? { parallel: { runner: io.shardRunner, extraThreads: jobs - 1 } } : {}),
    ...(values.registry ? { registryPath: values.registry } : {}),
    ...(values['registry-report'] ? { registryReport: true } : {}),
    ...(values.repository ? { repository: values.repository } : { detectRepository: true }),
  });
  const { root } = scanned;
  let report = scanned.report;
  if (values.baseline !== undefined) {
    const { baselineFingerprints } = await import('./baseline-run.js');
    const found = await baselineFingerprints({ root, cwd: io.cwd, baselineFile: values.baseline, config: scanned.config });
    if (found.warning) io.stderr(`warning: ${found.warning}\n`);
    if (found.baseline) report = { ...report, baseline: found.baseline };
  }
  const colour = values['no-color'] ? false : values.color ? true : io.isTTY && !values.output && !io.env.NO_COLOR;
  let out: string | Iterable<string>;
  switch (format) {
    case 'json':
      // To a file, piece by piece (a large report is never held whole); to stdout, as one text.
      out = values.output ? renderJsonChunks(report) : renderJson(report);
      break;
    case 'sarif':
      out = renderSarif(report, { srcRoot: pathToFileURL(root).href });
      break;
    case 'markdown':
      out = renderMarkdown(report, planAnnotations(report.findings));
      break;
    case 'github':
      out = renderGithubCommands(report.findings);
      break;
    default:
      out = renderText(report, { colour });
  }
  if (values.output) {
    writeOutput(io, values.output, out);
    if (format !== 'text') io.stderr(`${summaryLine(report)}\n`);
  } else io.stdout(typeof out === 'string' ? out : [...out].join(''));
  for (const r of report.ruleFailures) io.stderr(`warning: rule ${r.ruleId} failed on ${r.file}: ${r.message}\n`);
  return failingFindingsOf(report).length > 0 ? 1 : 0;
}

async function rulesCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { format: { type: 'string', short: 'f' } } });
  const format = oneOf(values.format, ['text', 'markdown', 'json'] as const, '--format') ?? 'text';
  if (format === 'markdown') io.stdout(renderRulesMarkdown());
  else if (format === 'json') {
    const { ALL_RULE_META } = await import('./rules/index.js');
    io.stdout(JSON.stringify(ALL_RULE_META, null, 2) + '\n');
  } else io.stdout(renderRulesText());
  return 0;
}

async function schemaCommand(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: {} });
  const which = oneOf(positionals[0], ['config', 'registry'] as const, 'schema') ?? 'config';
  if (positionals.length > 1) throw new UsageError('schema takes one argument: config or registry');
  if (which === 'registry') {
    const { registryJsonSchema } = await import('./registry/schema.js');
    io.stdout(JSON.stringify(registryJsonSchema(), null, 2) + '\n');
  } else {
    const { configJsonSchema } = await import('./config/schema.js');
    io.stdout(JSON.stringify(configJsonSchema(), null, 2) + '\n');
  }
  return 0;
}

async function registryValidate(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { 'fail-on': { type: 'string' } } });
  if (positionals.length > 1) throw new UsageError('registry validate takes at most one FILE');
  const failOn = oneOf<FailOn>(values['fail-on'], FAIL_ON_VALUES, '--fail-on') ?? 'high';
  const file = findRegistryFile(io.cwd, positionals[0], io.cwd);
  if (!file) throw new UsageError(`no token registry found (looked for ${DEFAULT_REGISTRY_PATH} and ${LEGACY_REGISTRY_PATH}); give its path`);
  const { checkRegistry } = await import('./registry/parse.js');
  const check = checkRegistry(file.text, file.path);
  if (!check.registry) {
    const lines = check.issues.map(formatIssue);
    for (const pasted of check.pastedSecrets) lines.push(`${file.path}: ${pastedSecretMessage(pasted)}`);
    io.stderr(`${lines.join('\n')}\n${check.issues.length} error(s): ${file.path} is not a valid token registry\n`);
    return 2;
  }
  // Valid: also run the checks that need only the registry (hygiene, pasted credentials).
  const result = scan([], {
    projectRules: registryProjectRules(check.registry, file.path, { scope: 'registry-file' }),
    extraFiles: [{ path: file.path, text: file.text }],
  });
  const report = { toolVersion: VERSION, findings: result.findings, stats: result.stats, ruleFailures: result.ruleFailures, failOn, minSeverity: 'info' as const };
  io.stdout(`${file.path}: valid token registry, ${check.registry.tokens.length} token(s)\n`);
  if (result.findings.length) io.stdout(renderText(report, { colour: io.isTTY && !io.env.NO_COLOR }));
  return failingFindings(result.findings, failOn).length > 0 ? 1 : 0;
}

async function registryMatrix(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f' }, registry: { type: 'string' }, output: { type: 'string', short: 'o' } },
  });
  const format = oneOf(values.format, MATRIX_FORMATS, '--format') ?? 'markdown';
  const found = discover(positionals, io.cwd);
  const loaded = await loadRegistry(found.root, values.registry, io.cwd);
  if (!loaded) throw new UsageError(`no token registry found under ${found.root} (looked for ${DEFAULT_REGISTRY_PATH} and ${LEGACY_REGISTRY_PATH}); use --registry FILE`);
  // As in a scan: the registry describes the files under the root, not ones named from elsewhere.
  const files = found.files.filter((f) => f !== loaded.file.absolutePath && isWithin(found.root, f));
  const usage = usageOfInputs(readInputs({ root: found.root, files }));
  const out = renderTokenMatrix(buildTokenMatrix(loaded.registry, usage, { now: new Date() }), format);
  if (values.output) writeOutput(io, values.output, out);
  else io.stdout(out);
  return 0;
}

const EXPIRY_FORMATS = ['text', 'json', 'csv', 'markdown'] as const;

/**
 * `expiry [PATH] [--registry FILE] [--format text|json|csv|markdown] [--now DATE-OR-TIMESTAMP] [--offline]
 * [--api-url URL] [--repository OWNER/NAME] [--org-secrets] [--vault-addr URL] [--state FILE] [--fail-on SEV]`: the
 * rotation plan and the expiry findings of the registry, as of `--now` (default: the real clock), from the declared
 * dates and — unless `--offline` — every online source that has what it needs (token values from the environment,
 * GITHUB_TOKEN/GH_TOKEN for the API, VAULT_ADDR for Vault).
 */
async function expiryCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      registry: { type: 'string' },
      now: { type: 'string' },
      offline: { type: 'boolean' },
      'api-url': { type: 'string' },
      repository: { type: 'string' },
      'org-secrets': { type: 'boolean' },
      'vault-addr': { type: 'string' },
      state: { type: 'string' },
      'fail-on': { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
  });
  if (positionals.length > 1) throw new UsageError('expiry takes at most one PATH (a repository root)');
  const format = oneOf(values.format, EXPIRY_FORMATS, '--format') ?? 'text';
  const failOn = oneOf<FailOn>(values['fail-on'], FAIL_ON_VALUES, '--fail-on');
  if (values.repository !== undefined && !isRepositoryName(values.repository)) throw new UsageError(`--repository must be OWNER/NAME (got "${values.repository}")`);
  const { parseInstant } = await import('./expiry/policy.js');
  const nowMs = values.now === undefined ? Date.now() : parseInstant(values.now);
  if (nowMs === undefined) throw new UsageError(`--now must be a date (YYYY-MM-DD, meaning 00:00 UTC) or a timestamp with an offset, e.g. 2027-01-31T09:00:00+01:00 (got "${values.now}")`);
  const found = discover(positionals, io.cwd);
  const { resolveApiUrl } = await import('./github/api-url.js');
  const apiUrl = resolveApiUrl(values['api-url'], io.env);
  // Values are never printed; the CLI has no log masker, so masking here only records them (for the same code path).
  const mask = (): void => undefined;
  const { buildSources } = await import('./expiry/sources/index.js');
  const apiToken = io.env.GITHUB_TOKEN?.trim() || io.env.GH_TOKEN?.trim() || undefined;
  const repository = values.repository ?? io.env.GITHUB_REPOSITORY ?? repositoryFromGit(found.root);
  const built = await buildSources({
    offline: values.offline === true,
    apiUrl,
    ...(apiToken ? { apiToken } : {}),
    ...(repository ? { repository } : {}),
    orgSecrets: values['org-secrets'] === true,
    ...((values['vault-addr'] ?? io.env.VAULT_ADDR) ? { vaultAddr: values['vault-addr'] ?? io.env.VAULT_ADDR } : {}),
    ...(io.env.VAULT_NAMESPACE ? { vaultNamespace: io.env.VAULT_NAMESPACE } : {}),
    env: io.env,
    mask,
    log: { debug: () => undefined, info: () => undefined, warn: (m) => io.stderr(`warning: ${m}\n`), error: (m) => io.stderr(`error: ${m}\n`) },
  });
  const { runExpiry } = await import('./expiry/run.js');
  const run = await runExpiry({
    root: found.root,
    cwd: io.cwd,
    ...(values.registry ? { registryPath: values.registry } : {}),
    ...(failOn ? { failOn } : {}),
    nowMs,
    sources: built.sources,
    env: io.env,
    mask,
  });
  run.plan.notes.unshift(...built.notes);
  const { report, plan } = run;
  // --state FILE: what changed since the run that wrote it (per-token status and finding fingerprints, never values).
  let trend: Trend | undefined;
  if (values.state !== undefined) {
    // One import at a time (Jest's ESM loader fails on concurrent imports sharing a dependency).
    const { FileStateStore } = await import('./expiry/state/file-store.js');
    const { trendThrough } = await import('./expiry/state/store.js');
    const result = await trendThrough(new FileStateStore(path.resolve(io.cwd, values.state)), plan, report.findings);
    trend = result.trend;
    for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
  }
  const { renderPlanCsv, renderPlanMarkdown, renderPlanText } = await import('./expiry/plan.js');
  const { renderTrendMarkdown, renderTrendText } = await import('./expiry/trend.js');
  let out: string;
  if (format === 'json') out = JSON.stringify({ ...(JSON.parse(renderJson(report)) as object), expiry: trend ? { ...plan, trend } : plan }, null, 2) + '\n';
  else if (format === 'csv') out = renderPlanCsv(plan);
  else if (format === 'markdown') out = `${renderPlanMarkdown(plan, run.registryFile)}\n${trend ? `${renderTrendMarkdown(trend)}\n` : ''}${renderMarkdown(report, planAnnotations(report.findings))}`;
  else out = `${renderPlanText(plan, run.registryFile)}\n${trend ? `${renderTrendText(trend)}\n` : ''}${renderText(report, { colour: io.isTTY && !values.output && !io.env.NO_COLOR })}`;
  if (values.output) writeOutput(io, values.output, out);
  else io.stdout(out);
  for (const r of report.ruleFailures) io.stderr(`warning: rule ${r.ruleId} failed on ${r.file}: ${r.message}\n`);
  return failingFindings(report.findings, report.failOn).length > 0 ? 1 : 0;
}

async function registryCommand(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'validate') return registryValidate(rest, io);
  if (sub === 'matrix') return registryMatrix(rest, io);
  throw new UsageError(`registry: expected "validate" or "matrix"${sub ? ` (got "${sub}")` : ''}`);
}

function writeOutput(io: CliIO, file: string, content: string | Iterable<string>): void {
  try {
    if (typeof content === 'string') writeFileSync(path.resolve(io.cwd, file), content);
    else writeChunks(path.resolve(io.cwd, file), content);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** Writes pieces of text to a file, gathered into writes of about 64 KB. */
function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    let pending = '';
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= 65_536) {
        writeSync(fd, pending);
        pending = '';
      }
    }
    if (pending) writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(rest, io);
      case 'rules':
        return await rulesCommand(rest, io);
      case 'schema':
        return await schemaCommand(rest, io);
      case 'registry':
        return await registryCommand(rest, io);
      case 'expiry':
        return await expiryCommand(rest, io);
      case 'vault-renew':
        return await vaultRenewCommand(rest, io);
      case 'runner-token':
        return await (await import('./commands/runner-token.js')).runnerTokenCommand(rest, io);
      case 'rotate':
        return await (await import('./commands/rotate.js')).rotateCommand(rest, io);
      case 'fix':
        return await (await import('./commands/fix.js')).fixCommand(rest, io);
      case 'org-scan':
        return await (await import('./commands/org-scan.js')).orgScanCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout(`${VERSION}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}" (try: token-warden --help)`);
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`token-warden: invalid configuration:\n${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`token-warden: ${(error as Error).message}\n`);
      return 2;
    }
    io.stderr(`token-warden: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}
