/**
 * The retry schedule, driven by the mock's manual clock (no real waiting): a failing receiver
 * gets the first attempt at once and retries after 5, 20, 80, 320, 1280, 3600 and 3600 s (the
 * spec's `x-webhook-delivery`), then the delivery is `failed` and the endpoint `failing` until a
 * delivery succeeds. Attempts time out after 15 s; a deleted endpoint gets no more retries.
 */
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../src/index.js';
import { useReceiver } from './support/receiver.js';
import { api } from './support/spec-checked-fetch.js';
import { useAtenderMock } from './support/use-mock.js';

const clock = createManualClock(Date.UTC(2026, 10, 2, 9, 0, 0));
const { mock } = useAtenderMock({ clock });
const key = mock.keys.demo.acme.sandbox.bundles.full_access.secret;
const SCHEDULE_S = [5, 20, 80, 320, 1280, 3600, 3600];
const receiver = useReceiver();

async function endpoint(url = receiver.url): Promise<string> {
  const made = await api('POST', '/api/v1/webhooks', { key, body: { url, events: ['contact.created'] } });
  return made.body.id;
}

let sequence = 0;
const newContact = () => api('POST', '/api/v1/contacts', { key, body: { email: `retry.${++sequence}@example.com` } });

/** Moves the clock to the delivery's next attempt and waits for that attempt to finish. */
async function nextAttempt(webhookId: string, deliveryId: string): Promise<void> {
  const { body } = await api('GET', `/api/v1/webhooks/${webhookId}/deliveries/${deliveryId}`, { key });
  clock.set(Date.parse(body.nextAttemptAt));
  await mock.webhooks.idle();
}

describe('retries', () => {
  it('retries a 503 on the exponential, capped schedule, then marks the endpoint failing', async () => {
    const hookId = await endpoint();
    receiver.answer(503);
    await newContact();
    const { delivery } = await mock.webhooks.waitFor('contact.created', { webhookId: hookId });
    for (let retry = 0; retry < SCHEDULE_S.length; retry++) await nextAttempt(hookId, delivery.id);
    const log = await api('GET', `/api/v1/webhooks/${hookId}/deliveries/${delivery.id}`, { key });
    expect(log.body).toMatchObject({ status: 'failed', nextAttemptAt: null });
    const sent = log.body.attempts.map((a: { sentAt: string }) => Date.parse(a.sentAt));
    expect(sent.slice(1).map((t: number, i: number) => (t - sent[i]) / 1000)).toEqual(SCHEDULE_S);
    expect(log.body.attempts.every((a: { statusCode: number; error: string }) => a.statusCode === 503 && a.error === 'HTTP 503')).toBe(
      true,
    );
    expect(receiver.received).toHaveLength(8);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    // Each attempt is signed anew at its own time.
    expect(receiver.received.map((r) => Number(r.headers['webhook-timestamp']) * 1000)).toEqual(sent);
    const failing = await api('GET', `/api/v1/webhooks/${hookId}`, { key });
    expect(failing.body).toMatchObject({ status: 'failing', failingSince: new Date(clock.now()).toISOString() });
    // Still delivered to; the next success makes it healthy again.
    receiver.answer(204);
    await newContact();
    await mock.webhooks.waitFor('contact.created', { webhookId: hookId });
    expect((await api('GET', `/api/v1/webhooks/${hookId}`, { key })).body).toMatchObject({ status: 'healthy', failingSince: null });
  });

  it('stops at the first 2xx', async () => {
    const hookId = await endpoint();
    receiver.answer(500);
    await newContact();
    const { delivery } = await mock.webhooks.waitFor('contact.created', { webhookId: hookId });
    await nextAttempt(hookId, delivery.id);
    receiver.answer(200);
    await nextAttempt(hookId, delivery.id);
    const log = await api('GET', `/api/v1/webhooks/${hookId}/deliveries?status=succeeded`, { key });
    expect(log.body.data.map((d: { attempts: { statusCode: number }[] }) => d.attempts.map((a) => a.statusCode))).toEqual([
      [500, 500, 200],
    ]);
    clock.advance(24 * 3_600_000);
    await mock.webhooks.idle();
    expect(receiver.received).toHaveLength(3);
  });

  it('times an attempt out after 15 s on the mock’s clock and retries it', async () => {
    const hookId = await endpoint();
    receiver.answer('hold');
    await newContact();
    await receiver.waitForCount(1);
    clock.advance(15_000);
    const { delivery } = await mock.webhooks.waitFor('contact.created', { webhookId: hookId });
    expect(delivery.attempts).toEqual([expect.objectContaining({ statusCode: null, success: false, error: 'timeout after 15 s' })]);
    expect(delivery.nextAttemptAt).toBe(new Date(clock.now() + 5000).toISOString());
  });

  it('sends no retry to a deleted endpoint', async () => {
    const hookId = await endpoint();
    receiver.answer(502);
    await newContact();
    await mock.webhooks.waitFor('contact.created', { webhookId: hookId });
    await api('DELETE', `/api/v1/webhooks/${hookId}`, { key });
    clock.advance(3 * 3_600_000);
    await mock.webhooks.idle();
    expect(receiver.received).toHaveLength(1);
  });
});
