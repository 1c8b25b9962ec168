/**
 * Knowledge base categories, subcategories and KB tags. Category and KB tag slugs are unique per
 * tenant and environment, subcategory slugs within their category (409 `CONFLICT`).
 */
import type {
  KbCategoryCreate,
  KbCategoryUpdate,
  KbSubcategoryCreate,
  KbSubcategoryUpdate,
  KbTagCreate,
  KbTagUpdate,
} from '@atender/contract';
import type { OperationContext, TypedOperationHandler } from '../types.js';
import {
  bodyOf,
  conflict,
  created,
  definedOnly,
  deleted,
  invalidField,
  isoNow,
  notFound,
  okOrNotFound,
  param,
  queryString,
  respondPage,
} from './respond.js';

/** `GET /kb/categories`: oldest first (`position` is for display); filter `slug`. */
export const listKbCategories: TypedOperationHandler<'listKbCategories'> = (ctx) => {
  const slug = queryString(ctx, 'slug');
  return respondPage(
    ctx,
    ctx.store.kbCategories.list((category) => slug === undefined || category.slug === slug),
  );
};

/** `POST /kb/categories`: appended last unless `position` is given. */
export const createKbCategory: TypedOperationHandler<'createKbCategory'> = (ctx) => {
  const input = bodyOf<KbCategoryCreate>(ctx);
  if (ctx.store.kbCategories.find((category) => category.slug === input.slug)) {
    return conflict(ctx, `A category with slug ${input.slug} exists.`);
  }
  const now = isoNow(ctx);
  const category = ctx.store.kbCategories.insert({
    name: input.name,
    slug: input.slug,
    position: input.position ?? ctx.store.kbCategories.size,
    createdAt: now,
    updatedAt: now,
  });
  return created(category);
};

/** `GET /kb/categories/{categoryId}`. */
export const getKbCategory: TypedOperationHandler<'getKbCategory'> = (ctx) => {
  const id = param(ctx, 'categoryId');
  return okOrNotFound(ctx, ctx.store.kbCategories.get(id), 'category', id);
};

/** `PATCH /kb/categories/{categoryId}`. */
export const updateKbCategory: TypedOperationHandler<'updateKbCategory'> = (ctx) => {
  const id = param(ctx, 'categoryId');
  if (!ctx.store.kbCategories.has(id)) return notFound(ctx, 'category', id);
  const input = bodyOf<KbCategoryUpdate>(ctx);
  if (input.slug !== undefined && ctx.store.kbCategories.find((category) => category.slug === input.slug && category.id !== id)) {
    return conflict(ctx, `A category with slug ${input.slug} exists.`);
  }
  return okOrNotFound(ctx, ctx.store.kbCategories.update(id, { ...definedOnly(input), updatedAt: isoNow(ctx) }), 'category', id);
};

/**
 * `DELETE /kb/categories/{categoryId}`: its subcategories go with it and its articles become
 * uncategorised; the spec declares no 409 here, so deleting never refuses.
 */
export const deleteKbCategory: TypedOperationHandler<'deleteKbCategory'> = (ctx) => {
  const id = param(ctx, 'categoryId');
  if (!ctx.store.kbCategories.remove(id)) return notFound(ctx, 'category', id);
  for (const sub of ctx.store.kbSubcategories.list((s) => s.categoryId === id)) ctx.store.kbSubcategories.remove(sub.id);
  const now = isoNow(ctx);
  for (const article of ctx.store.kbArticles.list((a) => a.categoryId === id)) {
    ctx.store.kbArticles.update(article.id, { categoryId: null, subcategoryId: null, updatedAt: now });
  }
  return deleted(id);
};

/** `GET /kb/subcategories`: oldest first; filter `categoryId`. */
export const listKbSubcategories: TypedOperationHandler<'listKbSubcategories'> = (ctx) => {
  const categoryId = queryString(ctx, 'categoryId');
  return respondPage(
    ctx,
    ctx.store.kbSubcategories.list((sub) => categoryId === undefined || sub.categoryId === categoryId),
  );
};

function subSlugTaken(ctx: OperationContext, categoryId: string, slug: string, exceptId?: string): boolean {
  return ctx.store.kbSubcategories.find((s) => s.categoryId === categoryId && s.slug === slug && s.id !== exceptId) !== undefined;
}

/** `POST /kb/subcategories`: the category must exist (400). */
export const createKbSubcategory: TypedOperationHandler<'createKbSubcategory'> = (ctx) => {
  const input = bodyOf<KbSubcategoryCreate>(ctx);
  if (!ctx.store.kbCategories.has(input.categoryId)) {
    return invalidField(ctx, '/body/categoryId', `no category with id ${input.categoryId}`);
  }
  if (subSlugTaken(ctx, input.categoryId, input.slug)) return conflict(ctx, `The category has a subcategory with slug ${input.slug}.`);
  const now = isoNow(ctx);
  const siblings = ctx.store.kbSubcategories.list((s) => s.categoryId === input.categoryId).length;
  const sub = ctx.store.kbSubcategories.insert({
    categoryId: input.categoryId,
    name: input.name,
    slug: input.slug,
    position: input.position ?? siblings,
    createdAt: now,
    updatedAt: now,
  });
  return created(sub);
};

/** `GET /kb/subcategories/{subcategoryId}`. */
export const getKbSubcategory: TypedOperationHandler<'getKbSubcategory'> = (ctx) => {
  const id = param(ctx, 'subcategoryId');
  return okOrNotFound(ctx, ctx.store.kbSubcategories.get(id), 'subcategory', id);
};

/** `PATCH /kb/subcategories/{subcategoryId}`: moving it moves its articles to the new category. */
export const updateKbSubcategory: TypedOperationHandler<'updateKbSubcategory'> = (ctx) => {
  const id = param(ctx, 'subcategoryId');
  const current = ctx.store.kbSubcategories.get(id);
  if (!current) return notFound(ctx, 'subcategory', id);
  const input = bodyOf<KbSubcategoryUpdate>(ctx);
  const categoryId = input.categoryId ?? current.categoryId;
  if (!ctx.store.kbCategories.has(categoryId)) return invalidField(ctx, '/body/categoryId', `no category with id ${categoryId}`);
  if (subSlugTaken(ctx, categoryId, input.slug ?? current.slug, id)) {
    return conflict(ctx, `The category has a subcategory with slug ${input.slug ?? current.slug}.`);
  }
  const now = isoNow(ctx);
  if (categoryId !== current.categoryId) {
    for (const article of ctx.store.kbArticles.list((a) => a.subcategoryId === id)) {
      ctx.store.kbArticles.update(article.id, { categoryId, updatedAt: now });
    }
  }
  return okOrNotFound(ctx, ctx.store.kbSubcategories.update(id, { ...definedOnly(input), updatedAt: now }), 'subcategory', id);
};

/** `DELETE /kb/subcategories/{subcategoryId}`: its articles stay in the category. */
export const deleteKbSubcategory: TypedOperationHandler<'deleteKbSubcategory'> = (ctx) => {
  const id = param(ctx, 'subcategoryId');
  if (!ctx.store.kbSubcategories.remove(id)) return notFound(ctx, 'subcategory', id);
  const now = isoNow(ctx);
  for (const article of ctx.store.kbArticles.list((a) => a.subcategoryId === id)) {
    ctx.store.kbArticles.update(article.id, { subcategoryId: null, updatedAt: now });
  }
  return deleted(id);
};

/** `GET /kb/tags`: filter `slug`. */
export const listKbTags: TypedOperationHandler<'listKbTags'> = (ctx) => {
  const slug = queryString(ctx, 'slug');
  return respondPage(
    ctx,
    ctx.store.kbTags.list((tag) => slug === undefined || tag.slug === slug),
  );
};

/** `POST /kb/tags`. */
export const createKbTag: TypedOperationHandler<'createKbTag'> = (ctx) => {
  const input = bodyOf<KbTagCreate>(ctx);
  if (ctx.store.kbTags.find((tag) => tag.slug === input.slug)) return conflict(ctx, `A KB tag with slug ${input.slug} exists.`);
  return created(ctx.store.kbTags.insert({ name: input.name, slug: input.slug, createdAt: isoNow(ctx) }));
};

/** `GET /kb/tags/{kbTagId}`. */
export const getKbTag: TypedOperationHandler<'getKbTag'> = (ctx) => {
  const id = param(ctx, 'kbTagId');
  return okOrNotFound(ctx, ctx.store.kbTags.get(id), 'KB tag', id);
};

/** `PATCH /kb/tags/{kbTagId}`. */
export const updateKbTag: TypedOperationHandler<'updateKbTag'> = (ctx) => {
  const id = param(ctx, 'kbTagId');
  if (!ctx.store.kbTags.has(id)) return notFound(ctx, 'KB tag', id);
  const input = bodyOf<KbTagUpdate>(ctx);
  if (input.slug !== undefined && ctx.store.kbTags.find((tag) => tag.slug === input.slug && tag.id !== id)) {
    return conflict(ctx, `A KB tag with slug ${input.slug} exists.`);
  }
  return okOrNotFound(ctx, ctx.store.kbTags.update(id, definedOnly(input)), 'KB tag', id);
};

/** `DELETE /kb/tags/{kbTagId}`: also removed from every article. */
export const deleteKbTag: TypedOperationHandler<'deleteKbTag'> = (ctx) => {
  const id = param(ctx, 'kbTagId');
  if (!ctx.store.kbTags.remove(id)) return notFound(ctx, 'KB tag', id);
  for (const article of ctx.store.kbArticles.list((a) => a.tagIds.includes(id))) {
    ctx.store.kbArticles.update(article.id, { tagIds: article.tagIds.filter((tagId) => tagId !== id) });
  }
  return deleted(id);
};
