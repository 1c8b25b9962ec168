/**
 * The report range: calendar days `YYYY-MM-DD`, both ends inclusive, as the analytics endpoints
 * take them. Checked here before any request, so a typo costs no API call and gets a message
 * that says what to type instead of a 400 from the server.
 */

import { RefusalError } from './errors.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The longest range the analytics endpoints accept: `to` at most this many days after `from`. */
export const MAX_RANGE_DAYS = 366;

/** How many days the default range covers, ending today (UTC). */
export const DEFAULT_RANGE_DAYS = 30;

/** A checked report range. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** Days since the epoch of a valid `YYYY-MM-DD`, or `undefined` (also for 2026-02-30). */
export function dayNumber(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls 02-30 over to 03-02; a round trip catches it.
  return new Date(ms).toISOString().slice(0, 10) === date ? ms / DAY_MS : undefined;
}

/** The `YYYY-MM-DD` of a day number. */
export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Today's date in UTC. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Resolves `--from`/`--to` into a range: defaults to the last 30 days ending today (UTC); a
 * lone `--from` runs to today, a lone `--to` starts 29 days earlier.
 *
 * @throws RefusalError when a date is malformed, `from` is after `to`, or the range is too long.
 * @example
 * resolveRange({ from: '2026-10-01', to: '2026-10-31' }); // { from: '2026-10-01', to: '2026-10-31' }
 */
export function resolveRange(input: { from?: string | undefined; to?: string | undefined }, now: Date = new Date()): DateRange {
  const end = input.to === undefined ? dayNumber(todayUtc(now))! : parseDay('--to', input.to);
  const from = input.from === undefined ? end - (DEFAULT_RANGE_DAYS - 1) : parseDay('--from', input.from);
  if (from > end) throw new RefusalError(`--from ${dayString(from)} is after --to ${dayString(end)}: the range would be empty.`);
  if (end - from > MAX_RANGE_DAYS) {
    throw new RefusalError(
      `The range ${dayString(from)} … ${dayString(end)} spans ${end - from + 1} days; the analytics API allows at most ${MAX_RANGE_DAYS + 1} (to ≤ from + ${MAX_RANGE_DAYS} days). Split it into several exports.`,
    );
  }
  return { from: dayString(from), to: dayString(end) };
}

function parseDay(flag: string, text: string): number {
  const day = dayNumber(text);
  if (day === undefined) throw new RefusalError(`${flag} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(text)}.`);
  return day;
}

/** Number of days in a range, both ends included. */
export function rangeDays(range: DateRange): number {
  return dayNumber(range.to)! - dayNumber(range.from)! + 1;
}
