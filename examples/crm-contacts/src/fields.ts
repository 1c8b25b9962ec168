/**
 * Custom field definitions: the tenant's, read once, and — only with --create-fields — the ones
 * the CSV names but the tenant lacks. Creating definitions changes the account for every
 * contact, so it is opt-in; by default such columns make their rows bad instead.
 */
import type { ContactField, ContactFieldCreate } from '@atender/contract';
import type { AtenderClient } from './connect.js';
import type { CsvRecord } from './csv.js';
import { type Columns, inferFieldType } from './rows.js';

/** Every custom field definition of the tenant, by key. */
export async function listFieldDefinitions(client: AtenderClient): Promise<Map<string, ContactField>> {
  const fields = new Map<string, ContactField>();
  for await (const field of client.paginate('/api/v1/contact-fields', { params: { query: { limit: 100 } } })) {
    fields.set(field.key, field);
  }
  return fields;
}

/** `renewal_date` → `Renewal date`. */
export function labelFromKey(key: string): string {
  const words = key.replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The definitions to create for columns no field matches, typed from the column's values
 * (`number`, `boolean`, `date`, else `text`; `select` needs its options and is never guessed).
 * Columns with no value in any row are skipped: there is nothing to store.
 */
export function missingFieldDefinitions(
  columns: Columns,
  records: readonly CsvRecord[],
  known: ReadonlyMap<string, ContactField>,
): ContactFieldCreate[] {
  return columns.custom
    .filter(({ key }) => !known.has(key))
    .map(({ key, index }) => ({ key, cells: records.map((r) => r.fields[index]?.trim() ?? '') }))
    .filter(({ cells }) => cells.some((cell) => cell !== ''))
    .map(({ key, cells }) => ({ key, label: labelFromKey(key), type: inferFieldType(cells) }));
}

/** Creates definitions one by one and adds them to `known`; returns the keys created. */
export async function createFieldDefinitions(
  client: AtenderClient,
  wanted: readonly ContactFieldCreate[],
  known: Map<string, ContactField>,
): Promise<string[]> {
  const created: string[] = [];
  for (const body of wanted) {
    const { data } = await client.POST('/api/v1/contact-fields', { body });
    known.set(data.key, data);
    created.push(data.key);
  }
  return created;
}
