/**
 * Whether a failed attempt is retried. A ladder of guard clauses, each with its reason, decided
 * on raw facts (status, headers, method), never on the typed error: typed errors are built once
 * the retries are over (see docs/decisions/retry-policy.md).
 */

/** Why a retry happens; reported to `onRetry`. */
export type RetryReason =
  | 'rate-limited'
  | 'server-error'
  | 'request-timeout'
  | 'attempt-timeout'
  | 'network-error'
  | 'server-requested'
  | 'token-expired';

/** What one attempt ended with, as far as the policy cares. */
export type AttemptOutcome =
  | { readonly kind: 'response'; readonly status: number; readonly headers: { get(name: string): string | null } }
  | { readonly kind: 'network-error' }
  | { readonly kind: 'attempt-timeout' }
  | { readonly kind: 'aborted' }
  | { readonly kind: 'total-timeout' };

/** The call the attempt belongs to. */
export interface RetryContext {
  readonly method: string;
  /** Whether the request carries an `Idempotency-Key`, which makes a POST safe to repeat. */
  readonly hasIdempotencyKey: boolean;
  readonly retriesDone: number;
  readonly maxRetries: number;
}

/** The verdict, with a reason for logs either way. */
export type RetryDecision = { readonly retry: true; readonly reason: RetryReason } | { readonly retry: false; readonly reason: string };

// RFC 9110 §9.2.2: repeating these has the same effect as sending them once.
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

const yes = (reason: RetryReason): RetryDecision => ({ retry: true, reason });
const no = (reason: string): RetryDecision => ({ retry: false, reason });

/**
 * Decides whether to retry one failed attempt.
 *
 * @example
 * decideRetry({ kind: 'response', status: 503, headers }, { method: 'GET', hasIdempotencyKey: false, retriesDone: 0, maxRetries: 2 });
 * // { retry: true, reason: 'server-error' }
 */
export function decideRetry(outcome: AttemptOutcome, context: RetryContext): RetryDecision {
  // The caller asked to stop; retrying would ignore them.
  if (outcome.kind === 'aborted') return no('aborted by the caller');
  // The whole call is out of time; another attempt could not finish either.
  if (outcome.kind === 'total-timeout') return no('total timeout reached');
  // The retry budget is spent.
  if (context.retriesDone >= context.maxRetries) return no(`no retries left (maxRetries: ${context.maxRetries})`);
  const shouldRetry = outcome.kind === 'response' ? outcome.headers.get('x-should-retry')?.trim().toLowerCase() : undefined;
  // The server knows whether the request took effect; its word beats our guesses.
  if (shouldRetry === 'false') return no('the server answered X-Should-Retry: false');
  if (shouldRetry === 'true') return yes('server-requested');
  // A 429 was refused before processing, so repeating it is always safe.
  if (outcome.kind === 'response' && outcome.status === 429) return yes('rate-limited');
  // Anything else may have taken effect: repeat only what is safe to repeat.
  const safe = IDEMPOTENT_METHODS.has(context.method.toUpperCase()) || context.hasIdempotencyKey;
  if (!safe) return no(`${context.method.toUpperCase()} without Idempotency-Key may have taken effect`);
  if (outcome.kind === 'network-error') return yes('network-error');
  if (outcome.kind === 'attempt-timeout') return yes('attempt-timeout');
  // 408: the server gave up waiting for the request; it was not processed.
  if (outcome.status === 408) return yes('request-timeout');
  // 501/505 say the server cannot do this at all; retrying will not change that.
  if (outcome.status === 501 || outcome.status === 505) return no(`status ${outcome.status} is permanent`);
  // Other 5xx are usually transient (deploys, overload, a proxy hiccup).
  if (outcome.status >= 500) return yes('server-error');
  return no(`status ${outcome.status} is not retryable`);
}
