#!/usr/bin/env node
/**
 * Precision review sample (issue 8, "Measure it"): scan the workflow corpus with the CLI, keep the findings at
 * severity high or critical, and draw N of them at random with a seeded PRNG, so the same seed over the same
 * scanner output gives the same sample. Also counts every finding per rule × severity over the whole corpus.
 *
 *   node scripts/precision-sample.mjs [--seed 1] [--n 30] [--cli dist/cli/index.js]
 *                                     [--corpus ../shared/corpus/workflows] [--manifest ../shared/corpus/MANIFEST.tsv]
 *                                     [--json FILE] [--one-run]
 *
 * Each repository's files are scanned in a CLI run of their own with `--repository OWNER/NAME` (from the manifest), as
 * a user scanning their repository would — so that repository's own actions count as first-party. `--one-run` scans the
 * whole folder in one run instead (no owner known), as the "before" sample did.
 *
 * Markdown goes to stdout; `--json FILE` also writes the counts and the sample (with fingerprints) for a later
 * run to compare against. Draw: the high/critical findings are sorted by (file, line, column, rule, fingerprint),
 * then a partial Fisher–Yates shuffle driven by mulberry32(seed) picks the first N.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];

function usage(message) {
  if (message) console.error(`precision-sample: ${message}`);
  console.error('usage: node scripts/precision-sample.mjs [--seed N] [--n N] [--cli FILE] [--corpus DIR] [--manifest FILE] [--json FILE]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = {
    seed: 1,
    n: 30,
    cli: path.join(ROOT, 'dist', 'cli', 'index.js'),
    corpus: path.resolve(ROOT, '..', 'shared', 'corpus', 'workflows'),
    manifest: undefined,
    json: undefined,
    oneRun: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const key = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => {
      if (eq > 0) return arg.slice(eq + 1);
      if (i + 1 >= argv.length) usage(`${key} needs a value`);
      return argv[++i];
    };
    switch (key) {
      case '--seed': opts.seed = Number(value()); break;
      case '--n': opts.n = Number(value()); break;
      case '--cli': opts.cli = path.resolve(value()); break;
      case '--corpus': opts.corpus = path.resolve(value()); break;
      case '--manifest': opts.manifest = path.resolve(value()); break;
      case '--json': opts.json = path.resolve(value()); break;
      case '--one-run': opts.oneRun = true; break;
      case '-h': case '--help': usage(); break;
      default: usage(`unknown argument ${arg}`);
    }
  }
  if (!Number.isInteger(opts.seed)) usage('--seed must be an integer');
  if (!Number.isInteger(opts.n) || opts.n < 1) usage('--n must be a positive integer');
  opts.manifest ??= path.join(path.dirname(opts.corpus), 'MANIFEST.tsv');
  return opts;
}

/** mulberry32: a small, well-known 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Manifest rows keyed by file name (the `workflows/` or `actions/` prefix dropped). */
function readManifest(file) {
  const rows = new Map();
  if (!existsSync(file)) return rows;
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const header = lines.shift().split('\t');
  for (const line of lines) {
    const cells = line.split('\t');
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    rows.set(path.basename(row.file), row);
  }
  return rows;
}

function scan(cli, corpus, files, repository) {
  const args = files ? [cli, 'scan', ...files, '--repository', repository] : [cli, 'scan', corpus];
  const r = spawnSync(process.execPath, [...args, '--format', 'json', '--fail-on', 'none'], {
    cwd: corpus,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    console.error(r.stderr);
    throw new Error(`${cli} exited ${r.status}`);
  }
  return JSON.parse(r.stdout);
}

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Markdown table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? '').replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

const opts = parseArgs(process.argv.slice(2));
if (!existsSync(opts.cli)) usage(`CLI not found: ${opts.cli}`);
if (!existsSync(opts.corpus)) usage(`corpus not found: ${opts.corpus}`);

const manifest = readManifest(opts.manifest);
let report;
if (opts.oneRun) report = scan(opts.cli, opts.corpus);
else {
  // One run per repository, in a fixed order; file names stay relative to the corpus folder.
  const byRepo = new Map();
  for (const name of readdirSync(opts.corpus).filter((f) => /\.ya?ml$/i.test(f)).sort(compare)) {
    const repo = manifest.get(name)?.repo;
    if (!repo) usage(`${name} is not in the manifest: cannot tell its repository (use --one-run)`);
    if (!byRepo.has(repo)) byRepo.set(repo, []);
    byRepo.get(repo).push(name);
  }
  report = { summary: { files: 0 }, findings: [] };
  for (const [repo, files] of [...byRepo].sort((a, b) => compare(a[0], b[0]))) {
    const r = scan(opts.cli, opts.corpus, files, repo);
    report.summary.files += r.summary.files;
    report.findings.push(...r.findings);
  }
}
const findings = report.findings.filter((f) => !f.suppressed);

// Counts per rule × severity over the whole corpus.
const counts = {};
for (const f of findings) {
  counts[f.ruleId] ??= Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  counts[f.ruleId][f.severity] += 1;
}
const ruleIds = Object.keys(counts).sort(compare);

// The population: high and critical, in a fixed order independent of the scanner's output order.
const population = findings
  .filter((f) => f.severity === 'critical' || f.severity === 'high')
  .sort((a, b) =>
    compare(a.file, b.file) || a.startLine - b.startLine || a.startColumn - b.startColumn ||
    compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint));

const rand = mulberry32(opts.seed);
const pool = [...population];
const n = Math.min(opts.n, pool.length);
for (let i = 0; i < n; i++) {
  const j = i + Math.floor(rand() * (pool.length - i));
  [pool[i], pool[j]] = [pool[j], pool[i]];
}
const sample = pool.slice(0, n).map((f, i) => {
  const row = manifest.get(path.basename(f.file));
  return {
    index: i + 1,
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.file,
    line: f.startLine,
    column: f.startColumn,
    message: f.message,
    repo: row?.repo ?? '',
    originalPath: row?.original_path ?? '',
    fingerprint: f.fingerprint,
  };
});

// Markdown.
const out = [];
const relCli = path.relative(process.cwd(), opts.cli) || opts.cli;
out.push(`# Precision sample (seed ${opts.seed}, n ${n})`, '');
out.push(`CLI: \`${relCli}\`${opts.oneRun ? ', one run over the folder' : ', one run per repository with `--repository`'}. Corpus: \`${opts.corpus}\`: ${report.summary.files} files, ${findings.length} findings ` +
  `(${population.length} high or critical).`, '');
out.push('## Findings per rule and severity', '');
out.push(`| Rule | ${SEVERITIES.join(' | ')} | total |`);
out.push(`| --- | ${SEVERITIES.map(() => '---:').join(' | ')} | ---: |`);
const totals = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
for (const id of ruleIds) {
  const c = counts[id];
  for (const s of SEVERITIES) totals[s] += c[s];
  out.push(`| \`${id}\` | ${SEVERITIES.map((s) => c[s]).join(' | ')} | ${SEVERITIES.reduce((t, s) => t + c[s], 0)} |`);
}
out.push(`| **total** | ${SEVERITIES.map((s) => totals[s]).join(' | ')} | ${findings.length} |`, '');
out.push('## Sample', '');
out.push('| # | Rule | Severity | File:line | Repo (original path) | Message |');
out.push('| ---: | --- | --- | --- | --- | --- |');
for (const s of sample) {
  const where = s.repo ? `${s.repo} (\`${s.originalPath}\`)` : '';
  out.push(`| ${s.index} | \`${s.ruleId}\` | ${s.severity} | \`${s.file}:${s.line}\` | ${cell(where)} | ${cell(s.message)} |`);
}
console.log(out.join('\n'));

if (opts.json) {
  writeFileSync(opts.json, JSON.stringify({
    seed: opts.seed,
    n,
    cli: relCli,
    corpus: opts.corpus,
    files: report.summary.files,
    totalFindings: findings.length,
    highOrCritical: population.length,
    counts,
    sample,
  }, null, 2) + '\n');
}
