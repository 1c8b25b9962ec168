import type { AuthenticationErrorCode, FieldError, ServerErrorCode } from '@atender/contract';
import { ApiError, type ApiErrorInit } from './api-error.js';

/** 401: no usable credential (missing, malformed, unknown, revoked, expired, inactive, suspended tenant). */
export class AuthenticationError<C extends AuthenticationErrorCode | null = AuthenticationErrorCode | null> extends ApiError<C> {
  static override readonly errorName: string = 'AuthenticationError';
}

/** 400 `VALIDATION_FAILED`: the request does not match the schema. */
export class ValidationError extends ApiError<'VALIDATION_FAILED' | null> {
  static override readonly errorName: string = 'ValidationError';
  /** One entry per offending field; empty when the body named none. */
  readonly errors: readonly FieldError[];

  constructor(init: ApiErrorInit, errors: readonly FieldError[]) {
    super(init);
    this.errors = errors;
  }
}

/** 404 `NOT_FOUND`; also another tenant's id, so ids cannot be probed. */
export class NotFoundError extends ApiError<'NOT_FOUND' | null> {
  static override readonly errorName: string = 'NotFoundError';
}

/** 409: the request conflicts with the resource's state. */
export class ConflictError<C extends 'CONFLICT' | 'IDEMPOTENCY_KEY_REUSED' | null = 'CONFLICT' | null> extends ApiError<C> {
  static override readonly errorName: string = 'ConflictError';
}

/** 409 `IDEMPOTENCY_KEY_REUSED`: the same `Idempotency-Key` was sent with another body. */
export class IdempotencyKeyReusedError extends ConflictError<'IDEMPOTENCY_KEY_REUSED'> {
  static override readonly errorName: string = 'IdempotencyKeyReusedError';
}

/** 413 `PAYLOAD_TOO_LARGE`. */
export class PayloadTooLargeError extends ApiError<'PAYLOAD_TOO_LARGE' | null> {
  static override readonly errorName: string = 'PayloadTooLargeError';
}

/** 5xx: the server (or a proxy in front of it) failed; `code` is `null` for a proxy's HTML page. */
export class ServerError extends ApiError<ServerErrorCode | null> {
  static override readonly errorName: string = 'ServerError';
}
