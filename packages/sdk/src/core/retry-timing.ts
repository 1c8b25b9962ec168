/**
 * How long to wait before a retry. Pure: every input (headers, clock, random source) is passed
 * in, so the timing is testable without timers. Header syntax is the contract's business
 * (`parseRetryAfter`, `parseRateLimitHeaders`); this module only decides which one counts.
 */
import { parseRateLimitHeaders, parseRetryAfter } from '@atender/contract';
import { boundedWaitMs } from '../internal/bounds.js';

/** Where a delay came from: the server's own timing, or our backoff. */
export type RetryDelaySource = 'retry-after' | 'rate-limit-reset' | 'backoff';

/** A computed wait. */
export interface RetryDelay {
  readonly delayMs: number;
  readonly source: RetryDelaySource;
}

/** What a delay is computed from. */
export interface RetryDelayInput {
  /** Retries already made before this one (0 for the first retry). */
  readonly retriesDone: number;
  /** The failed answer's headers; absent for a network error or a timeout. */
  readonly headers?: { get(name: string): string | null } | undefined;
  /** @default Date.now() */
  readonly now?: number;
  /** A source of uniform numbers in [0, 1). @default Math.random */
  readonly random?: () => number;
  /** The first backoff step before jitter. @default 500 */
  readonly baseDelayMs?: number;
  /** The largest backoff step before jitter. @default 8000 */
  readonly maxBackoffMs?: number;
}

/** Default first backoff step. */
export const DEFAULT_BASE_DELAY_MS = 500;
/** Default cap of one backoff step. */
export const DEFAULT_MAX_BACKOFF_MS = 8000;

/**
 * The server's own timing, if it gave one: `Retry-After` (seconds or HTTP-date) first, then
 * the reset of a spent rate-limit window. `undefined` when the server said nothing usable.
 */
export function serverRetryDelay(
  headers: { get(name: string): string | null } | undefined,
  now: number = Date.now(),
): RetryDelay | undefined {
  if (!headers) return undefined;
  // Bounded: `Retry-After: 9999…9` parses to Infinity, and a wait must stay a number a timer can count down.
  const retryAfter = boundedWaitMs(parseRetryAfter(headers.get('retry-after'), now));
  if (retryAfter !== undefined) return { delayMs: retryAfter, source: 'retry-after' };
  const info = parseRateLimitHeaders(headers);
  // A reset only says when to come back if the window is actually spent.
  if (info.remaining === 0 && info.resetSeconds !== undefined) {
    return { delayMs: boundedWaitMs(Math.max(0, info.resetSeconds * 1000)) ?? 0, source: 'rate-limit-reset' };
  }
  return undefined;
}

/**
 * Exponential backoff with full jitter: uniform in [0, min(cap, base · 2^retries)). Full jitter
 * spreads clients that failed together, so their retries do not arrive together again.
 */
export function backoffDelay(
  retriesDone: number,
  random: () => number = Math.random,
  baseDelayMs: number = DEFAULT_BASE_DELAY_MS,
  maxBackoffMs: number = DEFAULT_MAX_BACKOFF_MS,
): number {
  const ceiling = Math.min(maxBackoffMs, baseDelayMs * 2 ** Math.max(0, retriesDone));
  const sample = Math.min(Math.max(random(), 0), 1);
  return Math.floor(sample * ceiling);
}

/**
 * The wait before the next retry: the server's timing when it gave one (exactly, not jittered:
 * coming back earlier would only collect another 429), else jittered exponential backoff.
 *
 * @example
 * retryDelay({ retriesDone: 0, headers: new Headers({ 'Retry-After': '2' }) }); // { delayMs: 2000, source: 'retry-after' }
 */
export function retryDelay(input: RetryDelayInput): RetryDelay {
  const server = serverRetryDelay(input.headers, input.now ?? Date.now());
  if (server) return server;
  const delayMs = backoffDelay(input.retriesDone, input.random, input.baseDelayMs, input.maxBackoffMs);
  return { delayMs, source: 'backoff' };
}
