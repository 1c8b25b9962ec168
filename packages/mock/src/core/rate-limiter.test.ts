import { describe, expect, it } from 'vitest';
import { contractTiers, createRateLimiter } from './rate-limiter.js';

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);

describe('createRateLimiter', () => {
  it('turns the spec tiers into minute and day windows', () => {
    expect(contractTiers().standard?.windows).toEqual([
      { name: 'minute', seconds: 60, limit: 600 },
      { name: 'day', seconds: 86400, limit: 50000 },
    ]);
  });

  it('spends exactly the budget, then blocks until the window resets', () => {
    const limiter = createRateLimiter({ t: { windows: [{ name: 'minute', limit: 3, seconds: 60 }] } });
    const results = Array.from({ length: 5 }, () => limiter.consume('k', 't', 1, T0 + 15_000));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, false]);
    const blocked = results[4];
    expect(blocked?.ok === false && blocked.blocked).toEqual({ name: 'minute', limit: 3, retryAfterSeconds: 45 });
    expect(limiter.consume('k', 't', 1, T0 + 60_000).ok).toBe(true);
  });

  it('spends nothing when one window lacks the cost, and waits for the longest blocking window', () => {
    const limiter = createRateLimiter({
      t: {
        windows: [
          { name: 'minute', limit: 10, seconds: 60 },
          { name: 'day', limit: 12, seconds: 86400 },
        ],
      },
    });
    expect(limiter.consume('k', 't', 10, T0).ok).toBe(true);
    expect(limiter.consume('k', 't', 1, T0 + 60_000).ok).toBe(true);
    const refused = limiter.consume('k', 't', 5, T0 + 120_000);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.blocked.name).toBe('day');
      expect(refused.blocked.retryAfterSeconds).toBe(12 * 3600 - 120);
    }
    expect(limiter.peek('k', 't', T0 + 120_000).map((w) => w.remaining)).toEqual([10, 1]);
  });

  it('supports custom windows of any length and keeps keys apart', () => {
    const limiter = createRateLimiter({ bench: { windows: [{ name: 'second', limit: 2, seconds: 1 }] } });
    expect([1, 2, 3].map(() => limiter.consume('a', 'bench', 1, T0).ok)).toEqual([true, true, false]);
    expect(limiter.consume('b', 'bench', 1, T0).ok).toBe(true);
    expect(limiter.consume('a', 'bench', 1, T0 + 1000).ok).toBe(true);
  });

  it('evicts ended windows, so many short-lived keys do not accumulate', () => {
    const limiter = createRateLimiter({ t: { windows: [{ name: 'second', limit: 5, seconds: 1 }] } });
    for (let i = 0; i < 5000; i++) limiter.consume(`key-${i}`, 't', 1, T0 + Math.floor(i / 100) * 1000);
    // 50 one-second windows of 100 keys each; only the live window and the ones since the last sweep remain.
    expect(limiter.size).toBeLessThanOrEqual(1024 + 100);
    for (let i = 0; i < 2048; i++) limiter.consume(`late-${i % 10}`, 't', 1, T0 + 100_000 + i * 1000);
    expect(limiter.size).toBeLessThanOrEqual(1024 + 10);
    expect(limiter.consume('late-1', 't', 1, T0 + 100_000 + 2047 * 1000).ok).toBe(true);
  });

  it('rejects an unknown tier', () => {
    expect(() => createRateLimiter({}).consume('k', 'gold', 1, T0)).toThrow(/unknown rate-limit tier/i);
  });
});
