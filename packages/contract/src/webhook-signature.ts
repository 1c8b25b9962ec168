/**
 * Standard Webhooks v1 signatures: `v1,` + base64(HMAC-SHA256(secret bytes, "id.timestamp.body")).
 * Pure and dependency-free on purpose: the SDK verifies with it, the mock signs with it, and
 * neither may depend on the other. Only Web Crypto (`crypto.subtle`) is used, so it runs in
 * browsers, edge runtimes and Node ≥ 20 alike.
 */

/** The prefix of every webhook signing secret; the rest is the key, base64-encoded. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';
/** The signature scheme this module writes and the only one it accepts. */
export const WEBHOOK_SIGNATURE_VERSION = 'v1';

/** What one signature covers. */
export interface WebhookSignedContent {
  /** The `webhook-id` header: unique per event, the same on every retry. */
  readonly id: string;
  /** The `webhook-timestamp` header, Unix seconds. */
  readonly timestamp: number;
  /** The raw request body, byte for byte: a re-serialised JSON value would not match. */
  readonly payload: string | Uint8Array;
}

/** Input of {@link signWebhookPayload}. */
export interface SignWebhookPayloadInput extends WebhookSignedContent {
  /** A signing secret: `whsec_` + base64 of 24 bytes or more (the prefix is optional). */
  readonly secret: string;
}

/** Input of {@link verifyWebhookSignature}. */
export interface VerifyWebhookSignatureInput extends WebhookSignedContent {
  /** The `webhook-signature` header: `v1,<base64>` entries separated by spaces (or `", "`). */
  readonly signature: string;
  /** One signing secret, or several while a secret rotates; any of them may match. */
  readonly secret: string | readonly string[];
}

// Structural types for the slice of Web Crypto used here: the contract compiles without the
// DOM lib or Node types, and this keeps it honest about needing nothing else.
interface HmacSubtle {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: false,
    usages: readonly ['sign'],
  ): Promise<unknown>;
  sign(algorithm: 'HMAC', key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
}
interface WebGlobals {
  readonly crypto?: { readonly subtle?: HmacSubtle };
  readonly TextEncoder?: new () => { encode(input: string): Uint8Array };
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const SHA256_BYTES = 32;

function webGlobals(): WebGlobals {
  return globalThis as unknown as WebGlobals;
}

function subtle(): HmacSubtle {
  const found = webGlobals().crypto?.subtle;
  if (!found) throw new TypeError('Webhook signatures need Web Crypto (globalThis.crypto.subtle), which this runtime lacks.');
  return found;
}

function utf8(text: string): Uint8Array {
  const Encoder = webGlobals().TextEncoder;
  if (!Encoder) throw new TypeError('Webhook signatures need TextEncoder, which this runtime lacks.');
  return new Encoder().encode(text);
}

/** Standard base64 with padding, as the scheme writes it. */
function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64_ALPHABET.charAt((n >> 18) & 63) + BASE64_ALPHABET.charAt((n >> 12) & 63);
    out += b === undefined ? '=' : BASE64_ALPHABET.charAt((n >> 6) & 63);
    out += c === undefined ? '=' : BASE64_ALPHABET.charAt(n & 63);
  }
  return out;
}

/**
 * Standard base64, padding optional; `undefined` for anything else. Written by hand because
 * `atob` forgives whitespace and odd padding, and a signature check should not.
 */
function decodeBase64(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  const body = text.replace(/=+$/, '');
  // Padding only ever completes a 4-character group; one leftover character holds no byte.
  if (body.length % 4 === 1 || (text.length !== body.length && text.length % 4 !== 0)) return undefined;
  const bytes = new Uint8Array(Math.floor((body.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of body) {
    buffer = ((buffer << 6) | BASE64_ALPHABET.indexOf(char)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** The fewest key bytes a secret may have (Standard Webhooks: 24 to 64 bytes). */
export const MIN_WEBHOOK_SECRET_BYTES = 24;

/**
 * The key bytes of a secret, or why there are none. Read like the reference libraries do: the
 * `whsec_` prefix is optional, and the whitespace a secret read from a file or an environment
 * variable brings along (a trailing newline) is not part of it.
 */
function readSecret(secret: unknown): { readonly key: Uint8Array } | { readonly problem: string } {
  if (typeof secret !== 'string') return { problem: 'is not a string' };
  const trimmed = secret.trim();
  const body = trimmed.startsWith(WEBHOOK_SECRET_PREFIX) ? trimmed.slice(WEBHOOK_SECRET_PREFIX.length) : trimmed;
  const key = body === '' ? undefined : decodeBase64(body);
  if (key === undefined) return { problem: 'is not base64 after its optional "whsec_" prefix' };
  if (key.length < MIN_WEBHOOK_SECRET_BYTES) {
    return { problem: `is ${key.length} bytes long; a signing secret needs at least ${MIN_WEBHOOK_SECRET_BYTES}` };
  }
  return { key };
}

/**
 * Why a value cannot be a signing secret, as a phrase about it (never containing it); `undefined`
 * for a usable secret.
 *
 * @example
 * webhookSecretProblem('whsec_a2s='); // 'is 2 bytes long; a signing secret needs at least 24'
 */
export function webhookSecretProblem(value: unknown): string | undefined {
  const read = readSecret(value);
  return 'problem' in read ? read.problem : undefined;
}

/**
 * Tells whether a value is a usable signing secret: base64 of at least 24 bytes, with or without
 * the `whsec_` prefix, surrounding whitespace ignored.
 *
 * @example
 * isWebhookSecret('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'); // true
 * isWebhookSecret('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n'); // true: as standardwebhooks and svix read it
 * isWebhookSecret('whsec_a2s='); // false: 2 bytes
 */
export function isWebhookSecret(value: unknown): value is string {
  return webhookSecretProblem(value) === undefined;
}

function signedBytes({ id, timestamp, payload }: WebhookSignedContent): Uint8Array {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new TypeError(`Webhook timestamp must be a non-negative integer of Unix seconds, got ${String(timestamp)}.`);
  }
  if (typeof payload === 'string') return utf8(`${id}.${timestamp}.${payload}`);
  // Raw bytes are signed as they are, so a body that is not valid UTF-8 still verifies.
  const prefix = utf8(`${id}.${timestamp}.`);
  const content = new Uint8Array(prefix.length + payload.length);
  content.set(prefix);
  content.set(payload, prefix.length);
  return content;
}

async function hmac(key: Uint8Array, content: Uint8Array): Promise<Uint8Array> {
  const api = subtle();
  const cryptoKey = await api.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await api.sign('HMAC', cryptoKey, content));
}

/** Compares in time that depends on the length only, never on where the bytes differ. */
function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * The decoded `v1` signatures of a header; other versions and malformed entries are skipped.
 * Entries are space-separated, but a header sent twice reaches a receiver joined by `", "`
 * (Fetch `Headers`, Node): a comma after an entry is a separator too.
 */
function parseSignatures(header: string): Uint8Array[] {
  const found: Uint8Array[] = [];
  for (const raw of header.split(/\s+/)) {
    const entry = raw.replace(/,+$/, '');
    const comma = entry.indexOf(',');
    if (comma < 0 || entry.slice(0, comma) !== WEBHOOK_SIGNATURE_VERSION) continue;
    const bytes = decodeBase64(entry.slice(comma + 1));
    if (bytes?.length === SHA256_BYTES) found.push(bytes);
  }
  return found;
}

function requireKey(secret: unknown, position: number): Uint8Array {
  const read = readSecret(secret);
  // The message names the position, never the value: a secret must not reach a log.
  if ('problem' in read) throw new TypeError(`Webhook secret #${position} ${read.problem}.`);
  return read.key;
}

function keysOf(secret: string | readonly string[]): Uint8Array[] {
  const secrets: readonly unknown[] = typeof secret === 'string' ? [secret] : secret;
  if (!Array.isArray(secrets) || secrets.length === 0) throw new TypeError('No webhook secret given.');
  return secrets.map((candidate, index) => requireKey(candidate, index + 1));
}

/**
 * Signs a webhook delivery: the value of its `webhook-signature` header for one secret.
 *
 * @throws TypeError when the secret is not base64 of 24 bytes or more (the message never contains it),
 *   the timestamp is not whole Unix seconds, or the runtime lacks Web Crypto.
 * @example
 * await signWebhookPayload({ id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330,
 *   payload: '{"test": 2432232314}', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
 * // 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE='
 */
export async function signWebhookPayload(input: SignWebhookPayloadInput): Promise<string> {
  const mac = await hmac(requireKey(input.secret, 1), signedBytes(input));
  return `${WEBHOOK_SIGNATURE_VERSION},${encodeBase64(mac)}`;
}

/**
 * Tells whether any `v1` signature in a `webhook-signature` header matches any of the secrets,
 * comparing decoded bytes in constant time. It checks the signature only: the caller checks
 * the timestamp's tolerance and de-duplicates on the id.
 *
 * @throws TypeError when a secret is not base64 of 24 bytes or more (the message never contains it),
 *   the timestamp is not whole Unix seconds, or the runtime lacks Web Crypto.
 * @example
 * await verifyWebhookSignature({ id, timestamp, payload: rawBody, signature: headerValue,
 *   secret: [currentSecret, previousSecret] }); // true or false
 */
export async function verifyWebhookSignature(input: VerifyWebhookSignatureInput): Promise<boolean> {
  const keys = keysOf(input.secret);
  const content = signedBytes(input);
  const signatures = typeof input.signature === 'string' ? parseSignatures(input.signature) : [];
  if (signatures.length === 0) return false;
  for (const key of keys) {
    const expected = await hmac(key, content);
    // Every entry is compared, so the time spent does not tell which one matched.
    let matched = false;
    for (const candidate of signatures) matched = timingSafeEqual(expected, candidate) || matched;
    if (matched) return true;
  }
  return false;
}
