import { describe, expect, it } from 'vitest';
import { call } from '../../../test/support/handler-context.js';
import { createStore } from '../store.js';

const fresh = () => createStore().for('ten_acme', 'production');
const paths = (body: { errors: { path: string }[] }) => body.errors.map((e) => e.path);

describe('contacts', () => {
  it('filters by exact email (any case) and by text', async () => {
    const store = fresh();
    expect((await call(store, 'listContacts', { query: { email: 'MARIA.alvarez@example.com' } })).body.data).toHaveLength(1);
    const club = await call(store, 'listContacts', { query: { q: 'club' } });
    expect(club.body.data.map((c: { company: string }) => c.company)).toEqual(['Front Range Climbing Club']);
  });

  it('keeps emails unique per tenant and environment (409), any case', async () => {
    const store = createStore();
    const live = store.for('ten_acme', 'production');
    expect((await call(live, 'createContact', { body: { email: 'Maria.Alvarez@example.com' } })).status).toBe(409);
    expect((await call(store.for('ten_acme', 'sandbox'), 'createContact', { body: { email: 'maria.alvarez@example.com' } })).status).toBe(
      201,
    );
    const other = live.contacts.list()[1]!;
    expect(
      (await call(live, 'updateContact', { params: { contactId: other.id }, body: { email: 'maria.alvarez@example.com' } })).status,
    ).toBe(409);
    expect((await call(live, 'createContact', { body: { name: 'Nobody' } })).status).toBe(400);
  });

  it('checks custom field values against their definitions, with field paths', async () => {
    const store = fresh();
    const result = await call(store, 'createContact', {
      body: {
        email: 'x@example.com',
        customFields: { loyalty_tier: 'platinum', lifetime_orders: '3', newsletter: 'yes', member_since: '2026-02-30', shoe: 9 },
      },
    });
    expect(result.status).toBe(400);
    expect(paths(result.body).sort()).toEqual(
      [
        '/body/customFields/lifetime_orders',
        '/body/customFields/loyalty_tier',
        '/body/customFields/member_since',
        '/body/customFields/newsletter',
        '/body/customFields/shoe',
      ].sort(),
    );
    const put = await call(store, 'setContactCustomFields', {
      params: { contactId: 'con_acmeP01' },
      body: { values: { lifetime_orders: true } },
    });
    expect(put).toMatchObject({ status: 400, body: { errors: [{ path: '/body/values/lifetime_orders' }] } });
  });

  it('merges custom fields on update (null clears) and replaces them on PUT', async () => {
    const store = fresh();
    const updated = await call(store, 'updateContact', {
      params: { contactId: 'con_acmeP01' },
      body: { customFields: { newsletter: false, member_since: null } },
    });
    expect(updated.body.customFields).toEqual({ loyalty_tier: 'gold', lifetime_orders: 14, newsletter: false });
    const put = await call(store, 'setContactCustomFields', {
      params: { contactId: 'con_acmeP01' },
      body: { values: { loyalty_tier: 'silver' } },
    });
    expect(put.body).toEqual({ contactId: 'con_acmeP01', values: { loyalty_tier: 'silver' } });
    expect((await call(store, 'getContactCustomFields', { params: { contactId: 'con_acmeP01' } })).body.values).toEqual({
      loyalty_tier: 'silver',
    });
  });

  it('manages field definitions: unique keys, select options, options in use, cascade delete', async () => {
    const store = fresh();
    const tier = store.contactFields.find((f) => f.key === 'loyalty_tier')!;
    expect((await call(store, 'createContactField', { body: { key: 'loyalty_tier', label: 'Again', type: 'text' } })).status).toBe(409);
    expect((await call(store, 'createContactField', { body: { key: 'region', label: 'Region', type: 'select' } })).status).toBe(400);
    expect((await call(store, 'updateContactField', { params: { fieldId: tier.id }, body: { options: ['base', 'silver'] } })).status).toBe(
      409,
    );
    expect(
      (await call(store, 'updateContactField', { params: { fieldId: tier.id }, body: { options: ['base', 'silver', 'gold', 'platinum'] } }))
        .body.options,
    ).toHaveLength(4);
    await call(store, 'deleteContactField', { params: { fieldId: tier.id } });
    expect(store.contacts.list((c) => 'loyalty_tier' in c.customFields)).toEqual([]);
  });
});

describe('tags', () => {
  it('builds the tree with parents and children', async () => {
    const { body } = await call(fresh(), 'getTagTree');
    expect(body.data.map((n: { name: string }) => n.name)).toEqual(['Orders', 'Returns', 'Product question', 'Warranty claim']);
    expect(body.data[0].children.map((n: { name: string }) => n.name)).toEqual(['Where is my order', 'Damaged in transit']);
    expect(body.data[3].children).toEqual([]);
  });

  it('lists direct children by parentId', async () => {
    const store = fresh();
    const orders = store.tags.find((t) => t.name === 'Orders')!;
    const { body } = await call(store, 'listTags', { query: { parentId: orders.id } });
    expect(body.data.every((t: { parentId: string }) => t.parentId === orders.id)).toBe(true);
    expect(body.data).toHaveLength(2);
  });

  it('refuses sibling name clashes, cycles and deleting a parent (409)', async () => {
    const store = fresh();
    const orders = store.tags.find((t) => t.name === 'Orders')!;
    const child = store.tags.find((t) => t.parentId === orders.id)!;
    expect((await call(store, 'createTag', { body: { name: 'orders', color: '#000000' } })).status).toBe(409);
    expect((await call(store, 'createTag', { body: { name: 'Orders', color: '#000000', parentId: child.id } })).status).toBe(201);
    expect((await call(store, 'updateTag', { params: { tagId: orders.id }, body: { parentId: child.id } })).status).toBe(409);
    expect((await call(store, 'updateTag', { params: { tagId: orders.id }, body: { parentId: orders.id } })).status).toBe(409);
    expect((await call(store, 'deleteTag', { params: { tagId: orders.id } })).status).toBe(409);
  });

  it('moves a tag and deletes a leaf, removing it from conversations', async () => {
    const store = fresh();
    const leaf = store.tags.find((t) => t.name === 'Damaged in transit')!;
    const returns = store.tags.find((t) => t.name === 'Returns')!;
    expect((await call(store, 'updateTag', { params: { tagId: leaf.id }, body: { parentId: returns.id } })).body.parentId).toBe(returns.id);
    expect(store.conversations.list((c) => c.tagIds.includes(leaf.id)).length).toBeGreaterThan(0);
    expect((await call(store, 'deleteTag', { params: { tagId: leaf.id } })).status).toBe(200);
    expect(store.conversations.list((c) => c.tagIds.includes(leaf.id))).toEqual([]);
  });
});
