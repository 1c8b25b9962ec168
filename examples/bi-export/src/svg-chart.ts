/**
 * The conversation-volume chart as a hand-written SVG: created conversations as bars, closed
 * ones as a line over them, round y ticks, date labels that never collide, a legend with the
 * totals. No chart library: the whole chart is a few dozen elements, and a file that opens in
 * any browser or image viewer is the point.
 */
import type { ConversationVolumeReport } from '@atender/contract';
import { escapeXml, formatCount, humanRange, labelIndices, niceTicks, shortDate } from './chart-scale.js';

/** Options of {@link renderVolumeChart}. */
export interface VolumeChartOptions {
  /** @default 960 */
  readonly width?: number;
  /** @default 440 */
  readonly height?: number;
  /** A line under the title, after the range (e.g. the tenant or a channel filter). */
  readonly note?: string;
}

const COLORS = {
  created: '#5b7cfa',
  createdDense: '#8fa5fb',
  closed: '#ef8a17',
  text: '#1f2933',
  muted: '#6b7280',
  grid: '#e5e7eb',
  axis: '#9aa5b1',
};
const FONT = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const PAD = { left: 64, right: 28, top: 104, bottom: 60 } as const;
/** Room one date label needs, in pixels; fewer labels than buckets when they would not fit. */
const LABEL_SPACING = 60;

interface Plot {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly band: number;
  readonly y: (value: number) => number;
  readonly center: (index: number) => number;
}

type Buckets = ConversationVolumeReport['buckets'];

/**
 * Renders a volume report as a standalone SVG document.
 *
 * @example
 * await writeFile('conversation-volume.svg', renderVolumeChart(report, { note: 'Acme Outdoor Gear' }));
 */
export function renderVolumeChart(report: ConversationVolumeReport, options: VolumeChartOptions = {}): string {
  const width = options.width ?? 960;
  const height = options.height ?? 440;
  const peak = Math.max(0, ...report.buckets.flatMap((b) => [b.created, b.closed]));
  const ticks = niceTicks(peak);
  const x0 = PAD.left;
  const x1 = width - PAD.right;
  const y0 = height - PAD.bottom;
  const y1 = PAD.top;
  const band = (x1 - x0) / Math.max(1, report.buckets.length);
  const plot: Plot = {
    x0,
    x1,
    y0,
    y1,
    band,
    y: (value) => round(y0 - (value / ticks.max) * (y0 - y1)),
    center: (index) => round(x0 + band * (index + 0.5)),
  };
  const title = `Conversation volume, ${report.from} to ${report.to}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title" font-family="${escapeXml(FONT)}">`,
    `<title id="chart-title">${escapeXml(title)}</title>`,
    `<desc>${escapeXml(describe(report))}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...header(report, width, options.note),
    ...yAxis(plot, ticks.values),
    ...bars(report.buckets, plot),
    ...closedLine(report.buckets, plot),
    ...xAxis(report, plot),
    ...(peak === 0 ? [emptyNote(plot)] : []),
    '</svg>',
    '',
  ].join('\n');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function describe(report: ConversationVolumeReport): string {
  const unit = report.interval === 'day' ? 'day' : 'week (starting Monday)';
  return `Conversations created (bars) and closed (line) per ${unit}: ${report.totals.created} created, ${report.totals.closed} closed.`;
}

function header(report: ConversationVolumeReport, width: number, note: string | undefined): string[] {
  const days = Math.round((Date.parse(report.to) - Date.parse(report.from)) / 86_400_000) + 1;
  const per = report.interval === 'day' ? 'per day' : 'per week (Mon–Sun)';
  const channel = report.channelId === null ? [] : [`channel ${report.channelId}`];
  const subtitle = [humanRange(report.from, report.to), `${days} ${days === 1 ? 'day' : 'days'}, ${per}`, ...channel];
  if (note) subtitle.push(note);
  const legendX = width - PAD.right - 300;
  return [
    `<text x="${PAD.left - 36}" y="42" font-size="22" font-weight="700" fill="${COLORS.text}">Conversation volume</text>`,
    `<text x="${PAD.left - 36}" y="68" font-size="14" fill="${COLORS.muted}">${escapeXml(subtitle.join(' · '))}</text>`,
    ...legendItem(
      legendX,
      'Created',
      report.totals.created,
      `<rect x="0" y="-11" width="14" height="14" rx="3" fill="${COLORS.created}"/>`,
    ),
    ...legendItem(
      legendX + 160,
      'Closed',
      report.totals.closed,
      `<line x1="0" y1="-4" x2="16" y2="-4" stroke="${COLORS.closed}" stroke-width="3" stroke-linecap="round"/>`,
    ),
  ];
}

function legendItem(x: number, label: string, total: number, swatch: string): string[] {
  // A tspan flows the total right after the label, so no text needs measuring.
  const value = `<tspan dx="8" font-size="20" font-weight="700" fill="${COLORS.text}">${formatCount(total)}</tspan>`;
  return [
    `<g transform="translate(${x} 44)">`,
    `  ${swatch}`,
    `  <text x="24" y="0" font-size="14" fill="${COLORS.muted}">${label}${value}</text>`,
    '</g>',
  ];
}

function yAxis(plot: Plot, values: readonly number[]): string[] {
  return values.flatMap((value) => {
    const y = plot.y(value);
    const stroke = value === 0 ? COLORS.axis : COLORS.grid;
    return [
      `<line x1="${plot.x0}" y1="${y}" x2="${plot.x1}" y2="${y}" stroke="${stroke}" stroke-width="1"/>`,
      `<text x="${plot.x0 - 10}" y="${y + 4}" font-size="12" text-anchor="end" fill="${COLORS.muted}">${formatCount(value)}</text>`,
    ];
  });
}

function bars(buckets: Buckets, plot: Plot): string[] {
  // Few buckets: slim bars with air between them, never wider than 56 px. Hundreds: touching,
  // pixel-snapped columns, since sub-pixel gaps would shimmer instead of separating anything.
  const dense = buckets.length > 120;
  const width = dense ? plot.band : Math.min(56, Math.max(1, plot.band * (buckets.length > 60 ? 0.8 : 0.62)));
  const radius = width >= 8 ? 3 : 0;
  const lines = [`<g fill="${dense ? COLORS.createdDense : COLORS.created}"${dense ? ' shape-rendering="crispEdges"' : ''}>`];
  buckets.forEach((bucket, i) => {
    const y = plot.y(bucket.created);
    const tip = `${bucket.date}: ${bucket.created} created, ${bucket.closed} closed`;
    lines.push(
      `  <rect class="bar" x="${round(plot.center(i) - width / 2)}" y="${y}" width="${round(width)}" height="${round(plot.y0 - y)}" rx="${radius}"><title>${escapeXml(tip)}</title></rect>`,
    );
  });
  lines.push('</g>');
  return lines;
}

function closedLine(buckets: Buckets, plot: Plot): string[] {
  const points = buckets.map((b, i) => `${plot.center(i)},${plot.y(b.closed)}`);
  const line = `<polyline points="${points.join(' ')}" fill="none" stroke="${COLORS.closed}" stroke-width="${buckets.length > 120 ? 1.25 : 2.5}" stroke-linejoin="round" stroke-linecap="round"/>`;
  // Dots make a handful of points readable (and a single bucket visible at all); on hundreds they are noise.
  if (buckets.length > 62) return [line];
  const dots = buckets.map(
    (b, i) =>
      `  <circle cx="${plot.center(i)}" cy="${plot.y(b.closed)}" r="3.5" fill="#ffffff" stroke="${COLORS.closed}" stroke-width="2"/>`,
  );
  return [line, '<g>', ...dots, '</g>'];
}

function xAxis(report: ConversationVolumeReport, plot: Plot): string[] {
  const dates = report.buckets.map((b) => b.date);
  const maxLabels = Math.max(1, Math.floor((plot.x1 - plot.x0) / LABEL_SPACING));
  let lastYear = '';
  return labelIndices(dates, report.interval, maxLabels).flatMap((i) => {
    const x = plot.center(i);
    const date = dates[i]!;
    const lines = [
      `<line x1="${x}" y1="${plot.y0}" x2="${x}" y2="${plot.y0 + 5}" stroke="${COLORS.axis}"/>`,
      `<text x="${x}" y="${plot.y0 + 20}" font-size="12" text-anchor="middle" fill="${COLORS.muted}">${shortDate(date)}</text>`,
    ];
    // The year once, under the first label and wherever it changes: enough to place every date.
    if (date.slice(0, 4) !== lastYear) {
      lines.push(`<text x="${x}" y="${plot.y0 + 36}" font-size="11" text-anchor="middle" fill="${COLORS.axis}">${date.slice(0, 4)}</text>`);
      lastYear = date.slice(0, 4);
    }
    return lines;
  });
}

function emptyNote(plot: Plot): string {
  const x = round((plot.x0 + plot.x1) / 2);
  const y = round((plot.y0 + plot.y1) / 2);
  return `<text x="${x}" y="${y}" font-size="15" text-anchor="middle" fill="${COLORS.muted}">No conversations in this range</text>`;
}
