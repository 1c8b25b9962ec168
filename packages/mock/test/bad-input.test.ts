/**
 * Referee: bad input to `atender-mock serve`'s HTTP server over raw sockets. For every case the
 * server answers without a 5xx and without hanging (every error answer a problem+json with
 * `X-Request-Id`), and still answers a health request afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/node.js';
import { type Exchange, exchange, head, type Step } from './support/raw-http.js';

let server: MockServer;
let port = 0;
let key = '';
const MB10 = 10 * 1024 * 1024;

beforeAll(async () => {
  // Short server timeouts so stalls are answered quickly; generous client deadlines (8 s) so a slow machine does not fail.
  server = await startMockServer({ port: 0, productionPort: 0, bodyTimeoutMs: 1000, headersTimeoutMs: 1500, requestTimeoutMs: 4000 });
  port = Number(new URL(server.sandboxUrl).port);
  key = server.mock.keys.demo.acme.sandbox.bundles.full_access.secret;
});
afterAll(() => server.close());

const auth = (): [string, string] => ['Authorization', `Bearer ${key}`];
const json: [string, string] = ['Content-Type', 'application/json'];
const post = (body: string, headers: [string, string][] = [auth(), json]): string =>
  head('POST', '/api/v1/tags', [...headers, ['Content-Length', String(Buffer.byteLength(body))]]) + body;

/** Asserts the exchange was answered in bounded time without a 5xx, every error as a problem. */
function expectAnswered(result: Exchange, count = 1): void {
  expect(result.hung, `hung after ${Math.round(result.ms)} ms`).toBe(false);
  expect(result.answers.length).toBeGreaterThanOrEqual(count);
  for (const answer of result.answers) {
    expect(answer.status).toBeLessThan(500);
    expect(answer.headers['x-request-id']).toMatch(/^req_[0-9A-Za-z]{16}$/);
    if (answer.status >= 400) {
      expect(answer.headers['content-type']).toBe('application/problem+json');
      const body = JSON.parse(answer.body) as { status: number; code: string };
      expect(body.status).toBe(answer.status);
      expect(typeof body.code).toBe('string');
    }
  }
}

async function expectHealthy(): Promise<void> {
  const result = await exchange(port, [head('GET', '/api/v1/status', [auth()])]);
  expect(result.hung).toBe(false);
  expect(result.answers[0]?.status).toBe(200);
}

interface Case {
  readonly name: string;
  readonly steps: () => readonly Step[];
  /** Answers expected (pipelining); 0 when the client goes away first. */
  readonly answers?: number;
  /** The status the first answer must have, when one is fixed. */
  readonly status?: number;
  readonly code?: string;
}

const deep = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;

const CASES: readonly Case[] = [
  { name: 'malformed JSON', steps: () => [post('{"name":')], status: 400, code: 'VALIDATION_FAILED' },
  { name: 'JSON sent as text/plain', steps: () => [post('{"name":"x"}', [auth(), ['Content-Type', 'text/plain']])], status: 400 },
  {
    name: 'JSON sent as a form',
    steps: () => [post('name=x', [auth(), ['Content-Type', 'application/x-www-form-urlencoded']])],
    status: 400,
  },
  { name: 'a body without Content-Type', steps: () => [post('{"name":"x"}', [auth()])], status: 400 },
  { name: 'a non-finite number', steps: () => [post('{"name":"x","position":1e400}')], status: 400 },
  { name: 'nesting 100 000 deep', steps: () => [post(deep(100_000))], status: 400 },
  {
    name: 'nesting 100 000 deep with an Idempotency-Key',
    steps: () => [post(deep(100_000), [auth(), json, ['Idempotency-Key', 'deep-1']])],
    status: 400,
  },
  {
    name: 'a 10 MB body, declared',
    steps: () => [head('POST', '/api/v1/tags', [auth(), json, ['Content-Length', String(MB10)]]), Buffer.alloc(MB10, 0x20)],
    status: 413,
  },
  {
    name: 'a 10 MB body, chunked',
    steps: () => [
      head('POST', '/api/v1/tags', [auth(), json, ['Transfer-Encoding', 'chunked']]),
      `${MB10.toString(16)}\r\n`,
      Buffer.alloc(MB10, 0x20),
      '\r\n0\r\n\r\n',
    ],
    status: 413,
  },
  {
    name: 'Content-Length 10 MB, 9 bytes sent',
    steps: () => [head('POST', '/api/v1/tags', [auth(), json, ['Content-Length', String(MB10)]]), '{"name":1'],
    status: 413,
  },
  {
    name: 'Content-Length 100, 9 bytes sent',
    steps: () => [head('POST', '/api/v1/tags', [auth(), json, ['Content-Length', '100']]), '{"name":1'],
    status: 400,
  },
  {
    name: 'two different Content-Length headers',
    steps: () => [head('POST', '/api/v1/tags', [auth(), json, ['Content-Length', '2'], ['Content-Length', '3']]), '{}'],
    status: 400,
  },
  {
    name: 'broken chunk framing',
    steps: () => [head('POST', '/api/v1/tags', [auth(), json, ['Transfer-Encoding', 'chunked']]), 'zz\r\n{}\r\n0\r\n\r\n'],
    status: 400,
  },
  { name: 'not HTTP at all', steps: () => ['HELLO THERE\r\n\r\n'], status: 400 },
  { name: 'a percent-escape that decodes to nothing (%zz)', steps: () => [head('GET', '/api/v1/kb/articles/%zz', [auth()])], status: 404 },
  { name: 'an escaped NUL in the path', steps: () => [head('GET', '/api/v1/kb/articles/%00', [auth()])], status: 404 },
  { name: 'a raw NUL in the path', steps: () => [`GET /api/v1/kb/\u0000 HTTP/1.1\r\nHost: x\r\n\r\n`], status: 400 },
  {
    name: 'raw UTF-8 in the path',
    steps: () => [Buffer.from(`GET /api/v1/kb/articles/art_é☃ HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${'x'}\r\n\r\n`, 'utf8')],
  },
  { name: 'a NUL in a header value', steps: () => [`GET /api/v1/status HTTP/1.1\r\nHost: x\r\nX-Thing: a\u0000b\r\n\r\n`], status: 400 },
  {
    name: 'UTF-8 in the Authorization header',
    steps: () => [Buffer.from(head('GET', '/api/v1/status', [['Authorization', 'Bearer ключ…☃']]), 'utf8')],
    status: 401,
    code: 'API_KEY_MALFORMED',
  },
  {
    name: 'Authorization: Basic',
    steps: () => [head('GET', '/api/v1/status', [['Authorization', 'Basic dXNlcjpwYXNz']])],
    status: 401,
    code: 'API_KEY_MALFORMED',
  },
  // node keeps the first of repeated Authorization / Content-Type headers (and joins others with ", ").
  {
    name: 'two Authorization headers',
    steps: () => [head('GET', '/api/v1/status', [['Authorization', 'Bearer garbage'], auth()])],
    status: 401,
  },
  { name: 'two Content-Type headers', steps: () => [post('{"name":"dup"}', [auth(), ['Content-Type', 'text/plain'], json])], status: 400 },
  {
    name: 'two X-API-Key headers',
    steps: () => [
      head('GET', '/api/v1/status', [
        ['X-API-Key', key],
        ['X-API-Key', key],
      ]),
    ],
    status: 401,
  },
  { name: 'a 100 KB URL', steps: () => [head('GET', `/api/v1/kb/articles?q=${'a'.repeat(100_000)}`, [auth()])], status: 400 },
  { name: 'a 20 KB header', steps: () => [head('GET', '/api/v1/status', [auth(), ['X-Long', 'b'.repeat(20_000)]])], status: 400 },
  { name: 'TRACE', steps: () => [head('TRACE', '/api/v1/status', [auth()])], status: 404, code: 'NOT_FOUND' },
  { name: 'CONNECT', steps: () => [`CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: x\r\n\r\n`], status: 404 },
  { name: 'an unknown method', steps: () => [head('BREW', '/api/v1/status', [auth()])] },
  { name: 'an absolute-form target', steps: () => [head('GET', 'http://evil.example/api/v1/status', [auth()])] },
  { name: 'OPTIONS *', steps: () => [head('OPTIONS', '*')] },
  {
    name: 'three pipelined requests',
    steps: () => [head('GET', '/api/v1/status', [auth()]) + post('{"name":') + head('GET', '/api/v1/nope', [auth()])],
    answers: 3,
  },
  {
    name: 'slow headers, then a stall',
    steps: () => ['GET /api/v1/st', { wait: 300 }, 'atus HTTP/1.1\r\nHo', { wait: 300 }, 'st: x\r\nX-A: 1\r\n'],
    status: 400,
  },
  {
    name: 'a stalled body',
    steps: () => [head('POST', '/api/v1/tags', [auth(), json, ['Content-Length', '20']]), '{"na', { wait: 3000 }],
    status: 400,
  },
  { name: 'a disconnect mid-headers', steps: () => ['GET /api/v1/status HTTP/1.1\r\nHost: x\r\n', { destroy: true }], answers: 0 },
  {
    name: 'a disconnect mid-body',
    steps: () => [head('POST', '/api/v1/tags', [auth(), json, ['Content-Length', '1000']]), '{"name":', { destroy: true }],
    answers: 0,
  },
  { name: 'a disconnect before the answer', steps: () => [post('{"name":"gone"}'), { destroy: true }], answers: 0 },
  { name: 'half-close after the request', steps: () => [head('GET', '/api/v1/status', [auth()]), { end: true }] },
];

describe('bad input to atender-mock serve', () => {
  it.each(CASES)('$name: no 5xx, no hang, still healthy', async (c) => {
    const result = await exchange(port, c.steps(), c.answers ?? 1);
    if ((c.answers ?? 1) > 0) {
      expectAnswered(result, c.answers ?? 1);
      if (c.status !== undefined) expect(result.answers[0]?.status).toBe(c.status);
      if (c.code !== undefined) expect(JSON.parse(result.answers[0]?.body ?? '{}').code).toBe(c.code);
    } else {
      expect(result.hung).toBe(false);
    }
    await expectHealthy();
  });
});

describe('an answer given before the body was read', () => {
  // 4 MiB in 64 KiB pieces, 5 ms apart: the 413 comes after the first MiB, while the client is still sending.
  const slowBody = (): Step[] => Array.from({ length: 64 }, (): Step[] => [Buffer.alloc(64 * 1024, 0x20), { wait: 5 }]).flat();

  it('lets a client still uploading read its 413, then answers its next request on the same connection', async () => {
    const result = await exchange(
      port,
      [
        head('POST', '/api/v1/tags', [auth(), json, ['Content-Length', String(4 * 1024 * 1024)]]),
        ...slowBody(),
        head('GET', '/api/v1/status', [auth()]),
      ],
      2,
    );
    expectAnswered(result, 2);
    expect(result.answers.map((a) => a.status)).toEqual([413, 200]);
    expect(JSON.parse(result.answers[0]?.body ?? '{}').code).toBe('PAYLOAD_TOO_LARGE');
  });

  // How the CLI test met it: undici's write of the rest of a 2 MB body failed with EPIPE once the
  // server closed after its 413 (a race; the raw-socket test above fails every time without the drain).
  it('fetch gets the 413 of a 16 MiB upload', async () => {
    const response = await fetch(`${server.sandboxUrl}/api/v1/tags`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: new Uint8Array(16 * 1024 * 1024).fill(0x20),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { code: string }).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('still closes a connection whose declared body never comes, within the linger bound', async () => {
    const result = await exchange(
      port,
      [head('POST', '/api/v1/tags', [auth(), json, ['Content-Length', String(MB10)]]), '{"name":1'],
      99,
      9000,
    );
    expect(result.answers.map((a) => a.status)).toEqual([413]);
    expect(result.closed).toBe(true);
    expect(result.hung).toBe(false);
  });
});
