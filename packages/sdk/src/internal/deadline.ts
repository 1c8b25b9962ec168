import { startTimer } from './sleep.js';

/**
 * The total deadline of one call (ky 1.x only has a per-attempt timeout): one signal that
 * aborts when the caller aborts or when the call's time is up, shared by attempts, retry waits
 * and pacing, so every wait honours both.
 */
export interface Deadline {
  readonly signal: AbortSignal;
  /** Milliseconds left; `Infinity` without a total timeout. */
  remainingMs(): number;
  /** Whether the deadline (not the caller) ended the call. */
  timedOut(): boolean;
  /** Whether the caller's own signal aborted. */
  callerAborted(): boolean;
  dispose(): void;
}

/** Starts the clock of one call. */
export function createDeadline(totalMs: number, callerSignal: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  const endsAt = Date.now() + totalMs;
  const cancel = Number.isFinite(totalMs)
    ? startTimer(() => controller.abort(new DOMException(`Total timeout of ${totalMs} ms reached.`, 'TimeoutError')), totalMs)
    : undefined;
  const signal = callerSignal ? AbortSignal.any([callerSignal, controller.signal]) : controller.signal;
  return {
    signal,
    remainingMs: () => Math.max(0, endsAt - Date.now()),
    timedOut: () => controller.signal.aborted && !(callerSignal?.aborted ?? false),
    callerAborted: () => callerSignal?.aborted ?? false,
    dispose: () => cancel?.(),
  };
}
