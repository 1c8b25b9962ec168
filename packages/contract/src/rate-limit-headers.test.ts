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

/** The parser as first written (split/map/Map), kept as the reference for the scanning one. */
function referenceParse(headers: Headers) {
  const items = (value: string) => {
    const out: Array<{ name: string; params: Map<string, number> }> = [];
    for (const raw of value.split(',')) {
      const [head, ...rest] = raw.trim().split(';');
      const name = head?.trim().replace(/^"|"$/g, '');
      if (!name) continue;
      const params = new Map<string, number>();
      for (const p of rest) {
        const [k, v] = p.split('=').map((x) => x.trim());
        const n = Number(v);
        if (k && v !== undefined && Number.isFinite(n)) params.set(k, n);
      }
      out.push({ name, params });
    }
    return out;
  };
  const int = (v: string | null) => (v === null || v.trim() === '' || !Number.isFinite(Number(v)) ? undefined : Number(v));
  const policies = new Map<string, { quota: number; windowSeconds: number }>();
  for (const item of items(headers.get('RateLimit-Policy') ?? '')) {
    const quota = item.params.get('q');
    if (quota !== undefined) policies.set(item.name, { quota, windowSeconds: item.params.get('w') ?? 0 });
  }
  const current = items(headers.get('RateLimit') ?? '')[0];
  const policy = current?.name;
  return {
    policy,
    limit: (policy !== undefined ? policies.get(policy)?.quota : undefined) ?? int(headers.get('X-RateLimit-Limit')),
    remaining: current?.params.get('r') ?? int(headers.get('X-RateLimit-Remaining')),
    resetSeconds: current?.params.get('t') ?? int(headers.get('X-RateLimit-Reset')),
    policies,
  };
}

describe('parseRateLimitHeaders against the reference parser', () => {
  // Pieces of real and garbled structured fields, so random joins hit every branch.
  const piece = fc.constantFrom(
    '"minute"',
    'day',
    '"',
    '""',
    ' ',
    ';',
    ',',
    '=',
    'q',
    'w',
    'r',
    't',
    '__proto__',
    '60',
    '-1',
    '1e400',
    'x',
    ' 5 ',
    '=7=8',
    ';;',
  );
  const field = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
  it('reads every header exactly as the split-based parser did (fast-check)', () => {
    fc.assert(
      fc.property(field, field, fc.option(fc.constantFrom('10', '', ' 7', 'x')), (policy, current, legacy) => {
        const headers = new Headers({
          'RateLimit-Policy': policy,
          RateLimit: current,
          ...(legacy === null ? {} : { 'X-RateLimit-Remaining': legacy }),
        });
        const got = parseRateLimitHeaders(headers);
        const want = referenceParse(headers);
        expect({ ...got, policies: [...got.policies] }).toEqual({ ...want, policies: [...want.policies] });
      }),
      { numRuns: 2000 },
    );
  });

  it('does not let a "__proto__" parameter reach any prototype', () => {
    const info = parseRateLimitHeaders(new Headers({ RateLimit: '"minute";__proto__=5;r=3;t=9' }));
    expect(info).toMatchObject({ policy: 'minute', remaining: 3, resetSeconds: 9 });
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
