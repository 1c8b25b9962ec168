/**
 * Numbers and strings from the network, made safe to keep on an error: a hostile or broken
 * server may send `Retry-After: 99999999999999`, `retryAfterSeconds: -50`, `1e308` or a
 * megabyte of title, and none of it may give an error an Invalid Date, an infinite wait, a
 * negative count or a message nobody can log.
 */

/** The longest wait an error reports: a year and a day covers every real quota window. */
export const MAX_WAIT_MS = 366 * 24 * 60 * 60 * 1000;

/** A wait in milliseconds: non-negative, finite and at most {@link MAX_WAIT_MS}; `undefined` for nonsense. */
export function boundedWaitMs(value: unknown): number | undefined {
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) return undefined;
  // An over-long wait is still a statement that the wait is long; it is capped, not dropped.
  return Math.min(Math.ceil(value), MAX_WAIT_MS);
}

/** A count (a quota, requests left): a non-negative safe integer; `undefined` for anything else. */
export function boundedCount(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return undefined;
  return Math.min(Math.floor(value), Number.MAX_SAFE_INTEGER);
}

/** A point in time `waitMs` after `fromMs`, or `undefined` if either is unusable. */
export function boundedDate(fromMs: number, waitMs: number | undefined): Date | undefined {
  if (waitMs === undefined || !Number.isFinite(fromMs)) return undefined;
  const date = new Date(fromMs + waitMs);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Text cut to `max` characters (an ellipsis marks the cut), so one field cannot flood a log. */
export function clipText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Longest title, detail or request id kept on an error. */
export const MAX_FIELD_LENGTH = 1000;
/** Longest request id or code kept on an error: real ones are a few dozen characters. */
export const MAX_ID_LENGTH = 200;
