/**
 * `runBiExport`: the whole export as one call (check the range, check the key, fetch the three
 * reports, write CSV, JSON and the chart), returning a summary instead of printing or exiting, so
 * the CLI, the tests and the demo all drive the same code.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AgentStatsReport, ConversationVolumeReport, SlaBreachReport } from '@atender/contract';
import type { AtenderClient } from './connect.js';
import { toCsv } from './csv.js';
import { type DateRange, resolveRange } from './dates.js';
import { RefusalError } from './errors.js';
import { checkReportScopes, describeMissingScopes } from './scopes.js';
import { renderVolumeChart } from './svg-chart.js';

/** Bucket size of the volume report; weeks start on Monday. */
export type Interval = 'day' | 'week';

/** Options of {@link runBiExport}. */
export interface BiExportOptions {
  readonly client: AtenderClient;
  /** First day, `YYYY-MM-DD`. @default 29 days before `to` */
  readonly from?: string | undefined;
  /** Last day, `YYYY-MM-DD`, inclusive. @default today (UTC) */
  readonly to?: string | undefined;
  /** @default 'day' */
  readonly interval?: string | undefined;
  /** Where the files go; created when missing. @default './out' */
  readonly outDir?: string | undefined;
  /** "Today" for the default range; inject it in tests. @default new Date() */
  readonly now?: Date;
}

/** Everything fetched, as written to `report.json`. */
export interface BiReport {
  readonly range: DateRange;
  readonly interval: Interval;
  readonly conversationVolume: ConversationVolumeReport;
  readonly slaBreaches: SlaBreachReport;
  readonly agentStats: AgentStatsReport;
}

/** The files an export writes, by what they hold; absolute paths. */
export interface BiExportFiles {
  readonly conversationVolumeCsv: string;
  readonly slaBreachesCsv: string;
  readonly agentStatsCsv: string;
  readonly reportJson: string;
  readonly chartSvg: string;
}

/** What an export did. */
export interface BiExportSummary {
  readonly report: BiReport;
  readonly files: BiExportFiles;
  /** The key that was used, by its public prefix. */
  readonly key: { readonly name: string; readonly prefix: string; readonly tenantId: string };
}

/**
 * Exports conversation volume, SLA breach rates and agent stats for a date range.
 *
 * @throws RefusalError (exit code 2) for bad dates or interval, or a key without the scopes;
 *   nothing is fetched or written then.
 * @throws the SDK's typed errors (`AuthenticationError`, `RateLimitError`, …) when a call fails.
 * @example
 * const summary = await runBiExport({ client, from: '2026-10-01', to: '2026-10-31', interval: 'week' });
 * console.log(summary.report.conversationVolume.totals); // { created: 1786, closed: 1742 }
 */
export async function runBiExport(options: BiExportOptions): Promise<BiExportSummary> {
  const interval = checkInterval(options.interval ?? 'day');
  const range = resolveRange({ from: options.from, to: options.to }, options.now);
  const { client } = options;
  const { data: key } = await client.GET('/api/v1/auth/key');
  const check = checkReportScopes(key.scopes);
  if (check.missing.length > 0) throw new RefusalError(describeMissingScopes(check, key));
  const report = await fetchReports(client, range, interval);
  const files = await writeReport(path.resolve(options.outDir ?? 'out'), report);
  return { report, files, key: { name: key.name, prefix: key.prefix, tenantId: key.tenantId } };
}

function checkInterval(value: string): Interval {
  if (value === 'day' || value === 'week') return value;
  throw new RefusalError(`--interval must be "day" or "week", got ${JSON.stringify(value)}.`);
}

/** The three reports, in parallel: each is one call, none depends on another. */
export async function fetchReports(client: AtenderClient, range: DateRange, interval: Interval): Promise<BiReport> {
  const query = { from: range.from, to: range.to };
  const [volume, sla, agents] = await Promise.all([
    client.GET('/api/v1/analytics/conversation-volume', { params: { query: { ...query, interval } } }),
    client.GET('/api/v1/analytics/sla-breaches', { params: { query } }),
    client.GET('/api/v1/analytics/agent-stats', { params: { query } }),
  ]);
  return { range, interval, conversationVolume: volume.data, slaBreaches: sla.data, agentStats: agents.data };
}

/** Writes the five files into `dir` (created when missing). */
export async function writeReport(dir: string, report: BiReport): Promise<BiExportFiles> {
  await mkdir(dir, { recursive: true });
  const files: BiExportFiles = {
    conversationVolumeCsv: path.join(dir, 'conversation-volume.csv'),
    slaBreachesCsv: path.join(dir, 'sla-breaches.csv'),
    agentStatsCsv: path.join(dir, 'agent-stats.csv'),
    reportJson: path.join(dir, 'report.json'),
    chartSvg: path.join(dir, 'conversation-volume.svg'),
  };
  const { conversationVolume, slaBreaches, agentStats } = report;
  await Promise.all([
    writeFile(
      files.conversationVolumeCsv,
      toCsv(
        ['date', 'created', 'closed'],
        conversationVolume.buckets.map((b) => [b.date, b.created, b.closed]),
      ),
    ),
    writeFile(
      files.slaBreachesCsv,
      toCsv(
        ['policy_id', 'name', 'conversations', 'first_response_breach_rate', 'resolution_breach_rate'],
        slaBreaches.policies.map((p) => [p.policyId, p.name, p.conversations, p.firstResponseBreachRate, p.resolutionBreachRate]),
      ),
    ),
    writeFile(files.agentStatsCsv, agentStatsCsv(agentStats)),
    writeFile(files.reportJson, `${JSON.stringify(report, null, 2)}\n`),
    writeFile(files.chartSvg, renderVolumeChart(conversationVolume)),
  ]);
  return files;
}

function agentStatsCsv(report: AgentStatsReport): string {
  const header = ['agent_id', 'name', 'conversations_handled', 'median_first_response_seconds', 'median_resolution_seconds', 'csat_score'];
  // `null` (no first response, no resolution, no CSAT answers) becomes an empty cell, not "null" or 0.
  const rows = report.agents.map((a) => [
    a.agentId,
    a.name,
    a.conversationsHandled,
    a.medianFirstResponseSeconds,
    a.medianResolutionSeconds,
    a.csatScore,
  ]);
  return toCsv(header, rows);
}
