/**
 * Answers whose headers arrive but whose body then breaks or stalls, from a real HTTP server on
 * 127.0.0.1: the body is part of the attempt, so a reset is a ConnectionError (retried when the
 * call is safe to repeat) and a stall is bounded by `timeout` and `totalTimeout`.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AbortError,
  AtenderError,
  ConnectionError,
  createAtenderClient,
  type RetryEvent,
  ServerError,
  TimeoutError,
} from '../src/index.js';
import { timed } from './support/mock-server.js';

const KEY = 'sa_test_Q7hV2mK9pX4rT8wZ3nB6cD1fG5jL0sYe';
type Mode = 'reset' | 'stall' | 'ok' | 'reset-error' | 'stall-error';

let server: Server;
let baseUrl: string;
/** What each successive request gets; the last entry repeats. */
let plan: Mode[] = ['ok'];
let hits = 0;

const LIST = JSON.stringify({ data: [{ id: 'con_1' }], nextCursor: null });

function answer(res: ServerResponse, mode: Mode): void {
  const status = mode.endsWith('-error') ? 503 : 200;
  if (mode === 'ok') {
    // No keep-alive: a pooled connection closed between tests would fail the next test's first attempt.
    res.writeHead(200, { 'content-type': 'application/json', connection: 'close' }).end(LIST);
    return;
  }
  // Headers and the start of the JSON, announcing far more than will ever come.
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(LIST.length * 10), connection: 'close' });
  res.write(LIST.slice(0, 12), () => {
    if (mode.startsWith('reset')) setTimeout(() => res.socket?.destroy(), 10);
    // A stall just stops here; the connection stays open until the test ends.
  });
}

beforeAll(async () => {
  server = createServer((_req, res) => answer(res, plan[Math.min(hits++, plan.length - 1)] ?? 'ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  server.closeAllConnections();
  plan = ['ok'];
  hits = 0;
  // Lets the client's connection pool see those closes before the next test sends.
  await new Promise((resolve) => setTimeout(resolve, 50));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function client(options: Parameters<typeof createAtenderClient>[0] = {}) {
  const retries: RetryEvent[] = [];
  const atender = createAtenderClient({
    apiKey: KEY,
    baseUrl,
    pacing: false,
    maxRetryDelay: 20,
    hooks: { onRetry: (event) => void retries.push(event) },
    ...options,
  });
  return { atender, retries };
}

describe('a 2xx whose body breaks mid-stream', () => {
  it('is a ConnectionError, not a raw TypeError', async () => {
    plan = ['reset'];
    const { atender } = client({ maxRetries: 0 });
    const error = await atender.GET('/api/v1/contacts').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(AtenderError.is(error)).toBe(true);
    expect(hits).toBe(1);
  });

  it('is retried like one for an idempotent call, and the retry succeeds', async () => {
    plan = ['reset', 'reset', 'ok'];
    const { atender, retries } = client({ maxRetries: 2 });
    const { data } = await atender.GET('/api/v1/contacts');
    expect(data.data).toEqual([{ id: 'con_1' }]);
    expect(retries.map((r) => r.reason)).toEqual(['network-error', 'network-error']);
    expect(retries[0]?.error).toBeInstanceOf(ConnectionError);
  });

  it('is not repeated for a POST without Idempotency-Key', async () => {
    plan = ['reset', 'ok'];
    const { atender } = client({ maxRetries: 2 });
    const error = await atender
      .POST('/api/v1/tags', { body: { name: 'vip' } as never, idempotencyKey: false })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(hits).toBe(1);
  });

  it('an error body that breaks is a ConnectionError too', async () => {
    plan = ['reset-error', 'ok'];
    const { atender, retries } = client({ maxRetries: 1 });
    await atender.GET('/api/v1/contacts');
    expect(retries.map((r) => r.reason)).toEqual(['network-error']);
  });
});

describe('a 2xx whose body stalls', () => {
  it('is cut off by `timeout` (per attempt) and retried', async () => {
    plan = ['stall', 'ok'];
    const { atender, retries } = client({ timeout: 200, maxRetries: 1 });
    const { ms, value } = await timed(atender.GET('/api/v1/contacts'));
    expect(value?.data.data).toEqual([{ id: 'con_1' }]);
    expect(retries.map((r) => r.reason)).toEqual(['attempt-timeout']);
    expect(retries[0]?.error).toMatchObject({ name: 'TimeoutError', scope: 'attempt', timeoutMs: 200 });
    expect(ms).toBeLessThan(5000);
  });

  it('ends with a TimeoutError when every attempt stalls', async () => {
    plan = ['stall'];
    const { atender } = client({ timeout: 150, maxRetries: 1 });
    const { error } = await timed(atender.GET('/api/v1/contacts'));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: 'attempt' });
    expect(hits).toBe(2);
  });

  it('is cut off by `totalTimeout`', async () => {
    plan = ['stall'];
    const { atender } = client({ timeout: 60_000, totalTimeout: 300 });
    const { ms, error } = await timed(atender.GET('/api/v1/contacts'));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: 'total', timeoutMs: 300 });
    expect(ms).toBeLessThan(5000);
  });

  it('an error body that stalls is cut off too', async () => {
    plan = ['stall-error'];
    const { atender } = client({ timeout: 60_000, totalTimeout: 300 });
    const { error } = await timed(atender.GET('/api/v1/contacts'));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).not.toBeInstanceOf(ServerError);
  });

  it('the caller can abort it', async () => {
    plan = ['stall'];
    const { atender } = client({ timeout: 60_000 });
    const { ms, error } = await timed(atender.GET('/api/v1/contacts', { signal: AbortSignal.timeout(150) }));
    expect(error).toBeInstanceOf(AbortError);
    expect(ms).toBeLessThan(5000);
  });
});
