/**
 * RFC 9457 problem bodies, built in this one place so every refusal of the pipeline and every
 * error a handler answers has the same shape, the right status, the right `WWW-Authenticate`.
 */
import { ERROR_STATUS, ERROR_TITLES, type ErrorCode } from '@atender/contract';
import type { HandlerResult } from './types.js';

/** The media type of every error answer. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The realm named in every `WWW-Authenticate` challenge. */
const REALM = 'atender';

/** Why a request is refused, before it is given a request id and turned into a response. */
export interface Refusal {
  readonly code: ErrorCode;
  /** Human-readable and specific; never contains the credential. */
  readonly detail: string;
  /** Per-code members: `errors`, `requiredScopes`/`grantedScopes`, `window`/`limit`/`retryAfterSeconds`. */
  readonly extensions?: Readonly<Record<string, unknown>>;
  /** Headers the refusal needs besides the common ones (e.g. `Retry-After`). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The body of every error answer. */
export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: ErrorCode;
  readonly detail: string;
  readonly requestId: string;
  readonly [extension: string]: unknown;
}

/**
 * Builds a refusal.
 *
 * @example
 * refuse('API_KEY_REVOKED', 'This key was revoked on 2026-01-03.');
 */
export function refuse(code: ErrorCode, detail: string, extras: Omit<Refusal, 'code' | 'detail'> = {}): Refusal {
  return { code, detail, ...extras };
}

/** The documentation URL of a code, used as the problem `type`: `API_KEY_MISSING` → `…/errors/api-key-missing`. */
export function problemType(code: ErrorCode): string {
  return `https://docs.atender.io/errors/${code.toLowerCase().replaceAll('_', '-')}`;
}

/** An RFC 6750 quoted-string may not hold `"` or `\`; details are ours, but stay safe. */
function quoted(text: string): string {
  return `"${text.replace(/["\\]/g, "'")}"`;
}

/**
 * The `WWW-Authenticate` challenge a code needs, if any. RFC 6750 §3.1: a request without any
 * credential gets the bare challenge, with no error code.
 */
export function challengeFor(refusal: Refusal): string | undefined {
  const status = ERROR_STATUS[refusal.code];
  if (refusal.code === 'API_KEY_MISSING') return `Bearer realm="${REALM}"`;
  if (status === 401) {
    return `Bearer realm="${REALM}", error="invalid_token", error_description=${quoted(refusal.detail)}`;
  }
  if (refusal.code === 'INSUFFICIENT_SCOPE') {
    const required = refusal.extensions?.requiredScopes;
    const scope = Array.isArray(required) ? required.join(' ') : '';
    return `Bearer realm="${REALM}", error="insufficient_scope", scope=${quoted(scope)}`;
  }
  return undefined;
}

/** The body of a refusal, with the request id it is answered under and the path it concerns. */
export function problemBody(refusal: Refusal, requestId: string, instance?: string): ProblemBody {
  return {
    ...refusal.extensions,
    type: problemType(refusal.code),
    title: ERROR_TITLES[refusal.code],
    status: ERROR_STATUS[refusal.code],
    code: refusal.code,
    detail: refusal.detail,
    ...(instance === undefined ? {} : { instance }),
    requestId,
  };
}

/** A refusal as a handler result: status, problem body, content type and challenge header. */
export function problemResult(refusal: Refusal, requestId: string, instance?: string): HandlerResult {
  const challenge = challengeFor(refusal);
  return {
    status: ERROR_STATUS[refusal.code],
    body: problemBody(refusal, requestId, instance),
    headers: {
      'Content-Type': PROBLEM_CONTENT_TYPE,
      ...(challenge === undefined ? {} : { 'WWW-Authenticate': challenge }),
      ...refusal.headers,
    },
  };
}
