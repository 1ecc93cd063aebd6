/**
 * Robustness over thousands of real workflows and actions: no crash, no rule failure, and every file
 * either scans or yields a parse-error finding.
 */
import { readdirSync } from 'node:fs';
import { runScan } from '../src/pipeline.js';
import { sharedDir } from './helpers.js';

describe.each(['workflows', 'actions'])('corpus/%s', (folder) => {
  it('scans every file: no crash, each scans or yields parse-error', async () => {
    const dir = sharedDir('corpus', folder);
    const onDisk = readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f)).length;
    const { report } = await runScan({ paths: [dir], cwd: process.cwd() });
    const { stats } = report;
    const parseErrorFiles = new Set(report.findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.location.file));
    const byRule = new Map<string, number>();
    for (const f of report.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    console.log(
      `corpus/${folder}: ${stats.files} files (${(stats.bytes / 1e6).toFixed(1)} MB): ${stats.workflows} workflows, ${stats.actions} actions, ` +
        `${stats.parseErrors} parse errors; ${report.findings.length} findings: ` +
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
  });
});
