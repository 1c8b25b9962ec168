/**
 * Webhook endpoints: CRUD, secret rotation (both secrets sign for 24 h) and test deliveries.
 * The mock sends nothing over the network: a test delivery is signed exactly as a real one,
 * recorded in `store.webhookDeliveries` (headers and body) and answered as a 200 from the endpoint.
 */
import type { Webhook, WebhookCreate, WebhookEventType, WebhookTestEventCreate, WebhookUpdate } from '@atender/contract';
import type { OperationContext, TypedOperationHandler } from '../types.js';
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
import { generateWebhookSecret, webhookHeaders } from './webhook-signing.js';

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

function checkUrl(ctx: OperationContext, url: string | undefined, exceptId?: string) {
  if (url === undefined) return undefined;
  if (!url.startsWith('https://')) return invalidField(ctx, '/body/url', 'must be an https:// URL');
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

/** The secrets that sign now: the current one, and the previous one during the overlap. */
export function signingSecrets(ctx: OperationContext, webhookId: string): string[] {
  const state = ctx.store.webhookSecrets.get(webhookId);
  if (!state) return [];
  const previousLive = state.previous !== null && state.previousExpiresAt !== null && Date.parse(state.previousExpiresAt) > ctx.now;
  return previousLive && state.previous !== null ? [state.current, state.previous] : [state.current];
}

/** `POST /webhooks/{webhookId}/test`: works on inactive endpoints too. */
export const sendWebhookTestEvent: TypedOperationHandler<'sendWebhookTestEvent'> = async (ctx) => {
  const id = param(ctx, 'webhookId');
  const webhook: Webhook | undefined = ctx.store.webhooks.get(id);
  if (!webhook) return notFound(ctx, 'webhook', id);
  const eventType = bodyOf<WebhookTestEventCreate>(ctx).eventType ?? 'conversation.created';
  const now = isoNow(ctx);
  const event = sampleWebhookEvent(ctx.store, eventType, now);
  const body = JSON.stringify(event);
  const messageId = ctx.store.newId('msg');
  const headers = await webhookHeaders(signingSecrets(ctx, id), messageId, Math.floor(ctx.now / 1000), body);
  const delivery = ctx.store.webhookDeliveries.insert({ webhookId: id, url: webhook.url, headers, body, createdAt: now });
  return ok({
    id: delivery.id,
    webhookId: id,
    eventType,
    webhookMessageId: messageId,
    statusCode: 200,
    durationMs: 0,
    success: true,
    error: null,
    event,
    createdAt: now,
  });
};
