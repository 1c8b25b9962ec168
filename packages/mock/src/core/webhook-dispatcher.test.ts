import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock.js';
import { createStore } from './store.js';
import { createWebhookDispatcher, DELIVERY_LOG_LIMIT } from './webhook-dispatcher.js';
import { SPEC_DELIVERY_POLICY } from './webhook-policy.js';

function setup(status: number) {
  const clock = createManualClock(Date.UTC(2026, 10, 2));
  const sent: Request[] = [];
  const dispatcher = createWebhookDispatcher({
    clock,
    timers: clock,
    fetch: async (request) => {
      sent.push(request);
      return new Response(null, { status });
    },
    policy: SPEC_DELIVERY_POLICY,
    concurrency: 4,
  });
  const store = createStore({ seed: false }).for('ten_acme', 'sandbox');
  const now = new Date(clock.now()).toISOString();
  const hook = store.webhooks.insert({
    url: 'https://hooks.example.com/a',
    events: ['contact.created'],
    description: null,
    active: true,
    status: 'healthy',
    failingSince: null,
    createdAt: now,
    updatedAt: now,
  });
  store.webhookSecrets.set(hook.id, { current: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', previous: null, previousExpiresAt: null });
  const event = (n: number) =>
    ({
      type: 'contact.created',
      timestamp: now,
      data: {
        contact: { id: `con_${n}`, email: null, name: null, phone: '+1', company: null, customFields: {}, createdAt: now, updatedAt: now },
      },
    }) as const;
  return { clock, sent, dispatcher, store, hook, outbox: dispatcher.outbox(store), event };
}

describe('the webhook dispatcher', () => {
  it(`keeps the last ${DELIVERY_LOG_LIMIT} deliveries of an endpoint and cancels the dropped ones' retries`, async () => {
    const { clock, dispatcher, store, outbox, event } = setup(500);
    for (let i = 0; i < DELIVERY_LOG_LIMIT + 5; i++) outbox.emit(event(i));
    await dispatcher.idle();
    const logged = store.webhookDeliveries.list();
    expect(logged).toHaveLength(DELIVERY_LOG_LIMIT);
    expect(logged[0]?.event.data).toMatchObject({ contact: { id: 'con_5' } });
    expect(clock.pendingTimers).toBe(DELIVERY_LOG_LIMIT);
    dispatcher.reset();
    expect(clock.pendingTimers).toBe(0);
  });

  it('hands each delivery to one waitFor, in order, and rejects a wait that times out', async () => {
    const { dispatcher, outbox, event } = setup(204);
    outbox.emit(event(1));
    outbox.emit(event(2));
    await dispatcher.idle();
    const first = await dispatcher.waitFor('contact.created');
    const second = await dispatcher.waitFor('contact.created');
    expect([first.delivery.event, second.delivery.event].map((e) => (e.data as { contact: { id: string } }).contact.id)).toEqual([
      'con_1',
      'con_2',
    ]);
    await expect(dispatcher.waitFor('contact.created', { timeoutMs: 20 })).rejects.toThrow(
      /No contact\.created delivery was attempted within 20 ms/,
    );
  });

  it('signs the exact body it sends, with the endpoint’s secret', async () => {
    const { dispatcher, sent, outbox, event } = setup(204);
    outbox.emit(event(7));
    const { requests } = await dispatcher.waitFor('contact.created');
    expect(sent).toHaveLength(1);
    expect(await sent[0]?.text()).toBe(requests[0]?.body);
    expect(sent[0]?.headers.get('webhook-signature')).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(sent[0]?.redirect).toBe('manual');
  });
});
