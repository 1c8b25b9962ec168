import { describe, expect, it } from 'vitest';
import { AbortError, createAtenderClient, RateLimitError, type RetryEvent, TimeoutError } from '../src/index.js';
import { timed, useAtenderMock } from './support/mock-server.js';

const { mock, server, fullAccessKey, sent } = useAtenderMock();

const rateLimited = (retryAfter: number) =>
  mock.override('listContacts', (ctx) => {
    const problem = ctx.problem('RATE_LIMITED', 'Spent.', { window: 'minute' as const, limit: 600, retryAfterSeconds: retryAfter });
    return { ...problem, headers: { ...problem.headers, 'Retry-After': String(retryAfter) } };
  });
const slow = (delayMs: number, once = false) =>
  mock.override('listContacts', () => ({ status: 200, body: { data: [], nextCursor: null } }), { delayMs, once });

describe('AbortSignal', () => {
  it('cancels a retry wait at once', async () => {
    server.use(rateLimited(30));
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const { ms, error } = await timed(atender.GET('/api/v1/contacts', { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(ms).toBeLessThan(1000);
  });

  it('cancels a request in flight', async () => {
    server.use(slow(5000));
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const { ms, error } = await timed(atender.GET('/api/v1/contacts', { signal: AbortSignal.timeout(100) }));
    expect(error).toBeInstanceOf(AbortError);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses an already aborted signal without a request', async () => {
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    await expect(atender.GET('/api/v1/contacts', { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(sent).toHaveLength(0);
  });
});

describe('timeouts', () => {
  it('retries an attempt that exceeded `timeout`', async () => {
    server.use(slow(2000, true));
    const retries: RetryEvent[] = [];
    const atender = createAtenderClient({ apiKey: fullAccessKey, timeout: 200, hooks: { onRetry: (e) => void retries.push(e) } });
    const { data } = await atender.GET('/api/v1/contacts');
    expect(data.data.length).toBeGreaterThan(0);
    expect(retries.map((r) => r.reason)).toEqual(['attempt-timeout']);
    expect(retries[0]?.error).toBeInstanceOf(TimeoutError);
  });

  it('ends the whole call at `totalTimeout`, retries included', async () => {
    server.use(slow(3000));
    const atender = createAtenderClient({ apiKey: fullAccessKey, timeout: 10_000, totalTimeout: 300 });
    const { ms, error } = await timed(atender.GET('/api/v1/contacts'));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: 'total', timeoutMs: 300, code: 'TIMEOUT' });
    expect(ms).toBeLessThan(1000);
  });

  it('does not start a retry wait that would end past the deadline', async () => {
    server.use(rateLimited(5));
    const atender = createAtenderClient({ apiKey: fullAccessKey, totalTimeout: 2000 });
    const { ms, error } = await timed(atender.GET('/api/v1/contacts'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(ms).toBeLessThan(500);
  });
});
