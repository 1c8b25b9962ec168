/** Vitest lifecycle for one mock behind msw's `setupServer`: listen, reset after each test, close. */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { AtenderMock, AtenderMockOptions } from '../../src/index.js';
import { setupAtenderServer } from '../../src/node.js';

/** Starts an msw server with a fresh mock for the file; unhandled requests fail the test. */
export function useAtenderMock(options?: AtenderMockOptions): {
  mock: AtenderMock;
  server: ReturnType<typeof setupAtenderServer>['server'];
} {
  const { server, mock } = setupAtenderServer(options);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    mock.reset();
  });
  afterAll(() => server.close());
  return { mock, server };
}
