/** The double's trimmed copy of GitHub's OpenAPI description is current, complete and matches the double's routes. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../helpers.js';
import { Contract } from '../double/contract.js';
import { ROUTES } from '../double/routes.js';

interface TrimModule {
  freshTrim(projectRoot?: string): string;
  trimOpenApi(doc: unknown, operationIds: string[], sourceVersion: string): { paths: Record<string, Record<string, { operationId: string }>>; components: Record<string, Record<string, unknown>> };
  OUTPUT: string;
}

async function trimModule(): Promise<TrimModule> {
  // A plain .mjs script (it runs under plain node); imported by URL so TypeScript does not need its types.
  const url = pathToFileURL(path.join(PROJECT_ROOT, 'scripts', 'trim-openapi.mjs')).href;
  return (await import(url)) as TrimModule;
}

const operationIds = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'test/double/operations.json'), 'utf8')) as string[];

test('test/double/openapi-trimmed.json equals a fresh trim of @octokit/openapi (run node scripts/trim-openapi.mjs)', async () => {
  const { freshTrim, OUTPUT } = await trimModule();
  const committed = readFileSync(path.join(PROJECT_ROOT, OUTPUT), 'utf8');
  const fresh = freshTrim(PROJECT_ROOT);
  // Compare parsed first for a readable diff, then the exact text (formatting included).
  expect(JSON.parse(committed)).toEqual(JSON.parse(fresh));
  expect(committed).toBe(fresh);
});

test('the trimmed description holds exactly the operations the double serves, each with a handler', () => {
  const contract = Contract.load();
  const trimmed = contract.operations.map((o) => o.operationId).sort();
  expect(trimmed).toEqual([...operationIds].sort());
  expect(Object.keys(ROUTES).sort()).toEqual([...operationIds].sort());
  expect(new Set(operationIds).size).toBe(operationIds.length);
});

test('the trim keeps every referenced component and fails loudly on an unknown operation', async () => {
  const { trimOpenApi } = await trimModule();
  const doc = {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      '/a': { get: { operationId: 'a/get', responses: { 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/x' }, examples: { d: { $ref: '#/components/examples/e' } } } } } } } },
      '/b': { get: { operationId: 'b/get', responses: {} } },
    },
    components: { schemas: { x: { properties: { y: { $ref: '#/components/schemas/y' } } }, y: { type: 'string' }, unused: { type: 'integer' } }, examples: { e: {} } },
  };
  const trimmed = trimOpenApi(doc, ['a/get'], '0.0.0');
  expect(Object.keys(trimmed.paths)).toEqual(['/a']);
  expect(Object.keys(trimmed.components.schemas!)).toEqual(['x', 'y']);
  expect(trimmed.components.examples).toBeUndefined();
  expect(() => trimOpenApi(doc, ['a/get', 'c/gone'], '0.0.0')).toThrow(/c\/gone/);
});
