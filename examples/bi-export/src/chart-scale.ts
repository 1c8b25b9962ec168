/**
 * The pure arithmetic behind the chart: round y ticks, which x labels fit, date labels a person
 * reads at a glance, and XML escaping. Kept apart from the drawing so each rule is testable.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Y-axis ticks from 0: a step of 1, 2 or 5 × 10ⁿ, and the top of the axis (a multiple of it). */
export interface YTicks {
  readonly step: number;
  readonly max: number;
  readonly values: readonly number[];
}

/**
 * Round ticks covering `0 … dataMax`, about `target` of them. An empty range still gets an
 * axis (0 … 5) so the chart keeps its shape.
 *
 * @example
 * niceTicks(47); // { step: 10, max: 50, values: [0, 10, 20, 30, 40, 50] }
 */
export function niceTicks(dataMax: number, target = 5): YTicks {
  const rough = Math.max(dataMax, 1) / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  // Counts are whole conversations: a step below 1 would print 0.5 conversations.
  const step = Math.max(1, ([1, 2, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude);
  const max = dataMax <= 0 ? step * target : step * Math.ceil(dataMax / step);
  const values: number[] = [];
  for (let v = 0; v <= max; v += step) values.push(v);
  return { step, max, values };
}

/**
 * Which buckets get a date label so labels never collide: all of them when they fit, else
 * every k-th for weeks; for days, Mondays, then the 1st of each month, then every k-th month.
 */
export function labelIndices(dates: readonly string[], interval: 'day' | 'week', maxLabels: number): number[] {
  const all = dates.map((_, i) => i);
  if (dates.length <= maxLabels) return all;
  const every = (k: number, keep: (i: number) => boolean = () => true) => all.filter(keep).filter((_, n) => n % k === 0);
  if (interval === 'week') return every(Math.ceil(dates.length / maxLabels));
  const mondays = all.filter((i) => new Date(`${dates[i]}T00:00:00Z`).getUTCDay() === 1);
  if (mondays.length <= maxLabels) return mondays;
  const firsts = all.filter((i) => dates[i]!.endsWith('-01'));
  return every(Math.ceil(firsts.length / maxLabels), (i) => firsts.includes(i));
}

/** `Oct 5`: month and day of a `YYYY-MM-DD`. */
export function shortDate(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}`;
}

/** `5 Oct – 3 Nov 2026`, or `28 Dec 2026 – 3 Jan 2027` across years: a range said once. */
export function humanRange(from: string, to: string): string {
  const day = (d: string) => `${Number(d.slice(8, 10))} ${MONTHS[Number(d.slice(5, 7)) - 1]}`;
  if (from === to) return `${day(from)} ${from.slice(0, 4)}`;
  if (from.slice(0, 4) === to.slice(0, 4)) return `${day(from)} – ${day(to)} ${to.slice(0, 4)}`;
  return `${day(from)} ${from.slice(0, 4)} – ${day(to)} ${to.slice(0, 4)}`;
}

/** `1,234`: thousands separated, independent of the machine's locale. */
export function formatCount(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Text safe inside SVG elements and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
