/**
 * From CSV records to contacts: which columns mean what, and whether each row is usable. Pure,
 * so every rule about a bad row is tested without a server. A row gets every reason it is bad
 * at once, so one pass over the file is enough to fix it.
 */
import type { ContactCustomFieldValue, ContactField, ContactFieldType } from '@atender/contract';
import type { CsvRecord } from './csv.js';

/** Columns every contact has; any other column names a custom field by its `key`. */
export const STANDARD_COLUMNS = ['email', 'name', 'phone', 'company'] as const;
type StandardColumn = (typeof STANDARD_COLUMNS)[number];

/** The pattern of the spec's `ContactField.key`. */
export const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;

/** Where each column is. */
export interface Columns {
  readonly standard: ReadonlyMap<StandardColumn, number>;
  /** Custom field keys with their column index. */
  readonly custom: readonly { readonly key: string; readonly index: number }[];
  readonly count: number;
}

/** A row ready to upsert. Absent fields and empty cells leave the contact's value as it is. */
export interface ContactRow {
  readonly line: number;
  readonly email: string;
  readonly name?: string;
  readonly phone?: string;
  readonly company?: string;
  readonly customFields: Readonly<Record<string, ContactCustomFieldValue>>;
}

/** A row that was not imported, and why. */
export interface RowIssue {
  readonly line: number;
  readonly reason: string;
  readonly email?: string;
}

/**
 * Reads the header row.
 *
 * @throws Error when there is no `email` column, a name repeats, or a name cannot be a field key.
 */
export function readColumns(header: CsvRecord): Columns {
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) problems.push(`column "${name}" appears twice`);
    seen.add(name);
    if (!(STANDARD_COLUMNS as readonly string[]).includes(name) && !FIELD_KEY_PATTERN.test(name))
      problems.push(`column "${name}" is neither ${STANDARD_COLUMNS.join('/')} nor a custom field key (lowercase, digits, _)`);
  }
  if (!seen.has('email')) problems.push('there is no "email" column: contacts are matched by email');
  if (problems.length > 0) throw new Error(`Bad header on line ${header.line}: ${problems.join('; ')}`);
  const standard = new Map<StandardColumn, number>();
  const custom: { key: string; index: number }[] = [];
  names.forEach((name, index) => {
    if ((STANDARD_COLUMNS as readonly string[]).includes(name)) standard.set(name as StandardColumn, index);
    else custom.push({ key: name, index });
  });
  return { standard, custom, count: names.length };
}

const EMAIL = /^[^\s@"(),:;<>[\\\]]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
const E164 = /^\+[1-9][0-9]{6,14}$/;
const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, false: false, yes: true, no: false, '1': true, '0': false };

/** `+49 151 2345-6789` → `+4915123456789`; `0049…` → `+49…`. */
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s().-]/g, '').replace(/^00/, '+');
}

/** Whether `YYYY-MM-DD` names a real calendar day. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

/**
 * Converts a cell to the JSON value its field type takes.
 *
 * @returns the value, or a reason it does not fit.
 */
export function convertValue(
  field: Pick<ContactField, 'key' | 'type' | 'options'>,
  cell: string,
): { value: ContactCustomFieldValue } | { reason: string } {
  const bad = (what: string) => ({ reason: `"${field.key}": ${JSON.stringify(cell)} ${what}` });
  switch (field.type) {
    case 'number': {
      if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cell)) return bad('is not a number');
      return { value: Number(cell) };
    }
    case 'boolean': {
      const value = BOOLEANS[cell.toLowerCase()];
      return value === undefined ? bad('is not a yes/no value (true, false, yes, no, 1, 0)') : { value };
    }
    case 'date':
      return isCalendarDate(cell) ? { value: cell } : bad('is not a date (use YYYY-MM-DD)');
    case 'select': {
      // Case-insensitive, but the option's own spelling is what gets stored.
      const option = field.options.find((o) => o.toLowerCase() === cell.toLowerCase());
      return option === undefined ? bad(`is not one of ${field.options.join(', ')}`) : { value: option };
    }
    default:
      return { value: cell };
  }
}

/** Guesses the type of a field to create from the values in its column (`select` is never guessed). */
export function inferFieldType(cells: readonly string[]): ContactFieldType {
  const values = cells.filter((cell) => cell !== '');
  if (values.length === 0) return 'text';
  const all = (type: ContactFieldType) => values.every((cell) => 'value' in convertValue({ key: 'x', type, options: [] }, cell));
  if (all('number')) return 'number';
  if (values.every((cell) => /^(true|false|yes|no)$/i.test(cell))) return 'boolean';
  return all('date') ? 'date' : 'text';
}

function readStandard(fields: readonly string[], columns: Columns, reasons: string[]): Omit<ContactRow, 'line' | 'customFields'> {
  const cell = (column: StandardColumn) => {
    const index = columns.standard.get(column);
    return index === undefined ? '' : fields[index]!.trim();
  };
  const email = cell('email').toLowerCase();
  if (email === '') reasons.push('email is missing');
  else if (email.length > 254 || !EMAIL.test(email)) reasons.push(`${JSON.stringify(cell('email'))} is not a valid email`);
  const row: { email: string; name?: string; phone?: string; company?: string } = { email };
  const phone = normalizePhone(cell('phone'));
  if (phone !== '' && !E164.test(phone))
    reasons.push(`phone ${JSON.stringify(cell('phone'))} is not an international number like +4915123456789`);
  else if (phone !== '') row.phone = phone;
  for (const column of ['name', 'company'] as const) {
    const value = cell(column);
    if (value.length > 200) reasons.push(`${column} is longer than 200 characters`);
    else if (value !== '') row[column] = value;
  }
  return row;
}

/**
 * Validates one record against the header and the field definitions.
 *
 * @param definitions - the tenant's custom fields by key; a value in a column not among them is a bad row.
 */
export function readRow(record: CsvRecord, columns: Columns, definitions: ReadonlyMap<string, ContactField>): ContactRow | RowIssue {
  if (record.fields.length !== columns.count) {
    return { line: record.line, reason: `has ${record.fields.length} fields, the header has ${columns.count}` };
  }
  const reasons: string[] = [];
  const standard = readStandard(record.fields, columns, reasons);
  const customFields: Record<string, ContactCustomFieldValue> = {};
  for (const { key, index } of columns.custom) {
    const cell = record.fields[index]!.trim();
    if (cell === '') continue;
    const definition = definitions.get(key);
    if (!definition) {
      reasons.push(`"${key}" is not a custom field of this account (create it, or run with --create-fields)`);
      continue;
    }
    const converted = convertValue(definition, cell);
    if ('reason' in converted) reasons.push(converted.reason);
    else customFields[key] = converted.value;
  }
  const email = standard.email || undefined;
  if (reasons.length > 0) return { line: record.line, reason: reasons.join('; '), ...(email && { email }) };
  return { line: record.line, ...standard, customFields };
}

/** Whether {@link readRow} gave a usable row. */
export const isContactRow = (row: ContactRow | RowIssue): row is ContactRow => !('reason' in row);
