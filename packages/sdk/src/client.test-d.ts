import type { Contact, ContactPage, KbArticle, Scope } from '@atender/contract';
import { describe, expectTypeOf, it } from 'vitest';
import { createAtenderClient } from './client.js';
import { type AnyAtenderError, isAtenderError } from './core/errors/index.js';

const atender = createAtenderClient({ apiKey: 'sa_test_x' });

describe('typed calls', () => {
  it('types data from the spec', async () => {
    const { data } = await atender.GET('/api/v1/kb/articles/{articleId}', { params: { path: { articleId: 'art_1' } } });
    expectTypeOf(data).toEqualTypeOf<KbArticle>();
    const { data: page } = await atender.GET('/api/v1/contacts', { params: { query: { limit: 10 } } });
    expectTypeOf(page).toEqualTypeOf<ContactPage>();
    const { data: created } = await atender.POST('/api/v1/contacts', { body: { name: 'Ada', email: 'ada@example.com' } });
    expectTypeOf(created).toEqualTypeOf<Contact>();
  });

  it('carries the request id on every result', async () => {
    const result = await atender.GET('/api/v1/contacts');
    expectTypeOf(result.requestId).toEqualTypeOf<string | undefined>();
  });

  it('makes init optional only when nothing is required', () => {
    void atender.GET('/api/v1/contacts');
    // @ts-expect-error the path parameter articleId is required
    void atender.GET('/api/v1/kb/articles/{articleId}');
  });

  it('rejects wrong params and bodies', () => {
    // @ts-expect-error articleId must be a string
    void atender.GET('/api/v1/kb/articles/{articleId}', { params: { path: { articleId: 42 } } });
    // @ts-expect-error `limt` is not a query parameter of listContacts
    void atender.GET('/api/v1/contacts', { params: { query: { limt: 10 } } });
    // @ts-expect-error a contact's name is a string
    void atender.POST('/api/v1/contacts', { body: { name: 42 } });
    // @ts-expect-error createKbArticle requires a body
    void atender.POST('/api/v1/kb/articles', {});
    // @ts-expect-error listContacts has no POST twin at this path shape
    void atender.POST('/api/v1/contacts/{contactId}', { params: { path: { contactId: 'c' } } });
    // @ts-expect-error not a path of the spec
    void atender.GET('/api/v1/nope');
  });

  it('accepts the SDK call options next to params', () => {
    void atender.POST('/api/v1/contacts', { body: { name: 'A', email: 'a@example.com' }, idempotencyKey: false, timeout: 5000 });
    // @ts-expect-error idempotencyKey is a string or false
    void atender.POST('/api/v1/contacts', { body: { name: 'A', email: 'a@example.com' }, idempotencyKey: 1 });
  });
});

describe('paginate', () => {
  it('collects typed items with toArray, and only with a limit', async () => {
    const contacts = await atender.paginate('/api/v1/contacts').toArray({ limit: 50 });
    expectTypeOf(contacts).toEqualTypeOf<Contact[]>();
    // @ts-expect-error a limit is required: an unbounded list could hold a whole tenant in memory
    void atender.paginate('/api/v1/contacts').toArray();
  });

  it('yields typed items and pages', async () => {
    for await (const contact of atender.paginate('/api/v1/contacts', { params: { query: { limit: 100 } } })) {
      expectTypeOf(contact).toEqualTypeOf<Contact>();
    }
    for await (const page of atender.paginate('/api/v1/contacts').pages()) {
      expectTypeOf(page).toEqualTypeOf<ContactPage>();
    }
    // @ts-expect-error getContact answers one contact, not a page
    atender.paginate('/api/v1/contacts/{contactId}', { params: { path: { contactId: 'c' } } });
  });
});

describe('errors', () => {
  it('narrow by code', () => {
    const error: unknown = undefined;
    if (isAtenderError(error)) {
      expectTypeOf(error).toEqualTypeOf<AnyAtenderError>();
      if (error.code === 'RATE_LIMITED') expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | undefined>();
      if (error.code === 'INSUFFICIENT_SCOPE') expectTypeOf(error.requiredScopes).toEqualTypeOf<readonly Scope[]>();
      if (error.code === 'TIMEOUT') expectTypeOf(error.scope).toEqualTypeOf<'attempt' | 'total'>();
    }
  });
});
