import { setLongTimeout } from './long-timeout.js';

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
    const cancel = setLongTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
