/**
 * The delivery log of an endpoint: list (newest first), get one, redeliver. The records are the
 * dispatcher's own (every attempt it made, with status code, duration and error), so the log
 * shows exactly what happened on the wire.
 */
import type { WebhookDeliveryStatus, WebhookEventType } from '@atender/contract';
import type { OperationContext, TypedOperationHandler } from '../types.js';
import { accepted, notFound, okOrNotFound, param, queryString, respondPage } from './respond.js';

function endpointMissing(ctx: OperationContext) {
  const webhookId = param(ctx, 'webhookId');
  return ctx.store.webhooks.has(webhookId) ? undefined : notFound(ctx, 'webhook', webhookId);
}

/** `GET /webhooks/{webhookId}/deliveries`: filters `status` and `eventType`. */
export const listWebhookDeliveries: TypedOperationHandler<'listWebhookDeliveries'> = (ctx) => {
  const missing = endpointMissing(ctx);
  if (missing) return missing;
  const webhookId = param(ctx, 'webhookId');
  const status = queryString(ctx, 'status') as WebhookDeliveryStatus | undefined;
  const eventType = queryString(ctx, 'eventType') as WebhookEventType | undefined;
  const deliveries = ctx.store.webhookDeliveries
    .list(
      (d) =>
        d.webhookId === webhookId &&
        (status === undefined || d.status === status) &&
        (eventType === undefined || d.eventType === eventType),
    )
    .reverse();
  return respondPage(ctx, deliveries);
};

/** `GET /webhooks/{webhookId}/deliveries/{deliveryId}`. */
export const getWebhookDelivery: TypedOperationHandler<'getWebhookDelivery'> = (ctx) => {
  const missing = endpointMissing(ctx);
  if (missing) return missing;
  const id = param(ctx, 'deliveryId');
  const delivery = ctx.store.webhookDeliveries.get(id);
  return okOrNotFound(ctx, delivery?.webhookId === param(ctx, 'webhookId') ? delivery : undefined, 'delivery', id);
};

/** `POST /webhooks/{webhookId}/deliveries/{deliveryId}/redeliver`: one more attempt, in the background. */
export const redeliverWebhookDelivery: TypedOperationHandler<'redeliverWebhookDelivery'> = (ctx) => {
  const missing = endpointMissing(ctx);
  if (missing) return missing;
  const id = param(ctx, 'deliveryId');
  const queued = ctx.webhooks.redeliver(param(ctx, 'webhookId'), id);
  return queued ? accepted(queued) : notFound(ctx, 'delivery', id);
};
