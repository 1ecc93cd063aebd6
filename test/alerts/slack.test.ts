import { BLOCKS_TEXT_BUDGET, MAX_ITEMS_SHOWN, SLACK_LIMITS, blocksTextLength, buildSlackMessage, escapeSlackText, shouldNotify, type SlackItem, type SlackMessage, type SlackMessageInput } from '../../src/alerts/slack-message.js';
import { parseRetryAfter, sendSlack, type SendSlackOptions, type SlackSendResult } from '../../src/alerts/slack.js';
import { SEVERITIES } from '../../src/model/severity.js';
import { SlackReceiver, checkPayload, slackFaults } from '../double/slack.js';

const INJECTION = '<!channel> @here <@U123> <https://evil|x> *bold*';

function item(overrides: Partial<SlackItem> = {}): SlackItem {
  return {
    severity: 'high',
    ruleId: 'secret-in-run-script',
    message: 'secrets.DEPLOY_TOKEN is interpolated into a run script',
    file: '.github/workflows/deploy.yml',
    line: 12,
    url: 'https://github.com/acme/app/blob/abc123/.github/workflows/deploy.yml#L12',
    change: 'new',
    ...overrides,
  };
}

function input(overrides: Partial<SlackMessageInput> = {}): SlackMessageInput {
  return { items: [item()], repository: 'acme/app', runUrl: 'https://github.com/acme/app/actions/runs/42', totals: { high: 1 }, minSeverity: 'high', ...overrides };
}

function manyItems(count: number, overrides: Partial<SlackItem> = {}): SlackItem[] {
  return Array.from({ length: count }, (_, i) =>
    item({ severity: SEVERITIES[i % 4], change: i % 3 === 0 ? 'worse' : 'new', line: i + 1, file: `.github/workflows/w${i}.yml`, ...overrides }),
  );
}

/** Every text the message shows (fallback, header, sections, fields, context). */
function allText(message: SlackMessage): string[] {
  const texts = [message.text];
  for (const block of message.blocks) {
    if (block.type === 'header') texts.push(block.text.text);
    if (block.type === 'section') texts.push(...(block.text ? [block.text.text] : []), ...(block.fields ?? []).map((f) => f.text));
    if (block.type === 'context') texts.push(...block.elements.map((e) => e.text));
  }
  return texts;
}

function expectWithinLimits(message: SlackMessage): void {
  expect(checkPayload(message)).toEqual([]);
  expect(message.text.trim()).not.toBe('');
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  expect(blocksTextLength(message.blocks)).toBeLessThanOrEqual(BLOCKS_TEXT_BUDGET);
  expect(JSON.stringify(message.blocks).length).toBeLessThan(SLACK_LIMITS.aggregateBlocksText);
}

describe('buildSlackMessage: limits', () => {
  const huge = 'x&<>'.repeat(2000);
  const cases: Array<[string, SlackMessageInput]> = [
    ['one finding', input()],
    ['500 findings', input({ items: manyItems(500), totals: { critical: 125, high: 125, medium: 125, low: 125 } })],
    ['500 findings with huge text everywhere', input({ items: manyItems(500, { message: huge, ruleId: huge, file: `${huge}/x.yml`, url: `https://example.com/${'&'.repeat(900)}` }), repository: huge, runUrl: `https://github.com/${'a&'.repeat(490)}` })],
    ['60 issue links with long titles and URLs', input({ issueLinks: Array.from({ length: 60 }, (_, i) => ({ title: `${huge} ${i}`, url: `https://github.com/acme/app/issues/${i}?${'q&'.repeat(400)}` })) })],
    ['emoji everywhere (surrogate pairs)', input({ repository: '🔥'.repeat(200), items: manyItems(50, { message: '🔑'.repeat(1000) }) })],
    ['no run URL, no issues, no totals', input({ runUrl: undefined, totals: {} })],
    ['nothing new or worse', input({ items: [] })],
  ];
  test.each(cases)('%s stays within Slack limits', (_name, given) => {
    expectWithinLimits(buildSlackMessage(given));
  });

  test('500 findings: the first ones listed most severe first, the rest summarised with counts and the run link', () => {
    const message = buildSlackMessage(input({ items: manyItems(500) }));
    const itemSections = message.blocks.filter((b) => b.type === 'section' && b.text?.text.includes('.github/workflows/w'));
    expect(itemSections.length).toBeGreaterThan(0);
    expect(itemSections.length).toBeLessThanOrEqual(MAX_ITEMS_SHOWN);
    const shown = itemSections.length;
    const more = message.blocks.find((b) => b.type === 'section' && b.text?.text.startsWith('…and'));
    expect(more).toBeDefined();
    expect(more?.type === 'section' && more.text?.text).toContain(`…and ${500 - shown} more (`);
    expect(more?.type === 'section' && more.text?.text).toContain('<https://github.com/acme/app/actions/runs/42|');
    expect(itemSections[0].type === 'section' && itemSections[0].text?.text).toContain('*critical*');
  });

  test('every severity and change is said; worse says what it was', () => {
    const message = buildSlackMessage(input({ items: [item({ severity: 'critical', change: 'worse', previousSeverity: 'medium' }), item({ severity: 'low' })] }));
    const texts = allText(message).join('\n');
    expect(texts).toContain('*critical* · worse (was medium)');
    expect(texts).toContain('*low* · new');
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Token Warden: 1 new, 1 worse findings in acme/app', emoji: true } });
  });

  test('links: the finding, the run and the issues; only http(s) URLs become links', () => {
    const message = buildSlackMessage(
      input({
        items: [item(), item({ line: 20, url: 'javascript:alert(1)' })],
        issueLinks: [{ title: 'Token Warden: 3 tokens expire', url: 'https://github.com/acme/app/issues/7' }],
      }),
    );
    const texts = allText(message).join('\n');
    expect(texts).toContain('<https://github.com/acme/app/blob/abc123/.github/workflows/deploy.yml#L12|.github/workflows/deploy.yml:12>');
    expect(texts).toContain('.github/workflows/deploy.yml:20: ');
    expect(texts).not.toContain('javascript:');
    expect(texts).toContain('<https://github.com/acme/app/issues/7|Token Warden: 3 tokens expire>');
    expect(texts).toContain('<https://github.com/acme/app/actions/runs/42|View the run>');
  });

  test('a link URL cannot break out of <url|label>', () => {
    const message = buildSlackMessage(input({ items: [item({ url: 'https://github.com/a/b/blob/c/x.yml?a=1&b=<x>|y#L1' })] }));
    expect(allText(message).join('\n')).toContain('<https://github.com/a/b/blob/c/x.yml?a=1&amp;b=%3Cx%3E%7Cy#L1|');
  });
});

describe('buildSlackMessage: fallback text', () => {
  const cases: Array<[string, SlackMessageInput, string[]]> = [
    ['one new', input(), ['Token Warden: 1 new finding in acme/app.', '• [high, new] secret-in-run-script at .github/workflows/deploy.yml:12', 'Run: https://github.com/acme/app/actions/runs/42']],
    ['worse only', input({ items: [item({ change: 'worse' })] }), ['Token Warden: 1 worse finding in acme/app.']],
    ['many', input({ items: manyItems(12) }), ['8 new, 4 worse findings', '…and 7 more.']],
    ['nothing', input({ items: [], runUrl: undefined }), ['Token Warden: nothing new or worse in acme/app.']],
  ];
  test.each(cases)('%s', (_name, given, expected) => {
    const { text } = buildSlackMessage(given);
    expect(text.trim()).not.toBe('');
    for (const part of expected) expect(text).toContain(part);
  });
});

describe('escaping text from scanned files', () => {
  const cases: Array<[string, string, string]> = [
    ['broadcast mentions', '<!channel> <!here> <!everyone>', '&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt;'],
    ['user mention', '<@U123>', '&lt;@\u2060U123&gt;'],
    ['plain @here', '@here and @channel', '@\u2060here and @\u2060channel'],
    ['disguised link', '<https://evil|x>', '&lt;https://evil|x&gt;'],
    ['ampersand', 'a && b', 'a &amp;&amp; b'],
    ['bold, strike, code', '*bold* ~gone~ `code`', '\u2217bold\u2217 \u223cgone\u223c \u02cbcode\u02cb'],
    ['italic at word edges', '_it_', '\u02cdit\u02cd'],
    ['underscores inside words stay', 'GITHUB_TOKEN pull_request_target', 'GITHUB_TOKEN pull_request_target'],
    ['line breaks flatten (no blockquote, no new line)', 'a\n> quoted\r\nb', 'a &gt; quoted b'],
  ];
  test.each(cases)('%s', (_name, raw, expected) => {
    expect(escapeSlackText(raw)).toBe(expected);
  });

  test('nothing injected through the message, file, rule id, repository or issue title', () => {
    const message = buildSlackMessage(
      input({
        items: [item({ message: INJECTION, file: `${INJECTION}.yml`, ruleId: INJECTION })],
        repository: INJECTION,
        issueLinks: [{ title: INJECTION, url: 'https://github.com/acme/app/issues/1' }],
      }),
    );
    expectWithinLimits(message);
    // The header is plain_text (no mrkdwn, no mentions); everything else is mrkdwn and must be inert.
    const mrkdwn = allText(message).filter((_, i) => i !== 1);
    for (const text of mrkdwn) {
      expect(text).not.toMatch(/<!(channel|here|everyone)/);
      expect(text).not.toMatch(/<@U/);
      expect(text).not.toContain('<https://evil');
      expect(text).not.toContain('*bold*');
      expect(text).not.toMatch(/(^|\s)@here/);
    }
  });
});

describe('shouldNotify', () => {
  test.each([
    [[], false],
    [[{ change: 'new' as const }], true],
    [[{ change: 'worse' as const }], true],
  ])('%j → %s', (items, expected) => {
    expect(shouldNotify(items)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  test.each([
    ['3', 3],
    [' 0 ', 0],
    ['soon', undefined],
    [null, undefined],
    ['Thu, 01 Jan 2026 00:00:30 GMT', 30],
  ])('%j → %s', (value, expected) => {
    expect(parseRetryAfter(value, Date.parse('2026-01-01T00:00:00Z'))).toBe(expected);
  });
});

describe('sendSlack against the loopback receiver', () => {
  let slack: SlackReceiver;
  let logs: string[];
  let masked: string[];
  let slept: number[];
  beforeEach(async () => {
    slack = await SlackReceiver.start();
    logs = [];
    masked = [];
    slept = [];
  });
  afterEach(async () => {
    await slack.stop();
    slack.assertNoViolations();
  });

  const message = (): SlackMessage => buildSlackMessage(input({ items: manyItems(500) }));
  function send(overrides: Partial<SendSlackOptions> = {}, url = slack.url): Promise<SlackSendResult> {
    return sendSlack(url, message(), {
      timing: { msPerSecond: 1000, sleep: async (ms) => void slept.push(ms) },
      maxRetries: 3,
      timeoutMs: 2000,
      log: { debug: (m) => logs.push(`debug: ${m}`), info: (m) => logs.push(`info: ${m}`), warn: (m) => logs.push(`warn: ${m}`) },
      mask: (secret) => masked.push(secret),
      ...overrides,
    });
  }
  function expectNoUrl(result: SlackSendResult, url = slack.url): void {
    const secret = url.split('/').pop() ?? url;
    for (const text of [JSON.stringify(result), ...logs]) {
      expect(text).not.toContain(url);
      expect(text).not.toContain(secret);
    }
  }

  test('ok: one request, a valid payload, the URL masked first', async () => {
    const result = await send();
    expect(result).toEqual({ ok: true, status: 200, attempts: 1, waits: [] });
    expect(slack.requests).toHaveLength(1);
    expect(slack.messages).toHaveLength(1);
    expect(slack.requests[0].contentType).toMatch(/^application\/json/);
    expect(masked[0]).toBe(slack.url);
    expectNoUrl(result);
  });

  test('429 Retry-After is honoured, scaled by msPerSecond', async () => {
    slack.inject(slackFaults.rateLimited(7), { calls: [1] });
    const result = await send();
    expect(result).toMatchObject({ ok: true, attempts: 2, waits: [{ reason: 'rate-limit', seconds: 7, attempt: 1 }] });
    expect(slept).toEqual([7000]);
    expect(slack.messages).toHaveLength(1);
  });

  test('429 without Retry-After waits one second', async () => {
    slack.inject(slackFaults.rateLimited(), { calls: [1] });
    const result = await send({ timing: { msPerSecond: 1, sleep: async (ms) => void slept.push(ms) } });
    expect(result).toMatchObject({ ok: true, attempts: 2, waits: [{ reason: 'rate-limit', seconds: 1 }] });
    expect(slept).toEqual([1]);
  });

  test('429 asking for longer than the bound fails at once', async () => {
    slack.inject(slackFaults.rateLimited(3600));
    const result = await send();
    expect(result).toMatchObject({ ok: false, status: 429, attempts: 1, waits: [] });
    expect(result.error).toContain('3600 s');
    expect(slept).toEqual([]);
  });

  test('5xx, then ok: retried with backoff', async () => {
    slack.inject(slackFaults.serverError(500), { calls: [1] });
    slack.inject(slackFaults.serverError(503, 'service_unavailable'), { calls: [2] });
    const result = await send();
    expect(result).toMatchObject({ ok: true, status: 200, attempts: 3 });
    expect(result.waits.map((w) => [w.reason, w.seconds])).toEqual([['server-error', 1], ['server-error', 2]]);
    expect(slack.messages).toHaveLength(1);
  });

  test('persistent 5xx: ok false after maxRetries, with Slack error text', async () => {
    slack.inject(slackFaults.serverError(500, 'rollup_error'));
    const result = await send({ maxRetries: 2 });
    expect(result).toMatchObject({ ok: false, status: 500, attempts: 3 });
    expect(result.error).toContain('rollup_error');
    expect(slack.requests).toHaveLength(3);
    expectNoUrl(result);
  });

  test.each([
    ['400 invalid_payload', slackFaults.invalidPayload(), 400, 'invalid_payload'],
    ['404 no_service', slackFaults.noService(), 404, 'no_service'],
    ['403 action_prohibited', slackFaults.status(403, 'action_prohibited'), 403, 'action_prohibited'],
  ])('%s: never retried, ok false with Slack error text', async (_name, fault, status, error) => {
    slack.inject(fault);
    const result = await send();
    expect(result).toMatchObject({ ok: false, status, attempts: 1, waits: [] });
    expect(result.error).toBe(`Slack answered ${status}: ${error}`);
    expect(slack.requests).toHaveLength(1);
    expectNoUrl(result);
  });

  test('an unknown webhook path gets Slack 404 no_service', async () => {
    const url = slack.url.replace(/[^/]+$/, 'revokedrevokedrevoked123');
    const result = await send({}, url);
    expect(result).toMatchObject({ ok: false, status: 404, error: 'Slack answered 404: no_service' });
    expectNoUrl(result, url);
  });

  test('200 with a body other than ok is a failure, not retried', async () => {
    slack.inject(slackFaults.status(200, 'invalid_token'));
    const result = await send();
    expect(result).toMatchObject({ ok: false, status: 200, attempts: 1, error: 'Slack answered 200: invalid_token' });
    expect(slack.messages).toHaveLength(0);
  });

  test('connection reset, then ok', async () => {
    slack.inject(slackFaults.connectionReset(), { calls: [1] });
    const result = await send();
    expect(result).toMatchObject({ ok: true, attempts: 2, waits: [{ reason: 'network', seconds: 1, attempt: 1 }] });
    expectNoUrl(result);
  });

  test('connection reset every time: ok false, no throw, no URL', async () => {
    slack.inject(slackFaults.connectionReset());
    const result = await send({ maxRetries: 1 });
    expect(result.ok).toBe(false);
    expect(result.status).toBeUndefined();
    expect(result.attempts).toBe(2);
    expect(result.error).toMatch(/^could not reach Slack: /);
    expectNoUrl(result);
  });

  test('a hung answer times out and is retried', async () => {
    slack.inject(slackFaults.latency(1000), { calls: [1] });
    const result = await send({ timeoutMs: 100 });
    expect(result).toMatchObject({ ok: true, attempts: 2, waits: [{ reason: 'network' }] });
    expect(logs.join('\n')).toContain('no answer within 100 ms');
  });

  test('the webhook URL never appears, even when fetch puts it in its error', async () => {
    const url = slack.url;
    const leaky: typeof fetch = async (target) => {
      throw new TypeError(`fetch failed for ${String(target)} (${encodeURIComponent(String(target))})`, { cause: new Error(`connect to ${String(target)} refused`) });
    };
    const result = await send({ fetch: leaky, maxRetries: 1 });
    expect(result.ok).toBe(false);
    expect(result.error).toContain('[webhook URL]');
    expect(logs.length).toBeGreaterThan(0);
    expectNoUrl(result, url);
    expect(JSON.stringify(result)).not.toContain(encodeURIComponent(url));
    expect(slack.requests).toHaveLength(0);
  });

  test('a Slack error body echoing the URL is redacted', async () => {
    slack.inject(slackFaults.status(400, `invalid_payload for ${slack.url}`));
    const result = await send();
    expect(result.error).toBe('Slack answered 400: invalid_payload for [webhook URL]');
  });

  test('an unusable URL: no request, no throw, the value not echoed', async () => {
    const result = await send({}, 'not a url hooks-secret-value');
    expect(result).toEqual({ ok: false, error: 'the Slack webhook URL is not a valid http(s) URL', attempts: 0, waits: [] });
    expect(masked).toEqual(['not a url hooks-secret-value']);
  });

  test('a throwing mask or logger is still a result', async () => {
    const result = await send({ mask: () => { throw new Error(`cannot mask ${slack.url}`); } });
    expect(result.ok).toBe(false);
    expect(result.error).toContain('[webhook URL]');
    expectNoUrl(result);
  });

  test('nothing is sent when nothing is new or worse', async () => {
    const items: SlackItem[] = [];
    if (shouldNotify(items)) await sendSlack(slack.url, buildSlackMessage(input({ items })));
    expect(slack.requests).toHaveLength(0);
  });

  test('the receiver flags payloads Slack would refuse', async () => {
    const bad = {
      text: '',
      blocks: [
        ...Array.from({ length: 51 }, () => ({ type: 'divider' })),
        { type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } },
        { type: 'section', text: { type: 'mrkdwn', text: '  ' } },
        { type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'y' })) },
        { type: 'section', fields: [{ type: 'mrkdwn', text: 'z'.repeat(2001) }] },
        { type: 'divider', block_id: 'b'.repeat(256) },
        { type: 'image', image_url: 'https://x' },
      ],
    } as unknown as SlackMessage;
    const result = await sendSlack(slack.url, bad, { timing: { msPerSecond: 1 } });
    expect(result).toMatchObject({ ok: false, status: 400, error: 'Slack answered 400: no_text', attempts: 1 });
    const messages = slack.takeViolations().map((v) => v.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('non-empty string'),
        expect.stringContaining('57 blocks'),
        expect.stringContaining('3001 characters'),
        expect.stringContaining('empty mrkdwn'),
        expect.stringContaining('1–10 text objects'),
        expect.stringContaining('2001 characters'),
        expect.stringContaining('block_id'),
        expect.stringContaining('"image"'),
      ]),
    );
  });
});
