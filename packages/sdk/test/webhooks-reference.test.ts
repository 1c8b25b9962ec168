/**
 * The Standard Webhooks reference library (`standardwebhooks`) as referee, both ways: what it
 * signs, `verifyWebhook` accepts; what `signWebhook` signs, it accepts. Random ids, bodies and
 * secrets of every allowed length, in every form a secret is handed over.
 */
import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook, WebhookVerificationError } from '../src/webhooks.js';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const event = (n: number, text: string) =>
  JSON.stringify({ type: 'contact.created', timestamp: '2025-01-01T00:00:00Z', data: { n, text } });

const deliveries = fc.record({
  id: fc.stringMatching(/^msg_[0-9A-Za-z]{1,30}$/),
  key: fc.uint8Array({ minLength: 24, maxLength: 64 }),
  n: fc.integer(),
  text: fc.string({ maxLength: 200, unit: 'binary' }),
});

describe('standardwebhooks signs, verifyWebhook verifies', () => {
  it('for random deliveries and secrets', async () => {
    await fc.assert(
      fc.asyncProperty(deliveries, async ({ id, key, n, text }) => {
        const secret = `whsec_${base64(key)}`;
        const payload = event(n, text);
        const now = new Date();
        const signature = new Webhook(secret).sign(id, now, payload);
        const headers = new Headers({ 'webhook-id': id, 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)) });
        headers.set('webhook-signature', signature);
        // The forms a secret arrives in: as issued, without its prefix, read from a file.
        for (const form of [secret, base64(key), `${secret}\n`]) {
          const verified = await verifyWebhook({ payload, headers, secret: form });
          expect(verified.id).toBe(id);
        }
      }),
      { numRuns: 100, seed: 9 },
    );
  });

  it('with the valid signature on the first of two header lines (joined by ", ")', async () => {
    const secret = `whsec_${base64(new Uint8Array(32).fill(7))}`;
    const other = new Webhook(`whsec_${base64(new Uint8Array(32).fill(8))}`);
    const payload = event(1, 'x');
    const now = new Date();
    for (const order of ['valid-first', 'valid-last'] as const) {
      const headers = new Headers({ 'webhook-id': 'msg_1', 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)) });
      const valid = new Webhook(secret).sign('msg_1', now, payload);
      const wrong = other.sign('msg_1', now, payload);
      for (const line of order === 'valid-first' ? [valid, wrong] : [wrong, valid]) headers.append('webhook-signature', line);
      await expect(verifyWebhook({ payload, headers, secret })).resolves.toMatchObject({ id: 'msg_1' });
    }
  });
});

describe('signWebhook signs, standardwebhooks verifies', () => {
  it('for random deliveries and secrets', async () => {
    await fc.assert(
      fc.asyncProperty(deliveries, async ({ id, key, n, text }) => {
        const secret = `whsec_${base64(key)}`;
        const payload = event(n, text);
        const timestamp = Math.floor(Date.now() / 1000);
        const signature = await signWebhook({ id, timestamp, payload, secret });
        const headers = { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
        expect(new Webhook(secret).verify(payload, headers)).toEqual(JSON.parse(payload));
      }),
      { numRuns: 100, seed: 10 },
    );
  });
});

describe('a secret shorter than 24 bytes', () => {
  it('is refused with a clear error that does not contain it', async () => {
    const secret = `whsec_${base64(new TextEncoder().encode('sixteen-bytes!!!'))}`;
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': 'v1,x' };
    const error = await verifyWebhook({ payload: event(1, 'x'), headers, secret }).catch((caught: unknown) => caught);
    expect(WebhookVerificationError.is(error)).toBe(true);
    expect(error).toMatchObject({
      reason: 'bad_secret',
      message: 'Webhook secret #1 is 16 bytes long; a signing secret needs at least 24.',
    });
    expect(JSON.stringify(error)).not.toContain(secret.slice(6, 20));
  });
});
