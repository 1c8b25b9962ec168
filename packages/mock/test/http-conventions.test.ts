/** Request validation over the wire, body limits, CORS, and the headers every answer carries. */
import { describe, expect, it } from 'vitest';
import { DEMO_WIDGET_ORIGINS } from '../src/index.js';
import { api, checkAnswer } from './support/spec-checked-fetch.js';
import { useAtenderMock } from './support/use-mock.js';

const { mock } = useAtenderMock();
const key = mock.keys.demo.acme.sandbox.bundles.full_access.secret;
const json = { 'Content-Type': 'application/json' };

describe('request validation', () => {
  it('lists every failing body field with its path and message', async () => {
    const answer = await api('POST', '/api/v1/kb/articles', { key, body: { slug: 'Not A Slug', title: 7, extra: true } });
    expect(answer.status).toBe(400);
    const byPath = Object.fromEntries(answer.body.errors.map((e: { path: string; message: string }) => [e.path, e.message]));
    expect(byPath).toMatchObject({
      '/body/slug': expect.stringMatching(/pattern/),
      '/body/title': 'must be string',
      '/body/body': "must have required property 'body'",
      '/body/extra': 'must NOT have additional properties',
    });
  });

  it('refuses bodies that are not JSON, or not sent as JSON', async () => {
    const bad = await api('POST', '/api/v1/tags', { key, rawBody: '{"name":', headers: json });
    expect(bad.body.errors).toEqual([{ path: '/body', message: 'must be valid JSON' }]);
    const text = await api('POST', '/api/v1/tags', { key, rawBody: '{"name":"x"}', headers: { 'Content-Type': 'text/plain' } });
    expect(text.body.errors).toEqual([{ path: '/body', message: 'must be sent with Content-Type: application/json' }]);
  });

  it('validates path, query and header parameters', async () => {
    const answer = await api('GET', '/api/v1/search?types=contact,planet', { key });
    expect(answer.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['/query/q', '/query/types/1']));
    const header = await api('POST', '/api/v1/tags', { key, body: { name: 'x' }, headers: { 'Idempotency-Key': 'k'.repeat(256) } });
    expect(header.body.errors).toEqual([{ path: '/header/Idempotency-Key', message: 'must NOT have more than 255 characters' }]);
  });

  it('answers 413 by Content-Length before reading, and by counting without one', async () => {
    const declared = await mock.handle(
      new Request('https://sandbox.atender.io/api/v1/tags', {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Length': String(2 * 1024 * 1024), ...json },
        body: '{}',
      }),
    );
    const body = (await declared.json()) as { code: string };
    checkAnswer('POST', 'https://sandbox.atender.io/api/v1/tags', declared.status, body, declared.headers);
    expect(body.code).toBe('PAYLOAD_TOO_LARGE');
    const exact = await api('POST', '/api/v1/tags', { key, rawBody: `{"name":"${'x'.repeat(1024 * 1024 - 12)}"}`, headers: json });
    expect(exact.status).toBe(400); // exactly 1 MiB is allowed through to validation (name too long)
  });
});

describe('CORS', () => {
  const origin = DEMO_WIDGET_ORIGINS.acme[0] as string;

  it('answers the preflight for any origin', async () => {
    const response = await fetch('https://sandbox.atender.io/api/v1/widget/config', {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
  });

  it('lets the page read answers, refusals included, and their rate-limit headers', async () => {
    const widgetKey = mock.keys.demo.acme.sandbox.publishable.secret;
    const ok = await api('GET', '/api/v1/widget/config', { key: widgetKey, headers: { Origin: origin } });
    expect(ok.headers.get('access-control-allow-origin')).toBe(origin);
    expect(ok.headers.get('access-control-expose-headers')).toMatch(/X-Request-Id.*RateLimit/);
    expect(ok.body.channelId).toBe(mock.keys.demo.acme.sandbox.publishable.channelId);
    const refused = await api('GET', '/api/v1/widget/config', { key: widgetKey, headers: { Origin: 'https://evil.example' } });
    expect(refused.headers.get('access-control-allow-origin')).toBe('https://evil.example');
  });
});

describe('every answer', () => {
  it('carries a fresh X-Request-Id that the problem body repeats', async () => {
    const [a, b] = [await api('GET', '/api/v1/tags'), await api('GET', '/api/v1/tags')];
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
    expect(a.body.requestId).toBe(a.headers.get('x-request-id'));
  });

  it('keeps X-API-Key working like Authorization for secret keys', async () => {
    expect((await api('GET', '/api/v1/tags', { headers: { 'X-API-Key': key } })).status).toBe(200);
  });
});
