import { describe, expect, it } from 'vitest';
import { createAtenderClient, RateLimitError } from '../src/index.js';
import { useAtenderMock } from './support/mock-server.js';

// A tier of 10 requests per 1-second window, so a burst of 50 needs five windows.
const { mock } = useAtenderMock({
  rateLimitTiers: { burst: { windows: [{ name: 'second', limit: 10, seconds: 1 }] } },
  keys: [{ tenantId: 'ten_acme', environment: 'sandbox', bundles: ['full_access'], tier: 'burst', name: 'burst-key' }],
});
const burstKey = () => {
  const record = mock.keys.all().find((key) => key.name === 'burst-key');
  if (!record) throw new Error('burst key missing');
  return record.secret;
};

describe('pacing', () => {
  it('absorbs a burst of 50 concurrent calls against 10/second with zero 429s', async () => {
    const statuses: number[] = [];
    const atender = createAtenderClient({ apiKey: burstKey(), hooks: { onResponse: (e) => void statuses.push(e.status) } });
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 50 }, () => atender.GET('/api/v1/auth/key')));
    const seconds = (performance.now() - started) / 1000;
    expect(results).toHaveLength(50);
    expect(statuses.filter((status) => status === 429)).toHaveLength(0);
    expect(statuses).toHaveLength(50);
    // Five windows of 10: at least four resets, and not much more than that.
    expect(seconds).toBeGreaterThan(3);
    expect(seconds).toBeLessThan(8);
    console.info(`pacing: 50 calls at 10/s in ${seconds.toFixed(2)} s, 0 × 429`);
  }, 15_000);

  it('without pacing the same burst collects 429s', async () => {
    const atender = createAtenderClient({ apiKey: burstKey(), pacing: false, maxRetries: 0 });
    const settled = await Promise.allSettled(Array.from({ length: 50 }, () => atender.GET('/api/v1/auth/key')));
    const limited = settled.filter((r) => r.status === 'rejected' && r.reason instanceof RateLimitError);
    expect(limited.length).toBeGreaterThanOrEqual(30);
  });

  it('does not delay sequential calls while budget remains', async () => {
    const atender = createAtenderClient({ apiKey: burstKey() });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const started = performance.now();
    for (let i = 0; i < 5; i++) await atender.GET('/api/v1/auth/key');
    expect(performance.now() - started).toBeLessThan(500);
  });
});
