/**
 * Test setup of the receiver tests: fixed secrets and clock, sample events, and a sender that
 * signs a delivery with the SDK's `signWebhook` and POSTs it over real HTTP (node fetch).
 */
import { signWebhook, type WebhookEventOf } from '@atender/sdk/webhooks';

/** Two endpoint secrets, as after a rotation: the new one and the old one. */
export const SECRET = `whsec_${Buffer.from('atender-webhook-receiver-test-01').toString('base64')}`;
export const OLD_SECRET = `whsec_${Buffer.from('atender-webhook-receiver-test-00').toString('base64')}`;

/** The receiver's clock in these tests: fixed, so ±301 s is exact whatever the machine's speed. */
export const NOW_MS = Date.parse('2026-11-02T09:41:00Z');
export const NOW_SECONDS = NOW_MS / 1000;

/** A `contact.created` event as the spec describes it. */
export function contactCreated(id = 'con_8Hw3Lp'): WebhookEventOf<'contact.created'> {
  return {
    type: 'contact.created',
    timestamp: '2026-11-02T09:40:58Z',
    data: {
      contact: {
        id,
        name: 'Maria Alvarez',
        email: 'maria.alvarez@example.com',
        phone: '+34612345678',
        company: 'Alvarez Ceramics',
        customFields: { loyalty_tier: 'gold' },
        createdAt: '2026-11-02T09:40:58Z',
        updatedAt: '2026-11-02T09:40:58Z',
      },
    },
  };
}

/** What {@link deliver} sends; every part can be spoiled on purpose. */
export interface Delivery {
  readonly id?: string;
  readonly timestamp?: number;
  /** The body that is signed. */
  readonly body?: string;
  /** The body that is sent, when it differs from the signed one (tampering). */
  readonly sentBody?: string;
  /** Each secret adds one signature, space-separated, in this order. */
  readonly secrets?: readonly string[];
  readonly method?: string;
}

let sequence = 0;

/** A fresh `webhook-id`. */
export function nextId(): string {
  sequence += 1;
  return `msg_test${String(sequence).padStart(6, '0')}`;
}

/** What the receiver answered to a {@link deliver}. */
export interface Answer {
  readonly id: string;
  readonly signatures: readonly string[];
  readonly status: number;
  /** The parsed JSON body; `undefined` for an empty one (204). */
  readonly json: unknown;
  readonly headers: Headers;
}

/** Signs and sends a delivery; answers the status, the parsed JSON body (if any) and the headers. */
export async function deliver(url: string, delivery: Delivery = {}): Promise<Answer> {
  const id = delivery.id ?? nextId();
  const timestamp = delivery.timestamp ?? NOW_SECONDS;
  const body = delivery.body ?? JSON.stringify(contactCreated());
  const signatures = await Promise.all(
    (delivery.secrets ?? [SECRET]).map((secret) => signWebhook({ id, timestamp, payload: body, secret })),
  );
  const response = await fetch(url, {
    method: delivery.method ?? 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signatures.join(' '),
    },
    ...(delivery.method === 'GET' ? {} : { body: delivery.sentBody ?? body }),
  });
  const text = await response.text();
  return { id, signatures, status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined, headers: response.headers };
}
