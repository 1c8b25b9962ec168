import type { paths, Scope } from '@atender/contract';
import type { Client, ClientPathsWithMethod, MethodResponse } from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import { createAtenderClient } from '../client.js';
import type { AtenderClient } from '../types.js';
import {
  assertScopesKnown,
  type GrantedScopes,
  type PathsFor,
  type PermittedMethods,
  type ScopedPaths,
  type ScopeList,
} from './scoped-paths.js';

type KbWriter = Client<ScopedPaths<['knowledge:write']>>;
type Basic = Client<ScopedPaths<['basic']>>;
type Analyst = Client<ScopedPaths<['analytics_only']>>;
type Nothing = Client<ScopedPaths<[]>>;

declare const kb: KbWriter;
declare const basic: Basic;
declare const analyst: Analyst;
declare const nothing: Nothing;
declare const article: { slug: string; title: string; body: string };

describe('GrantedScopes', () => {
  it('expands bundles and adds the read each write implies', () => {
    expectTypeOf<GrantedScopes<['knowledge:write']>>().toEqualTypeOf<'knowledge:write' | 'knowledge:read'>();
    expectTypeOf<GrantedScopes<['basic']>>().toEqualTypeOf<'contacts:read' | 'conversations:read' | 'tags:read'>();
    expectTypeOf<GrantedScopes<readonly ['analytics_only', 'tags:write']>>().toEqualTypeOf<
      'analytics:read' | 'conversations:read' | 'tags:write' | 'tags:read'
    >();
    expectTypeOf<GrantedScopes<[]>>().toBeNever();
  });
});

describe('PermittedMethods', () => {
  it('lists the permitted methods per path, never when none', () => {
    expectTypeOf<PermittedMethods<'knowledge:read'>['/api/v1/kb/articles']>().toEqualTypeOf<'get'>();
    expectTypeOf<PermittedMethods<'knowledge:read' | 'knowledge:write'>['/api/v1/kb/articles']>().toEqualTypeOf<'get' | 'post'>();
    expectTypeOf<PermittedMethods<'knowledge:read'>['/api/v1/contacts']>().toBeNever();
    expectTypeOf<PermittedMethods<never>['/api/v1/widget/conversations']>().toEqualTypeOf<'post'>();
  });
});

describe('ScopedPaths with knowledge:write', () => {
  it('admits the GET and the POST of /api/v1/kb/articles (write implies read)', () => {
    expectTypeOf<'/api/v1/kb/articles'>().toExtend<ClientPathsWithMethod<KbWriter, 'get'>>();
    expectTypeOf<'/api/v1/kb/articles'>().toExtend<ClientPathsWithMethod<KbWriter, 'post'>>();
    void kb.GET('/api/v1/kb/articles', { params: { query: { limit: 10 } } });
    void kb.POST('/api/v1/kb/articles', { body: article });
    void kb.PATCH('/api/v1/kb/articles/{articleId}', { params: { path: { articleId: 'art_1' } }, body: { title: 'New' } });
  });

  it('admits exactly the knowledge writes and the scope-less POSTs', () => {
    expectTypeOf<ClientPathsWithMethod<KbWriter, 'post'>>().toEqualTypeOf<
      | '/api/v1/kb/articles'
      | '/api/v1/kb/categories'
      | '/api/v1/kb/subcategories'
      | '/api/v1/kb/tags'
      | '/api/v1/widget/conversations'
      | '/api/v1/widget/conversations/{conversationId}/messages'
    >();
  });

  it('refuses POST /api/v1/contacts and drops paths it cannot reach at all', () => {
    // @ts-expect-error POST /api/v1/contacts needs contacts:write, which knowledge:write does not grant
    void kb.POST('/api/v1/contacts', { body: { name: 'Maria' } });
    // @ts-expect-error GET /api/v1/contacts needs contacts:read
    void kb.GET('/api/v1/contacts');
    expectTypeOf<ScopedPaths<['knowledge:write']>>().not.toHaveProperty('/api/v1/contacts');
  });

  it('keeps request and response types as the plain client has them', () => {
    expectTypeOf<MethodResponse<KbWriter, 'get', '/api/v1/kb/articles'>>().toEqualTypeOf<
      MethodResponse<Client<paths>, 'get', '/api/v1/kb/articles'>
    >();
    expectTypeOf<ScopedPaths<['knowledge:write']>['/api/v1/kb/articles']['post']>().toEqualTypeOf<paths['/api/v1/kb/articles']['post']>();
  });

  it('checks the body of a permitted call as strictly as before', () => {
    // @ts-expect-error a KbArticleCreate needs slug and body; narrowing must not loosen that
    void kb.POST('/api/v1/kb/articles', { body: { title: 'Only a title' } });
  });
});

describe('ScopedPaths with bundles', () => {
  it('basic reads contacts but cannot create one', () => {
    void basic.GET('/api/v1/contacts');
    expectTypeOf<'/api/v1/contacts'>().toExtend<ClientPathsWithMethod<Basic, 'get'>>();
    expectTypeOf<'/api/v1/contacts'>().not.toExtend<ClientPathsWithMethod<Basic, 'post'>>();
    // @ts-expect-error POST /api/v1/contacts needs contacts:write; basic grants contacts:read only
    void basic.POST('/api/v1/contacts', { body: { name: 'Maria' } });
  });

  it('analytics_only reaches the analytics reports', () => {
    expectTypeOf<ClientPathsWithMethod<Analyst, 'get'>>().toExtend<string>();
    expectTypeOf<'/api/v1/analytics/agent-stats' | '/api/v1/analytics/conversation-volume' | '/api/v1/analytics/sla-breaches'>().toExtend<
      ClientPathsWithMethod<Analyst, 'get'>
    >();
    void analyst.GET('/api/v1/analytics/conversation-volume', { params: { query: { from: '2026-01-01', to: '2026-02-01' } } });
    // @ts-expect-error GET /api/v1/kb/articles needs knowledge:read, outside analytics_only
    void analyst.GET('/api/v1/kb/articles');
  });

  it('full_access and a list known only at runtime leave paths as they are', () => {
    expectTypeOf<ScopedPaths<['full_access']>>().toEqualTypeOf<paths>();
    expectTypeOf<ScopedPaths<Scope[]>>().toEqualTypeOf<paths>();
    expectTypeOf<ScopedPaths<['read_all', 'write_all']>>().toEqualTypeOf<paths>();
  });
});

describe('operations that need no scope', () => {
  it('GET /api/v1/auth/key stays whatever the scopes', () => {
    expectTypeOf<'/api/v1/auth/key'>().toExtend<ClientPathsWithMethod<KbWriter, 'get'>>();
    expectTypeOf<'/api/v1/auth/key'>().toExtend<ClientPathsWithMethod<Basic, 'get'>>();
    expectTypeOf<'/api/v1/auth/key'>().toExtend<ClientPathsWithMethod<Analyst, 'get'>>();
    void nothing.GET('/api/v1/auth/key');
    // @ts-expect-error an empty scope list permits only the operations that need no scope
    void nothing.GET('/api/v1/tags');
  });
});

describe('PathsFor', () => {
  it('is paths without scopes and ScopedPaths with them', () => {
    expectTypeOf<PathsFor<undefined>>().toEqualTypeOf<paths>();
    expectTypeOf<PathsFor<readonly ['basic']>>().toEqualTypeOf<ScopedPaths<readonly ['basic']>>();
  });
});

describe('assertScopesKnown', () => {
  it('narrows unknown input to a scope list', () => {
    const fromConfig: unknown = ['basic'];
    assertScopesKnown(fromConfig);
    expectTypeOf(fromConfig).toEqualTypeOf<ScopeList>();
  });
});

describe('createAtenderClient with scopes', () => {
  const scoped = createAtenderClient({ apiKey: 'sa_test_x', scopes: ['knowledge:write'] });
  const plain = createAtenderClient({ apiKey: 'sa_test_x' });

  it('returns a client typed by the narrowed paths, or by all paths without scopes', () => {
    expectTypeOf(scoped).toEqualTypeOf<AtenderClient<ScopedPaths<readonly ['knowledge:write']>>>();
    expectTypeOf(plain).toEqualTypeOf<AtenderClient<paths>>();
  });

  it('admits the permitted calls and refuses the others', () => {
    void scoped.GET('/api/v1/kb/articles');
    void scoped.POST('/api/v1/kb/articles', { body: article });
    void scoped.GET('/api/v1/auth/key');
    void scoped.paginate('/api/v1/kb/articles', { params: { query: { limit: 100 } } });
    // @ts-expect-error POST /api/v1/contacts needs contacts:write, which knowledge:write does not grant
    void scoped.POST('/api/v1/contacts', { body: { name: 'Maria' } });
    // @ts-expect-error paginating contacts needs contacts:read
    void scoped.paginate('/api/v1/contacts');
    void plain.POST('/api/v1/contacts', { body: { name: 'Maria' } });
  });

  it('rejects a misspelt scope at compile time', () => {
    // @ts-expect-error 'knowledge:wirte' is neither a scope nor a bundle
    createAtenderClient({ apiKey: 'sa_test_x', scopes: ['knowledge:wirte'] });
  });
});
