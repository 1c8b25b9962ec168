/**
 * `@atender-examples/crm-contacts`: import a CSV of contacts into Atender. The CLI is
 * `src/cli.ts`; these exports let tests and the demo run an import in-process.
 *
 * @packageDocumentation
 */

export { contactChanges } from './changes.js';
export { type AtenderClient, type Connection, type ConnectOptions, connect } from './connect.js';
export { type CsvError, type CsvRecord, type CsvResult, parseCsv } from './csv.js';
export { type ContactImportOptions, type ImportSummary, importExitCode, runContactImport } from './import.js';
export { formatImportReport } from './report.js';
export { type ContactRow, convertValue, type RowIssue, readColumns, readRow } from './rows.js';
export { type UpsertOutcome, upsertContact } from './upsert.js';
