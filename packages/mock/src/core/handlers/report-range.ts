/**
 * Date ranges of the analytics reports: `from`/`to` are calendar days in the tenant's time
 * zone (the workspace settings), both inclusive, at most 366 days apart.
 */
import type { FieldError } from '@atender/contract';
import type { OperationContext } from '../types.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The longest range a report covers, in days after `from`. */
export const MAX_RANGE_DAYS = 366;

/** A validated report range. */
export interface ReportRange {
  readonly from: string;
  readonly to: string;
  /** The calendar day of a timestamp in the tenant's time zone. */
  readonly dayOf: (timestamp: string) => string;
  readonly contains: (timestamp: string | null) => boolean;
}

/** Days since the epoch of a `YYYY-MM-DD`. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The `YYYY-MM-DD` of a day number. */
export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday on or before `date`. */
export function mondayOf(date: string): string {
  const day = dayNumber(date);
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return dayString(day - ((weekday + 6) % 7));
}

function localDayFormatter(timeZone: string): (timestamp: string) => string {
  try {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    return (timestamp) => format.format(new Date(timestamp));
  } catch {
    // An unknown zone name in the settings should not break reports; fall back to UTC days.
    return (timestamp) => new Date(timestamp).toISOString().slice(0, 10);
  }
}

/** Reads and checks `from` and `to`; field errors on `/query/to` when the range is backwards or too long. */
export function readRange(ctx: OperationContext): ReportRange | FieldError[] {
  const from = String(ctx.query.from ?? '');
  const to = String(ctx.query.to ?? '');
  const errors: FieldError[] = [];
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(dayNumber(value)))
      errors.push({ path: `/query/${name}`, message: 'must be a date YYYY-MM-DD' });
  }
  if (errors.length > 0) return errors;
  const span = dayNumber(to) - dayNumber(from);
  if (span < 0) return [{ path: '/query/to', message: 'must not be before from' }];
  if (span > MAX_RANGE_DAYS) return [{ path: '/query/to', message: `must be at most ${MAX_RANGE_DAYS} days after from` }];
  const dayOf = localDayFormatter(ctx.store.settings.get()?.timezone ?? 'UTC');
  return {
    from,
    to,
    dayOf,
    contains: (timestamp) => {
      if (timestamp === null) return false;
      const day = dayOf(timestamp);
      return day >= from && day <= to;
    },
  };
}

/** The median of `values`, rounded to whole units; `null` for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value);
}

/** Seconds between two timestamps. */
export function secondsBetween(start: string, end: string): number {
  return Math.max(0, Math.round((Date.parse(end) - Date.parse(start)) / 1000));
}
