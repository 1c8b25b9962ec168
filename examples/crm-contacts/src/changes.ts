/** What an update must send: the pure comparison behind "update only what changed". */
import type { Contact, ContactUpdate } from '@atender/contract';
import type { ContactRow } from './rows.js';

/**
 * The PATCH body that brings `contact` in line with `row`: only the fields the row sets and
 * that differ. Custom fields merge on the server, so only the differing keys are sent.
 *
 * @returns `undefined` when nothing differs.
 */
export function contactChanges(row: ContactRow, contact: Contact): ContactUpdate | undefined {
  const update: ContactUpdate = {};
  for (const field of ['name', 'phone', 'company'] as const) {
    const value = row[field];
    if (value !== undefined && value !== contact[field]) update[field] = value;
  }
  const customFields = Object.fromEntries(Object.entries(row.customFields).filter(([key, value]) => contact.customFields[key] !== value));
  if (Object.keys(customFields).length > 0) update.customFields = customFields;
  return Object.keys(update).length > 0 ? update : undefined;
}
