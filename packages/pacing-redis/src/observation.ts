/**
 * What one answer teaches the shared budget, read with the contract's header parsers (the one
 * place the rate-limit syntax is known) and bounded before it goes to Redis: a hostile or
 * broken server cannot make the store hold odd names or numbers.
 */
import { parseRateLimitHeaders, parseRetryAfter } from '@atender/contract';
import type { HeaderSource } from '@atender/sdk';

/** One answer, as the settle script takes it. */
export interface Observation {
  /** The window the server named (its tightest), or `''` when it named none. */
  readonly window: string;
  /** Budget left in that window; `undefined` when the answer said nothing about it. */
  readonly remaining: number | undefined;
  /** When that window resets, in ms since the epoch. */
  readonly resetAt: number | undefined;
  /** Every window the answer announced: name, limit, length in ms (0 when not said). */
  readonly limits: ReadonlyArray<readonly [string, number, number]>;
}

const WINDOW_NAME = /^[\w.-]{1,64}$/;
const MAX_WINDOWS = 8;
/** Far enough for any real window (a year), near enough to stay an exact integer everywhere. */
const MAX_RESET_MS = 366 * 86_400_000;

const count = (n: number | undefined): number | undefined =>
  n === undefined || !Number.isFinite(n) ? undefined : Math.max(0, Math.floor(Math.min(n, 1e12)));

/** Reads the rate-limit headers of an answer (a 429 means the named window is spent). */
export function observationOf(headers: HeaderSource | undefined, status: number | undefined, now: number): Observation {
  if (!headers) return { window: '', remaining: undefined, resetAt: undefined, limits: [] };
  const info = parseRateLimitHeaders(headers);
  const window = info.policy !== undefined && WINDOW_NAME.test(info.policy) ? info.policy : '';
  const limits: Array<readonly [string, number, number]> = [];
  for (const [name, policy] of info.policies) {
    const quota = count(policy.quota);
    const length = Math.min(count(policy.windowSeconds) ?? 0, MAX_RESET_MS / 1000) * 1000;
    if (limits.length < MAX_WINDOWS && WINDOW_NAME.test(name) && quota !== undefined) limits.push([name, quota, length]);
  }
  const limit = count(info.limit);
  if (limit !== undefined && !limits.some(([name]) => name === (window || '_'))) limits.push([window || '_', limit, 0]);
  let remaining = count(info.remaining);
  let resetMs = info.resetSeconds === undefined || !Number.isFinite(info.resetSeconds) ? undefined : info.resetSeconds * 1000;
  if (status === 429) {
    remaining = 0;
    const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
    if (retryAfter !== undefined) resetMs = retryAfter;
  }
  const resetAt = resetMs === undefined ? undefined : now + Math.min(Math.max(0, resetMs), MAX_RESET_MS);
  return { window, remaining, resetAt, limits };
}
