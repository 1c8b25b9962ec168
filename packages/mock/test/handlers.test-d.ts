/** The mock's own handlers are typed by the spec: an answer it does not declare fails to compile. */

import type { KbArticle, operations } from '@atender/contract';
import { describe, expectTypeOf, it } from 'vitest';
import { OPERATION_HANDLERS } from '../src/core/handlers/index.js';
import { conflict, created, notFound, ok, param, respondPage } from '../src/core/handlers/respond.js';
import type { DeclaredAnswer, OperationHandler, OperationHandlers, TypedOperationHandler } from '../src/index.js';

declare const article: KbArticle;
const { id: _id, ...withoutId } = article;

describe('handler types', () => {
  it('accepts what the spec declares', () => {
    const found: TypedOperationHandler<'getKbArticle'> = () => ok(article);
    const missing: TypedOperationHandler<'getKbArticle'> = (ctx) => notFound(ctx, 'article', param(ctx, 'articleId'));
    const listed: TypedOperationHandler<'listKbArticles'> = (ctx) => respondPage(ctx, [article]);
    const made: TypedOperationHandler<'createKbArticle'> = (ctx) => (ctx.body ? created(article) : conflict(ctx, 'slug taken'));
    const later: TypedOperationHandler<'getKbArticle'> = async () => ({ status: 200, body: article });
    expectTypeOf([found, missing, listed, made, later]).toBeArray();
  });

  it('rejects what the spec does not declare', () => {
    // @ts-expect-error getKbArticle declares no 201
    const wrongStatus: TypedOperationHandler<'getKbArticle'> = () => created(article);
    // @ts-expect-error a KbArticle body needs its `id`
    const missingField: TypedOperationHandler<'getKbArticle'> = () => ok(withoutId);
    // @ts-expect-error getKbArticle declares no 409
    const undeclaredConflict: TypedOperationHandler<'getKbArticle'> = (ctx) => conflict(ctx, 'no');
    // @ts-expect-error a list operation declares no 404
    const listNotFound: TypedOperationHandler<'listKbArticles'> = (ctx) => notFound(ctx, 'article', 'art_1');
    // @ts-expect-error the 200 body of listKbArticles is a page, not an array
    const listArray: TypedOperationHandler<'listKbArticles'> = () => ok([article]);
    // @ts-expect-error a map entry must be the handler of its own operation
    const swapped: Pick<OperationHandlers, 'getKbArticle'> = { getKbArticle: OPERATION_HANDLERS.listKbArticles };
    expectTypeOf([wrongStatus, missingField, undeclaredConflict, listNotFound, listArray, swapped]).toBeArray();
  });

  it('stays assignable to the runtime signature the pipeline calls', () => {
    expectTypeOf(OPERATION_HANDLERS.getKbArticle).toExtend<OperationHandler>();
    expectTypeOf<ReturnType<OperationHandlers['getKbArticle']>>().toEqualTypeOf<
      DeclaredAnswer<operations['getKbArticle']> | Promise<DeclaredAnswer<operations['getKbArticle']>>
    >();
  });
});
