/** The renewal state file: a first run finds none, a save is atomic and private, a corrupt file is a warning. */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileRenewalStateStore } from '../../src/renewal/state-file.js';
import { emptyRenewalState } from '../../src/renewal/state.js';

test('missing → empty; save → mode 0600, no temporary file left; load → the same state', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-rstate-'));
  const store = new FileRenewalStateStore(path.join(dir, 'deep', 'state.json'));
  expect(await store.load()).toEqual({});
  const state = emptyRenewalState();
  state.rotations.push({ name: 'A', at: '2027-01-01T00:00:00.000Z', run: 'local', scope: 'repository a/b', outcome: 'rotated', reason: 'forced' });
  expect(await store.save(state)).toEqual({ saved: true });
  expect(statSync(store.file).mode & 0o777).toBe(0o600);
  expect(readdirSync(path.dirname(store.file))).toEqual(['state.json']);
  expect((await store.load()).state).toEqual(state);
});

test('a corrupt file is a warning and a fresh start; an unwritable place is a warning, not a crash', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-rstate-'));
  const file = path.join(dir, 'state.json');
  writeFileSync(file, '{not json');
  const loaded = await new FileRenewalStateStore(file).load();
  expect(loaded.state).toBeUndefined();
  expect(loaded.warning).toBe(`${file}: not JSON: starting afresh`);
  const blocked = new FileRenewalStateStore(path.join(file, 'inside-a-file.json'));
  const saved = await blocked.save(emptyRenewalState());
  expect(saved.saved).toBe(false);
  expect(saved.warning).toMatch(/^cannot save the renewal state to .*inside-a-file\.json \((ENOTDIR|EEXIST)\)$/);
  expect(readFileSync(file, 'utf8')).toBe('{not json');
});
