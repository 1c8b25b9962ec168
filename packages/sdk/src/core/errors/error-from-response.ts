import {
  ERROR_TITLES,
  type ErrorCode,
  type FieldError,
  isErrorCode,
  isScope,
  type PERMISSION_ERROR_CODES,
  parseRateLimitHeaders,
  parseRetryAfter,
  type Scope,
} from '@atender/contract';
import { redactHeaders, redactText, redactValue } from '../../internal/redact.js';
import { ApiError, type ApiErrorInit } from './api-error.js';
import { parseErrorBody } from './parse-error-body.js';
import {
  EndpointNotPublicError,
  EndpointReservedError,
  EnvironmentMismatchError,
  InsufficientScopeError,
  IpNotAllowedError,
  OriginNotAllowedError,
  PermissionError,
} from './permission-errors.js';
import { RateLimitError } from './rate-limit-error.js';
import {
  AuthenticationError,
  ConflictError,
  IdempotencyKeyReusedError,
  NotFoundError,
  PayloadTooLargeError,
  ServerError,
  ValidationError,
} from './status-errors.js';

/** A non-2xx answer as the transport captured it: the body already read as text. */
export interface ResponseSnapshot {
  readonly status: number;
  readonly statusText?: string;
  readonly headers: Headers;
  readonly bodyText: string;
  readonly method: string;
  readonly url: string;
  /** Milliseconds since the epoch; defaults to now. */
  readonly receivedAt?: number;
}

/** Options of {@link errorFromResponse}. */
export interface ErrorFromResponseOptions {
  /** Exact credential strings to blank out wherever they appear (on top of pattern redaction). */
  readonly secrets?: readonly string[];
}

/** Every error class {@link errorFromResponse} can return, discriminable by `code`. */
export type AnyApiError =
  | ApiError<null>
  | ValidationError
  | AuthenticationError
  | PermissionError<null>
  | InsufficientScopeError
  | EndpointNotPublicError
  | EndpointReservedError
  | EnvironmentMismatchError
  | IpNotAllowedError
  | OriginNotAllowedError
  | NotFoundError
  | ConflictError
  | IdempotencyKeyReusedError
  | PayloadTooLargeError
  | RateLimitError
  | ServerError;

type Build = (init: ApiErrorInit, json: Readonly<Record<string, unknown>>, headers: Headers) => AnyApiError;

const PERMISSION_CLASSES = {
  INSUFFICIENT_SCOPE: (init, json, headers) => new InsufficientScopeError(init, scopesOf(json, headers)),
  ENDPOINT_NOT_PUBLIC: (init) => new EndpointNotPublicError(init),
  ENDPOINT_RESERVED: (init) => new EndpointReservedError(init),
  ENVIRONMENT_MISMATCH: (init) => new EnvironmentMismatchError(init),
  IP_NOT_ALLOWED: (init) => new IpNotAllowedError(init),
  ORIGIN_NOT_ALLOWED: (init) => new OriginNotAllowedError(init),
} as const satisfies Record<(typeof PERMISSION_ERROR_CODES)[number], Build>;

const authentication: Build = (init) => new AuthenticationError(init);
const server: Build = (init) => new ServerError(init);

// A complete record: a code added to the spec fails to compile here until it has its class.
const BY_CODE: Readonly<Record<ErrorCode, Build>> = {
  VALIDATION_FAILED: (init, json) => new ValidationError(init, fieldErrorsOf(json)),
  API_KEY_MISSING: authentication,
  API_KEY_MALFORMED: authentication,
  API_KEY_INVALID: authentication,
  API_KEY_REVOKED: authentication,
  API_KEY_EXPIRED: authentication,
  API_KEY_INACTIVE: authentication,
  TOKEN_INVALID: authentication,
  TOKEN_EXPIRED: authentication,
  TENANT_SUSPENDED: authentication,
  ...PERMISSION_CLASSES,
  NOT_FOUND: (init) => new NotFoundError(init),
  CONFLICT: (init) => new ConflictError<'CONFLICT' | null>(init),
  IDEMPOTENCY_KEY_REUSED: (init) => new IdempotencyKeyReusedError(init),
  PAYLOAD_TOO_LARGE: (init) => new PayloadTooLargeError(init),
  RATE_LIMITED: (init, json, headers) => rateLimitError(init, json, headers),
  INTERNAL_ERROR: server,
  SERVICE_UNAVAILABLE: server,
};

/** The class for a status when the body carries no known code. */
function byStatus(status: number): Build {
  if (status === 400) return (init, json) => new ValidationError(init, fieldErrorsOf(json));
  if (status === 401) return (init) => new AuthenticationError(init);
  if (status === 403) return (init) => new PermissionError(init) as PermissionError<null>;
  if (status === 404) return (init) => new NotFoundError(init);
  if (status === 409) return (init) => new ConflictError<'CONFLICT' | null>(init);
  if (status === 413) return (init) => new PayloadTooLargeError(init);
  if (status === 429) return rateLimitError;
  if (status >= 500) return (init) => new ServerError(init);
  return (init) => new ApiError(init) as ApiError<null>;
}

/**
 * Builds the typed error for a non-2xx answer: class by documented `code` first, by status
 * second. Bodies that are not problem JSON (a proxy's HTML, an empty or truncated body) still
 * give the class of their status and a message saying what arrived.
 */
export function errorFromSnapshot(snapshot: ResponseSnapshot, options: ErrorFromResponseOptions = {}): AnyApiError {
  const secrets = options.secrets ?? [];
  const parsed = parseErrorBody(snapshot.bodyText, snapshot.headers.get('content-type'));
  const json = parsed.json ?? {};
  const rawCode = typeof json.code === 'string' ? redactText(json.code, secrets) : null;
  const code = isErrorCode(rawCode) ? rawCode : null;
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? redactText(value, secrets) : undefined);
  const init: ApiErrorInit = {
    status: snapshot.status,
    code,
    rawCode,
    title: text(json.title) ?? (code ? ERROR_TITLES[code] : undefined) ?? (snapshot.statusText || `HTTP ${snapshot.status}`),
    detail: text(json.detail) ?? (parsed.summary === undefined ? undefined : redactText(parsed.summary, secrets)),
    requestId: snapshot.headers.get('x-request-id') ?? text(json.requestId),
    headers: redactHeaders(snapshot.headers, secrets),
    body: redactValue(parsed.json ?? parsed.text, secrets),
    method: snapshot.method,
    url: redactText(snapshot.url, secrets),
    receivedAt: snapshot.receivedAt ?? Date.now(),
  };
  return (code ? BY_CODE[code] : byStatus(snapshot.status))(init, json, snapshot.headers);
}

/**
 * Reads a non-2xx `Response` into its typed error (consumes the body).
 *
 * @example
 * const response = await fetch(url, init);
 * if (!response.ok) throw await errorFromResponse(response, { method: 'GET', url });
 */
export async function errorFromResponse(
  response: Response,
  request: { readonly method: string; readonly url: string },
  options: ErrorFromResponseOptions = {},
): Promise<AnyApiError> {
  const bodyText = await response.text().catch(() => '');
  const snapshot = { status: response.status, statusText: response.statusText, headers: response.headers, bodyText, ...request };
  return errorFromSnapshot(snapshot, options);
}

function rateLimitError(init: ApiErrorInit, json: Readonly<Record<string, unknown>>, headers: Headers): RateLimitError {
  const info = parseRateLimitHeaders(headers);
  const bodyRetry = typeof json.retryAfterSeconds === 'number' ? json.retryAfterSeconds * 1000 : undefined;
  const resetMs = info.resetSeconds === undefined ? undefined : info.resetSeconds * 1000;
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'), init.receivedAt) ?? bodyRetry ?? resetMs;
  const untilReset = resetMs ?? retryAfterMs;
  return new RateLimitError(init, {
    retryAfterMs,
    window: (typeof json.window === 'string' ? json.window : undefined) ?? info.policy,
    limit: (typeof json.limit === 'number' ? json.limit : undefined) ?? info.limit,
    remaining: info.remaining ?? (init.status === 429 ? 0 : undefined),
    resetAt: untilReset === undefined ? undefined : new Date(init.receivedAt + untilReset),
  });
}

function scopeList(value: unknown): Scope[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is Scope => isScope(item)) : undefined;
}

/** The body's scope lists, else the `scope="…"` of the RFC 6750 challenge. */
function scopesOf(json: Readonly<Record<string, unknown>>, headers: Headers) {
  const challenge = /scope="([^"]*)"/.exec(headers.get('www-authenticate') ?? '')?.[1];
  return {
    requiredScopes: scopeList(json.requiredScopes) ?? scopeList(challenge?.split(/\s+/)) ?? [],
    grantedScopes: scopeList(json.grantedScopes) ?? [],
  };
}

function fieldErrorsOf(json: Readonly<Record<string, unknown>>): FieldError[] {
  if (!Array.isArray(json.errors)) return [];
  return json.errors.filter(
    (item): item is FieldError =>
      typeof item === 'object' && item !== null && typeof item.path === 'string' && typeof item.message === 'string',
  );
}
