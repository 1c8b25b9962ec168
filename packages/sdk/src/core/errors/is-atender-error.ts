import { AtenderError } from './atender-error.js';
import type { AbortError, ConfigurationError, ConnectionError, PaginationLoopError, TimeoutError } from './client-errors.js';
import type { AnyApiError } from './error-from-response.js';

/** Every error the SDK throws, as a union discriminable by `code` (and by `name`). */
export type AnyAtenderError = AnyApiError | ConfigurationError | ConnectionError | TimeoutError | AbortError | PaginationLoopError;

/**
 * Whether a value is an error thrown by the SDK (any copy of it), narrowed to the union so a
 * `switch (error.code)` narrows to the class.
 *
 * @example
 * if (isAtenderError(error) && error.code === 'RATE_LIMITED') console.log(error.retryAfterMs);
 */
export function isAtenderError(value: unknown): value is AnyAtenderError {
  return AtenderError.is(value);
}
