/**
 * `setTimeout` for any delay: timers hold a signed 32-bit number of milliseconds, and a longer
 * delay (a `Retry-After` of a month, a `totalTimeout` of 30 days) fires after 1 ms instead,
 * with a `TimeoutOverflowWarning`. Longer waits are chained in steps that fit.
 */

/** The longest delay one timer can hold. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Calls `callback` after `ms` (any non-negative length; `Infinity` never fires). The timer stays
 * referenced, like a plain `setTimeout`. Returns the function that cancels it.
 */
export function setLongTimeout(callback: () => void, ms: number): () => void {
  if (!(ms < Number.POSITIVE_INFINITY)) return () => {};
  const endsAt = Date.now() + Math.max(0, ms);
  let timer: ReturnType<typeof setTimeout>;
  const arm = (): void => {
    const left = endsAt - Date.now();
    timer = left > MAX_TIMER_MS ? setTimeout(arm, MAX_TIMER_MS) : setTimeout(callback, Math.max(0, left));
  };
  arm();
  return () => clearTimeout(timer);
}
