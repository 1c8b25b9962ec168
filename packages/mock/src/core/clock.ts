import type { MockClock } from './types.js';

/** The wall clock. */
export const SYSTEM_CLOCK: MockClock = { now: () => Date.now() };

/** A clock that only moves when told to; for rate-limit windows, expiries and idempotency TTLs. */
export interface ManualClock extends MockClock {
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
  /** Sets the clock to an absolute time (milliseconds since the epoch, or a Date). */
  set(time: number | Date): void;
}

/**
 * Creates a clock that stands still until advanced.
 *
 * @example
 * const clock = createManualClock(Date.UTC(2026, 0, 1));
 * const mock = createAtenderMock({ clock });
 * clock.advance(60_000); // the next minute window
 */
export function createManualClock(start: number | Date = Date.UTC(2026, 0, 1)): ManualClock {
  let current = typeof start === 'number' ? start : start.getTime();
  return {
    now: () => current,
    advance(ms) {
      current += ms;
    },
    set(time) {
      current = typeof time === 'number' ? time : time.getTime();
    },
  };
}
