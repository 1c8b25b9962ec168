/**
 * The test-facing side of webhook deliveries (`mock.webhooks`): every delivery with each signed
 * request exactly as sent, `waitFor(type)` that resolves once a delivery of that type has been
 * attempted, and `idle()` that resolves when no attempt is queued or in flight.
 */
import type { Environment, WebhookEventDelivery, WebhookEventType } from '@atender/contract';
import { SYSTEM_TIMERS } from './timers.js';
import type { SentRequest } from './webhook-sender.js';

/** One delivery as a test sees it. */
export interface MockWebhookDelivery {
  readonly tenantId: string;
  readonly environment: Environment;
  readonly webhookId: string;
  readonly eventType: WebhookEventType;
  /** The delivery log record (attempts, statuses, timings) as the API reports it now. */
  readonly delivery: WebhookEventDelivery;
  /** Every attempt's request (URL, signed headers, exact body), oldest first. */
  readonly requests: readonly SentRequest[];
}

/** Filters of {@link MockWebhooks.deliveries} and {@link MockWebhooks.waitFor}. */
export interface DeliveryFilter {
  readonly tenantId?: string;
  readonly environment?: Environment;
  readonly webhookId?: string;
  readonly eventType?: WebhookEventType;
}

/** Options of {@link MockWebhooks.waitFor}. */
export interface WaitForOptions extends Omit<DeliveryFilter, 'eventType'> {
  /** Real milliseconds to wait before rejecting. @default 5000 */
  readonly timeoutMs?: number;
}

/** `mock.webhooks`: what was delivered, and ways to wait for it. */
export interface MockWebhooks {
  /** Every delivery in the log, oldest first, optionally filtered. */
  deliveries(filter?: DeliveryFilter): MockWebhookDelivery[];
  /**
   * Resolves with the oldest delivery of `eventType` that has been attempted at least once and
   * that no earlier `waitFor` returned; so two writes are awaited with two calls, whatever the
   * order of writes and calls. Rejects after `timeoutMs`.
   * @example
   * await atender.POST('/api/v1/contacts', { body: { email: 'ana@example.com' } });
   * const { delivery, requests } = await mock.webhooks.waitFor('contact.created');
   */
  waitFor(eventType: WebhookEventType, options?: WaitForOptions): Promise<MockWebhookDelivery>;
  /** Resolves when no attempt is queued or in flight (scheduled retries do not count). */
  idle(): Promise<void>;
}

/** What the dispatcher keeps per delivery for the log. */
export interface WebhookLogEntry {
  readonly id: string;
  readonly tenantId: string;
  readonly environment: Environment;
  readonly webhookId: string;
  readonly eventType: WebhookEventType;
  readonly test: boolean;
  readonly requests: SentRequest[];
  /** Whether a `waitFor` returned it already. */
  claimed: boolean;
  delivery(): WebhookEventDelivery | undefined;
}

interface Waiter {
  readonly eventType: WebhookEventType;
  readonly filter: DeliveryFilter;
  readonly resolve: (found: MockWebhookDelivery) => void;
  readonly reject: (error: Error) => void;
  readonly timer: unknown;
}

const matches = (entry: WebhookLogEntry, filter: DeliveryFilter): boolean =>
  (filter.tenantId === undefined || entry.tenantId === filter.tenantId) &&
  (filter.environment === undefined || entry.environment === filter.environment) &&
  (filter.webhookId === undefined || entry.webhookId === filter.webhookId) &&
  (filter.eventType === undefined || entry.eventType === filter.eventType);

function view(entry: WebhookLogEntry): MockWebhookDelivery | undefined {
  const delivery = entry.delivery();
  if (!delivery) return undefined;
  const { tenantId, environment, webhookId, eventType } = entry;
  return { tenantId, environment, webhookId, eventType, delivery, requests: [...entry.requests] };
}

/** The log over the dispatcher's entries (insertion order is delivery order). */
export function createWebhookLog<E extends WebhookLogEntry>(entries: ReadonlyMap<string, E>) {
  let waiters: Waiter[] = [];
  let idleWaiters: (() => void)[] = [];
  let busy: () => boolean = () => false;

  const claim = (entry: E): MockWebhookDelivery | undefined => {
    const found = view(entry);
    if (found) entry.claimed = true;
    return found;
  };

  return {
    setBusy(check: () => boolean) {
      busy = check;
    },
    deliveries(filter: DeliveryFilter = {}): MockWebhookDelivery[] {
      return [...entries.values()].filter((e) => matches(e, filter)).flatMap((e) => view(e) ?? []);
    },
    waitFor(eventType: WebhookEventType, options: WaitForOptions = {}): Promise<MockWebhookDelivery> {
      const filter: DeliveryFilter = { ...options, eventType };
      for (const entry of entries.values()) {
        if (entry.claimed || entry.requests.length === 0 || !matches(entry, filter)) continue;
        const found = claim(entry);
        if (found) return Promise.resolve(found);
      }
      const timeoutMs = options.timeoutMs ?? 5000;
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          eventType,
          filter,
          resolve,
          reject,
          timer: SYSTEM_TIMERS.setTimeout(() => {
            waiters = waiters.filter((w) => w !== waiter);
            const seen = [...entries.values()].map((e) => e.eventType).join(', ') || 'none';
            reject(new Error(`No ${eventType} delivery was attempted within ${timeoutMs} ms (deliveries in the log: ${seen}).`));
          }, timeoutMs),
        };
        waiters.push(waiter);
      });
    },
    idle(): Promise<void> {
      if (!busy()) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    /** Called after each attempt: hands the delivery to the first waiter that wants it. */
    attempted(entry: E): void {
      if (entry.claimed) return;
      const waiter = waiters.find((w) => matches(entry, w.filter));
      if (!waiter) return;
      const found = claim(entry);
      if (!found) return;
      waiters = waiters.filter((w) => w !== waiter);
      SYSTEM_TIMERS.clearTimeout(waiter.timer);
      waiter.resolve(found);
    },
    settle(): void {
      const waiting = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiting) resolve();
    },
    reset(): void {
      for (const waiter of waiters) {
        SYSTEM_TIMERS.clearTimeout(waiter.timer);
        waiter.reject(new Error('The mock was reset while waiting for a webhook delivery.'));
      }
      waiters = [];
      this.settle();
    },
  };
}
