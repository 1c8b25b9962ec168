/**
 * Knowledge base articles and their full-text search. Slugs are unique per tenant and
 * environment (409 `CONFLICT`); category, subcategory and tag references must exist (400).
 */
import type { FieldError, KbArticle, KbArticleCreate, KbArticleStatus, KbArticleUpdate, KbSearchHit } from '@atender/contract';
import type { EnvironmentStore } from '../store.js';
import type { OperationContext, TypedOperationHandler } from '../types.js';
import { emitArticlePublished } from './events.js';
import {
  bodyOf,
  conflict,
  created,
  definedOnly,
  deleted,
  isoNow,
  notFound,
  okOrNotFound,
  param,
  queryString,
  respondPage,
  validationFailed,
} from './respond.js';
import { queryTokens, rank, snippetAround } from './text-search.js';

/** `GET /kb/articles`: filters `status`, `categoryId`, `slug`. */
export const listKbArticles: TypedOperationHandler<'listKbArticles'> = (ctx) => {
  const status = queryString(ctx, 'status');
  const categoryId = queryString(ctx, 'categoryId');
  const slug = queryString(ctx, 'slug');
  const articles = ctx.store.kbArticles.list(
    (article) =>
      (status === undefined || article.status === status) &&
      (categoryId === undefined || article.categoryId === categoryId) &&
      (slug === undefined || article.slug === slug),
  );
  return respondPage(ctx, articles);
};

type ArticleRefs = Pick<KbArticle, 'categoryId' | 'subcategoryId' | 'tagIds'>;

/**
 * Checks the category, subcategory and tag references; fills the category from the
 * subcategory when only the latter is given, so an article never sits in two places.
 */
export function checkArticleRefs(store: EnvironmentStore, refs: ArticleRefs): { refs: ArticleRefs; errors: FieldError[] } {
  const errors: FieldError[] = [];
  let { categoryId } = refs;
  if (categoryId !== null && !store.kbCategories.has(categoryId)) {
    errors.push({ path: '/body/categoryId', message: `no category with id ${categoryId}` });
  }
  if (refs.subcategoryId !== null) {
    const sub = store.kbSubcategories.get(refs.subcategoryId);
    if (!sub) errors.push({ path: '/body/subcategoryId', message: `no subcategory with id ${refs.subcategoryId}` });
    else if (categoryId === null) categoryId = sub.categoryId;
    else if (sub.categoryId !== categoryId) {
      errors.push({ path: '/body/subcategoryId', message: `subcategory ${sub.id} belongs to category ${sub.categoryId}` });
    }
  }
  refs.tagIds.forEach((tagId, index) => {
    if (!store.kbTags.has(tagId)) errors.push({ path: `/body/tagIds/${index}`, message: `no KB tag with id ${tagId}` });
  });
  return { refs: { categoryId, subcategoryId: refs.subcategoryId, tagIds: [...new Set(refs.tagIds)] }, errors };
}

function slugTaken(ctx: OperationContext, slug: string, exceptId?: string): boolean {
  return ctx.store.kbArticles.find((article) => article.slug === slug && article.id !== exceptId) !== undefined;
}

/** `POST /kb/articles`: a draft unless `status` says otherwise. */
export const createKbArticle: TypedOperationHandler<'createKbArticle'> = (ctx) => {
  const input = bodyOf<KbArticleCreate>(ctx);
  const checked = checkArticleRefs(ctx.store, {
    categoryId: input.categoryId ?? null,
    subcategoryId: input.subcategoryId ?? null,
    tagIds: input.tagIds ?? [],
  });
  if (checked.errors.length > 0) return validationFailed(ctx, checked.errors);
  if (slugTaken(ctx, input.slug)) return conflict(ctx, `An article with slug ${input.slug} exists.`);
  const now = isoNow(ctx);
  const article = ctx.store.kbArticles.insert({
    slug: input.slug,
    title: input.title,
    body: input.body,
    status: input.status ?? 'draft',
    ...checked.refs,
    createdAt: now,
    updatedAt: now,
  });
  emitArticlePublished(ctx, article, null);
  return created(article);
};

/** `GET /kb/articles/{articleId}`. */
export const getKbArticle: TypedOperationHandler<'getKbArticle'> = (ctx) => {
  const id = param(ctx, 'articleId');
  return okOrNotFound(ctx, ctx.store.kbArticles.get(id), 'article', id);
};

/** `PATCH /kb/articles/{articleId}`: changing the category alone drops a subcategory of another one. */
export const updateKbArticle: TypedOperationHandler<'updateKbArticle'> = (ctx) => {
  const id = param(ctx, 'articleId');
  const current = ctx.store.kbArticles.get(id);
  if (!current) return notFound(ctx, 'article', id);
  const input = bodyOf<KbArticleUpdate>(ctx);
  const categoryChanged = input.categoryId !== undefined && input.categoryId !== current.categoryId;
  const checked = checkArticleRefs(ctx.store, {
    categoryId: input.categoryId !== undefined ? input.categoryId : current.categoryId,
    subcategoryId: input.subcategoryId !== undefined ? input.subcategoryId : categoryChanged ? null : current.subcategoryId,
    tagIds: input.tagIds ?? current.tagIds,
  });
  if (checked.errors.length > 0) return validationFailed(ctx, checked.errors);
  if (input.slug !== undefined && slugTaken(ctx, input.slug, id)) return conflict(ctx, `An article with slug ${input.slug} exists.`);
  const { slug, title, body, status } = input;
  const updated = ctx.store.kbArticles.update(id, {
    ...definedOnly({ slug, title, body, status }),
    ...checked.refs,
    updatedAt: isoNow(ctx),
  });
  if (updated) emitArticlePublished(ctx, updated, current.status);
  return okOrNotFound(ctx, updated, 'article', id);
};

/** `DELETE /kb/articles/{articleId}`. */
export const deleteKbArticle: TypedOperationHandler<'deleteKbArticle'> = (ctx) => {
  const id = param(ctx, 'articleId');
  return ctx.store.kbArticles.remove(id) ? deleted(id) : notFound(ctx, 'article', id);
};

/** Ranked search hits over `articles`; shared with the workspace search and AI suggestions. */
export function searchArticles(articles: readonly KbArticle[], query: string): KbSearchHit[] {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [];
  return rank(articles, tokens, (article) => [article.title, article.body]).map(({ item, score }) => ({
    article: item,
    score,
    snippet: snippetAround(tokens, item.body),
  }));
}

/** `GET /kb/search`: best match first; `status` narrows before ranking. */
export const searchKbArticles: TypedOperationHandler<'searchKbArticles'> = (ctx) => {
  const status = queryString(ctx, 'status') as KbArticleStatus | undefined;
  const articles = ctx.store.kbArticles.list((article) => status === undefined || article.status === status);
  const hits = searchArticles(articles, queryString(ctx, 'q') ?? '');
  return respondPage(ctx, hits, (hit) => hit.article.id);
};
