/** Turns the last attempt's outcome into the typed error the caller sees. */
import { redactText, sanitizeCause } from '../internal/redact.js';
import type { AttemptResult } from './attempt.js';
import type { PreparedRequest } from './build-request.js';
import { AbortError, ConnectionError, TimeoutError } from './errors/client-errors.js';
import { type AnyApiError, errorFromSnapshot } from './errors/error-from-response.js';
import { describeNetworkFailure } from './errors/network-cause.js';

/** The timeouts in force, for the message of a TimeoutError. */
export interface TimeoutLimits {
  readonly timeout: number;
  readonly totalTimeout: number;
}

/** The error of an attempt that did not succeed; every string in it is redacted. */
export function toError(
  result: AttemptResult,
  request: PreparedRequest,
  limits: TimeoutLimits,
  secrets: readonly string[],
): AnyApiError | ConnectionError | TimeoutError | AbortError {
  const target = { method: request.method, url: redactText(request.url, secrets) };
  if (result.kind === 'response') {
    // A 2xx never reaches here; a snapshot exists for every other status.
    const snapshot = result.snapshot ?? { ...target, status: result.response.status, headers: result.response.headers, bodyText: '' };
    return errorFromSnapshot(snapshot, { secrets });
  }
  const cause = sanitizeCause(result.cause, secrets);
  if (result.kind === 'attempt-timeout') return new TimeoutError(target, 'attempt', limits.timeout, { cause });
  if (result.kind === 'total-timeout') return new TimeoutError(target, 'total', limits.totalTimeout, { cause });
  if (result.kind === 'aborted') return new AbortError(target, { cause });
  return new ConnectionError(`${target.method} ${target.url} got no answer (${describeNetworkFailure(cause)}).`, target, { cause });
}
