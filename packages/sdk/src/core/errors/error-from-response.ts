import {
  type ErrorCode,
  type FieldError,
  isScope,
  type PERMISSION_ERROR_CODES,
  parseRateLimitHeaders,
  parseRetryAfter,
  type Scope,
} from '@atender/contract';
import { boundedCount, boundedDate, boundedWaitMs, clipText, MAX_FIELD_LENGTH, MAX_ID_LENGTH } from '../../internal/bounds.js';
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

/** Header lookup over the redacted copy of the headers: builders never see a raw header. */
interface HeaderSource {
  get(name: string): string | null;
}

function headerSource(headers: Readonly<Record<string, string>>): HeaderSource {
  return { get: (name) => (Object.hasOwn(headers, name.toLowerCase()) ? (headers[name.toLowerCase()] ?? null) : null) };
}

type Build = (init: ApiErrorInit, json: Readonly<Record<string, unknown>>, headers: HeaderSource) => AnyApiError;

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

/** A documented code: the table above is complete, so it is the list (no second copy in the bundle). */
function isKnownCode(code: string | null): code is ErrorCode {
  return code !== null && Object.hasOwn(BY_CODE, code);
}

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
 * give the class of their status and a message saying what arrived. Everything that came from
 * the network (status text, headers, body text, keys and values) is redacted before it is read,
 * so no field of the error can hold a credential a server echoed.
 */
export function errorFromSnapshot(snapshot: ResponseSnapshot, options: ErrorFromResponseOptions = {}): AnyApiError {
  const secrets = options.secrets ?? [];
  const headers = redactHeaders(snapshot.headers, secrets);
  const source = headerSource(headers);
  // The whole text first: an excerpt of a body that is not JSON may cut an echoed key in half.
  const parsed = parseErrorBody(redactText(snapshot.bodyText, secrets), source.get('content-type'));
  const json = (redactValue(parsed.json, secrets) ?? {}) as Readonly<Record<string, unknown>>;
  const text = (value: unknown, max = MAX_FIELD_LENGTH): string | undefined =>
    typeof value === 'string' && value !== '' ? clipText(value, max) : undefined;
  const rawCode = text(json.code, MAX_ID_LENGTH) ?? null;
  const code = isKnownCode(rawCode) ? rawCode : null;
  const statusText = text(redactText(snapshot.statusText ?? '', secrets));
  const receivedAt = snapshot.receivedAt;
  const init: ApiErrorInit = {
    status: snapshot.status,
    code,
    rawCode,
    // `title` is required in every problem (the spec's Problem schema); without one, the status line says most.
    title: text(json.title) ?? statusText ?? `HTTP ${snapshot.status}`,
    detail: text(json.detail) ?? text(parsed.summary),
    requestId: text(source.get('x-request-id'), MAX_ID_LENGTH) ?? text(json.requestId, MAX_ID_LENGTH),
    headers,
    body: parsed.json ? json : parsed.text,
    method: snapshot.method,
    url: redactText(snapshot.url, secrets),
    receivedAt: typeof receivedAt === 'number' && Number.isFinite(receivedAt) ? receivedAt : Date.now(),
  };
  return (code ? BY_CODE[code] : byStatus(snapshot.status))(init, json, source);
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

function rateLimitError(init: ApiErrorInit, json: Readonly<Record<string, unknown>>, headers: HeaderSource): RateLimitError {
  const info = parseRateLimitHeaders(headers);
  const seconds = (value: unknown) => (typeof value === 'number' ? boundedWaitMs(value * 1000) : undefined);
  const resetMs = seconds(info.resetSeconds);
  const retryAfterMs =
    boundedWaitMs(parseRetryAfter(headers.get('retry-after'), init.receivedAt)) ?? seconds(json.retryAfterSeconds) ?? resetMs;
  const window = typeof json.window === 'string' && json.window !== '' ? json.window : info.policy;
  return new RateLimitError(init, {
    retryAfterMs,
    window: window === undefined ? undefined : clipText(window, MAX_ID_LENGTH),
    limit: boundedCount(json.limit) ?? boundedCount(info.limit),
    remaining: boundedCount(info.remaining) ?? (init.status === 429 ? 0 : undefined),
    resetAt: boundedDate(init.receivedAt, resetMs ?? retryAfterMs),
  });
}

function scopeList(value: unknown): Scope[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is Scope => isScope(item)) : undefined;
}

/** The body's scope lists, else the `scope="…"` of the RFC 6750 challenge. */
function scopesOf(json: Readonly<Record<string, unknown>>, headers: HeaderSource) {
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
