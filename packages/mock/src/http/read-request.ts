/**
 * A `node:http` request as a Fetch `Request`, read with a size cap and a deadline: a client that
 * declares a body and never sends it, or sends more than the limit, cannot hold the server.
 */
import type { IncomingMessage } from 'node:http';
import { BASE_URLS, type Environment } from '@atender/contract';
import { isLoopback } from '../core/ip.js';

const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'expect']);
// Methods WHATWG fetch refuses to build a Request with; the API has no such operation anyway.
const UNREPRESENTABLE = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** What reading the request gave. */
export type ReadRequest =
  | { readonly kind: 'request'; readonly request: Request; readonly complete: boolean }
  | { readonly kind: 'unsupported-method'; readonly method: string }
  | { readonly kind: 'body-timeout'; readonly received: number };

/** How much and how long to read. */
export interface ReadLimits {
  readonly maxBodyBytes: number;
  readonly bodyTimeoutMs: number;
}

type Capped = { readonly bytes: Buffer | undefined; readonly complete: boolean } | { readonly timedOut: number };

/**
 * Reads at most `limit + 1` bytes (enough for the pipeline to answer 413) within the deadline.
 * `complete: false` when reading stopped early: the server discards the rest after its answer
 * (node.ts), within a time and size bound.
 */
function readCapped(req: IncomingMessage, limit: number, timeoutMs: number): Promise<Capped> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Capped): void => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onEnd).off('aborted', onEnd);
      req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) finish({ bytes: Buffer.concat(chunks).subarray(0, limit + 1), complete: false });
    };
    const onEnd = (): void => finish({ bytes: size === 0 ? undefined : Buffer.concat(chunks), complete: req.complete });
    const timer = setTimeout(() => finish({ timedOut: size }), timeoutMs);
    req.on('data', onData).on('end', onEnd).on('error', onEnd).on('aborted', onEnd);
  });
}

/** Builds the Fetch request the pipeline answers, as the API host of `environment` would see it. */
export async function readRequest(req: IncomingMessage, environment: Environment, limits: ReadLimits): Promise<ReadRequest> {
  const method = (req.method ?? 'GET').toUpperCase();
  if (UNREPRESENTABLE.has(method)) return { kind: 'unsupported-method', method };
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  // The pipeline trusts X-Forwarded-For only from loopback peers; anyone else is who the socket says.
  const peer = req.socket.remoteAddress ?? '127.0.0.1';
  if (!isLoopback(peer)) headers.set('x-forwarded-for', peer);
  const url = `${BASE_URLS[environment]}${req.url ?? '/'}`;
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  // Declared over the limit: answered 413 from the header alone, without waiting for bytes that may never come.
  const tooLarge = Number.isFinite(declared) && declared > limits.maxBodyBytes;
  // An unread GET body is drained by node after the answer; an oversize one is not worth waiting for.
  if (tooLarge || method === 'GET' || method === 'HEAD')
    return { kind: 'request', request: new Request(url, { method, headers }), complete: !tooLarge };
  const body = await readCapped(req, limits.maxBodyBytes, limits.bodyTimeoutMs);
  if ('timedOut' in body) return { kind: 'body-timeout', received: body.timedOut };
  const request = new Request(url, { method, headers, body: body.bytes ? new Uint8Array(body.bytes) : undefined });
  return { kind: 'request', request, complete: body.complete };
}
