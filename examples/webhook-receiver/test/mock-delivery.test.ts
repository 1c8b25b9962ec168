/**
 * End to end through a real delivery, all over plain HTTP on loopback: `atender-mock serve`'s
 * server, this example's receiver, and the SDK. Registering the receiver as an `http://` sandbox
 * endpoint and creating a contact with the SDK makes the mock POST a signed `contact.created` to
 * the receiver, which verifies it (`verifyWebhook`) and dispatches it typed — no hand-built payload.
 */
import { type MockServer, startMockServer } from '@atender/mock/node';
import { createAtenderClient } from '@atender/sdk';
import type { WebhookEventOf } from '@atender/sdk/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WEBHOOK_ID, demoWebhookSecret, type RunningWebhookReceiver, startWebhookReceiver } from '../src/index.js';

let mock: MockServer;
let receiver: RunningWebhookReceiver;
const created: WebhookEventOf<'contact.created'>[] = [];
const logs: string[] = [];

/** Resolves once the receiver logged `count` lines (bounded). */
async function logged(count: number, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (logs.length < count) {
    if (Date.now() > deadline) throw new Error(`receiver logged ${logs.length} of ${count} lines: ${logs.join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
  receiver = await startWebhookReceiver({
    port: 0,
    // The seeded endpoint's secret; the endpoint is pointed at this receiver below.
    secret: demoWebhookSecret(),
    log: (line) => void logs.push(line),
    onEvent: { 'contact.created': (event) => void created.push(event) },
  });
});
afterAll(async () => {
  await receiver.close();
  await mock.close();
});

describe('a real delivery from the mock', () => {
  it('reaches the receiver, verifies and is dispatched typed after the SDK creates a contact', async () => {
    const key = mock.mock.keys.demo.acme.sandbox.bundles.full_access.secret;
    const atender = createAtenderClient({ apiKey: key, baseUrl: mock.sandboxUrl });
    await atender.PATCH('/api/v1/webhooks/{webhookId}', {
      params: { path: { webhookId: DEMO_WEBHOOK_ID } },
      body: { url: `${receiver.url}atender`, events: ['contact.created'], active: true },
    });
    const { data: contact } = await atender.POST('/api/v1/contacts', {
      body: { email: 'maria.alvarez@example.com', name: 'Maria Alvarez' },
    });
    await logged(1);
    expect(logs).toEqual([expect.stringMatching(/^webhook 204 handled "contact.created" id="msg_/)]);
    expect(created).toHaveLength(1);
    expect(created[0]?.data.contact).toEqual(contact);
    const { data: log } = await atender.GET('/api/v1/webhooks/{webhookId}/deliveries', {
      params: { path: { webhookId: DEMO_WEBHOOK_ID } },
    });
    expect(log.data[0]).toMatchObject({
      status: 'succeeded',
      eventType: 'contact.created',
      attempts: [{ statusCode: 204, success: true }],
    });
  });

  it('is refused as a replay when redelivered, and the test event reports that status', async () => {
    const key = mock.mock.keys.demo.acme.sandbox.bundles.full_access.secret;
    const atender = createAtenderClient({ apiKey: key, baseUrl: mock.sandboxUrl });
    const path = { webhookId: DEMO_WEBHOOK_ID };
    const { data: log } = await atender.GET('/api/v1/webhooks/{webhookId}/deliveries', { params: { path } });
    const first = log.data[0]!;
    await atender.POST('/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver', {
      params: { path: { ...path, deliveryId: first.id } },
    });
    await logged(2);
    expect(logs[1]).toBe(`webhook 401 replayed id="${first.webhookMessageId}"`);
    const { data: test } = await atender.POST('/api/v1/webhooks/{webhookId}/test', {
      params: { path },
      body: { eventType: 'contact.created' },
    });
    expect(test).toMatchObject({ statusCode: 204, success: true, error: null });
    await logged(3);
    expect(created).toHaveLength(2);
  });
});
