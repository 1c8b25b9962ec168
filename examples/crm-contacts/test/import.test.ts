import type { MockServer } from '@atender/mock/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importExitCode, runContactImport } from '../src/import.js';
import { acmeSandbox, recordingClient, SAMPLE_CSV, scratchDir, startSeededMock } from './helpers.js';

let server: MockServer;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  server = await startSeededMock();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.mock.reset();
  scratch = await scratchDir();
});
afterEach(() => scratch.remove());

const HEADER = 'email,name,phone,company,loyalty_tier,lifetime_orders,newsletter,member_since';
const contactByEmail = (email: string) => acmeSandbox(server).contacts.list((c) => c.email === email)[0];

describe('runContactImport with the sample CSV', { timeout: 30_000 }, () => {
  it('creates new contacts, updates a known one and reports every bad row by line', async () => {
    const { client } = recordingClient(server, 'contacts:write');
    const summary = await runContactImport({ file: SAMPLE_CSV, client });
    expect(summary).toMatchObject({ rows: 30, created: 21, updated: 1, unchanged: 0 });
    expect(summary.failed.map((row) => [row.line, row.reason])).toEqual([
      [16, 'email is missing'],
      [17, '"jordan.lee@" is not a valid email'],
      [18, '"lifetime_orders": "twelve" is not a number'],
      [19, '"member_since": "31/01/2024" is not a date (use YYYY-MM-DD)'],
      [20, '"loyalty_tier": "platinum" is not one of base, silver, gold'],
      [21, 'email maria.alvarez@example.com already appears on line 2'],
      [22, 'phone "555-0100" is not an international number like +4915123456789'],
      [28, '"newsletter": "maybe" is not a yes/no value (true, false, yes, no, 1, 0)'],
    ]);
    expect(importExitCode(summary)).toBe(1);
    expect(contactByEmail('kate.morgan@example.com')).toMatchObject({
      name: 'Kate "Kit" Morgan',
      phone: '+447700900123',
      customFields: { loyalty_tier: 'gold', lifetime_orders: 31, newsletter: true, member_since: '2018-10-02' },
    });
    expect(contactByEmail('tom.becker@example.net')?.company).toBe('Becker Guiding, LLC');
    // The seeded sandbox contact kept what the CSV leaves out and took what it sets.
    expect(contactByEmail('test.shopper@acme-sandbox.example')?.customFields).toEqual({
      loyalty_tier: 'silver',
      lifetime_orders: 3,
      newsletter: true,
      member_since: '2026-01-15',
    });
  });

  it('writes nothing when the same file is imported again', async () => {
    await runContactImport({ file: SAMPLE_CSV, client: recordingClient(server, 'contacts:write').client });
    const { client, writes } = recordingClient(server, 'contacts:write');
    const summary = await runContactImport({ file: SAMPLE_CSV, client });
    expect(writes()).toEqual([]);
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 22 });
    expect(summary.failed).toHaveLength(8);
  });

  it('stops before any write, naming contacts:write, when the key can only read', async () => {
    const { client, writes } = recordingClient(server, 'contacts:read');
    const summary = await runContactImport({ file: SAMPLE_CSV, client });
    expect(importExitCode(summary)).toBe(2);
    expect(summary.refused).toMatch(/lacks "contacts:write"[\s\S]*createContact/);
    expect(writes()).toEqual([]);
  });
});

describe('runContactImport with edited files', { timeout: 30_000 }, () => {
  it('updates only the fields that changed', async () => {
    const first = await scratch.write('a.csv', `${HEADER}\nzoe@acme-sandbox.example,Zoe Fixture,+15555550102,,gold,2,no,\n`);
    await runContactImport({ file: first, client: recordingClient(server, 'contacts:write').client });
    const second = await scratch.write('b.csv', `${HEADER}\nzoe@acme-sandbox.example,Zoe Fixture,+15555550102,,gold,3,no,\n`);
    const { client, writes } = recordingClient(server, 'contacts:write');
    const summary = await runContactImport({ file: second, client });
    expect(summary).toMatchObject({ updated: 1, created: 0 });
    expect(writes()).toEqual([{ method: 'PATCH', path: expect.stringMatching(/^\/api\/v1\/contacts\/.+/) }]);
    expect(contactByEmail('zoe@acme-sandbox.example')?.customFields).toMatchObject({ lifetime_orders: 3, loyalty_tier: 'gold' });
  });

  it('reports a broken quote and a short row by line and imports the rest', async () => {
    const file = await scratch.write(
      'broken.csv',
      `${HEADER}\r\n"ann@example.com,Ann,,,,,,\r\nbea@example.com,"Bea\r\nBaker",,,,,,\r\ncal@example.com,Cal\r\ndee@example.com,Dee,,,,,,\r\n`,
    );
    const summary = await runContactImport({ file, client: recordingClient(server, 'contacts:write').client });
    expect(summary.failed.map((row) => [row.line, row.reason])).toEqual([
      [2, 'unexpected "B" after a closing quote'],
      [5, 'has 2 fields, the header has 8'],
    ]);
    expect(summary.created).toBe(2);
    expect(contactByEmail('bea@example.com')?.name).toBe('Bea\r\nBaker');
  });

  it('reports rows naming an unknown custom field, and creates the field with --create-fields', async () => {
    const file = await scratch.write('fields.csv', 'email,name,shoe_size\nann@example.com,Ann,42\nbea@example.com,Bea,\n');
    const plain = await runContactImport({ file, client: recordingClient(server, 'contacts:write').client });
    expect(plain.failed).toEqual([
      { line: 2, email: 'ann@example.com', reason: expect.stringMatching(/"shoe_size" is not a custom field.*--create-fields/) },
    ]);
    expect(plain.created).toBe(1);
    const created = await runContactImport({ file, client: recordingClient(server, 'contacts:write').client, createFields: true });
    expect(created).toMatchObject({ fieldsCreated: ['shoe_size'], created: 1, unchanged: 1, failed: [] });
    const field = acmeSandbox(server).contactFields.list((f) => f.key === 'shoe_size')[0];
    expect(field).toMatchObject({ type: 'number', label: 'Shoe size' });
    expect(contactByEmail('ann@example.com')?.customFields).toEqual({ shoe_size: 42 });
  });

  it('refuses a file without an email column', async () => {
    const file = await scratch.write('no-email.csv', 'name,phone\nAnn,+13035550142\n');
    const { client, requests } = recordingClient(server, 'contacts:write');
    const summary = await runContactImport({ file, client });
    expect(summary.refused).toMatch(/line 1.*no "email" column/);
    expect(importExitCode(summary)).toBe(2);
    expect(requests).toEqual([]);
  });
});
