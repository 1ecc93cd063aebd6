/** Runs the bundled action the way the runner does: INPUT_* env (with action.yml defaults), output and summary files. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { load } from 'js-yaml';
import { PROJECT_ROOT } from './helpers.js';

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

interface Prepared {
  temp: string;
  workspace: string;
  outputFile: string;
  summaryFile: string;
  env: Record<string, string>;
  bundle: string;
}

function prepare(fixture: string, inputs: Record<string, string>, extraEnv: Record<string, string>): Prepared {
  const temp = mkdtempSync(path.join(tmpdir(), 'tw-action-'));
  const workspace = path.join(temp, 'workspace');
  cpSync(fixture, workspace, { recursive: true });
  const outputFile = path.join(temp, 'output');
  const summaryFile = path.join(temp, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const action = load(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'example/demo',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: temp,
    ...extraEnv,
  };
  // The runner supplies every input, using action.yml's default when the workflow gives none (an expression default
  // such as \${{ github.token }} is the runner's to expand: empty here unless the test gives it).
  for (const [name, spec] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase()}`] = spec.default?.includes('${{') ? '' : (spec.default ?? '');
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  // TW_ACTION_BUNDLE: a bundle built elsewhere (`ncc build src/index.ts -o DIR`), to test sources without touching dist/.
  const bundle = process.env.TW_ACTION_BUNDLE || path.join(PROJECT_ROOT, 'dist', 'index.js');
  return { temp, workspace, outputFile, summaryFile, env, bundle };
}

function collect(p: Prepared, status: number | null, stdout: string, stderr: string): ActionRun {
  return { status, stdout, stderr, outputs: parseOutputFile(readFileSync(p.outputFile, 'utf8')), summary: readFileSync(p.summaryFile, 'utf8'), workspace: p.workspace };
}

/** Copies `fixture` into a fresh workspace and runs dist/index.js (or TW_ACTION_BUNDLE) there. */
export function runAction(fixture: string, inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}): ActionRun {
  const p = prepare(fixture, inputs, extraEnv);
  const r = spawnSync(process.execPath, [p.bundle], { cwd: p.workspace, env: p.env, encoding: 'utf8' });
  return collect(p, r.status, r.stdout, r.stderr);
}

/** As runAction, without blocking this process: for runs that call a double served from it. */
export async function runActionAsync(fixture: string, inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const p = prepare(fixture, inputs, extraEnv);
  const child = spawn(process.execPath, [p.bundle], { cwd: p.workspace, env: p.env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
  child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return collect(p, status, stdout, stderr);
}
