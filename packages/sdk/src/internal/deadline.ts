import { startTimer } from './sleep.js';

/**
 * The total deadline of one call (ky 1.x only has a per-attempt timeout). Mostly a clock: each
 * attempt's ky `timeout` is cut to the time left, and retry waits shorter than the time left
 * are the only ones taken, so a plain call needs no timer and no signal of its own. The signal
 * that aborts at the deadline (for pacing waits and `getAccessToken`) is made on first use.
 */

/** The deadline of one call. */
export interface Deadline {
  /** The caller's own signal, if any. */
  readonly callerSignal: AbortSignal | undefined;
  /** Aborts when the caller aborts or the call's time is up; created on first use. */
  readonly signal: AbortSignal;
  /** Milliseconds left; `Infinity` without a total timeout. */
  remainingMs(): number;
  /** Whether the deadline (not the caller) ended the call. */
  timedOut(): boolean;
  dispose(): void;
}

/** Starts the clock of one call. */
export function createDeadline(totalMs: number, callerSignal: AbortSignal | undefined): Deadline {
  const endsAt = Date.now() + totalMs;
  let signal: AbortSignal | undefined;
  let cancel: (() => void) | undefined;
  const remainingMs = () => Math.max(0, endsAt - Date.now());
  return {
    callerSignal,
    get signal() {
      if (signal) return signal;
      const controller = new AbortController();
      const left = remainingMs();
      if (Number.isFinite(left)) {
        cancel = startTimer(() => controller.abort(new DOMException(`Total timeout of ${totalMs} ms reached.`, 'TimeoutError')), left);
      }
      signal = callerSignal ? AbortSignal.any([callerSignal, controller.signal]) : controller.signal;
      return signal;
    },
    remainingMs,
    timedOut: () => !(callerSignal?.aborted ?? false) && (remainingMs() <= 0 || (signal?.aborted ?? false)),
    dispose: () => cancel?.(),
  };
}
