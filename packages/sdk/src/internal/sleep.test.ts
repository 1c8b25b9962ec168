import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeadline } from './deadline.js';
import { clampTimerMs, MAX_TIMER_MS, sleep, startTimer } from './sleep.js';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2025-01-01T00:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

const DAYS_30 = 30 * 86_400_000;

describe('timers past 2^31 ms', () => {
  it('clamps delays to what setTimeout honours', () => {
    expect(clampTimerMs(DAYS_30)).toBe(MAX_TIMER_MS);
    expect(clampTimerMs(Number.POSITIVE_INFINITY)).toBe(MAX_TIMER_MS);
    expect(clampTimerMs(Number.NaN)).toBe(0);
    expect(clampTimerMs(-5)).toBe(0);
    expect(clampTimerMs(1500)).toBe(1500);
  });

  it('startTimer waits the whole delay in hops, never firing early', async () => {
    const fired = vi.fn();
    startTimer(fired, DAYS_30);
    await vi.advanceTimersByTimeAsync(DAYS_30 - 1);
    expect(fired).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('an infinite delay never fires, and cancel stops a hop chain', async () => {
    const fired = vi.fn();
    startTimer(fired, Number.POSITIVE_INFINITY);
    const cancel = startTimer(fired, DAYS_30);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS + 10);
    cancel();
    await vi.advanceTimersByTimeAsync(DAYS_30);
    expect(fired).not.toHaveBeenCalled();
  });

  it('sleep of 30 days does not resolve after 1 ms', async () => {
    let done = false;
    void sleep(DAYS_30).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(DAYS_30);
    expect(done).toBe(true);
  });

  it('a total timeout of 30 days does not abort after 1 ms', async () => {
    const deadline = createDeadline(DAYS_30, undefined);
    await vi.advanceTimersByTimeAsync(1000);
    expect(deadline.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(DAYS_30);
    expect(deadline.timedOut()).toBe(true);
    deadline.dispose();
  });
});
