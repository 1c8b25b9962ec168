/**
 * How a run ends badly: a refusal (bad input, a key without the scopes) before any report is
 * fetched is exit code 2; an API error while fetching is exit code 1 and keeps the SDK's typed
 * error, whose message and code say what the server refused.
 */
import { AtenderError, ValidationError } from '@atender/sdk';

/** A run refused before fetching anything: bad dates, a bad flag, missing scopes. Exit code 2. */
export class RefusalError extends Error {
  override readonly name = 'RefusalError';
  readonly exitCode = 2 as const;
}

/** Renders any thrown value as a one-line reason, with the error code when the API gave one. */
export function describeError(error: unknown): string {
  // The static `is` checks survive two copies of the SDK being loaded, unlike `instanceof`.
  if (ValidationError.is(error) && error.errors.length > 0) {
    return `${error.code ?? 'VALIDATION_FAILED'}: ${error.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`;
  }
  if (AtenderError.is(error)) return error.code ? `${error.name} ${error.code}: ${error.message}` : `${error.name}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** The exit code for a thrown value: 2 for a refusal, 1 for anything else. */
export function exitCodeOf(error: unknown): 1 | 2 {
  return error instanceof RefusalError ? 2 : 1;
}
