/** The override resolver can only answer what the spec declares for its operation. */

import type { operations } from '@atender/contract';
import { describe, expectTypeOf, it } from 'vitest';
import { createAtenderMock, type DeclaredAnswer, type OperationKey } from '../src/index.js';

const mock = createAtenderMock();

describe('override types', () => {
  it('accepts declared statuses with their bodies', () => {
    mock.override('getKbArticle', (ctx) => ctx.problem('NOT_FOUND', 'gone'));
    mock.override('listKbArticles', () => ({ status: 200, body: { data: [], nextCursor: null } }));
    mock.override('GET /api/v1/tags/tree', (ctx) => ctx.problem('SERVICE_UNAVAILABLE', 'down'));
    mock.override('listTags', (ctx) =>
      ctx.problem('RATE_LIMITED', 'slow down', { window: 'minute' as const, limit: 1, retryAfterSeconds: 3 }),
    );
  });

  it('rejects what the spec does not declare', () => {
    // @ts-expect-error 418 is not a status of listKbArticles
    mock.override('listKbArticles', () => ({ status: 418, body: { data: [], nextCursor: null } }));
    // @ts-expect-error 404 is not declared for a list operation
    mock.override('listKbArticles', (ctx) => ctx.problem('NOT_FOUND', 'no'));
    // @ts-expect-error the 200 body of listKbArticles is a page, not an array
    mock.override('listKbArticles', () => ({ status: 200, body: [] }));
    // @ts-expect-error `nextCursor` is a string or null
    mock.override('listKbArticles', () => ({ status: 200, body: { data: [], nextCursor: 42 } }));
    // @ts-expect-error a 429 body needs window, limit and retryAfterSeconds
    mock.override('listTags', (ctx) => ctx.problem('RATE_LIMITED', 'slow down'));
    // @ts-expect-error no such operationId
    mock.override('listKbArticle', () => ({ status: 200, body: {} }));
    // @ts-expect-error no such route
    mock.override('GET /api/v1/kb/article', () => ({ status: 200, body: {} }));
  });

  it('derives the answer union from the spec', () => {
    expectTypeOf<'createKbArticle'>().toExtend<OperationKey>();
    expectTypeOf<Extract<DeclaredAnswer<operations['createKbArticle']>, { status: 201 }>['body']>().toHaveProperty('slug');
  });
});
