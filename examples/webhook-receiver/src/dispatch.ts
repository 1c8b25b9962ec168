/**
 * Typed dispatch: one optional handler per event `type`, each receiving exactly its event. The
 * `switch` is exhaustive over the spec's event types (a new type in the spec fails to compile
 * here until it is added), and its `default` branch takes types newer than this code at run
 * time, which are acknowledged and ignored rather than refused.
 */
import type { WebhookEvent, WebhookEventOf, WebhookEventType } from '@atender/sdk/webhooks';

/** What a handler learns besides the event. */
export interface DeliveryInfo {
  /** The `webhook-id`: the same on every retry of the event. */
  readonly id: string;
  /** The `webhook-timestamp` of this attempt, in Unix seconds. */
  readonly timestamp: number;
}

/** A handler for events of one type; throwing (or rejecting) makes the sender retry. */
export type WebhookHandler<TType extends WebhookEventType> = (event: WebhookEventOf<TType>, delivery: DeliveryInfo) => void | Promise<void>;

/** Handlers by event type; a type without one is acknowledged and ignored. */
export type WebhookHandlers = { readonly [TType in WebhookEventType]?: WebhookHandler<TType> };

/** How a delivery was dispatched. */
export type DispatchOutcome =
  | { readonly handled: true; readonly type: WebhookEventType }
  | { readonly handled: false; readonly type: string };

async function run<TType extends WebhookEventType>(
  handler: WebhookHandler<TType> | undefined,
  event: WebhookEventOf<TType>,
  delivery: DeliveryInfo,
): Promise<DispatchOutcome> {
  if (!handler) return { handled: false, type: event.type };
  await handler(event, delivery);
  return { handled: true, type: event.type };
}

/**
 * Calls the handler for `event.type`; rejects with whatever the handler threw.
 *
 * @example
 * await dispatchEvent(event, { 'contact.created': (e) => crm.add(e.data.contact) }, { id, timestamp });
 */
export function dispatchEvent(event: WebhookEvent, handlers: WebhookHandlers, delivery: DeliveryInfo): Promise<DispatchOutcome> {
  switch (event.type) {
    case 'conversation.created':
      return run(handlers['conversation.created'], event, delivery);
    case 'conversation.status_changed':
      return run(handlers['conversation.status_changed'], event, delivery);
    case 'conversation.assigned':
      return run(handlers['conversation.assigned'], event, delivery);
    case 'message.created':
      return run(handlers['message.created'], event, delivery);
    case 'contact.created':
      return run(handlers['contact.created'], event, delivery);
    case 'contact.updated':
      return run(handlers['contact.updated'], event, delivery);
    case 'kb_article.published':
      return run(handlers['kb_article.published'], event, delivery);
    default: {
      // Compile time: every known type has a case. Run time: a type added to the API later.
      const future: never = event;
      return Promise.resolve({ handled: false, type: String((future as { type: unknown }).type) });
    }
  }
}
