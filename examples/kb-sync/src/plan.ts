/**
 * The plan: what must change so the knowledge base matches the vault. Pure — no I/O — so it can
 * be printed by --dry-run, checked for scopes, and tested without a server.
 */
import type { KbArticle, KbCategory, KbSubcategory, KbTag } from '@atender/contract';
import { type ArticleSource, slugify } from './front-matter.js';
import type { Vault } from './vault.js';

/** Everything the knowledge base holds that the sync looks at. */
export interface RemoteState {
  readonly articles: readonly KbArticle[];
  readonly categories: readonly KbCategory[];
  readonly subcategories: readonly KbSubcategory[];
  readonly tags: readonly KbTag[];
}

/** An article field a file can own. */
export type ArticleField = 'title' | 'body' | 'status' | 'category' | 'subcategory' | 'tags';

/** One article to create, update or leave alone, with its references as slugs. */
export interface ArticleStep {
  readonly source: ArticleSource;
  /** The article as it is now; absent for a create. */
  readonly remote?: KbArticle;
  /** Fields to send: every owned field for a create, only the differing ones for an update. */
  readonly fields: readonly ArticleField[];
  /** Category slug; `null` clears, absent leaves the remote value. */
  readonly category?: string | null;
  /** Subcategory key `category-slug/subcategory-slug`; `null` clears, absent leaves it. */
  readonly subcategory?: string | null;
  /** Tag slugs; absent leaves the remote tags. */
  readonly tags?: readonly string[];
}

/** A category, subcategory or tag the knowledge base does not have yet. */
export interface NewCategory {
  readonly name: string;
  readonly slug: string;
}
/** A subcategory to create under a (possibly new) category. */
export interface NewSubcategory extends NewCategory {
  readonly categorySlug: string;
  /** `category-slug/subcategory-slug`, the key articles refer to it by. */
  readonly key: string;
}

/** The ids the plan already knows, by slug or key; apply adds the ones it creates. */
export interface KnownIds {
  readonly categories: Map<string, string>;
  readonly subcategories: Map<string, string>;
  readonly tags: Map<string, string>;
}

/** What a sync will do, in the order it does it. */
export interface SyncPlan {
  readonly categories: readonly NewCategory[];
  readonly subcategories: readonly NewSubcategory[];
  readonly tags: readonly NewCategory[];
  readonly creates: readonly ArticleStep[];
  readonly updates: readonly ArticleStep[];
  readonly unchanged: readonly ArticleStep[];
  readonly deletes: readonly KbArticle[];
  readonly known: KnownIds;
  /** Why --prune deleted nothing although it was asked to, if it did not. */
  readonly pruneWithheld?: string;
}

/** Options of {@link createPlan}. */
export interface PlanOptions {
  /** Delete remote articles no file describes. @default false */
  readonly prune?: boolean;
}

const subKey = (categorySlug: string, slug: string) => `${categorySlug}/${slug}`;

function indexKnown(remote: RemoteState): KnownIds {
  const categorySlugById = new Map(remote.categories.map((c) => [c.id, c.slug]));
  const subcategories = new Map<string, string>();
  for (const sub of remote.subcategories) {
    const categorySlug = categorySlugById.get(sub.categoryId);
    if (categorySlug) subcategories.set(subKey(categorySlug, sub.slug), sub.id);
  }
  return {
    categories: new Map(remote.categories.map((c) => [c.slug, c.id])),
    subcategories,
    tags: new Map(remote.tags.map((t) => [t.slug, t.id])),
  };
}

/** The references an article wants, as slugs. */
function wantedRefs(source: ArticleSource): Pick<ArticleStep, 'category' | 'subcategory' | 'tags'> {
  const refs: { category?: string | null; subcategory?: string | null; tags?: string[] } = {};
  if (source.category !== undefined) {
    const category = source.category === null ? null : slugify(source.category);
    refs.category = category;
    // Owning the category means owning the subcategory: a stale one would point elsewhere.
    refs.subcategory = category && source.subcategory ? subKey(category, slugify(source.subcategory)) : null;
  }
  if (source.tags !== undefined) refs.tags = [...new Set(source.tags.map((tag) => slugify(tag, 60)))];
  return refs;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function changedFields(step: Omit<ArticleStep, 'fields'>, remote: KbArticle, known: KnownIds): ArticleField[] {
  const { source } = step;
  const fields: ArticleField[] = [];
  if (source.title !== remote.title) fields.push('title');
  if (source.body !== remote.body.trimEnd()) fields.push('body');
  if (source.status !== undefined && source.status !== remote.status) fields.push('status');
  const idOf = (map: Map<string, string>, ref: string | null) => (ref === null ? null : (map.get(ref) ?? `new:${ref}`));
  if (step.category !== undefined && idOf(known.categories, step.category) !== remote.categoryId) fields.push('category');
  if (step.subcategory !== undefined && idOf(known.subcategories, step.subcategory) !== remote.subcategoryId) fields.push('subcategory');
  if (step.tags !== undefined) {
    const ids = step.tags.map((slug) => idOf(known.tags, slug)!);
    if (!sameSet(ids, remote.tagIds)) fields.push('tags');
  }
  return fields;
}

function ownedFields(step: Omit<ArticleStep, 'fields'>): ArticleField[] {
  const fields: ArticleField[] = ['title', 'body'];
  if (step.source.status !== undefined) fields.push('status');
  if (step.category !== undefined) fields.push('category');
  if (step.subcategory !== undefined) fields.push('subcategory');
  if (step.tags !== undefined) fields.push('tags');
  return fields;
}

/** The categories, subcategories and tags articles name that do not exist yet, first mention wins the display name. */
function missingTaxonomy(sources: readonly ArticleSource[], known: KnownIds): Pick<SyncPlan, 'categories' | 'subcategories' | 'tags'> {
  const categories = new Map<string, NewCategory>();
  const subcategories = new Map<string, NewSubcategory>();
  const tags = new Map<string, NewCategory>();
  for (const source of sources) {
    const refs = wantedRefs(source);
    if (refs.category && !known.categories.has(refs.category) && !categories.has(refs.category))
      categories.set(refs.category, { name: source.category!, slug: refs.category });
    if (refs.category && refs.subcategory && !known.subcategories.has(refs.subcategory) && !subcategories.has(refs.subcategory)) {
      const slug = refs.subcategory.slice(refs.category.length + 1);
      subcategories.set(refs.subcategory, { name: source.subcategory!, slug, categorySlug: refs.category, key: refs.subcategory });
    }
    for (const tag of source.tags ?? []) {
      const slug = slugify(tag, 60);
      if (!known.tags.has(slug) && !tags.has(slug)) tags.set(slug, { name: tag, slug });
    }
  }
  return { categories: [...categories.values()], subcategories: [...subcategories.values()], tags: [...tags.values()] };
}

function pruneTargets(vault: Vault, remote: RemoteState, prune: boolean): Pick<SyncPlan, 'deletes' | 'pruneWithheld'> {
  if (!prune) return { deletes: [] };
  if (vault.unknownSlugFiles.length > 0) {
    const files = vault.unknownSlugFiles.join(', ');
    return { deletes: [], pruneWithheld: `--prune deleted nothing: cannot tell which article ${files} describes; fix it and run again` };
  }
  const wanted = new Set(vault.articles.map((a) => a.slug));
  return { deletes: remote.articles.filter((a) => !wanted.has(a.slug) && !vault.protectedSlugs.has(a.slug)) };
}

/**
 * Compares the vault with the knowledge base and lists the work: taxonomy to create, articles to
 * create, update (only the fields that differ) or leave, and, with `prune`, articles to delete.
 *
 * @example
 * const plan = createPlan(await readVault('./vault'), remote, { prune: true });
 * console.log(plan.creates.length, plan.updates.length, plan.deletes.length);
 */
export function createPlan(vault: Vault, remote: RemoteState, options: PlanOptions = {}): SyncPlan {
  const known = indexKnown(remote);
  const remoteBySlug = new Map(remote.articles.map((a) => [a.slug, a]));
  const creates: ArticleStep[] = [];
  const updates: ArticleStep[] = [];
  const unchanged: ArticleStep[] = [];
  for (const source of vault.articles) {
    const base = { source, ...wantedRefs(source) };
    const current = remoteBySlug.get(source.slug);
    if (!current) {
      creates.push({ ...base, fields: ownedFields(base) });
      continue;
    }
    const fields = changedFields(base, current, known);
    (fields.length > 0 ? updates : unchanged).push({ ...base, remote: current, fields });
  }
  return {
    ...missingTaxonomy(vault.articles, known),
    creates,
    updates,
    unchanged,
    ...pruneTargets(vault, remote, options.prune ?? false),
    known,
  };
}

/** Whether a plan would write anything. */
export function isEmptyPlan(plan: SyncPlan): boolean {
  return [plan.categories, plan.subcategories, plan.tags, plan.creates, plan.updates, plan.deletes].every((list) => list.length === 0);
}
