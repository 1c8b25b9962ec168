/**
 * `@atender/mock/node`: msw's `setupServer` with the mock's handlers, and the sandbox HTTP
 * server (plain `node:http` around msw's `getResponse`, no framework).
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BASE_URLS, type Environment } from '@atender/contract';
import { getResponse } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';
import { type AtenderMock, type AtenderMockOptions, createAtenderMock } from './core/create-atender-mock.js';
import { isLoopback } from './core/ip.js';
import { MAX_BODY_BYTES } from './core/request-body.js';

export * from './index.js';

/**
 * A mock and an msw server answering with it (not yet listening: call `server.listen()`).
 *
 * @example
 * const { server, mock } = setupAtenderServer();
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => { server.resetHandlers(); mock.reset(); });
 * afterAll(() => server.close());
 */
export function setupAtenderServer(options?: AtenderMockOptions): { server: SetupServer; mock: AtenderMock } {
  const mock = createAtenderMock(options);
  return { server: setupServer(...mock.handlers), mock };
}

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Port of the sandbox host (`sa_test_` keys); 0 picks a free one. @default 4010 */
  readonly port?: number;
  /** Port of the production host (`sa_live_` keys); 0 picks a free one. @default port + 1 */
  readonly productionPort?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** A mock to serve; created from `mockOptions` when absent. */
  readonly mock?: AtenderMock;
  readonly mockOptions?: AtenderMockOptions;
}

/** A running sandbox server. */
export interface MockServer {
  readonly mock: AtenderMock;
  /** e.g. `http://127.0.0.1:4010`: answers as `https://sandbox.atender.io`. */
  readonly sandboxUrl: string;
  /** e.g. `http://127.0.0.1:4011`: answers as `https://api.atender.io`. */
  readonly productionUrl: string;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'expect']);

/** Reads the body, keeping at most limit + 1 bytes: enough for the pipeline to answer 413. */
async function readCapped(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (size > limit) continue; // drain the rest so the socket can answer
    chunks.push(chunk);
    size += chunk.length;
  }
  return size === 0 ? undefined : Buffer.concat(chunks).subarray(0, limit + 1);
}

async function toFetchRequest(req: IncomingMessage, environment: Environment): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  // The pipeline trusts X-Forwarded-For only from loopback peers; anyone else is who the socket says.
  const peer = req.socket.remoteAddress ?? '127.0.0.1';
  if (!isLoopback(peer)) headers.set('x-forwarded-for', peer);
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readCapped(req, MAX_BODY_BYTES);
  return new Request(`${BASE_URLS[environment]}${req.url ?? '/'}`, { method, headers, body: body ? new Uint8Array(body) : undefined });
}

async function answer(mock: AtenderMock, environment: Environment, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const request = await toFetchRequest(req, environment);
    const response = (await getResponse(mock.handlers, request)) ?? (await mock.handle(request));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    res.writeHead(500, { 'content-type': 'application/problem+json' });
    res.end(
      JSON.stringify({
        type: 'https://docs.atender.io/errors/internal-error',
        title: 'The server failed.',
        status: 500,
        code: 'INTERNAL_ERROR',
        detail,
        requestId: 'req_server',
      }),
    );
  }
}

async function listen(server: Server, port: number, host: string): Promise<string> {
  server.listen(port, host);
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${shownHost}:${address.port}`;
}

/**
 * Serves the mock over real HTTP: one port per environment, since the environment comes from the
 * host and a loopback server has one host. Requests are answered by msw's `getResponse` with
 * the mock's handlers, so the HTTP server and the in-process mock behave the same.
 *
 * @example
 * const server = await startMockServer({ port: 4010 });
 * await fetch(`${server.sandboxUrl}/api/v1/kb/articles`, { headers: { Authorization: `Bearer ${key}` } });
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const mock = options.mock ?? createAtenderMock(options.mockOptions);
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 4010;
  const productionPort = options.productionPort ?? (port === 0 ? 0 : port + 1);
  const sandbox = createServer((req, res) => void answer(mock, 'sandbox', req, res));
  const production = createServer((req, res) => void answer(mock, 'production', req, res));
  const sandboxUrl = await listen(sandbox, port, host);
  const productionUrl = await listen(production, productionPort, host).catch(async (error: unknown) => {
    sandbox.close();
    throw error;
  });
  const close = async (server: Server): Promise<void> => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  };
  return { mock, sandboxUrl, productionUrl, close: async () => void (await Promise.all([close(sandbox), close(production)])) };
}
