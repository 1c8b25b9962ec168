/**
 * `runContactImport`: a CSV of contacts into Atender, upserting by email. Bad rows are reported
 * with their line and reason and never stop the rest; a re-run of the same file writes nothing.
 */
import { readFile } from 'node:fs/promises';
import type { ContactField, OperationId } from '@atender/contract';
import type { AtenderClient } from './connect.js';
import { type CsvRecord, parseCsv } from './csv.js';
import { describeError } from './errors.js';
import { createFieldDefinitions, listFieldDefinitions, missingFieldDefinitions } from './fields.js';
import { forEachConcurrent } from './pool.js';
import { type Columns, type ContactRow, isContactRow, type RowIssue, readColumns, readRow } from './rows.js';
import { checkScopes, describeMissingScopes } from './scopes.js';
import { upsertContact } from './upsert.js';

/** Options of {@link runContactImport}. */
export interface ContactImportOptions {
  /** Path of the CSV file: a header row with `email` and any of `name`, `phone`, `company`, custom field keys. */
  readonly file: string;
  readonly client: AtenderClient;
  /** Create custom field definitions the CSV names but the account lacks. @default false */
  readonly createFields?: boolean;
  /** Rows in flight at once. @default 8 */
  readonly concurrency?: number;
  /** Called as each row finishes, for progress output. */
  readonly onRow?: (line: number, outcome: 'created' | 'updated' | 'unchanged' | 'failed') => void;
}

/** The result of an import. */
export interface ImportSummary {
  /** Data rows read (the header excluded). */
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Rows not imported: bad input or a refused write, by line. */
  readonly failed: readonly RowIssue[];
  /** Custom field keys created by --create-fields. */
  readonly fieldsCreated: readonly string[];
  /** Set when nothing was imported: no file, a bad header, missing scopes. */
  readonly refused?: string;
}

const READS: OperationId[] = ['getApiKeyInfo', 'listContacts', 'listContactFields'];
const WRITES: OperationId[] = ['createContact', 'updateContact'];

function refused(reason: string, rows = 0): ImportSummary {
  return { rows, created: 0, updated: 0, unchanged: 0, failed: [], fieldsCreated: [], refused: reason };
}

/** Exit code: 0 all rows imported, 1 some rows failed, 2 refused. */
export function importExitCode(summary: ImportSummary): 0 | 1 | 2 {
  if (summary.refused !== undefined) return 2;
  return summary.failed.length > 0 ? 1 : 0;
}

/** Turns records into rows; a repeated email is a bad row, as neither line is surely the right one to win. */
export function validateRows(
  records: readonly CsvRecord[],
  columns: Columns,
  fields: ReadonlyMap<string, ContactField>,
): (ContactRow | RowIssue)[] {
  const firstLine = new Map<string, number>();
  return records.map((record) => {
    const row = readRow(record, columns, fields);
    if (!isContactRow(row)) return row;
    const seen = firstLine.get(row.email);
    if (seen !== undefined) return { line: row.line, email: row.email, reason: `email ${row.email} already appears on line ${seen}` };
    firstLine.set(row.email, row.line);
    return row;
  });
}

/**
 * Imports a CSV file of contacts. Never throws for a bad row or a failed write.
 *
 * @example
 * const summary = await runContactImport({ file: 'contacts.csv', client });
 * console.log(summary.created, summary.updated, summary.failed);
 */
export async function runContactImport(options: ContactImportOptions): Promise<ImportSummary> {
  const { client } = options;
  let text: string;
  try {
    text = await readFile(options.file, 'utf8');
  } catch {
    return refused(`Cannot read ${options.file}`);
  }
  const csv = parseCsv(text);
  const [header, ...records] = csv.records;
  if (!header) return refused(`${options.file} has no header row`);
  let columns: Columns;
  try {
    columns = readColumns(header);
  } catch (error) {
    return refused((error as Error).message, records.length);
  }
  const key = await client.GET('/api/v1/auth/key').then(
    ({ data }) => data,
    (error: unknown) => describeError(error),
  );
  if (typeof key === 'string') return refused(`Could not check the API key (GET /api/v1/auth/key): ${key}`, records.length);
  const readCheck = checkScopes(READS, key.scopes);
  if (readCheck.missing.length > 0) return refused(describeMissingScopes(readCheck, key), records.length);
  const fields = await listFieldDefinitions(client).catch((error: unknown) => describeError(error));
  if (typeof fields === 'string') return refused(`Could not read the custom field definitions: ${fields}`, records.length);
  const toCreate = options.createFields ? missingFieldDefinitions(columns, records, fields) : [];
  const writeCheck = checkScopes([...READS, ...WRITES, ...(toCreate.length > 0 ? (['createContactField'] as const) : [])], key.scopes);
  if (writeCheck.missing.length > 0) return refused(describeMissingScopes(writeCheck, key), records.length);
  const fieldsCreated = await createFieldDefinitions(client, toCreate, fields);
  const rows = validateRows(records, columns, fields);
  const result = await upsertRows(client, rows, options);
  const csvIssues: RowIssue[] = csv.errors.map((e) => ({ line: e.line, reason: e.message }));
  const failed = [...csvIssues, ...result.failed].sort((a, b) => a.line - b.line);
  return { rows: records.length + csvIssues.length, ...result, failed, fieldsCreated };
}

async function upsertRows(client: AtenderClient, rows: readonly (ContactRow | RowIssue)[], options: ContactImportOptions) {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const failed = rows.filter((row): row is RowIssue => !isContactRow(row));
  for (const issue of failed) options.onRow?.(issue.line, 'failed');
  await forEachConcurrent(rows.filter(isContactRow), options.concurrency ?? 8, async (row) => {
    try {
      const outcome = await upsertContact(client, row);
      counts[outcome] += 1;
      options.onRow?.(row.line, outcome);
    } catch (error) {
      failed.push({ line: row.line, email: row.email, reason: describeError(error) });
      options.onRow?.(row.line, 'failed');
    }
  });
  return { ...counts, failed };
}
