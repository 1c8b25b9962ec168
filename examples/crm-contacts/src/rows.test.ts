import type { Contact, ContactField } from '@atender/contract';
import { describe, expect, it } from 'vitest';
import { contactChanges } from './changes.js';
import { convertValue, inferFieldType, readColumns, readRow } from './rows.js';

const T = '2026-01-01T00:00:00Z';
const field = (key: string, type: ContactField['type'], options: string[] = []): ContactField => ({
  id: `fld_${key}`,
  key,
  label: key,
  type,
  options,
  createdAt: T,
  updatedAt: T,
});
const FIELDS = new Map(
  [field('tier', 'select', ['base', 'silver', 'gold']), field('orders', 'number'), field('vip', 'boolean'), field('since', 'date')].map(
    (f) => [f.key, f],
  ),
);
const columns = readColumns({ line: 1, fields: ['Email', 'name', 'phone', 'tier', 'orders', 'vip', 'since', 'shoe_size'] });
const row = (...fields: string[]) => readRow({ line: 7, fields }, columns, FIELDS);

describe('readColumns', () => {
  it('needs an email column and field-key-shaped custom columns', () => {
    expect(() => readColumns({ line: 1, fields: ['name', 'Plan Type'] })).toThrow(/no "email" column.*|Plan Type/);
    expect(() => readColumns({ line: 1, fields: ['email', 'email'] })).toThrow(/appears twice/);
  });
});

describe('readRow', () => {
  it('converts every type and normalises email and phone', () => {
    expect(row(' Ann@Example.COM ', 'Ann', '+1 (303) 555-0142', 'GOLD', '12', 'yes', '2024-02-29', '')).toEqual({
      line: 7,
      email: 'ann@example.com',
      name: 'Ann',
      phone: '+13035550142',
      customFields: { tier: 'gold', orders: 12, vip: true, since: '2024-02-29' },
    });
  });

  it('gives every reason a row is bad at once', () => {
    const bad = row('ann@', '', '555-0100', 'platinum', 'twelve', 'maybe', '2023-02-29', '44');
    expect(bad).toMatchObject({ line: 7 });
    const reasons = 'reason' in bad ? bad.reason.split('; ') : [];
    expect(reasons).toEqual([
      '"ann@" is not a valid email',
      'phone "555-0100" is not an international number like +4915123456789',
      '"tier": "platinum" is not one of base, silver, gold',
      '"orders": "twelve" is not a number',
      '"vip": "maybe" is not a yes/no value (true, false, yes, no, 1, 0)',
      '"since": "2023-02-29" is not a date (use YYYY-MM-DD)',
      '"shoe_size" is not a custom field of this account (create it, or run with --create-fields)',
    ]);
  });

  it('reports a missing email and a wrong field count', () => {
    expect(row('', 'Ann', '', '', '', '', '', '')).toEqual({ line: 7, reason: 'email is missing' });
    expect(readRow({ line: 9, fields: ['a@b.io'] }, columns, FIELDS)).toEqual({ line: 9, reason: 'has 1 fields, the header has 8' });
  });
});

describe('convertValue and inferFieldType', () => {
  it('keeps the option spelling of a select', () => {
    expect(convertValue(field('tier', 'select', ['Gold']), 'gold')).toEqual({ value: 'Gold' });
  });
  it.each([
    [['1', '2.5', ''], 'number'],
    [['yes', 'No'], 'boolean'],
    [['2024-01-01'], 'date'],
    [['blue', '2'], 'text'],
    [[''], 'text'],
  ] as const)('%j → %s', (cells, type) => expect(inferFieldType(cells)).toBe(type));
});

describe('contactChanges', () => {
  const contact: Contact = {
    id: 'con_1',
    email: 'ann@example.com',
    name: 'Ann',
    phone: null,
    company: 'Acme',
    customFields: { orders: 12, tier: 'gold' },
    createdAt: T,
    updatedAt: T,
  };
  it('is undefined when the row matches, whatever the row leaves out', () => {
    expect(contactChanges({ line: 2, email: 'ann@example.com', name: 'Ann', customFields: { orders: 12 } }, contact)).toBeUndefined();
  });
  it('sends only the differing fields and custom keys', () => {
    expect(
      contactChanges(
        { line: 2, email: 'ann@example.com', name: 'Ann', phone: '+13035550142', customFields: { orders: 13, tier: 'gold' } },
        contact,
      ),
    ).toEqual({
      phone: '+13035550142',
      customFields: { orders: 13 },
    });
  });
});
