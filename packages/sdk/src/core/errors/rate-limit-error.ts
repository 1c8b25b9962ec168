import { ApiError, type ApiErrorInit } from './api-error.js';

/** The rate-limit facts of a 429. */
export interface RateLimitDetails {
  /** How long to wait before the budget allows another call; `undefined` if the server did not say. */
  readonly retryAfterMs: number | undefined;
  /** The window that is spent: `minute`, `day`, or another policy name. */
  readonly window: string | undefined;
  /** Requests allowed per window. */
  readonly limit: number | undefined;
  /** Requests left in the window (0 on a 429 unless the server said otherwise). */
  readonly remaining: number | undefined;
  /** When the window resets. */
  readonly resetAt: Date | undefined;
}

/** 429 `RATE_LIMITED`: the budget of a window is spent; nothing was processed. */
export class RateLimitError extends ApiError<'RATE_LIMITED' | null> implements RateLimitDetails {
  static override readonly errorName: string = 'RateLimitError';
  readonly retryAfterMs: number | undefined;
  readonly window: string | undefined;
  readonly limit: number | undefined;
  readonly remaining: number | undefined;
  readonly resetAt: Date | undefined;

  constructor(init: ApiErrorInit, details: RateLimitDetails) {
    super(init);
    this.retryAfterMs = details.retryAfterMs;
    this.window = details.window;
    this.limit = details.limit;
    this.remaining = details.remaining;
    this.resetAt = details.resetAt;
  }
}
