import { describe, expect, it } from 'vitest';
import { MAX_WAIT_MS } from '../internal/bounds.js';
import { backoffDelay, retryDelay, serverRetryDelay } from './retry-timing.js';

const NOW = Date.parse('2025-01-01T00:00:00Z');

describe('serverRetryDelay', () => {
  it('reads Retry-After in seconds', () => {
    expect(serverRetryDelay(new Headers({ 'Retry-After': '17' }), NOW)).toEqual({ delayMs: 17_000, source: 'retry-after' });
  });

  it('reads Retry-After as an HTTP-date relative to now', () => {
    const headers = new Headers({ 'Retry-After': 'Wed, 01 Jan 2025 00:00:05 GMT' });
    expect(serverRetryDelay(headers, NOW)).toEqual({ delayMs: 5000, source: 'retry-after' });
  });

  it('never returns a negative wait for a date in the past', () => {
    const headers = new Headers({ 'Retry-After': 'Tue, 31 Dec 2024 23:59:00 GMT' });
    expect(serverRetryDelay(headers, NOW)?.delayMs).toBe(0);
  });

  it('falls back to the reset of a spent window', () => {
    const headers = new Headers({ RateLimit: '"minute";r=0;t=9', 'RateLimit-Policy': '"minute";q=600;w=60' });
    expect(serverRetryDelay(headers, NOW)).toEqual({ delayMs: 9000, source: 'rate-limit-reset' });
  });

  it('ignores the reset while budget remains', () => {
    expect(serverRetryDelay(new Headers({ RateLimit: '"minute";r=3;t=9' }), NOW)).toBeUndefined();
  });

  it('ignores garbage and absent headers', () => {
    expect(serverRetryDelay(new Headers({ 'Retry-After': 'soon' }), NOW)).toBeUndefined();
    expect(serverRetryDelay(undefined, NOW)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, before jitter', () => {
    const top = () => 0.999_999;
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, top))).toEqual([499, 999, 1999, 3999, 7999, 7999]);
  });

  it('applies full jitter: anywhere from 0 to the step', () => {
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(3, () => 0.5)).toBe(2000);
  });

  it('clamps a misbehaving random source', () => {
    expect(backoffDelay(0, () => 7)).toBe(500);
    expect(backoffDelay(0, () => -1)).toBe(0);
  });
});

describe('retryDelay', () => {
  it('prefers the server timing, unjittered', () => {
    const headers = new Headers({ 'Retry-After': '2' });
    expect(retryDelay({ retriesDone: 4, headers, random: () => 0 })).toEqual({ delayMs: 2000, source: 'retry-after' });
  });

  it('backs off with jitter when the server gave no timing', () => {
    expect(retryDelay({ retriesDone: 1, headers: new Headers(), random: () => 0.25 })).toEqual({ delayMs: 250, source: 'backoff' });
  });

  it('honours custom base and cap', () => {
    expect(retryDelay({ retriesDone: 10, random: () => 0.5, baseDelayMs: 100, maxBackoffMs: 1000 }).delayMs).toBe(500);
  });
});

describe('server timing is finite and bounded', () => {
  it.each([['9'.repeat(400)], ['99999999999999']])('Retry-After: %s', (value) => {
    const delay = serverRetryDelay(new Headers({ 'Retry-After': value }), NOW);
    expect(delay?.source).toBe('retry-after');
    expect(Number.isFinite(delay?.delayMs)).toBe(true);
    expect(delay?.delayMs).toBeLessThanOrEqual(MAX_WAIT_MS);
  });

  it('a spent window resetting in 1e308 s', () => {
    const delay = serverRetryDelay(new Headers({ RateLimit: '"minute";r=0;t=1e308' }), NOW);
    expect(delay).toEqual({ delayMs: MAX_WAIT_MS, source: 'rate-limit-reset' });
  });
});
