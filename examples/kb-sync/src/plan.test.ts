import type { KbArticle } from '@atender/contract';
import { describe, expect, it } from 'vitest';
import type { ArticleSource } from './front-matter.js';
import { createPlan, isEmptyPlan, type RemoteState } from './plan.js';
import { collectVault } from './vault.js';

const T = '2026-01-01T00:00:00Z';
const source = (slug: string, extra: Partial<ArticleSource> = {}): ArticleSource => ({
  file: `${slug}.md`,
  slug,
  slugLine: 2,
  title: `Title ${slug}`,
  body: `Body ${slug}`,
  ...extra,
});
const remoteArticle = (slug: string, extra: Partial<KbArticle> = {}): KbArticle => ({
  id: `art_${slug}`,
  slug,
  title: `Title ${slug}`,
  body: `Body ${slug}`,
  status: 'published',
  categoryId: null,
  subcategoryId: null,
  tagIds: [],
  createdAt: T,
  updatedAt: T,
  ...extra,
});
const remote = (articles: KbArticle[] = []): RemoteState => ({
  articles,
  categories: [{ id: 'cat_orders', name: 'Orders', slug: 'orders', position: 0, createdAt: T, updatedAt: T }],
  subcategories: [
    { id: 'sub_tracking', categoryId: 'cat_orders', name: 'Tracking', slug: 'tracking', position: 0, createdAt: T, updatedAt: T },
  ],
  tags: [{ id: 'kbt_orders', name: 'orders', slug: 'orders', createdAt: T }],
});

describe('createPlan', () => {
  it('creates missing articles and only the taxonomy that does not exist', () => {
    const vault = collectVault(
      [
        source('a', { category: 'Orders', subcategory: 'Tracking', tags: ['orders', 'Late Parcels'] }),
        source('b', { category: 'Returns & exchanges', subcategory: 'Refunds' }),
      ],
      [],
    );
    const plan = createPlan(vault, remote());
    expect(plan.creates.map((s) => s.source.slug)).toEqual(['a', 'b']);
    expect(plan.categories).toEqual([{ name: 'Returns & exchanges', slug: 'returns-exchanges' }]);
    expect(plan.subcategories).toEqual([
      { name: 'Refunds', slug: 'refunds', categorySlug: 'returns-exchanges', key: 'returns-exchanges/refunds' },
    ]);
    expect(plan.tags).toEqual([{ name: 'Late Parcels', slug: 'late-parcels' }]);
    expect(plan.creates[0]!.fields).toEqual(['title', 'body', 'category', 'subcategory', 'tags']);
  });

  it('leaves matching articles alone and compares only fields the file owns', () => {
    const vault = collectVault([source('a', { category: 'Orders', subcategory: 'Tracking', tags: ['orders'] }), source('b')], []);
    const plan = createPlan(
      vault,
      remote([
        remoteArticle('a', { categoryId: 'cat_orders', subcategoryId: 'sub_tracking', tagIds: ['kbt_orders'] }),
        // b's file sets no status, category or tags: the remote values are not its business.
        remoteArticle('b', { status: 'draft', categoryId: 'cat_orders', tagIds: ['kbt_orders'] }),
      ]),
    );
    expect(isEmptyPlan(plan)).toBe(true);
    expect(plan.unchanged).toHaveLength(2);
  });

  it('updates exactly the fields that differ', () => {
    const vault = collectVault([source('a', { title: 'New title', status: 'published', tags: [] })], []);
    const plan = createPlan(vault, remote([remoteArticle('a', { tagIds: ['kbt_orders'] })]));
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0]!.fields).toEqual(['title', 'tags']);
  });

  it('prunes only with --prune, and never a slug a broken file still claims', () => {
    const vault = collectVault([source('a')], [{ file: 'b.md', line: 3, message: 'broken', slug: 'b' }]);
    const state = remote([remoteArticle('a'), remoteArticle('b'), remoteArticle('c')]);
    expect(createPlan(vault, state).deletes).toEqual([]);
    expect(createPlan(vault, state, { prune: true }).deletes.map((a) => a.slug)).toEqual(['c']);
  });

  it('withholds the prune while a file could not be identified', () => {
    const vault = collectVault([source('a')], [{ file: 'Weird Name.md', line: 1, message: 'no front matter' }]);
    const plan = createPlan(vault, remote([remoteArticle('a'), remoteArticle('c')]), { prune: true });
    expect(plan.deletes).toEqual([]);
    expect(plan.pruneWithheld).toMatch(/Weird Name\.md/);
  });
});

describe('collectVault', () => {
  it('skips every file of a duplicated slug and points each at the others', () => {
    const vault = collectVault([source('a'), { ...source('a'), file: 'other/a.md', slugLine: 4 }, source('b')], []);
    expect(vault.articles.map((a) => a.slug)).toEqual(['b']);
    expect(vault.issues).toEqual([
      { file: 'a.md', line: 2, message: 'duplicate slug "a" (also in other/a.md:4)', slug: 'a' },
      { file: 'other/a.md', line: 4, message: 'duplicate slug "a" (also in a.md:2)', slug: 'a' },
    ]);
    expect(vault.protectedSlugs).toEqual(new Set(['a']));
  });
});
