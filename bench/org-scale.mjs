#!/usr/bin/env node
/**
 * Scale of the organisation scan (issue 13), simulated in-process against the GitHub double: 1,000 and 10,000
 * repositories whose workflows (and action metadata) are drawn from the corpus (../shared/corpus/MANIFEST.tsv: each
 * fake repository is a copy of a corpus repository picked at random, so workflow counts per repository follow the
 * corpus distribution, texts and all). The organisation's default workflow permissions are `write` (the case that
 * asks the most: each repository depending on the default is looked up), one repository in ten narrowed to `read`.
 *
 * Each size runs in a fresh `node` process (plan → every shard → merge, as `org-scan --org X` does), which reports
 * API calls (REST + GraphQL, counted at the client's transport and by the double), wall time and peak RSS. The parent
 * prints one JSON document: calls against the budget (≤ 1 per repository + 1 per 100 repositories + 2), the 10k/1k
 * ratios, the default shard count for 10k, and how long each shard would take under GitHub's rate limits — computed
 * from the measured calls, written out as arithmetic.
 *
 *   node bench/org-scale.mjs [--sizes 1000,10000] [--seed 7] [--markdown docs/org-scan-scale.md]
 *   node bench/org-scale.mjs --from saved.json --markdown docs/org-scan-scale.md    (re-render an earlier run)
 *
 * The client runs with test timing (no sleeps): the wall time is the scan's own work plus the double's, not GitHub's
 * pacing; the pacing (1 s between GraphQL calls, the plugin's default) is added in the arithmetic.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};

/** mulberry32: a small seeded PRNG, so every run draws the same organisation. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Corpus repositories: each one's files at their original paths (workflows and action metadata). */
function corpusRepositories() {
  const rows = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const byRepo = new Map();
  for (const [file, repo, , originalPath] of rows) {
    const entry = byRepo.get(repo) ?? { files: {}, workflows: 0, actions: 0 };
    entry.files[originalPath] = readFileSync(path.join(CORPUS, file), 'utf8');
    if (file.startsWith('workflows/')) entry.workflows += 1;
    else entry.actions += 1;
    byRepo.set(repo, entry);
  }
  // Only repositories with workflows: the corpus is a set of repositories that have them.
  return [...byRepo.entries()].filter(([, e]) => e.workflows > 0).sort(([a], [b]) => (a < b ? -1 : 1));
}

async function child(size, seed) {
  register('../test/double/ts-hooks.mjs', import.meta.url);
  const { GitHubDouble } = await import('../test/double/server.ts');
  const { testClient } = await import('../test/double/test-client.ts');
  const { countingFetch, newCallCounts } = await import('../src/org/calls.ts');
  const { runOrgScan } = await import('../src/org/run.ts');

  const corpus = corpusRepositories();
  const random = prng(seed);
  const double = await GitHubDouble.start();
  double.state.addOrg('scale').workflowPermissions.defaultWorkflowPermissions = 'write';
  let workflows = 0;
  const perRepo = [];
  for (let i = 0; i < size; i++) {
    const [, source] = corpus[Math.floor(random() * corpus.length)];
    workflows += source.workflows;
    perRepo.push(source.workflows);
    double.state.addRepo(`scale/repo-${String(i).padStart(5, '0')}`, { files: source.files, ...(random() < 0.1 ? { defaultWorkflowPermissions: 'read' } : {}) });
  }
  const token = double.state.addToken({ scopes: ['repo', 'admin:org'], rateLimit: { limit: 1e9 }, graphqlRateLimit: { limit: 1e9 } }).token;
  const counts = newCallCounts();
  const { client } = await testClient(double, token, { fetch: countingFetch(counts), timing: { msPerSecond: 0, requestTimeoutMs: 120_000 } });
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const { plan, results, report } = await runOrgScan({ client, counts }, { org: 'scale' }, { failOn: 'none' });
  const wallMs = performance.now() - started;
  const violations = double.takeViolations();
  const byOperation = double.callCounts();
  await double.stop();
  const sorted = [...perRepo].sort((a, b) => a - b);
  const budget = size + Math.ceil(size / 100) + 2;
  const calls = counts.graphql + counts.rest;
  return {
    repositories: size,
    workflows,
    workflowsPerRepository: { mean: +(workflows / size).toFixed(2), median: sorted[Math.floor(size / 2)], p90: sorted[Math.floor(size * 0.9)], max: sorted[size - 1] },
    scanned: report.totals.scanned,
    failed: report.totals.failed,
    findings: report.totals.findings,
    calls: { total: calls, graphql: counts.graphql, rest: counts.rest, notModified: counts.notModified, byOperation, settingsLookups: report.calls.settingsLookups },
    budget: { formula: `${size} + ⌈${size}/100⌉ + 2`, limit: budget, within: calls <= budget, perRepository: +(calls / size).toFixed(4) },
    defaultShards: plan.shards.length,
    perShard: results.map((r) => ({ shard: r.shard, repositories: r.repositories.length, graphql: r.calls.graphql, rest: r.calls.rest })),
    planCalls: plan.calls,
    wallMs: Math.round(wallMs),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    rssBeforeScanMiB: Math.round(rssBefore / 1048576),
    violations: violations.length,
  };
}

function hours(n) {
  return +n.toFixed(2);
}

const fmt = (n) => n.toLocaleString('en');

/** How long each shard takes under GitHub's limits, from the measured calls (all shards share one token's budget). */
function rateArithmetic(r) {
  const shards = r.defaultShards;
  const rest = r.calls.rest;
  // Every query of the scan costs 1 point (the double computes rateLimit.cost GitHub's way).
  const graphql = r.calls.graphql;
  const largest = r.perShard.reduce((m, s) => (s.rest + s.graphql > m.rest + m.graphql ? s : m), r.perShard[0]);
  const shardRest = r.perShard.reduce((n, s) => n + s.rest, 0);
  const shardGraphql = r.perShard.reduce((n, s) => n + s.graphql, 0);
  const settings = r.calls.settingsLookups;
  const budget = (perHour, label) => {
    const need = Math.max(rest, graphql) / perHour;
    return {
      arithmetic: `${label}: REST ${fmt(rest)} / ${fmt(perHour)} per hour = ${hours(rest / perHour)} h; GraphQL ${fmt(graphql)} points / ${fmt(perHour)} per hour = ${hours(graphql / perHour)} h (separate budgets)`,
      hours: hours(need),
      perShard:
        need <= 1
          ? `within one hour's budget: each shard takes only its own time (scan ≈ ${(r.wallMs / 1000 / shards).toFixed(1)} s measured + GraphQL pacing ≥ ${Math.round(shardGraphql / shards)} s + network)`
          : `the shards share the budget and progress together, ${fmt(perHour)} calls an hour: each waits for the hourly reset (org-scan waits up to 1 h at a time) and ends ≈ ${hours(need)} h after the start${need > 6 ? ', beyond the 6 h job limit' : ''}`,
    };
  };
  return {
    shards,
    shardCount: `⌈${fmt(r.repositories)} / 250⌉ = ${Math.ceil(r.repositories / 250)}, at most 20 → ${shards}`,
    callsPerShard: `the plan job ${r.planCalls.graphql} GraphQL + ${r.planCalls.rest} REST; the ${shards} scan jobs ${fmt(shardRest)} REST + ${fmt(shardGraphql)} GraphQL ≈ ${Math.round(shardRest / shards)} REST + ${Math.round(shardGraphql / shards)} GraphQL each (largest: shard ${largest.shard}, ${largest.rest} REST + ${largest.graphql} GraphQL)`,
    pat5000: budget(5000, 'PAT or App installation, 5,000 an hour'),
    app12500: budget(12500, 'App installation on 250+ repositories, 5,000 + 50 per repository over 20, at most 12,500 an hour'),
    githubToken1000: { ...budget(1000, 'GITHUB_TOKEN, 1,000 an hour per repository'), note: 'every job of the workflow shares the budget of the repository it runs in, and a GITHUB_TOKEN cannot read the private repositories of the organisation: use an App or a PAT' },
    rerunWithCache: `with --cache, an unchanged repository's settings come back 304, which the rate limit does not count: a re-run needs ≈ ${fmt(graphql)} GraphQL points (${hours(graphql / 5000)} h of a 5,000 budget) and ${fmt(rest - settings)} counted REST call(s)`,
    graphqlPacing: `the client spaces GraphQL calls 1 s apart: ≥ ${Math.round(shardGraphql / shards)} s per scan job (largest ${largest.graphql} s), ${r.planCalls.graphql} s for the plan job's listing`,
  };
}

function markdown(summary) {
  const [small, large] = summary.sizes;
  const row = (r) =>
    `| ${fmt(r.repositories)} | ${fmt(r.workflows)} (${r.workflowsPerRepository.mean} per repository, median ${r.workflowsPerRepository.median}) | ${fmt(r.calls.total)} = ${fmt(r.calls.graphql)} GraphQL + ${fmt(r.calls.rest)} REST | ${fmt(r.budget.limit)}: ${r.budget.within ? 'within' : '**over**'} (${r.budget.perRepository} per repository) | ${fmt(r.calls.settingsLookups)} | ${(r.wallMs / 1000).toFixed(1)} s | ${r.peakRssMiB} MiB (${r.peakRssMiB - r.rssBeforeScanMiB} above the ${r.rssBeforeScanMiB} MiB before the scan) | ${r.defaultShards} |`;
  const a = summary.rateLimits;
  return `<!-- Written by: node bench/org-scale.mjs --markdown docs/org-scan-scale.md (seed ${summary.seed}), one run; its JSON output is docs/org-scan-scale.json (re-render with --from docs/org-scan-scale.json). -->
## Organisation scan at scale (simulated)

Date: ${summary.date ?? '2026-12-01'}. Machine: ${summary.machine.cpu}, ${summary.machine.nproc} vCPUs${summary.machine.shared ? ' (shared with other work)' : ''}, Node ${summary.machine.node}.

Against the GitHub double in-process (every GraphQL query validated against GitHub's schema: ${summary.violations} violations). Each fake
repository is a copy of a corpus repository picked at random — workflow counts and texts as in ../shared/corpus, so
every repository has workflows: a pessimistic organisation. The organisation's default workflow permissions are
\`write\` (the case that asks the most settings), one repository in ten narrowed to \`read\`. Plan, every shard and
the merge in one process, as \`org-scan --org X\` does; the client without GitHub's pacing (below).

| Repositories | Workflows | API calls | Budget n + ⌈n/100⌉ + 2 | Settings asked | Wall time | Peak RSS | Default shards |
| ---: | --- | --- | --- | ---: | ---: | --- | ---: |
${row(small)}
${row(large)}

**10k / 1k:** repositories ×${summary.ratio.repositories}; calls ×${summary.ratio.calls}; wall time ×${summary.ratio.wall}; peak RSS ×${summary.ratio.rss} (above the pre-scan
baseline ×${summary.ratio.rssAboveBaseline}; the baseline is the corpus, the schema and the code). Findings: ${fmt(small.findings)} and ${fmt(large.findings)}.

Where the calls go: the listing, ⌈n / 100⌉ GraphQL calls; one GraphQL call per 40 repositories for the files, and one
more per batch with local actions; one REST call for the organisation's settings; and one per repository whose
workflows depend on the default (here ${fmt(large.calls.settingsLookups)} of ${fmt(large.repositories)}) — never more than a batch has to spare, so the
total stays under one call per repository.

**10,000 repositories, sharded:** ${a.shardCount} shards; ${a.callsPerShard}.

- ${a.pat5000.arithmetic} → ${a.pat5000.hours} h; ${a.pat5000.perShard}.
- ${a.app12500.arithmetic} → ${a.app12500.hours} h; ${a.app12500.perShard}.
- ${a.githubToken1000.arithmetic} → ${a.githubToken1000.hours} h; ${a.githubToken1000.perShard}. Moot: ${a.githubToken1000.note}.
- Re-runs: ${a.rerunWithCache}.
- Pacing: ${a.graphqlPacing}.
`;
}

function summarise(out, seed) {
  const small = out.find((r) => r.repositories === 1000) ?? out[0];
  const large = out.find((r) => r.repositories === 10000) ?? out.at(-1);
  return {
    seed,
    date: new Date().toISOString().slice(0, 10),
    // Say so when other work ran beside the benchmark (BENCH_MACHINE_SHARED=1): its times are then upper bounds.
    machine: { cpu: cpus()[0]?.model ?? 'unknown', nproc: cpus().length, node: process.version, shared: process.env.BENCH_MACHINE_SHARED === '1' },
    sizes: out,
    ratio: {
      repositories: +(large.repositories / small.repositories).toFixed(2),
      calls: +(large.calls.total / small.calls.total).toFixed(2),
      wall: +(large.wallMs / small.wallMs).toFixed(2),
      rss: +(large.peakRssMiB / small.peakRssMiB).toFixed(2),
      rssAboveBaseline: +((large.peakRssMiB - large.rssBeforeScanMiB) / (small.peakRssMiB - small.rssBeforeScanMiB)).toFixed(2),
    },
    rateLimits: rateArithmetic(large),
    allWithinBudget: out.every((r) => r.budget.within),
    violations: out.reduce((n, r) => n + r.violations, 0),
  };
}

if (args[0] === '--child') {
  const result = await child(Number(args[1]), Number(args[2]));
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const seed = Number(flag('--seed', '7'));
  const from = flag('--from');
  let out;
  let saved;
  if (from) {
    // Re-render the summary of an earlier run (its JSON output) without measuring again: its machine and seed too.
    saved = JSON.parse(readFileSync(path.resolve(ROOT, from), 'utf8'));
    out = saved.sizes;
  } else {
    out = [];
    for (const size of (flag('--sizes', '1000,10000') ?? '').split(',').map(Number)) {
      const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', fileURLToPath(import.meta.url), '--child', String(size), String(seed)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (run.status !== 0) {
        process.stderr.write(run.stderr);
        process.exit(1);
      }
      out.push(JSON.parse(run.stdout.trim().split('\n').pop()));
      process.stderr.write(`${size} repositories: ${out.at(-1).calls.total} calls, ${out.at(-1).wallMs} ms, ${out.at(-1).peakRssMiB} MiB\n`);
    }
  }
  const summary = summarise(out, saved?.seed ?? seed);
  if (saved?.machine) summary.machine = saved.machine;
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  const file = flag('--markdown');
  if (file) writeFileSync(path.resolve(ROOT, file), markdown(summary));
  if (!summary.allWithinBudget || summary.violations > 0) process.exitCode = 1;
}
