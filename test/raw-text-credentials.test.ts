/** Credentials are found in the text of a file, parsed or not (issue 7, part 2). */
import { scan } from '../src/engine.js';
import { DEFAULT_CONFIG } from '../src/config/types.js';
import { scanFiles } from './helpers.js';
import { plantedToken } from './planted.js';

const classic = plantedToken('ghp_');
const server = plantedToken('ghs_');

const body = (token: string) => token.slice(token.startsWith('github_pat_') ? 11 : 4);

describe('credentials in a file that does not parse', () => {
  const broken = `on: push\njobs:\n  a: [\n    ${classic}\n  b: 1 # ${server}\n`;

  it('are reported once each, critical, at their line and column, beside the parse error', () => {
    const seen: string[] = [];
    const result = scan([{ path: '.github/workflows/bad.yml', text: broken }], { onSecret: (v) => seen.push(v) });
    const hits = result.findings.filter((f) => f.ruleId === 'hardcoded-credential');
    expect(hits.map((f) => [f.severity, f.location.startLine, f.location.startColumn, f.location.endColumn])).toEqual([
      ['critical', 4, 5, 45],
      ['critical', 5, 10, 50],
    ]);
    expect(hits[0]!.message).toBe('A GitHub personal access token (classic) is written in the file (ghp_…(40 chars)); treat it as leaked');
    expect(hits[1]!.message).toContain('ghs_…(40 chars)');
    expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toHaveLength(1);
    expect(result.stats.parseErrors).toBe(1);
    // every literal goes to the log masker; none into a finding
    expect(seen).toEqual([classic, server]);
    const json = JSON.stringify(result);
    expect(json).not.toContain(body(classic));
    expect(json).not.toContain(body(server));
  });

  it('also when the YAML is valid but the file is not a workflow', () => {
    const result = scanFiles({ 'w.yml': `name: no trigger\nenv:\n  T: ${classic}\n` });
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['hardcoded-credential', 'parse-error']);
  });

  it('fingerprints depend on the kind of token and its occurrence, not on lines', () => {
    const fps = (text: string) => scanFiles({ 'bad.yml': text }).findings.filter((f) => f.ruleId === 'hardcoded-credential').map((f) => f.fingerprint);
    const before = fps(broken);
    const after = fps(`# a comment\n\n${broken}`);
    expect(before).toHaveLength(2);
    expect(new Set(before).size).toBe(2);
    expect(after).toEqual(before);
    // the same token written twice: two findings, two fingerprints
    const twice = fps(`jobs: [\n${classic}\n${classic}\n`);
    expect(twice).toHaveLength(2);
    expect(new Set(twice).size).toBe(2);
  });

  it('follow the credential rule: disabled, severity remapped, suppressed inline', () => {
    const disabled = scanFiles({ 'bad.yml': broken }, { rules: { 'hardcoded-credential': { disabled: true } } });
    expect(disabled.findings.map((f) => f.ruleId)).toEqual(['parse-error']);
    const remapped = scanFiles({ 'bad.yml': broken }, { rules: { 'hardcoded-credential': { severity: 'high' } } });
    expect(remapped.findings.filter((f) => f.ruleId === 'hardcoded-credential').map((f) => f.severity)).toEqual(['high', 'high']);
    const inline = scanFiles({ 'bad.yml': `jobs: [\n# token-warden: ignore[hardcoded-credential] revoked already\n${classic}\n` });
    expect(inline.findings.find((f) => f.ruleId === 'hardcoded-credential')?.suppression).toEqual({ kind: 'inline', justification: 'revoked already' });
  });

  it('are still found when the parse-error rule is disabled', () => {
    const result = scanFiles({ 'bad.yml': broken }, { rules: { 'parse-error': { disabled: true } } });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['hardcoded-credential', 'hardcoded-credential']);
  });

  it('a parsed file is not scanned twice: one finding per literal', () => {
    const result = scanFiles({ 'ok.yml': `on: push\n# ${classic}\njobs:\n  a:\n    runs-on: x\n    env: { T: ${classic} }\n    steps: [{ run: echo }]\n` });
    expect(result.findings.filter((f) => f.ruleId === 'hardcoded-credential').map((f) => f.location.startLine)).toEqual([2, 6]);
  });
});

describe('files read only as text (the config file)', () => {
  it('report credential literals on that file without counting it as scanned', () => {
    const seen: string[] = [];
    const result = scan([], {
      config: DEFAULT_CONFIG,
      textFiles: [{ path: '.github/token-warden.yml', text: `fail-on: high\n# old token ${classic}\n` }],
      onSecret: (v) => seen.push(v),
    });
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.location.file, f.location.startLine, f.location.startColumn])).toEqual([
      ['hardcoded-credential', 'critical', '.github/token-warden.yml', 2, 13],
    ]);
    expect(result.stats.files).toBe(0);
    expect(seen).toEqual([classic]);
  });
});
