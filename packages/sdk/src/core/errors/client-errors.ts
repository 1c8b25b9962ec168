import { AtenderError, type AtenderErrorOptions } from './atender-error.js';

/**
 * The client was configured so that no request can succeed: a malformed or missing credential,
 * a key for the other environment, a secret key in a browser, a publishable key on a
 * non-widget endpoint. Thrown before any request; the message never contains the credential.
 */
export class ConfigurationError extends AtenderError {
  static override readonly errorName: string = 'ConfigurationError';
  readonly code = 'CONFIGURATION_ERROR' as const;
}

/** Where the request was going when it failed without an answer. */
export interface RequestTarget {
  readonly method: string;
  /** The URL without credentials. */
  readonly url: string;
}

/** No answer arrived: DNS, TCP, TLS or a dropped connection. */
export class ConnectionError extends AtenderError {
  static override readonly errorName: string = 'ConnectionError';
  readonly code = 'CONNECTION_ERROR' as const;
  readonly method: string;
  readonly url: string;

  constructor(message: string, target: RequestTarget, options?: AtenderErrorOptions) {
    super(message, options);
    this.method = target.method;
    this.url = target.url;
  }
}

/** Which clock ran out: one attempt's `timeout` or the call's `totalTimeout` across retries. */
export type TimeoutScope = 'attempt' | 'total';

/** The answer took too long: one attempt (`timeout`) or the whole call with its retries (`totalTimeout`). */
export class TimeoutError extends AtenderError {
  static override readonly errorName: string = 'TimeoutError';
  readonly code = 'TIMEOUT' as const;
  readonly method: string;
  readonly url: string;
  readonly scope: TimeoutScope;
  readonly timeoutMs: number;

  constructor(target: RequestTarget, scope: TimeoutScope, timeoutMs: number, options?: AtenderErrorOptions) {
    const what = scope === 'total' ? 'in total, retries included' : 'for one attempt';
    super(`${target.method} ${target.url} took longer than ${timeoutMs} ms ${what}.`, options);
    this.method = target.method;
    this.url = target.url;
    this.scope = scope;
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `AbortSignal` aborted the call (while sending, waiting to retry or paced). */
export class AbortError extends AtenderError {
  static override readonly errorName: string = 'AbortError';
  readonly code = 'ABORTED' as const;
  readonly method: string;
  readonly url: string;

  constructor(target: RequestTarget, options?: AtenderErrorOptions) {
    super(`${target.method} ${target.url} was aborted by the caller.`, options);
    this.method = target.method;
    this.url = target.url;
  }
}

/**
 * A list answered a `nextCursor` it had already answered: following it would loop forever, so
 * the walk stops instead of hanging a script. The pages read so far were already yielded.
 */
export class PaginationLoopError extends AtenderError {
  static override readonly errorName: string = 'PaginationLoopError';
  readonly code = 'PAGINATION_LOOP' as const;
  readonly method: string;
  readonly url: string;

  constructor(target: RequestTarget, options?: AtenderErrorOptions) {
    super(`${target.method} ${target.url} answered a nextCursor it had already answered; stopped instead of looping.`, options);
    this.method = target.method;
    this.url = target.url;
  }
}
