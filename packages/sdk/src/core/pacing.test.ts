import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPacer, type Pacer, type PacerPermit } from './pacing.js';

const budget = (remaining: number, resetSeconds: number, limit = 10) =>
  new Headers({ 'RateLimit-Policy': `"second";q=${limit};w=1`, RateLimit: `"second";r=${remaining};t=${resetSeconds}` });

/** Starts `n` acquisitions and records which were granted. */
function burst(pacer: Pacer, n: number, options: Parameters<Pacer['acquire']>[0] = {}) {
  const granted: PacerPermit[] = [];
  const promises = Array.from({ length: n }, () => pacer.acquire(options).then((permit) => granted.push(permit) && permit));
  return { granted, promises };
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2025-01-01T00:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createPacer', () => {
  it('never delays a lone call while the budget is unknown', async () => {
    const pacer = createPacer();
    await expect(pacer.acquire()).resolves.toBeDefined();
  });

  it('never delays while budget remains', async () => {
    const pacer = createPacer();
    (await pacer.acquire()).release(budget(5, 1));
    const { granted } = burst(pacer, 5);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(5);
  });

  it('tryAcquire grants at once exactly when acquire would not wait, and never jumps the queue', async () => {
    const pacer = createPacer();
    expect(pacer.tryAcquire).toBeTypeOf('function');
    const tryAcquire = (cost: number) => pacer.tryAcquire?.(cost);
    const probe = tryAcquire(1);
    expect(probe).toBeDefined();
    // The first answer is not in: a second call would wait, so there is nothing to take at once.
    expect(tryAcquire(1)).toBeUndefined();
    probe?.release(budget(2, 1));
    const a = tryAcquire(1);
    const b = tryAcquire(1);
    expect(a && b).toBeDefined();
    expect(tryAcquire(1)).toBeUndefined();
    expect(pacer.state()).toMatchObject({ remaining: 2, inFlight: 2 });
    // A queued call keeps its place: budget freed by an answer goes to it, not to a newcomer.
    const { granted } = burst(pacer, 1);
    a?.release(budget(1, 1));
    expect(tryAcquire(1)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(granted).toHaveLength(1);
    expect(tryAcquire(1)).toBeDefined();
  });

  it('lets B of N concurrent calls go and holds the rest until the reset', async () => {
    const pacer = createPacer();
    (await pacer.acquire()).release(budget(10, 1));
    const { granted } = burst(pacer, 25);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(10);
    for (const [i, permit] of granted.entries()) permit.release(budget(9 - i, 1));
    await vi.advanceTimersByTimeAsync(999);
    expect(granted).toHaveLength(10);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toHaveLength(20);
  });

  it('holds concurrent calls behind the first one until its answer tells the budget', async () => {
    const pacer = createPacer();
    const first = await pacer.acquire();
    const { granted } = burst(pacer, 20);
    await vi.advanceTimersByTimeAsync(10);
    expect(granted).toHaveLength(0);
    first.release(budget(4, 1));
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(4);
  });

  it('lets one more call go per probeWaitMs while the first answer is late', async () => {
    const pacer = createPacer({ probeWaitMs: 500 });
    await pacer.acquire();
    const { granted } = burst(pacer, 3);
    await vi.advanceTimersByTimeAsync(500);
    expect(granted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(granted).toHaveLength(3);
  });

  it('lets everything go when answers carry no rate-limit headers', async () => {
    const pacer = createPacer();
    (await pacer.acquire()).release(new Headers());
    const { granted } = burst(pacer, 50);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(50);
  });

  it('takes the smaller remaining of out-of-order answers in one window', async () => {
    const pacer = createPacer();
    (await pacer.acquire()).release(budget(5, 1));
    const [first, second, third] = [await pacer.acquire(), await pacer.acquire(), await pacer.acquire()];
    first.release(budget(3, 1));
    second.release(budget(1, 1));
    third.release(budget(2, 1));
    expect(pacer.state().remaining).toBe(1);
  });

  it('learns a 429 and its Retry-After', async () => {
    const pacer = createPacer();
    (await pacer.acquire()).release(new Headers({ 'Retry-After': '3' }), 429);
    const { granted } = burst(pacer, 1);
    await vi.advanceTimersByTimeAsync(2999);
    expect(granted).toHaveLength(0);
    expect(pacer.state()).toMatchObject({ remaining: 0, queued: 1 });
  });

  it('does not take a wait longer than maxWaitMs: the server decides', async () => {
    const pacer = createPacer();
    (await pacer.acquire()).release(budget(0, 86_400));
    const { granted } = burst(pacer, 2, { maxWaitMs: 60_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(2);
  });

  it('lets queued calls go at once when an answer pushes the reset past their maxWaitMs', async () => {
    // The first call is the probe; the others queue behind it, then its 429 says "a day".
    const pacer = createPacer();
    const probe = await pacer.acquire({ maxWaitMs: 60_000 });
    const { granted } = burst(pacer, 5, { maxWaitMs: 60_000 });
    await vi.advanceTimersByTimeAsync(10);
    expect(granted).toHaveLength(0);
    probe.release(new Headers({ 'Retry-After': '86400' }), 429);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(5);
    expect(pacer.state().queued).toBe(0);
  });

  it('keeps waiting for a reset within maxWaitMs after such an answer', async () => {
    const pacer = createPacer();
    const probe = await pacer.acquire({ maxWaitMs: 60_000 });
    const { granted } = burst(pacer, 2, { maxWaitMs: 60_000 });
    probe.release(new Headers({ 'Retry-After': '30' }), 429);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(granted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toHaveLength(2);
  });

  it('clamps its timer for a reset beyond 2^31 ms instead of spinning', async () => {
    const delays: number[] = [];
    const real = globalThis.setTimeout;
    const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      delays.push(ms ?? 0);
      return real(fn, ms);
    }) as typeof setTimeout);
    try {
      const pacer = createPacer();
      // 30 days: past the 24.8 days one setTimeout can hold.
      (await pacer.acquire()).release(budget(0, 30 * 86_400));
      const { granted } = burst(pacer, 1);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(granted).toHaveLength(0);
      expect(Math.max(...delays)).toBeLessThanOrEqual(2 ** 31 - 1);
      // An overflowed timer fires after 1 ms and re-arms: thousands of timers in a minute.
      expect(delays.length).toBeLessThan(5);
      await vi.advanceTimersByTimeAsync(30 * 86_400_000);
      expect(granted).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('rejects a queued call when its signal aborts, and keeps serving the others', async () => {
    const pacer = createPacer();
    (await pacer.acquire()).release(budget(0, 1));
    const controller = new AbortController();
    const aborted = pacer.acquire({ signal: controller.signal });
    const { granted } = burst(pacer, 1);
    controller.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    expect(pacer.state().queued).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(granted).toHaveLength(1);
  });

  it('holds a call dearer than the budget left until the reset (no 429 for a bulk job)', async () => {
    const pacer = createPacer();
    (await pacer.acquire()).release(budget(3, 1));
    const { granted } = burst(pacer, 1, { cost: 10 });
    await vi.advanceTimersByTimeAsync(999);
    expect(granted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toHaveLength(1);
  });

  it('does not deadlock on a call dearer than the whole limit', async () => {
    const pacer = createPacer();
    (await pacer.acquire()).release(budget(3, 1));
    const { granted } = burst(pacer, 1, { cost: 20 });
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(1);
  });

  it('does not deadlock when a failure releases a permit without headers', async () => {
    const pacer = createPacer();
    (await pacer.acquire()).release(budget(1, 1));
    const held = await pacer.acquire();
    const { granted } = burst(pacer, 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(0);
    held.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(1);
  });

  it('serves the queue when a new call is the one that sees the reset pass', async () => {
    // Timers fire late under load: a retry waking at the reset can run before the pacer's own timer.
    const pacer = createPacer();
    (await pacer.acquire()).release(budget(0, 1));
    const { granted } = burst(pacer, 2);
    vi.setSystemTime(Date.now() + 1000);
    const late = pacer.acquire();
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(2);
    await expect(late).resolves.toBeDefined();
  });

  it('notices that the server window reset before the estimated time', async () => {
    // `t` is whole seconds, so the estimate can be up to a second late; a call sent after the
    // lowest answer that reports as much budget again proves the window turned over.
    const pacer = createPacer();
    (await pacer.acquire()).release(budget(2, 1));
    const { granted } = burst(pacer, 5);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(2);
    granted[0]!.release(budget(9, 1));
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(5);
    expect(pacer.state().remaining).toBe(9);
  });

  it('ignores a second release of the same permit', async () => {
    const pacer = createPacer();
    const permit = await pacer.acquire();
    permit.release(budget(5, 1));
    permit.release(budget(5, 1));
    expect(pacer.state().inFlight).toBe(0);
  });
});
