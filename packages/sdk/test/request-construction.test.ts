/**
 * A call builds its request once: openapi-fetch's serializers make the URL, a header record and
 * the body, and ky makes the one `Request` of each attempt (plus the clone it keeps for itself).
 * Counted by wrapping the global `Request` constructor, which ky and openapi-fetch both use.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as sdk from '../src/index.js';
import { createAtenderClient } from '../src/index.js';
import * as webhooks from '../src/webhooks.js';
import { STUB_KEY, stubFetch } from './support/stub-fetch.js';

const baseUrl = 'https://sandbox.atender.io';
let constructed = 0;
const OriginalRequest = globalThis.Request;

beforeEach(() => {
  constructed = 0;
  globalThis.Request = class CountingRequest extends OriginalRequest {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(input, init);
      constructed++;
    }
  } as typeof Request;
});

afterEach(() => {
  globalThis.Request = OriginalRequest;
});

describe('request construction', () => {
  it('builds one Request per attempt for a GET and for a POST with a body', async () => {
    const stub = stubFetch();
    const atender = createAtenderClient({ apiKey: STUB_KEY, baseUrl, fetch: stub.fetch });
    await atender.GET('/api/v1/kb/articles/{articleId}', { params: { path: { articleId: 'art 1/é' } } });
    expect(constructed).toBe(1);
    constructed = 0;
    await atender.POST('/api/v1/tags', { body: { name: 'vip' } as never });
    expect(constructed).toBe(1);
    expect(stub.requests.map((r) => [r.method, r.url, r.body])).toEqual([
      ['GET', `${baseUrl}/api/v1/kb/articles/art%201%2F%C3%A9`, ''],
      ['POST', `${baseUrl}/api/v1/tags`, '{"name":"vip"}'],
    ]);
    expect(stub.requests[1]?.headers.get('content-type')).toBe('application/json');
  });

  it('sends the same body and Idempotency-Key again on a retry, with one Request per attempt', async () => {
    const stub = stubFetch((_, index) => (index === 0 ? { status: 503, headers: { 'retry-after': '0' } } : {}));
    const atender = createAtenderClient({ apiKey: STUB_KEY, baseUrl, fetch: stub.fetch, pacing: false });
    await atender.POST('/api/v1/tags', { body: { name: 'vip' } as never });
    expect(constructed).toBe(2);
    const [first, second] = stub.requests;
    expect(second?.body).toBe(first?.body);
    expect(second?.headers.get('idempotency-key')).toBe(first?.headers.get('idempotency-key'));
    expect(second?.headers.get('x-retry-count')).toBe('1');
  });

  it('serializes query arrays and objects as openapi-fetch does, and lets headers: null remove one', async () => {
    const stub = stubFetch(() => ({ body: { data: [], nextCursor: null } }));
    const atender = createAtenderClient({ apiKey: STUB_KEY, baseUrl, fetch: stub.fetch, headers: { 'X-Team': 'support' } });
    await atender.GET('/api/v1/contacts', {
      params: { query: { limit: 5, tag: ['a', 'b'], filter: { city: 'Oslo' } } as never },
      headers: { 'x-team': null, 'X-Trace': 'abc' } as never,
    });
    expect(stub.requests[0]?.url).toBe(`${baseUrl}/api/v1/contacts?limit=5&tag=a&tag=b&filter[city]=Oslo`);
    expect(stub.requests[0]?.headers.get('x-team')).toBeNull();
    expect(stub.requests[0]?.headers.get('x-trace')).toBe('abc');
  });

  it('never sends a credential header passed as a plain header', async () => {
    const stub = stubFetch();
    const atender = createAtenderClient({ apiKey: STUB_KEY, baseUrl, fetch: stub.fetch, headers: { 'X-API-Key': 'sa_test_other' } });
    await atender.GET('/api/v1/contacts', { headers: { Authorization: 'Bearer stolen' } as never });
    expect(stub.requests[0]?.headers.get('authorization')).toBe(`Bearer ${STUB_KEY}`);
    expect(stub.requests[0]?.headers.get('x-api-key')).toBeNull();
  });
});

describe('entry points', () => {
  it('keeps webhook verification out of the main entry, on @atender/sdk/webhooks', () => {
    expect('verifyWebhook' in sdk).toBe(false);
    expect('signWebhook' in sdk).toBe(false);
    expect(typeof webhooks.verifyWebhook).toBe('function');
    expect(typeof webhooks.WebhookVerificationError).toBe('function');
  });
});
