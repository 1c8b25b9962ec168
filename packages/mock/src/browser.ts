/**
 * `@atender/mock/browser`: msw's `setupWorker` with the mock's handlers, for the chat widget
 * and browser tests. Needs msw's service worker script served by the app (`npx msw init`).
 */
import { type SetupWorker, setupWorker } from 'msw/browser';
import { type AtenderMock, type AtenderMockOptions, createAtenderMock } from './core/create-atender-mock.js';

export * from './index.js';

/**
 * A mock and an msw worker answering with it (not yet started: call `worker.start()`).
 *
 * @example
 * const { worker, mock } = setupAtenderWorker({ origin: window.location.origin });
 * await worker.start({ onUnhandledRequest: 'bypass' });
 */
export function setupAtenderWorker(options?: AtenderMockOptions): { worker: SetupWorker; mock: AtenderMock } {
  const mock = createAtenderMock(options);
  return { worker: setupWorker(...mock.handlers), mock };
}
