/**
 * Executes a plan with the SDK. Taxonomy first (articles refer to it by id), then articles, then
 * deletions. Every item succeeds or fails on its own: a failure is recorded with its reason and
 * the batch carries on, so one bad article never costs the other forty.
 */
import type { KbArticleCreate, KbArticleUpdate } from '@atender/contract';
import type { AtenderClient } from './connect.js';
import { describeError } from './errors.js';
import type { ArticleStep, KnownIds, NewCategory, NewSubcategory, SyncPlan } from './plan.js';
import { forEachConcurrent } from './pool.js';
import { type ProgressReporter, silentProgress } from './progress.js';

/** One item that could not be written. */
export interface ItemFailure {
  readonly kind: 'article' | 'category' | 'subcategory' | 'tag';
  /** The file for articles from the vault, else the slug. */
  readonly label: string;
  readonly message: string;
}

/** What apply did, per kind. */
export interface ApplyResult {
  readonly created: { articles: number; categories: number; subcategories: number; tags: number };
  readonly updated: number;
  readonly deleted: number;
  readonly failures: ItemFailure[];
}

/** Options of {@link applyPlan}. */
export interface ApplyOptions {
  /** Calls in flight at once. @default 8 */
  readonly concurrency?: number;
  /** @default silentProgress */
  readonly progress?: ProgressReporter;
}

class MissingDependencyError extends Error {}

type Counters = { -readonly [K in keyof ApplyResult]: ApplyResult[K] };

/** Counts the items a plan will write, for the progress total. */
export function countWrites(plan: SyncPlan): number {
  return [plan.categories, plan.subcategories, plan.tags, plan.creates, plan.updates, plan.deletes].reduce((n, list) => n + list.length, 0);
}

/**
 * Applies a plan; never throws for a single item.
 *
 * @example
 * const result = await applyPlan(client, plan, { concurrency: 8, progress: createProgress(process.stderr) });
 */
export async function applyPlan(client: AtenderClient, plan: SyncPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  const limit = options.concurrency ?? 8;
  const progress = options.progress ?? silentProgress;
  const result: Counters = { created: { articles: 0, categories: 0, subcategories: 0, tags: 0 }, updated: 0, deleted: 0, failures: [] };
  const ids: KnownIds = {
    categories: new Map(plan.known.categories),
    subcategories: new Map(plan.known.subcategories),
    tags: new Map(plan.known.tags),
  };
  const attempt = async (kind: ItemFailure['kind'], label: string, write: () => Promise<void>) => {
    const shown = kind === 'article' ? label : `${kind} ${label}`;
    try {
      await write();
      progress.tick(shown, 'ok');
    } catch (error) {
      result.failures.push({ kind, label, message: describeError(error) });
      progress.tick(shown, 'failed');
    }
  };
  progress.start(countWrites(plan));
  await forEachConcurrent(plan.categories, limit, (c) => attempt('category', c.slug, () => createCategory(client, c, ids, result)));
  // Subcategories need their category's id; tags need nothing, so they share this phase.
  const taxonomy = [...plan.subcategories.map((s) => ({ sub: s })), ...plan.tags.map((t) => ({ tag: t }))];
  await forEachConcurrent(taxonomy, limit, (item) =>
    'sub' in item
      ? attempt('subcategory', item.sub.key, () => createSubcategory(client, item.sub, ids, result))
      : attempt('tag', item.tag.slug, () => createTag(client, item.tag, ids, result)),
  );
  await forEachConcurrent([...plan.creates, ...plan.updates], limit, (step) =>
    attempt('article', step.source.file, () => writeArticle(client, step, ids, result)),
  );
  await forEachConcurrent(plan.deletes, limit, (article) =>
    attempt('article', `deleted ${article.slug}`, async () => {
      await client.DELETE('/api/v1/kb/articles/{articleId}', { params: { path: { articleId: article.id } } });
      result.deleted += 1;
    }),
  );
  progress.finish();
  return result;
}

async function createCategory(client: AtenderClient, category: NewCategory, ids: KnownIds, result: Counters): Promise<void> {
  const { data } = await client.POST('/api/v1/kb/categories', { body: { name: category.name, slug: category.slug } });
  ids.categories.set(category.slug, data.id);
  result.created.categories += 1;
}

async function createSubcategory(client: AtenderClient, sub: NewSubcategory, ids: KnownIds, result: Counters): Promise<void> {
  const categoryId = resolve(ids.categories, sub.categorySlug, 'category');
  const { data } = await client.POST('/api/v1/kb/subcategories', { body: { categoryId, name: sub.name, slug: sub.slug } });
  ids.subcategories.set(sub.key, data.id);
  result.created.subcategories += 1;
}

async function createTag(client: AtenderClient, tag: NewCategory, ids: KnownIds, result: Counters): Promise<void> {
  const { data } = await client.POST('/api/v1/kb/tags', { body: { name: tag.name, slug: tag.slug } });
  ids.tags.set(tag.slug, data.id);
  result.created.tags += 1;
}

function resolve(map: ReadonlyMap<string, string>, slug: string, kind: string): string {
  const id = map.get(slug);
  // Only a failed create leaves a referenced slug without an id; say so instead of sending junk.
  if (id === undefined) throw new MissingDependencyError(`${kind} "${slug}" could not be created, so this article was not written`);
  return id;
}

/** The request body: only the step's fields, references turned into ids. */
export function articleBody(step: ArticleStep, ids: KnownIds): KbArticleUpdate {
  const body: KbArticleUpdate = {};
  for (const field of step.fields) {
    if (field === 'title') body.title = step.source.title;
    else if (field === 'body') body.body = step.source.body;
    else if (field === 'status') body.status = step.source.status!;
    else if (field === 'category') body.categoryId = step.category ? resolve(ids.categories, step.category, 'category') : null;
    else if (field === 'subcategory')
      body.subcategoryId = step.subcategory ? resolve(ids.subcategories, step.subcategory, 'subcategory') : null;
    else body.tagIds = (step.tags ?? []).map((slug) => resolve(ids.tags, slug, 'tag'));
  }
  return body;
}

async function writeArticle(client: AtenderClient, step: ArticleStep, ids: KnownIds, result: Counters): Promise<void> {
  const body = articleBody(step, ids);
  if (step.remote) {
    await client.PATCH('/api/v1/kb/articles/{articleId}', { params: { path: { articleId: step.remote.id } }, body });
    result.updated += 1;
    return;
  }
  const create: KbArticleCreate = { ...body, slug: step.source.slug, title: step.source.title, body: step.source.body };
  await client.POST('/api/v1/kb/articles', { body: create });
  result.created.articles += 1;
}
