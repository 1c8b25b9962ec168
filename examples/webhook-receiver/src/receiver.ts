/**
 * `createWebhookReceiver`: a `node:http` request listener that accepts Atender webhook
 * deliveries. Raw body (1 MiB cap) → `verifyWebhook` (signature, ±tolerance, replay) → the typed
 * handler of the event's type → 204. Every refusal is one log line with the reason and the
 * `webhook-id`, never the secret or the signature.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { isWebhookSecret } from '@atender/contract';
import { verifyWebhook, WebhookVerificationError, type WebhookVerificationReason } from '@atender/sdk/webhooks';
import { type DeliveryInfo, dispatchEvent, type WebhookHandlers } from './dispatch.js';
import { BodyTooLargeError, MAX_BODY_BYTES, readRawBody } from './read-body.js';
import { createReplayStore, type ReplayStore } from './replay-store.js';

/** Options of {@link createWebhookReceiver}. */
export interface WebhookReceiverOptions {
  /** The endpoint's `whsec_` secret; during a rotation, the new and the old one. */
  readonly secret: string | readonly string[];
  /** How far `webhook-timestamp` may be from now, either way, in seconds. @default 300 */
  readonly toleranceSeconds?: number;
  /** Handlers by event type; types without one are acknowledged (204) and logged as ignored. */
  readonly onEvent?: WebhookHandlers;
  /** Where the one-line log entries go. @default a line on stderr */
  readonly log?: (line: string) => void;
  /** The clock, in ms since the epoch; inject it in tests. @default Date.now */
  readonly now?: () => number;
  /** The de-duplication store. @default an in-memory LRU remembering ids for twice the tolerance */
  readonly replayStore?: ReplayStore;
  /** The largest body accepted, in bytes. @default 1 MiB */
  readonly maxBodyBytes?: number;
}

const DEFAULT_TOLERANCE_SECONDS = 300;

/** Answers that a receiver gives, with the reason the sender (and the log) sees. */
type Refusal = { readonly status: 400 | 401 | 405 | 413 | 500; readonly reason: string };

/**
 * Creates the request listener.
 *
 * @throws TypeError at once when a secret is not `whsec_` + base64 (the message never shows it).
 * @example
 * const listener = createWebhookReceiver({
 *   secret: process.env.WEBHOOK_SECRET!,
 *   onEvent: { 'conversation.created': (event) => console.log(event.data.conversation.id) },
 * });
 * http.createServer(listener).listen(8787);
 */
export function createWebhookReceiver(options: WebhookReceiverOptions): RequestListener {
  const secrets = typeof options.secret === 'string' ? [options.secret] : [...options.secret];
  // A broken secret is a configuration error: fail at start-up, not as 401s on every delivery.
  if (secrets.length === 0 || !secrets.every(isWebhookSecret))
    throw new TypeError('Every webhook secret must be "whsec_" followed by base64.');
  const toleranceSeconds = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const store = options.replayStore ?? createReplayStore({ ttlMs: 2 * toleranceSeconds * 1000, now });
  const context: Context = { ...options, secrets, toleranceSeconds, now, log, store, handlers: options.onEvent ?? {} };
  return (req, res) => {
    handle(context, req, res).catch((error: unknown) => {
      // Only a bug of this file lands here; the sender retries a 500.
      log(`webhook 500 internal_error: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) answer(res, { status: 500, reason: 'internal_error' });
    });
  };
}

interface Context {
  readonly secrets: readonly string[];
  readonly toleranceSeconds: number;
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly store: ReplayStore;
  readonly handlers: WebhookHandlers;
  readonly maxBodyBytes?: number;
}

async function handle(context: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const id = printableId(req.headers['webhook-id']);
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return refuse(context, res, id, { status: 405, reason: 'method_not_allowed' });
  }
  let body: Buffer;
  try {
    body = await readRawBody(req, context.maxBodyBytes ?? MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse(context, res, id, { status: 413, reason: 'payload_too_large' });
    throw error;
  }
  let verified: Awaited<ReturnType<typeof verifyWebhook>>;
  try {
    verified = await verifyWebhook({
      payload: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
      headers: req.headers,
      secret: context.secrets,
      toleranceSeconds: context.toleranceSeconds,
      now: context.now,
      seen: (deliveryId) => context.store.claim(deliveryId),
    });
  } catch (error) {
    if (!WebhookVerificationError.is(error)) throw error;
    return refuse(context, res, id, { status: statusOf(error.reason), reason: error.reason });
  }
  await deliver(context, res, verified);
}

async function deliver(
  context: Context,
  res: ServerResponse,
  verified: DeliveryInfo & { readonly event: Parameters<typeof dispatchEvent>[0] },
): Promise<void> {
  const { event, ...delivery } = verified;
  const id = printableId(delivery.id);
  try {
    const outcome = await dispatchEvent(event, context.handlers, delivery);
    context.log(`webhook 204 ${outcome.handled ? 'handled' : 'ignored'} ${printableId(outcome.type)} id=${id}`);
    answer(res, { status: 204 });
  } catch (error) {
    // Not marked as seen: the sender retries with the same id, and that retry must get through.
    context.store.release(delivery.id);
    const message = error instanceof Error ? error.message : String(error);
    context.log(`webhook 500 handler_failed ${printableId(event.type)} id=${id}: ${message}`);
    answer(res, { status: 500, reason: 'handler_failed' });
  }
}

/**
 * A payload that verified but is not an event is the sender's bug: 400. Anything else failed
 * authentication (forged, altered, stale, future, replayed): 401.
 */
function statusOf(reason: WebhookVerificationReason): 400 | 401 {
  return reason === 'invalid_payload' ? 400 : 401;
}

function refuse(context: Context, res: ServerResponse, id: string, refusal: Refusal): void {
  context.log(`webhook ${refusal.status} ${refusal.reason} id=${id}`);
  answer(res, refusal);
}

function answer(res: ServerResponse, result: { readonly status: number; readonly reason?: string }): void {
  if (result.reason === undefined) {
    res.writeHead(result.status).end();
    return;
  }
  const body = JSON.stringify({ error: result.reason });
  res.writeHead(result.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
}

/** A header value safe for a log line: attacker-controlled, so quoted, bounded and one line. */
function printableId(value: string | readonly string[] | undefined): string {
  if (value === undefined) return '-';
  const text = typeof value === 'string' ? value : value.join(',');
  return JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text);
}
