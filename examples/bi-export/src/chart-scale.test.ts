import { describe, expect, it } from 'vitest';
import { escapeXml, formatCount, humanRange, labelIndices, niceTicks } from './chart-scale.js';
import { dayString } from './dates.js';

const days = (first: number, count: number) => Array.from({ length: count }, (_, i) => dayString(first + i));

describe('chart scale', () => {
  it('picks round y ticks of 1, 2 or 5 × 10ⁿ', () => {
    expect(niceTicks(47)).toEqual({ step: 10, max: 50, values: [0, 10, 20, 30, 40, 50] });
    expect(niceTicks(0).values).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(3).step).toBe(1);
    expect(niceTicks(1234)).toMatchObject({ step: 500, max: 1500 });
  });

  it('labels every bucket when they fit, Mondays or month starts when not', () => {
    const start = Date.UTC(2026, 0, 1) / 86_400_000;
    expect(labelIndices(days(start, 10), 'day', 14)).toHaveLength(10);
    const month = days(start, 31);
    expect(labelIndices(month, 'day', 14).map((i) => month[i])).toEqual(['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26']);
    const year = days(start, 367);
    expect(labelIndices(year, 'day', 14).map((i) => year[i]!.slice(8))).toEqual(Array(13).fill('01'));
    expect(labelIndices(year, 'day', 5).length).toBeLessThanOrEqual(5);
  });

  it('formats ranges, counts and escapes text', () => {
    expect(humanRange('2026-10-05', '2026-11-03')).toBe('5 Oct – 3 Nov 2026');
    expect(humanRange('2026-12-28', '2027-01-03')).toBe('28 Dec 2026 – 3 Jan 2027');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(escapeXml(`<a href="x">R&D's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;R&amp;D&apos;s&lt;/a&gt;');
  });
});
