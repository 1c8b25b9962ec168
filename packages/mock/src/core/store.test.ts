import type { KbTag } from '@atender/contract';
import { describe, expect, it } from 'vitest';
import { Collection, createIdFactory, page } from './collection.js';
import { DEFAULT_SEED, DEMO_WEBHOOK_SECRETS } from './seed.js';
import { createStore } from './store.js';

const ID_PATTERN = /^[a-z]+_[A-Za-z0-9]+$/;
const tag = (name: string) => ({ name, slug: name, createdAt: '2026-01-01T00:00:00.000Z' });

describe('Collection', () => {
  it('inserts with a prefixed, spec-valid, unique id and reads back copies', () => {
    const tags = new Collection<KbTag>('kbt', createIdFactory());
    const a = tags.insert(tag('a'));
    const b = tags.insert(tag('b'));
    expect(a.id).toMatch(/^kbt_/);
    expect(a.id).toMatch(ID_PATTERN);
    expect(a.id).not.toBe(b.id);
    a.name = 'mutated';
    expect(tags.get(a.id)?.name).toBe('a');
    const listed = tags.list();
    expect(() => {
      listed[0]!.name = 'mutated too';
    }).toThrow(TypeError);
    expect(tags.list().map((t) => t.name)).toEqual(['a', 'b']);
  });

  it('lists without copying the collection: the same frozen records every time', () => {
    const tags = new Collection<KbTag>('kbt', createIdFactory());
    tags.insert(tag('a'));
    expect(tags.list()[0]).toBe(tags.list()[0]);
    expect(Object.isFrozen(tags.list()[0])).toBe(true);
  });

  it('keeps an indexed field consistent through insert, update and remove', () => {
    type Row = { id: string; group: string; n: number };
    const rows = new Collection<Row>('row', createIdFactory(), ['group']);
    const a = rows.insert({ group: 'g1', n: 1 });
    const b = rows.insert({ group: 'g1', n: 2 });
    rows.insert({ group: 'g2', n: 3 });
    expect(rows.listWhere('group', 'g1').map((r) => r.n)).toEqual([1, 2]);
    rows.update(a.id, { group: 'g2' });
    rows.remove(b.id);
    expect(rows.listWhere('group', 'g1')).toEqual([]);
    expect(rows.listWhere('group', 'g2').map((r) => r.n)).toEqual([3, 1]);
    expect(rows.listWhere('n', 3).map((r) => r.group)).toEqual(['g2']);
    rows.clear();
    expect(rows.listWhere('group', 'g2')).toEqual([]);
  });

  it('updates without changing the id, removes, and keeps insertion order', () => {
    const tags = new Collection<KbTag>('kbt', createIdFactory());
    const ids = ['x', 'y', 'z'].map((n) => tags.insert(tag(n)).id);
    expect(tags.update(ids[1]!, { name: 'why' })).toMatchObject({ id: ids[1], name: 'why' });
    expect(tags.update('kbt_missing', { name: 'no' })).toBeUndefined();
    expect(tags.remove(ids[0]!)).toBe(true);
    expect(tags.remove(ids[0]!)).toBe(false);
    expect(tags.list().map((t) => t.name)).toEqual(['why', 'z']);
    expect(tags.list((t) => t.name === 'z')).toHaveLength(1);
  });

  it('keeps a given id (seeding)', () => {
    const tags = new Collection<KbTag>('kbt', createIdFactory());
    expect(tags.insert({ ...tag('s'), id: 'kbt_seed01' }).id).toBe('kbt_seed01');
  });
});

describe('page', () => {
  const items = Array.from({ length: 53 }, (_, i) => ({ id: `itm_${i}` }));

  it('walks to the end with opaque cursors and a null last cursor', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const result = page(items, { limit: 20, cursor });
      if (!result.ok) throw new Error(result.message);
      seen.push(...result.data.map((i) => i.id));
      if (result.nextCursor !== null) expect(result.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
      cursor = result.nextCursor ?? undefined;
      pages++;
    } while (cursor !== undefined);
    expect(pages).toBe(3);
    expect(seen).toEqual(items.map((i) => i.id));
  });

  it('defaults to 25, caps at 100 and stays stable when earlier items disappear', () => {
    const first = page(items, {});
    expect(first.ok && first.data.length).toBe(25);
    expect(page(items, { limit: 500 }).ok && (page(items, { limit: 500 }) as { data: unknown[] }).data.length).toBe(53);
    const next = first.ok ? (first.nextCursor ?? undefined) : undefined;
    const shrunk = items.slice(5);
    const resumed = page(shrunk, { cursor: next });
    expect(resumed.ok && resumed.data[0]?.id).toBe('itm_25');
  });

  it('refuses a cursor it did not issue', () => {
    expect(page(items, { cursor: 'not a cursor!' }).ok).toBe(false);
    expect(page(items, { cursor: 'eyJ4IjoxfQ' }).ok).toBe(false);
  });
});

describe('createStore', () => {
  it('seeds both demo tenants in both environments, with different content', () => {
    const store = createStore();
    for (const tenant of ['ten_acme', 'ten_globex']) {
      for (const env of ['production', 'sandbox'] as const) {
        const s = store.for(tenant, env);
        expect(s.kbArticles.size).toBe(12);
        expect(s.conversations.size).toBe(10);
        expect(s.contacts.size).toBe(10);
        expect(s.users.size).toBe(5);
        expect(s.teams.size).toBe(2);
        expect(s.tags.list((t) => t.parentId !== null).length).toBeGreaterThan(0);
      }
      const prod = store
        .for(tenant, 'production')
        .contacts.list()
        .map((c) => c.email);
      const sandbox = store
        .for(tenant, 'sandbox')
        .contacts.list()
        .map((c) => c.email);
      expect(prod.filter((email) => email !== null && sandbox.includes(email))).toEqual([]);
    }
  });

  it('isolates tenants and environments: no id of one store exists in another', () => {
    const store = createStore();
    const acme = store.for('ten_acme', 'sandbox');
    const others = [store.for('ten_acme', 'production'), store.for('ten_globex', 'sandbox'), store.for('ten_globex', 'production')];
    const article = acme.kbArticles.list()[0]!;
    for (const other of others) {
      expect(other.kbArticles.get(article.id)).toBeUndefined();
      expect(other.conversations.get(acme.conversations.list()[0]!.id)).toBeUndefined();
    }
    acme.kbArticles.remove(article.id);
    expect(store.for('ten_acme', 'sandbox').kbArticles.has(article.id)).toBe(false);
    expect(createStore().for('ten_acme', 'sandbox').kbArticles.has(article.id)).toBe(true);
  });

  it('gives unknown tenants an empty store and seed: false empty stores', () => {
    expect(createStore().for('ten_nobody', 'sandbox').kbArticles.size).toBe(0);
    expect(createStore({ seed: false }).for('ten_acme', 'sandbox').kbArticles.size).toBe(0);
  });

  it('resets every store back to the seed, keeping references valid', () => {
    const store = createStore();
    const acme = store.for('ten_acme', 'sandbox');
    const before = acme.kbArticles.list();
    acme.kbArticles.insert({ ...before[0]!, id: undefined, slug: 'added' });
    acme.kbArticles.remove(before[1]!.id);
    acme.settings.set({ ...acme.settings.get()!, name: 'Changed' });
    store.reset();
    expect(acme.kbArticles.list()).toEqual(before);
    expect(acme.settings.get()?.name).toBe('Acme Outdoor Gear (sandbox)');
  });

  it('shares API keys between the environments of a tenant only', () => {
    const store = createStore();
    const prod = store.for('ten_acme', 'production');
    expect(
      prod.apiKeys
        .list()
        .map((k) => k.environment)
        .sort(),
    ).toEqual(['production', 'production', 'sandbox']);
    expect(store.for('ten_acme', 'sandbox').apiKeys).toBe(prod.apiKeys);
    expect(store.for('ten_globex', 'production').apiKeys.has('key_acme01')).toBe(false);
  });
});

describe('DEFAULT_SEED', () => {
  it('is deterministic and uses spec-valid ids and 2026 timestamps', () => {
    const json = JSON.stringify(DEFAULT_SEED);
    for (const match of json.matchAll(/"id":"([^"]+)"/g)) expect(match[1]).toMatch(ID_PATTERN);
    for (const match of json.matchAll(/"(?:createdAt|updatedAt)":"([^"]+)"/g)) expect(match[1]!.startsWith('2026-')).toBe(true);
  });

  it('exports the webhook secrets in Standard Webhooks form', () => {
    const secrets = DEMO_WEBHOOK_SECRETS.ten_acme!.sandbox;
    expect(Object.keys(secrets)).toEqual(['whk_acmeS01', 'whk_acmeS02']);
    for (const secret of Object.values(secrets)) expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/);
  });
});
