import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ConnectionError, createAtenderClient, RateLimitError, type RetryEvent, ServerError } from '../src/index.js';
import { timed, useAtenderMock } from './support/mock-server.js';

const { mock, server, fullAccessKey, sent } = useAtenderMock();
const CONTACTS = 'https://sandbox.atender.io/api/v1/contacts';

function rateLimited(retryAfter: string, once = false) {
  return mock.override(
    'listContacts',
    (ctx) => {
      const extensions = { window: 'minute' as const, limit: 600, retryAfterSeconds: Number(retryAfter) };
      const problem = ctx.problem('RATE_LIMITED', 'The minute budget is spent.', extensions);
      return { ...problem, headers: { ...problem.headers, 'Retry-After': retryAfter } };
    },
    { once },
  );
}

function unavailable(once: boolean) {
  return mock.override(
    'createContact',
    (ctx) => {
      const problem = ctx.problem('SERVICE_UNAVAILABLE', 'Deploying.');
      return { ...problem, headers: { ...problem.headers, 'Retry-After': '0' } };
    },
    { once },
  );
}

describe('429', () => {
  it('is retried after Retry-After, then succeeds', async () => {
    server.use(rateLimited('1', true));
    const retries: RetryEvent[] = [];
    const atender = createAtenderClient({ apiKey: fullAccessKey, hooks: { onRetry: (event) => void retries.push(event) } });
    const { ms, value } = await timed(atender.GET('/api/v1/contacts'));
    expect(value?.data.data.length).toBeGreaterThan(0);
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(retries).toMatchObject([{ attempt: 1, delayMs: 1000, reason: 'rate-limited', status: 429 }]);
    expect(retries[0]?.error).toBeInstanceOf(RateLimitError);
    expect(sent.map((r) => r.headers.get('x-retry-count'))).toEqual([null, '1']);
  });

  it('is thrown at once when Retry-After exceeds maxRetryDelay (a spent daily budget)', async () => {
    server.use(rateLimited('3600'));
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const { ms, error } = await timed(atender.GET('/api/v1/contacts'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 3_600_000, window: 'minute', limit: 600 });
    expect(ms).toBeLessThan(500);
    expect(sent).toHaveLength(1);
  });

  it('gives up after maxRetries', async () => {
    server.use(rateLimited('0'));
    const atender = createAtenderClient({ apiKey: fullAccessKey, maxRetries: 2 });
    await expect(atender.GET('/api/v1/contacts')).rejects.toBeInstanceOf(RateLimitError);
    expect(sent).toHaveLength(3);
  });
});

describe('POST and Idempotency-Key', () => {
  it('retries a POST with the same generated key', async () => {
    server.use(unavailable(true));
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const { data } = await atender.POST('/api/v1/contacts', { body: { name: 'Retry Me', email: 'retry@example.com' } });
    expect(data.email).toBe('retry@example.com');
    const keys = sent.map((r) => r.headers.get('idempotency-key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it("uses the caller's own key on every attempt", async () => {
    server.use(unavailable(true));
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    await atender.POST('/api/v1/contacts', { body: { name: 'Mine', email: 'mine@example.com' }, idempotencyKey: 'order-42' });
    expect(sent.map((r) => r.headers.get('idempotency-key'))).toEqual(['order-42', 'order-42']);
  });

  it('generates a new key per logical POST', async () => {
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    await atender.POST('/api/v1/contacts', { body: { name: 'One', email: 'one@example.com' } });
    await atender.POST('/api/v1/contacts', { body: { name: 'Two', email: 'two@example.com' } });
    const [first, second] = sent.map((r) => r.headers.get('idempotency-key'));
    expect(first).not.toBe(second);
  });

  it('does not retry a POST sent without a key (idempotencyKey: false) after a 5xx', async () => {
    server.use(unavailable(false));
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const call = atender.POST('/api/v1/contacts', { body: { name: 'No', email: 'no@example.com' }, idempotencyKey: false });
    await expect(call).rejects.toBeInstanceOf(ServerError);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers.has('idempotency-key')).toBe(false);
  });
});

describe('faults in front of the API', () => {
  it('retries a GET after a network error', async () => {
    server.use(http.get(CONTACTS, () => HttpResponse.error(), { once: true }));
    const reasons: string[] = [];
    const atender = createAtenderClient({ apiKey: fullAccessKey, hooks: { onRetry: (e) => void reasons.push(e.reason) } });
    const { data } = await atender.GET('/api/v1/contacts');
    expect(data.data.length).toBeGreaterThan(0);
    expect(reasons).toEqual(['network-error']);
  });

  it('rejects with ConnectionError when the network never answers', async () => {
    server.use(http.get(CONTACTS, () => HttpResponse.error()));
    const atender = createAtenderClient({ apiKey: fullAccessKey, maxRetries: 1 });
    await expect(atender.GET('/api/v1/contacts')).rejects.toBeInstanceOf(ConnectionError);
    expect(sent).toHaveLength(2);
  });

  it("turns a proxy's HTML 502 into a ServerError saying so", async () => {
    const page = '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';
    server.use(
      http.get(CONTACTS, () => new HttpResponse(page, { status: 502, headers: { 'Content-Type': 'text/html', 'Retry-After': '0' } })),
    );
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const error = await atender.GET('/api/v1/contacts').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).message).toContain('HTML page');
    expect(sent).toHaveLength(3);
  });

  it('obeys X-Should-Retry: false', async () => {
    server.use(
      http.get(CONTACTS, () => HttpResponse.json({ code: 'INTERNAL_ERROR' }, { status: 500, headers: { 'X-Should-Retry': 'false' } })),
    );
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    await expect(atender.GET('/api/v1/contacts')).rejects.toBeInstanceOf(ServerError);
    expect(sent).toHaveLength(1);
  });

  it('rejects a 2xx whose body is not JSON with a typed error', async () => {
    server.use(http.get(CONTACTS, () => new HttpResponse('<html>login</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })));
    const atender = createAtenderClient({ apiKey: fullAccessKey });
    const error = await atender.GET('/api/v1/contacts').catch((e: unknown) => e);
    expect((error as Error).name).toBe('ApiError');
    expect((error as Error).message).toContain('HTML page');
  });
});
