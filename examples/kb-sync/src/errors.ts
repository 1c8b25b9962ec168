/**
 * One line for a failed call, good enough for a summary table: the error code, the server's
 * detail, and for validation failures which field was wrong.
 */
import { AtenderError, ValidationError } from '@atender/sdk';

/** Renders any thrown value as a one-line reason. */
export function describeError(error: unknown): string {
  // The static `is` checks survive two copies of the SDK being loaded, unlike `instanceof`.
  if (ValidationError.is(error) && error.errors.length > 0) {
    return `${error.code ?? 'VALIDATION_FAILED'}: ${error.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`;
  }
  if (AtenderError.is(error)) return error.code ? `${error.code}: ${error.message}` : error.message;
  return error instanceof Error ? error.message : String(error);
}
