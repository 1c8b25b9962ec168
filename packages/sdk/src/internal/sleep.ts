/**
 * Timers that honour any delay. `setTimeout` stores its delay in 32 bits: anything above
 * 2³¹ − 1 ms (~24.8 days), and `Infinity` or `NaN`, fires after 1 ms (Node warns with
 * `TimeoutOverflowWarning`), so a far reset would turn a wait into a busy loop. Every timer of
 * the SDK goes through {@link startTimer}, which waits in clamped hops.
 */

/** The longest delay one `setTimeout` honours. */
export const MAX_TIMER_MS = 2_147_483_647;

/** A delay `setTimeout` accepts as given: finite, not negative, at most {@link MAX_TIMER_MS}. */
export function clampTimerMs(ms: number): number {
  if (Number.isNaN(ms) || ms <= 0) return 0;
  return Math.min(ms, MAX_TIMER_MS);
}

/**
 * Calls `fn` once after `ms` (an `Infinity` delay never fires); returns the cancel function.
 * A delay above {@link MAX_TIMER_MS} is waited in hops, never cut short.
 */
export function startTimer(fn: () => void, ms: number): () => void {
  let handle: ReturnType<typeof setTimeout> | undefined;
  const arm = (left: number): void => {
    const hop = clampTimerMs(left);
    handle = setTimeout(() => (left > hop ? arm(left - hop) : fn()), hop);
  };
  arm(Number.isNaN(ms) ? 0 : ms);
  return () => clearTimeout(handle);
}

/**
 * Waits `ms`, or rejects with the signal's reason as soon as it aborts.
 * The timer stays referenced on purpose: a script awaiting this wait has nothing else keeping
 * the process alive, and an unreferenced timer would let Node exit with the work unfinished.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      cancel();
      reject(signal?.reason);
    };
    const cancel = startTimer(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
