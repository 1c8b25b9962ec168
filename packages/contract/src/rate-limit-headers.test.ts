import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRateLimitHeaders, parseRateLimitHeaders, parseRetryAfter, type RateLimitWindowState } from './rate-limit-headers.js';

const headersOf = (record: Record<string, string>) => new Headers(record);

describe('rate-limit headers', () => {
  const minute: RateLimitWindowState = { name: 'minute', limit: 600, windowSeconds: 60, remaining: 42, resetSeconds: 17 };
  const day: RateLimitWindowState = { name: 'day', limit: 50000, windowSeconds: 86400, remaining: 49000, resetSeconds: 3600 };

  it('formats the draft structured fields and the X-RateLimit trio for the tightest window', () => {
    expect(formatRateLimitHeaders([minute, day])).toEqual({
      'RateLimit-Policy': '"minute";q=600;w=60, "day";q=50000;w=86400',
      RateLimit: '"minute";r=42;t=17',
      'X-RateLimit-Limit': '600',
      'X-RateLimit-Remaining': '42',
      'X-RateLimit-Reset': '17',
    });
  });

  it('names the day window when it is the one running out', () => {
    const spentDay = { ...day, remaining: 0 };
    expect(formatRateLimitHeaders([minute, spentDay]).RateLimit).toBe('"day";r=0;t=3600');
  });

  it('parses what it formats (round trip)', () => {
    const window = fc.record({
      name: fc.constantFrom('minute', 'day', 'second'),
      limit: fc.integer({ min: 1, max: 1_000_000 }),
      windowSeconds: fc.integer({ min: 1, max: 86400 }),
      remaining: fc.integer({ min: 0, max: 1_000_000 }),
      resetSeconds: fc.integer({ min: 0, max: 86400 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(window, { minLength: 1, maxLength: 3, selector: (w) => w.name }), (windows) => {
        const info = parseRateLimitHeaders(headersOf(formatRateLimitHeaders(windows)));
        const tight = [...windows].sort((a, b) => a.remaining - b.remaining || a.resetSeconds - b.resetSeconds)[0]!;
        expect(info.policy).toBe(tight.name);
        expect(info.remaining).toBe(tight.remaining);
        expect(info.limit).toBe(tight.limit);
        expect(info.resetSeconds).toBe(tight.resetSeconds);
        expect(info.policies.size).toBe(windows.length);
      }),
    );
  });

  it('falls back to X-RateLimit-* when the draft headers are absent', () => {
    const info = parseRateLimitHeaders(headersOf({ 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '3', 'X-RateLimit-Reset': '9' }));
    expect(info).toMatchObject({ policy: undefined, limit: 100, remaining: 3, resetSeconds: 9 });
  });

  it('gives undefined fields for absent or garbled headers, never a crash', () => {
    expect(parseRateLimitHeaders(headersOf({}))).toMatchObject({ limit: undefined, remaining: undefined, resetSeconds: undefined });
    expect(parseRateLimitHeaders(headersOf({ RateLimit: ';;;,,"', 'RateLimit-Policy': 'q=x' })).remaining).toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  it('reads integer seconds', () => expect(parseRetryAfter('17')).toBe(17_000));
  it('reads an HTTP-date relative to now', () => {
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(parseRetryAfter('Thu, 26 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
  });
  it('never returns a negative wait for a date in the past', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:00 GMT', Date.parse('2026-11-26T10:00:00Z'))).toBe(0);
  });
  it('returns undefined for absent or unparseable values', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter('-5')).toBeUndefined();
  });
});
