/** A refused connection names its cause, so a newcomer knows to start the server. */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConnectionError, createAtenderClient } from '../src/index.js';
import { assertNoCredentialPiece } from './support/leaks.js';

const KEY = 'sa_test_Q7hV2mK9pX4rT8wZ3nB6cD1fG5jL0sYe';

/** A local port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('a refused connection', () => {
  it('says ECONNREFUSED in the ConnectionError message, and nothing of the key', async () => {
    const port = await closedPort();
    const atender = createAtenderClient({ apiKey: KEY, baseUrl: `http://127.0.0.1:${port}`, maxRetries: 0, pacing: false });
    const error = await atender.GET('/api/v1/contacts').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).message).toMatch(/ECONNREFUSED: connection refused/);
    assertNoCredentialPiece([error], KEY);
  });
});
