/**
 * `@atender/mock/browser`: msw's `setupWorker` with the mock's handlers, for the chat widget
 * and browser tests. Needs msw's service worker script served by the app (`npx msw init`).
 */
import { type SetupWorker, setupWorker } from 'msw/browser';
import { type AtenderMock, type AtenderMockOptions, createAtenderMock } from './core/create-atender-mock.js';

export * from './index.js';

/** The page's origin, when there is a page (`location` is absent outside a browser). */
function pageOrigin(): string | undefined {
  const origin = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  // An opaque origin (`file:`, sandboxed frames) serialises as "null": no origin to assume.
  return typeof origin === 'string' && origin !== 'null' ? origin : undefined;
}

/**
 * A mock and an msw worker answering with it (not yet started: call `worker.start()`).
 *
 * The Request a service worker sees carries no `Origin` (Fetch adds it later, on the way to the
 * network), so the mock assumes the page's own origin unless `options.origin` says otherwise:
 * a publishable key allow-listed for the page works as it would against the real server.
 *
 * @example
 * const { worker, mock } = setupAtenderWorker();
 * await worker.start({ onUnhandledRequest: 'bypass' });
 */
export function setupAtenderWorker(options: AtenderMockOptions = {}): { worker: SetupWorker; mock: AtenderMock } {
  const origin = options.origin ?? pageOrigin();
  const mock = createAtenderMock(origin === undefined ? options : { ...options, origin });
  return { worker: setupWorker(...mock.handlers), mock };
}
