/**
 * Hostile input to the mock itself (`mock.handle`, no HTTP): credentials of no known form,
 * answers that cannot be serialized, absent optional array parameters and non-finite numbers.
 * `mock.handle()` answers every one of them; it never throws.
 */
import { describe, expect, it } from 'vitest';
import { asciiHeaderValue } from '../src/core/header-value.js';
import { createAtenderMock } from '../src/index.js';
import { checkAnswer } from './support/spec-checked-fetch.js';

const mock = createAtenderMock();
const key = mock.keys.demo.acme.sandbox.bundles.full_access.secret;
const base = 'https://sandbox.atender.io';
const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt3 = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'usr_1' })}.c2ln`;
const jwt2 = jwt3.split('.').slice(0, 2).join('.');

async function call(path: string, init: RequestInit = {}): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const url = `${base}${path}`;
  const response = await mock.handle(new Request(url, init));
  const text = await response.text();
  const body = (text === '' ? undefined : JSON.parse(text)) as Record<string, unknown>;
  checkAnswer(init.method ?? 'GET', url, response.status, body, response.headers);
  return { status: response.status, body, headers: response.headers };
}

describe('credentials of no known form', () => {
  const cases: [string, Record<string, string>][] = [
    ['Authorization: Basic', { Authorization: 'Basic dXNlcjpwYXNz' }],
    ['Bearer garbage', { Authorization: 'Bearer garbage' }],
    ['a two-part JWT', { Authorization: `Bearer ${jwt2}` }],
    ['X-API-Key: <session token>', { 'X-API-Key': jwt3 }],
    ['X-API-Key: garbage', { 'X-API-Key': 'garbage' }],
    ['non-ASCII (Latin-1) bytes', { Authorization: 'Bearer sa_test_\u00e9\u00ff\u00e0' }],
    ['a bare "sa_" prefix', { Authorization: 'Bearer sa_nothing' }],
  ];
  it.each(cases)('%s: 401 API_KEY_MALFORMED with an ASCII WWW-Authenticate', async (_name, headers) => {
    const answer = await call('/api/v1/kb/articles', { headers });
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe('API_KEY_MALFORMED');
    expect(answer.headers.get('www-authenticate')).toMatch(
      /^Bearer realm="atender", error="invalid_token", error_description="[\x20-\x7e]*"$/,
    );
  });
});

describe('mock.handle never throws', () => {
  it('answers a 500 problem with X-Request-Id when an answer cannot even be serialized', async () => {
    const broken = createAtenderMock({
      responseCheck: 'off',
      operationHandlers: { getServiceStatus: () => ({ status: 200, body: { big: 1n } as never }) },
    });
    const response = await broken.handle(new Request(`${base}/api/v1/status`, { headers: { Authorization: `Bearer ${key}` } }));
    expect(response.status).toBe(500);
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(((await response.json()) as { code: string }).code).toBe('INTERNAL_ERROR');
  });

  it('answers a path with a malformed percent-escape with 404', async () => {
    const answer = await call('/api/v1/kb/articles/%zz', { headers: { Authorization: `Bearer ${key}` } });
    expect(answer.status).toBe(404);
  });
});

describe('header values are ASCII by construction', () => {
  it('replaces typographic and non-ASCII characters, and control characters', () => {
    expect(asciiHeaderValue('sa_live_… “x” – y')).toBe('sa_live_... "x" - y');
    expect(asciiHeaderValue('a\r\nb\u0000c\u00e9d☃')).toBe('a??b?c?d?');
    expect(asciiHeaderValue('plain "ascii" stays')).toBe('plain "ascii" stays');
  });
});

describe('query parameters and numbers', () => {
  const headers = { Authorization: `Bearer ${key}` };
  it('leaves an absent optional array query parameter absent (searchWorkspace without types)', async () => {
    const answer = await call('/api/v1/search?q=order', { headers });
    expect(answer.status).toBe(200);
  });

  it('still validates a present but empty one', async () => {
    const answer = await call('/api/v1/search?q=order&types=', { headers });
    expect(answer.status).toBe(400);
  });

  it('refuses a number JSON cannot represent (1e400) with 400 naming the field', async () => {
    const answer = await call('/api/v1/kb/categories', {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: '{"name":"Huge","slug":"huge","position":1e400}',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ path: '/body/position', message: 'must be a finite number' }]);
  });

  it('accepts large finite numbers and exponents', async () => {
    const answer = await call('/api/v1/kb/categories', {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: '{"name":"Exp","slug":"exp","position":1e2}',
    });
    expect(answer.status).toBe(201);
  });
});
