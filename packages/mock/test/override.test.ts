/** Per-test overrides keep every rule in front of the test's answer. */
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { api } from './support/spec-checked-fetch.js';
import { useAtenderMock } from './support/use-mock.js';

const { mock, server } = useAtenderMock();
const key = mock.keys.demo.acme.sandbox.bundles.full_access.secret;
const empty = { data: [], nextCursor: null };

describe('mock.override', () => {
  it('still answers 401 without a key, and the override with one', async () => {
    server.use(mock.override('listKbArticles', () => ({ status: 200, body: empty })));
    expect((await api('GET', '/api/v1/kb/articles')).body.code).toBe('API_KEY_MISSING');
    expect((await api('GET', '/api/v1/kb/articles', { key })).body).toEqual(empty);
  });

  it('still applies scope, environment and rate-limit headers', async () => {
    server.use(mock.override('GET /api/v1/kb/articles', () => ({ status: 200, body: empty })));
    expect((await api('GET', '/api/v1/kb/articles', { key: mock.keys.demo.acme.sandbox.scopes['tags:read'].secret })).status).toBe(403);
    expect((await api('GET', '/api/v1/kb/articles', { key, base: 'https://api.atender.io' })).body.code).toBe('ENVIRONMENT_MISMATCH');
    expect((await api('GET', '/api/v1/kb/articles', { key })).headers.get('ratelimit')).toMatch(/^"minute";r=\d+;t=\d+$/);
  });

  it('is the naive server.use() pitfall it replaces: a plain msw handler skips every rule', async () => {
    server.use(http.get('https://sandbox.atender.io/api/v1/kb/articles', () => HttpResponse.json(empty)));
    const response = await fetch('https://sandbox.atender.io/api/v1/kb/articles');
    expect(response.status).toBe(200);
  });

  it('answers an error case once, then the mock again', async () => {
    server.use(mock.override('getKbArticle', (ctx) => ctx.problem('SERVICE_UNAVAILABLE', 'Maintenance.'), { once: true }));
    const list = await api('GET', '/api/v1/kb/articles', { key });
    const id = list.body.data[0].id;
    expect((await api('GET', `/api/v1/kb/articles/${id}`, { key })).status).toBe(503);
    expect((await api('GET', `/api/v1/kb/articles/${id}`, { key })).status).toBe(200);
  });

  it('answers slowly after the rules ran', async () => {
    server.use(mock.override('listTags', () => ({ status: 200, body: { data: [], nextCursor: null } }), { delayMs: 150 }));
    const started = Date.now();
    const fast = await api('GET', '/api/v1/tags');
    expect(Date.now() - started).toBeLessThan(150);
    expect(fast.status).toBe(401);
    const slowStart = Date.now();
    await api('GET', '/api/v1/tags', { key });
    expect(Date.now() - slowStart).toBeGreaterThanOrEqual(140);
  });

  it('only answers its own operation (getTag does not catch /tags/tree)', async () => {
    server.use(mock.override('getTag', (ctx) => ctx.problem('NOT_FOUND', 'Overridden.')));
    expect((await api('GET', '/api/v1/tags/tree', { key })).status).toBe(200);
    expect((await api('GET', '/api/v1/tags/tag_any', { key })).body.detail).toBe('Overridden.');
  });

  it('turns an answer outside the spec (forced past the types) into a 500', async () => {
    server.use(mock.override('listTags', () => ({ status: 200, body: { wrong: true } }) as never));
    const answer = await api('GET', '/api/v1/tags', { key });
    expect(answer.status).toBe(500);
    expect(answer.body.detail).toMatch(/does not match the spec/);
  });

  it('sees the request context: params, coerced query, caller, store', async () => {
    let seen: unknown;
    server.use(
      mock.override('listKbArticles', async (ctx) => {
        seen = { query: ctx.query, tenant: ctx.caller.tenantId, articles: ctx.store.kbArticles.list().length > 0 };
        await delay(1);
        return { status: 200, body: empty };
      }),
    );
    await api('GET', '/api/v1/kb/articles?limit=3', { key });
    expect(seen).toEqual({ query: { limit: 3 }, tenant: 'ten_acme', articles: true });
  });
});
