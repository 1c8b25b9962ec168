import type { ConversationVolumeReport } from '@atender/contract';
import { describe, expect, it } from 'vitest';
import { assertWellFormedXml } from '../test/helpers.js';
import { dayString } from './dates.js';
import { renderVolumeChart } from './svg-chart.js';

function report(count: number, value: (i: number) => number): ConversationVolumeReport {
  const first = Date.UTC(2025, 10, 25) / 86_400_000;
  const buckets = Array.from({ length: count }, (_, i) => ({ date: dayString(first + i), created: value(i), closed: value(i + 1) }));
  const sum = (key: 'created' | 'closed') => buckets.reduce((total, b) => total + b[key], 0);
  return {
    from: buckets[0]!.date,
    to: buckets.at(-1)!.date,
    interval: 'day',
    channelId: 'chn_<email>&co',
    buckets,
    totals: { created: sum('created'), closed: sum('closed') },
  };
}

describe('renderVolumeChart', () => {
  it.each([1, 30, 367])('draws %i buckets as a well-formed SVG with one bar each, inside the plot', (count) => {
    const svg = renderVolumeChart(
      report(count, (i) => (i * 7) % 23),
      { note: 'Acme "Outdoor" <Gear>' },
    );
    assertWellFormedXml(svg);
    const bars = [...svg.matchAll(/<rect class="bar" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/g)];
    expect(bars).toHaveLength(count);
    for (const [, x, , width] of bars) expect(Number(x) + Number(width)).toBeLessThanOrEqual(960 - 28 + 0.1);
    expect(svg).toContain('channel chn_&lt;email&gt;&amp;co');
    expect(svg).toContain('Acme &quot;Outdoor&quot; &lt;Gear&gt;');
  });

  it('says so when the range has no conversations', () => {
    expect(renderVolumeChart(report(7, () => 0))).toContain('No conversations in this range');
  });
});
