/**
 * A loopback webhook receiver for tests: records every request (headers, exact body) and answers
 * what the test says — a status, or nothing until released (to hold attempts in flight).
 */
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** One request the receiver got. */
export interface Received {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** Real time it arrived (performance.now()). */
  readonly at: number;
}

/** A running receiver. */
export interface TestReceiver {
  readonly url: string;
  readonly received: Received[];
  /** The status answered from now on; `'hold'` keeps answers pending until `release()`. */
  answer(status: number | 'hold'): void;
  /** Answers every held request with `status`. */
  release(status?: number): void;
  /** Requests held right now. */
  readonly held: number;
  /** Resolves once `count` requests arrived in all (bounded by `timeoutMs`). */
  waitForCount(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts a receiver on 127.0.0.1 with a free port. */
export async function startReceiver(path = '/hook'): Promise<TestReceiver> {
  const received: Received[] = [];
  const held: ServerResponse[] = [];
  const watchers: (() => void)[] = [];
  let status: number | 'hold' = 204;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: performance.now() });
      for (const watch of watchers) watch();
      if (status === 'hold') held.push(res);
      else res.writeHead(status).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    received,
    answer(next) {
      status = next;
    },
    release(code = 204) {
      for (const res of held.splice(0)) res.writeHead(code).end();
    },
    get held() {
      return held.length;
    },
    waitForCount(count, timeoutMs = 5000) {
      if (received.length >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`receiver got ${received.length} of ${count} requests in ${timeoutMs} ms`)),
          timeoutMs,
        );
        watchers.push(() => {
          if (received.length < count) return;
          clearTimeout(timer);
          resolve();
        });
      });
    },
    async close() {
      for (const res of held.splice(0)) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/**
 * A receiver for a whole test file: started before the first test, reset after each (answers
 * 204 again, held requests released, nothing received), closed after the last.
 */
export function useReceiver(path?: string): TestReceiver {
  let current: TestReceiver | undefined;
  const get = (): TestReceiver => {
    if (!current) throw new Error('useReceiver: the receiver starts in beforeAll; use it inside tests');
    return current;
  };
  beforeAll(async () => {
    current = await startReceiver(path);
  });
  afterEach(() => {
    get().release(204);
    get().answer(204);
    get().received.length = 0;
  });
  afterAll(() => current?.close());
  return {
    get url() {
      return get().url;
    },
    get received() {
      return get().received;
    },
    get held() {
      return get().held;
    },
    answer: (status) => get().answer(status),
    release: (status) => get().release(status),
    waitForCount: (count, timeoutMs) => get().waitForCount(count, timeoutMs),
    close: () => get().close(),
  };
}
