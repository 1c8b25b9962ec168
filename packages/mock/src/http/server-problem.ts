/**
 * Problems the HTTP server answers by itself, before or around the pipeline: framing errors,
 * bodies that never arrive, methods `fetch` cannot represent, a failure of the mock. Built from
 * the same problem and response code as the pipeline's, so they have the same shape and headers.
 */
import type { ErrorCode } from '@atender/contract';
import { randomBase62 } from '../core/prng.js';
import { problemResult, refuse } from '../core/problem.js';
import { toResponse } from '../core/response.js';

/** A fresh request id, in the pipeline's format. */
export const newRequestId = (): string => `req_${randomBase62(16)}`;

/** A problem answer with `X-Request-Id`; `errors` is added for `VALIDATION_FAILED`, which the spec requires it on. */
export function serverProblem(code: ErrorCode, detail: string, path = '/'): Response {
  const requestId = newRequestId();
  const extensions = code === 'VALIDATION_FAILED' ? { errors: [{ path, message: detail }] } : undefined;
  return toResponse(problemResult(refuse(code, detail, { extensions }), requestId), { requestId, cors: {} });
}

/**
 * The same answer as raw HTTP/1.1 bytes, for a socket that has no `ServerResponse` (node's
 * `clientError` event). The connection is closed after it: after a framing error the stream
 * cannot be trusted to find the next request.
 */
export async function rawProblem(code: ErrorCode, detail: string): Promise<string> {
  const response = serverProblem(code, detail);
  const body = await response.text();
  const lines = [`HTTP/1.1 ${response.status} ${response.status === 400 ? 'Bad Request' : 'Error'}`];
  for (const [name, value] of response.headers) lines.push(`${name}: ${value}`);
  lines.push(`content-length: ${Buffer.byteLength(body)}`, 'connection: close');
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}
