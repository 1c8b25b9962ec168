/**
 * Every request the tests make goes through `api()`: it fetches, then checks the answer against
 * the spec with the same validator the mock uses (`validateResponse`), and fails the test on
 * any mismatch, so no test can pass on an answer the spec does not declare.
 */
import { findOperation } from '@atender/contract';
import { validateProblem, validateResponse } from '../../src/index.js';

// biome-ignore lint/suspicious/noExplicitAny: test bodies are read field by field; the spec check already vouched for their shape.
type AnyJson = any;

/** An answer, already checked against the spec. */
export interface CheckedAnswer<T = AnyJson> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/** Options of one call. */
export interface CallOptions {
  /** Sent as `Authorization: Bearer …`. */
  readonly key?: string;
  readonly body?: unknown;
  /** A raw body, sent as is (for bad JSON, oversize bodies). */
  readonly rawBody?: string | Uint8Array;
  readonly headers?: Record<string, string>;
  /** Base URL. @default 'https://sandbox.atender.io' */
  readonly base?: string;
}

/** Asserts the common headers and the spec conformance of one answer; throws on a mismatch. */
export function checkAnswer(method: string, url: string, status: number, body: unknown, headers: Headers): void {
  const problems: string[] = [];
  if (!headers.get('x-request-id')?.startsWith('req_')) problems.push('no X-Request-Id');
  if (status === 401 && !headers.get('www-authenticate')?.startsWith('Bearer realm="atender"'))
    problems.push('401 without WWW-Authenticate');
  if (status === 429 && !/^\d+$/.test(headers.get('retry-after') ?? '')) problems.push('429 without integer Retry-After');
  const operation = findOperation(method, new URL(url).pathname);
  const verdict = operation ? validateResponse(operation.operationId, status, body, headers) : validateProblem(body);
  if (!verdict.ok) problems.push(...verdict.errors);
  if (problems.length > 0) {
    throw new Error(`${method} ${url} → ${status} does not conform:\n  ${problems.join('\n  ')}\nbody: ${JSON.stringify(body)}`);
  }
}

/** Fetches and checks; the body is parsed JSON (or undefined when empty). */
export async function api<T = AnyJson>(method: string, path: string, options: CallOptions = {}): Promise<CheckedAnswer<T>> {
  const url = `${options.base ?? 'https://sandbox.atender.io'}${path}`;
  const headers: Record<string, string> = { ...options.headers };
  if (options.key !== undefined) headers.Authorization = `Bearer ${options.key}`;
  let body: RequestInit['body'];
  if (options.rawBody !== undefined) body = options.rawBody as RequestInit['body'];
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  const parsed: unknown = text === '' ? undefined : JSON.parse(text);
  checkAnswer(method, url, response.status, parsed, response.headers);
  return { status: response.status, body: parsed as T, headers: response.headers };
}
