/**
 * The expiry state: built from a run, serialised, parsed back (corrupt text is a warning, never a throw), and kept in a
 * file (the CLI's `--state FILE`).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileStateStore, type StateFileSystem } from '../../src/expiry/state/file-store.js';
import { findingToken, parseState, serializeState, stateFromRun, type ExpiryState } from '../../src/expiry/state/state.js';
import { plantedToken } from '../planted.js';
import { demoState, finding, plan, row } from './state-fixtures.js';

const NOW = '2027-01-01T00:00:00.000Z';

describe('stateFromRun', () => {
  it('keeps per token the status, days left, date and source, and per finding the fingerprint, rule, severity and token', () => {
    const state = stateFromRun(
      plan(NOW, [row('ZED', { status: 'critical', daysLeft: 3, expiresAt: '2027-01-04' }), row('ALPHA', { status: 'unknown', daysLeft: null, expiresAt: null, source: 'none' })]),
      [
        finding('token-expiring', 'critical', 'Token "ZED" expires on 2027-01-04, in 3 days: critical', { fingerprint: 'b' }),
        finding('token-expiry-unknown', 'medium', 'Token "ALPHA" is a github-pat, which normally expires', { fingerprint: 'a' }),
        finding('token-expiring', 'high', 'Token "GONE" expires soon', { fingerprint: 'c' }),
      ],
    );
    expect(state).toEqual({
      version: 1,
      savedAt: NOW,
      tokens: {
        ALPHA: { status: 'unknown', daysLeft: null, expiresAt: null, source: 'none' },
        ZED: { status: 'critical', daysLeft: 3, expiresAt: '2027-01-04', source: 'declared' },
      },
      findings: [
        { fingerprint: 'b', ruleId: 'token-expiring', severity: 'critical', token: 'ZED' },
        // a name the plan does not list is not taken from the message
        { fingerprint: 'c', ruleId: 'token-expiring', severity: 'high' },
        { fingerprint: 'a', ruleId: 'token-expiry-unknown', severity: 'medium', token: 'ALPHA' },
      ],
    });
    expect(Object.keys(state.tokens)).toEqual(['ALPHA', 'ZED']);
  });

  it('leaves suppressed findings out', () => {
    const state = stateFromRun(plan(NOW, [row('T')]), [
      finding('token-expiring', 'medium', 'Token "T" expires', { fingerprint: 'kept' }),
      finding('token-lifetime-exceeded', 'medium', 'Token "T" lives 400 days', { fingerprint: 'ignored', suppression: { kind: 'config', justification: 'ignores' } }),
    ]);
    expect(state.findings.map((f) => f.fingerprint)).toEqual(['kept']);
  });

  it.each([
    ['Token "A" expires', 'A'],
    ['High-risk token "B" has no owner', 'B'],
    ['Token "nope" and "A"', 'A'],
    ['no quoted name', undefined],
    ['"A "B"', undefined],
  ])('finds the token of %j', (message, expected) => {
    expect(findingToken({ message }, new Set(['A', 'B']))).toBe(expected);
  });

  it('attributes the real expiry findings of the demo registry to their tokens', () => {
    const state = demoState('2026-12-01');
    expect(state.savedAt).toBe('2026-12-01T00:00:00.000Z');
    expect(state.tokens.RUNNER_ADMIN_TOKEN).toEqual({ status: 'expired', daysLeft: -140, expiresAt: '2026-07-14', source: 'declared' });
    expect(state.findings.map((f) => `${f.ruleId} ${f.severity} ${f.token}`)).toEqual(
      expect.arrayContaining(['token-expired critical RUNNER_ADMIN_TOKEN', 'token-expiring high VAULT_CI_TOKEN', 'token-expiry-unknown medium TRIAGE_BOT_TOKEN']),
    );
    expect(state.findings.every((f) => f.token !== undefined && /^[0-9a-f]{32}$/.test(f.fingerprint))).toBe(true);
  });
});

describe('serializeState and parseState', () => {
  const state: ExpiryState = {
    version: 1,
    savedAt: NOW,
    tokens: { T: { status: 'warning', daysLeft: 10, expiresAt: '2027-01-11', source: 'declared' } },
    findings: [{ fingerprint: 'f1', ruleId: 'token-expiring', severity: 'high', token: 'T' }, { fingerprint: 'f2', ruleId: 'token-expired', severity: 'critical' }],
  };

  it('round-trips', () => {
    const text = serializeState(state);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseState(text)).toEqual({ state });
  });

  it('round-trips the demo registry state', () => {
    const demo = demoState('2026-12-13T09:30:00+01:00');
    expect(parseState(serializeState(demo))).toEqual({ state: demo });
  });

  it('drops keys it does not know (a newer writer of the same version)', () => {
    const text = JSON.stringify({ ...state, extra: 'x', tokens: { T: { ...state.tokens.T, note: 'free text' } } });
    const parsed = parseState(text);
    expect(parsed.warning).toBeUndefined();
    expect(parsed.state).toEqual(state);
  });

  const valid = JSON.parse(serializeState(state)) as Record<string, unknown>;
  it.each<[string, string, RegExp]>([
    ['empty text', '', /not JSON/],
    ['not JSON', '{"version": 1,', /not JSON/],
    ['JSON null', 'null', /the top level/],
    ['an array', '[]', /the top level/],
    ['another version', JSON.stringify({ ...valid, version: 2 }), /version 2 is not one this Token Warden reads \(1\)/],
    ['a version as text', JSON.stringify({ ...valid, version: '1' }), /version "1" is not one/],
    ['no version', JSON.stringify({ ...valid, version: undefined }), /version/],
    ['a bad status', JSON.stringify({ ...valid, tokens: { T: { ...state.tokens.T, status: 'doomed' } } }), /tokens\.T\.status/],
    ['days left not whole', JSON.stringify({ ...valid, tokens: { T: { ...state.tokens.T, daysLeft: 1.5 } } }), /daysLeft/],
    ['a bad severity', JSON.stringify({ ...valid, findings: [{ fingerprint: 'f', ruleId: 'r', severity: 'severe' }] }), /findings\.0\.severity/],
    ['no fingerprint', JSON.stringify({ ...valid, findings: [{ ruleId: 'r', severity: 'high' }] }), /findings\.0\.fingerprint/],
    ['savedAt not a timestamp', JSON.stringify({ ...valid, savedAt: 'yesterday' }), /savedAt/],
    ['findings not a list', JSON.stringify({ ...valid, findings: {} }), /findings/],
  ])('gives a warning and no state for %s', (_name, text, warning) => {
    const parsed = parseState(text);
    expect(parsed.state).toBeUndefined();
    expect(parsed.warning).toMatch(/^saved expiry state ignored: /);
    expect(parsed.warning).toMatch(warning);
  });

  it('refuses a text far bigger than any state without parsing it', () => {
    expect(parseState(' '.repeat(8 * 1024 * 1024 + 1)).warning).toMatch(/characters is more than/);
  });

  it('never echoes a token-looking key of a corrupt file in its warning', () => {
    const value = plantedToken('ghp_');
    const parsed = parseState(JSON.stringify({ ...valid, tokens: { [value]: { status: 'bad' } } }));
    expect(parsed.warning).toBeDefined();
    expect(parsed.warning).not.toContain(value);
  });
});

describe('no token value in the saved state', () => {
  it('keeps notes and messages out, and redacts a token-shaped name', () => {
    const value = plantedToken('ghp_');
    const fineGrained = plantedToken('github_pat_');
    const state = stateFromRun(plan(NOW, [row('T', { notes: [`pasted ${value} here`], owner: value }), row(fineGrained)]), [
      finding('token-expiring', 'high', `Token "T" expires; value ${value}`, { fingerprint: 'f1', related: [{ message: value, location: { file: 'x', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }] }),
    ]);
    const text = serializeState(state);
    expect(text).not.toContain(value);
    expect(text).not.toContain(value.slice(4));
    expect(text).not.toContain(fineGrained);
    expect(text).not.toContain('pasted');
    expect(text).toContain('github_pat_…(93 chars)');
  });
});

describe('FileStateStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tw-state-'));
  });

  const state = (savedAt = NOW): ExpiryState => ({ version: 1, savedAt, tokens: { T: { status: 'ok', daysLeft: 90, expiresAt: '2027-04-01', source: 'declared' } }, findings: [] });

  it('a missing file is a first run: no state, no warning', async () => {
    const store = new FileStateStore(path.join(dir, 'none', 'state.json'));
    await expect(store.load()).resolves.toEqual({});
    expect(store.describe()).toBe(`file ${path.join(dir, 'none', 'state.json')}`);
  });

  it('a corrupt file is ignored with a warning naming it', async () => {
    const file = path.join(dir, 'state.json');
    writeFileSync(file, '{"version":1,"savedAt":');
    const loaded = await new FileStateStore(file).load();
    expect(loaded.state).toBeUndefined();
    expect(loaded.warning).toBe(`${file}: saved expiry state ignored: it is not JSON`);
  });

  it('a file it cannot read (a directory) is a warning, not a throw', async () => {
    const file = path.join(dir, 'state.json');
    mkdirSync(file);
    const loaded = await new FileStateStore(file).load();
    expect(loaded).toEqual({ warning: `cannot read the expiry state ${file} (EISDIR): no trend this run` });
  });

  it('round-trips, creating the directory, and replaces the previous state', async () => {
    const file = path.join(dir, 'a', 'b', 'state.json');
    const store = new FileStateStore(file);
    await expect(store.save(state())).resolves.toEqual({ saved: true });
    await expect(new FileStateStore(file).load()).resolves.toEqual({ state: state() });
    await expect(store.save(state('2027-01-08T00:00:00.000Z'))).resolves.toEqual({ saved: true });
    await expect(store.load()).resolves.toEqual({ state: state('2027-01-08T00:00:00.000Z') });
    expect(readdirSync(path.dirname(file))).toEqual(['state.json']); // no temporary file left
    expect(readFileSync(file, 'utf8')).toBe(serializeState(state('2027-01-08T00:00:00.000Z')));
  });

  it('writes atomically: a save that fails before the rename leaves the previous state whole and no temporary file', async () => {
    const file = path.join(dir, 'state.json');
    await new FileStateStore(file).save(state());
    const before = readFileSync(file, 'utf8');
    const written: string[] = [];
    const failing: StateFileSystem = {
      readFile: (f, e) => fsp.readFile(f, e),
      mkdir: (d, o) => fsp.mkdir(d, o),
      rm: (f, o) => fsp.rm(f, o),
      writeFile: async (f, data, o) => {
        written.push(f);
        await fsp.writeFile(f, data, o);
      },
      rename: async () => {
        throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
      },
    };
    const saved = await new FileStateStore(file, failing).save(state('2027-01-08T00:00:00.000Z'));
    expect(saved).toEqual({ saved: false, warning: `cannot save the expiry state to ${file} (EXDEV)` });
    // the new state went to a temporary file beside the target, never to the target itself
    expect(written).toHaveLength(1);
    expect(path.dirname(written[0]!)).toBe(dir);
    expect(written[0]).not.toBe(file);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it('a save it cannot make (the directory is a file) is a warning, not a throw', async () => {
    writeFileSync(path.join(dir, 'blocker'), '');
    const saved = await new FileStateStore(path.join(dir, 'blocker', 'state.json')).save(state());
    expect(saved.saved).toBe(false);
    expect(saved.warning).toMatch(/^cannot save the expiry state to .*blocker\/state\.json \((EEXIST|ENOTDIR)\)$/);
  });

  it('never writes a token value: the planted one is in no byte of the file', async () => {
    const value = plantedToken('ghp_');
    const file = path.join(dir, 'state.json');
    const run = stateFromRun(plan(NOW, [row('T', { notes: [`value ${value}`] })]), [finding('token-expiring', 'high', `Token "T" expires; ${value}`)]);
    await new FileStateStore(file).save(run);
    const bytes = readFileSync(file);
    expect(bytes.includes(value)).toBe(false);
    expect(bytes.includes(value.slice(4))).toBe(false);
  });
});
