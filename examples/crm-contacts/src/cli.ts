/**
 * `crm-contacts`: the command line around {@link runContactImport}. Bad rows and the summary go
 * to stdout; the exit code says 0 every row imported, 1 some rows failed, 2 refused.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Connection, connect } from './connect.js';
import { importExitCode, runContactImport } from './import.js';
import { formatImportReport } from './report.js';

const USAGE = `Usage: crm-contacts [--file <contacts.csv>] [--create-fields] [--base-url <url>]

Imports a CSV of contacts into Atender, matched by email: new emails are created, known ones
updated where they differ, and bad rows reported by line without stopping the import.
Uses ATENDER_API_KEY (and ATENDER_BASE_URL); without a key it starts the @atender/mock sandbox.

  --file <path>       the CSV (default: this example's contacts.csv)
  --create-fields     create custom fields the CSV names but the account lacks
  --base-url <url>    the API origin (default: ATENDER_BASE_URL, else the key's environment)
  -h, --help          this text

Exit codes: 0 every row imported, 1 some rows failed, 2 refused (bad header, missing scopes, bad key).`;

const SAMPLE_FILE = fileURLToPath(new URL('../contacts.csv', import.meta.url));

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
  let connection: Connection;
  try {
    connection = await connect({ demoScope: 'contacts:write', ...(values['base-url'] && { baseUrl: values['base-url'] }) });
  } catch (error) {
    process.stderr.write(`crm-contacts: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    const file = values.file ?? SAMPLE_FILE;
    process.stderr.write(`crm-contacts: ${file} → ${connection.target}\n`);
    const summary = await runContactImport({ file, client: connection.client, createFields: values['create-fields'] ?? false });
    if (summary.refused) process.stderr.write(`\n${summary.refused}\n`);
    else process.stdout.write(`\n${formatImportReport(summary)}\n`);
    return importExitCode(summary);
  } finally {
    await connection.close();
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      file: { type: 'string' },
      'create-fields': { type: 'boolean' },
      'base-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
