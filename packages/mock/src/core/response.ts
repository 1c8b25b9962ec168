import { asciiHeaderValue } from './header-value.js';
import { PROBLEM_CONTENT_TYPE } from './problem.js';
import type { HandlerResult } from './types.js';

/** Headers every answer of one request carries besides the result's own. */
export interface CommonHeaders {
  readonly requestId: string;
  /** The rate-limit headers, once the key is known (401s carry none, as the spec declares). */
  readonly rateLimit?: Readonly<Record<string, string>>;
  readonly cors: Readonly<Record<string, string>>;
  readonly extra?: Readonly<Record<string, string>>;
}

/** Turns a handler result into a `Response` with the common headers and the right content type. */
export function toResponse(result: HandlerResult, common: CommonHeaders): Response {
  const headers = new Headers();
  const set = (values: Readonly<Record<string, string>> | undefined): void => {
    for (const [name, value] of Object.entries(values ?? {})) headers.set(name, asciiHeaderValue(value));
  };
  set(common.cors);
  set(common.rateLimit);
  set(result.headers);
  set(common.extra);
  headers.set('X-Request-Id', common.requestId);
  if (result.body === undefined) return new Response(null, { status: result.status, headers });
  if (!headers.has('content-type')) headers.set('Content-Type', result.status >= 400 ? PROBLEM_CONTENT_TYPE : 'application/json');
  return new Response(JSON.stringify(result.body), { status: result.status, headers });
}
