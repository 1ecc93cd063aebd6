import { isParseFailure, loadSource, type SourceFile } from '../../src/workflows/source.js';
import { jobsOf } from '../../src/workflows/model.js';
import { actionNeeds, jobNeeds, type JobNeeds } from '../../src/workflows/needs.js';

export function parse(text: string, path = '.github/workflows/w.yml'): SourceFile {
  const file = loadSource(path, text);
  if (isParseFailure(file)) throw new Error(`fixture does not parse: ${file.message}`);
  return file;
}

/** Indents every line of a block by `n` spaces. */
export function indent(block: string, n: number): string {
  const pad = ' '.repeat(n);
  return block
    .split('\n')
    .map((l) => (l.trim() === '' ? l : pad + l))
    .join('\n');
}

/** A one-job workflow around `steps` (a YAML list), with optional job-level lines (env:, container: …). */
export function workflow(steps: string, job = '', top = ''): string {
  return `on: push\n${top}jobs:\n  j:\n    runs-on: ubuntu-latest\n${job ? indent(job, 4) + '\n' : ''}    steps:\n${indent(steps, 6)}\n`;
}

export function needsOf(text: string, jobId?: string): { file: SourceFile; needs: JobNeeds } {
  const file = parse(text);
  const job = jobsOf(file.root).find((j) => jobId === undefined || j.id === jobId);
  if (!job) throw new Error(`no job ${jobId ?? ''}`);
  return { file, needs: jobNeeds(file, job) };
}

export function compositeNeeds(text: string): JobNeeds {
  return actionNeeds(parse(text, 'action.yml'));
}

/** `{ scope: level }`, with ` (private)` for needs only private repositories have. */
export function scopesOf(needs: JobNeeds): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [scope, need] of Object.entries(needs.scopes)) out[scope] = need.level + (need.privateOnly ? ' (private)' : '');
  return out;
}

/** The kinds of the doubts that make a job less than certain. */
export function doubtKinds(needs: JobNeeds): string[] {
  return [...new Set((needs.confidence === 'unknown' ? needs.unknownBecause : needs.likelyBecause).map((d) => d.kind))].sort();
}
