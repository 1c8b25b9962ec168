import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RunningWebhookReceiver, startWebhookReceiver, type WebhookHandlers } from '../src/index.js';
import { contactCreated, deliver, NOW_MS, NOW_SECONDS, nextId, OLD_SECRET, SECRET } from './helpers.js';

let receiver: RunningWebhookReceiver;
let logs: string[];
const onContactCreated = vi.fn<NonNullable<WebhookHandlers['contact.created']>>();

beforeAll(async () => {
  receiver = await startWebhookReceiver({
    port: 0,
    secret: SECRET,
    now: () => NOW_MS,
    log: (line) => void logs.push(line),
    onEvent: { 'contact.created': onContactCreated },
  });
});
afterAll(() => receiver.close());
beforeEach(() => {
  logs = [];
  onContactCreated.mockReset();
});

/** Every log line names the reason and the id, and never a secret or a signature. */
function expectLogged(reason: string, id: string, signatures: readonly string[]) {
  expect(logs).toHaveLength(1);
  expect(logs[0]).toContain(reason);
  expect(logs[0]).toContain(id);
  for (const secret of [SECRET, OLD_SECRET, ...signatures]) expect(logs[0]).not.toContain(secret.slice(6, 20));
}

describe('webhook receiver over loopback HTTP', () => {
  it('answers 204 and dispatches a valid delivery to its typed handler, once', async () => {
    const { status, id } = await deliver(receiver.url);
    expect(status).toBe(204);
    expect(onContactCreated).toHaveBeenCalledTimes(1);
    const [event, delivery] = onContactCreated.mock.calls[0]!;
    expect(event.data.contact.email).toBe('maria.alvarez@example.com');
    expect(delivery).toEqual({ id, timestamp: NOW_SECONDS });
    expect(logs).toEqual([`webhook 204 handled "contact.created" id="${id}"`]);
  });

  it('refuses a tampered body with 401 no_matching_signature', async () => {
    const body = JSON.stringify(contactCreated());
    const { status, json, id, signatures } = await deliver(receiver.url, { body, sentBody: body.replace('Maria', 'Mario') });
    expect([status, json]).toEqual([401, { error: 'no_matching_signature' }]);
    expect(onContactCreated).not.toHaveBeenCalled();
    expectLogged('webhook 401 no_matching_signature', id, signatures);
  });

  it('refuses a delivery signed with another secret', async () => {
    const { status, json, id, signatures } = await deliver(receiver.url, { secrets: [OLD_SECRET] });
    expect([status, json]).toEqual([401, { error: 'no_matching_signature' }]);
    expectLogged('no_matching_signature', id, signatures);
  });

  it.each([
    ['stale', -301, 'timestamp_too_old'],
    ['future', +301, 'timestamp_in_future'],
  ])('refuses a %s timestamp (%i s) and accepts one at the edge', async (_, offset, reason) => {
    const refused = await deliver(receiver.url, { timestamp: NOW_SECONDS + offset });
    expect([refused.status, refused.json]).toEqual([401, { error: reason }]);
    expectLogged(reason, refused.id, refused.signatures);
    const edge = await deliver(receiver.url, { timestamp: NOW_SECONDS + Math.sign(offset) * 300 });
    expect(edge.status).toBe(204);
  });

  it('refuses a replay of the same webhook-id, and the handler runs once', async () => {
    const id = nextId();
    expect((await deliver(receiver.url, { id })).status).toBe(204);
    logs = [];
    const replay = await deliver(receiver.url, { id });
    expect([replay.status, replay.json]).toEqual([401, { error: 'replayed' }]);
    expectLogged('webhook 401 replayed', id, replay.signatures);
    expect(onContactCreated).toHaveBeenCalledTimes(1);
  });

  it('accepts a delivery signed with the new and the old secret during a rotation', async () => {
    const rotated = await deliver(receiver.url, { secrets: [SECRET, OLD_SECRET] });
    expect(rotated.status).toBe(204);
    // A receiver still configured with the old secret (both, while it rolls out) accepts it too.
    const old = await startWebhookReceiver({ port: 0, secret: [OLD_SECRET], now: () => NOW_MS, log: () => {} });
    try {
      expect((await deliver(old.url, { secrets: [SECRET, OLD_SECRET] })).status).toBe(204);
      expect((await deliver(old.url, { secrets: [SECRET] })).status).toBe(401);
    } finally {
      await old.close();
    }
  });

  it('answers 500 when the handler throws, without marking the id seen, so the retry is processed', async () => {
    onContactCreated.mockRejectedValueOnce(new Error('CRM is down'));
    const id = nextId();
    const first = await deliver(receiver.url, { id });
    expect([first.status, first.json]).toEqual([500, { error: 'handler_failed' }]);
    expect(logs[0]).toBe(`webhook 500 handler_failed "contact.created" id="${id}": CRM is down`);
    expect((await deliver(receiver.url, { id })).status).toBe(204);
    expect(onContactCreated).toHaveBeenCalledTimes(2);
    expect((await deliver(receiver.url, { id })).status).toBe(401);
  });

  it('answers 405 with Allow: POST to other methods', async () => {
    const { status, json, headers } = await deliver(receiver.url, { method: 'GET' });
    expect([status, json, headers.get('allow')]).toEqual([405, { error: 'method_not_allowed' }, 'POST']);
  });

  it('answers 413 to a body over 1 MiB, before any signature work', async () => {
    const body = JSON.stringify({ ...contactCreated(), padding: 'x'.repeat(1024 * 1024) });
    const { status, json } = await deliver(receiver.url, { body });
    expect([status, json]).toEqual([413, { error: 'payload_too_large' }]);
    expect(onContactCreated).not.toHaveBeenCalled();
  });

  it('answers 400 to an authentic delivery whose body is not an event', async () => {
    const { status, json } = await deliver(receiver.url, { body: '{"hello":' });
    expect([status, json]).toEqual([400, { error: 'invalid_payload' }]);
  });

  it('answers 401 missing_headers to an unsigned POST', async () => {
    const response = await fetch(receiver.url, { method: 'POST', body: JSON.stringify(contactCreated()) });
    expect([response.status, await response.json()]).toEqual([401, { error: 'missing_headers' }]);
    expect(logs).toEqual(['webhook 401 missing_headers id=-']);
  });

  it('acknowledges and logs as ignored an event type without a handler, or one newer than this code', async () => {
    const future = JSON.stringify({ type: 'invoice.paid', timestamp: '2026-11-02T09:41:00Z', data: {} });
    const { status, id } = await deliver(receiver.url, { body: future });
    expect(status).toBe(204);
    expect(logs).toEqual([`webhook 204 ignored "invoice.paid" id="${id}"`]);
  });

  it('refuses a malformed secret at start-up instead of on every delivery', async () => {
    await expect(startWebhookReceiver({ port: 0, secret: 'not-a-secret' })).rejects.toThrow(/whsec_/);
  });
});
