import { describe, expect, it } from 'vitest';
import { type AttemptOutcome, decideRetry, type RetryContext } from './retry-policy.js';

const response = (status: number, headers: Record<string, string> = {}): AttemptOutcome => ({
  kind: 'response',
  status,
  headers: new Headers(headers),
});
const ctx = (overrides: Partial<RetryContext> = {}): RetryContext => ({
  method: 'GET',
  hasIdempotencyKey: false,
  retriesDone: 0,
  maxRetries: 2,
  ...overrides,
});

describe('decideRetry', () => {
  it('always retries a 429, even a POST without key', () => {
    expect(decideRetry(response(429), ctx({ method: 'POST' }))).toEqual({ retry: true, reason: 'rate-limited' });
  });

  it.each([500, 502, 503, 504])('retries %i for idempotent methods', (status) => {
    expect(decideRetry(response(status), ctx())).toEqual({ retry: true, reason: 'server-error' });
    expect(decideRetry(response(status), ctx({ method: 'DELETE' })).retry).toBe(true);
  });

  it('retries 408, network errors and attempt timeouts for idempotent calls', () => {
    expect(decideRetry(response(408), ctx())).toEqual({ retry: true, reason: 'request-timeout' });
    expect(decideRetry({ kind: 'network-error' }, ctx({ method: 'PUT' }))).toEqual({ retry: true, reason: 'network-error' });
    expect(decideRetry({ kind: 'attempt-timeout' }, ctx())).toEqual({ retry: true, reason: 'attempt-timeout' });
  });

  it('does not retry a POST or PATCH without Idempotency-Key after a 5xx or a network error', () => {
    expect(decideRetry(response(500), ctx({ method: 'POST' })).retry).toBe(false);
    expect(decideRetry({ kind: 'network-error' }, ctx({ method: 'PATCH' })).retry).toBe(false);
  });

  it('retries a POST that carries an Idempotency-Key', () => {
    expect(decideRetry(response(503), ctx({ method: 'POST', hasIdempotencyKey: true })).retry).toBe(true);
  });

  it('stops when the budget is spent', () => {
    expect(decideRetry(response(429), ctx({ retriesDone: 2 }))).toMatchObject({ retry: false });
    expect(decideRetry(response(503), ctx({ maxRetries: 0 }))).toMatchObject({ retry: false });
  });

  it('obeys X-Should-Retry both ways', () => {
    expect(decideRetry(response(503, { 'X-Should-Retry': 'false' }), ctx()).retry).toBe(false);
    expect(decideRetry(response(429, { 'X-Should-Retry': 'false' }), ctx()).retry).toBe(false);
    expect(decideRetry(response(400, { 'X-Should-Retry': 'true' }), ctx({ method: 'POST' }))).toEqual({
      retry: true,
      reason: 'server-requested',
    });
  });

  it('never retries an abort or a spent total deadline', () => {
    expect(decideRetry({ kind: 'aborted' }, ctx()).retry).toBe(false);
    expect(decideRetry({ kind: 'total-timeout' }, ctx()).retry).toBe(false);
  });

  it.each([400, 401, 403, 404, 409, 413, 422, 501, 505])('does not retry %i', (status) => {
    expect(decideRetry(response(status), ctx()).retry).toBe(false);
  });
});
