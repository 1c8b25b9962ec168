/**
 * `bi-export`: the command line around {@link runBiExport}. The summary goes to stdout, where it
 * reads from and problems to stderr; the exit code says 0 written, 1 an API call failed,
 * 2 refused (bad flag or date, key without the scopes).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatCount } from './chart-scale.js';
import { type Connection, connect } from './connect.js';
import { rangeDays, resolveRange } from './dates.js';
import { describeError, exitCodeOf } from './errors.js';
import { type BiExportSummary, runBiExport } from './export.js';

const USAGE = `Usage: bi-export [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--interval day|week] [--out <dir>]

Exports conversation volume, SLA breach rates and agent stats as CSV, JSON and an SVG chart.
Uses ATENDER_API_KEY (and ATENDER_BASE_URL); without a key it starts the @atender/mock sandbox
with its analytics_only demo key and a year of synthetic demo traffic.

  --from <date>        first day, inclusive (default: 29 days before --to)
  --to <date>          last day, inclusive (default: today, UTC); at most 366 days after --from
  --interval <unit>    day or week (weeks start on Monday; default: day)
  --out <dir>          where the files go (default: ./out)
  -h, --help           this text

Exit codes: 0 written, 1 an API call failed, 2 refused (bad flag or date, missing scopes).`;

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    // Checked again by runBiExport; here so a typo does not start the mock first.
    resolveRange(values);
  } catch (error) {
    process.stderr.write(`bi-export: ${describeError(error)}\n`);
    return exitCodeOf(error);
  }
  let connection: Connection;
  try {
    connection = await connect();
  } catch (error) {
    // A malformed key or a key for the wrong host is refused by the SDK before any request.
    process.stderr.write(`bi-export: ${describeError(error)}\n`);
    return 2;
  }
  try {
    process.stderr.write(`bi-export: reading from ${connection.target}\n`);
    const { from, to, interval, out: outDir } = values;
    const summary = await runBiExport({ client: connection.client, from, to, interval, outDir });
    process.stdout.write(formatSummary(summary));
    return 0;
  } catch (error) {
    process.stderr.write(`bi-export: ${describeError(error)}\n`);
    return exitCodeOf(error);
  } finally {
    await connection.close();
  }
}

/** The lines printed after a successful export: what was fetched, then where it went. */
export function formatSummary(summary: BiExportSummary): string {
  const { report, files } = summary;
  const { totals, buckets } = report.conversationVolume;
  const relative = (file: string) => {
    const rel = path.relative(process.cwd(), file);
    return rel.startsWith('..') ? file : rel;
  };
  return [
    `Exported ${report.range.from} … ${report.range.to} (${rangeDays(report.range)} days, per ${report.interval}) with key "${summary.key.name}"`,
    `  conversation volume  ${buckets.length} buckets, ${formatCount(totals.created)} created, ${formatCount(totals.closed)} closed`,
    `  SLA breach rates     ${report.slaBreaches.policies.length} policies`,
    `  agent stats          ${report.agentStats.agents.length} agents`,
    'Wrote:',
    ...Object.values(files).map((file) => `  ${relative(file)}`),
    '',
  ].join('\n');
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      interval: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
