/**
 * `token-warden fix --write` over every workflow of the corpus, in a temporary copy laid out as one repository per
 * corpus repository (so local reusable workflows resolve): every rewritten file still parses (js-yaml and `yaml`),
 * scans with no new finding at high or above, and differs from the original only in `permissions` blocks and their
 * comments — checked with the `yaml` package's own positions, independently of the fix's parser; a second run
 * changes nothing.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { isMap, isPair, isScalar, parseDocument, type Pair } from 'yaml';
import { runCli } from '../../src/cli.js';
import { runScan } from '../../src/pipeline.js';
import { atOrAbove } from '../../src/model/severity.js';
import type { Finding } from '../../src/model/finding.js';
import { sharedDir } from '../helpers.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false, env: {} });
  return { code, stdout, stderr };
}

/** Line numbers (0-based) of every `permissions:` entry at the top and in each job, as the `yaml` package sees them. */
function permissionLines(text: string): Set<number> {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const out = new Set<number>();
  const mark = (pair: Pair): void => {
    const key = pair.key as { range?: [number, number, number] };
    const value = pair.value as { range?: [number, number, number] } | null;
    const start = key.range![0];
    const end = value?.range ? value.range[1] : key.range![1];
    for (let l = lineOf(start); l <= lineOf(Math.max(start, end - 1)); l++) out.add(l);
  };
  const doc = parseDocument(text);
  const root = doc.contents;
  if (!isMap(root)) return out;
  for (const item of root.items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    if (item.key.value === 'permissions') mark(item);
    if (item.key.value === 'jobs' && isMap(item.value)) {
      for (const job of item.value.items) {
        if (!isPair(job) || !isMap(job.value)) continue;
        for (const entry of job.value.items) if (isPair(entry) && isScalar(entry.key) && entry.key.value === 'permissions') mark(entry);
      }
    }
  }
  return out;
}

/** The lines outside `permissions` entries, blank lines left out (a new top-level block may bring one). */
function outsidePermissions(text: string): { lines: string[]; blanks: number } {
  const inside = permissionLines(text);
  const all = text.split('\n');
  const lines = all.filter((l, i) => !inside.has(i) && l.replace(/\r$/, '').trim() !== '');
  return { lines, blanks: all.filter((l, i) => !inside.has(i) && l.replace(/\r$/, '').trim() === '').length };
}

/** What may be written inside a permissions entry: its key, scope lines with levels, comments. */
const PERMISSION_LINE = /^ *(?:permissions: *(?:\{[^#]*\}|read-all|write-all)?|[a-z-]+: *(['"]?)(?:read|write|none)\1)? *(?:#.*)?\r?$/;

describe('fix --write over the corpus', () => {
  let dir: string;
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('every rewritten file parses, scans with no new high finding, differs only in permissions; a second run changes nothing', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tw-fix-corpus-'));
    const corpus = sharedDir('corpus');
    const manifest = readFileSync(path.join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const copies = new Map<string, string>(); // copy (relative to dir) → corpus file
    for (const [file, repo, , original] of manifest) {
      if (!file!.startsWith('workflows/')) continue;
      const rel = `${repo!.replace('/', '__')}/${original}`;
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      cpSync(path.join(corpus, file!), path.join(dir, rel));
      copies.set(rel, path.join(corpus, file!));
    }

    const high = (findings: readonly Finding[]) =>
      new Map(findings.filter((f) => atOrAbove(f.severity, 'high')).map((f) => [f.fingerprint, f]));
    const before = high((await runScan({ paths: [dir], cwd: dir })).report.findings);

    const fixed = await cli(['fix', dir, '--write'], dir);
    expect(fixed.code).toBe(0);
    const written = fixed.stdout.split('\n').filter((l) => l.startsWith('fixed ')).map((l) => l.slice('fixed '.length));
    console.log(`fix --write over the corpus: ${copies.size} workflows, ${written.length} rewritten; ${fixed.stderr.trim().split('\n').pop()}`);
    expect(written.length).toBeGreaterThan(copies.size / 4);
    expect(fixed.stderr).not.toContain('failed its check');

    // Parses with both parsers, and only permissions entries (and blank lines around a new top block) changed.
    const problems: string[] = [];
    for (const rel of written) {
      const original = readFileSync(copies.get(rel)!, 'utf8');
      const text = readFileSync(path.join(dir, rel), 'utf8');
      // js-yaml rejects a few files GitHub's parser accepts: it must accept the result when it took the original.
      let jsYamlTookOriginal = true;
      try {
        load(original);
      } catch {
        jsYamlTookOriginal = false;
      }
      try {
        if (jsYamlTookOriginal) load(text);
      } catch (error) {
        problems.push(`${rel}: js-yaml: ${(error as Error).message.split('\n')[0]}`);
      }
      const doc = parseDocument(text);
      if (doc.errors.length > 0) problems.push(`${rel}: yaml: ${doc.errors[0]!.message.split('\n')[0]}`);
      const a = outsidePermissions(original);
      const b = outsidePermissions(text);
      if (a.lines.join('\n') !== b.lines.join('\n')) problems.push(`${rel}: a line outside permissions changed`);
      if (b.blanks - a.blanks < 0 || b.blanks - a.blanks > 1) problems.push(`${rel}: ${b.blanks - a.blanks} blank lines added`);
      const inside = permissionLines(text);
      for (const [i, line] of text.split('\n').entries()) if (inside.has(i) && !PERMISSION_LINE.test(line)) problems.push(`${rel}:${i + 1}: not a permissions line: ${line}`);
    }
    expect(problems).toEqual([]);

    // No new finding at high or above.
    const after = high((await runScan({ paths: [dir], cwd: dir })).report.findings);
    const added = [...after.values()].filter((f) => !before.has(f.fingerprint)).map((f) => `${f.location.file}:${f.location.startLine} ${f.ruleId}: ${f.message}`);
    expect(added).toEqual([]);
    console.log(`high or above: ${before.size} before, ${after.size} after`);

    // Idempotent: a second run plans nothing.
    const again = await cli(['fix', dir, '--check'], dir);
    expect(again.stdout).toBe('');
    expect(again.code).toBe(0);
  }, 600_000);
});
