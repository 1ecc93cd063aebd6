/**
 * Robustness over thousands of real workflows and actions: no crash, no rule failure, and every file
 * either scans or yields a parse-error finding; no file GitHub's YAML parser accepts is called invalid YAML; and the
 * per-file budgets sit well above what real files need.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { runScan } from '../src/pipeline.js';
import { parseYamlDetailed } from '../src/workflows/parse.js';
import { PARSE_BUDGETS } from '../src/workflows/budgets.js';
import { sharedDir } from './helpers.js';

describe.each(['workflows', 'actions'])('corpus/%s', (folder) => {
  it('scans every file: no crash, each scans or yields parse-error', async () => {
    const dir = sharedDir('corpus', folder);
    const onDisk = readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f)).length;
    const { report } = await runScan({ paths: [dir], cwd: process.cwd() });
    const { stats } = report;
    const parseErrorFiles = new Set(report.findings.filter((f) => f.ruleId === 'parse-error' || f.ruleId === 'resource-limit').map((f) => f.location.file));
    const byRule = new Map<string, number>();
    for (const f of report.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    console.log(
      `corpus/${folder}: ${stats.files} files (${(stats.bytes / 1e6).toFixed(1)} MB): ${stats.workflows} workflows, ${stats.actions} actions, ` +
        `${stats.parseErrors} parse errors, ${stats.fallbackParses} read by the second parser (js-yaml rejected them); ${report.findings.length} findings: ` +
        [...byRule].map(([r, n]) => `${r} ${n}`).join(', '),
    );
    expect(report.ruleFailures).toEqual([]);
    expect(stats.files).toBe(onDisk);
    expect(stats.workflows + stats.actions + stats.parseErrors).toBe(stats.files);
    expect(parseErrorFiles.size).toBe(stats.parseErrors);
    // The corpus is real, mostly valid input: a parser regression would show up as a flood of parse errors.
    expect(stats.parseErrors).toBeLessThan(stats.files * 0.05);
    for (const f of report.findings) {
      expect(f.location.startLine).toBeGreaterThanOrEqual(1);
      expect(f.location.startColumn).toBeGreaterThanOrEqual(1);
      expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(new Set(report.findings.map((f) => f.fingerprint)).size).toBe(report.findings.length);

    // A file is invalid YAML only when GitHub's parser (`yaml`) rejects it too; no real file is over a budget.
    const invalid = new Set(report.findings.filter((f) => f.ruleId === 'parse-error' && f.message.startsWith('invalid YAML')).map((f) => f.location.file));
    const wronglyInvalid = [...invalid].filter((file) => parseDocument(readFileSync(path.join(dir, file), 'utf8')).errors.length === 0);
    expect(wronglyInvalid).toEqual([]);
    expect(byRule.get('resource-limit') ?? 0).toBe(0);
  });
});

describe('the per-file budgets', () => {
  it('sit at least 4× above the largest real file and 5× above the largest node count, nesting and line', () => {
    const largest = { bytes: 0, nodes: 0, depth: 0, line: 0 };
    const depthOf = (node: unknown): number =>
      node !== null && typeof node === 'object' ? 1 + Math.max(0, ...Object.values(node as object).map(depthOf)) : 0;
    for (const folder of ['workflows', 'actions']) {
      const dir = sharedDir('corpus', folder);
      for (const name of readdirSync(dir)) {
        const text = readFileSync(path.join(dir, name), 'utf8');
        largest.bytes = Math.max(largest.bytes, Buffer.byteLength(text));
        for (const line of text.split(/\r\n|\r|\n/)) largest.line = Math.max(largest.line, line.length);
        try {
          const parsed = parseYamlDetailed(text);
          largest.nodes = Math.max(largest.nodes, parsed.nodes);
          largest.depth = Math.max(largest.depth, depthOf(parsed.root));
        } catch {
          // invalid files count for size and lines only
        }
      }
    }
    console.log(`largest in the corpus: ${JSON.stringify(largest)}; budgets: ${JSON.stringify(PARSE_BUDGETS)}`);
    expect(largest.bytes * 4).toBeLessThan(PARSE_BUDGETS.maxBytes); // the size budget, also the bytes a scan reads at most
    expect(largest.nodes * 5).toBeLessThan(PARSE_BUDGETS.maxNodes);
    expect(largest.depth * 5).toBeLessThan(PARSE_BUDGETS.maxDepth);
    expect(largest.line * 5).toBeLessThan(PARSE_BUDGETS.maxLineLength);
  });
});
