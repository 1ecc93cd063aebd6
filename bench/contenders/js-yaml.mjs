// Contender: read every file and js-yaml `load` it (no positions, no rules, no report): the floor.
// argv[3] picks the build: `cjs` (dist/js-yaml.cjs.js, what `require` gets), `esm` (dist/js-yaml.mjs, what `import`
// gets), `browser` (dist/browser/js-yaml.umd.min.js). Same code and results; they differ in speed, so all are measured
// and the fastest is the floor.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const build = process.argv[3] ?? 'cjs';
const jsyaml =
  build === 'esm' ? await import('js-yaml') : build === 'browser' ? require('js-yaml/browser') : build === 'cjs' ? require('js-yaml') : undefined;
if (!jsyaml) throw new Error(`unknown js-yaml build ${build}`);

const dir = process.argv[2];
let errors = 0;
for (const name of readdirSync(dir)) {
  try {
    jsyaml.load(readFileSync(path.join(dir, name), 'utf8'));
  } catch {
    errors++; // invalid files are part of the corpus; the parser did its work
  }
}
process.stdout.write(JSON.stringify({ build, errors }) + '\n');
