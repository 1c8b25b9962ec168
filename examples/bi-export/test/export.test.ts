import { readdir, readFile } from 'node:fs/promises';
import type { MockServer } from '@atender/mock/node';
import { AuthenticationError } from '@atender/sdk';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RefusalError, runBiExport } from '../src/index.js';
import { assertWellFormedXml, clientFor, parseCsv, scratchDir, startMock } from './helpers.js';

let server: MockServer;
let out: { dir: string; remove: () => Promise<void> };

beforeAll(async () => {
  server = await startMock();
});
afterAll(() => server.close());
beforeEach(async () => {
  out = await scratchDir();
});
afterEach(() => out.remove());

const keys = () => server.mock.keys.demo.acme.sandbox;
// The sandbox seed's conversations fall in September 2026.
const SEPTEMBER = { from: '2026-09-01', to: '2026-09-30' } as const;

describe('runBiExport against the mock', { timeout: 20_000 }, () => {
  it('writes three CSVs, the JSON report and the chart, and they agree', async () => {
    const client = clientFor(server, keys().bundles.analytics_only.secret);
    const summary = await runBiExport({ client, ...SEPTEMBER, outDir: out.dir });
    expect((await readdir(out.dir)).sort()).toEqual([
      'agent-stats.csv',
      'conversation-volume.csv',
      'conversation-volume.svg',
      'report.json',
      'sla-breaches.csv',
    ]);
    const { conversationVolume, slaBreaches, agentStats } = summary.report;
    expect(conversationVolume.buckets).toHaveLength(30);
    expect(conversationVolume.totals.created).toBeGreaterThan(0);

    const volume = parseCsv(await readFile(summary.files.conversationVolumeCsv, 'utf8'));
    expect(volume[0]).toEqual(['date', 'created', 'closed']);
    expect(volume.slice(1)).toEqual(conversationVolume.buckets.map((b) => [b.date, String(b.created), String(b.closed)]));
    const sla = parseCsv(await readFile(summary.files.slaBreachesCsv, 'utf8'));
    expect(sla).toHaveLength(slaBreaches.policies.length + 1);
    expect(sla[1]).toEqual([
      slaBreaches.policies[0]!.policyId,
      slaBreaches.policies[0]!.name,
      String(slaBreaches.policies[0]!.conversations),
      String(slaBreaches.policies[0]!.firstResponseBreachRate),
      String(slaBreaches.policies[0]!.resolutionBreachRate),
    ]);
    const agents = parseCsv(await readFile(summary.files.agentStatsCsv, 'utf8'));
    expect(agents).toHaveLength(agentStats.agents.length + 1);
    expect(agents.slice(1).map((row) => row[1])).toEqual(agentStats.agents.map((a) => a.name));
    // A missing value is an empty cell, never "null".
    expect(agents.flat()).not.toContain('null');

    expect(JSON.parse(await readFile(summary.files.reportJson, 'utf8'))).toEqual(summary.report);
  });

  it('draws one bar per bucket in a well-formed SVG titled with the range', async () => {
    const client = clientFor(server, keys().bundles.analytics_only.secret);
    for (const interval of ['day', 'week'] as const) {
      const summary = await runBiExport({ client, ...SEPTEMBER, interval, outDir: out.dir });
      const svg = await readFile(summary.files.chartSvg, 'utf8');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      assertWellFormedXml(svg);
      expect(svg).toContain('<title id="chart-title">Conversation volume, 2026-09-01 to 2026-09-30</title>');
      expect(svg.match(/<rect class="bar"/g)).toHaveLength(summary.report.conversationVolume.buckets.length);
      expect(summary.report.conversationVolume.buckets).toHaveLength(interval === 'day' ? 30 : 5);
    }
  });

  it('stops before fetching when the key lacks analytics:read, naming the scope', async () => {
    const client = clientFor(server, keys().bundles.basic.secret);
    const error = await runBiExport({ client, ...SEPTEMBER, outDir: out.dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusalError);
    expect((error as RefusalError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(/^The API key "acme sandbox basic" \(sa_test_\w{4}…\) lacks "analytics:read"\./);
    expect((error as Error).message).toContain('needed for: getConversationVolume, getSlaBreachRates, getAgentStats');
    expect(await readdir(out.dir)).toEqual([]);
  });

  it('refuses bad dates before any call', async () => {
    const client = clientFor(server, keys().revoked.secret);
    await expect(runBiExport({ client, from: '2026-10-02', to: '2026-10-01', outDir: out.dir })).rejects.toThrow(/is after --to/);
    await expect(runBiExport({ client, from: '2026-02-30', outDir: out.dir })).rejects.toThrow(/--from must be a calendar date/);
    await expect(runBiExport({ client, from: '2025-01-01', to: '2026-01-03', outDir: out.dir })).rejects.toThrow(/at most 367/);
    await expect(runBiExport({ client, interval: 'month', outDir: out.dir })).rejects.toThrow(/"day" or "week"/);
  });

  it('lets a typed API error through: a revoked key is an AuthenticationError', async () => {
    const client = clientFor(server, keys().revoked.secret);
    const error = await runBiExport({ client, ...SEPTEMBER, outDir: out.dir }).catch((e: unknown) => e);
    expect(AuthenticationError.is(error)).toBe(true);
    expect((error as AuthenticationError).code).toBe('API_KEY_REVOKED');
  });
});
