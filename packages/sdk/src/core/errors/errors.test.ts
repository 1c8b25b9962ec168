import { inspect } from 'node:util';
import { ERROR_CODES, ERROR_STATUS } from '@atender/contract';
import { describe, expect, it } from 'vitest';
import { sanitizeCause } from '../../internal/redact.js';
import {
  ApiError,
  AtenderError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  errorFromSnapshot,
  IdempotencyKeyReusedError,
  InsufficientScopeError,
  isAtenderError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  type ResponseSnapshot,
  ServerError,
  ValidationError,
} from './index.js';

const KEY = 'sa_live_0123456789abcdefghijklmnopqrstuvWXYZ';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfMSJ9.c2lnbmF0dXJlc2lnbmF0dXJl';
const NOW = Date.parse('2025-01-01T00:00:00Z');

function snapshot(status: number, body: unknown, headers: Record<string, string> = {}): ResponseSnapshot {
  const bodyText = typeof body === 'string' ? body : JSON.stringify(body);
  return { status, headers: new Headers(headers), bodyText, method: 'GET', url: 'https://api.atender.io/api/v1/contacts', receivedAt: NOW };
}
const problem = (code: string, status: number, extra: Record<string, unknown> = {}) => ({
  type: 'https://docs.atender.io/errors/x',
  title: 'Title',
  status,
  code,
  requestId: 'req_body',
  ...extra,
});

/** Every way an error can be rendered or logged. */
function renderings(error: unknown): string[] {
  return [
    String(error),
    (error as Error).message,
    (error as Error).stack ?? '',
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
  ];
}

describe('errorFromSnapshot: class by code first, status second', () => {
  it.each(ERROR_CODES.map((code) => [code]))('%s has a dedicated class under its status class', (code) => {
    const error = errorFromSnapshot(snapshot(ERROR_STATUS[code], problem(code, ERROR_STATUS[code])));
    expect(error.code).toBe(code);
    expect(error.status).toBe(ERROR_STATUS[code]);
    expect(error.constructor).not.toBe(ApiError);
    expect(error.constructor).not.toBe(PermissionError);
  });

  it('picks the class by code even when the status disagrees', () => {
    expect(errorFromSnapshot(snapshot(503, problem('RATE_LIMITED', 503)))).toBeInstanceOf(RateLimitError);
  });

  it('falls back by status for an unknown code, keeping the raw code', () => {
    const error = errorFromSnapshot(snapshot(403, problem('SOMETHING_NEW', 403)));
    expect(error).toBeInstanceOf(PermissionError);
    expect(error.code).toBeNull();
    expect(error.rawCode).toBe('SOMETHING_NEW');
  });

  it.each([
    [400, ValidationError],
    [401, AuthenticationError],
    [404, NotFoundError],
    [409, ConflictError],
    [429, RateLimitError],
    [502, ServerError],
    [418, ApiError],
  ] as const)('a %i without a code is a %o', (status, expected) => {
    expect(errorFromSnapshot(snapshot(status, ''))).toBeInstanceOf(expected);
  });

  it('reads an HTML page from a proxy', () => {
    const html = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
    const error = errorFromSnapshot({ ...snapshot(502, html, { 'content-type': 'text/html' }), statusText: 'Bad Gateway' });
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain('HTML page');
    expect(error.message).toContain('502 Bad Gateway');
    expect(error.title).toBe('Bad Gateway');
  });

  it('reads an empty body', () => {
    const error = errorFromSnapshot(snapshot(429, '', { 'Retry-After': '7' }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toContain('empty');
    expect((error as RateLimitError).retryAfterMs).toBe(7000);
  });

  it('reads truncated JSON', () => {
    const error = errorFromSnapshot(snapshot(404, '{"code":"NOT_FOUND","title":"No such'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain('not valid JSON');
  });

  it('carries the request id from the header, else the body', () => {
    expect(errorFromSnapshot(snapshot(404, problem('NOT_FOUND', 404), { 'X-Request-Id': 'req_hdr' })).requestId).toBe('req_hdr');
    expect(errorFromSnapshot(snapshot(404, problem('NOT_FOUND', 404))).requestId).toBe('req_body');
  });
});

describe('per-code fields', () => {
  it('InsufficientScopeError carries required and granted scopes', () => {
    const body = problem('INSUFFICIENT_SCOPE', 403, { requiredScopes: ['contacts:write'], grantedScopes: ['contacts:read'] });
    const error = errorFromSnapshot(snapshot(403, body));
    expect(error).toBeInstanceOf(InsufficientScopeError);
    expect(error).toBeInstanceOf(PermissionError);
    expect(error).toMatchObject({ requiredScopes: ['contacts:write'], grantedScopes: ['contacts:read'] });
  });

  it('InsufficientScopeError falls back to the WWW-Authenticate challenge', () => {
    const headers = { 'WWW-Authenticate': 'Bearer error="insufficient_scope", scope="knowledge:write"' };
    const error = errorFromSnapshot(snapshot(403, problem('INSUFFICIENT_SCOPE', 403), headers)) as InsufficientScopeError;
    expect(error.requiredScopes).toEqual(['knowledge:write']);
  });

  it('RateLimitError carries retryAfterMs, window, limit, remaining, resetAt', () => {
    const headers = {
      'Retry-After': '17',
      'RateLimit-Policy': '"minute";q=600;w=60, "day";q=50000;w=86400',
      RateLimit: '"minute";r=0;t=17',
    };
    const body = problem('RATE_LIMITED', 429, { window: 'minute', limit: 600, retryAfterSeconds: 17 });
    const error = errorFromSnapshot(snapshot(429, body, headers)) as RateLimitError;
    expect(error).toMatchObject({ retryAfterMs: 17_000, window: 'minute', limit: 600, remaining: 0 });
    expect(error.resetAt?.toISOString()).toBe('2025-01-01T00:00:17.000Z');
  });

  it('ValidationError carries the field errors', () => {
    const body = problem('VALIDATION_FAILED', 400, { errors: [{ path: '/email', message: 'must be an email' }, 'junk'] });
    expect((errorFromSnapshot(snapshot(400, body)) as ValidationError).errors).toEqual([{ path: '/email', message: 'must be an email' }]);
  });

  it('IDEMPOTENCY_KEY_REUSED is a ConflictError too', () => {
    const error = errorFromSnapshot(snapshot(409, problem('IDEMPOTENCY_KEY_REUSED', 409)));
    expect(error).toBeInstanceOf(IdempotencyKeyReusedError);
    expect(error).toBeInstanceOf(ConflictError);
  });
});

describe('recognition across copies of the package', () => {
  it('is() works through instanceof and, for a foreign copy, through the brand', () => {
    const error = errorFromSnapshot(snapshot(429, problem('RATE_LIMITED', 429)));
    expect(RateLimitError.is(error)).toBe(true);
    expect(ApiError.is(error)).toBe(true);
    expect(AtenderError.is(error)).toBe(true);
    expect(NotFoundError.is(error)).toBe(false);
    // A plain object carrying the brand stands in for an instance of another copy's class.
    const foreign = { [Symbol.for('atender.error')]: ['RateLimitError', 'ApiError', 'AtenderError'] };
    expect(RateLimitError.is(foreign)).toBe(true);
    expect(isAtenderError(foreign)).toBe(true);
    expect(NotFoundError.is(foreign)).toBe(false);
    expect(AtenderError.is(new Error('x'))).toBe(false);
  });

  it('has a stable name', () => {
    const error = errorFromSnapshot(snapshot(403, problem('INSUFFICIENT_SCOPE', 403)));
    expect(error.name).toBe('InsufficientScopeError');
    expect(String(error)).toMatch(/^InsufficientScopeError: GET /);
  });
});

describe('credentials never appear in any rendering', () => {
  it('scrubs a key and a token echoed by the server in detail, body and headers', () => {
    const body = problem('API_KEY_REVOKED', 401, { detail: `Key ${KEY} was revoked; token ${JWT}`, echo: { nested: [KEY] } });
    const headers = { 'X-Debug': `Bearer ${KEY}`, 'Set-Cookie': `session=${JWT}`, Authorization: `Bearer ${KEY}` };
    const error = errorFromSnapshot(snapshot(401, body, headers), { secrets: [KEY] });
    for (const text of renderings(error)) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(JWT);
      expect(text).not.toContain('0123456789abcdef');
    }
    expect(error.detail).toContain('sa_live_…');
  });

  it('scrubs the cause chain of a network error', () => {
    const inner = Object.assign(new Error(`connect ECONNREFUSED while sending Authorization: Bearer ${KEY}`), { code: 'ECONNREFUSED' });
    const outer = new TypeError('fetch failed', { cause: inner });
    const error = new ConnectionError(
      'GET https://api.atender.io/x got no answer',
      { method: 'GET', url: 'https://api.atender.io/x' },
      {
        cause: sanitizeCause(outer, [KEY]),
      },
    );
    for (const text of renderings(error)) expect(text).not.toContain(KEY);
    expect(inspect(error, { depth: 10 })).toContain('ECONNREFUSED');
  });

  it('toJSON holds no body, headers or cause', () => {
    const error = errorFromSnapshot(snapshot(404, problem('NOT_FOUND', 404)));
    expect(Object.keys(error.toJSON()).sort()).toEqual(
      ['code', 'detail', 'message', 'method', 'name', 'rawCode', 'requestId', 'status', 'title', 'url'].sort(),
    );
  });
});
