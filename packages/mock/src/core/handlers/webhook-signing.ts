/**
 * Standard Webhooks v1 signing: secrets are `whsec_` + base64 of random bytes; a delivery's
 * `webhook-signature` is `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, one per live secret,
 * space-separated. Uses Web Crypto so the core runs in Node and in browsers alike.
 */

const SECRET_PREFIX = 'whsec_';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A new signing secret: `whsec_` + base64 of 24 random bytes (32 characters). */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + toBase64(crypto.getRandomValues(new Uint8Array(24)));
}

/**
 * One `v1,<base64>` signature of a delivery.
 *
 * @example
 * await signWebhookPayload('whsec_…', 'msg_2KWP…', 1793612460, '{"type":"contact.created",…}');
 */
export async function signWebhookPayload(secret: string, messageId: string, timestampSeconds: number, body: string): Promise<string> {
  const keyBytes = fromBase64(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret);
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signed = new TextEncoder().encode(`${messageId}.${timestampSeconds}.${body}`);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, signed));
  return `v1,${toBase64(mac)}`;
}

/** The `webhook-*` headers of a delivery signed with every given secret (the newest first). */
export async function webhookHeaders(
  secrets: readonly string[],
  messageId: string,
  timestampSeconds: number,
  body: string,
): Promise<Record<string, string>> {
  const signatures = await Promise.all(secrets.map((secret) => signWebhookPayload(secret, messageId, timestampSeconds, body)));
  return {
    'content-type': 'application/json',
    'webhook-id': messageId,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': signatures.join(' '),
  };
}
