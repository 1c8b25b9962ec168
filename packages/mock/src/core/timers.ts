/**
 * Timers the mock schedules work on (webhook retries and attempt timeouts). The system timers by
 * default; a {@link ManualClock} is also a set of timers, so one injected clock drives expiries,
 * rate-limit windows and webhook retries alike.
 */

/** Schedules and cancels callbacks; `ms` is relative to the owning clock's now. */
export interface MockTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The runtime's own timers; unref'd in Node so a scheduled retry never keeps a process alive. */
export const SYSTEM_TIMERS: MockTimers = {
  setTimeout(callback, ms) {
    const handle: unknown = globalThis.setTimeout(callback, Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clearTimeout(handle) {
    globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]);
  },
};

/** Tells whether a value (a clock, typically) also provides timers. */
export function hasTimers(value: unknown): value is MockTimers {
  const candidate = value as Partial<MockTimers> | null;
  return typeof candidate?.setTimeout === 'function' && typeof candidate.clearTimeout === 'function';
}
