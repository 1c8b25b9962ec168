/**
 * The real `@atender/mock` behind msw's `setupServer`, as an integrator's test suite would run
 * it, plus a record of every request that reached the network (for "no request was made" and
 * header assertions).
 */
import { type AtenderMock, type AtenderMockOptions, createAtenderMock } from '@atender/mock';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** A request as it left the SDK. */
export interface SentRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
}

/** Starts the mock for the current test file and resets it after every test. */
export function useAtenderMock(options?: AtenderMockOptions) {
  const mock: AtenderMock = createAtenderMock(options);
  const server = setupServer(...mock.handlers);
  const sent: SentRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    sent.push({ method: request.method, url: request.url, headers: new Headers(request.headers) });
  });
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    // One answered request compiles the mock's spec validators (~0.5 s cold), so tests that time
    // a call measure the SDK, not that one-off start-up.
    const key = mock.keys.demo.acme.sandbox.bundles.full_access.secret;
    await mock.handle(new Request('https://sandbox.atender.io/api/v1/auth/key', { headers: { Authorization: `Bearer ${key}` } }));
    mock.reset();
  });
  afterEach(() => {
    server.resetHandlers();
    mock.reset();
    sent.length = 0;
  });
  afterAll(() => server.close());
  const demo = mock.keys.demo.acme.sandbox;
  return { mock, server, sent, demo, fullAccessKey: demo.bundles.full_access.secret };
}

/** Milliseconds a promise took to settle, and how. */
export async function timed<T>(promise: Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
  const started = performance.now();
  try {
    const value = await promise;
    return { ms: performance.now() - started, value };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}
