/**
 * Pacing at its limits, through the client against the real mock: a spent budget that resets
 * later than the caller accepts, and timers far beyond what `setTimeout` holds.
 */
import { describe, expect, it } from 'vitest';
import { createAtenderClient, RateLimitError } from '../src/index.js';
import { useAtenderMock } from './support/mock-server.js';

// A budget of one call per ~115 days: once spent, its reset is far past any maxRetryDelay.
const { mock } = useAtenderMock({
  rateLimitTiers: { spent: { windows: [{ name: 'season', limit: 1, seconds: 10_000_000 }] } },
  keys: [{ tenantId: 'ten_acme', environment: 'sandbox', bundles: ['full_access'], tier: 'spent', name: 'spent-key' }],
});
const spentKey = () => {
  const record = mock.keys.all().find((key) => key.name === 'spent-key');
  if (!record) throw new Error('spent key missing');
  return record.secret;
};

describe('pacing at its limits', () => {
  it('gives calls queued behind a spent budget their RateLimitError at once, not at totalTimeout', async () => {
    const apiKey = spentKey();
    await createAtenderClient({ apiKey }).GET('/api/v1/auth/key');
    // A fresh client: its first call probes the budget while the other seven queue behind it.
    const atender = createAtenderClient({ apiKey, totalTimeout: 10_000, maxRetryDelay: 60_000 });
    const started = performance.now();
    const settled = await Promise.allSettled(Array.from({ length: 8 }, () => atender.GET('/api/v1/auth/key')));
    const seconds = (performance.now() - started) / 1000;
    for (const result of settled) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(RateLimitError);
    }
    // Before the fix the seven waited for the 10 s total timeout and ended as TimeoutErrors.
    expect(seconds).toBeLessThan(5);
  }, 20_000);

  it('accepts timeouts beyond 2^31 ms (clamped, not refused by ky or fired at once)', async () => {
    const month = 30 * 86_400_000;
    const atender = createAtenderClient({
      apiKey: mock.keys.demo.acme.sandbox.bundles.full_access.secret,
      timeout: month,
      totalTimeout: month,
    });
    const { data } = await atender.GET('/api/v1/auth/key');
    expect(data).toMatchObject({ tenantId: 'ten_acme' });
  });
});
