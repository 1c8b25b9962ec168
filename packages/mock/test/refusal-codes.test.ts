/**
 * One test per error code of the DESIGN §2 table: a request that succeeds, then the one change
 * that makes it fail, answering exactly that code with its status and extension members.
 */
import { ERROR_CODES, ERROR_STATUS, type ErrorCode } from '@atender/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { createAtenderMock, DEMO_WIDGET_ORIGINS } from '../src/index.js';
import { api, type CheckedAnswer } from './support/spec-checked-fetch.js';
import { useAtenderMock } from './support/use-mock.js';

const { mock, server } = useAtenderMock({
  rateLimitTiers: {
    tiny: {
      windows: [
        { name: 'minute', limit: 2, seconds: 60 },
        { name: 'day', limit: 100, seconds: 86400 },
      ],
    },
  },
  keys: [{ tenantId: 'ten_acme', environment: 'sandbox', name: 'tiny', tier: 'tiny', bundles: ['read_all'] }],
  operationHandlers: {
    getServiceStatus: () => {
      throw new Error('disk on fire');
    },
  },
});
const sandbox = mock.keys.demo.acme.sandbox;
const full = sandbox.bundles.full_access.secret;
const widgetOrigin = DEMO_WIDGET_ORIGINS.acme[0] as string;
const tested = new Set<ErrorCode>();

function expectProblem(answer: CheckedAnswer, code: ErrorCode): void {
  tested.add(code);
  expect(answer.status).toBe(ERROR_STATUS[code]);
  expect(answer.body).toMatchObject({ code, status: ERROR_STATUS[code], requestId: answer.headers.get('x-request-id') });
  expect(answer.headers.get('content-type')).toBe('application/problem+json');
  // A refusal never echoes a credential.
  expect(JSON.stringify(answer.body)).not.toMatch(/sa_(pk_)?(test|live)_[0-9A-Za-z]{8}/);
  // The detail adds to the title instead of repeating it (clients show "title detail").
  const words = (text: unknown) =>
    String(text ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9 ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  expect(words(answer.body.detail), `${code}: "${answer.body.title}" / "${answer.body.detail}"`).not.toContain(words(answer.body.title));
}

const articles = (key?: string, headers?: Record<string, string>) =>
  api('GET', '/api/v1/kb/articles', { ...(key === undefined ? {} : { key }), ...(headers ? { headers } : {}) });

describe('401', () => {
  it('API_KEY_MISSING without a credential; the challenge has no error code (RFC 6750 §3.1)', async () => {
    const answer = await articles();
    expectProblem(answer, 'API_KEY_MISSING');
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="atender"');
    expect(answer.headers.get('ratelimit')).toBeNull();
  });

  it('API_KEY_MALFORMED for a key of no known form', async () => {
    const answer = await articles('sa_test_tooShort');
    expectProblem(answer, 'API_KEY_MALFORMED');
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer realm="atender", error="invalid_token", error_description="/);
  });

  it('API_KEY_INVALID for a well-formed unknown key', async () => {
    expectProblem(await articles(`sa_test_${'0'.repeat(40)}`), 'API_KEY_INVALID');
  });

  it.each([
    ['revoked', 'API_KEY_REVOKED'],
    ['expired', 'API_KEY_EXPIRED'],
    ['inactive', 'API_KEY_INACTIVE'],
  ] as const)('a %s key answers %s', async (which, code) => {
    expectProblem(await articles(sandbox[which].secret), code);
  });

  it('TOKEN_INVALID for a session signed by someone else; TOKEN_EXPIRED for an old one', async () => {
    const session = { tenantId: 'ten_acme', environment: 'sandbox', scopes: ['read_all'] } as const;
    expect((await articles(await mock.sessions.mint(session))).status).toBe(200);
    expectProblem(await articles(await createAtenderMock().sessions.mint(session)), 'TOKEN_INVALID');
    expectProblem(await articles(await mock.sessions.mint({ ...session, expiresInSeconds: -1 })), 'TOKEN_EXPIRED');
  });

  it('TENANT_SUSPENDED for a key of a suspended tenant, and for any key once its tenant is suspended', async () => {
    expectProblem(await articles(mock.keys.demo.suspended.sandbox.secret), 'TENANT_SUSPENDED');
    mock.tenants.suspend('ten_acme');
    expectProblem(await articles(full), 'TENANT_SUSPENDED');
  });
});

describe('403', () => {
  it('INSUFFICIENT_SCOPE names the needed and granted scopes, in the body and the challenge', async () => {
    const key = sandbox.scopes['knowledge:read'].secret;
    expect((await articles(key)).status).toBe(200);
    const answer = await api('POST', '/api/v1/kb/articles', { key, body: { slug: 'a', title: 'A', body: 'x' } });
    expectProblem(answer, 'INSUFFICIENT_SCOPE');
    expect(answer.body).toMatchObject({ requiredScopes: ['knowledge:write'], grantedScopes: ['knowledge:read'] });
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="atender", error="insufficient_scope", scope="knowledge:write"');
    expect(answer.headers.get('x-ratelimit-limit')).toBe('600');
  });

  it('ENDPOINT_NOT_PUBLIC for an API key on a dashboard endpoint, which a session reaches', async () => {
    expectProblem(await api('GET', '/api/v1/api-keys', { key: full }), 'ENDPOINT_NOT_PUBLIC');
    const session = await mock.sessions.mint({ tenantId: 'ten_acme', environment: 'sandbox', scopes: ['settings:read'] });
    expect((await api('GET', '/api/v1/api-keys', { key: session })).status).toBe(200);
  });

  it('ENDPOINT_NOT_PUBLIC for a publishable key off the widget, and a secret key on it', async () => {
    const headers = { Origin: widgetOrigin };
    expect((await api('GET', '/api/v1/widget/config', { key: sandbox.publishable.secret, headers })).status).toBe(200);
    expectProblem(await articles(sandbox.publishable.secret, headers), 'ENDPOINT_NOT_PUBLIC');
    expectProblem(await api('GET', '/api/v1/widget/config', { key: full, headers }), 'ENDPOINT_NOT_PUBLIC');
  });

  it('ENDPOINT_RESERVED for an endpoint in the contract but not released', async () => {
    const body = { channelId: 'chn_x', to: '+4915123456789' };
    expectProblem(await api('POST', '/api/v1/voice/calls', { key: full, body }), 'ENDPOINT_RESERVED');
  });

  it('ENVIRONMENT_MISMATCH for a sandbox key on the production host, and back', async () => {
    expectProblem(await api('GET', '/api/v1/kb/articles', { key: full, base: 'https://api.atender.io' }), 'ENVIRONMENT_MISMATCH');
    const live = mock.keys.demo.acme.production.bundles.full_access.secret;
    expectProblem(await articles(live), 'ENVIRONMENT_MISMATCH');
  });

  it('IP_NOT_ALLOWED from an address off the allow-list', async () => {
    const key = sandbox.ipRestricted.secret;
    expectProblem(await articles(key), 'IP_NOT_ALLOWED');
    expect((await articles(key, { 'X-Forwarded-For': '198.51.100.23' })).status).toBe(200);
  });

  it('ORIGIN_NOT_ALLOWED for a publishable key from another origin', async () => {
    const key = sandbox.publishable.secret;
    expectProblem(await api('GET', '/api/v1/widget/config', { key, headers: { Origin: 'https://evil.example' } }), 'ORIGIN_NOT_ALLOWED');
    expectProblem(await api('GET', '/api/v1/widget/config', { key }), 'ORIGIN_NOT_ALLOWED');
  });
});

describe('4xx of the request itself', () => {
  it('VALIDATION_FAILED with each field path', async () => {
    const answer = await api('GET', '/api/v1/kb/articles?limit=0&status=lost', { key: full });
    expectProblem(answer, 'VALIDATION_FAILED');
    expect(answer.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['/query/limit', '/query/status']);
  });

  it('NOT_FOUND for an id of no resource and for a path of no operation', async () => {
    expectProblem(await api('GET', '/api/v1/kb/articles/art_nope', { key: full }), 'NOT_FOUND');
    expectProblem(await api('GET', '/api/v1/nothing-here', { key: full }), 'NOT_FOUND');
  });

  it('CONFLICT when the operation conflicts with the state (a second contact with one email)', async () => {
    const body = { email: 'dup@example.com', name: 'Dup' };
    expect((await api('POST', '/api/v1/contacts', { key: full, body })).status).toBe(201);
    expectProblem(await api('POST', '/api/v1/contacts', { key: full, body }), 'CONFLICT');
  });

  it('IDEMPOTENCY_KEY_REUSED for one key with two bodies', async () => {
    const headers = { 'Idempotency-Key': 'reuse-1' };
    expect((await api('POST', '/api/v1/tags', { key: full, headers, body: { name: 'One' } })).status).toBe(201);
    expectProblem(await api('POST', '/api/v1/tags', { key: full, headers, body: { name: 'Two' } }), 'IDEMPOTENCY_KEY_REUSED');
  });

  it('PAYLOAD_TOO_LARGE above 1 MiB', async () => {
    const rawBody = JSON.stringify({ name: 'x'.repeat(1024 * 1024) });
    const answer = await api('POST', '/api/v1/tags', { key: full, rawBody, headers: { 'Content-Type': 'application/json' } });
    expectProblem(answer, 'PAYLOAD_TOO_LARGE');
  });

  it('RATE_LIMITED with window, limit and Retry-After once the budget is spent', async () => {
    const key = mock.keys.all().find((k) => k.name === 'tiny')?.secret as string;
    expect((await articles(key)).status).toBe(200);
    expect((await articles(key)).status).toBe(200);
    const answer = await articles(key);
    expectProblem(answer, 'RATE_LIMITED');
    expect(answer.body).toMatchObject({ window: 'minute', limit: 2 });
    expect(Number(answer.headers.get('retry-after'))).toBe(answer.body.retryAfterSeconds);
  });
});

describe('5xx', () => {
  it('INTERNAL_ERROR when the operation fails', async () => {
    expectProblem(await api('GET', '/api/v1/status', { key: full }), 'INTERNAL_ERROR');
  });

  it('SERVICE_UNAVAILABLE from an override', async () => {
    server.use(mock.override('listKbArticles', (ctx) => ctx.problem('SERVICE_UNAVAILABLE', 'Down for maintenance.')));
    expectProblem(await articles(full), 'SERVICE_UNAVAILABLE');
  });
});

afterAll(() => {
  // Every code of the contract has its test above.
  expect(ERROR_CODES.filter((code) => !tested.has(code))).toEqual([]);
});
