/**
 * Webhook endpoints: CRUD, secret rotation (both secrets sign for 24 h) and test deliveries.
 * A test event is really delivered (signed POST to the endpoint's URL) and answered with what the
 * receiver did; the delivery machinery is the mock's webhook dispatcher (`ctx.webhooks`).
 */
import type { Webhook, WebhookCreate, WebhookEventType, WebhookTestEventCreate, WebhookUpdate } from '@atender/contract';
import type { OperationContext, TypedOperationHandler } from '../types.js';
import { generateWebhookSecret } from '../webhook-secrets.js';
import {
  bodyOf,
  conflict,
  created,
  definedOnly,
  deleted,
  invalidField,
  isoNow,
  notFound,
  ok,
  okOrNotFound,
  param,
  queryBoolean,
  queryString,
  respondPage,
} from './respond.js';
import { sampleWebhookEvent } from './webhook-events.js';

/** How long the previous secret keeps signing after a rotation. */
const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** `GET /webhooks`: filters `active` and `event`. */
export const listWebhooks: TypedOperationHandler<'listWebhooks'> = (ctx) => {
  const active = queryBoolean(ctx, 'active');
  const event = queryString(ctx, 'event') as WebhookEventType | undefined;
  const webhooks = ctx.store.webhooks.list(
    (w) => (active === undefined || w.active === active) && (event === undefined || w.events.includes(event)),
  );
  return respondPage(ctx, webhooks);
};

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Why the URL cannot receive deliveries in this environment, if it cannot. */
function urlProblem(ctx: OperationContext, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute URL';
  }
  if (parsed.username || parsed.password) return 'must not carry credentials';
  if (parsed.protocol === 'https:') return undefined;
  // A developer's local receiver: plain HTTP is fine on loopback, and only on the sandbox.
  const sandbox = ctx.caller.environment === 'sandbox';
  if (parsed.protocol === 'http:' && sandbox && LOOPBACK_HOST.test(parsed.hostname)) return undefined;
  return sandbox ? 'must be an https:// URL, or an http:// URL on loopback (localhost, 127.0.0.1, [::1])' : 'must be an https:// URL';
}

function checkUrl(ctx: OperationContext, url: string | undefined, exceptId?: string) {
  if (url === undefined) return undefined;
  const refused = urlProblem(ctx, url);
  if (refused) return invalidField(ctx, '/body/url', refused);
  if (ctx.store.webhooks.find((w) => w.url === url && w.id !== exceptId)) return conflict(ctx, `An endpoint for ${url} exists.`);
  return undefined;
}

/** `POST /webhooks`: answers the signing secret, this once. */
export const createWebhook: TypedOperationHandler<'createWebhook'> = (ctx) => {
  const input = bodyOf<WebhookCreate>(ctx);
  const refused = checkUrl(ctx, input.url);
  if (refused) return refused;
  const now = isoNow(ctx);
  const webhook = ctx.store.webhooks.insert({
    url: input.url,
    events: [...new Set(input.events)],
    description: input.description ?? null,
    active: input.active ?? true,
    status: 'healthy',
    failingSince: null,
    createdAt: now,
    updatedAt: now,
  });
  const secret = generateWebhookSecret();
  ctx.store.webhookSecrets.set(webhook.id, { current: secret, previous: null, previousExpiresAt: null });
  return created({ ...webhook, secret });
};

/** `GET /webhooks/{webhookId}`. */
export const getWebhook: TypedOperationHandler<'getWebhook'> = (ctx) => {
  const id = param(ctx, 'webhookId');
  return okOrNotFound(ctx, ctx.store.webhooks.get(id), 'webhook', id);
};

/** `PATCH /webhooks/{webhookId}`: the secret stays. */
export const updateWebhook: TypedOperationHandler<'updateWebhook'> = (ctx) => {
  const id = param(ctx, 'webhookId');
  if (!ctx.store.webhooks.has(id)) return notFound(ctx, 'webhook', id);
  const input = bodyOf<WebhookUpdate>(ctx);
  const refused = checkUrl(ctx, input.url, id);
  if (refused) return refused;
  const events = input.events === undefined ? {} : { events: [...new Set(input.events)] };
  return okOrNotFound(ctx, ctx.store.webhooks.update(id, { ...definedOnly(input), ...events, updatedAt: isoNow(ctx) }), 'webhook', id);
};

/** `DELETE /webhooks/{webhookId}`. */
export const deleteWebhook: TypedOperationHandler<'deleteWebhook'> = (ctx) => {
  const id = param(ctx, 'webhookId');
  if (!ctx.store.webhooks.remove(id)) return notFound(ctx, 'webhook', id);
  ctx.store.webhookSecrets.delete(id);
  return deleted(id);
};

/** `POST /webhooks/{webhookId}/rotate-secret`. */
export const rotateWebhookSecret: TypedOperationHandler<'rotateWebhookSecret'> = (ctx) => {
  const id = param(ctx, 'webhookId');
  if (!ctx.store.webhooks.has(id)) return notFound(ctx, 'webhook', id);
  const previous = ctx.store.webhookSecrets.get(id)?.current ?? null;
  const secret = generateWebhookSecret();
  const previousSecretExpiresAt = new Date(ctx.now + ROTATION_OVERLAP_MS).toISOString();
  ctx.store.webhookSecrets.set(id, { current: secret, previous, previousExpiresAt: previous === null ? null : previousSecretExpiresAt });
  ctx.store.webhooks.update(id, { updatedAt: isoNow(ctx) });
  return ok({ webhookId: id, secret, previousSecretExpiresAt });
};

/** `POST /webhooks/{webhookId}/test`: works on inactive endpoints too. */
export const sendWebhookTestEvent: TypedOperationHandler<'sendWebhookTestEvent'> = async (ctx) => {
  const id = param(ctx, 'webhookId');
  const webhook: Webhook | undefined = ctx.store.webhooks.get(id);
  if (!webhook) return notFound(ctx, 'webhook', id);
  const eventType = bodyOf<WebhookTestEventCreate>(ctx).eventType ?? 'conversation.created';
  const event = sampleWebhookEvent(ctx.store, eventType, isoNow(ctx));
  const { delivery, attempt } = await ctx.webhooks.sendTest(webhook, event);
  return ok({
    id: delivery.id,
    webhookId: id,
    eventType,
    webhookMessageId: delivery.webhookMessageId,
    statusCode: attempt.statusCode,
    durationMs: attempt.durationMs,
    success: attempt.success,
    error: attempt.error,
    event,
    createdAt: delivery.createdAt,
  });
};
