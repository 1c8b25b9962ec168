/**
 * Verifying incoming webhook deliveries (Standard Webhooks v1). The signature primitives live in
 * `@atender/contract` so the mock signs with the very code the SDK verifies with; this module
 * adds what a receiver needs around them: headers, tolerance, replay checks and the typed event.
 * Web Crypto only, no Node built-ins: it runs in Node, browsers and edge runtimes.
 */
import { signWebhookPayload, verifyWebhookSignature, webhookSecretProblem, type webhooks } from '@atender/contract';
import { AtenderError } from './errors/atender-error.js';

type JsonRequestBody<Operation> = Operation extends { requestBody: { content: { 'application/json': infer Body } } } ? Body : never;

/** Any event the spec's `webhooks` section declares, discriminated by `type`. */
export type WebhookEvent = { [Name in keyof webhooks]: JsonRequestBody<webhooks[Name]['post']> }[keyof webhooks];
/** The `type` of a webhook event, e.g. `'conversation.created'`. */
export type WebhookEventType = WebhookEvent['type'];
/** The event of one `type`. */
export type WebhookEventOf<TType extends WebhookEventType> = Extract<WebhookEvent, { type: TType }>;

/** Why a delivery was refused; stable, so callers can branch on it. */
export type WebhookVerificationReason =
  | 'missing_headers'
  | 'bad_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_in_future'
  | 'no_matching_signature'
  | 'bad_secret'
  | 'invalid_payload'
  | 'replayed';

/**
 * A webhook delivery that must not be trusted; `reason` says why. The message never contains a
 * secret. Recognised across package copies with `WebhookVerificationError.is(error)`.
 */
export class WebhookVerificationError extends AtenderError {
  static override readonly errorName: string = 'WebhookVerificationError';
  readonly code = 'WEBHOOK_VERIFICATION_FAILED' as const;
  /** Why the delivery was refused. */
  readonly reason: WebhookVerificationReason;

  constructor(reason: WebhookVerificationReason, message: string) {
    super(message);
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}

/** Request headers: a Fetch `Headers` or a plain record such as Node's `req.headers`. */
export type WebhookHeaders = { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** The raw request body, exactly as received: parsed and re-serialised JSON will not verify. */
  readonly payload: string | Uint8Array;
  /** The request headers; names are matched case-insensitively. */
  readonly headers: WebhookHeaders;
  /**
   * The endpoint's signing secret (`whsec_…`; the prefix is optional and surrounding whitespace
   * ignored, as in the reference libraries), or the new and the old one while a secret rotates.
   */
  readonly secret: string | readonly string[];
  /**
   * How far the `webhook-timestamp` may be from now, either way, in seconds.
   * @default 300
   */
  readonly toleranceSeconds?: number;
  /**
   * The current time in milliseconds since the epoch; inject it in tests.
   * @default Date.now
   */
  readonly now?: () => number;
  /**
   * Records `id` and tells whether it was already recorded, ideally atomically (`SET NX`). Called
   * only for authentic, fresh deliveries, so forgeries cannot fill the store; ids can be forgotten
   * after twice the tolerance, since older deliveries fail the timestamp check anyway.
   */
  readonly seen?: (id: string) => boolean | Promise<boolean>;
}

/** An authentic delivery. */
export interface VerifiedWebhook {
  /** The `webhook-id`: the same on every retry of an event, so de-duplicate on it. */
  readonly id: string;
  /** The `webhook-timestamp` of this attempt, in Unix seconds. */
  readonly timestamp: number;
  /** The parsed body. */
  readonly event: WebhookEvent;
}

const DEFAULT_TOLERANCE_SECONDS = 300;
const HEADER_NAMES = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;
// Canonical decimal only: the signature covers the header text, so "0123" could never verify.
const UNIX_SECONDS = /^(0|[1-9][0-9]{0,14})$/;

function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof headers.get === 'function') return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() !== name) continue;
    const value = record[key];
    // Node hands repeated headers over as arrays; signatures are space-separated anyway.
    return typeof value === 'string' ? value : value?.join(' ');
  }
  return undefined;
}

function checkSecrets(secret: string | readonly string[]): void {
  const secrets: readonly unknown[] = typeof secret === 'string' ? [secret] : Array.isArray(secret) ? secret : [];
  if (secrets.length === 0) throw new WebhookVerificationError('bad_secret', 'No webhook secret was given.');
  secrets.forEach((candidate, index) => {
    const problem = webhookSecretProblem(candidate);
    if (problem === undefined) return;
    // The position and the problem, never the value: whatever was passed may be a real secret.
    throw new WebhookVerificationError('bad_secret', `Webhook secret #${index + 1} ${problem}.`);
  });
}

function checkTimestamp(raw: string, toleranceSeconds: number, nowMs: number): number {
  const timestamp = Number(raw);
  if (!UNIX_SECONDS.test(raw) || !Number.isSafeInteger(timestamp)) {
    throw new WebhookVerificationError('bad_timestamp', 'The webhook-timestamp header is not an integer of Unix seconds.');
  }
  const now = Math.floor(nowMs / 1000);
  if (timestamp < now - toleranceSeconds) {
    throw new WebhookVerificationError(
      'timestamp_too_old',
      `The delivery is ${now - timestamp} s old, over the ${toleranceSeconds} s tolerance.`,
    );
  }
  if (timestamp > now + toleranceSeconds) {
    throw new WebhookVerificationError(
      'timestamp_in_future',
      `The delivery is ${timestamp - now} s in the future, over the ${toleranceSeconds} s tolerance.`,
    );
  }
  return timestamp;
}

function decodeUtf8(bytes: Uint8Array): string {
  // Looked up at call time and typed structurally: the SDK core compiles without the DOM lib.
  const Decoder = (
    globalThis as unknown as { TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(input: Uint8Array): string } }
  ).TextDecoder;
  return new Decoder('utf-8', { fatal: true }).decode(bytes);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseEvent(payload: string | Uint8Array): WebhookEvent {
  let body: unknown;
  try {
    body = JSON.parse(typeof payload === 'string' ? payload : decodeUtf8(payload));
  } catch {
    throw new WebhookVerificationError('invalid_payload', 'The webhook body is not UTF-8 JSON.');
  }
  // Only the envelope is checked: event types added after this SDK version still get through,
  // and a `switch` over `type` with a default branch handles them.
  if (!isRecord(body) || typeof body.type !== 'string' || typeof body.timestamp !== 'string' || !isRecord(body.data)) {
    throw new WebhookVerificationError('invalid_payload', 'The webhook body is not an event: expected { type, timestamp, data }.');
  }
  return body as WebhookEvent;
}

/**
 * Verifies a webhook delivery and returns its typed event: headers present, timestamp within
 * tolerance either way, a `v1` signature matching one of the secrets (constant-time), a JSON
 * event body, and (with `seen`) not a replay. Answer 2xx to a `replayed` error: the event was
 * handled already, and any other answer makes the sender retry it.
 *
 * @throws WebhookVerificationError with a `reason` when the delivery must not be trusted.
 * @example
 * const { id, event } = await verifyWebhook({
 *   payload: await request.text(),
 *   headers: request.headers,
 *   secret: env.ATENDER_WEBHOOK_SECRET,
 * });
 * if (event.type === 'conversation.created') console.log(event.data.conversation.id);
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<VerifiedWebhook> {
  const { payload, headers, secret, toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, now = Date.now, seen } = options;
  if (!(toleranceSeconds >= 0)) throw new TypeError('toleranceSeconds must be a number of seconds, 0 or more.');
  checkSecrets(secret);
  const [id, rawTimestamp, signature] = HEADER_NAMES.map((name) => readHeader(headers, name)?.trim() || undefined);
  if (id === undefined || rawTimestamp === undefined || signature === undefined) {
    const missing = HEADER_NAMES.filter((_, index) => [id, rawTimestamp, signature][index] === undefined);
    throw new WebhookVerificationError('missing_headers', `The delivery lacks the ${missing.join(', ')} header(s).`);
  }
  // The cheap checks first: a stale or future delivery costs no HMAC.
  const timestamp = checkTimestamp(rawTimestamp, toleranceSeconds, now());
  if (!(await verifyWebhookSignature({ id, timestamp, payload, signature, secret }))) {
    throw new WebhookVerificationError(
      'no_matching_signature',
      'No webhook-signature matches the secret(s): wrong secret or altered delivery.',
    );
  }
  const event = parseEvent(payload);
  if (seen && (await seen(id))) {
    throw new WebhookVerificationError('replayed', `Delivery ${JSON.stringify(id)} was already received.`);
  }
  return { id, timestamp, event };
}

/** Input of {@link signWebhook}. */
export interface SignWebhookOptions {
  /** The `webhook-id`. */
  readonly id: string;
  /** The `webhook-timestamp`: Unix seconds, or a `Date` (rounded down to the second). */
  readonly timestamp: number | Date;
  /** The exact body that will be sent. */
  readonly payload: string | Uint8Array;
  /** The `whsec_` secret. */
  readonly secret: string;
}

/**
 * Signs a delivery as the Atender servers do: the value of its `webhook-signature` header. For
 * tests, the mock and local tooling; a receiver only ever needs {@link verifyWebhook}.
 *
 * @throws TypeError when the secret is not `whsec_` + base64 (the message never contains it).
 * @example
 * const body = JSON.stringify(event);
 * const signature = await signWebhook({ id: 'msg_1', timestamp: new Date(), payload: body, secret });
 * // 'v1,…'
 */
export async function signWebhook(options: SignWebhookOptions): Promise<string> {
  const { id, payload, secret } = options;
  const timestamp = options.timestamp instanceof Date ? Math.floor(options.timestamp.getTime() / 1000) : options.timestamp;
  return signWebhookPayload({ id, timestamp, payload, secret });
}
