/**
 * One row, one contact: find it by email, then create it, update only what differs, or leave
 * it alone. Leaving it alone is what makes a re-run of the same file write nothing.
 */
import type { Contact } from '@atender/contract';
import { ConflictError } from '@atender/sdk';
import { contactChanges } from './changes.js';
import type { AtenderClient } from './connect.js';
import type { ContactRow } from './rows.js';

/** What happened to a row's contact. */
export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/** The contact with this email (the API matches case-insensitively), if any. */
export async function findContactByEmail(client: AtenderClient, email: string): Promise<Contact | undefined> {
  const { data } = await client.GET('/api/v1/contacts', { params: { query: { email, limit: 1 } } });
  return data.data[0];
}

async function updateIfChanged(client: AtenderClient, row: ContactRow, contact: Contact): Promise<UpsertOutcome> {
  const changes = contactChanges(row, contact);
  if (!changes) return 'unchanged';
  await client.PATCH('/api/v1/contacts/{contactId}', { params: { path: { contactId: contact.id } }, body: changes });
  return 'updated';
}

/**
 * Creates or updates the contact of one row.
 *
 * @throws the SDK's typed errors; the caller records them against the row's line.
 */
export async function upsertContact(client: AtenderClient, row: ContactRow): Promise<UpsertOutcome> {
  const existing = await findContactByEmail(client, row.email);
  if (existing) return updateIfChanged(client, row, existing);
  const { line: _line, ...body } = row;
  try {
    await client.POST('/api/v1/contacts', { body });
    return 'created';
  } catch (error) {
    // Someone created the same email between our lookup and our create: update theirs instead.
    if (!ConflictError.is(error)) throw error;
    const raced = await findContactByEmail(client, row.email);
    if (!raced) throw error;
    return updateIfChanged(client, row, raced);
  }
}
