import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, TEST_NOW, testWebhooks } from '../../../test/support/handler-context.js';
import { responseErrors } from '../../../test/support/spec-response.js';
import { DEMO_WEBHOOK_SECRETS } from '../seed.js';
import { createStore } from '../store.js';

/** An independent Standard Webhooks check with Node's HMAC. */
function verify(secret: string, headers: Record<string, string>, body: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`).digest('base64');
  return (headers['webhook-signature'] ?? '').split(' ').includes(`v1,${expected}`);
}

describe('webhooks', () => {
  it('creates an endpoint with a whsec_ secret shown once, and refuses non-loopback http and duplicates', async () => {
    const store = createStore().for('ten_acme', 'sandbox');
    const body = { url: 'https://hooks.example.com/atender', events: ['contact.created', 'contact.created'] };
    const made = await call(store, 'createWebhook', { body });
    expect(made.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(made.body).toMatchObject({
      active: true,
      events: ['contact.created'],
      description: null,
      status: 'healthy',
      failingSince: null,
    });
    expect((await call(store, 'getWebhook', { params: { webhookId: made.body.id } })).body).not.toHaveProperty('secret');
    expect((await call(store, 'createWebhook', { body })).status).toBe(409);
    expect((await call(store, 'createWebhook', { body: { url: 'http://insecure.example.com', events: ['contact.created'] } })).status).toBe(
      400,
    );
  });

  it('accepts http:// loopback URLs on the sandbox only', async () => {
    const sandbox = createStore().for('ten_acme', 'sandbox');
    for (const url of ['http://localhost:3000/webhooks', 'http://127.0.0.1:8787/hook', 'http://[::1]:9000/h']) {
      expect((await call(sandbox, 'createWebhook', { body: { url, events: ['contact.created'] } })).status, url).toBe(201);
    }
    const refused = await call(sandbox, 'createWebhook', { body: { url: 'http://10.0.0.5/hook', events: ['contact.created'] } });
    expect(refused.body.errors).toEqual([{ path: '/body/url', message: expect.stringContaining('loopback') }]);
    const production = createStore().for('ten_acme', 'production');
    const live = await call(production, 'createWebhook', { body: { url: 'http://127.0.0.1:8787/hook', events: ['contact.created'] } });
    expect([live.status, live.body.errors]).toEqual([400, [{ path: '/body/url', message: 'must be an https:// URL' }]]);
  });

  it('filters by active and event', async () => {
    const store = createStore().for('ten_acme', 'production');
    expect((await call(store, 'listWebhooks', { query: { active: false } })).body.data.map((w: { id: string }) => w.id)).toEqual([
      'whk_acmeP02',
    ]);
    expect((await call(store, 'listWebhooks', { query: { event: 'kb_article.published' } })).body.data).toHaveLength(1);
  });

  it('signs a test delivery with the seeded secret, verifiable by any Standard Webhooks receiver', async () => {
    const store = createStore().for('ten_acme', 'sandbox');
    // The seeded URL is under the reserved `.example` TLD, which never resolves; give it a real host.
    store.webhooks.update('whk_acmeS01', { url: 'https://crm.acme-outdoor.com/hooks/atender' });
    const result = await call(store, 'sendWebhookTestEvent', { params: { webhookId: 'whk_acmeS01' }, body: {} });
    expect(result.body).toMatchObject({
      eventType: 'conversation.created',
      success: true,
      statusCode: 204,
      error: null,
      event: { type: 'conversation.created' },
    });
    const delivery = testWebhooks.deliveries().find((d) => d.delivery.id === result.body.id)!.requests[0]!;
    expect(store.webhookDeliveries.get(result.body.id)).toMatchObject({ test: true, status: 'succeeded', attempts: [{ statusCode: 204 }] });
    expect(delivery.headers['webhook-id']).toBe(result.body.webhookMessageId);
    expect(delivery.headers['webhook-timestamp']).toBe(String(Math.floor(TEST_NOW / 1000)));
    expect(JSON.parse(delivery.body)).toEqual(result.body.event);
    expect(verify(DEMO_WEBHOOK_SECRETS.ten_acme!.sandbox.whk_acmeS01!, delivery.headers, delivery.body)).toBe(true);
    // The event carries the stored conversation as the REST API answers it, channel and priority included.
    const conversation = result.body.event.data.conversation;
    expect(conversation).toEqual(store.conversations.get(conversation.id));
    expect(conversation).toMatchObject({ channelId: expect.stringMatching(/^chn_/), priority: expect.any(String) });
  });

  it('reports a host that never resolves (the seed’s reserved .example URLs) as no answer', async () => {
    const store = createStore().for('ten_acme', 'sandbox');
    const result = await call(store, 'sendWebhookTestEvent', { params: { webhookId: 'whk_acmeS02' }, body: {} });
    expect(result.body).toMatchObject({ statusCode: null, success: false, error: 'host not found' });
  });

  it('rotates: both secrets sign for 24 hours, then only the new one', async () => {
    const store = createStore().for('ten_globex', 'production');
    const old = DEMO_WEBHOOK_SECRETS.ten_globex!.production.whk_globexP01!;
    const rotated = await call(store, 'rotateWebhookSecret', { params: { webhookId: 'whk_globexP01' } });
    expect(rotated.body.previousSecretExpiresAt).toBe(new Date(TEST_NOW + 86_400_000).toISOString());
    const during = await call(store, 'sendWebhookTestEvent', {
      params: { webhookId: 'whk_globexP01' },
      body: { eventType: 'message.created' },
    });
    const sent = (id: string) => testWebhooks.deliveries().find((d) => d.delivery.id === id)!.requests[0]!;
    const d1 = sent(during.body.id);
    expect(d1.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(verify(old, d1.headers, d1.body) && verify(rotated.body.secret, d1.headers, d1.body)).toBe(true);
    const after = await call(store, 'sendWebhookTestEvent', {
      params: { webhookId: 'whk_globexP01' },
      body: {},
      now: TEST_NOW + 86_400_001,
    });
    const d2 = sent(after.body.id);
    expect(verify(old, d2.headers, d2.body)).toBe(false);
    expect(verify(rotated.body.secret, d2.headers, d2.body)).toBe(true);
  });

  it('builds a spec-valid sample of every event type, even on an empty store', async () => {
    const empty = createStore({ seed: false }).for('ten_acme', 'sandbox');
    const hook = await call(empty, 'createWebhook', { body: { url: 'https://x.example.com/h', events: ['contact.created'] } });
    for (const eventType of [
      'conversation.created',
      'conversation.status_changed',
      'conversation.assigned',
      'message.created',
      'contact.created',
      'contact.updated',
      'kb_article.published',
    ]) {
      const result = await call(empty, 'sendWebhookTestEvent', { params: { webhookId: hook.body.id }, body: { eventType } });
      expect(result.body.event.type).toBe(eventType);
    }
  });
});

describe('analytics', () => {
  const acme = () => createStore().for('ten_acme', 'production');

  it('counts created and closed conversations per day, empty days included', async () => {
    const store = acme();
    const { body } = await call(store, 'getConversationVolume', { query: { from: '2026-10-05', to: '2026-10-18' } });
    expect(body.buckets).toHaveLength(14);
    expect(body.buckets[0]).toEqual({ date: '2026-10-05', created: 2, closed: 1 });
    expect(body.totals.created).toBe(10);
    expect(body.totals.closed).toBe(store.conversations.list((c) => c.status === 'closed').length);
    expect(body).toMatchObject({ interval: 'day', channelId: null });
  });

  it('buckets per week from the Monday and filters by channel', async () => {
    const { body } = await call(acme(), 'getConversationVolume', {
      query: { from: '2026-10-07', to: '2026-10-20', interval: 'week', channel: 'chn_acmeWebchat' },
    });
    expect(body.buckets.map((b: { date: string }) => b.date)).toEqual(['2026-10-05', '2026-10-12', '2026-10-19']);
    expect(body.totals.created).toBe(2);
    expect(body.channelId).toBe('chn_acmeWebchat');
  });

  it('refuses a backwards or too long range on /query/to', async () => {
    for (const query of [
      { from: '2026-10-10', to: '2026-10-01' },
      { from: '2025-01-01', to: '2026-10-01' },
    ]) {
      const result = await call(acme(), 'getSlaBreachRates', { query });
      expect(result).toMatchObject({ status: 400, body: { errors: [{ path: '/query/to' }] } });
    }
  });

  it('computes SLA breach rates per policy from the data', async () => {
    const { body } = await call(acme(), 'getSlaBreachRates', { query: { from: '2026-10-01', to: '2026-10-31' } });
    const byName = Object.fromEntries(body.policies.map((p: { name: string }) => [p.name, p]));
    expect(byName['Urgent issues']).toMatchObject({ conversations: 1, firstResponseBreachRate: 1, resolutionBreachRate: 1 });
    expect(byName['High priority']).toMatchObject({ conversations: 2 });
    expect(byName.Standard.conversations).toBe(5);
    for (const policy of body.policies) expect(policy.firstResponseBreachRate).toBeLessThanOrEqual(1);
  });

  it('computes agent stats: handled, medians and CSAT', async () => {
    const { body } = await call(acme(), 'getAgentStats', { query: { from: '2026-10-01', to: '2026-10-31' } });
    const emma = body.agents.find((a: { name: string }) => a.name === 'Emma Lindqvist');
    expect(emma).toMatchObject({ conversationsHandled: 2, medianFirstResponseSeconds: 480, csatScore: 100 });
    const nora = body.agents.find((a: { name: string }) => a.name === 'Nora Patel');
    expect(nora.csatScore).toBe(50);
    expect(body.agents.find((a: { name: string }) => a.name === 'Hannah Brooks')).toBeUndefined();
  });

  it('the test helper itself rejects extra properties', () => {
    expect(
      responseErrors('getServiceStatus', {
        status: 200,
        body: { status: 'operational', components: [], updatedAt: '2026-01-01T00:00:00Z', extra: 1 },
      }),
    ).not.toEqual([]);
  });
});
