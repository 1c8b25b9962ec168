/** Defaulted fields through the SDK: left out of a request, always there in the answer. */
import { describe, expectTypeOf, it } from 'vitest';
import { createAtenderClient } from './index.js';

const atender = createAtenderClient({ apiKey: 'sa_test_x' });

describe('defaulted fields in SDK calls', () => {
  it('POST /api/v1/tags with only { name } compiles, and the answer has a colour', async () => {
    const { data } = await atender.POST('/api/v1/tags', { body: { name: 'Billing' } });
    expectTypeOf(data.color).toEqualTypeOf<string>();
  });

  it('a webhook can be created without `active` and a test event sent without `eventType`', async () => {
    const { data } = await atender.POST('/api/v1/webhooks', {
      body: { url: 'https://hooks.example.com/atender', events: ['conversation.created'] },
    });
    expectTypeOf(data.active).toEqualTypeOf<boolean>();
    void atender.POST('/api/v1/webhooks/{webhookId}/test', { params: { path: { webhookId: data.id } }, body: {} });
  });
});
