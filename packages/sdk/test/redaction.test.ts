import { inspect } from 'node:util';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createAtenderClient } from '../src/index.js';
import { useAtenderMock } from './support/mock-server.js';

const { server, demo, fullAccessKey } = useAtenderMock();

/** Every rendering of a value someone might log, cause chain included. */
function render(value: unknown): string {
  const parts = [inspect(value, { depth: 20, showHidden: true }), JSON.stringify(value) ?? ''];
  for (let current: unknown = value; current instanceof Error; current = current.cause) {
    parts.push(String(current), current.message, current.stack ?? '');
  }
  return parts.join('\n');
}

describe('the credential never leaks', () => {
  it('not into errors of any kind, nor hook payloads', async () => {
    const key = demo.revoked.secret;
    const payloads: unknown[] = [];
    const hooks = {
      onRequest: (e: unknown) => void payloads.push(e),
      onResponse: (e: unknown) => void payloads.push(e),
      onRetry: (e: unknown) => void payloads.push(e),
    };
    const atender = createAtenderClient({ apiKey: key, hooks });
    const authError = await atender.GET('/api/v1/contacts').catch((e: unknown) => e);
    for (const value of [authError, ...payloads]) expect(render(value)).not.toContain(key);
    expect(payloads.length).toBeGreaterThan(0);
    expect(render(payloads[0])).toContain('sa_test_…');
  });

  it('not when a proxy echoes it back, nor in a network error chain', async () => {
    const echo = `<html><title>Denied</title><pre>Authorization: Bearer ${fullAccessKey}</pre></html>`;
    server.use(
      http.get(
        'https://sandbox.atender.io/api/v1/contacts',
        () => new HttpResponse(echo, { status: 502, headers: { 'X-Echo': fullAccessKey } }),
      ),
      http.get('https://sandbox.atender.io/api/v1/tags', () => HttpResponse.error()),
    );
    const payloads: unknown[] = [];
    const atender = createAtenderClient({ apiKey: fullAccessKey, maxRetries: 1, hooks: { onRetry: (e) => void payloads.push(e) } });
    const proxyError = await atender.GET('/api/v1/contacts').catch((e: unknown) => e);
    const networkError = await atender.GET('/api/v1/tags').catch((e: unknown) => e);
    for (const value of [proxyError, networkError, ...payloads]) expect(render(value)).not.toContain(fullAccessKey);
  });

  it('not in a ConfigurationError for a malformed key', () => {
    const bad = `sa_test_${'k'.repeat(20)}`;
    let error: unknown;
    try {
      createAtenderClient({ apiKey: bad });
    } catch (caught) {
      error = caught;
    }
    expect(render(error)).not.toContain(bad);
  });

  it('not in the client object itself', () => {
    expect(render(createAtenderClient({ apiKey: fullAccessKey }))).not.toContain(fullAccessKey);
  });
});
