#!/usr/bin/env node
// Regenerates test/double/openapi-trimmed.json: GitHub's OpenAPI description (from @octokit/openapi) cut down to the
// operations the test double serves (test/double/operations.json) plus every component they reference.
// The full description is 13 MB and slow to load; the trimmed copy keeps tests fast. A test checks it is current.
//
//   node scripts/trim-openapi.mjs           rewrite the trimmed copy
//   node scripts/trim-openapi.mjs --check   exit 1 if the committed copy differs from a fresh trim
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE = 'node_modules/@octokit/openapi/generated/api.github.com.json';
export const OPERATIONS = 'test/double/operations.json';
export const OUTPUT = 'test/double/openapi-trimmed.json';

const clone = (value) => JSON.parse(JSON.stringify(value));
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const COMPONENT_REF = /^#\/components\/(schemas|parameters|responses|headers|requestBodies)\/([^/]+)$/;

/** Media types and parameters carry `examples` that point at components/examples: documentation only, dropped. */
function withoutExamples(value) {
  if (!value || typeof value !== 'object') return value;
  const copy = clone(value);
  const stripMedia = (content) => {
    for (const media of Object.values(content ?? {})) delete media.examples;
  };
  const stripResponse = (response) => {
    stripMedia(response.content);
  };
  if (copy.responses) for (const response of Object.values(copy.responses)) stripResponse(response);
  if (copy.requestBody) stripMedia(copy.requestBody.content);
  if (copy.parameters) for (const parameter of copy.parameters) delete parameter.examples;
  return copy;
}

function collectRefs(value, found) {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, found);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.add(child);
      else collectRefs(child, found);
    }
  }
}

function sortedObject(entries) {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Cuts `doc` down to `operationIds` and the components they reference (transitively).
 * Throws when an operation is missing from the description, so a renamed operation is noticed.
 */
export function trimOpenApi(doc, operationIds, sourceVersion) {
  const wanted = new Set(operationIds);
  const paths = new Map();
  const refs = new Set();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation || !wanted.has(operation.operationId)) continue;
      wanted.delete(operation.operationId);
      const trimmed = withoutExamples(operation);
      collectRefs(trimmed, refs);
      const target = paths.get(path) ?? {};
      if (item.parameters) {
        target.parameters = clone(item.parameters);
        collectRefs(item.parameters, refs);
      }
      target[method] = trimmed;
      paths.set(path, target);
    }
  }
  if (wanted.size > 0) throw new Error(`operations not found in GitHub's OpenAPI description: ${[...wanted].join(', ')}`);

  const components = {};
  const queue = [...refs];
  const seen = new Set();
  while (queue.length > 0) {
    const ref = queue.pop();
    if (seen.has(ref)) continue;
    seen.add(ref);
    const match = COMPONENT_REF.exec(ref);
    if (!match) throw new Error(`unsupported $ref ${ref}`);
    const [, kind, name] = match;
    const original = doc.components?.[kind]?.[name];
    if (original === undefined) throw new Error(`dangling $ref ${ref}`);
    const copy = kind === 'responses' ? withoutExamples({ responses: { x: original } }).responses.x : clone(original);
    if (kind === 'parameters') delete copy.examples;
    (components[kind] ??= {})[name] = copy;
    const more = new Set();
    collectRefs(copy, more);
    queue.push(...more);
  }

  return {
    openapi: doc.openapi,
    info: {
      title: `${doc.info.title} (trimmed for the Token Warden test double)`,
      version: doc.info.version,
      'x-trimmed-from': `@octokit/openapi@${sourceVersion} generated/api.github.com.json`,
      'x-regenerate': 'node scripts/trim-openapi.mjs',
    },
    paths: sortedObject(paths.entries()),
    components: sortedObject(
      Object.entries(components).map(([kind, byName]) => [kind, sortedObject(Object.entries(byName))]),
    ),
  };
}

export function serialize(trimmed) {
  return `${JSON.stringify(trimmed, null, 1)}\n`;
}

/** Reads the package's description and the operation list from `projectRoot` and returns the trimmed text. */
export function freshTrim(projectRoot = root) {
  const require = createRequire(join(projectRoot, 'package.json'));
  const sourceVersion = require('@octokit/openapi/package.json').version;
  const doc = JSON.parse(readFileSync(join(projectRoot, SOURCE), 'utf8'));
  const operationIds = JSON.parse(readFileSync(join(projectRoot, OPERATIONS), 'utf8'));
  return serialize(trimOpenApi(doc, operationIds, sourceVersion));
}

function main(argv) {
  const text = freshTrim(root);
  const output = join(root, OUTPUT);
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(output, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      console.error(`${OUTPUT} is stale: run node scripts/trim-openapi.mjs`);
      process.exit(1);
    }
    console.log(`${OUTPUT} is current`);
    return;
  }
  writeFileSync(output, text);
  console.log(`wrote ${OUTPUT} (${(text.length / 1024).toFixed(0)} KiB)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
