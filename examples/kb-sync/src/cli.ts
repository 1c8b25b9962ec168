/**
 * `kb-sync`: the command line around {@link runKbSync}. Plan and summary go to stdout, progress
 * and problems to stderr; the exit code says 0 all good, 1 some files or writes failed, 2 refused.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Connection, connect } from './connect.js';
import { createProgress } from './progress.js';
import { describePlanSize, exitCodeOf, formatPlan, formatReport, type SyncSummary } from './report.js';
import { runKbSync } from './sync.js';

const USAGE = `Usage: kb-sync [--dir <folder>] [--prune] [--dry-run] [--base-url <url>] [--concurrency <n>]

Syncs a folder of Markdown files with YAML front matter into the Atender knowledge base.
Uses ATENDER_API_KEY (and ATENDER_BASE_URL); without a key it starts the @atender/mock sandbox.

  --dir <folder>       the vault (default: the sample vault of this example)
  --prune              delete articles that no file describes
  --dry-run            print the plan and change nothing
  --base-url <url>     the API origin (default: ATENDER_BASE_URL, else the key's environment)
  --concurrency <n>    writes in flight at once (default: 8)
  -h, --help           this text

Exit codes: 0 all good, 1 some files or writes failed, 2 refused (missing scopes, bad key, no folder).`;

const SAMPLE_VAULT = fileURLToPath(new URL('../vault', import.meta.url));

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
  const concurrency = Number(values.concurrency ?? 8);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    process.stderr.write(`--concurrency must be a positive integer, got "${values.concurrency}"\n`);
    return 2;
  }
  let connection: Connection;
  try {
    connection = await connect({ demoScope: 'knowledge:write', ...(values['base-url'] && { baseUrl: values['base-url'] }) });
  } catch (error) {
    // A malformed key or a key for the wrong host is refused by the SDK before any request.
    process.stderr.write(`kb-sync: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    const dir = values.dir ?? SAMPLE_VAULT;
    process.stderr.write(`kb-sync: ${dir} → ${connection.target}${values['dry-run'] ? ' (dry run)' : ''}\n`);
    const summary = await runKbSync({
      dir,
      client: connection.client,
      prune: values.prune ?? false,
      dryRun: values['dry-run'] ?? false,
      concurrency,
      progress: createProgress(process.stderr),
    });
    printSummary(summary);
    return exitCodeOf(summary);
  } finally {
    await connection.close();
  }
}

/** Refusals go to stderr; the plan (on --dry-run) and the report to stdout. */
function printSummary(summary: SyncSummary): void {
  if (summary.refused) {
    process.stderr.write(`\n${summary.refused}\n`);
    if (summary.plan) process.stderr.write(`\n${describePlanSize(summary.plan)} Run with --dry-run to list it.\n`);
    return;
  }
  if (summary.plan && summary.dryRun) process.stdout.write(`\nPlan:\n${formatPlan(summary.plan)}\n`);
  process.stdout.write(`\n${formatReport(summary)}\n`);
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      dir: { type: 'string' },
      prune: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'base-url': { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
