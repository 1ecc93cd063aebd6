#!/usr/bin/env node
// Compiles the action knowledge base (knowledge/actions/<owner>.yml) into src/knowledge/actions.generated.ts,
// the module the bundle carries (ncc bundles imports, not files read at run time).
//
//   npm run knowledge            validate, then write the module
//   npm run knowledge -- --check validate and compare only (exit 1 when stale)
//
// Every problem is printed as file:line:column: key: message, and nothing is written (exit 1).
import './ts-node-hooks.mjs';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const { compileKnowledge, renderKnowledgeModule, formatIssue } = await import('../src/knowledge/compile.ts');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'knowledge', 'actions');
const out = path.join(root, 'src', 'knowledge', 'actions.generated.ts');
const check = process.argv.includes('--check');

const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => ({ path: `knowledge/actions/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }));
const { entries, issues } = compileKnowledge(files);
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`${issues.length} problem(s) in the knowledge base; ${path.relative(root, out)} not written`);
  process.exit(1);
}
const text = renderKnowledgeModule(entries);
const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
if (check) {
  if (current !== text) {
    console.error(`${path.relative(root, out)} is stale: run npm run knowledge`);
    process.exit(1);
  }
  console.log(`${entries.length} actions, ${files.length} files: ${path.relative(root, out)} is current`);
} else {
  if (current !== text) writeFileSync(out, text);
  console.log(`${entries.length} actions from ${files.length} files → ${path.relative(root, out)}${current === text ? ' (unchanged)' : ''}`);
}
