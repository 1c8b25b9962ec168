/**
 * Every header the SDK puts on a request is one the spec's `x-cors` allows: a header outside the
 * list passes in Node and fails every browser call that carries it (the preflight refuses it).
 * Covers each credential kind, a body with an idempotency key, and a retry.
 */
import { CLIENT_HEADERS } from '@atender/contract';
import { createAtenderMock } from '@atender/mock';
import { createAtenderClient } from '@atender/sdk';
import { describe, expect, it } from 'vitest';

const allowed = new Set(CLIENT_HEADERS.map((h) => h.toLowerCase()));

function recorder() {
  const mock = createAtenderMock();
  const names = new Set<string>();
  let failFirst = true;
  const fetch = async (request: Request): Promise<Response> => {
    for (const name of request.headers.keys()) names.add(name);
    // One 503 with X-Should-Retry makes the SDK retry, so the retry's headers are seen too.
    if (failFirst) {
      failFirst = false;
      return new Response(null, { status: 503, headers: { 'X-Should-Retry': 'true', 'Retry-After': '0' } });
    }
    return mock.handle(request);
  };
  return { mock, names, fetch };
}

describe('headers the SDK sends', () => {
  it('are all in the spec’s CORS allow list, for every credential and a retried POST', async () => {
    const { mock, names, fetch } = recorder();
    const acme = mock.keys.demo.acme.sandbox;
    const secret = createAtenderClient({ apiKey: acme.bundles.full_access.secret, fetch, pacing: false });
    await secret.POST('/api/v1/tags', { body: { name: 'Header audit', color: '#336699' } });
    await secret.GET('/api/v1/tags');
    const headerKey = createAtenderClient({ apiKey: acme.bundles.full_access.secret, authHeader: 'x-api-key', fetch });
    await headerKey.GET('/api/v1/auth/key');
    const widget = createAtenderClient({ publishableKey: acme.publishable.secret, fetch });
    await widget.GET('/api/v1/widget/config').catch(() => undefined);
    expect(names).toContain('x-retry-count');
    expect(names).toContain('idempotency-key');
    expect(names).toContain('x-atender-client');
    // User-Agent is set only outside browsers (no CORS there); in a page the browser keeps its own.
    expect([...names].filter((name) => !allowed.has(name) && name !== 'user-agent')).toEqual([]);
  });
});
