import type { Contact, Conversation, ConversationMessage, ConversationStatus, WebhookEvent as SchemaWebhookEvent } from '@atender/contract';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { AtenderError } from './errors/atender-error.js';
import {
  signWebhook,
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookEvent,
  type WebhookEventOf,
  WebhookVerificationError,
  type WebhookVerificationReason,
} from './webhooks.js';

// The Standard Webhooks published vector (libraries/javascript/src/webhook.test.ts, "sign function works").
const VECTOR = {
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  payload: '{"test": 2432232314}',
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
} as const;
const OLD_SECRET = 'whsec_c2VjcmV0LWJlZm9yZS1yb3RhdGlvbiEh';
const NOW = 1793612460;

const EVENT: WebhookEventOf<'conversation.created'> = {
  type: 'conversation.created',
  timestamp: '2026-11-02T09:41:00Z',
  data: {
    conversation: {
      id: 'cnv_7Qe4Vb',
      subject: 'Order 10482 arrived damaged',
      status: 'open',
      snoozedUntil: null,
      channel: 'email',
      channelId: 'chn_email01',
      priority: 'high',
      contactId: 'con_8Hw3Lp',
      assigneeId: null,
      teamId: null,
      tagIds: ['tag_3Jd8Vc'],
      lastMessageAt: '2026-11-02T09:41:00Z',
      closedAt: null,
      createdAt: '2026-11-02T09:41:00Z',
      updatedAt: '2026-11-02T09:41:00Z',
    },
  },
};
const BODY = JSON.stringify(EVENT);

/** A delivery signed now with `secrets`, and options to verify it with the vector secret. */
async function delivery(overrides: { timestamp?: number; payload?: string | Uint8Array; secrets?: string[] } = {}) {
  const { timestamp = NOW, payload = BODY, secrets = [VECTOR.secret] } = overrides;
  const id = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W';
  const signatures = await Promise.all(secrets.map((secret) => signWebhook({ id, timestamp, payload, secret })));
  const headers = { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signatures.join(' ') };
  return { payload, headers, secret: VECTOR.secret, now: () => NOW * 1000 } satisfies VerifyWebhookOptions;
}

async function reasonOf(options: VerifyWebhookOptions): Promise<WebhookVerificationReason> {
  const error = await verifyWebhook(options).then(
    () => expect.unreachable('the delivery verified'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as WebhookVerificationError).reason;
}

describe('signWebhook', () => {
  it('reproduces the published vector, from seconds or a Date', async () => {
    expect(await signWebhook(VECTOR)).toBe(VECTOR.signature);
    expect(await signWebhook({ ...VECTOR, timestamp: new Date(VECTOR.timestamp * 1000 + 999) })).toBe(VECTOR.signature);
  });
});

describe('verifyWebhook', () => {
  it('accepts the published vector signature (its body is no Atender event, so it stops there)', async () => {
    const headers = { 'webhook-id': VECTOR.id, 'webhook-timestamp': String(VECTOR.timestamp), 'webhook-signature': VECTOR.signature };
    const options = { payload: VECTOR.payload, headers, secret: VECTOR.secret, now: () => VECTOR.timestamp * 1000 };
    expect(await reasonOf(options)).toBe('invalid_payload');
    expect(await reasonOf({ ...options, payload: '{"test": 2432232315}' })).toBe('no_matching_signature');
  });

  it('returns the id, the timestamp and the typed event', async () => {
    const result = await verifyWebhook(await delivery());
    expect(result).toEqual({ id: 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W', timestamp: NOW, event: EVENT });
    expectTypeOf(result.event).toEqualTypeOf<WebhookEvent>();
    // The spec's `webhooks` section and its WebhookEvent schema must describe the same events.
    expectTypeOf<WebhookEvent>().toEqualTypeOf<SchemaWebhookEvent>();
    if (result.event.type === 'conversation.created')
      expectTypeOf(result.event.data.conversation.status).toEqualTypeOf<'open' | 'pending' | 'snoozed' | 'closed'>();
    // Events carry the API's own resources, the same shapes the REST endpoints answer.
    expectTypeOf<WebhookEventOf<'conversation.created'>['data']['conversation']>().toEqualTypeOf<Conversation>();
    expectTypeOf<WebhookEventOf<'conversation.status_changed'>['data']['previousStatus']>().toEqualTypeOf<ConversationStatus>();
    expectTypeOf<WebhookEventOf<'conversation.assigned'>['data']['conversation']>().toEqualTypeOf<Conversation>();
    expectTypeOf<WebhookEventOf<'message.created'>['data']['message']>().toEqualTypeOf<ConversationMessage>();
    expectTypeOf<WebhookEventOf<'contact.created'>['data']['contact']>().toEqualTypeOf<Contact>();
    expectTypeOf<WebhookEventOf<'contact.updated'>['data']['contact']>().toEqualTypeOf<Contact>();
  });

  it('verifies a raw byte body', async () => {
    const bytes = new TextEncoder().encode(BODY);
    expect((await verifyWebhook(await delivery({ payload: bytes }))).event).toEqual(EVENT);
  });

  it('rejects a tampered payload, even one that parses to the same JSON', async () => {
    const options = await delivery();
    expect(await reasonOf({ ...options, payload: BODY.replace('open', 'closed') })).toBe('no_matching_signature');
    expect(await reasonOf({ ...options, payload: JSON.stringify(EVENT, null, 2) })).toBe('no_matching_signature');
  });

  it('rejects a wrong secret', async () => {
    expect(await reasonOf({ ...(await delivery()), secret: OLD_SECRET })).toBe('no_matching_signature');
  });

  it('accepts a timestamp exactly at either tolerance edge and refuses one second beyond', async () => {
    await expect(verifyWebhook(await delivery({ timestamp: NOW - 300 }))).resolves.toBeDefined();
    await expect(verifyWebhook(await delivery({ timestamp: NOW + 300 }))).resolves.toBeDefined();
    expect(await reasonOf(await delivery({ timestamp: NOW - 301 }))).toBe('timestamp_too_old');
    expect(await reasonOf(await delivery({ timestamp: NOW + 301 }))).toBe('timestamp_in_future');
  });

  it('honours a custom tolerance and checks the timestamp before the signature', async () => {
    const stale = await delivery({ timestamp: NOW - 60 });
    expect(await reasonOf({ ...stale, toleranceSeconds: 59 })).toBe('timestamp_too_old');
    await expect(verifyWebhook({ ...stale, toleranceSeconds: 60 })).resolves.toBeDefined();
    expect(await reasonOf({ ...stale, secret: OLD_SECRET, now: () => (NOW + 3600) * 1000 })).toBe('timestamp_too_old');
    await expect(verifyWebhook({ ...stale, toleranceSeconds: -1 })).rejects.toThrow(TypeError);
  });

  it('accepts either secret during a rotation', async () => {
    const both = await delivery({ secrets: [OLD_SECRET, VECTOR.secret] });
    await expect(verifyWebhook(both)).resolves.toBeDefined();
    await expect(verifyWebhook({ ...both, secret: OLD_SECRET })).resolves.toBeDefined();
    const oldOnly = await delivery({ secrets: [OLD_SECRET] });
    await expect(verifyWebhook({ ...oldOnly, secret: [VECTOR.secret, OLD_SECRET] })).resolves.toBeDefined();
    expect(await reasonOf(oldOnly)).toBe('no_matching_signature');
  });

  it('reads Headers, plain records in any case, and Node-style arrays', async () => {
    const options = await delivery();
    await expect(verifyWebhook({ ...options, headers: new Headers(options.headers) })).resolves.toBeDefined();
    const shouted = Object.fromEntries(Object.entries(options.headers).map(([name, value]) => [name.toUpperCase(), value]));
    await expect(verifyWebhook({ ...options, headers: shouted })).resolves.toBeDefined();
    const arrays = {
      ...options.headers,
      'webhook-signature': ['v1,bm90IHRoZSBzaWduYXR1cmUgYXQgYWxsIQ==', options.headers['webhook-signature']],
    };
    await expect(verifyWebhook({ ...options, headers: arrays })).resolves.toBeDefined();
  });

  it.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const)('refuses a delivery without %s', async (name) => {
    const options = await delivery();
    const { [name]: _dropped, ...rest } = options.headers;
    expect(await reasonOf({ ...options, headers: rest })).toBe('missing_headers');
    expect(await reasonOf({ ...options, headers: { ...options.headers, [name]: ' ' } })).toBe('missing_headers');
  });

  it.each(['hello', '1793612460.5', '-1', '01793612460', '1e9', ''.padEnd(20, '9')])('refuses the timestamp %j', async (raw) => {
    const options = await delivery();
    expect(await reasonOf({ ...options, headers: { ...options.headers, 'webhook-timestamp': raw } })).toBe('bad_timestamp');
  });

  it('refuses malformed and partial signatures', async () => {
    const options = await delivery();
    const valid = options.headers['webhook-signature'];
    for (const signature of ['v1,dawfeoifkpqwoekfpqoekf', valid.slice(0, 8), 'v1,', `v2,${valid.slice(3)}`, valid.slice(3)]) {
      expect(await reasonOf({ ...options, headers: { ...options.headers, 'webhook-signature': signature } })).toBe('no_matching_signature');
    }
  });

  it('refuses a secret that is not base64 of 24 bytes or more, and an empty list', async () => {
    const options = await delivery();
    expect(await reasonOf({ ...options, secret: 'whsec_c2hvcnQ=' })).toBe('bad_secret');
    expect(await reasonOf({ ...options, secret: [VECTOR.secret, 'whsec_***'] })).toBe('bad_secret');
    expect(await reasonOf({ ...options, secret: [] })).toBe('bad_secret');
  });

  it('refuses an authentic body that is not an event', async () => {
    for (const payload of ['not json', '[1,2]', '{"type":"x","timestamp":"t"}', new Uint8Array([0x7b, 0xff, 0x7d])]) {
      expect(await reasonOf(await delivery({ payload }))).toBe('invalid_payload');
    }
  });

  it('refuses a replay through `seen`, consulting it only for authentic deliveries', async () => {
    const received = new Set<string>();
    const asked: string[] = [];
    const seen = async (id: string) => {
      asked.push(id);
      if (received.has(id)) return true;
      received.add(id);
      return false;
    };
    const options = await delivery();
    await expect(verifyWebhook({ ...options, seen })).resolves.toBeDefined();
    expect(await reasonOf({ ...options, seen })).toBe('replayed');
    expect(await reasonOf({ ...options, seen, payload: `${BODY} ` })).toBe('no_matching_signature');
    expect(asked).toHaveLength(2);
  });

  it('never puts a secret in any rendering of its errors', async () => {
    const options = await delivery();
    const attempts: VerifyWebhookOptions[] = [
      { ...options, secret: OLD_SECRET },
      { ...options, secret: 'whsec_c2hvcnQtYnV0LXJlYWw=' },
      { ...options, secret: [VECTOR.secret, `${OLD_SECRET}!`] },
      { ...options, secret: [OLD_SECRET, VECTOR.secret], payload: 'tampered' },
      { ...options, secret: [OLD_SECRET], headers: {} },
    ];
    for (const attempt of attempts) {
      const error = await verifyWebhook(attempt).catch((caught: unknown) => caught);
      const renderings = [String(error), JSON.stringify(error), (error as Error).stack ?? '', JSON.stringify({ ...(error as object) })];
      for (const text of renderings) {
        expect(text).not.toContain('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
        expect(text).not.toContain('c2VjcmV0LWJlZm9yZS1yb3Rh');
      }
    }
  });
});

describe('WebhookVerificationError', () => {
  it('is an AtenderError with a stable name, code and reason, recognised without instanceof', () => {
    const error = new WebhookVerificationError('replayed', 'seen before');
    expect(error).toBeInstanceOf(AtenderError);
    expect(error.name).toBe('WebhookVerificationError');
    expect(error.toJSON()).toEqual({
      name: 'WebhookVerificationError',
      code: 'WEBHOOK_VERIFICATION_FAILED',
      message: 'seen before',
      reason: 'replayed',
    });
    expect(WebhookVerificationError.is(error)).toBe(true);
    expect(AtenderError.is(error)).toBe(true);
    // What another loaded copy of the SDK would throw: a different class with the same brand.
    const foreign = Object.defineProperty(new Error('x'), Symbol.for('atender.error'), {
      value: ['WebhookVerificationError', 'AtenderError'],
    });
    expect(WebhookVerificationError.is(foreign)).toBe(true);
    expect(WebhookVerificationError.is(new Error('other'))).toBe(false);
  });
});
