/**
 * Webhooks are delivered, in MSW mode: writes emit the spec's events as real signed POSTs to a
 * loopback receiver (through msw's `setupServer` with `onUnhandledRequest: 'error'`, which the
 * deliveries bypass), verified by the `standardwebhooks` reference library; the test event
 * reports the receiver's real answer; the API call never waits for a delivery.
 */
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { startReceiver, useReceiver } from './support/receiver.js';
import { api } from './support/spec-checked-fetch.js';
import { useAtenderMock } from './support/use-mock.js';

const { mock } = useAtenderMock({ webhooks: { concurrency: 2 } });
const key = mock.keys.demo.acme.sandbox.bundles.full_access.secret;
const receiver = useReceiver();

async function endpoint(events: string[], url = receiver.url, apiKey = key, base?: string) {
  const made = await api('POST', '/api/v1/webhooks', { key: apiKey, body: { url, events }, ...(base ? { base } : {}) });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body as { id: string; secret: string };
}

const newContact = (email: string) => api('POST', '/api/v1/contacts', { key, body: { email, name: 'Ana Ruiz' } });

describe('events from writes', () => {
  it('delivers contact.created with the created contact, signed so standardwebhooks verifies it', async () => {
    const hook = await endpoint(['contact.created']);
    const created = await newContact('ana.ruiz@example.com');
    const { delivery, requests } = await mock.webhooks.waitFor('contact.created', { webhookId: hook.id });
    expect(receiver.received).toHaveLength(1);
    const got = receiver.received[0]!;
    expect(got.path).toBe('/hook');
    const headers = Object.fromEntries(Object.entries(got.headers).map(([k, v]) => [k, String(v)]));
    const payload = new StandardWebhook(hook.secret).verify(got.body, headers);
    expect(payload).toEqual({ type: 'contact.created', timestamp: expect.any(String), data: { contact: created.body } });
    expect(got.body).toBe(requests[0]?.body);
    expect(delivery).toMatchObject({
      status: 'succeeded',
      test: false,
      attempts: [{ attempt: 1, statusCode: 204, success: true, error: null }],
    });
    // The tampered body fails the same reference verification.
    expect(() => new StandardWebhook(hook.secret).verify(got.body.replace('Ana', 'Eve'), headers)).toThrow();
  });

  it('emits every event type of the spec from the writes that cause it, with the real resources', async () => {
    const all = [
      'conversation.created',
      'conversation.status_changed',
      'conversation.assigned',
      'message.created',
      'contact.created',
      'contact.updated',
      'kb_article.published',
    ];
    const hook = await endpoint(all);
    const contact = (await newContact('li.wei@example.com')).body;
    const updated = (await api('PATCH', `/api/v1/contacts/${contact.id}`, { key, body: { phone: '+34600111222' } })).body;
    const conversation = (
      await api('POST', '/api/v1/conversations', { key, body: { contactId: contact.id, channel: 'email', subject: 'Hi' } })
    ).body;
    const message = (await api('POST', `/api/v1/conversations/${conversation.id}/messages`, { key, body: { body: 'Hello!' } })).body;
    const closed = (await api('POST', `/api/v1/conversations/${conversation.id}/status`, { key, body: { status: 'closed' } })).body;
    const assigned = (await api('POST', `/api/v1/conversations/${conversation.id}/assign`, { key, body: { assigneeId: 'usr_acmeS02' } }))
      .body;
    const article = (
      await api('POST', '/api/v1/kb/articles', {
        key,
        body: { slug: 'new-stoves', title: 'New stoves', body: 'In stock.', status: 'published' },
      })
    ).body;
    const got = async (type: string) =>
      JSON.parse((await mock.webhooks.waitFor(type as 'contact.created', { webhookId: hook.id })).requests[0]!.body);
    expect((await got('contact.created')).data).toEqual({ contact });
    expect((await got('contact.updated')).data).toEqual({ contact: updated, changedFields: ['phone'] });
    expect((await got('conversation.created')).data.conversation.id).toBe(conversation.id);
    expect((await got('message.created')).data).toEqual({ message });
    expect((await got('conversation.status_changed')).data).toEqual({ conversation: closed, previousStatus: 'open', changedBy: null });
    expect((await got('conversation.assigned')).data).toEqual({
      conversation: assigned,
      previousAssigneeId: null,
      previousTeamId: null,
      assignedBy: null,
    });
    expect((await got('kb_article.published')).data).toEqual({ article });
    await mock.webhooks.idle();
    expect(receiver.received).toHaveLength(7);
  });

  it('reaches only active endpoints of the same tenant and environment subscribed to the type', async () => {
    const mine = await endpoint(['contact.created']);
    await endpoint(['contact.updated'], `${receiver.url}?unsubscribed`);
    const inactive = await endpoint(['contact.created'], `${receiver.url}?inactive`);
    await api('PATCH', `/api/v1/webhooks/${inactive.id}`, { key, body: { active: false } });
    await endpoint(['contact.created'], `${receiver.url}?globex`, mock.keys.demo.globex.sandbox.bundles.full_access.secret);
    await newContact('only.once@example.com');
    await mock.webhooks.waitFor('contact.created', { webhookId: mine.id });
    await mock.webhooks.idle();
    expect(receiver.received.map((r) => r.path)).toEqual(['/hook']);
  });

  it('emits once for an idempotent replay (the write happened once)', async () => {
    const hook = await endpoint(['contact.created']);
    const headers = { 'Idempotency-Key': 'idem-contact-1' };
    const first = await api('POST', '/api/v1/contacts', { key, headers, body: { email: 'once@example.com' } });
    const replay = await api('POST', '/api/v1/contacts', { key, headers, body: { email: 'once@example.com' } });
    expect([first.status, replay.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    await mock.webhooks.waitFor('contact.created', { webhookId: hook.id });
    await mock.webhooks.idle();
    expect(mock.webhooks.deliveries({ webhookId: hook.id })).toHaveLength(1);
  });

  it('answers the API call without waiting for the receiver, and bounds attempts in flight', async () => {
    await endpoint(['contact.created']);
    receiver.answer('hold');
    for (let i = 0; i < 5; i++) expect((await newContact(`held.${i}@example.com`)).status).toBe(201);
    await receiver.waitForCount(2);
    // Concurrency 2: two attempts hang on the receiver, three wait in the queue.
    expect(receiver.held).toBe(2);
    receiver.answer(204);
    receiver.release(204);
    await receiver.waitForCount(5);
    await mock.webhooks.idle();
    expect(mock.webhooks.deliveries({ eventType: 'contact.created' }).filter((d) => d.delivery.status === 'succeeded')).toHaveLength(5);
  });
});

describe('the test event and the delivery log', () => {
  it('reports the receiver’s real status, duration and error', async () => {
    const hook = await endpoint(['contact.created']);
    receiver.answer(418);
    const teapot = await api('POST', `/api/v1/webhooks/${hook.id}/test`, { key, body: { eventType: 'contact.created' } });
    expect(teapot.body).toMatchObject({ statusCode: 418, success: false, error: 'HTTP 418', eventType: 'contact.created' });
    expect(receiver.received).toHaveLength(1);
    const closed = await startReceiver();
    const gone = closed.url;
    await closed.close();
    const down = await endpoint(['contact.created'], gone);
    const refused = await api('POST', `/api/v1/webhooks/${down.id}/test`, { key, body: {} });
    expect(refused.body).toMatchObject({ statusCode: null, success: false, error: 'connection refused' });
    const log = await api('GET', `/api/v1/webhooks/${hook.id}/deliveries`, { key });
    expect(log.body.data).toEqual([
      expect.objectContaining({
        id: teapot.body.id,
        test: true,
        status: 'failed',
        nextAttemptAt: null,
        attempts: [expect.objectContaining({ statusCode: 418 })],
      }),
    ]);
    expect((await api('GET', `/api/v1/webhooks/${hook.id}`, { key })).body.status).toBe('healthy');
  });

  it('redelivers with the same webhook-id and fresh signatures', async () => {
    const hook = await endpoint(['contact.created']);
    receiver.answer(500);
    await newContact('redo@example.com');
    const first = await mock.webhooks.waitFor('contact.created', { webhookId: hook.id });
    expect(first.delivery).toMatchObject({ status: 'pending', attempts: [{ statusCode: 500, error: 'HTTP 500' }] });
    receiver.answer(200);
    const queued = await api('POST', `/api/v1/webhooks/${hook.id}/deliveries/${first.delivery.id}/redeliver`, { key });
    expect([queued.status, queued.body.status]).toEqual([202, 'pending']);
    await mock.webhooks.idle();
    const after = await api('GET', `/api/v1/webhooks/${hook.id}/deliveries/${first.delivery.id}`, { key });
    expect(after.body).toMatchObject({
      status: 'succeeded',
      nextAttemptAt: null,
      attempts: [{ statusCode: 500 }, { attempt: 2, statusCode: 200 }],
    });
    const [a, b] = receiver.received;
    expect(b?.headers['webhook-id']).toBe(a?.headers['webhook-id']);
    expect(b?.body).toBe(a?.body);
    expect((await api('POST', `/api/v1/webhooks/${hook.id}/deliveries/dlv_nope/redeliver`, { key })).status).toBe(404);
  });

  it('signs with both secrets during a rotation; standardwebhooks accepts either', async () => {
    const hook = await endpoint(['contact.created']);
    const rotated = await api('POST', `/api/v1/webhooks/${hook.id}/rotate-secret`, { key });
    await newContact('rotating@example.com');
    await mock.webhooks.waitFor('contact.created', { webhookId: hook.id });
    const got = receiver.received[0]!;
    const headers = Object.fromEntries(Object.entries(got.headers).map(([k, v]) => [k, String(v)]));
    expect(headers['webhook-signature']?.split(' ')).toHaveLength(2);
    for (const secret of [hook.secret, rotated.body.secret]) expect(new StandardWebhook(secret).verify(got.body, headers)).toBeTruthy();
  });
});
