// Contender: read every file and js-yaml `load` it (the floor: no positions, no rules, no report).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

const dir = process.argv[2];
let errors = 0;
for (const name of readdirSync(dir)) {
  try {
    load(readFileSync(path.join(dir, name), 'utf8'));
  } catch {
    errors++; // invalid files are part of the corpus; the parser did its work
  }
}
process.stdout.write(JSON.stringify({ errors }) + '\n');
