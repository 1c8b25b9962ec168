import type { MockTimers } from './timers.js';
import type { MockClock } from './types.js';

/** The wall clock. */
export const SYSTEM_CLOCK: MockClock = { now: () => Date.now() };

/**
 * A clock that only moves when told to; for rate-limit windows, expiries, idempotency TTLs and
 * webhook retries. It is also a set of timers: callbacks scheduled on it run, in time order, when
 * `advance` or `set` moves the clock past their due time.
 */
export interface ManualClock extends MockClock, MockTimers {
  /** Moves the clock forward by `ms` milliseconds, running every timer due on the way. */
  advance(ms: number): void;
  /** Sets the clock to an absolute time (milliseconds since the epoch, or a Date), running due timers. */
  set(time: number | Date): void;
  /** How many timers are scheduled and not yet run. */
  readonly pendingTimers: number;
}

interface Timer {
  readonly id: number;
  readonly due: number;
  readonly callback: () => void;
}

/**
 * Creates a clock that stands still until advanced.
 *
 * @example
 * const clock = createManualClock(Date.UTC(2026, 0, 1));
 * const mock = createAtenderMock({ clock });
 * clock.advance(60_000); // the next minute window; webhook retries due by then are sent
 */
export function createManualClock(start: number | Date = Date.UTC(2026, 0, 1)): ManualClock {
  let current = typeof start === 'number' ? start : start.getTime();
  let nextId = 1;
  const timers = new Map<number, Timer>();
  const moveTo = (target: number): void => {
    // Timers run one at a time at their own due time, so a callback that schedules another
    // (a retry after a retry) sees the clock where it should be.
    for (;;) {
      let first: Timer | undefined;
      for (const timer of timers.values()) if (timer.due <= target && (!first || timer.due < first.due)) first = timer;
      if (!first) break;
      timers.delete(first.id);
      current = Math.max(current, first.due);
      first.callback();
    }
    current = Math.max(current, target);
  };
  return {
    now: () => current,
    advance(ms) {
      moveTo(current + ms);
    },
    set(time) {
      const target = typeof time === 'number' ? time : time.getTime();
      if (target < current) {
        current = target;
        return;
      }
      moveTo(target);
    },
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { id, due: current + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      if (typeof handle === 'number') timers.delete(handle);
    },
    get pendingTimers() {
      return timers.size;
    },
  };
}
