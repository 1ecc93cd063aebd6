/**
 * Alert bodies: escaping of text from scanned files, markers, the content hash and the size budget.
 */
import { BODY_BUDGET, GITHUB_BODY_LIMIT, blobUrl, contentHash, escapeMarkdown, parseMarkers, renderAlertBody, renderOwner, safeUrl, sanitizeKey, sanitizeTitle, type AlertContent } from '../../src/alerts/body.js';
import { ALL_RULE_META, ruleMeta } from '../../src/rules/index.js';
import { plantedToken } from '../planted.js';
import { HOSTILE, LINKS, RUN_URL, finding, unsafeParts } from './fixtures.js';

const ZWSP = '\u200b';

describe('escapeMarkdown', () => {
  test.each([
    ['a team mention', '@org/everyone', '\\@\u200borg\\/everyone'],
    ['a user mention', 'ping @alice', 'ping \\@\u200balice'],
    ['HTML', '<img src=x onerror=alert(1)>', '\\<img src\\=x onerror\\=alert\\(1\\)\\>'],
    ['a closing keyword', 'fixes #1', 'fixes \\#\u200b1'],
    ['a cross-repository reference', 'closes acme/other#2', 'closes acme\\/other\\#\u200b2'],
    ['a GH- reference', 'see GH-12', 'see GH\\-\u200b12'],
    ['a link', '[click](https://evil.example)', '\\[click\\]\\(https\\:\u200b\\/\\/evil\\.example\\)'],
    ['a bare domain', 'www.evil.example', 'www\u200b\\.evil\\.example'],
    ['an email address', 'me@evil.example', 'me\\@\u200bevil\\.example'],
    ['a table row', '| a | b |', '\\| a \\| b \\|'],
    ['a heading after a line break', 'x\n# heading\n---', 'x \\#\u200b heading \\-\\-\\-'],
    ['an entity', '&lt;script&gt;', '\\&lt\\;script\\&gt\\;'],
    ['emphasis', '*bold* _it_ ~~s~~', '\\*bold\\* \\_it\\_ \\~\\~s\\~\\~'],
    ['a code span (kept, it renders nothing)', 'has `contents: write` for @org', 'has `contents: write` for \\@\u200borg'],
    ['a code span hiding a mention', '`@org/everyone`', '`@org/everyone`'],
    ['an unclosed backtick', 'a `b @c', 'a \\`b \\@\u200bc'],
    ['an empty code span', 'a `` b', 'a \\`\\` b'],
    ['a marker in a code span', '`<!-- token-warden:key=x -->`', '\\`\\<\\!\\-\\-', 'prefix'],
    ['bidi overrides and controls', 'a\u202eb\u0007c\u2066d', 'a b c d'],
    ['backslashes', 'a\\b', 'a\\\\b'],
  ])('%s', (_what, input, expected, mode = 'exact') => {
    const out = escapeMarkdown(input);
    if (mode === 'prefix') expect(out.startsWith(expected)).toBe(true);
    else expect(out).toBe(expected);
    expect(unsafeParts(out)).toEqual([]);
  });

  test('token literals are redacted, never passed on', () => {
    const token = plantedToken('ghp_');
    const out = escapeMarkdown(`leaked ${token} here`);
    expect(out).not.toContain(token.slice(4));
    expect(out).toContain('ghp\\_…\\(40 chars\\)');
  });

  test('long text is cut with an ellipsis, and a surrogate pair is never split', () => {
    expect(escapeMarkdown('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
    const out = escapeMarkdown(`${'a'.repeat(8)}😀😀`, 10);
    expect(out).toBe(`${'a'.repeat(8)}…`);
  });
});

describe('titles, keys, URLs, owners', () => {
  test.each([
    ['@org/team in ci.yml fixes #3', `@${ZWSP}org/team in ci.yml fixes #${ZWSP}3`],
    ['line\nbreak', 'line break'],
    ['GH-4 https://x', `GH-${ZWSP}4 https:${ZWSP}//x`],
  ])('title %j', (input, expected) => {
    expect(sanitizeTitle(input)).toBe(expected);
  });

  test('titles stay under GitHub’s 256 characters', () => {
    expect(sanitizeTitle('x'.repeat(1000)).length).toBeLessThanOrEqual(200);
  });

  test.each([
    ['finding:0123abcd', 'finding:0123abcd'],
    ['rule:a--b', 'rule:a-b'],
    ['digest:x --> <b>', 'digest:x_-___b_'],
    ['', '_'],
  ])('key %j → %j', (input, expected) => {
    expect(sanitizeKey(input)).toBe(expected);
  });

  test.each([
    ['https://github.com/acme/app/actions/runs/1', 'https://github.com/acme/app/actions/runs/1'],
    ['https://x.example/a(b)', 'https://x.example/a%28b%29'],
    ['javascript:alert(1)', undefined],
    ['https://x.example/a b', 'https://x.example/a%20b'],
    [undefined, undefined],
  ])('safeUrl %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  test('blob links encode every path segment and keep the scanned commit', () => {
    expect(blobUrl(LINKS, '.github/workflows/a (b)#c.yml', 7)).toBe(`https://github.com/acme/app/blob/${LINKS.ref}/.github/workflows/a%20%28b%29%23c.yml#L7`);
    expect(blobUrl({ ...LINKS, repository: 'acme/app) evil' }, 'x', 1)).toBeUndefined();
    expect(blobUrl(undefined, 'x', 1)).toBeUndefined();
  });

  test.each([
    ['@org/team', false, '\\@\u200borg\\/team'],
    ['@org/team', true, '@org/team'],
    ['@alice, @org/sec-team', true, '@alice, @org/sec-team'],
    ['alice', true, 'alice'],
    ['@org/team <img src=x>', true, '\\@\u200borg\\/team \\<img src\\=x\\>'],
    ['Platform team', true, 'Platform team'],
  ])('owner %j (mentions %s)', (owner, mention, expected) => {
    expect(renderOwner(owner, mention)).toBe(expected);
  });
});

function content(overrides: Partial<AlertContent> = {}): AlertContent {
  const f = finding({ severity: 'critical', ruleId: 'hardcoded-credential', message: 'A GitHub token is written in the file (ghp_…(40 chars)); treat it as leaked' });
  return { key: `finding:${f.fingerprint}`, title: 'Token Warden: hardcoded-credential', severity: 'critical', type: 'scan', grouping: 'per-finding', items: [{ finding: f, owner: '@acme/platform' }], ...overrides };
}

describe('renderAlertBody', () => {
  test('a per-finding body says what, where, why, how to fix and who owns it, with markers first', () => {
    const c = content();
    const { body, hash, omitted } = renderAlertBody(c, { links: LINKS, runUrl: RUN_URL, ruleMeta, toolVersion: '0.1.0' });
    const f = c.items[0]!.finding;
    expect(omitted).toBe(0);
    expect(body.split('\n').slice(0, 2)).toEqual([`<!-- token-warden:key=${c.key} -->`, `<!-- token-warden:state v=1 hash=${hash} severity=critical type=scan -->`]);
    expect(body).toContain('**What:** A GitHub token is written');
    expect(body).toContain(`**Where:** [\\.github\\/workflows\\/ci\\.yml\\:10](https://github.com/acme/app/blob/${LINKS.ref}/.github/workflows/ci.yml#L10)`);
    expect(body).toContain(`**Why it matters:** ${ruleMeta('hardcoded-credential')!.summary}`);
    expect(body).toContain(`**How to fix:** ${ruleMeta('hardcoded-credential')!.remediation}`);
    expect(body).toContain('**Owner:** \\@\u200bacme\\/platform');
    expect(body).toContain(`[this Token Warden run](${RUN_URL})`);
    expect(parseMarkers(body)).toEqual({ key: c.key, hash, severity: 'critical', type: 'scan' });
    expect(f.fingerprint).toMatch(/^fp/);
    expect(unsafeParts(body)).toEqual([]);
  });

  test('the hash ignores the run URL, the commit and the tool version, and follows the content', () => {
    const c = content();
    const a = renderAlertBody(c, { links: LINKS, runUrl: RUN_URL, ruleMeta, toolVersion: '0.1.0' });
    const b = renderAlertBody(c, { links: { ...LINKS, ref: 'f'.repeat(40) }, runUrl: `${RUN_URL}0`, ruleMeta, toolVersion: '0.2.0' });
    expect(b.hash).toBe(a.hash);
    expect(b.body).not.toBe(a.body);
    const moved = content({ items: [{ finding: { ...c.items[0]!.finding, location: { ...c.items[0]!.finding.location, startLine: 11 } } }] });
    expect(contentHash(moved, { ruleMeta })).not.toBe(contentHash(c, { ruleMeta }));
    expect(contentHash(content({ severity: 'high' }), { ruleMeta })).not.toBe(contentHash(c, { ruleMeta }));
  });

  test('a digest lists findings grouped by rule, each rule explained once', () => {
    const items = [finding({ severity: 'high' }), finding({ severity: 'high' }), finding({ ruleId: 'secrets-inherit', severity: 'high' })].map((f) => ({ finding: f }));
    const { body } = renderAlertBody(content({ grouping: 'digest', severity: 'high', items }), { links: LINKS, ruleMeta });
    expect(body).toContain('reports 3 findings here');
    expect(body.match(/\*\*Why it matters:\*\*/g)).toHaveLength(2);
    expect(body).toContain('### 🟧 `permissions` (2)');
    expect(body.match(/^- 🟧 \*\*high\*\*/gm)).toHaveLength(3);
  });

  test('hostile text from scanned files stays harmless everywhere it appears', () => {
    const f = finding({ message: `Job "${HOSTILE}" has \`contents: write\``, file: `.github/workflows/${HOSTILE}.yml`, related: [{ message: HOSTILE, location: { file: HOSTILE, startLine: 2, startColumn: 1, endLine: 2, endColumn: 2 } }] });
    for (const grouping of ['per-finding', 'digest'] as const) {
      const { body } = renderAlertBody({ key: 'k', title: 't', severity: 'high', type: 'scan', grouping, items: [{ finding: f, owner: HOSTILE }] }, { links: LINKS, ruleMeta, runUrl: RUN_URL, mentionOwners: true });
      expect(unsafeParts(body)).toEqual([]);
      expect(body).not.toMatch(/(^|[^\\])<img/);
      expect(body).toContain('\\<img src\\=x\\>');
    }
  });

  test('a huge digest stays under the budget and says how many findings it left out', () => {
    const items = Array.from({ length: 2000 }, (_, i) => ({ finding: finding({ message: `Job "j${i}" ${'x'.repeat(150)}` }) }));
    const { body, omitted } = renderAlertBody(content({ grouping: 'digest', severity: 'high', items }), { links: LINKS, ruleMeta, runUrl: RUN_URL });
    expect(body.length).toBeLessThanOrEqual(BODY_BUDGET);
    expect(body.length).toBeLessThan(GITHUB_BODY_LIMIT);
    expect(omitted).toBeGreaterThan(1000);
    expect(body).toContain(`> ${omitted} more findings are not shown: GitHub limits issue bodies to 65,536 characters.`);
    expect(body.match(/^- 🟧/gm)!.length + omitted).toBe(2000);
  });

  test.each(ALL_RULE_META.map((m) => [m.id]))('the texts of rule %s render safely', (id) => {
    for (const grouping of ['per-finding', 'digest'] as const) {
      const { body } = renderAlertBody(content({ grouping, items: [{ finding: finding({ ruleId: id, message: 'm' }) }] }), { ruleMeta, links: LINKS });
      expect(unsafeParts(body)).toEqual([]);
      expect(body).toContain('**How to fix:**');
    }
  });

  test('even our own rule texts cannot ping or reference outside code spans', () => {
    const meta = { ...ruleMeta('permissions')!, summary: 'Ask @acme/security about #12', remediation: 'Write `owner: "@org/team"`' };
    const { body } = renderAlertBody(content(), { ruleMeta: () => meta });
    expect(body).toContain('**Why it matters:** Ask @\u200bacme/security about #\u200b12');
    expect(body).toContain('**How to fix:** Write `owner: "@org/team"`');
  });

  test('markers are read only from the head of the body, and only well-formed', () => {
    expect(parseMarkers('no marker')).toBeUndefined();
    expect(parseMarkers(null)).toBeUndefined();
    expect(parseMarkers(`${'x'.repeat(2000)}<!-- token-warden:key=late -->`)).toBeUndefined();
    expect(parseMarkers('<!-- token-warden:key=a -->\n<!-- token-warden:state hash=zz severity=bogus type=other -->')).toEqual({ key: 'a' });
  });
});
