import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MAX_WAIT_MS } from '../../internal/bounds.js';
import { errorFromSnapshot, RateLimitError } from './index.js';

const NOW = Date.parse('2025-01-01T00:00:00Z');

function rateLimited(headers: Record<string, string>, body: Record<string, unknown> = {}) {
  const bodyText = JSON.stringify({ code: 'RATE_LIMITED', title: 'Spent', status: 429, ...body });
  const error = errorFromSnapshot({
    status: 429,
    headers: new Headers({ 'content-type': 'application/problem+json', ...headers }),
    bodyText,
    method: 'GET',
    url: 'https://api.atender.io/api/v1/contacts',
    receivedAt: NOW,
  });
  expect(error).toBeInstanceOf(RateLimitError);
  return error as RateLimitError;
}

/** Every number is finite, in range, and every rendering works. */
function expectSane(error: RateLimitError): void {
  for (const value of [error.retryAfterMs, error.limit, error.remaining]) {
    if (value === undefined) continue;
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(0);
  }
  expect(error.retryAfterMs ?? 0).toBeLessThanOrEqual(MAX_WAIT_MS);
  if (error.resetAt !== undefined) expect(Number.isNaN(error.resetAt.getTime())).toBe(false);
  expect(() => JSON.stringify(error)).not.toThrow();
  expect(() => inspect(error, { depth: 10, showHidden: true })).not.toThrow();
  expect(() => String(error)).not.toThrow();
}

describe('RateLimitError numbers are finite, bounded and sane', () => {
  it.each([
    ['99999999999999'],
    ['9'.repeat(400)],
    ['-5'],
    ['1e308'],
    ['Infinity'],
    ['NaN'],
    ['soon'],
    ['Fri, 31 Dec 275760 00:00:00 GMT'],
    [''],
  ])('Retry-After: %s', (retryAfter) => {
    const error = rateLimited({ 'Retry-After': retryAfter });
    expectSane(error);
  });

  it('caps a huge Retry-After instead of dropping it, with a valid resetAt', () => {
    const error = rateLimited({ 'Retry-After': '99999999999999' });
    expect(error.retryAfterMs).toBe(MAX_WAIT_MS);
    expect(error.resetAt?.getTime()).toBe(NOW + MAX_WAIT_MS);
    expect(JSON.parse(JSON.stringify(error)).resetAt).toBe(new Date(NOW + MAX_WAIT_MS).toISOString());
  });

  it.each([[-50], [1e308], [-1e308], [Number.MAX_VALUE], [0.0001]])('body retryAfterSeconds: %s', (seconds) => {
    const error = rateLimited({}, { retryAfterSeconds: seconds });
    expectSane(error);
    if (seconds < 0) expect(error.retryAfterMs).toBeUndefined();
  });

  it.each([['"minute";r=-3;t=-60'], ['"minute";r=1e308;t=1e308'], ['"minute";r=0.5;t=0.001'], ['"minute";r=0;t=99999999999999999999']])(
    'RateLimit: %s',
    (rateLimit) => {
      expectSane(rateLimited({ RateLimit: rateLimit, 'RateLimit-Policy': '"minute";q=-1;w=60' }));
    },
  );

  it.each([[-1], [1e308], [0.5], ['600']])('body limit: %s', (limit) => {
    expectSane(rateLimited({ 'X-RateLimit-Limit': '-7', 'X-RateLimit-Remaining': '1e400' }, { limit }));
  });
});
