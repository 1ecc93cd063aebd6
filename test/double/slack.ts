/**
 * A Slack incoming-webhook receiver on 127.0.0.1 for tests: it checks every payload against Slack's documented
 * limits (../shared/docs/API-FACTS.md §4), records what it received and any violation, answers `ok` as Slack does,
 * and injects faults on demand (429 with Retry-After, 5xx, 400 invalid_payload, 404 no_service, a reset connection).
 *
 *   const slack = await SlackReceiver.start();
 *   slack.inject(slackFaults.rateLimited(3), { calls: [1] });
 *   await sendSlack(slack.url, message, { timing: { msPerSecond: 1 } });
 *   expect(slack.messages).toHaveLength(1);
 *   slack.assertNoViolations();
 *   await slack.stop();
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { selects, type CallSelector } from './faults.js';

export type SlackFault =
  /** Any status with a plain-text body, optionally `Retry-After` (seconds, or any text to test parsing). */
  | { kind: 'status'; status: number; body: string; retryAfter?: number | string }
  /** Destroys the socket without answering. */
  | { kind: 'connection-reset' }
  /** Waits, then answers normally (for timeouts). */
  | { kind: 'latency'; ms: number };

export const slackFaults = {
  /** 429 as Slack sends it; `retryAfter` undefined leaves the header out. */
  rateLimited(retryAfter?: number | string): SlackFault {
    return { kind: 'status', status: 429, body: 'rate_limited', ...(retryAfter !== undefined ? { retryAfter } : {}) };
  },
  serverError(status = 500, body = 'rollup_error'): SlackFault {
    return { kind: 'status', status, body };
  },
  invalidPayload(): SlackFault {
    return { kind: 'status', status: 400, body: 'invalid_payload' };
  },
  /** A revoked or unknown webhook. */
  noService(): SlackFault {
    return { kind: 'status', status: 404, body: 'no_service' };
  },
  status(status: number, body: string): SlackFault {
    return { kind: 'status', status, body };
  },
  connectionReset(): SlackFault {
    return { kind: 'connection-reset' };
  },
  latency(ms: number): SlackFault {
    return { kind: 'latency', ms };
  },
} as const;

export interface SlackRequest {
  method: string;
  path: string;
  contentType: string | undefined;
  body: string;
  /** The parsed body, when it was JSON. */
  payload?: unknown;
  /** HTTP status sent; 0 when the connection was reset. */
  status: number;
  /** The fault that answered, if any. */
  fault?: SlackFault['kind'];
}

export interface SlackViolation {
  /** 1-based request number. */
  request: number;
  /** The error Slack would give (`invalid_blocks`, `no_text`, `invalid_payload`, `msg_blocks_too_long`). */
  error: string;
  message: string;
}

export interface SlackReceiverOptions {
  /** The webhook path; default `/services/T0TEST0000/B0TEST0000/` plus a random secret. */
  path?: string;
}

/** The limits the receiver enforces; `aggregateBlocksText` is undocumented (observed ~13.2k, chat.postMessage). */
export const RECEIVER_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  blockId: 255,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  text: 40_000,
  aggregateBlocksText: 13_200,
} as const;

/** Block types this project emits; anything else is reported, so a new type gets its checks added here first. */
const BLOCK_TYPES = new Set(['header', 'section', 'divider', 'context']);
const TOP_LEVEL_KEYS = new Set(['text', 'blocks', 'attachments', 'mrkdwn', 'unfurl_links', 'unfurl_media', 'username', 'icon_emoji', 'icon_url', 'channel', 'thread_ts']);

interface FaultRule {
  fault: SlackFault;
  calls: CallSelector;
  hits: number;
}

export class SlackReceiver {
  /** Every request, in order (faulted ones too). */
  readonly requests: SlackRequest[] = [];
  private readonly violations: SlackViolation[] = [];
  private faultRules: FaultRule[] = [];
  private server?: Server;
  private origin = '';

  private constructor(readonly path: string) {}

  static async start(options: SlackReceiverOptions = {}): Promise<SlackReceiver> {
    const secret = Math.random().toString(36).slice(2).padEnd(24, 'x').slice(0, 24);
    const receiver = new SlackReceiver(options.path ?? `/services/T0TEST0000/B0TEST0000/${secret}`);
    const server = createServer((req, res) => {
      receiver.handle(req, res).catch((error: unknown) => {
        receiver.violations.push({ request: receiver.requests.length, error: 'receiver_crashed', message: String((error as Error).stack ?? error) });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('receiver_crashed');
      });
    });
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    receiver.server = server;
    receiver.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return receiver;
  }

  /** The webhook URL (a secret in production: tests check it never shows). */
  get url(): string {
    return `${this.origin}${this.path}`;
  }

  /** Payloads Slack would have posted (answered 200 `ok`). */
  get messages(): unknown[] {
    return this.requests.filter((r) => r.status === 200 && r.fault !== 'status').map((r) => r.payload);
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Makes requests fail: `calls` picks the request numbers (1-based over all requests; default every one). */
  inject(fault: SlackFault, options: { calls?: CallSelector } = {}): void {
    this.faultRules.push({ fault, calls: options.calls ?? 'every', hits: 0 });
  }

  clearFaults(): void {
    this.faultRules = [];
  }

  /** Returns the violations so far and forgets them (for tests that send a bad payload on purpose). */
  takeViolations(): SlackViolation[] {
    return this.violations.splice(0, this.violations.length);
  }

  assertNoViolations(): void {
    const found = this.takeViolations();
    if (found.length === 0) return;
    throw new Error(`Slack receiver: ${found.length} violation(s):\n${found.map((v) => `  #${v.request} ${v.error}: ${v.message}`).join('\n')}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const record: SlackRequest = { method: req.method ?? '?', path: req.url ?? '?', contentType: req.headers['content-type'], body, status: 0 };
    this.requests.push(record);
    const number = this.requests.length;

    const problems: Array<{ error: string; message: string }> = [];
    if (record.method !== 'POST') problems.push({ error: 'invalid_method', message: `method ${record.method}, expected POST` });
    if (!/^application\/json\b/i.test(record.contentType ?? '')) problems.push({ error: 'invalid_payload', message: `content-type ${record.contentType ?? '(none)'}, expected application/json` });
    try {
      record.payload = JSON.parse(body) as unknown;
      problems.push(...checkPayload(record.payload));
    } catch {
      problems.push({ error: 'invalid_payload', message: 'the body is not JSON' });
    }
    for (const p of problems) this.violations.push({ request: number, ...p });

    const rule = this.faultRules.find((r) => selects(r.calls, number));
    if (rule) {
      rule.hits += 1;
      record.fault = rule.fault.kind;
      if (rule.fault.kind === 'connection-reset') {
        req.socket.destroy();
        return;
      }
      if (rule.fault.kind === 'status') {
        const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' };
        if (rule.fault.retryAfter !== undefined) headers['retry-after'] = String(rule.fault.retryAfter);
        return this.answer(res, record, rule.fault.status, rule.fault.body, headers);
      }
      await new Promise((resolve) => setTimeout(resolve, rule.fault.kind === 'latency' ? rule.fault.ms : 0));
    }

    // As Slack answers: unknown hook, then the first payload problem, then ok.
    if (record.path !== this.path) return this.answer(res, record, 404, 'no_service');
    if (problems.length > 0) return this.answer(res, record, 400, problems[0].error);
    return this.answer(res, record, 200, 'ok', { 'content-type': 'text/html' });
  }

  private answer(res: ServerResponse, record: SlackRequest, status: number, body: string, headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' }): void {
    record.status = status;
    if (res.destroyed) return;
    res.writeHead(status, headers);
    res.end(body);
  }
}

/** Every way a payload breaks Slack's documented limits (empty when it is fine). */
export function checkPayload(payload: unknown): Array<{ error: string; message: string }> {
  const out: Array<{ error: string; message: string }> = [];
  const bad = (error: string, message: string): void => void out.push({ error, message });
  if (!isObject(payload)) {
    bad('invalid_payload', 'the payload is not a JSON object');
    return out;
  }
  for (const key of Object.keys(payload)) if (!TOP_LEVEL_KEYS.has(key)) bad('invalid_payload', `unknown top-level key "${key}"`);
  if (typeof payload.text !== 'string' || payload.text.trim() === '') bad('no_text', '`text` must be a non-empty string (the notification and fallback)');
  else if (payload.text.length > RECEIVER_LIMITS.text) bad('invalid_payload', `text is ${payload.text.length} characters (max ${RECEIVER_LIMITS.text})`);
  if (payload.blocks === undefined) return out;
  if (!Array.isArray(payload.blocks)) {
    bad('invalid_blocks', '`blocks` must be an array');
    return out;
  }
  if (payload.blocks.length > RECEIVER_LIMITS.blocks) bad('invalid_blocks', `${payload.blocks.length} blocks (max ${RECEIVER_LIMITS.blocks})`);
  const blockIds = new Set<string>();
  let aggregate = 0;
  payload.blocks.forEach((block: unknown, index: number) => {
    const at = `blocks[${index}]`;
    if (!isObject(block)) return bad('invalid_blocks', `${at} is not an object`);
    if (typeof block.type !== 'string' || !BLOCK_TYPES.has(block.type)) return bad('invalid_blocks', `${at}.type ${JSON.stringify(block.type)} is not one of ${[...BLOCK_TYPES].join(', ')}`);
    if (block.block_id !== undefined) {
      if (typeof block.block_id !== 'string' || block.block_id === '' || block.block_id.length > RECEIVER_LIMITS.blockId) bad('invalid_blocks', `${at}.block_id must be a string of 1–${RECEIVER_LIMITS.blockId} characters`);
      else if (blockIds.has(block.block_id)) bad('invalid_blocks', `${at}.block_id "${block.block_id}" repeats`);
      else blockIds.add(block.block_id);
    }
    const allowed: Record<string, string[]> = { header: ['text'], section: ['text', 'fields'], divider: [], context: ['elements'] };
    for (const key of Object.keys(block)) if (key !== 'type' && key !== 'block_id' && !allowed[block.type].includes(key)) bad('invalid_blocks', `${at} has an unsupported key "${key}"`);
    const text = (value: unknown, where: string, max: number, kinds: string[] = ['mrkdwn', 'plain_text']): void => {
      const problem = checkTextObject(value, max, kinds);
      if (problem) bad('invalid_blocks', `${where} ${problem}`);
      else aggregate += (value as { text: string }).text.length;
    };
    switch (block.type) {
      case 'header':
        text(block.text, `${at}.text`, RECEIVER_LIMITS.headerText, ['plain_text']);
        break;
      case 'section':
        if (block.text === undefined && block.fields === undefined) bad('invalid_blocks', `${at} needs text or fields`);
        if (block.text !== undefined) text(block.text, `${at}.text`, RECEIVER_LIMITS.sectionText);
        if (block.fields !== undefined) {
          if (!Array.isArray(block.fields) || block.fields.length === 0 || block.fields.length > RECEIVER_LIMITS.fields) bad('invalid_blocks', `${at}.fields must be an array of 1–${RECEIVER_LIMITS.fields} text objects`);
          else block.fields.forEach((field: unknown, i: number) => text(field, `${at}.fields[${i}]`, RECEIVER_LIMITS.fieldText));
        }
        break;
      case 'context':
        if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > RECEIVER_LIMITS.contextElements) bad('invalid_blocks', `${at}.elements must be an array of 1–${RECEIVER_LIMITS.contextElements} elements`);
        else block.elements.forEach((element: unknown, i: number) => text(element, `${at}.elements[${i}]`, RECEIVER_LIMITS.contextText));
        break;
    }
  });
  if (aggregate > RECEIVER_LIMITS.aggregateBlocksText) bad('msg_blocks_too_long', `the blocks hold ${aggregate} characters of text (about ${RECEIVER_LIMITS.aggregateBlocksText} is the most Slack takes)`);
  return out;
}

/** Slack's text object: a known type, a non-empty string within `max`; undefined when it is fine. */
function checkTextObject(value: unknown, max: number, kinds: string[]): string | undefined {
  if (!isObject(value)) return 'is not a text object';
  if (typeof value.type !== 'string' || !kinds.includes(value.type)) return `has type ${JSON.stringify(value.type)}, expected ${kinds.join(' or ')}`;
  if (typeof value.text !== 'string') return 'has no text string';
  if (value.text.trim() === '') return `is an empty ${value.type}`;
  if (value.text.length > max) return `is ${value.text.length} characters (max ${max})`;
  for (const key of Object.keys(value)) if (!['type', 'text', 'emoji', 'verbatim'].includes(key)) return `has an unsupported key "${key}"`;
  if (value.type === 'mrkdwn' && value.emoji !== undefined) return 'sets emoji on mrkdwn (plain_text only)';
  if (value.type === 'plain_text' && value.verbatim !== undefined) return 'sets verbatim on plain_text (mrkdwn only)';
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> & { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
