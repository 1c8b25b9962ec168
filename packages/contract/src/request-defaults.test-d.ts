/**
 * A field with a `default` in the spec is optional in what a client sends (the server fills it
 * in) and present in what the server answers.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ConversationCreate,
  ConversationMessageCreate,
  paths,
  Tag,
  TagCreate,
  Webhook,
  WebhookCreate,
  WebhookTestEventCreate,
} from './index.js';

type Body<P extends keyof paths, M extends 'post'> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } }
  ? B
  : never;
/** The keys of T that T may leave out. */
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

describe('defaulted request fields', () => {
  it('are optional in request bodies', () => {
    expectTypeOf<{ name: string }>().toExtend<TagCreate>();
    expectTypeOf<{ name: string }>().toExtend<Body<'/api/v1/tags', 'post'>>();
    expectTypeOf<OptionalKeys<TagCreate>>().toEqualTypeOf<'color' | 'parentId'>();
    expectTypeOf<'active'>().toExtend<OptionalKeys<WebhookCreate>>();
    expectTypeOf<'eventType'>().toExtend<OptionalKeys<WebhookTestEventCreate>>();
    expectTypeOf<'internal' | 'authorType'>().toExtend<OptionalKeys<ConversationMessageCreate>>();
    expectTypeOf<'priority'>().toExtend<OptionalKeys<ConversationCreate>>();
  });

  it('keep their type when given', () => {
    // @ts-expect-error a tag colour is a string
    const wrong: TagCreate = { name: 'Billing', color: 7 };
    void wrong;
  });

  it('are present in what the server answers', () => {
    expectTypeOf<Tag['color']>().toEqualTypeOf<string>();
    expectTypeOf<'color'>().not.toExtend<OptionalKeys<Tag>>();
    expectTypeOf<'active'>().not.toExtend<OptionalKeys<Webhook>>();
  });
});
