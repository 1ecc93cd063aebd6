/** Action inputs naming files stay inside the workspace (issue 7, part 4). */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSettings } from '../src/inputs.js';
import { UsageError } from '../src/errors.js';

const FILE_INPUTS = ['config', 'registry', 'sarif-file', 'json-file'] as const;

function workspace(): { base: string; ws: string } {
  const base = mkdtempSync(path.join(tmpdir(), 'tw-inputs-'));
  const ws = path.join(base, 'ws');
  mkdirSync(path.join(ws, '.github'), { recursive: true });
  mkdirSync(path.join(base, 'elsewhere'));
  writeFileSync(path.join(base, 'elsewhere', 'file.yml'), 'x: 1\n');
  writeFileSync(path.join(ws, '.github', 'token-warden.yml'), 'fail-on: high\n');
  return { base, ws };
}

/** readSettings with these inputs set the way the runner sets them, every other input empty. */
function settingsWith(ws: string, inputs: Record<string, string>) {
  const saved = { ...process.env };
  try {
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
    for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
    return readSettings({ GITHUB_WORKSPACE: ws });
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

function failure(ws: string, inputs: Record<string, string>): string {
  try {
    settingsWith(ws, inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('file inputs must stay inside the workspace', () => {
  it.each(FILE_INPUTS)('%s: inside is accepted as written (relative, absolute, not yet existing)', (name) => {
    const { ws } = workspace();
    expect(settingsWith(ws, { [name]: '.github/token-warden.yml' })).toMatchObject({ workspace: ws });
    const key = { config: 'config', registry: 'registry', 'sarif-file': 'sarifFile', 'json-file': 'jsonFile' }[name];
    expect(settingsWith(ws, { [name]: 'out/new/report.txt' })[key as 'config']).toBe('out/new/report.txt');
    expect(settingsWith(ws, { [name]: path.join(ws, 'a', '..', 'b.txt') })[key as 'config']).toBe(path.join(ws, 'a', '..', 'b.txt'));
  });

  it.each(FILE_INPUTS)('%s: `..`, an absolute path elsewhere, and a symbolic link out are refused, naming the input', (name) => {
    const { base, ws } = workspace();
    symlinkSync(path.join(base, 'elsewhere', 'file.yml'), path.join(ws, 'linked-file.yml'));
    symlinkSync(path.join(base, 'elsewhere'), path.join(ws, 'linked-dir'));
    // dangling: writing through it would create the file outside
    symlinkSync(path.join(base, 'elsewhere', 'new.sarif'), path.join(ws, 'dangling.sarif'));
    symlinkSync('dangling.sarif', path.join(ws, 'chained.sarif'));
    const values = ['../elsewhere/file.yml', 'sub/../../x', path.join(base, 'elsewhere', 'file.yml'), '/etc/passwd', 'linked-file.yml', 'linked-dir/new.sarif', 'dangling.sarif', 'chained.sarif'];
    for (const value of values) {
      expect(failure(ws, { [name]: value })).toBe(`input ${name} must name a file inside the workspace (${ws}), got "${value}", which resolves outside it`);
    }
    expect(failure(ws, { [name]: '.' })).toBe(`input ${name} must name a file inside the workspace (${ws}), got "."`);
  });

  it('a link that stays inside the workspace is fine', () => {
    const { ws } = workspace();
    symlinkSync('.github', path.join(ws, 'gh'));
    symlinkSync('out/report.json', path.join(ws, 'dangling-inside.json'));
    expect(settingsWith(ws, { 'json-file': 'dangling-inside.json' })).toMatchObject({ jsonFile: 'dangling-inside.json' });
    expect(settingsWith(ws, { config: 'gh/token-warden.yml', 'sarif-file': 'gh/out.sarif' })).toMatchObject({ config: 'gh/token-warden.yml', sarifFile: 'gh/out.sarif' });
  });
});

describe('the repository', () => {
  it("comes from GITHUB_REPOSITORY (its owner's actions are first-party)", () => {
    const { ws } = workspace();
    const saved = { ...process.env };
    try {
      for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
      expect(readSettings({ GITHUB_REPOSITORY: 'octo-org/app', GITHUB_WORKSPACE: ws }).repository).toBe('octo-org/app');
      expect(readSettings({ GITHUB_WORKSPACE: ws }).repository).toBeUndefined();
    } finally {
      Object.assign(process.env, saved);
    }
  });
});
