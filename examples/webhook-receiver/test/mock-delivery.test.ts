/**
 * End to end with the mock: the mock does not deliver over the network, but its test-delivery
 * endpoint signs a real delivery and records it (headers and exact body). This test asks for one
 * through the SDK, then posts what the mock recorded to the receiver, verified with the seeded
 * endpoint's secret: the SDK and the mock agree on Standard Webhooks end to end.
 */
import { type MockServer, startMockServer } from '@atender/mock/node';
import { createAtenderClient } from '@atender/sdk';
import type { WebhookEventOf } from '@atender/sdk/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WEBHOOK_ID, demoWebhookSecret, type RunningWebhookReceiver, startWebhookReceiver } from '../src/index.js';

let mock: MockServer;
let receiver: RunningWebhookReceiver;
const received: WebhookEventOf<'conversation.status_changed'>[] = [];
const logs: string[] = [];

beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
  const secret = mock.mock.store.for('ten_acme', 'sandbox').webhookSecrets.get(DEMO_WEBHOOK_ID)?.current;
  receiver = await startWebhookReceiver({
    port: 0,
    secret: secret ?? 'missing',
    log: (line) => void logs.push(line),
    onEvent: { 'conversation.status_changed': (event) => void received.push(event) },
  });
});
afterAll(async () => {
  await receiver.close();
  await mock.close();
});

describe('a delivery signed by the mock', () => {
  it('is accepted once, dispatched typed, and refused as a replay', async () => {
    const key = mock.mock.keys.demo.acme.sandbox.scopes['webhooks:write'];
    const client = createAtenderClient({ apiKey: key.secret, baseUrl: mock.sandboxUrl });
    const { data } = await client.POST('/api/v1/webhooks/{webhookId}/test', {
      params: { path: { webhookId: DEMO_WEBHOOK_ID } },
      body: { eventType: 'conversation.status_changed' },
    });
    const recorded = mock.mock.store
      .for('ten_acme', 'sandbox')
      .webhookDeliveries.find((d) => d.headers['webhook-id'] === data.webhookMessageId);
    expect(recorded).toBeDefined();
    const post = () => fetch(receiver.url, { method: 'POST', headers: recorded!.headers, body: recorded!.body });
    expect((await post()).status).toBe(204);
    expect(received).toHaveLength(1);
    expect(received[0]!.data.conversation.id).toBe(
      data.event.type === 'conversation.status_changed' ? data.event.data.conversation.id : '',
    );
    const replay = await post();
    expect([replay.status, await replay.json()]).toEqual([401, { error: 'replayed' }]);
    expect(logs.at(-1)).toBe(`webhook 401 replayed id="${data.webhookMessageId}"`);
  });

  it('uses the secret the CLI falls back to', () => {
    expect(demoWebhookSecret()).toBe(mock.mock.store.for('ten_acme', 'sandbox').webhookSecrets.get(DEMO_WEBHOOK_ID)?.current);
  });
});
