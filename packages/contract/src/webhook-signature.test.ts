import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWebhookSecret, signWebhookPayload, verifyWebhookSignature, webhookSecretProblem } from './webhook-signature.js';

// The Standard Webhooks published vector (libraries/javascript/src/webhook.test.ts, "sign function works").
const VECTOR = {
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  payload: '{"test": 2432232314}',
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
} as const;
// 25 bytes of "k": padded base64, just over the 24-byte minimum of Standard Webhooks.
const OTHER_SECRET = 'whsec_a2tra2tra2tra2tra2tra2tra2tra2traw==';
const encode = (text: string) => new Uint8Array([...text].map((char) => char.charCodeAt(0)));

describe('signWebhookPayload', () => {
  it('reproduces the published Standard Webhooks vector', async () => {
    expect(await signWebhookPayload(VECTOR)).toBe(VECTOR.signature);
  });

  it('signs raw bytes as they are, even when they are not UTF-8', async () => {
    const payload = new Uint8Array([0xff, 0x00, 0x80, 0x7b]);
    const signature = await signWebhookPayload({ id: 'msg_bin', timestamp: 1700000000, payload, secret: VECTOR.secret });
    // Computed independently with node:crypto's createHmac.
    expect(signature).toBe('v1,63i5q4B0hj9PnQKee3WPzqBCqHWvnn8H8QwEAbqaJ5k=');
  });

  it('encodes a string payload as UTF-8 and accepts padded secrets', async () => {
    const signature = await signWebhookPayload({ id: 'msg_1', timestamp: 1700000000, payload: '{"a":"é"}', secret: OTHER_SECRET });
    // Expected value from node:crypto's createHmac, independent of the module under test.
    expect(signature).toBe('v1,vrERqG9PSuPpEPKZPIF5bw3mNu7KT7DRkghuAGV7Yiw=');
  });

  it('signs a string and its ASCII bytes alike', async () => {
    const asBytes = await signWebhookPayload({ ...VECTOR, payload: encode(VECTOR.payload) });
    expect(asBytes).toBe(VECTOR.signature);
  });

  it.each([
    ['not base64', 'whsec_not*base64'],
    ['too short', 'whsec_a2s='],
    ['bad padding', 'whsec_a2s'.concat('===')],
  ])('rejects a malformed secret (%s) without echoing it', async (_label, secret) => {
    const attempt = signWebhookPayload({ ...VECTOR, secret });
    await expect(attempt).rejects.toThrow(TypeError);
    await expect(attempt).rejects.not.toThrow(secret);
  });

  it('rejects a secret with an empty key', async () => {
    await expect(signWebhookPayload({ ...VECTOR, secret: 'whsec_' })).rejects.toThrow(/secret #1/);
  });

  it.each([-1, 1.5, Number.NaN])('rejects a timestamp of %s', async (timestamp) => {
    await expect(signWebhookPayload({ ...VECTOR, timestamp })).rejects.toThrow(/Unix seconds/);
  });
});

describe('verifyWebhookSignature', () => {
  it('accepts the published vector', async () => {
    expect(await verifyWebhookSignature(VECTOR)).toBe(true);
  });

  it('rejects a tampered payload, id or timestamp', async () => {
    expect(await verifyWebhookSignature({ ...VECTOR, payload: '{"test": 2432232315}' })).toBe(false);
    expect(await verifyWebhookSignature({ ...VECTOR, id: 'msg_other' })).toBe(false);
    expect(await verifyWebhookSignature({ ...VECTOR, timestamp: VECTOR.timestamp + 1 })).toBe(false);
  });

  it('rejects the wrong secret', async () => {
    expect(await verifyWebhookSignature({ ...VECTOR, secret: OTHER_SECRET })).toBe(false);
  });

  it('accepts when any signature matches any secret (rotation)', async () => {
    const old = await signWebhookPayload({ ...VECTOR, secret: OTHER_SECRET });
    const both = `${old} ${VECTOR.signature}`;
    expect(await verifyWebhookSignature({ ...VECTOR, signature: both, secret: VECTOR.secret })).toBe(true);
    expect(await verifyWebhookSignature({ ...VECTOR, signature: both, secret: OTHER_SECRET })).toBe(true);
    expect(await verifyWebhookSignature({ ...VECTOR, secret: [OTHER_SECRET, VECTOR.secret] })).toBe(true);
  });

  it('skips other versions and malformed entries, like the reference library', async () => {
    const noise = 'v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= v1,dawfeoifkpqwoekfpqoekf v1, garbage';
    expect(await verifyWebhookSignature({ ...VECTOR, signature: `${noise} ${VECTOR.signature}` })).toBe(true);
    expect(await verifyWebhookSignature({ ...VECTOR, signature: noise })).toBe(false);
    expect(await verifyWebhookSignature({ ...VECTOR, signature: VECTOR.signature.slice(0, 8) })).toBe(false);
    expect(await verifyWebhookSignature({ ...VECTOR, signature: '' })).toBe(false);
  });

  it('rejects a signature that differs in one byte', async () => {
    const flipped = `v1,h${VECTOR.signature.slice(4)}`;
    expect(await verifyWebhookSignature({ ...VECTOR, signature: flipped })).toBe(false);
  });

  it('throws on an empty secret list or a malformed secret, naming only its position', async () => {
    await expect(verifyWebhookSignature({ ...VECTOR, secret: [] })).rejects.toThrow(/No webhook secret/);
    const attempt = verifyWebhookSignature({ ...VECTOR, secret: [VECTOR.secret, 'whsec_!!'] });
    await expect(attempt).rejects.toThrow(/secret #2/);
    await expect(attempt).rejects.not.toThrow('whsec_!!');
  });

  it('verifies what it signs, for any id, timestamp and body (round trip)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.uint8Array({ maxLength: 200 }),
        fc.uint8Array({ minLength: 24, maxLength: 64 }),
        async (id, timestamp, payload, key) => {
          const secret = `whsec_${btoaBytes(key)}`;
          const signature = await signWebhookPayload({ id, timestamp, payload, secret });
          expect(await verifyWebhookSignature({ id, timestamp, payload, signature, secret })).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('isWebhookSecret', () => {
  it('takes base64 of 24 bytes or more, prefix optional, surrounding whitespace ignored', () => {
    expect(isWebhookSecret(VECTOR.secret)).toBe(true);
    expect(isWebhookSecret(OTHER_SECRET)).toBe(true);
    expect(isWebhookSecret('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toBe(true);
    expect(isWebhookSecret(`${VECTOR.secret}\n`)).toBe(true);
    expect(isWebhookSecret(`  ${VECTOR.secret}\r\n`)).toBe(true);
    expect(isWebhookSecret('whsec_')).toBe(false);
    expect(isWebhookSecret('whsec_a2s=')).toBe(false);
    expect(isWebhookSecret(42)).toBe(false);
  });

  it('says why a secret is refused, without the secret', () => {
    expect(webhookSecretProblem('whsec_a2s=')).toBe('is 2 bytes long; a signing secret needs at least 24');
    expect(webhookSecretProblem('whsec_!!')).toMatch(/not base64/);
    expect(webhookSecretProblem(VECTOR.secret)).toBeUndefined();
  });

  it('a secret without prefix or with a trailing newline signs exactly like the canonical one', async () => {
    for (const secret of ['MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', `${VECTOR.secret}\n`, 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n']) {
      expect(await signWebhookPayload({ ...VECTOR, secret })).toBe(VECTOR.signature);
      expect(await verifyWebhookSignature({ ...VECTOR, secret })).toBe(true);
    }
  });

  it('refuses a short secret with a clear error', async () => {
    await expect(signWebhookPayload({ ...VECTOR, secret: 'whsec_a2s=' })).rejects.toThrow(
      'Webhook secret #1 is 2 bytes long; a signing secret needs at least 24.',
    );
  });
});

describe('a webhook-signature header sent twice (joined by ", ")', () => {
  it('verifies whichever line holds the valid signature', async () => {
    const other = await signWebhookPayload({ ...VECTOR, secret: OTHER_SECRET });
    const joined = (a: string, b: string) => {
      const headers = new Headers();
      headers.append('webhook-signature', a);
      headers.append('webhook-signature', b);
      return headers.get('webhook-signature') ?? '';
    };
    expect(joined(VECTOR.signature, other)).toBe(`${VECTOR.signature}, ${other}`);
    expect(await verifyWebhookSignature({ ...VECTOR, signature: joined(VECTOR.signature, other) })).toBe(true);
    expect(await verifyWebhookSignature({ ...VECTOR, signature: joined(other, VECTOR.signature) })).toBe(true);
    expect(await verifyWebhookSignature({ ...VECTOR, signature: `${VECTOR.signature},${other}` })).toBe(false);
  });
});

// An encoder independent of the module under test: Latin-1 string of the bytes, then btoa.
function btoaBytes(bytes: Uint8Array): string {
  const { btoa } = globalThis as unknown as { btoa: (latin1: string) => string };
  return btoa(String.fromCharCode(...bytes));
}
