/**
 * Checks contact custom field values against the tenant's field definitions: every key must be
 * a defined field and every value must fit its type (`date` is `YYYY-MM-DD`, `select` one of
 * the options). `null` means "no value".
 */
import type { ContactCustomFieldValue, ContactCustomFieldValues, ContactField, FieldError } from '@atender/contract';

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Why `value` does not fit `field`, or `undefined` when it does. */
export function customFieldValueError(field: ContactField, value: ContactCustomFieldValue): string | undefined {
  if (value === null) return undefined;
  switch (field.type) {
    case 'text':
      return typeof value === 'string' ? undefined : `must be a string (field ${field.key} is text)`;
    case 'number':
      return typeof value === 'number' ? undefined : `must be a number (field ${field.key} is number)`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `must be a boolean (field ${field.key} is boolean)`;
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? undefined : `must be a date YYYY-MM-DD (field ${field.key} is date)`;
    case 'select':
      return typeof value === 'string' && field.options.includes(value) ? undefined : `must be one of ${field.options.join(', ')}`;
  }
}

/** Field errors for `values`, each at `<basePath>/<key>`. */
export function checkCustomFieldValues(fields: readonly ContactField[], values: ContactCustomFieldValues, basePath: string): FieldError[] {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(values)) {
    const field = byKey.get(key);
    const path = `${basePath}/${key}`;
    if (!field) {
      errors.push({ path, message: `no contact field with key ${key}` });
      continue;
    }
    const error = customFieldValueError(field, value);
    if (error) errors.push({ path, message: error });
  }
  return errors;
}

/** `values` without the `null` entries (a `null` clears a field). */
export function withoutNulls(values: ContactCustomFieldValues): ContactCustomFieldValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null));
}
