/**
 * `@atender/mock/node`: msw's `setupServer` with the mock's handlers, and the sandbox HTTP
 * server (plain `node:http` around msw's `getResponse`, no framework).
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Environment } from '@atender/contract';
import { type SetupServer, setupServer } from 'msw/node';
import { type AtenderMock, type AtenderMockOptions, createAtenderMock } from './core/create-atender-mock.js';
import { MAX_BODY_BYTES } from './core/request-body.js';
import { type ReadLimits, readRequest } from './http/read-request.js';
import { rawProblem, serverProblem } from './http/server-problem.js';

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
  /** How long a request body may take to arrive (after its headers) before the answer is a 400 problem. @default 10000 */
  readonly bodyTimeoutMs?: number;
  /** How long the request headers may take to arrive (node's `headersTimeout`). @default 10000 */
  readonly headersTimeoutMs?: number;
  /** How long a whole request may take (node's `requestTimeout`); keep it above `bodyTimeoutMs`. @default 30000 */
  readonly requestTimeoutMs?: number;
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

/** Server timeouts: short enough that a stalled client is answered, long enough for any honest one on loopback. */
interface Timeouts {
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
}

/**
 * After an answer given before the whole request body was read (413, a stalled body): how long
 * and how much more of the body is read and thrown away. A client still uploading then reads
 * its answer; closing at once would fail its next write with EPIPE or ECONNRESET instead, and
 * the answer would be lost. A body that drains in time leaves the connection usable.
 */
const LINGER_MS = 5000;
const LINGER_MAX_BYTES = 64 * 1024 * 1024;

/** Connections whose request was answered and whose body is being discarded. */
const draining = new WeakSet<Duplex>();

/** Discards the rest of `req`'s body; closes the connection if it takes too long or too much. */
function drainUnread(req: IncomingMessage): void {
  if (req.complete) return;
  const socket = req.socket;
  draining.add(socket);
  let drained = 0;
  const close = (): void => {
    clearTimeout(timer);
    socket.destroy();
  };
  const timer = setTimeout(close, LINGER_MS);
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > LINGER_MAX_BYTES) close();
  });
  req.once('end', () => {
    clearTimeout(timer);
    draining.delete(socket);
  });
  socket.once('close', () => clearTimeout(timer));
  req.resume();
}

/** Writes a Fetch `Response`; `unread` is a request whose body was not read to its end. */
async function send(res: ServerResponse, response: Response, unread?: IncomingMessage): Promise<void> {
  const headers: Record<string, string> = Object.fromEntries(response.headers);
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
  if (unread) res.once('finish', () => drainUnread(unread));
}

async function respond(
  mock: AtenderMock,
  environment: Environment,
  req: IncomingMessage,
  limits: ReadLimits,
): Promise<{ response: Response; unread: boolean }> {
  if (!req.url?.startsWith('/')) return { response: serverProblem('NOT_FOUND', 'The API answers paths starting with "/".'), unread: false };
  const read = await readRequest(req, environment, limits);
  if (read.kind === 'unsupported-method') {
    return { response: serverProblem('NOT_FOUND', `The API has no ${read.method} operation.`), unread: false };
  }
  if (read.kind === 'body-timeout') {
    const detail = `The request body did not arrive within ${limits.bodyTimeoutMs / 1000} s (${read.received} bytes received).`;
    return { response: serverProblem('VALIDATION_FAILED', detail, '/body'), unread: true };
  }
  // mock.handle, not msw's getResponse: msw's path matcher throws "URI malformed" on `%zz`.
  return { response: await mock.handle(read.request), unread: !read.complete };
}

async function answer(
  mock: AtenderMock,
  environment: Environment,
  req: IncomingMessage,
  res: ServerResponse,
  limits: ReadLimits,
): Promise<void> {
  try {
    const { response, unread } = await respond(mock, environment, req, limits);
    await send(res, response, unread ? req : undefined);
  } catch (error) {
    // Not reached by any known input; if it is, the client still gets a problem, never a hang.
    const reason = error instanceof Error ? error.message : String(error);
    if (res.headersSent) res.destroy();
    else await send(res, serverProblem('INTERNAL_ERROR', `The sandbox server failed: ${reason}`), req).catch(() => res.destroy());
  }
}

/** Node answers a request it cannot parse with a bare 400; answer a problem body instead. */
function onClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A request already answered (its body being discarded) gets no second answer.
  if (!socket.writable || error.code === 'ECONNRESET' || draining.has(socket)) {
    socket.destroy();
    return;
  }
  const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
  const detail = timedOut ? 'The request did not arrive in time.' : `The request is not valid HTTP/1.1 (${error.code ?? 'parse error'}).`;
  rawProblem('VALIDATION_FAILED', detail).then(
    (bytes) => socket.end(bytes),
    () => socket.destroy(),
  );
}

function createApiServer(mock: AtenderMock, environment: Environment, limits: ReadLimits, timeouts: Timeouts): Server {
  const server = createServer(
    // Checked every half second, so both timeouts hold to about that (node's default interval is 30 s).
    { headersTimeout: timeouts.headersTimeoutMs, requestTimeout: timeouts.requestTimeoutMs, connectionsCheckingInterval: 500 },
    (req, res) => void answer(mock, environment, req, res, limits),
  );
  server.on('clientError', onClientError);
  // CONNECT never reaches the request handler; without this listener node drops the socket unanswered.
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    rawProblem('NOT_FOUND', 'The API has no CONNECT operation.').then(
      (bytes) => socket.end(bytes),
      () => socket.destroy(),
    );
  });
  return server;
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
 * host and a loopback server has one host. Requests are answered by `mock.handle`, the same
 * pipeline msw's handlers run, so the HTTP server and the in-process mock behave the same. Every
 * answer, including to unparseable requests, stalled bodies and unknown methods, is a problem
 * with `X-Request-Id` (or the operation's own answer), within the configured timeouts.
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
  const limits: ReadLimits = { maxBodyBytes: MAX_BODY_BYTES, bodyTimeoutMs: options.bodyTimeoutMs ?? 10_000 };
  const timeouts: Timeouts = { headersTimeoutMs: options.headersTimeoutMs ?? 10_000, requestTimeoutMs: options.requestTimeoutMs ?? 30_000 };
  const sandbox = createApiServer(mock, 'sandbox', limits, timeouts);
  const production = createApiServer(mock, 'production', limits, timeouts);
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
