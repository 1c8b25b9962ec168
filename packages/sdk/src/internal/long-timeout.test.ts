import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeadline } from './deadline.js';
import { MAX_TIMER_MS, setLongTimeout } from './long-timeout.js';
import { sleep } from './sleep.js';

const LONG = MAX_TIMER_MS + 10_000;
const settledWithin = async (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), ms))]);

describe('waits longer than a timer can hold', () => {
  afterEach(() => vi.useRealTimers());

  it('sleep() does not end after 1 ms when the wait overflows a 32-bit timer', async () => {
    const controller = new AbortController();
    const waiting = sleep(LONG, controller.signal).catch(() => 'aborted');
    expect(await settledWithin(waiting, 50)).toBe(false);
    controller.abort();
    expect(await waiting).toBe('aborted');
  });

  it('a totalTimeout beyond 2^31 ms does not time the call out at once', async () => {
    const deadline = createDeadline(LONG, undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(deadline.signal.aborted).toBe(false);
    deadline.dispose();
  });

  it('fires once, at the end, by chaining timers that fit', () => {
    vi.useFakeTimers();
    const fired = vi.fn();
    setLongTimeout(fired, 3 * MAX_TIMER_MS + 5);
    vi.advanceTimersByTime(3 * MAX_TIMER_MS);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('never fires for Infinity and cancels', () => {
    vi.useFakeTimers();
    const fired = vi.fn();
    setLongTimeout(fired, Number.POSITIVE_INFINITY);
    setLongTimeout(fired, 10)();
    vi.advanceTimersByTime(10 * MAX_TIMER_MS);
    expect(fired).not.toHaveBeenCalled();
  });
});
