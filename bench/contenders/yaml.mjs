// Contender: read every file and `yaml` parseDocument it (positions for every node, no rules).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

const dir = process.argv[2];
let errors = 0;
for (const name of readdirSync(dir)) {
  if (parseDocument(readFileSync(path.join(dir, name), 'utf8')).errors.length) errors++;
}
process.stdout.write(JSON.stringify({ errors }) + '\n');
