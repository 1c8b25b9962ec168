import { describe, expect, it } from 'vitest';
import { call } from '../../../test/support/handler-context.js';
import { createStore } from '../store.js';
import { scoreText, snippetAround } from './text-search.js';

const fresh = () => createStore().for('ten_acme', 'sandbox');

describe('knowledge handlers', () => {
  it('lists articles oldest first and pages to the end', async () => {
    const store = fresh();
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const { body } = await call(store, 'listKbArticles', { query: { limit: 5, ...(cursor ? { cursor } : {}) } });
      ids.push(...body.data.map((a: { id: string }) => a.id));
      cursor = body.nextCursor ?? undefined;
    } while (cursor);
    expect(ids).toEqual(store.kbArticles.list().map((a) => a.id));
    expect(ids).toHaveLength(12);
  });

  it('answers 400 on /query/cursor for a foreign cursor', async () => {
    const result = await call(fresh(), 'listKbArticles', { query: { cursor: 'garbage!' } });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ code: 'VALIDATION_FAILED', requestId: 'req_test0001', errors: [{ path: '/query/cursor' }] });
  });

  it('filters by status, categoryId and slug', async () => {
    const store = fresh();
    const drafts = await call(store, 'listKbArticles', { query: { status: 'draft' } });
    expect(drafts.body.data.map((a: { slug: string }) => a.slug)).toEqual(['rent-gear-before-you-buy']);
    const care = store.kbCategories.find((c) => c.slug === 'product-care')!;
    const inCare = await call(store, 'listKbArticles', { query: { categoryId: care.id } });
    expect(inCare.body.data.every((a: { categoryId: string }) => a.categoryId === care.id)).toBe(true);
    expect(inCare.body.data.length).toBeGreaterThan(1);
    const bySlug = await call(store, 'listKbArticles', { query: { slug: 'start-a-return' } });
    expect(bySlug.body.data).toHaveLength(1);
  });

  it('creates, reads, updates and deletes an article; slugs are unique', async () => {
    const store = fresh();
    const sub = store.kbSubcategories.list()[0]!;
    const made = await call(store, 'createKbArticle', {
      body: { slug: 'bear-canisters', title: 'Bear canisters', body: 'Rules by park.', subcategoryId: sub.id },
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ status: 'draft', categoryId: sub.categoryId, subcategoryId: sub.id, tagIds: [] });
    expect((await call(store, 'createKbArticle', { body: { slug: 'bear-canisters', title: 'Again', body: 'x' } })).status).toBe(409);
    const updated = await call(store, 'updateKbArticle', {
      params: { articleId: made.body.id },
      body: { status: 'published', title: 'Bear canisters in national parks' },
    });
    expect(updated.body).toMatchObject({ status: 'published', title: 'Bear canisters in national parks', slug: 'bear-canisters' });
    expect((await call(store, 'updateKbArticle', { params: { articleId: made.body.id }, body: { slug: 'start-a-return' } })).status).toBe(
      409,
    );
    expect((await call(store, 'deleteKbArticle', { params: { articleId: made.body.id } })).body).toEqual({
      id: made.body.id,
      deleted: true,
    });
    expect((await call(store, 'getKbArticle', { params: { articleId: made.body.id } })).status).toBe(404);
  });

  it('refuses unknown references with field paths', async () => {
    const result = await call(fresh(), 'createKbArticle', {
      body: { slug: 'x', title: 'X', body: 'x', categoryId: 'cat_nope', tagIds: ['kbt_nope'] },
    });
    expect(result.status).toBe(400);
    expect(result.body.errors.map((e: { path: string }) => e.path)).toEqual(['/body/categoryId', '/body/tagIds/0']);
  });

  it("answers 404 for another tenant's or environment's article", async () => {
    const store = createStore();
    const globexArticle = store.for('ten_globex', 'sandbox').kbArticles.list()[0]!.id;
    const acmeLive = store.for('ten_acme', 'production').kbArticles.list()[0]!.id;
    for (const id of [globexArticle, acmeLive]) {
      const result = await call(store.for('ten_acme', 'sandbox'), 'getKbArticle', { params: { articleId: id } });
      expect(result).toMatchObject({ status: 404, body: { code: 'NOT_FOUND', status: 404 } });
      expect(result.headers?.['content-type']).toBe('application/problem+json');
    }
  });

  it('deleting a category drops its subcategories and uncategorises its articles', async () => {
    const store = fresh();
    const category = store.kbCategories.find((c) => c.slug === 'returns-exchanges')!;
    await call(store, 'deleteKbCategory', { params: { categoryId: category.id } });
    expect(store.kbSubcategories.list((s) => s.categoryId === category.id)).toEqual([]);
    expect(store.kbArticles.find((a) => a.slug === 'start-a-return')).toMatchObject({ categoryId: null, subcategoryId: null });
  });

  it('keeps category, subcategory (per category) and KB tag slugs unique', async () => {
    const store = fresh();
    const category = store.kbCategories.list()[0]!;
    const other = store.kbCategories.list()[1]!;
    const sub = store.kbSubcategories.find((s) => s.categoryId === category.id)!;
    expect((await call(store, 'createKbCategory', { body: { name: 'Dup', slug: category.slug } })).status).toBe(409);
    expect((await call(store, 'createKbSubcategory', { body: { categoryId: category.id, name: 'Dup', slug: sub.slug } })).status).toBe(409);
    expect((await call(store, 'createKbSubcategory', { body: { categoryId: other.id, name: 'Fine', slug: sub.slug } })).status).toBe(201);
    expect((await call(store, 'createKbTag', { body: { name: 'shipping', slug: 'shipping' } })).status).toBe(409);
    const tagId = store.kbTags.find((t) => t.slug === 'shipping')!.id;
    await call(store, 'deleteKbTag', { params: { kbTagId: tagId } });
    expect(store.kbArticles.list((a) => a.tagIds.includes(tagId))).toEqual([]);
  });
});

describe('searchKbArticles', () => {
  it('ranks title matches above body matches, best first, with a snippet', async () => {
    const { body } = await call(fresh(), 'searchKbArticles', { query: { q: 'sleeping bag' } });
    const titles = body.data.map((h: { article: { title: string } }) => h.article.title);
    expect(titles[0]).toBe('Cleaning and storing a down sleeping bag');
    const scores = body.data.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.data[0].snippet.toLowerCase()).toContain('sleeping bag');
  });

  it('matches word prefixes, filters by status and pages', async () => {
    const store = fresh();
    const all = await call(store, 'searchKbArticles', { query: { q: 'return' } });
    expect(all.body.data.length).toBeGreaterThan(2);
    const published = await call(store, 'searchKbArticles', { query: { q: 'repair', status: 'published' } });
    expect(published.body.data.every((h: { article: { status: string } }) => h.article.status === 'published')).toBe(true);
    const first = await call(store, 'searchKbArticles', { query: { q: 'return', limit: 1 } });
    const second = await call(store, 'searchKbArticles', { query: { q: 'return', limit: 1, cursor: first.body.nextCursor } });
    expect(second.body.data[0].article.id).toBe(all.body.data[1].article.id);
    expect((await call(store, 'searchKbArticles', { query: { q: 'xylophone' } })).body).toEqual({ data: [], nextCursor: null });
  });

  it('scores and snippets as documented', () => {
    expect(scoreText(['tent'], 'Tent care', 'x')).toBeGreaterThan(scoreText(['tent'], 'Care', 'a tent'));
    expect(scoreText(['tent', 'pole'], 'x', 'tent pole')).toBeGreaterThan(scoreText(['tent', 'pole'], 'x', 'tent tent tent'));
    expect(snippetAround(['pole'], `${'word '.repeat(40)}the pole broke ${'more '.repeat(40)}`)).toMatch(/^….*pole broke.*…$/);
  });
});
